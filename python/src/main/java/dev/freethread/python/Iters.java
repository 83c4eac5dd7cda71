// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

/** The interpreter's iterators. Each holds counted references to what it iterates and drops them when exhausted. */
final class Iters {
    private Iters() {
    }

    /** A base for iterators over a fixed number of counted sources. */
    /** Every iterator type of this file: their {@code __iter__} and {@code __next__} (BuiltinDunders). */
    static PyType[] types() {
        return new PyType[] {SeqIter.TUPLE, SeqIter.STR, SeqIter.STR_ITER, SeqIter.RANGE, SeqIter.LONG_RANGE,
            HoldingIter.LIST, HoldingIter.LIST_REVERSE,
            HoldingIter.TUPLE, HoldingIter.SET, HoldingIter.DICT, HoldingIter.STR, HoldingIter.OTHER,
            GetItemIter.TYPE, Enumerate.TYPE, Zip.TYPE, SetIter.TYPE, MapIter.TYPE, CallIterator.TYPE,
            FilterIter.TYPE, Reversed.TYPE, ListIter.TYPE};
    }

    abstract static class Base extends PyIter {
        protected final PyObject[] src;

        Base(PyType type, ThreadState ts, PyObject... src) {
            super(type, ts);
            this.src = src;
            for (PyObject o : src) {
                if (o != null) {
                    RefCount.incref(ts, o);
                }
            }
        }

        /**
         * New references to the sources, for {@code __reduce__}, or null once they were dropped (exhausted); the
         * caller drops each reference.
         */
        final PyObject[] sourcesRef(ThreadState ts) {
            PyObject[] out = new PyObject[src.length];
            synchronized (this) {
                for (int i = 0; i < src.length; i++) {
                    if (src[i] == null) {
                        for (int j = 0; j < i; j++) {
                            RefCount.decref(ts, out[j]);
                        }
                        return null;
                    }
                    out[i] = RefCount.newRef(ts, src[i]);
                }
            }
            return out;
        }

        /** Drops the sources (exhaustion). */
        protected final void drop(ThreadState ts) {
            for (int i = 0; i < src.length; i++) {
                PyObject o;
                synchronized (this) {
                    o = src[i];
                    src[i] = null;
                }
                if (o != null) {
                    RefCount.decref(ts, o);
                }
            }
        }

        /** Drops the first source only (the others stay until the iterator goes, {@link #clearReferences}). */
        protected final void dropFirst(ThreadState ts) {
            PyObject o;
            synchronized (this) {
                o = src[0];
                src[0] = null;
            }
            if (o != null) {
                RefCount.decref(ts, o);
            }
        }

        @Override
        public void traverse(ReferenceVisitor v) {
            for (int i = 0; i < src.length; i++) {
                PyObject o = src[i];
                if (o != null) {
                    v.visit(o);
                }
            }
        }

        @Override
        public void clearReferences(ReferenceVisitor v) {
            for (int i = 0; i < src.length; i++) {
                PyObject o = src[i];
                src[i] = null;
                if (o != null) {
                    v.visit(o);
                }
            }
        }
    }

    /** Over a tuple, a str (by code point) or a range. */
    static final class SeqIter extends Base {
        static final PyType TUPLE = PyType.staticType("tuple_iterator", PyType.FLAG_GC);
        static final PyType STR = PyType.staticType("str_ascii_iterator", PyType.FLAG_GC);
        /** A str with a character beyond ASCII: CPython iterates it with its general str_iterator. */
        static final PyType STR_ITER = PyType.staticType("str_iterator", PyType.FLAG_GC);
        static final PyType RANGE = PyType.staticType("range_iterator", PyType.FLAG_GC);
        private int index;
        private long next;

        /** CPython's iterator of a range beyond longs. */
        static final PyType LONG_RANGE = PyType.staticType("longrange_iterator", PyType.FLAG_GC);
        /** A range's stop and step, kept past exhaustion (an exhausted range iterator pickles as the empty rest). */
        private long rangeStop;
        private long rangeStep = 1;
        /** A range's items still to come: counting them, not comparing with stop, never overflows past the last. */
        private long rangeLeft;
        /** A big range's next item and items left (null for any other sequence). */
        private java.math.BigInteger bigNext;
        private java.math.BigInteger bigLeft;

