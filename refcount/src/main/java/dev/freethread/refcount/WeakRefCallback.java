// SPDX-License-Identifier: Apache-2.0
package dev.freethread.refcount;

import dev.freethread.objects.ThreadState;

/**
 * A weak reference's callback: called once, on the thread that freed the referent, after the reference has been
 * cleared, with the weak reference (borrowed). What it throws goes to the Runtime's unraisable hook.
 *
 * <p>If the callback object is itself a {@link dev.freethread.objects.PyObject} (an interpreter's callable), the weak
 * reference holds a counted reference to it and reports it from {@code traverse}.
 */
@FunctionalInterface
public interface WeakRefCallback {
    void call(ThreadState ts, PyWeakRef ref);
}
