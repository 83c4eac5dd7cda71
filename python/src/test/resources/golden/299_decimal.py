# decimal: construction (strings, ints, exact floats, tuples), arithmetic rounded to the context's precision with
# each rounding mode, quantize, sqrt, powers, comparisons and hashes that agree with int and float, format, signals
# raised as CPython's C decimal raises them; then 600 generated cases (a linear congruential generator, so both
# interpreters see the same ones) of +, -, *, /, quantize, divmod, compare and sqrt.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, InvalidOperation, DivisionByZero, Context
import decimal, math
D = Decimal
print(D("0.1") + D("0.2"), D("1.10") + D("2.205"), D("1.30") * D("2"), D(10) / D(4), D(1) / D(3), D(2) / D(3))
print(D("10") / D("2.5"), D("100") / D("10"), D("1.000") / D("1"), D("0") / D("5"), D("7") // D("2"), D("-7") // D("2"), D("-7") % D("2"), divmod(D("7.5"), D("2")))
print(repr(D("1e3")), D("1E+3"), D("0.000001"), D("0.0000001"), D("123.4500"), D("-0"), D("-0.00"), D("1234567890123456789012345678901234567890"))
print(D(0.1), D(1.5), D(-2.25), D(10**30), D((1, (3, 1, 4), -2)), D("  7.5  "), D("NaN"), D("-Infinity"), D("inf"))
print(D("3.14159").quantize(D("0.01")), D("2.675").quantize(D("0.01"), rounding=ROUND_HALF_UP), D("2.665").quantize(D("0.01")), D("1.5").quantize(D("1")), D("-2.5").quantize(D("1")))
print(D("123.456").quantize(D("1e1")), D("7").quantize(D("0.000")), D("1.23456789").quantize(D("0.0001"), rounding=ROUND_DOWN))
print(round(D("2.5")), round(D("3.5")), round(D("2.567"), 2), int(D("-7.9")), float(D("1.1")), math.floor(D("-1.5")), math.ceil(D("1.2")), math.trunc(D("-1.7")))
print(D("1.0") == D("1"), D("1") == 1, D("0.5") == 0.5, D("1.1") == 1.1, D("2") > 1, D("-1") < D("0"), sorted([D("3"), D("1.5"), D(2)]), max(D("1"), D("1.0")))
print(hash(D("1.5")) == hash(1.5), hash(D(2)) == hash(2), hash(D("0.1")) == hash(0.1), hash(D("-3.25")) == hash(-3.25), {D("1"): "a"}[1])
print(D("2").sqrt(), D("16").sqrt(), D("0.25").sqrt(), D("1.44").sqrt(), D("10").sqrt(), D("2") ** 10, D("1.1") ** 3, D("2") ** -2, D(3) ** 0)
print(D("1.20").normalize(), D("0.000").normalize(), D("120").normalize(), D("-5.5").copy_abs(), D("5").copy_negate(), abs(D("-3")), -D("2.50"), +D("1.2345678901234567890123456789012"))
print(D("123.456").as_tuple(), D("-0.5").as_integer_ratio(), D("123.456").adjusted(), D("1").is_zero(), D("0e5").is_zero(), D("NaN").is_nan(), D("-1").is_signed())
print(sum([D("0.1")] * 10), D("1") - D("0.9"), D("1e5") + 1, 1 - D("0.5"), 3 * D("1.1"), D("9.99") + D("0.01"))
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(7), D("123456.789") + 0, D(22) / D(7))
    ctx.rounding = ROUND_CEILING
    print(D(1) / D(3), -D(1) / D(3))
print(getcontext().prec, getcontext().rounding, D(1) / D(7))
for f in [lambda: D("abc"), lambda: D(1) / D(0), lambda: D(0) / D(0), lambda: D("1.5") + 1.5, lambda: D("1").quantize(D("1e-30")), lambda: D([1, 2])]:
    try:
        print(f())
    except (InvalidOperation, DivisionByZero, TypeError, ValueError) as e:
        print(type(e).__name__, "" if isinstance(e, TypeError) else e)
print(f"{D('1234567.891'):,.2f}", f"{D('0.5'):.1%}", f"{D('12.5'):>10}", f"{D('-3.14159'):.3f}", f"{D('1.5e10'):e}", f"{D('123.456'):.2e}", format(D('1234.5'), ','), format(D("0.00001234"), "g"))
print(Context(prec=6).create_decimal("3.14159265"), decimal.ExtendedContext.prec, D("1.23E-7"), D("-0.0000000001"), str(D("1e-7")), D(".5"), D("5."))

state = [12345]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2 ** 31
    return state[0] % n


def num():
    if rnd(10) == 0:
        return ["0", "-0", "0.00", "1", "-1", "10", "0.5"][rnd(7)]
    digits = "".join("0123456789"[rnd(10)] for _ in range(1 + rnd(20)))
    if rnd(2):
        p = rnd(len(digits) + 1)
        digits = digits[:p] + "." + digits[p:]
        if digits == ".":
            digits = "0"
    if rnd(5) == 0:
        digits += "e" + str(rnd(25) - 12)
    return ("-" if rnd(10) < 3 else "") + digits


ROUNDINGS = ["ROUND_HALF_EVEN", "ROUND_HALF_UP", "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP",
             "ROUND_HALF_DOWN", "ROUND_05UP"]
for i in range(600):
    a, b, op, prec, mode = num(), num(), "+-*/q%c"[rnd(7)], [28, 5, 12, 3][rnd(4)], ROUNDINGS[rnd(8)]
    with localcontext() as ctx:
        ctx.prec = prec
        ctx.rounding = getattr(decimal, mode)
        x, y = D(a), D(b)
        try:
            if op == '+':
                r = x + y
            elif op == '-':
                r = x - y
            elif op == '*':
                r = x * y
            elif op == '/':
                r = x / y
            elif op == 'q':
                r = x.quantize(D("1e-3"))
            elif op == '%':
                r = divmod(x, y)
            else:
                r = (x < y, x == y, x.compare(y), x.sqrt() if x >= 0 else x.normalize(), hash(x) == hash(D(str(x))))
            print(i, r)
        except Exception as e:
            print(i, type(e).__name__, e)