        SeqIter(ThreadState ts, PyObject seq) {
            super(seq instanceof PyTuple ? TUPLE : seq instanceof PyStr ? (isAscii((PyStr) seq) ? STR : STR_ITER)
                    : ((PyRange) seq).iteratesAsLong() ? LONG_RANGE : RANGE, ts, seq);
            if (seq instanceof PyRange) {
                PyRange r = (PyRange) seq;
                if (r.isBig()) {
                    bigNext = r.bigStart();
                    bigLeft = r.bigLength();
                } else {
                    next = r.start;
                    rangeStop = r.stop;
                    rangeStep = r.step;
                    rangeLeft = r.length();
                }
            }
        }

        @Override
        PyObject next(PyThread t) {
            PyObject exhausted;
            synchronized (this) {
                PyObject v = nextLocked(t);
                if (v != null || src[0] == null) {
                    return v;
                }
                exhausted = src[0];
                src[0] = null;
            }
            // Outside the monitor: the last reference to the sequence may run finalizers (user code, safepoints),
            // and a thread blocked on this monitor while attached would hold up a stop-the-world.
            RefCount.decref(t.ts, exhausted);
            return null;
        }

        private static boolean isAscii(PyStr s) {
            String v = s.value();
            for (int i = 0; i < v.length(); i++) {
                if (v.charAt(i) > 127) {
                    return false;
                }
            }
            return true;
        }

        /** Whether this iterates a range (pickled as the range left, with no position). */
        boolean overRange() {
            return type() == RANGE || type() == LONG_RANGE;
        }

        /** The range still to come (a new reference), or null once exhausted: a range iterator's pickle. */
        synchronized PyObject rangeLeft(ThreadState ts) {
            PyObject s = src[0];
            if (bigNext != null) {
                java.math.BigInteger step = s == null ? java.math.BigInteger.ONE : ((PyRange) s).bigStep();
                return PyRange.of(ts, bigNext, bigNext.add(bigLeft.multiply(step)), step);
            }
            if (s == null) {
                return new PyRange(ts, rangeStop, rangeStop, rangeStep);
            }
            PyRange r = (PyRange) s;
            return rangeLeft == 0 ? new PyRange(ts, r.stop, r.stop, r.step) : new PyRange(ts, next, r.stop, r.step);
        }

        /**
         * {@code __reduce__}'s sequence and position: the sequence (a new reference; null once exhausted) in
         * {@code out[0]}, the index of the next item (a code point index for a str) as the result.
         */
        synchronized long reduceState(ThreadState ts, PyObject[] out) {
            PyObject s = src[0];
            out[0] = s == null ? null : RefCount.newRef(ts, s);
            if (s instanceof PyStr) {
                return ((PyStr) s).value().codePointCount(0, index);
            }
            if (s instanceof PyRange) {
                PyRange r = (PyRange) s;
                return r.isBig() ? r.bigLength().subtract(bigLeft).longValue() : r.length() - rangeLeft;
            }
            return index;
        }

        /** {@code __setstate__(i)}: moves to item {@code i}, clamped to the sequence's bounds. */
        synchronized void setPosition(long i) {
            PyObject s = src[0];
            if (s == null) {
                return;
            }
            if (s instanceof PyTuple) {
                index = (int) Math.max(0, Math.min(i, ((PyTuple) s).size()));
            } else if (s instanceof PyStr) {
                String v = ((PyStr) s).value();
                int n = v.codePointCount(0, v.length());
                index = v.offsetByCodePoints(0, (int) Math.max(0, Math.min(i, n)));
            } else {
                setRangePosition(java.math.BigInteger.valueOf(i));
            }
        }

