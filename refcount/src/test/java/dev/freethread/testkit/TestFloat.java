// SPDX-License-Identifier: Apache-2.0
package dev.freethread.testkit;

import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNotImplemented;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The test binding's {@code float}: what an interpreter author writes to mix a numeric type with the toolkit's int
 * through the binding, exactly as Python does.
 *
 * <ul>
 *   <li><b>Comparisons</b> ({@link #richCompare}): float with float by IEEE rules (NaN is unequal to everything,
 *       itself included); float with int (bool included) <em>exactly</em>, as CPython's {@code float_richcompare}
 *       ({@code 2**53 + 1 == 2.0**53} is False); NotImplemented for anything else. int answers NotImplemented for a
 *       float, so {@code 1 == 1.0} reaches this method reflected.</li>
 *   <li><b>Hash</b> ({@link #pyHash}): Python's hash of a rational number (the "Hashing of numeric types" section of
 *       the language reference), so that equal numbers of different types hash equal ({@code hash(1.0) == hash(1)},
 *       {@code hash(0.5) == 1152921504606846976}); infinities hash to {@code ±314159}; a NaN hashes by identity (3.10
 *       and later: each NaN object its own hash), subnormals exactly like any other finite value.</li>
 * </ul>
 */
public final class TestFloat extends PyObject {
    public static final PyType TYPE = PyType.staticType("float", PyType.FLAG_NO_WEAKREFS);
    /** sys.hash_info.modulus: 2^61 - 1. */
    private static final BigInteger MODULUS = BigInteger.valueOf((1L << 61) - 1);
    /** sys.hash_info.inf. */
    public static final long HASH_INF = 314159;

    public final double value;

    private TestFloat(ThreadState ts, double value) {
        super(TYPE, ts);
        this.value = value;
    }

    /** A new reference to a float. */
    public static TestFloat of(ThreadState ts, double value) {
        return new TestFloat(ts, value);
    }

    @Override
    public long pyHash(ThreadState ts) {
        if (Double.isNaN(value)) {
            return super.pyHash(ts); // object.__hash__: identity
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? HASH_INF : -HASH_INF;
        }
        return hashFraction(new BigDecimal(value));
    }

    /** Python's hash of the exact rational value {@code x} (a finite double is m / 2^k). */
    static long hashFraction(BigDecimal x) {
        BigInteger m = x.unscaledValue();
        BigInteger n = BigInteger.ONE;
        int scale = x.scale();
        if (scale > 0) {
            n = BigInteger.TEN.pow(scale);
        } else if (scale < 0) {
            m = m.multiply(BigInteger.TEN.pow(-scale));
        }
        // n is a power of ten (2^a 5^b), never a multiple of the prime modulus, so the division always exists.
        BigInteger h = m.abs().mod(MODULUS).multiply(n.modPow(MODULUS.subtract(BigInteger.TWO), MODULUS)).mod(MODULUS);
        long r = h.longValue();
        if (m.signum() < 0) {
            r = -r;
        }
        return r == -1 ? -2 : r;
    }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        if (other instanceof TestFloat) {
            double w = ((TestFloat) other).value;
            switch (op) {
                case LT: return PyBool.of(value < w);
                case LE: return PyBool.of(value <= w);
                case EQ: return PyBool.of(value == w);
                case NE: return PyBool.of(value != w);
                case GT: return PyBool.of(value > w);
                default: return PyBool.of(value >= w);
            }
        }
        if (other instanceof PyInt) {
            if (Double.isNaN(value)) {
                return PyBool.of(op == CompareOp.NE);
            }
            if (Double.isInfinite(value)) {
                return PyBool.of(op.ofSign(value > 0 ? 1 : -1));
            }
            int c = new BigDecimal(value).compareTo(new BigDecimal(((PyInt) other).bigValue()));
            return PyBool.of(op.ofSign(c));
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Override
    public boolean pyBool(ThreadState ts) {
        return value != 0.0;
    }

    /** Python's repr for the values the tests use ({@code 1.0}, {@code 1.5}, {@code inf}, {@code nan}, {@code 5e-324}). */
    @Override
    public String repr() {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e16) {
            return String.format("%.1f", value);
        }
        String s = Double.toString(value);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        String mant = s.substring(0, e).replaceAll("\\.0$", "");
        int exp = Integer.parseInt(s.substring(e + 1));
        return mant + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
    }
}
