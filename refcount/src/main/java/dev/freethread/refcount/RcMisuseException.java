// SPDX-License-Identifier: Apache-2.0
package dev.freethread.refcount;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.internal.Debug;

/**
 * A binding misused reference counting: the message names the operation, the object (type, identity, header), and
 * the thread. Thrown where the misuse is seen: always on the slow paths (a freed object reached again, a count driven
 * below zero, a free through a thread state that is not attached or not the caller's, a second free, an object of
 * another Runtime reaching a merge), and on every operation with {@code -Dfreethread.debug=true} (a thread state used
 * from the wrong thread or while detached, an object of another Runtime, deallocation entered twice). The structure
 * is left as it was found; nothing is freed twice.
 */
public final class RcMisuseException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** A decrement drove a count below zero (more decrefs than references). */
        UNDERFLOW,
        /** An operation reached an object that has already been freed (incref, decref, a second free). */
        USE_AFTER_FREE,
        /** A thread state used from another thread, while detached, or after exit. */
        WRONG_THREAD,
        /** Deallocation entered twice for one object (caught where the second entry happens). */
        DOUBLE_FREE,
        /** An object used through a thread state of another Runtime (objects must not cross Runtimes). */
        WRONG_RUNTIME
    }

    private final Kind kind;

    RcMisuseException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    static RcMisuseException underflow(String op, PyObject o) {
        return new RcMisuseException(Kind.UNDERFLOW, op + " drove the reference count of " + Debug.describe(o)
                + " below zero, on thread " + Debug.currentThread() + " (more decrefs than references)");
    }

    static RcMisuseException doubleFree(PyObject o, String why) {
        return new RcMisuseException(Kind.DOUBLE_FREE, "double free of " + Debug.describe(o) + " on thread "
                + Debug.currentThread() + ": " + why);
    }

    static RcMisuseException useAfterFree(String op, PyObject o) {
        return new RcMisuseException(Kind.USE_AFTER_FREE, op + " of freed " + Debug.describe(o) + " on thread "
                + Debug.currentThread() + " (the object was already freed)");
    }
}