        /** A range iterator's {@code __setstate__(i)}: moves to item {@code i} (any int), clamped to the range. */
        synchronized void setRangePosition(java.math.BigInteger i) {
            PyObject s = src[0];
            if (!(s instanceof PyRange)) {
                return;
            }
            PyRange r = (PyRange) s;
            java.math.BigInteger len = r.bigLength();
            java.math.BigInteger k = i.max(java.math.BigInteger.ZERO).min(len);
            if (r.isBig()) {
                bigNext = r.bigStart().add(k.multiply(r.bigStep()));
                bigLeft = len.subtract(k);
            } else {
                next = r.start + k.longValue() * r.step;
                rangeLeft = len.longValue() - k.longValue();
                if (rangeLeft == 0) {
                    next = r.start; // the item past the last may not fit; nothing is read from it
                }
            }
        }

        /** The next item as a new reference, or null at the end (the caller drops the sequence). Under the monitor. */
        private PyObject nextLocked(PyThread t) {
            PyObject s = src[0];
            ThreadState ts = t.ts;
            if (s == null) {
                return null;
            }
            if (s instanceof PyTuple) {
                PyTuple tu = (PyTuple) s;
                if (index < tu.size()) {
                    return RefCount.newRef(ts, tu.getItemBorrowed(index++));
                }
            } else if (s instanceof PyStr) {
                String v = ((PyStr) s).value();
                if (index < v.length()) {
                    int cp = v.codePointAt(index);
                    index += Character.charCount(cp);
                    return t.interp.str(new String(Character.toChars(cp)));
                }
            } else if (bigNext != null) {
                if (bigLeft.signum() > 0) {
                    java.math.BigInteger v = bigNext;
                    bigNext = v.add(((PyRange) s).bigStep());
                    bigLeft = bigLeft.subtract(java.math.BigInteger.ONE);
                    return PyInt.of(ts, v);
                }
            } else if (rangeLeft > 0) {
                long v = next;
                rangeLeft--;
                next = rangeLeft == 0 ? v : v + ((PyRange) s).step; // past the last item it could overflow
                return PyInt.of(ts, v);
            }
            return null;
        }
    }

    /**
     * The iterator of an instance of a subclass of a built-in container ({@code class L(list)}) whose class keeps the
     * built-in {@code __iter__}: the built-in value's iterator, which holds only the value, wrapped so that the
     * instance lives until the iteration ends, as CPython's iterator holds its container (a {@code __del__} or a
     * weak reference's callback must not run while the iterator is still in use). Named as the iterator it wraps.
     */
    static final class HoldingIter extends Base {
        static final PyType LIST = PyType.staticType("list_iterator", PyType.FLAG_GC);
        static final PyType LIST_REVERSE = PyType.staticType("list_reverseiterator", PyType.FLAG_GC);
        static final PyType TUPLE = PyType.staticType("tuple_iterator", PyType.FLAG_GC);
        static final PyType SET = PyType.staticType("set_iterator", PyType.FLAG_GC);
        static final PyType DICT = PyType.staticType("dict_keyiterator", PyType.FLAG_GC);
        // a str subclass's iterator is str_iterator in CPython, never the ASCII one
        static final PyType STR = PyType.staticType("str_iterator", PyType.FLAG_GC);
        static final PyType OTHER = PyType.staticType("iterator", PyType.FLAG_GC);

        /** Takes new references to {@code inner} and {@code owner} (the caller keeps its own). */
        HoldingIter(ThreadState ts, PyObject inner, PyObject owner) {
            super(typeFor(inner.type().name()), ts, inner, owner);
        }

        private static PyType typeFor(String name) {
            switch (name) {
                case "list_iterator": return LIST;
                case "list_reverseiterator": return LIST_REVERSE;
                case "tuple_iterator": return TUPLE;
                case "set_iterator": return SET;
                case "dict_keyiterator": return DICT;
                case "str_ascii_iterator": return STR;
                default: return OTHER;
            }
        }

