# cmath over complex, int and float arguments (printed to 12 significant digits), its constants and errors;
# complex is a numbers.Complex.
import cmath, math, numbers
zs = [1+2j, -3+0.5j, 0.25-0.75j, -1-1j, 2j, -4, 0.5, 1e-5+1e-5j, 3.5+1e2j]
for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "asinh", "acosh", "atanh"]:
    f = getattr(cmath, name)
    out = []
    for z in zs:
        try:
            r = f(z)
            out.append("%.12g%+.12gj" % (r.real, r.imag))
        except Exception as e:
            out.append(type(e).__name__)
    print(name, out)
print(cmath.phase(-1), cmath.polar(1j), cmath.rect(2, 0), cmath.isclose(1+1j, 1+1.0000000001j), cmath.log(8, 2))
print(cmath.pi, cmath.infj, cmath.nanj, cmath.isnan(cmath.nanj), cmath.isinf(cmath.infj), cmath.isfinite(1j))
print(isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), isinstance(1.0, numbers.Complex))
try:
    cmath.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    cmath.sqrt("x")
except TypeError as e:
    print("TypeError:", e)
