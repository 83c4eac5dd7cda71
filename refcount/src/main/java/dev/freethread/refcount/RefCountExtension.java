package dev.freethread.refcount;

import dev.freethread.objects.ThreadState;
import dev.freethread.objects.spi.RuntimeExtension;

/**
 * Plugs reference counting into every thread's safepoints: the owner merges what other threads queued to it at
 * {@code poll()}, {@code detach()} and exit. Found by {@link java.util.ServiceLoader}; stateless.
 */
public final class RefCountExtension implements RuntimeExtension {
    public RefCountExtension() {
    }

    @Override
    public String role() {
        return "refcount";
    }

    @Override
    public void atSafepoint(ThreadState ts) {
        Merges.drainMergeQueue(ts);
    }

    /** After EXITED is written: drain once more; anything offered later is merged by its producer ([R6]). */
    @Override
    public void atExit(ThreadState ts) {
        Merges.drainMergeQueue(ts);
    }
}
