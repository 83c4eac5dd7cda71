// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuntimeAndThreadStateTest {

    @Test
    void aRuntimeWithoutReferenceCounting_refusesToStart() {
        assertThatThrownBy(() -> Runtime.builder().discoverExtensions(false).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no reference-counting extension found");
    }

    @Test
    void attached_toDetached_toAttached_toExited() {
        NoRefcount ext = new NoRefcount();
        Runtime rt = NoRefcount.runtime(ext);
        ThreadState ts = rt.attachCurrentThread();
        assertThat(ts.status()).isEqualTo(ThreadState.Status.ATTACHED);
        assertThat(rt.currentThreadState()).isSameAs(ts);
        ts.detach();
        assertThat(ts.status()).isEqualTo(ThreadState.Status.DETACHED);
        assertThat(ext.safepoints).as("detach services pending work").isEqualTo(1);
        ts.attach();
        assertThat(ts.isAttached()).isTrue();
        ts.close();
        assertThat(ts.status()).isEqualTo(ThreadState.Status.EXITED);
        assertThat(ext.exits).isEqualTo(1);
        assertThat(rt.threadState(ts.id())).isNull();
        assertThat(rt.currentThreadState()).isNull();
        ts.close(); // idempotent
        assertThat(ext.exits).isEqualTo(1);
        rt.close();
    }

    @Test
    void poll_withNothingPending_doesNotCallTheExtensions() {
        NoRefcount ext = new NoRefcount();
        Runtime rt = NoRefcount.runtime(ext);
        try (ThreadState ts = rt.attachCurrentThread()) {
            for (int i = 0; i < 1000; i++) {
                ts.poll();
            }
            assertThat(ext.safepoints).isZero();
            dev.freethread.objects.internal.ThreadStates.request(ts, dev.freethread.objects.internal.ThreadStates.REQUEST_MERGE);
            ts.poll();
            ts.poll();
            assertThat(ext.safepoints).as("one request, one service").isEqualTo(1);
        }
        rt.close();
    }

    @Test
    void threadIds_areIssuedIncreasing_andNeverReused() {
        Runtime rt = NoRefcount.runtime(new NoRefcount());
        int last = 0;
        for (int i = 0; i < 100; i++) {
            ThreadState ts = rt.attachCurrentThread();
            assertThat(ts.id()).isGreaterThan(last);
            last = ts.id();
            ts.close();
        }
        rt.close();
    }

    @Test
    void misuse_isAClearError() {
        Runtime rt = NoRefcount.runtime(new NoRefcount());
        ThreadState ts = rt.attachCurrentThread();
        assertThatThrownBy(rt::attachCurrentThread).hasMessageContaining("already attached");
        assertThatThrownBy(ts::attach).hasMessageContaining("cannot attach thread state #" + ts.id() + ": it is attached");
        AtomicReference<Throwable> fromOther = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                ts.detach();
            } catch (Throwable e) {
                fromOther.set(e);
            }
        }, "other");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertThat(fromOther.get()).hasMessageContaining("from thread 'other'");
        assertThatThrownBy(rt::close).hasMessageContaining("threads still attached");
        ts.close();
        rt.close();
        assertThatThrownBy(rt::attachCurrentThread).hasMessageContaining("the Runtime is closed");
    }

    @Test
    void badTypeNames_areRejected() {
        assertThatThrownBy(() -> PyType.staticType("", 0)).hasMessageContaining("non-empty name");
        assertThatThrownBy(() -> PyType.staticType(null, 0)).hasMessageContaining("null");
    }

    @Test
    void liveAccounting_countsCreationsPerType_andImmortalsNot() {
        Runtime rt = NoRefcount.runtime(new NoRefcount());
        try (ThreadState ts = rt.attachCurrentThread()) {
            PyStr.of(ts, "a");
            PyStr.of(ts, "b");
            PyInt.of(ts, 1_000_000);
            PyInt.of(ts, 3); // small int: immortal, not counted
            rt.intern("c"); // interned: immortal, not counted
            assertThat(rt.liveObjectsByType()).containsEntry(PyStr.TYPE, 2L).containsEntry(PyInt.TYPE, 1L).hasSize(2);
            assertThat(rt.objectTotals()).containsExactly(3L, 0L);
        }
        // counts of exited threads are kept
        assertThat(rt.liveObjects()).isEqualTo(3);
        rt.close();
    }
}
