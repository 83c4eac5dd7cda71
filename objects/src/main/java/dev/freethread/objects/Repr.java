// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import java.util.IdentityHashMap;

/**
 * The repr of nested containers (the toolkit's list, dict and tuple, and any binding type that implements
 * {@link Nested}), CPython's {@code Py_ReprEnter}/{@code Py_ReprLeave}
 * plus the recursion guard of {@code PyObject_Repr}: a container already being printed on this thread prints its
 * recursive form ({@code [...]}, <code>{...}</code>, {@code (...)}), whatever containers lie between (a dict in a
 * list in the dict); every level counts against the recursion limit, so a structure nested deeper than the limit
 * raises {@code RecursionError: maximum recursion depth exceeded while getting the repr of an object} instead of
 * overflowing the Java stack (issue 11, defect 5).
 *
 * <p>With a thread state the depth is the thread's ({@link ThreadState#enterRecursiveCall}) and the limit the
 * Runtime's; without one ({@link PyObject#repr()}, for messages) the depth is this context's and the limit CPython's
 * default.
 */
public final class Repr {
    /** A container that prints its items through a {@link Repr} (the toolkit's list, dict and tuple do). */
    public interface Nested {
        /** Appends the repr, each item through {@link Repr#item}. */
        void reprInto(StringBuilder b, Repr ctx);

        /** What the container prints when it is met again inside its own repr ({@code [...]}). */
        String recursiveRepr();
    }

    private static final String WHERE = " while getting the repr of an object";

    private final ThreadState ts;
    /** The containers being printed: this context's, or the thread's (see the constructor). Uncounted: each is held
     * by whoever is printing it for as long as it is here. */
    private final IdentityHashMap<PyObject, Boolean> inProgress;
    private int depth;

    private Repr(ThreadState ts) {
        this.ts = ts;
        // With a thread state the containers being printed are the thread's (CPython keeps them in the thread state's
        // dict): a binding's __repr__ that calls repr() again (UserDict's repr(self.data)) starts a new Repr, which
        // must still see the outer one's containers, or a container that holds itself through it recurses.
        this.inProgress = ts == null ? new IdentityHashMap<>() : ts.reprInProgress();
    }

    /**
     * Python's {@code repr(o)} for a toolkit container or any object: {@code ts} may be null (no user code is then
     * expected to run: items print with {@link PyObject#repr()}).
     *
     * @throws PyException RecursionError when nested deeper than the recursion limit
     */
    public static String of(ThreadState ts, PyObject o) {
        StringBuilder b = new StringBuilder();
        new Repr(ts).item(b, o);
        return b.toString();
    }

    /**
     * The thread printing, or null (then no user code runs: items print with {@link PyObject#repr()}). A container
     * prints with a thread state only items it holds a reference to, since an item's {@code __repr__} is user code
     * during which another thread may remove the item from the container and drop it.
     */
    public ThreadState threadState() {
        return ts;
    }

    /** Appends the repr of one item (a level of recursion; the recursive form if it is being printed already). */
    public void item(StringBuilder b, PyObject o) {
        if (o == null) {
            b.append("<NULL>");
            return;
        }
        boolean nested = o instanceof Nested;
        if (nested && inProgress.containsKey(o)) {
            b.append(((Nested) o).recursiveRepr());
            return;
        }
        enter();
        try {
            if (nested) {
                inProgress.put(o, Boolean.TRUE);
                try {
                    ((Nested) o).reprInto(b, this);
                } finally {
                    inProgress.remove(o);
                }
            } else {
                b.append(ts == null ? o.repr() : o.repr(ts));
            }
        } finally {
            leave();
        }
    }

    private void enter() {
        if (ts != null) {
            ts.enterRecursiveCall(WHERE);
        } else if (++depth > Runtime.DEFAULT_RECURSION_LIMIT) {
            depth--;
            throw new PyException("RecursionError", "maximum recursion depth exceeded" + WHERE);
        }
    }

    private void leave() {
        if (ts != null) {
            ts.leaveRecursiveCall();
        } else {
            depth--;
        }
    }
}
