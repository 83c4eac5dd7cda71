// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import dev.freethread.objects.internal.Header;

/**
 * Python's comparison protocol: one dispatcher, {@link #richCompare}, with exactly the rules of CPython's
 * {@code PyObject_RichCompare}, and its boolean form {@link #richCompareBool} ({@code PyObject_RichCompareBool}),
 * which every toolkit path that compares uses: dict lookups and equality, list searches, list and tuple equality and
 * ordering, sort.
 *
 * <p>The rules, for {@code v op w}:
 * <ol>
 *   <li>if {@code w}'s type is a proper Python subtype of {@code v}'s ({@link PyType#isSubtypeOf}: by type, whatever
 *       Java classes implement them), {@code w.richCompare(v, op.swapped())} is asked first;</li>
 *   <li>then {@code v.richCompare(w, op)};</li>
 *   <li>then, unless asked already, {@code w.richCompare(v, op.swapped())};</li>
 *   <li>the first answer that is not {@link PyNotImplemented#NOT_IMPLEMENTED} is the result; if all answer it,
 *       {@code ==} falls back to identity, {@code !=} to non-identity, and the orderings raise
 *       {@code TypeError: '<' not supported between instances of 'A' and 'B'}.</li>
 * </ol>
 * Each call is one level of recursion ({@code " in comparison"}, {@link ThreadState#enterRecursiveCall}). The boolean
 * form keeps CPython's identity shortcut ({@code x is y} implies {@code x == y} and not {@code x != y}, so
 * {@code [nan] == [nan]}), and answers the exact built-in int and str without dispatching (no user code can run there).
 *
 * <p>Results are new references (True, False and NotImplemented are immortal; a binding's {@code __eq__} may return
 * any object, whose truth {@link #isTrue} decides in the boolean form, which then drops it).
 */
public final class Compare {
    private Compare() {}

    /**
     * {@code v op w} ({@code PyObject_RichCompare}): a new reference to the result.
     *
     * @throws PyException what a comparison raises; TypeError for orderings nobody implements; RecursionError
     */
    public static PyObject richCompare(ThreadState ts, PyObject v, PyObject w, CompareOp op) {
        if (v.getClass() == PyInt.class && w.getClass() == PyInt.class) {
            return PyBool.of(op.ofSign(((PyInt) v).compareTo((PyInt) w)));
        }
        // The guard and the dispatch share this frame (and richCompareBool repeats them in its own): each level of a
        // comparison of nested containers then costs two Java frames (docs/threads.md, "Recursion").
        ts.enterRecursiveCall(" in comparison");
        try {
            PyType tv = v.type();
            PyType tw = w.type();
            boolean reflectedFirst = tv != tw && tw.isSubtypeOf(tv);
            PyObject r;
            if (reflectedFirst && (r = w.richCompare(ts, v, op.swapped())) != PyNotImplemented.NOT_IMPLEMENTED) {
                return checked(r, w);
            }
            if ((r = v.richCompare(ts, w, op)) != PyNotImplemented.NOT_IMPLEMENTED) {
                return checked(r, v);
            }
            if (!reflectedFirst && (r = w.richCompare(ts, v, op.swapped())) != PyNotImplemented.NOT_IMPLEMENTED) {
                return checked(r, w);
            }
            return fallback(v, w, op);
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    /** Nobody implemented it: identity for {@code ==} and {@code !=}, TypeError for the orderings. */
    private static PyObject fallback(PyObject v, PyObject w, CompareOp op) {
        switch (op) {
            case EQ:
                return PyBool.of(v == w);
            case NE:
                return PyBool.of(v != w);
            default:
                throw unsupported(op, v, w);
        }
    }

    private static PyObject checked(PyObject r, PyObject by) {
        if (r == null) {
            throw new NullPointerException("the richCompare slot of a '" + by.type().name()
                    + "' object returned null (it must return a result, or NotImplemented)");
        }
        return r;
    }

    /**
     * {@code v op w} as a truth value ({@code PyObject_RichCompareBool}): {@code v is w} decides {@code ==} and
     * {@code !=} at once; otherwise the truth of {@link #richCompare}'s result.
     */
    public static boolean richCompareBool(ThreadState ts, PyObject v, PyObject w, CompareOp op) {
        if (v == w) {
            if (op == CompareOp.EQ) {
                return true;
            }
            if (op == CompareOp.NE) {
                return false;
            }
        }
        Class<?> cv = v.getClass();
        if (cv == w.getClass()) {
            if (cv == PyInt.class) {
                return op.ofSign(((PyInt) v).compareTo((PyInt) w));
            }
            if (cv == PyStr.class) {
                return op.ofSign(((PyStr) v).compareTo((PyStr) w));
            }
        }
        ts.enterRecursiveCall(" in comparison"); // richCompare's body again, in this frame (see there)
        PyObject r = null;
        try {
            PyType tv = v.type();
            PyType tw = w.type();
            boolean reflectedFirst = tv != tw && tw.isSubtypeOf(tv);
            if (reflectedFirst) {
                r = checked(w.richCompare(ts, v, op.swapped()), w);
            }
            if (r == null || r == PyNotImplemented.NOT_IMPLEMENTED) {
                r = checked(v.richCompare(ts, w, op), v);
                if (r == PyNotImplemented.NOT_IMPLEMENTED && !reflectedFirst) {
                    r = checked(w.richCompare(ts, v, op.swapped()), w);
                }
                if (r == PyNotImplemented.NOT_IMPLEMENTED) {
                    r = fallback(v, w, op);
                }
            }
            return isTrue(ts, r);
        } finally {
            ts.leaveRecursiveCall();
            if (r != null) {
                release(ts, r);
            }
        }
    }

    /** {@code v == w} as a truth value, with the identity shortcut. */
    public static boolean eq(ThreadState ts, PyObject v, PyObject w) {
        return richCompareBool(ts, v, w, CompareOp.EQ);
    }

    /** {@code v < w} as a truth value: the comparison {@code list.sort} uses. */
    public static boolean lessThan(ThreadState ts, PyObject v, PyObject w) {
        return richCompareBool(ts, v, w, CompareOp.LT);
    }

    /** {@code bool(o)} ({@code PyObject_IsTrue}): the object's {@link PyObject#pyBool} slot. */
    public static boolean isTrue(ThreadState ts, PyObject o) {
        if (o == PyBool.TRUE) {
            return true;
        }
        if (o == PyBool.FALSE || o == PyNone.NONE) {
            return false;
        }
        return o.pyBool(ts);
    }

    /** The TypeError of an ordering nobody implements, with CPython's message. */
    public static PyException unsupported(CompareOp op, PyObject v, PyObject w) {
        return new PyException("TypeError", "'" + op.symbol() + "' not supported between instances of '"
                + v.type().name() + "' and '" + w.type().name() + "'");
    }

    /** Drops a result reference: nothing to do for an immortal one (True, False, NotImplemented, small ints). */
    static void release(ThreadState ts, PyObject r) {
        if (Header.refLocal(r) != Header.IMMORTAL_LOCAL) {
            ts.runtime().releaseReference(ts, r);
        }
    }
}