        /**
         * The next item. Two threads may share the iterator: the inner iterator is taken as a new reference under
         * the monitor, so a thread that finds the end and drops the sources meanwhile cannot free it under the other
         * thread's {@code next}.
         */
        @Override
        PyObject next(PyThread t) {
            ThreadState ts = t.ts;
            PyObject inner;
            synchronized (this) {
                inner = src[0];
                if (inner == null) {
                    return null;
                }
                RefCount.incref(ts, inner);
            }
            PyObject v;
            try {
                v = Ops.next(t, inner);
            } finally {
                RefCount.decref(ts, inner);
            }
            if (v == null) {
                if (type() == LIST_REVERSE) {
                    // CPython 3.13's list_reverseiterator keeps its list past the end (3.12's dropped it): the
                    // instance goes when the iterator does (clearReferences), its __del__ no earlier
                    dropFirst(ts);
                } else {
                    drop(ts); // exhausted: the instance and the inner iterator go, as CPython's iterator drops its seq
                }
            }
            return v;
        }
    }

    /** {@code iter(obj)} for an object with only {@code __getitem__}: indices 0, 1, ... until IndexError. */
    static final class GetItemIter extends Base {
        static final PyType TYPE = PyType.staticType("iterator", PyType.FLAG_GC);
        private long index;

        GetItemIter(ThreadState ts, PyObject seq) {
            super(TYPE, ts, seq);
        }

        /** {@code __reduce__}'s sequence (a new reference in {@code out[0]}; null once exhausted) and index. */
        synchronized long reduceState(ThreadState ts, PyObject[] out) {
            PyObject seq = src[0];
            out[0] = seq == null ? null : RefCount.newRef(ts, seq);
            return index;
        }

        /** {@code __setstate__(i)}: the next index to read (a negative one reads from 0, as CPython's). */
        synchronized void setPosition(long i) {
            if (src[0] != null) {
                index = Math.max(0, i);
            }
        }

        @Override
        PyObject next(PyThread t) {
            PyObject s = src[0];
            if (s == null) {
                return null;
            }
            PyObject i = PyInt.of(t.ts, index++);
            try {
                return Ops.getItem(t, s, i);
            } catch (PyRaise r) {
                if (r.exc.cls().isSubtypeOf(t.interp.exceptionClass("IndexError"))
                        || r.exc.cls().isSubtypeOf(t.interp.exceptionClass("StopIteration"))) {
                    r.release(t.ts);
                    drop(t.ts);
                    return null;
                }
                throw r;
            } finally {
                RefCount.decref(t.ts, i);
            }
        }
    }

    /** {@code enumerate(iterable, start)}. */
    static final class Enumerate extends Base {
        static final PyType TYPE = PyType.staticType("enumerate", PyType.FLAG_GC);
        private long count;
        /** The count once it is beyond a long (a huge start, or counting past Long.MAX_VALUE), else null. */
        private java.math.BigInteger bigCount;

        /** The next count, for {@code __reduce__}. */
        PyObject countRef(ThreadState ts) {
            java.math.BigInteger b = bigCount;
            return b != null ? PyInt.of(ts, b) : PyInt.of(ts, count);
        }

        Enumerate(ThreadState ts, PyObject it, long start, java.math.BigInteger bigStart) {
            super(TYPE, ts, it);
            this.count = start;
            this.bigCount = bigStart;
        }

        @Override
        PyObject next(PyThread t) {
            PyObject it = src[0];
            if (it == null) {
                return null;
            }
            PyObject v = Ops.next(t, it);
            if (v == null) {
                drop(t.ts);
                return null;
            }
            PyInt n;
            if (bigCount != null) {
                n = PyInt.of(t.ts, bigCount);
                bigCount = bigCount.add(java.math.BigInteger.ONE);
            } else {
                n = PyInt.of(t.ts, count);
                if (count == Long.MAX_VALUE) {
                    bigCount = java.math.BigInteger.valueOf(count).add(java.math.BigInteger.ONE);
                } else {
                    count++;
                }
            }
            return PyTuple.stealing(t.ts, n, v);
        }
    }

    /** {@code zip(a, b, ...)}: tuples until the shortest ends. */
    static final class Zip extends Base {
        static final PyType TYPE = PyType.staticType("zip", PyType.FLAG_GC);

