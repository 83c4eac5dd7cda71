// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The {@code math} module: CPython's functions over Java's {@code Math}, with CPython's argument conversions (an int,
 * a bool, a float, or an object with {@code __float__} or {@code __index__}), its errors ("math domain error" as
 * ValueError, "math range error" as OverflowError) and its exact integer functions over {@link BigInteger}.
 * Transcendental functions may differ from CPython's C library in the last place of a result (Java's are within one
 * ulp, as glibc's are); {@code sqrt} and the arithmetic ones are correctly rounded in both.
 */
final class MathModule {
    private MathModule() {
    }

    /** A function of one float. */
    private interface F1 {
        double apply(double x);
    }

    static void install(PyThread t, PyModule m) {
        ThreadState ts = t.ts;
        constant(t, m, "pi", new PyFloat(ts, Math.PI));
        constant(t, m, "e", new PyFloat(ts, Math.E));
        constant(t, m, "tau", new PyFloat(ts, 2 * Math.PI));
        constant(t, m, "inf", new PyFloat(ts, Double.POSITIVE_INFINITY));
        constant(t, m, "nan", new PyFloat(ts, Double.NaN));
        unary(t, m, "sqrt", x -> x < 0 ? domain() : Math.sqrt(x));
        unary(t, m, "cbrt", MathModule::cbrt);
        unary(t, m, "exp", Math::exp);
        unary(t, m, "exp2", x -> Math.pow(2, x));
        unary(t, m, "expm1", Math::expm1);
        unaryWithBigInt(t, m, "log2", x -> x <= 0 ? domain() : log2(x), (mant, e) -> log2(mant) + e);
        unaryWithBigInt(t, m, "log10", x -> x <= 0 ? domain() : log10(x), (mant, e) -> log10(mant) + LOG10_2 * e);
        unary(t, m, "log1p", x -> x <= -1 ? domain() : Math.log1p(x));
        unary(t, m, "fabs", Math::abs);
        unary(t, m, "sin", x -> Double.isInfinite(x) ? domain() : Math.sin(x));
        unary(t, m, "cos", x -> Double.isInfinite(x) ? domain() : Math.cos(x));
        unary(t, m, "tan", x -> Double.isInfinite(x) ? domain() : Math.tan(x));
        unary(t, m, "asin", x -> x < -1 || x > 1 ? domain() : Math.asin(x));
        unary(t, m, "acos", x -> x < -1 || x > 1 ? domain() : Math.acos(x));
        unary(t, m, "atan", Math::atan);
        unary(t, m, "sinh", MathModule::sinh);
        unary(t, m, "cosh", MathModule::cosh);
        unary(t, m, "tanh", Math::tanh);
        unary(t, m, "asinh", MathModule::asinh);
        unary(t, m, "acosh", x -> x < 1 ? domain() : acosh(x));
        unary(t, m, "atanh", x -> x <= -1 || x >= 1 ? domain() : atanh(x));
        special(t, m, "erf", MathSpecial::erf);
        special(t, m, "erfc", MathSpecial::erfc);
        special(t, m, "gamma", MathSpecial::gamma);
        special(t, m, "lgamma", MathSpecial::lgamma);
        unary(t, m, "ulp", x -> Double.isNaN(x) || Double.isInfinite(x) ? Math.abs(x) : Math.ulp(x));
        Modules.define(t, m, "nextafter", (tt, a, kw) -> {
            Args.onlyKw(tt, "nextafter", kw, "steps");
            if (Args.npos(a, kw) != 2) {
                throw Errors.typeError(tt, "nextafter expected 2 arguments, got " + Args.npos(a, kw));
            }
            double x = num(tt, a[0]);
            double y = num(tt, a[1]);
            PyObject steps = Args.kw(a, kw, "steps");
            if (steps == null || steps == PyNone.NONE) {
                return new PyFloat(tt.ts, Math.nextAfter(x, y));
            }
            BigInteger n = integer(tt, steps);
            if (n.signum() < 0) {
                throw Errors.valueError(tt, "steps must be a non-negative integer");
            }
            long k = n.bitLength() > 62 ? Long.MAX_VALUE : n.longValue();
            double r = x;
            for (long i = 0; i < k && r != y && !Double.isNaN(r); i++) { // at most 2^64 doubles apart: bounded below
                if (i > 5000) { // far: jump by the bits, as CPython does
                    r = stepBits(r, y, k - i);
                    break;
                }
                r = Math.nextAfter(r, y);
            }
            return new PyFloat(tt.ts, k == 0 ? x : r == y ? y : r); // reaching y answers y (-0.0 to +0.0: +0.0)
        });
        Modules.define(t, m, "fma", (tt, a, kw) -> {
            Args.count(tt, "fma", a, kw, 3, 3);
            double x = num(tt, a[0]);
            double y = num(tt, a[1]);
            double z = num(tt, a[2]);
            double r = Math.fma(x, y, z);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y) && !Double.isNaN(z)) {
                throw Errors.valueError(tt, "invalid operation in fma");
            }
            if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(z)) {
                throw Errors.raise(tt, "OverflowError", "overflow in fma");
            }
            return new PyFloat(tt.ts, r);
        });
        Modules.define(t, m, "sumprod", MathModule::sumprod);
        unary(t, m, "degrees", Math::toDegrees);
        unary(t, m, "radians", Math::toRadians);
        Modules.define(t, m, "isfinite", (tt, a, kw) -> PyBool.of(Double.isFinite(one(tt, "isfinite", a, kw))));
        Modules.define(t, m, "isinf", (tt, a, kw) -> PyBool.of(Double.isInfinite(one(tt, "isinf", a, kw))));
        Modules.define(t, m, "isnan", (tt, a, kw) -> PyBool.of(Double.isNaN(one(tt, "isnan", a, kw))));
        Modules.define(t, m, "log", MathModule::log);
        Modules.define(t, m, "pow", (tt, a, kw) -> {
            Args.noKw(tt, "pow", kw);
            Args.count(tt, "pow", a, kw, 2, 2);
            double x = num(tt, a[0]);
            double y = num(tt, a[1]);
            try {
                return result(tt, pow(x, y), x, y);
            } catch (DomainError e) {
                throw Errors.valueError(tt, "math domain error");
            }
        });
        Modules.define(t, m, "atan2", (tt, a, kw) -> {
            Args.count(tt, "atan2", a, kw, 2, 2);
            return new PyFloat(tt.ts, Math.atan2(num(tt, a[0]), num(tt, a[1])));
        });
        Modules.define(t, m, "copysign", (tt, a, kw) -> {
            Args.count(tt, "copysign", a, kw, 2, 2);
            return new PyFloat(tt.ts, Math.copySign(num(tt, a[0]), num(tt, a[1])));
        });
        Modules.define(t, m, "fmod", (tt, a, kw) -> {
            Args.count(tt, "fmod", a, kw, 2, 2);
            double x = num(tt, a[0]);
            double y = num(tt, a[1]);
            if (Double.isInfinite(x) && !Double.isNaN(y) || y == 0 && !Double.isNaN(x)) {
                throw Errors.valueError(tt, "math domain error");
            }
            return new PyFloat(tt.ts, Double.isInfinite(y) && Double.isFinite(x) ? x : x % y);
        });
        Modules.define(t, m, "remainder", (tt, a, kw) -> {
            Args.count(tt, "remainder", a, kw, 2, 2);
            double x = num(tt, a[0]);
            double y = num(tt, a[1]);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return new PyFloat(tt.ts, Double.NaN);
            }
            if (Double.isInfinite(x) || y == 0) {
                throw Errors.valueError(tt, "math domain error");
            }
            return new PyFloat(tt.ts, Double.isInfinite(y) ? x : Math.IEEEremainder(x, y));
        });
        Modules.define(t, m, "ldexp", (tt, a, kw) -> {
            Args.count(tt, "ldexp", a, kw, 2, 2);
            double x = num(tt, a[0]);
            if (!(a[1] instanceof PyInt)) {
                throw Errors.typeError(tt, "Expected an int as second argument to ldexp.");
            }
            PyInt e = (PyInt) a[1];
            long exp = e.fitsLong() ? e.longValue() : e.bigValue().signum() * (long) Integer.MAX_VALUE;
            int ei = (int) Math.max(-100_000, Math.min(100_000, exp));
            double r = x == 0 || !Double.isFinite(x) ? x : Math.scalb(x, ei);
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                throw Errors.raise(tt, "OverflowError", "math range error");
            }
            return new PyFloat(tt.ts, r);
        });
        Modules.define(t, m, "frexp", (tt, a, kw) -> {
            double x = one(tt, "frexp", a, kw);
            if (x == 0 || !Double.isFinite(x)) {
                return PyTuple.stealing(tt.ts, new PyFloat(tt.ts, x), PyInt.of(tt.ts, 0));
            }
            int adjust = -subnormalShift(x); // a subnormal is normalised first
            x = Math.scalb(x, -adjust);
            int e = Math.getExponent(x) + 1; // the mantissa in [0.5, 1)
            return PyTuple.stealing(tt.ts, new PyFloat(tt.ts, Math.scalb(x, -e)), PyInt.of(tt.ts, e + adjust));
        });
        Modules.define(t, m, "modf", (tt, a, kw) -> {
            double x = one(tt, "modf", a, kw);
            if (Double.isInfinite(x)) {
                return PyTuple.stealing(tt.ts, new PyFloat(tt.ts, Math.copySign(0.0, x)), new PyFloat(tt.ts, x));
            }
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.stealing(tt.ts, new PyFloat(tt.ts, Math.copySign(x - ip, x)), new PyFloat(tt.ts, ip));
        });
        Modules.define(t, m, "floor", (tt, a, kw) -> rounded(tt, "floor", a, kw, RoundingMode.FLOOR));
        Modules.define(t, m, "ceil", (tt, a, kw) -> rounded(tt, "ceil", a, kw, RoundingMode.CEILING));
        Modules.define(t, m, "trunc", (tt, a, kw) -> rounded(tt, "trunc", a, kw, RoundingMode.DOWN));
        Modules.define(t, m, "isclose", MathModule::isclose);
        Modules.define(t, m, "hypot", (tt, a, kw) -> {
            Args.noKw(tt, "hypot", kw);
            double[] v = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                v[i] = num(tt, a[i]);
            }
            return new PyFloat(tt.ts, norm(v));
        });
        Modules.define(t, m, "dist", (tt, a, kw) -> {
            Args.count(tt, "dist", a, kw, 2, 2);
            double[] p = floats(tt, a[0], "dist");
            double[] q = floats(tt, a[1], "dist");
            if (p.length != q.length) {
                throw Errors.valueError(tt, "both points must have the same number of dimensions");
            }
            double[] d = new double[p.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = p[i] - q[i];
            }
            return new PyFloat(tt.ts, norm(d));
        });
        Modules.define(t, m, "fsum", (tt, a, kw) -> {
            Args.count(tt, "fsum", a, kw, 1, 1);
            return new PyFloat(tt.ts, fsum(tt, floats(tt, a[0], "fsum")));
        });
        Modules.define(t, m, "prod", (tt, a, kw) -> {
            Args.onlyKw(tt, "prod", kw, "start");
            int npos = Args.npos(a, kw);
            if (npos != 1) {
                throw Errors.typeError(tt, "prod() takes exactly 1 positional argument (" + npos + " given)");
            }
            PyObject start = Args.kw(a, kw, "start");
            PyObject acc = RefCount.newRef(tt.ts, start == null ? PyInt.small(1) : start);
            PyObject it = Ops.iter(tt, a[0]);
            try {
                while (true) {
                    PyObject v = Ops.next(tt, it);
                    if (v == null) {
                        return acc;
                    }
                    try {
                        PyObject r = Arith.binary(tt, Arith.Op.MUL, acc, v);
                        RefCount.decref(tt.ts, acc);
                        acc = r;
                    } finally {
                        RefCount.decref(tt.ts, v);
                    }
                }
            } catch (RuntimeException e) {
                RefCount.decref(tt.ts, acc);
                throw e;
            } finally {
                RefCount.decref(tt.ts, it);
            }
        });
        Modules.define(t, m, "gcd", (tt, a, kw) -> {
            Args.noKw(tt, "gcd", kw);
            BigInteger g = BigInteger.ZERO;
            for (PyObject o : a) {
                g = g.gcd(integer(tt, o));
            }
            return Arith.ofBig(tt.ts, g);
        });
        Modules.define(t, m, "lcm", (tt, a, kw) -> {
            Args.noKw(tt, "lcm", kw);
            BigInteger l = BigInteger.ONE;
            for (PyObject o : a) {
                BigInteger v = integer(tt, o).abs();
                if (v.signum() == 0 || l.signum() == 0) {
                    l = BigInteger.ZERO;
                    continue;
                }
                l = l.divide(l.gcd(v)).multiply(v);
            }
            return Arith.ofBig(tt.ts, l);
        });
        Modules.define(t, m, "factorial", (tt, a, kw) -> {
            Args.count(tt, "factorial", a, kw, 1, 1);
            BigInteger n = integer(tt, a[0]);
            if (n.signum() < 0) {
                throw Errors.valueError(tt, "factorial() not defined for negative values");
            }
            if (n.bitLength() > 31) {
                throw Errors.raise(tt, "OverflowError", "factorial() argument should not exceed "
                        + Long.MAX_VALUE);
            }
            return Arith.ofBig(tt.ts, product(2, n.intValue()));
        });
        Modules.define(t, m, "comb", (tt, a, kw) -> {
            Args.count(tt, "comb", a, kw, 2, 2);
            BigInteger n = integer(tt, a[0]);
            BigInteger k = integer(tt, a[1]);
            if (n.signum() < 0) {
                throw Errors.valueError(tt, "n must be a non-negative integer");
            }
            if (k.signum() < 0) {
                throw Errors.valueError(tt, "k must be a non-negative integer");
            }
            if (k.compareTo(n) > 0) {
                return PyInt.small(0);
            }
            BigInteger kk = k.min(n.subtract(k));
            if (kk.bitLength() > 63) {
                throw Errors.raise(tt, "OverflowError", "min(n - k, k) must not exceed " + Long.MAX_VALUE);
            }
            BigInteger r = BigInteger.ONE;
            for (BigInteger i = BigInteger.ZERO; i.compareTo(kk) < 0; i = i.add(BigInteger.ONE)) {
                r = r.multiply(n.subtract(i)).divide(i.add(BigInteger.ONE));
            }
            return Arith.ofBig(tt.ts, r);
        });
        Modules.define(t, m, "perm", (tt, a, kw) -> {
            Args.count(tt, "perm", a, kw, 1, 2);
            BigInteger n = integer(tt, a[0]);
            boolean all = a.length < 2 || a[1] == dev.freethread.objects.PyNone.NONE;
            BigInteger k = all ? n : integer(tt, a[1]);
            if (n.signum() < 0) {
                throw Errors.valueError(tt, "n must be a non-negative integer");
            }
            if (k.signum() < 0) {
                throw Errors.valueError(tt, "k must be a non-negative integer");
            }
            if (k.compareTo(n) > 0) { // before the size limit: perm(1, 2**1000) is 0, as CPython's
                return PyInt.small(0);
            }
            if (k.bitLength() > 63) { // perm(n) is factorial(n), with its limit
                throw Errors.raise(tt, "OverflowError", all ? "factorial() argument should not exceed "
                        + Long.MAX_VALUE : "k must not exceed " + Long.MAX_VALUE);
            }
            BigInteger r = BigInteger.ONE;
            for (BigInteger i = BigInteger.ZERO; i.compareTo(k) < 0; i = i.add(BigInteger.ONE)) {
                r = r.multiply(n.subtract(i));
            }
            return Arith.ofBig(tt.ts, r);
        });
        Modules.define(t, m, "isqrt", (tt, a, kw) -> {
            Args.count(tt, "isqrt", a, kw, 1, 1);
            BigInteger n = integer(tt, a[0]);
            if (n.signum() < 0) {
                throw Errors.valueError(tt, "isqrt() argument must be nonnegative");
            }
            return Arith.ofBig(tt.ts, n.sqrt());
        });
    }

    /** Stores a new reference, taken over. */
    private static void constant(PyThread t, PyModule m, String name, PyObject v) {
        Modules.put(t, m, name, v);
        RefCount.decref(t.ts, v);
    }

    private static double domain() {
        throw new DomainError();
    }

    /** Thrown by a lambda of {@link #unary} for "math domain error" (no Python state there). */
    private static final class DomainError extends RuntimeException {
        DomainError() {
            super(null, null, false, false);
        }
    }

    /** A special function (erf, gamma...): CPython's domain and range errors. */
    private static void special(PyThread t, PyModule m, String name, F1 f) {
        Modules.define(t, m, name, (tt, a, kw) -> {
            double x = one(tt, name, a, kw);
            double r;
            try {
                r = f.apply(x);
            } catch (MathSpecial.DomainException e) {
                throw Errors.valueError(tt, "math domain error");
            }
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                throw Errors.raise(tt, "OverflowError", "math range error");
            }
            return new PyFloat(tt.ts, r);
        });
    }

    /** nextafter with many steps: the ordered bit patterns of doubles differ by one per step. */
    private static double stepBits(double x, double y, long steps) {
        long ux = ordered(x);
        long uy = ordered(y);
        long d = uy - ux;
        if (Math.abs(d) <= steps || d == Long.MIN_VALUE) {
            return y;
        }
        long r = d > 0 ? ux + steps : ux - steps;
        return unordered(r);
    }

    private static long ordered(double v) {
        long b = Double.doubleToRawLongBits(v);
        return b < 0 ? Long.MIN_VALUE - b : b;
    }

    private static double unordered(long o) {
        return Double.longBitsToDouble(o < 0 ? Long.MIN_VALUE - o : o);
    }

    /**
     * sumprod(p, q) (3.12): the sum of products. Ints and floats alone: the exact sum rounded once (CPython keeps
     * extended precision); ints alone exactly; anything else by the generic operators, left to right.
     */
    private static PyObject sumprod(PyThread t, PyObject[] a, String[] kw) {
        Args.noKw(t, "sumprod", kw);
        Args.count(t, "sumprod", a, kw, 2, 2);
        java.util.List<PyObject> p = new java.util.ArrayList<>();
        java.util.List<PyObject> q = new java.util.ArrayList<>();
        try {
            collect(t, a[0], p);
            collect(t, a[1], q);
            if (p.size() != q.size()) {
                throw Errors.valueError(t, "Inputs are not the same length");
            }
            boolean allInt = true;
            boolean allReal = true;
            for (int i = 0; i < p.size(); i++) {
                for (PyObject v : new PyObject[] {p.get(i), q.get(i)}) {
                    allInt &= v instanceof PyInt;
                    allReal &= v instanceof PyInt || v instanceof PyFloat;
                }
            }
            if (allReal && !allInt) {
                java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
                boolean special = false;
                double plain = 0;
                for (int i = 0; i < p.size(); i++) {
                    double x = num(t, p.get(i));
                    double y = num(t, q.get(i));
                    plain += x * y;
                    if (!Double.isFinite(x * y)) { // an infinity, a NaN or an overflowing product: plain floats, as CPython
                        special = true;
                    }
                    if (special) {
                        special = true;
                    } else {
                        sum = sum.add(new java.math.BigDecimal(x).multiply(new java.math.BigDecimal(y)));
                    }
                }
                return new PyFloat(t.ts, special ? plain : sum.doubleValue());
            }
            PyObject acc = PyInt.of(t.ts, 0);
            for (int i = 0; i < p.size(); i++) {
                PyObject prod = Arith.binary(t, Arith.Op.MUL, p.get(i), q.get(i));
                try {
                    PyObject next = Arith.binary(t, Arith.Op.ADD, acc, prod);
                    RefCount.decref(t.ts, acc);
                    acc = next;
                } finally {
                    RefCount.decref(t.ts, prod);
                }
            }
            return acc;
        } finally {
            for (PyObject v : p) {
                RefCount.decref(t.ts, v);
            }
            for (PyObject v : q) {
                RefCount.decref(t.ts, v);
            }
        }
    }

    private static void collect(PyThread t, PyObject iterable, java.util.List<PyObject> into) {
        PyObject it = Ops.iter(t, iterable);
        try {
            while (true) {
                PyObject v = Ops.next(t, it);
                if (v == null) {
                    return;
                }
                into.add(v);
            }
        } finally {
            RefCount.decref(t.ts, it);
        }
    }

    /** {@code log10(2)}, for the exponent part of a huge int's log10. */
    private static final double LOG10_2 = 0.30102999566398119521373889472449302676818988146211;

    /** The log of a huge int from its mantissa in [0.5, 1) and its binary exponent. */
    @FunctionalInterface
    private interface BigLog {
        double apply(double mantissa, int exponent);
    }

    /**
     * A logarithm that, as CPython's {@code loghelper}, also takes an int too large for a float: it is split into a
     * mantissa rounded to 53 bits and a power of two, and {@code big} combines their logs.
     */
    private static void unaryWithBigInt(PyThread t, PyModule m, String name, F1 f, BigLog big) {
        Modules.define(t, m, name, (tt, a, kw) -> {
            if (a.length == 1 && (kw == null || kw.length == 0) && a[0] instanceof PyInt && !((PyInt) a[0]).fitsLong()) {
                BigInteger b = ((PyInt) a[0]).bigValue();
                if (b.signum() <= 0) {
                    throw Errors.valueError(tt, "math domain error");
                }
                int e = b.bitLength();
                return new PyFloat(tt.ts, big.apply(mantissa53(b), e));
            }
            return applyUnary(tt, name, f, a, kw);
        });
    }

    /** {@code b / 2^bitLength(b)} (positive b) rounded half to even to 53 bits: a double in [0.5, 1]. */
    private static double mantissa53(BigInteger b) {
        int shift = b.bitLength() - 54;
        long top = b.shiftRight(shift).longValueExact(); // 54 bits: 53 and the rounding bit
        boolean sticky = b.getLowestSetBit() < shift;
        long mant = top >> 1;
        if ((top & 1) != 0 && (sticky || (mant & 1) != 0)) {
            mant++;
        }
        return mant / 0x1p53;
    }

    private static void unary(PyThread t, PyModule m, String name, F1 f) {
        Modules.define(t, m, name, (tt, a, kw) -> applyUnary(tt, name, f, a, kw));
    }

    /** {@code name(x)} of one float argument, with CPython's domain and range errors. */
    private static PyObject applyUnary(PyThread t, String name, F1 f, PyObject[] a, String[] kw) {
        double x = one(t, name, a, kw);
        double r;
        try {
            r = f.apply(x);
        } catch (DomainError e) {
            throw Errors.valueError(t, "math domain error");
        }
        return result(t, r, x, x);
    }

    /** A float result, with CPython's errors: NaN from non-NaN input is a domain error, overflow a range error. */
    private static PyObject result(PyThread t, double r, double x, double y) {
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw Errors.valueError(t, "math domain error");
        }
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw Errors.raise(t, "OverflowError", "math range error");
        }
        return new PyFloat(t.ts, r);
    }

    private static double one(PyThread t, String name, PyObject[] a, String[] kw) {
        Args.noKw(t, name, kw);
        if (a.length != 1) {
            throw Errors.typeError(t, "math." + name + "() takes exactly one argument (" + a.length + " given)");
        }
        return num(t, a[0]);
    }

    /** A real number as a float: an int or bool, a float, or an object with __float__ (or __index__). */
    static double num(PyThread t, PyObject o) {
        if (o instanceof PyFloat) {
            return ((PyFloat) o).value;
        }
        if (o instanceof PyInt) {
            return Arith.toDouble(t, o);
        }
        if (o instanceof PyInstance) {
            for (String dunder : new String[] {"__float__", "__index__"}) {
                PyObject m = ((PyInstance) o).cls().lookup(t, dunder);
                if (m != null) {
                    PyObject r;
                    try {
                        r = Ops.callMethod(t, m, o, Ops.NO_ARGS, null);
                    } finally {
                        RefCount.decref(t.ts, m);
                    }
                    try {
                        if (r instanceof PyFloat || r instanceof PyInt) {
                            return num(t, r);
                        }
                        throw Errors.typeError(t, Ops.typeName(o) + "." + dunder + " returned non-"
                                + (dunder.equals("__float__") ? "float" : "int") + " (type " + Ops.typeName(r) + ")");
                    } finally {
                        RefCount.decref(t.ts, r);
                    }
                }
            }
        }
        throw Errors.typeError(t, "must be real number, not " + Ops.typeName(o));
    }

    /** An integer argument: an int or bool, or an object with __index__. */
    private static BigInteger integer(PyThread t, PyObject o) {
        if (o instanceof PyInt) {
            return ((PyInt) o).bigValue();
        }
        if (o instanceof PyInstance) {
            PyObject m = ((PyInstance) o).cls().lookup(t, "__index__");
            if (m != null) {
                PyObject r;
                try {
                    r = Ops.callMethod(t, m, o, Ops.NO_ARGS, null);
                } finally {
                    RefCount.decref(t.ts, m);
                }
                try {
                    if (r instanceof PyInt) {
                        return ((PyInt) r).bigValue();
                    }
                    throw Errors.typeError(t, "__index__ returned non-int (type " + Ops.typeName(r) + ")");
                } finally {
                    RefCount.decref(t.ts, r);
                }
            }
        }
        throw Errors.typeError(t, "'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
    }

    private static double[] floats(PyThread t, PyObject iterable, String name) {
        PyObject it = Ops.iter(t, iterable);
        try {
            double[] out = new double[8];
            int n = 0;
            while (true) {
                PyObject v = Ops.next(t, it);
                if (v == null) {
                    return java.util.Arrays.copyOf(out, n);
                }
                try {
                    if (n == out.length) {
                        out = java.util.Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = num(t, v);
                } finally {
                    RefCount.decref(t.ts, v);
                }
            }
        } finally {
            RefCount.decref(t.ts, it);
        }
    }

    private static final double LN2 = Math.log(2);

    /** How far {@code x} must be scaled by 2^54 to be normal: 54 for a subnormal, else 0. */
    private static int subnormalShift(double x) {
        return Math.getExponent(x) == Double.MIN_EXPONENT - 1 ? 54 : 0;
    }

    /** log2 as the exponent plus the mantissa's logarithm, so that the integer part carries no rounding error. */
    private static double log2(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }
        int adjust = -subnormalShift(x);
        x = Math.scalb(x, -adjust);
        int e = Math.getExponent(x);
        double m = Math.scalb(x, -e); // in [1, 2)
        if (m == 1.0) {
            return e + adjust; // exact for powers of two, as C's log2
        }
        if (m > Math.sqrt(2)) {
            m /= 2;
            e++;
        }
        return (e + adjust) + Math.log(m) / LN2;
    }

    /** The fdlibm formulas over Java's exp, which (as glibc's) rounds correctly where fdlibm's own does not. */
    private static double cosh(double x) {
        double ax = Math.abs(x);
        if (!Double.isFinite(ax)) {
            return ax;
        }
        if (ax < 0.5 * LN2) {
            double t = Math.expm1(ax);
            double w = 1 + t;
            return ax < 0x1p-55 ? w : 1 + (t * t) / (w + w);
        }
        if (ax < 22) {
            double t = Math.exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ax < Math.log(Double.MAX_VALUE)) {
            return 0.5 * Math.exp(ax);
        }
        double w = Math.exp(0.5 * ax);
        return 0.5 * w * w;
    }

    /** fdlibm's log10 (what glibc's is) over Java's log: the exponent's part split in two so that it is exact. */
    private static double log10(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }
        int adjust = -subnormalShift(x);
        x = Math.scalb(x, -adjust);
        int k = Math.getExponent(x);
        int i = k < 0 ? 1 : 0;
        double m = Math.scalb(x, -k - i); // in [1, 2), or [0.5, 1) for a negative exponent
        double y = k + i + adjust;
        return y * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * Math.log(m)
                + y * 3.01029995663611771306e-01;
    }

    /** fdlibm's sinh formulas over Java's expm1 and exp. */
    private static double sinh(double x) {
        double ax = Math.abs(x);
        if (!Double.isFinite(ax)) {
            return x;
        }
        double h = Math.copySign(0.5, x);
        if (ax < 22) {
            if (ax < 0x1p-28) {
                return x;
            }
            double t = Math.expm1(ax);
            return ax < 1 ? h * (2 * t - t * t / (t + 1)) : h * (t + t / (t + 1));
        }
        if (ax < Math.log(Double.MAX_VALUE)) {
            return h * Math.exp(ax);
        }
        double w = Math.exp(0.5 * ax);
        return h * w * w;
    }

    private static double asinh(double x) {
        double ax = Math.abs(x);
        if (!Double.isFinite(x) || ax < 0x1p-28) {
            return x;
        }
        double r;
        if (ax > 0x1p28) {
            r = Math.log(ax) + LN2;
        } else if (ax > 2) {
            r = Math.log(2 * ax + 1 / (Math.sqrt(x * x + 1) + ax));
        } else {
            double t = x * x;
            r = Math.log1p(ax + t / (1 + Math.sqrt(1 + t)));
        }
        return Math.copySign(r, x);
    }

    private static double acosh(double x) {
        if (x >= 0x1p28) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x == 1) {
            return 0.0;
        }
        if (x > 2) {
            return Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        }
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    private static double atanh(double x) {
        double ax = Math.abs(x);
        double r;
        if (ax < 0x1p-28) {
            return x;
        }
        if (ax < 0.5) {
            double t = ax + ax;
            r = 0.5 * Math.log1p(t + t * ax / (1 - ax));
        } else {
            r = 0.5 * Math.log1p((ax + ax) / (1 - ax));
        }
        return Math.copySign(r, x);
    }

    /** The cube root rounded correctly: Java's within one ulp, then the nearest of it and its neighbours. */
    private static double cbrt(double x) {
        double y = Math.cbrt(x);
        if (!Double.isFinite(y) || y == 0) {
            return y;
        }
        // the true root lies above the midpoint of two neighbours exactly when x lies above the midpoint's cube
        BigDecimal bx = new BigDecimal(Math.abs(x));
        double r = Math.abs(y);
        while (true) {
            double up = Math.nextUp(r);
            if (cube(mid(r, up)).compareTo(bx) < 0) {
                r = up;
                continue;
            }
            double down = Math.nextDown(r);
            if (cube(mid(down, r)).compareTo(bx) > 0) {
                r = down;
                continue;
            }
            return Math.copySign(r, x);
        }
    }

    private static BigDecimal mid(double a, double b) {
        return new BigDecimal(a).add(new BigDecimal(b)).divide(BigDecimal.valueOf(2));
    }

    private static BigDecimal cube(BigDecimal v) {
        return v.multiply(v).multiply(v);
    }

    /** {@code log(x[, base])}: an int too large for a float is taken by its bit length, as CPython does. */
    private static PyObject log(PyThread t, PyObject[] a, String[] kw) {
        Args.noKw(t, "log", kw);
        Args.count(t, "log", a, kw, 1, 2);
        double num = ln(t, a[0]);
        if (a.length == 1) {
            return new PyFloat(t.ts, num);
        }
        double den = ln(t, a[1]);
        if (den == 0) {
            throw Errors.raise(t, "ZeroDivisionError", "float division by zero");
        }
        return new PyFloat(t.ts, num / den);
    }

    private static double ln(PyThread t, PyObject o) {
        if (o instanceof PyInt && !((PyInt) o).fitsLong()) {
            BigInteger b = ((PyInt) o).bigValue();
            if (b.signum() <= 0) {
                throw Errors.valueError(t, "math domain error");
            }
            // as CPython: log(m) + log(2) * e for the int's mantissa m in [0.5, 1), rounded half to even to 53 bits
            return Math.log(mantissa53(b)) + LN2 * b.bitLength();
        }
        double x = num(t, o);
        if (x <= 0) { // a NaN passes: log(nan) is nan
            throw Errors.valueError(t, "math domain error");
        }
        return Math.log(x);
    }

    private static double pow(double x, double y) {
        if (x == 1.0 || y == 0) {
            return 1.0; // C99: even for a NaN operand
        }
        if (x == -1.0 && Double.isInfinite(y)) {
            return 1.0; // C99's pow(-1, +-inf) (Java's Math.pow answers NaN)
        }
        if (x == 0 && y < 0 && Double.isFinite(y)) {
            return domain();
        }
        if (x < 0 && Double.isFinite(x) && Double.isFinite(y) && y != Math.rint(y)) {
            return domain();
        }
        return Math.pow(x, y);
    }

    private static PyObject rounded(PyThread t, String name, PyObject[] a, String[] kw, RoundingMode mode) {
        Args.noKw(t, name, kw);
        if (a.length != 1) {
            throw Errors.typeError(t, "math." + name + "() takes exactly one argument (" + a.length + " given)");
        }
        PyObject o = a[0];
        if (o instanceof PyInt) {
            return o instanceof PyBool ? PyInt.small(o == PyBool.TRUE ? 1 : 0) : RefCount.newRef(t.ts, o);
        }
        if (o instanceof PyInstance) {
            PyObject m = ((PyInstance) o).cls().lookup(t, "__" + name + "__");
            if (m != null) {
                try {
                    return Ops.callMethod(t, m, o, Ops.NO_ARGS, null);
                } finally {
                    RefCount.decref(t.ts, m);
                }
            }
        }
        if (name.equals("trunc") && !(BuiltinBase.operand(o) instanceof PyFloat)) {
            // trunc has no float fallback (floor and ceil have): CPython's message
            throw Errors.typeError(t, "type " + Ops.typeName(o) + " doesn't define __trunc__ method");
        }
        double x = num(t, o);
        if (Double.isNaN(x)) {
            throw Errors.valueError(t, "cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw Errors.raise(t, "OverflowError", "cannot convert float infinity to integer");
        }
        return Arith.ofBig(t.ts, new BigDecimal(x).setScale(0, mode).toBigIntegerExact());
    }

    private static PyObject isclose(PyThread t, PyObject[] a, String[] kw) {
        Args.onlyKw(t, "isclose", kw, "rel_tol", "abs_tol");
        int npos = Args.npos(a, kw);
        if (npos != 2) {
            throw Errors.typeError(t, "isclose() takes exactly 2 positional arguments (" + npos + " given)");
        }
        double x = num(t, a[0]);
        double y = num(t, a[1]);
        PyObject rt = Args.kw(a, kw, "rel_tol");
        PyObject at = Args.kw(a, kw, "abs_tol");
        double relTol = rt == null ? 1e-09 : num(t, rt);
        double absTol = at == null ? 0.0 : num(t, at);
        if (relTol < 0 || absTol < 0) {
            throw Errors.valueError(t, "tolerances must be non-negative");
        }
        if (x == y) {
            return PyBool.TRUE;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return PyBool.FALSE;
        }
        double diff = Math.abs(y - x);
        return PyBool.of(diff <= Math.abs(relTol * y) || diff <= Math.abs(relTol * x) || diff <= absTol);
    }

    /** The Euclidean norm, scaled by the largest magnitude so that no square overflows or underflows. */
    private static double norm(double[] v) {
        double max = 0;
        boolean nan = false;
        for (double d : v) {
            if (Double.isInfinite(d)) {
                return Double.POSITIVE_INFINITY;
            }
            nan |= Double.isNaN(d);
            max = Math.max(max, Math.abs(d));
        }
        if (nan) {
            return Double.NaN;
        }
        if (max == 0 || v.length == 1) {
            return max;
        }
        // CPython 3.13's vector_norm is correctly rounded in all but rare near-halfway cases: the squares are summed
        // in double-double (each square exact through fma, the sum by two-sum), scaled by a power of two so nothing
        // overflows or underflows, and the square root gets one Newton correction from the exact residual.
        int e = Math.getExponent(max);
        if (e < Double.MIN_EXPONENT) { // a subnormal maximum: its exponent once made normal
            e = Math.getExponent(max * 0x1p54) - 54;
        }
        double hi = 0;
        double lo = 0;
        for (double d : v) {
            double x = Math.scalb(d, -e);
            double sq = x * x;
            double sqLo = Math.fma(x, x, -sq);
            double sum = hi + sq;
            double bb = sum - hi;
            lo += (hi - (sum - bb)) + (sq - bb) + sqLo;
            hi = sum;
        }
        double sum = hi + lo;
        lo -= sum - hi;
        hi = sum;
        double h = Math.sqrt(hi);
        double hh = h * h;
        double hhLo = Math.fma(h, h, -hh);
        h += (((hi - hh) - hhLo) + lo) / (2 * h);
        return Math.scalb(h, e);
    }

    /**
     * Exact summation (Shewchuk's partials, as CPython's {@code math.fsum}): the partials never lose a bit, and the
     * result is the correctly rounded sum.
     */
    private static double fsum(PyThread t, double[] xs) {
        double[] partials = new double[32];
        int n = 0;
        double special = 0;
        double infSum = 0;
        for (double x : xs) {
            if (!Double.isFinite(x)) {
                if (Double.isInfinite(x)) {
                    infSum += x;
                }
                special += x;
                continue;
            }
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double tmp = x;
                    x = y;
                    y = tmp;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0) {
                    partials[i++] = lo;
                }
                x = hi;
            }
            if (Double.isInfinite(x)) {
                throw Errors.raise(t, "OverflowError", "intermediate overflow in fsum");
            }
            if (i == partials.length) {
                partials = java.util.Arrays.copyOf(partials, i * 2);
            }
            partials[i++] = x;
            n = i;
        }
        if (special != 0) {
            if (Double.isNaN(infSum)) {
                throw Errors.valueError(t, "-inf + inf in fsum");
            }
            return special;
        }
        double hi = 0;
        if (n > 0) {
            hi = partials[--n];
            double lo = 0;
            while (n > 0) {
                double x = hi;
                double y = partials[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0) {
                    break;
                }
            }
            // round half to even across the remaining partials, as CPython does
            if (n > 0 && (lo < 0 && partials[n - 1] < 0 || lo > 0 && partials[n - 1] > 0)) {
                double y = lo * 2;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }

    /** The product of lo..hi (1 when empty), splitting the range so that the multiplications stay balanced. */
    private static BigInteger product(int lo, int hi) {
        if (lo > hi) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (int i = lo + 1; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        int mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }
}
