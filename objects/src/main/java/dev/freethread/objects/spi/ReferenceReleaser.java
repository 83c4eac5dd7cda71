// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects.spi;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;

/**
 * Implemented by the reference-counting extension (role {@code "refcount"}) so that code in the objects module can
 * drop a reference it was handed (a comparison's result, which may be any object a binding returns): the objects
 * module cannot depend on refcount, which depends on it.
 */
public interface ReferenceReleaser {
    /** Drops one reference to {@code o} ({@code Py_DECREF}) on {@code ts}'s thread. */
    void release(ThreadState ts, PyObject o);
}
