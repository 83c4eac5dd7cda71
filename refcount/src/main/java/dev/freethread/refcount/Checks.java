// SPDX-License-Identifier: Apache-2.0
package dev.freethread.refcount;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.Debug;
import dev.freethread.objects.internal.Header;

/** The debug mode's checks on every operation (only called when {@link Debug#ENABLED}). */
final class Checks {
    private Checks() {}

    static void thread(ThreadState ts, String op) {
        try {
            Debug.checkThread(ts, op);
        } catch (IllegalStateException e) {
            throw new RcMisuseException(RcMisuseException.Kind.WRONG_THREAD, e.getMessage());
        }
    }

    static void operation(ThreadState ts, PyObject o, String op) {
        if (o == null) {
            throw new NullPointerException(op + " of null");
        }
        thread(ts, op + " of '" + o.type().name() + "' object");
        if (Header.ownerIdOpaque(o) == Header.OWNER_DEAD) {
            throw RcMisuseException.useAfterFree(op, o);
        }
        Merges.checkSameRuntime(ts, o, op);
    }
}
