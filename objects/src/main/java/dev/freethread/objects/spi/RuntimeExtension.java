// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects.spi;

import dev.freethread.objects.ThreadState;

/**
 * A toolkit module's hooks into every thread's safepoints, found with {@link java.util.ServiceLoader} when a
 * {@link dev.freethread.objects.Runtime} is built (module {@code provides}, or {@code META-INF/services} on the
 * class path). Implementations are stateless: per-thread state lives in the thread state.
 */
public interface RuntimeExtension {
    /** The role this extension fills; a Runtime refuses to start without the {@code "refcount"} role. */
    String role();

    /**
     * Services pending work of the thread {@code ts} (its merge queue, for reference counting). Called on
     * {@code ts}'s own thread, attached, from {@code poll()} when a request bit is set, from {@code detach()}, from
     * {@code attach()}, and while it exits.
     */
    void atSafepoint(ThreadState ts);

    /**
     * Called on {@code ts}'s own thread, still attached, while it exits ({@code close()}): finish every piece of work
     * that may touch a reference count (deferred deallocations, flushed counters). It may run user code (finalizers),
     * which may block, detach, collect or hand objects to other threads. {@code close()} calls it, with
     * {@link #atSafepoint}, again and again until the thread's merge queue is drained and its merge gate closed; after
     * that the thread never touches a count again (docs/refcount.md, "Lifetime edges", and [R6]).
     */
    void beforeExit(ThreadState ts);

    /**
     * Called on {@code ts}'s own thread by {@code detach()}, after servicing and still attached: hand over work that
     * would otherwise wait while the thread is detached (refcount gives its pending deferred decrefs to the Runtime,
     * for the other threads' safepoints to drop). May not block. The default does nothing.
     */
    default void beforeDetach(ThreadState ts) {
    }

    /**
     * Called by {@link dev.freethread.objects.Runtime#close()} before it checks that every thread has exited, on the
     * closing thread: stop and join the threads this extension owns (gc's collector thread). The default does nothing.
     */
    default void beforeClose(dev.freethread.objects.Runtime rt) {
    }
}
