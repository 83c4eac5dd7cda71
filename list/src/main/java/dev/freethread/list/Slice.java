// SPDX-License-Identifier: Apache-2.0
package dev.freethread.list;

import dev.freethread.objects.PyException;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;

import java.math.BigInteger;

/**
 * A slice, {@code start:stop:step}, each part optional ({@code null} = omitted, Python's {@code None}). Immutable.
 * {@link #indices} resolves it against a length exactly as CPython's {@code PySlice_Unpack} and
 * {@code PySlice_AdjustIndices} do (clamping, negative steps, the empty cases).
 */
public final class Slice {
    /** {@code [:]}. */
    public static final Slice ALL = new Slice(null, null, null);

    private final Long start;
    private final Long stop;
    private final Long step;

    private Slice(Long start, Long stop, Long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /** {@code start:stop:step}; any part may be null (omitted). */
    public static Slice of(Long start, Long stop, Long step) {
        return new Slice(start, stop, step);
    }

    /** {@code start:stop}. */
    public static Slice of(long start, long stop) {
        return new Slice(start, stop, null);
    }

    /**
     * {@code slice(start, stop, step)} from Python objects, as {@code PySlice_Unpack} reads them: None (or null) is an
     * omitted part; an int (bool included) of any size is clamped to the range of a Java {@code long} (CPython's
     * {@code Py_ssize_t}: {@code [1, 2, 3][-10**30:10**30]} is the whole list).
     *
     * @throws PyException TypeError {@code slice indices must be integers or None or have an __index__ method} for any
     *         other object
     */
    public static Slice of(PyObject start, PyObject stop, PyObject step) {
        return new Slice(index(start), index(stop), index(step));
    }

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private static Long index(PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        if (!(o instanceof PyInt)) {
            throw new PyException("TypeError", "slice indices must be integers or None or have an __index__ method");
        }
        PyInt i = (PyInt) o;
        if (i.fitsLong()) {
            return i.longValue();
        }
        BigInteger b = i.bigValue();
        return b.compareTo(LONG_MAX) > 0 ? Long.MAX_VALUE : b.compareTo(LONG_MIN) < 0 ? Long.MIN_VALUE : b.longValue();
    }

    /**
     * The slice resolved against a sequence of {@code length} items.
     *
     * @throws PyException ValueError "slice step cannot be zero"
     */
    public Bounds indices(int length) {
        long st = step == null ? 1 : step;
        if (st == 0) {
            throw new PyException("ValueError", "slice step cannot be zero");
        }
        if (st < -Long.MAX_VALUE) {
            st = -Long.MAX_VALUE; // CPython: so that -step cannot overflow
        }
        long lo = start == null ? (st < 0 ? Long.MAX_VALUE : 0) : start;
        long hi = stop == null ? (st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : stop;
        lo = adjust(lo, length, st);
        hi = adjust(hi, length, st);
        long n = 0;
        if (st < 0) {
            if (hi < lo) {
                n = (lo - hi - 1) / (-st) + 1;
            }
        } else if (lo < hi) {
            n = (hi - lo - 1) / st + 1;
        }
        // |step| beyond the length selects at most one item; keep it in int range without changing the selection.
        int s = (int) Math.max(-(long) Integer.MAX_VALUE, Math.min(Integer.MAX_VALUE, st));
        return new Bounds((int) lo, (int) hi, s, (int) n);
    }

    private static long adjust(long i, int length, long step) {
        if (i < 0) {
            i += length;
            if (i < 0) {
                i = step < 0 ? -1 : 0;
            }
        } else if (i >= length) {
            i = step < 0 ? length - 1 : length;
        }
        return i;
    }

    @Override
    public String toString() {
        return "slice(" + (start == null ? "None" : start) + ", " + (stop == null ? "None" : stop) + ", "
                + (step == null ? "None" : step) + ")";
    }

    /**
     * A slice resolved against a length: the selected indices are {@code start + k * step} for
     * {@code 0 <= k < length}.
     */
    public record Bounds(int start, int stop, int step, int length) {
        /** The k-th selected index. */
        public int index(int k) {
            return start + k * step;
        }
    }
}