        /** {@code zip(..., strict=True)}: iterables of unequal lengths raise ValueError (PEP 618). */
        private boolean strict;

        boolean strict() {
            return strict;
        }

        /** {@code __setstate__(state)}: strict as the truth of {@code state} (CPython's zip_setstate). */
        void setStrict(boolean strict) {
            this.strict = strict;
        }

        Zip(ThreadState ts, PyObject[] its, boolean strict) {
            super(TYPE, ts, its);
            this.strict = strict;
        }

        @Override
        PyObject next(PyThread t) {
            if (src.length == 0 || src[0] == null) {
                return null;
            }
            PyObject[] items = new PyObject[src.length];
            for (int i = 0; i < src.length; i++) {
                PyObject v = src[i] == null ? null : Ops.next(t, src[i]);
                if (v == null) {
                    for (int j = 0; j < i; j++) {
                        RefCount.decref(t.ts, items[j]);
                    }
                    if (strict) {
                        checkStrict(t, i);
                    }
                    drop(t.ts);
                    return null;
                }
                items[i] = v;
            }
            return PyTuple.stealing(t.ts, items);
        }

        /** Iterator {@code i} ended: with others still giving items, a ValueError with CPython's message. */
        private void checkStrict(PyThread t, int i) {
            if (i > 0) {
                drop(t.ts);
                throw Errors.raise(t, "ValueError", "zip() argument " + (i + 1) + " is shorter than argument"
                        + (i == 1 ? " " : "s 1-") + i);
            }
            for (int k = 1; k < src.length; k++) {
                PyObject v = Ops.next(t, src[k]);
                if (v != null) {
                    RefCount.decref(t.ts, v);
                    drop(t.ts);
                    throw Errors.raise(t, "ValueError", "zip() argument " + (k + 1) + " is longer than argument"
                            + (k == 1 ? " " : "s 1-") + k);
                }
            }
        }
    }

    /**
     * A set's iterator: its dict's key iterator, with CPython's message for a set changed during the iteration (the
     * dict's own says "dictionary").
     */
    /**
     * Over a set of numbers in CPython's order ({@link SetOrder}): a snapshot of its elements in that order, and the
     * set itself, whose size is checked at each step ("Set changed size during iteration", as CPython's).
     */
    static final class OrderedSetIter extends Base {
        private final long size;
        private int index;

        /** CPython's {@code __length_hint__}: the elements left (0 once exhausted). */
        synchronized long lengthHint() {
            PyTuple items = (PyTuple) src[0];
            return items == null ? 0 : Math.max(0, items.size() - index);
        }

        /** What is left to iterate, as a new list (empty once exhausted), for {@code __reduce__}. */
        synchronized dev.freethread.list.PyList remaining(ThreadState ts) {
            dev.freethread.list.PyList l = dev.freethread.list.PyList.create(ts);
            PyTuple items = (PyTuple) src[0];
            for (int i = index; items != null && i < items.size(); i++) {
                l.append(ts, items.getItemBorrowed(i));
            }
            return l;
        }

        /** Takes over the reference to {@code ordered} (the set's elements, CPython's order). */
        OrderedSetIter(ThreadState ts, PySet set, PyTuple ordered) {
            super(SetIter.TYPE, ts, ordered, set);
            RefCount.decref(ts, ordered); // Base took its own
            this.size = set.items().size();
        }

        @Override
        PyObject next(PyThread t) {
            PyObject v;
            synchronized (this) {
                PyTuple items = (PyTuple) src[0];
                PySet set = (PySet) src[1];
                if (items == null) {
                    return null;
                }
                if (set.items().size() != size) {
                    index = items.size(); // stays exhausted after the error, as CPython's
                    throw new dev.freethread.objects.PyException("RuntimeError", "Set changed size during iteration");
                }
                v = index < items.size() ? RefCount.newRef(t.ts, items.getItemBorrowed(index++)) : null;
            }
            if (v == null) {
                drop(t.ts);
            }
            return v;
        }
    }

