// SPDX-License-Identifier: Apache-2.0
package dev.freethread.refcount;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.spi.ReferenceReleaser;
import dev.freethread.objects.spi.RuntimeExtension;

/**
 * Plugs reference counting into every thread's safepoints: the owner merges what other threads queued to it at
 * {@code poll()}, {@code detach()}, {@code attach()} and exit, finishes deallocations an exception left postponed, and
 * does the work it adopted from a thread that died without exiting. Found by {@link java.util.ServiceLoader};
 * stateless.
 */
public final class RefCountExtension implements RuntimeExtension, ReferenceReleaser {
    public RefCountExtension() {
    }

    @Override
    public String role() {
        return "refcount";
    }

    @Override
    public void atSafepoint(ThreadState ts) {
        Merges.drainMergeQueue(ts);
        Merges.finishAdoptedWork(ts);
        DeferredDecrefs.process(ts);
    }

    /** Drops a reference for the objects module (a comparison's result: {@code Compare}). */
    @Override
    public void release(ThreadState ts, PyObject o) {
        RefCount.decref(ts, o);
    }

    /** Still attached, about to detach: pending deferred decrefs go to the Runtime, for others to drop. */
    @Override
    public void beforeDetach(ThreadState ts) {
        DeferredDecrefs.handOff(ts);
    }

    /** Still attached: postponed deallocations an exception interrupted are finished (close() then drains again). */
    @Override
    public void beforeExit(ThreadState ts) {
        Merges.finishAdoptedWork(ts);
        DeferredDecrefs.drainAtExit(ts);
        PerThreadCounts.foldAtExit(ts);
    }
}
