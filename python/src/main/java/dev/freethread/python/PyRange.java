// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyNotImplemented;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.math.BigInteger;

/**
 * {@code range(start, stop, step)}. Over Java longs when the bounds and the length fit one ({@link #isBig} false:
 * the fields {@link #start}, {@link #stop}, {@link #step} hold them, and every item lies between start and stop, so
 * only arithmetic past the last item can overflow, which the users of the fields avoid); otherwise over
 * BigIntegers, as CPython's range is over Python ints ({@code range(10**20, 10**20 + 10, 3)},
 * {@code range(2**70)[2**69]}), where {@code len} raises OverflowError beyond a Py_ssize_t as CPython's does. A
 * {@code for} over a literal range call makes none.
 */
final class PyRange extends PyObject {
    static final PyType TYPE = PyType.staticType("range", PyType.FLAG_NO_WEAKREFS);

    /** The bounds when not {@link #isBig}; 0, 0, 1 otherwise. */
    final long start;
    final long stop;
    final long step;
    /** start, stop, step and the length when a bound or the length does not fit a long; else null. */
    private final BigInteger[] big;

    /** A range over longs; one whose length does not fit a long becomes a big one. */
    PyRange(ThreadState ts, long start, long stop, long step) {
        this(ts, start, stop, step, lengthOrNull(start, stop, step) == null ? new BigInteger[] {
            BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step),
            bigLength(BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step))} : null);
    }

    private PyRange(ThreadState ts, long start, long stop, long step, BigInteger[] big) {
        super(TYPE, ts);
        this.start = big == null ? start : 0;
        this.stop = big == null ? stop : 0;
        this.step = big == null ? step : 1;
        this.big = big;
    }

    /** A range over any ints (step not zero): over longs when everything fits. */
    static PyRange of(ThreadState ts, BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger len = bigLength(start, stop, step);
        if (fits(start) && fits(stop) && fits(step) && fits(len)
                && lengthOrNull(start.longValue(), stop.longValue(), step.longValue()) != null) {
            return new PyRange(ts, start.longValue(), stop.longValue(), step.longValue(), null);
        }
        return new PyRange(ts, 0, 0, 1, new BigInteger[] {start, stop, step, len});
    }

    private static boolean fits(BigInteger v) {
        return v.bitLength() < 64;
    }

    boolean isBig() {
        return big != null;
    }

    /**
     * Whether CPython iterates this range with its longrange_iterator: beyond longs, or where its fast iterator's
     * {@code start + len * step} could overflow (the type name is all that shows it).
     */
    boolean iteratesAsLong() {
        return big != null || length() > 0 && (step > 0 ? stop > Long.MAX_VALUE - (step - 1)
                : stop < Long.MIN_VALUE + (-1 - step));
    }

    BigInteger bigStart() {
        return big == null ? BigInteger.valueOf(start) : big[0];
    }

    BigInteger bigStop() {
        return big == null ? BigInteger.valueOf(stop) : big[1];
    }

    BigInteger bigStep() {
        return big == null ? BigInteger.valueOf(step) : big[2];
    }

    BigInteger bigLength() {
        return big == null ? BigInteger.valueOf(length()) : big[3];
    }

    /** The length of a range over longs (not {@link #isBig}). */
    long length() {
        if (big != null) {
            throw new IllegalStateException("length() of a big range");
        }
        return length(start, stop, step);
    }

    /** {@code len(r)}: CPython's OverflowError when the length does not fit a Py_ssize_t. */
    long len(PyThread t) {
        if (big == null) {
            return length();
        }
        if (!fits(big[3])) {
            throw Errors.raise(t, "OverflowError", "Python int too large to convert to C ssize_t");
        }
        return big[3].longValue();
    }

    /** The length of range(start, stop, step) over longs; Long.MAX_VALUE when it does not fit one. */
    static long length(long start, long stop, long step) {
        Long n = lengthOrNull(start, stop, step);
        return n == null ? Long.MAX_VALUE : n;
    }

    /** The length, or null when it does not fit a long (or {@code stop - start} overflows). */
    private static Long lengthOrNull(long start, long stop, long step) {
        if (step > 0 ? start >= stop : start <= stop) {
            return 0L;
        }
        long d;
        try {
            d = step > 0 ? Math.subtractExact(stop, start) : Math.subtractExact(start, stop);
        } catch (ArithmeticException e) {
            return null;
        }
        // step == Long.MIN_VALUE: its magnitude exceeds any d, so one item
        return step == Long.MIN_VALUE ? 1L : (d - 1) / Math.abs(step) + 1;
    }

    static BigInteger bigLength(BigInteger start, BigInteger stop, BigInteger step) {
        int s = step.signum();
        BigInteger d = s > 0 ? stop.subtract(start) : start.subtract(stop);
        if (d.signum() <= 0) {
            return BigInteger.ZERO;
        }
        return d.subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
    }

    /** Item {@code i} (0 <= i < length), as CPython's {@code compute_item}. */
    PyObject item(ThreadState ts, BigInteger i) {
        return PyInt.of(ts, bigStart().add(i.multiply(bigStep())));
    }

    /** {@code r[i]} for an index of any size: CPython's IndexError outside the range. */
    PyObject getItem(PyThread t, BigInteger i) {
        BigInteger n = bigLength();
        if (i.signum() < 0) {
            i = i.add(n);
        }
        if (i.signum() < 0 || i.compareTo(n) >= 0) {
            throw Errors.raise(t, "IndexError", "range object index out of range");
        }
        return item(t.ts, i);
    }

    /**
     * {@code r[start:stop:step]}, the slice's bounds (None or ints, already made ints by the caller) clamped as
     * {@code slice.indices(len(r))} clamps them, over ints of any size: a range again.
     */
    PyRange slice(ThreadState ts, BigInteger sStart, BigInteger sStop, BigInteger sStep) {
        BigInteger n = bigLength();
        BigInteger st = sStep == null ? BigInteger.ONE : sStep;
        boolean neg = st.signum() < 0;
        BigInteger lower = neg ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = neg ? n.subtract(BigInteger.ONE) : n;
        BigInteger a = sStart == null ? (neg ? upper : lower) : clamp(sStart, n, lower, upper);
        BigInteger b = sStop == null ? (neg ? lower : upper) : clamp(sStop, n, lower, upper);
        BigInteger step0 = bigStep();
        BigInteger begin = bigStart().add(a.multiply(step0));
        BigInteger end = bigStart().add(b.multiply(step0));
        return of(ts, begin, end, step0.multiply(st));
    }

    private static BigInteger clamp(BigInteger v, BigInteger n, BigInteger lower, BigInteger upper) {
        if (v.signum() < 0) {
            v = v.add(n);
            return v.compareTo(lower) < 0 ? lower : v;
        }
        return v.compareTo(upper) > 0 ? upper : v;
    }

    /** The position of the int {@code v} in the range, or -1 (as a BigInteger: a big range's may not fit a long). */
    BigInteger indexOf(BigInteger v) {
        BigInteger d = v.subtract(bigStart());
        BigInteger[] qr = d.divideAndRemainder(bigStep());
        if (qr[1].signum() != 0 || qr[0].signum() < 0 || qr[0].compareTo(bigLength()) >= 0) {
            return BigInteger.ONE.negate();
        }
        return qr[0];
    }

    /** {@code reversed(r)} as a range: the same items, last first. */
    PyRange reversedRange(ThreadState ts) {
        BigInteger n = bigLength();
        BigInteger st = bigStep();
        BigInteger last = bigStart().add(n.subtract(BigInteger.ONE).multiply(st));
        return of(ts, n.signum() == 0 ? bigStart() : last, n.signum() == 0 ? bigStart() : bigStart().subtract(st),
                st.negate());
    }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        if (!(other instanceof PyRange) || op != CompareOp.EQ && op != CompareOp.NE) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyRange o = (PyRange) other;
        boolean eq;
        if (big == null && o.big == null) {
            long n = length();
            eq = n == o.length() && (n == 0 || start == o.start && (n == 1 || step == o.step));
        } else {
            BigInteger n = bigLength();
            eq = n.equals(o.bigLength()) && (n.signum() == 0 || bigStart().equals(o.bigStart())
                    && (n.equals(BigInteger.ONE) || bigStep().equals(o.bigStep())));
        }
        return PyBool.of(eq == (op == CompareOp.EQ));
    }

    @Override
    public boolean pyBool(ThreadState ts) {
        return big == null ? length() > 0 : big[3].signum() > 0;
    }

    @Override
    public String repr() {
        String s = bigStart().toString();
        String e = bigStop().toString();
        BigInteger st = bigStep();
        return st.equals(BigInteger.ONE) ? "range(" + s + ", " + e + ")" : "range(" + s + ", " + e + ", " + st + ")";
    }

    /** CPython's range hash: the hash of {@code (len, start, step)}, start None when empty, step None unless 2+. */
    @Override
    public long pyHash(ThreadState ts) {
        BigInteger n = bigLength();
        PyObject none = PyNone.NONE;
        PyTuple key = PyTuple.stealing(ts, PyInt.of(ts, n), n.signum() == 0 ? none : PyInt.of(ts, bigStart()),
                n.compareTo(BigInteger.ONE) <= 0 ? none : PyInt.of(ts, bigStep()));
        try {
            return key.pyHash(ts);
        } finally {
            RefCount.decref(ts, key);
        }
    }

    static BigInteger toBig(PyInt i) {
        return i.fitsLong() ? BigInteger.valueOf(i.longValue()) : i.bigValue();
    }
}