    static final class SetIter extends Base {
        static final PyType TYPE = PyType.staticType("set_iterator", PyType.FLAG_GC);

        /** CPython's {@code __length_hint__}: the elements left (0 once exhausted). */
        long lengthHint() {
            PyObject it = src[0];
            return it == null ? 0 : ((dev.freethread.dict.PyDictIterator) it).lengthHint();
        }

        /** The iterator over the set's dict (borrowed: this iterator holds it), or null once exhausted. */
        dev.freethread.dict.PyDictIterator dictIterator() {
            return (dev.freethread.dict.PyDictIterator) src[0];
        }

        /** Takes over the reference to {@code keys}, a new iterator over the set's dict. */
        SetIter(ThreadState ts, PyObject keys) {
            super(TYPE, ts, keys);
            RefCount.decref(ts, keys); // Base took its own
        }

        @Override
        PyObject next(PyThread t) {
            PyObject it = src[0];
            if (it == null) {
                return null;
            }
            PyObject v;
            try {
                v = ((dev.freethread.dict.PyDictIterator) it).next(t.ts);
            } catch (dev.freethread.objects.PyException e) {
                if ("RuntimeError".equals(e.pyType()) && e.getMessage() != null
                        && e.getMessage().startsWith("dictionary")) {
                    throw new dev.freethread.objects.PyException("RuntimeError", "Set changed size during iteration");
                }
                throw e;
            }
            if (v == null) {
                drop(t.ts);
            }
            return v;
        }
    }

    /** {@code map(f, a, ...)}. */
    static final class MapIter extends Base {
        static final PyType TYPE = PyType.staticType("map", PyType.FLAG_GC);

        MapIter(ThreadState ts, PyObject[] fAndIts) {
            super(TYPE, ts, fAndIts);
        }

        @Override
        PyObject next(PyThread t) {
            PyObject f = src[0];
            if (f == null) {
                return null;
            }
            PyObject[] args = new PyObject[src.length - 1];
            try {
                for (int i = 1; i < src.length; i++) {
                    PyObject v = src[i] == null ? null : Ops.next(t, src[i]);
                    if (v == null) {
                        drop(t.ts);
                        return null;
                    }
                    args[i - 1] = v;
                }
                return Ops.call(t, f, args, null);
            } finally {
                for (PyObject a : args) {
                    RefCount.xdecref(t.ts, a);
                }
            }
        }
    }

    /**
     * {@code iter(callable, sentinel)} (CPython's {@code callable_iterator}): calls {@code callable()} until it answers
     * something equal to {@code sentinel} (identity first) or raises StopIteration; exhausted for good after that.
     */
    static final class CallIterator extends Base {
        static final PyType TYPE = PyType.staticType("callable_iterator", PyType.FLAG_GC);

        CallIterator(ThreadState ts, PyObject callable, PyObject sentinel) {
            super(TYPE, ts, callable, sentinel);
        }

        /**
         * CPython's {@code __reduce__}: {@code (iter, (callable, sentinel))}, or {@code (iter, ((),))} once exhausted.
         * The two references are new ones in {@code out}; false when exhausted.
         */
        synchronized boolean reduceState(ThreadState ts, PyObject[] out) {
            if (src[0] == null || src[1] == null) {
                return false;
            }
            out[0] = RefCount.newRef(ts, src[0]);
            out[1] = RefCount.newRef(ts, src[1]);
            return true;
        }

        @Override
        PyObject next(PyThread t) {
            PyObject f = src[0];
            PyObject sentinel = src[1];
            if (f == null || sentinel == null) {
                return null;
            }
            PyObject v;
            try {
                v = Ops.call(t, f, Ops.NO_ARGS, null);
            } catch (PyRaise r) {
                if (r.exc.cls().isSubtypeOf(t.interp.exceptionClass("StopIteration"))) {
                    r.release(t.ts);
                    drop(t.ts);
                    return null;
                }
                throw r;
            }
            boolean end;
            try {
                end = Ops.compareBool(t, v, sentinel, dev.freethread.objects.CompareOp.EQ);
            } catch (RuntimeException e) {
                RefCount.decref(t.ts, v);
                throw e;
            }
            if (end) {
                RefCount.decref(t.ts, v);
                drop(t.ts);
                return null;
            }
            return v;
        }
    }

