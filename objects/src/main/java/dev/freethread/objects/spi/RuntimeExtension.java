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
     * {@code ts}'s own thread from {@code poll()} when a request bit is set, from {@code detach()}, and at exit.
     */
    void atSafepoint(ThreadState ts);

    /**
     * Called on {@code ts}'s own thread after it has been marked exited: the last chance to finish its work.
     * Other threads may still be handing it work; the extension must cope (see {@code docs/refcount.md}, R6).
     */
    void atExit(ThreadState ts);
}
