// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import java.math.BigInteger;
import java.util.Objects;

/**
 * {@code int}: an immutable integer of any size. Small ints (-5..256, as CPython) are immortal singletons;
 * {@link #of} returns them without allocating.
 *
 * <p>Comparisons ({@link #richCompare}) know ints and bools (any {@code PyInt}) and answer NotImplemented for every
 * other type, so that a binding's numeric types (float, Fraction, Decimal) decide mixed comparisons from their side,
 * exactly as in Python ({@code 1 == 1.0}: int says NotImplemented, float's reflected {@code ==} answers). Such a type
 * must hash integral values as int does (CPython's {@code _Py_HashDouble}: {@code hash(1.0) == hash(1)}), or dict
 * lookups across the types miss.
 *
 * <p>A binding may subclass it for {@code class I(int)} ({@link #PyInt(PyType, ThreadState, BigInteger)}).
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.staticType("int", PyType.FLAG_NO_WEAKREFS);

    /** CPython's small-int cache range. */
    public static final int SMALL_MIN = -5;
    public static final int SMALL_MAX = 256;
    private static final PyInt[] SMALL = new PyInt[SMALL_MAX - SMALL_MIN + 1];

    static {
        for (int i = SMALL_MIN; i <= SMALL_MAX; i++) {
            SMALL[i - SMALL_MIN] = new PyInt(TYPE, i);
        }
    }

    /** Python's hash modulus on 64-bit builds, 2^61 - 1. */
    static final long HASH_MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(HASH_MODULUS);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final long value;
    /** Non-null only when the value does not fit in a long. */
    private final BigInteger big;

    /** An immortal int (small-int cache, bool). */
    PyInt(PyType type, long value) {
        super(type, Immortal.IMMORTAL);
        this.value = value;
        this.big = null;
    }

    private PyInt(ThreadState ts, long value, BigInteger big) {
        super(TYPE, ts);
        this.value = value;
        this.big = big;
    }

    /**
     * A new reference to an int of a binding's subtype of int ({@code class I(int)}).
     *
     * @throws IllegalArgumentException unless {@code type} is a subtype of int
     */
    protected PyInt(PyType type, ThreadState ts, BigInteger value) {
        super(PyType.requireSubtype(type, TYPE), ts);
        boolean fits = value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0;
        this.value = fits ? value.longValueExact() : 0;
        this.big = fits ? null : value;
    }

    /** A new reference to an int with this value (a cached immortal for small values). */
    public static PyInt of(ThreadState ts, long value) {
        if (value >= SMALL_MIN && value <= SMALL_MAX) {
            return SMALL[(int) value - SMALL_MIN];
        }
        return new PyInt(ts, value, null);
    }

    /** A new reference to an int with this value. */
    public static PyInt of(ThreadState ts, BigInteger value) {
        Objects.requireNonNull(value, "value");
        if (value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
            return of(ts, value.longValueExact());
        }
        return new PyInt(ts, 0, value);
    }

    /** The immortal small int, or null if {@code value} is outside -5..256. */
    public static PyInt small(long value) {
        return value >= SMALL_MIN && value <= SMALL_MAX ? SMALL[(int) value - SMALL_MIN] : null;
    }

    /** Whether the value fits in a long. */
    public final boolean fitsLong() {
        return big == null;
    }

    /**
     * The value as a long.
     *
     * @throws ArithmeticException if it does not fit (Python would raise OverflowError)
     */
    public final long longValue() {
        if (big != null) {
            throw new ArithmeticException("Python int too large to convert to a Java long");
        }
        return value;
    }

    public final BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    /** Python's int hash: the value modulo 2^61 - 1 with its sign; -1 becomes -2. */
    @Override
    public long pyHash(ThreadState ts) {
        long h;
        if (big == null) {
            long mag = value < 0 ? -value : value; // Long.MIN_VALUE stays as 2^63 read unsigned
            // below the modulus 2^61 - 1 the hash is the magnitude itself: no 64-bit division, which costs more
            // than the rest of a dict lookup
            h = mag >= 0 && mag < HASH_MODULUS ? mag : Long.remainderUnsigned(mag, HASH_MODULUS);
            if (value < 0) {
                h = -h;
            }
        } else {
            h = big.abs().mod(BIG_MODULUS).longValue();
            if (big.signum() < 0) {
                h = -h;
            }
        }
        return h == -1 ? -2 : h;
    }

    /** Three-way comparison of the values: negative, zero or positive. */
    public final int compareTo(PyInt o) {
        if (big == null && o.big == null) {
            return Long.compare(value, o.value);
        }
        return bigValue().compareTo(o.bigValue());
    }

    /** int's comparisons: with any int (bool included); NotImplemented for every other type. */
    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        if (!(other instanceof PyInt)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(op.ofSign(compareTo((PyInt) other)));
    }

    /** {@code bool(n)}: nonzero. */
    @Override
    public boolean pyBool(ThreadState ts) {
        return big != null || value != 0;
    }

    /**
     * {@code repr(self)} under the Runtime's digit limit ({@link Runtime#intMaxStrDigits}): a ValueError, as CPython's,
     * for a number of more decimal digits, checked from its bit length before the (quadratic) conversion where that
     * settles it.
     */
    @Override
    public String repr(ThreadState ts) {
        if (big == null) {
            return repr(); // a machine-word value (and bool's True and False)
        }
        int limit = ts.runtime().intMaxStrDigits();
        // 2**(bits-1) <= |v|, so |v| has at least floor((bits-1) * log10(2)) + 1 digits
        if (limit > 0 && (long) ((big.bitLength() - 1) * 0.30102999566398) + 1 > limit) {
            throw digitLimit(limit);
        }
        String s = big.toString();
        if (limit > 0 && s.length() - (big.signum() < 0 ? 1 : 0) > limit) {
            throw digitLimit(limit);
        }
        return s;
    }

    private static PyException digitLimit(int limit) {
        return new PyException("ValueError", "Exceeds the limit (" + limit + " digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit");
    }

    /** A printable form for messages: every digit, whatever the limit (no user code, no error). */
    @Override
    public String repr() {
        return big != null ? big.toString() : Long.toString(value);
    }
}