    /** {@code filter(f, it)} ({@code f} None: truth). */
    static final class FilterIter extends Base {
        static final PyType TYPE = PyType.staticType("filter", PyType.FLAG_GC);

        FilterIter(ThreadState ts, PyObject f, PyObject it) {
            super(TYPE, ts, f, it);
        }

        @Override
        PyObject next(PyThread t) {
            PyObject f = src[0];
            PyObject it = src[1];
            if (it == null) {
                return null;
            }
            while (true) {
                PyObject v = Ops.next(t, it);
                if (v == null) {
                    drop(t.ts);
                    return null;
                }
                boolean keep;
                try {
                    if (f == dev.freethread.objects.PyNone.NONE) {
                        keep = Ops.truth(t, v);
                    } else {
                        PyObject r = Ops.call(t, f, new PyObject[] {v}, null);
                        try {
                            keep = Ops.truth(t, r);
                        } finally {
                            RefCount.decref(t.ts, r);
                        }
                    }
                } catch (RuntimeException e) {
                    RefCount.decref(t.ts, v);
                    throw e;
                }
                if (keep) {
                    return v;
                }
                RefCount.decref(t.ts, v);
            }
        }
    }

    /** {@code reversed(seq)} over a sequence with {@code len} and indexing. */
    static final class Reversed extends Base {
        static final PyType TYPE = PyType.staticType("reversed", PyType.FLAG_GC);
        private long index;

        Reversed(ThreadState ts, PyObject seq, long len) {
            super(TYPE, ts, seq);
            this.index = len - 1;
        }

        /** {@code __length_hint__}: the items still to come (0 once exhausted). */
        long remaining() {
            return src[0] == null ? 0 : Math.max(0, index + 1);
        }

        /** {@code __reduce__}'s sequence: a new reference, or null once exhausted. */
        synchronized PyObject sequence(ThreadState ts) {
            PyObject s = src[0];
            return s == null ? null : RefCount.newRef(ts, s);
        }

        /** The index of the next item (counting down; -1 when none is left). */
        long index() {
            return index;
        }

        /**
         * {@code __setstate__(i)}: the next item is {@code seq[i]}, {@code i} clamped to {@code [-1, len(seq) - 1]}
         * (CPython's {@code reversed_setstate}); an exhausted iterator stays exhausted.
         */
        void setIndex(PyThread t, long i) {
            PyObject s = sequence(t.ts);
            if (s == null) {
                return;
            }
            try {
                long n = Ops.len(t, s);
                index = Math.max(-1, Math.min(i, n - 1));
            } finally {
                RefCount.decref(t.ts, s);
            }
        }

        @Override
        PyObject next(PyThread t) {
            PyObject s = src[0];
            if (s == null || index < 0) {
                drop(t.ts);
                return null;
            }
            PyObject i = PyInt.of(t.ts, index--);
            try {
                return Ops.getItem(t, s, i);
            } finally {
                RefCount.decref(t.ts, i);
            }
        }
    }

    /** An iterator over a Java list of new references (dict views copied, generator expressions evaluated). */
    static final class ListIter extends PyIter {
        static final PyType TYPE = PyType.staticType("list_iterator", PyType.FLAG_GC);
        private final java.util.ArrayDeque<PyObject> items;

        ListIter(ThreadState ts, java.util.List<PyObject> items) {
            super(TYPE, ts);
            this.items = new java.util.ArrayDeque<>(items);
        }

        @Override
        synchronized PyObject next(PyThread t) {
            return items.pollFirst();
        }

        @Override
        public synchronized void traverse(ReferenceVisitor v) {
            for (PyObject o : items) {
                v.visit(o);
            }
        }

        @Override
        public synchronized void clearReferences(ReferenceVisitor v) {
            PyObject o;
            while ((o = items.pollFirst()) != null) {
                v.visit(o);
            }
        }
    }
}
