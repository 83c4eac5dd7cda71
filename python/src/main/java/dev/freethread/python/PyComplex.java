// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNotImplemented;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;
import dev.freethread.python.text.FloatFormat;
import dev.freethread.python.text.FormatSpec;
import dev.freethread.python.text.TextError;

/**
 * Python's complex: two IEEE doubles. Arithmetic follows CPython 3.13's {@code complexobject.c} (an int or float
 * operand is made a complex with a zero imaginary part first; division by Smith's method; integral powers up to 100
 * by repeated squaring, others in polar form), hashing is CPython's ({@code hash(real) + 1000003 * hash(imag)}), and
 * the repr and {@code format} are CPython's ({@code 1j}, {@code (1+2j)}, {@code (-0-0j)}). Complex numbers are equal
 * to ints and floats with the same value, and have no order.
 */
final class PyComplex extends PyObject {
    static final PyType TYPE = PyType.staticType("complex", PyType.FLAG_NO_WEAKREFS);
    final double real;
    final double imag;

    PyComplex(ThreadState ts, double real, double imag) {
        super(TYPE, ts);
        this.real = real;
        this.imag = imag;
    }

    @Override
    public long pyHash(ThreadState ts) {
        long h = PyFloat.hash(real, this) + 1000003L * PyFloat.hash(imag, this); // unsigned wrap-around, as CPython's
        return h == -1 ? -2 : h;
    }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        boolean eq;
        other = BuiltinBase.operand(other); // a subclass's instance of int, float or complex by its value
        if (other instanceof PyComplex) {
            eq = real == ((PyComplex) other).real && imag == ((PyComplex) other).imag;
        } else if (other instanceof PyFloat) {
            eq = imag == 0 && real == ((PyFloat) other).value;
        } else if (other instanceof PyInt) {
            eq = imag == 0 && PyFloat.compareWithInt(real, (PyInt) other, CompareOp.EQ);
        } else {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    @Override
    public boolean pyBool(ThreadState ts) {
        return real != 0 || imag != 0;
    }

    @Override
    public String repr() {
        return repr(real, imag);
    }

    /** CPython's {@code complex_repr}: the parts with repr's shortest digits and no ".0"; no real part when it is +0. */
    static String repr(double re, double im) {
        if (re == 0 && Math.copySign(1.0, re) == 1.0) {
            return FloatFormat.toString(im, 'r', 0, 0) + "j";
        }
        return "(" + FloatFormat.toString(re, 'r', 0, 0) + FloatFormat.toString(im, 'r', 0, FloatFormat.SIGN) + "j)";
    }

    /**
     * {@code format(z, spec)}, as CPython's {@code format_complex_internal}: each part formatted as a float with the
     * spec's type and precision, the sign option on the real part, the imaginary part always signed, parentheses only
     * when no type is given, and the width, fill and alignment applied to the whole.
     */
    static String format(double re, double im, String spec) {
        if (spec.isEmpty()) {
            return repr(re, im);
        }
        FormatSpec f = FormatSpec.parse(spec, 0, '>', "complex");
        if (f.fill == '0') {
            throw TextError.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (f.align == '=') {
            throw TextError.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        int type = f.type;
        int precision = f.precision < 0 ? -1 : (int) Math.min(f.precision, Integer.MAX_VALUE);
        boolean parens = false;
        boolean skipRe = false;
        switch (type) {
            case 0:
                skipRe = re == 0 && Math.copySign(1.0, re) == 1.0;
                parens = !skipRe;
                type = precision < 0 ? 'r' : 'g';
                if (precision < 0) {
                    precision = 0;
                }
                break;
            case 'n':
                type = 'g';
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                break;
            default:
                throw TextError.valueError("Unknown format code '" + (char) type + "' for object of type 'complex'");
        }
        if (precision < 0) {
            precision = 6;
        }
        int flags = (f.alternate ? FloatFormat.ALT : 0) | (f.noNegZero ? FloatFormat.NO_NEG_0 : 0);
        StringBuilder b = new StringBuilder();
        if (parens) {
            b.append('(');
        }
        if (!skipRe) {
            String r = FloatFormat.toString(re, (char) type, precision, flags);
            b.append(grouped(signed(r, f.sign), f));
            b.append(grouped(FloatFormat.toString(im, (char) type, precision, flags | FloatFormat.SIGN), f));
        } else {
            b.append(grouped(signed(FloatFormat.toString(im, (char) type, precision, flags), f.sign), f));
        }
        b.append('j');
        if (parens) {
            b.append(')');
        }
        return pad(b.toString(), f);
    }

    /** A part with the spec's thousands separator in its integer digits ({@code format(1e6+0j, ',.2f')}). */
    private static String grouped(String s, FormatSpec f) {
        if (f.grouping == 0) {
            return s;
        }
        int start = !s.isEmpty() && "+- ".indexOf(s.charAt(0)) >= 0 ? 1 : 0;
        int end = start;
        while (end < s.length() && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
            end++;
        }
        int size = f.groupSize > 0 ? f.groupSize : 3;
        StringBuilder g = new StringBuilder(s.substring(0, start));
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % size == 0) {
                g.append(f.grouping);
            }
            g.append(s.charAt(i));
        }
        return g.append(s, end, s.length()).toString();
    }

    private static String signed(String s, char sign) {
        if (s.startsWith("-")) {
            return s;
        }
        return sign == '+' ? "+" + s : sign == ' ' ? " " + s : s;
    }

    private static String pad(String s, FormatSpec f) {
        long width = f.width;
        if (width <= s.length()) {
            return s;
        }
        int n = (int) Math.min(width - s.length(), Integer.MAX_VALUE - s.length());
        String fill = new String(Character.toChars(f.fill)); // a space unless given: NUL is a fill like any other
        switch (f.align == 0 ? '>' : f.align) {
            case '<':
                return s + fill.repeat(n);
            case '^':
                return fill.repeat(n / 2) + s + fill.repeat(n - n / 2);
            default:
                return fill.repeat(n) + s;
        }
    }

    // ---- arithmetic (complexobject.c)

    /** {@code a / b}; null for division by zero. */
    static double[] quotient(double ar, double ai, double br, double bi) {
        double absBr = Math.abs(br);
        double absBi = Math.abs(bi);
        if (absBr >= absBi) {
            if (absBr == 0) {
                return null;
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new double[] {(ar + ai * ratio) / denom, (ai - ar * ratio) / denom};
        }
        if (absBi >= absBr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new double[] {(ar * ratio + ai) / denom, (ai * ratio - ar) / denom};
        }
        return new double[] {Double.NaN, Double.NaN}; // a NaN in b
    }

    /**
     * {@code a ** b}: null for zero to a negative or complex power; integral exponents up to 100 by repeated squaring
     * (exact where the products are; a negative one is the quotient of 1 by the positive power), others by
     * {@code |a|^b e^(i b arg a)}, 1 for a zero exponent.
     */
    static double[] power(double ar, double ai, double br, double bi) {
        if (bi == 0 && br == Math.rint(br) && Math.abs(br) <= 100) {
            int n = (int) br;
            return n > 0 ? powu(ar, ai, n) : quotient(1, 0, powu(ar, ai, -n)[0], powu(ar, ai, -n)[1]);
        }
        if (br == 0 && bi == 0) {
            return new double[] {1, 0};
        }
        if (ar == 0 && ai == 0) {
            if (bi != 0 || br < 0) {
                return null;
            }
            return new double[] {0, 0};
        }
        double vabs = Math.hypot(ar, ai);
        double len = Math.pow(vabs, br);
        double at = Math.atan2(ai, ar);
        double phase = at * br;
        if (bi != 0) {
            len /= Math.exp(at * bi);
            phase += bi * Math.log(vabs);
        }
        return new double[] {len * Math.cos(phase), len * Math.sin(phase)};
    }

    private static double[] powu(double xr, double xi, int n) {
        double rr = 1;
        double ri = 0;
        double pr = xr;
        double pi = xi;
        for (int mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                double t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            double t = pr * pr - pi * pi;
            pi = pr * pi + pi * pr;
            pr = t;
        }
        return new double[] {rr, ri};
    }
}
