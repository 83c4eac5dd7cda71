// SPDX-License-Identifier: Apache-2.0
package dev.freethread.gc;

import dev.freethread.objects.ThreadState;
import dev.freethread.objects.spi.RuntimeExtension;

/**
 * Plugs the collector into every thread's safepoints (role {@code "gc"}): a thread that has buffered 512 tracked
 * allocations asks for a safepoint, where its count joins the Runtime's and, if the threshold is passed, the
 * collection runs on that thread (CPython's {@code _Py_ScheduleGC} then {@code _Py_RunGC} at the eval breaker).
 * Found by {@link java.util.ServiceLoader}; a Runtime without this module simply never collects cycles. Stateless.
 */
public final class GcExtension implements RuntimeExtension {
    public GcExtension() {
    }

    @Override
    public String role() {
        return "gc";
    }

    @Override
    public void atSafepoint(ThreadState ts) {
        Gc.of(ts.runtime()).atSafepoint(ts);
    }

    @Override
    public void beforeExit(ThreadState ts) {
        Gc.of(ts.runtime()).beforeExit(ts);
    }

    @Override
    public void beforeClose(dev.freethread.objects.Runtime rt) {
        Gc.of(rt).stopCollectorThread();
    }
}
