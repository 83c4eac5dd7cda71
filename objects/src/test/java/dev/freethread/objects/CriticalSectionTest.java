package dev.freethread.objects;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Critical sections: ordering, suspension, nesting. */
class CriticalSectionTest extends WithRuntime {

    @Test
    void nestedSections_AthenB_vs_BthenA_neverDeadlock() throws Exception {
        TestObj a = new TestObj(ts);
        TestObj b = new TestObj(ts);
        Mutators m = new Mutators(rt, 2, (t, i) -> {
            TestObj outer = i == 0 ? a : b;
            TestObj inner = i == 0 ? b : a;
            for (int k = 0; k < 20_000; k++) {
                try (CriticalSection c1 = CriticalSection.of(t, outer)) {
                    try (CriticalSection c2 = CriticalSection.of(t, inner)) {
                        inner.guarded++; // the innermost section's lock is held here
                    }
                }
            }
        });
        m.join(); // a deadlock fails here after 60 s
        assertThat(a.guarded + b.guarded).isEqualTo(40_000);
    }

    @Test
    void twoObjectSections_takeAStableOrder_andExcludeEachOther() throws Exception {
        TestObj a = new TestObj(ts);
        TestObj b = new TestObj(ts);
        Mutators m = new Mutators(rt, 2, (t, i) -> {
            for (int k = 0; k < 20_000; k++) {
                try (CriticalSection c = i == 0 ? CriticalSection.of(t, a, b) : CriticalSection.of(t, b, a)) {
                    a.guarded++;
                    b.guarded++;
                }
            }
        });
        m.join();
        assertThat(a.guarded).isEqualTo(40_000);
        assertThat(b.guarded).isEqualTo(40_000);
    }

    @Test
    void detaching_suspendsTheSections_attaching_resumesTheInnermost() throws Exception {
        TestObj a = new TestObj(ts);
        try (CriticalSection c = CriticalSection.of(ts, a)) {
            assertThat(PyMutex.isLocked(a)).isTrue();
            ts.detach();
            assertThat(PyMutex.isLocked(a)).as("released while detached").isFalse();
            CountDownLatch took = new CountDownLatch(1);
            Mutators other = new Mutators(rt, 1, (t, i) -> {
                try (CriticalSection c2 = CriticalSection.of(t, a)) {
                    a.guarded++;
                    took.countDown();
                }
            });
            took.await();
            other.join();
            ts.attach();
            assertThat(PyMutex.isLocked(a)).as("re-acquired on attach").isTrue();
            assertThat(CriticalSection.isHeld(ts)).isTrue();
        }
        assertThat(PyMutex.isLocked(a)).isFalse();
        assertThat(a.guarded).isEqualTo(1);
    }

    @Test
    void anOuterSection_isResumedWhenTheInnerOneEnds() throws Exception {
        TestObj a = new TestObj(ts);
        TestObj b = new TestObj(ts);
        try (CriticalSection outer = CriticalSection.of(ts, a)) {
            try (CriticalSection inner = CriticalSection.of(ts, b)) {
                ts.detach();
                ts.attach();
                assertThat(PyMutex.isLocked(b)).isTrue();
                assertThat(PyMutex.isLocked(a)).as("outer stays suspended while the inner runs").isFalse();
            }
            assertThat(PyMutex.isLocked(a)).as("outer resumed when the inner ended").isTrue();
        }
        assertThat(PyMutex.isLocked(a)).isFalse();
    }

    @Test
    void aSectionOnAnObjectTheInnermostHolds_isANoOp() {
        // CPython: nested Py_BEGIN_CRITICAL_SECTION on the same object does not deadlock.
        TestObj a = new TestObj(ts);
        try (CriticalSection c1 = CriticalSection.of(ts, a)) {
            try (CriticalSection c2 = CriticalSection.of(ts, a)) {
                assertThat(PyMutex.isLocked(a)).isTrue();
            }
            assertThat(PyMutex.isLocked(a)).as("still held by the outer section").isTrue();
        }
        assertThat(PyMutex.isLocked(a)).isFalse();
    }

    @Test
    void sectionsEndInnermostFirst_andExitInsideOneIsRefused() {
        TestObj a = new TestObj(ts);
        TestObj b = new TestObj(ts);
        CriticalSection outer = CriticalSection.of(ts, a);
        CriticalSection inner = CriticalSection.of(ts, b);
        assertThatThrownBy(outer::close).hasMessageContaining("innermost first");
        assertThatThrownBy(ts::close).hasMessageContaining("inside a critical section");
        inner.close();
        outer.close();
        assertThat(PyMutex.isLocked(a) || PyMutex.isLocked(b)).isFalse();
    }

    @Test
    void blockingOnAnotherMutex_releasesTheSectionsHeld() throws Exception {
        TestObj a = new TestObj(ts);
        TestObj lockHeldElsewhere = new TestObj(ts);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean sawAFree = new AtomicBoolean();
        Mutators holder = new Mutators(rt, 1, (t, i) -> {
            PyMutex.lock(t, lockHeldElsewhere);
            holding.countDown();
            release.await();
            // while the main thread blocks on our lock inside its section on a, a must be free
            sawAFree.set(PyMutex.tryLock(a));
            if (sawAFree.get()) {
                PyMutex.unlock(t, a);
            }
            PyMutex.unlock(t, lockHeldElsewhere);
        });
        holding.await();
        try (CriticalSection c = CriticalSection.of(ts, a)) {
            Thread helper = new Thread(() -> {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
                release.countDown();
            });
            helper.start();
            PyMutex.lock(ts, lockHeldElsewhere); // blocks: suspends the section on a
            assertThat(PyMutex.isLocked(a)).as("section resumed after the wait").isTrue();
            PyMutex.unlock(ts, lockHeldElsewhere);
            helper.join();
        }
        holder.join();
        assertThat(sawAFree).isTrue();
    }
}
