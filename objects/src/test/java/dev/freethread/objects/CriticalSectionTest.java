// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import dev.freethread.objects.internal.Header;
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
    void heldBy_countsBareMutexesOnly_andASectionsCloseLeavesTheBareCountAlone() {
        TestObj a = new TestObj(ts);
        TestObj b = new TestObj(ts);
        try (CriticalSection c = CriticalSection.of(ts, a)) {
            assertThat(PyMutex.heldBy(ts)).as("a section's mutex is its record's, not counted").isZero();
            PyMutex.lock(ts, b);
            assertThat(PyMutex.heldBy(ts)).isEqualTo(1);
            try (CriticalSection inner = CriticalSection.of(ts, a, new TestObj(ts))) {
                assertThat(PyMutex.heldBy(ts)).isEqualTo(1);
            }
            assertThat(PyMutex.heldBy(ts)).isEqualTo(1);
            PyMutex.unlock(ts, b);
            assertThat(PyMutex.heldBy(ts)).isZero();
            assertThat(PyMutex.isLocked(a)).isTrue();
        }
        assertThat(PyMutex.isLocked(a)).isFalse();
        assertThat(PyMutex.tryLock(ts, a)).isTrue();
        assertThat(PyMutex.heldBy(ts)).as("tryLock is a bare lock").isEqualTo(1);
        PyMutex.unlock(ts, a);
        assertThat(PyMutex.heldBy(ts)).isZero();
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

    // ---- reused records (issue 16): a section allocates nothing outside debug mode; the same rules hold

    @Test
    void recordsAreReusedByDepth_outsideDebugMode_freshInDebugMode() {
        TestObj a = new TestObj(ts);
        TestObj b = new TestObj(ts);
        CriticalSection first;
        CriticalSection firstInner;
        try (CriticalSection c = CriticalSection.of(ts, a)) {
            first = c;
            try (CriticalSection inner = CriticalSection.of(ts, b)) {
                firstInner = inner;
            }
        }
        try (CriticalSection c = CriticalSection.of(ts, b)) {
            try (CriticalSection inner = CriticalSection.of(ts, a)) {
                if (dev.freethread.objects.internal.Debug.ENABLED) {
                    assertThat(c).isNotSameAs(first);
                    assertThat(inner).isNotSameAs(firstInner);
                } else {
                    assertThat(c).as("depth 0's record, reused").isSameAs(first);
                    assertThat(inner).as("depth 1's record, reused").isSameAs(firstInner);
                }
                assertThat(PyMutex.isLocked(a)).isTrue();
                assertThat(PyMutex.isLocked(b)).isTrue();
            }
            assertThat(PyMutex.isLocked(a)).as("the reused inner record released its own object").isFalse();
            assertThat(PyMutex.isLocked(b)).isTrue();
        }
        assertThat(PyMutex.isLocked(a) || PyMutex.isLocked(b)).isFalse();
    }

    /** Deeper than the first array of records (8), with suspension and resumption at every depth, twice over. */
    @Test
    void deepNesting_withSuspensionAtEveryDepth_reusesRecordsCorrectly() {
        int depth = 20;
        TestObj[] objs = new TestObj[depth];
        for (int i = 0; i < depth; i++) {
            objs[i] = new TestObj(ts);
        }
        for (int round = 0; round < 2; round++) {
            nest(objs, 0);
            for (TestObj o : objs) {
                assertThat(PyMutex.isLocked(o)).as("round %d: every section released", round).isFalse();
            }
        }
        assertThat(CriticalSection.isHeld(ts)).isFalse();
    }

    private void nest(TestObj[] objs, int i) {
        if (i == objs.length) {
            return;
        }
        try (CriticalSection c = CriticalSection.of(ts, objs[i])) {
            // A same-object section inside (a no-op record at depth i+1) and a detach: everything held is suspended,
            // the innermost resumed on attach.
            try (CriticalSection again = CriticalSection.of(ts, objs[i])) {
                ts.detach();
                ts.attach();
                assertThat(PyMutex.isLocked(objs[i])).as("depth %d resumed", i).isTrue();
                if (i > 0) {
                    assertThat(PyMutex.isLocked(objs[i - 1])).as("depth %d stays suspended", i - 1).isFalse();
                }
            }
            nest(objs, i + 1);
            assertThat(PyMutex.isLocked(objs[i])).as("depth %d resumed when the inner ones ended", i).isTrue();
            objs[i].guarded++;
        }
    }

    @Test
    void aSecondClose_inDebugModeThrows_otherwiseIsQuietWhileTheRecordIsUnused() {
        TestObj a = new TestObj(ts);
        CriticalSection c = CriticalSection.of(ts, a);
        c.close();
        if (dev.freethread.objects.internal.Debug.ENABLED) {
            assertThatThrownBy(c::close).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed twice");
        } else {
            c.close(); // unused since: nothing happens
        }
        assertThat(PyMutex.isLocked(a)).isFalse();
        try (CriticalSection again = CriticalSection.of(ts, a)) {
            assertThat(PyMutex.isLocked(a)).isTrue();
        }
        assertThat(PyMutex.isLocked(a)).isFalse();
    }

    /** Two threads, reused records at depths 0 and 1, with contention on both objects (suspension by parking). */
    @Test
    void contendedNestedSections_withReusedRecords_excludeEachOther() throws Exception {
        TestObj a = new TestObj(ts);
        TestObj b = new TestObj(ts);
        Mutators m = new Mutators(rt, 3, (t, i) -> {
            for (int k = 0; k < 20_000; k++) {
                try (CriticalSection c1 = CriticalSection.of(t, (k + i) % 2 == 0 ? a : b)) {
                    try (CriticalSection c2 = CriticalSection.of(t, a, b)) {
                        a.guarded++;
                        b.guarded++;
                    }
                }
            }
        });
        m.join();
        assertThat(a.guarded).isEqualTo(60_000);
        assertThat(b.guarded).isEqualTo(60_000);
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
            sawAFree.set(PyMutex.tryLock(t, a));
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

    /**
     * Issue 11, defect 4 ([M4]): thread A, inside a section on x, blocks on the bare mutex of l (held by D), which
     * suspends its section; thread C then takes a two-object section on (x, l), x first, and waits for l. D unlocks
     * after more than a millisecond, so l is handed off to A. Resuming A's section now, blocking on x while holding
     * l, deadlocked with C (which holds x and waits for l). A must not block on x while it holds l.
     */
    @Test
    @org.junit.jupiter.api.Timeout(120)
    void bareMutexAcquiredWhileSuspended_neverResumesTheSectionBlocking() throws Exception {
        TestObj x = new TestObj(ts);
        TestObj l = new TestObj(ts);
        if (System.identityHashCode(x) > System.identityHashCode(l)) { // C's pair must take x first
            TestObj t = x;
            x = l;
            l = t;
        }
        TestObj fx = x;
        TestObj fl = l;
        CountDownLatch dHolds = new CountDownLatch(1);
        CountDownLatch aParked = new CountDownLatch(1);
        CountDownLatch cWaits = new CountDownLatch(1);
        AtomicBoolean sectionHeldAfterUnlock = new AtomicBoolean();
        Mutators d = new Mutators(rt, 1, (t, i) -> {
            PyMutex.lock(t, fl);
            dHolds.countDown();
            t.detach();
            aParked.await();
            cWaits.await();
            Thread.sleep(20); // both waiters have waited > 1 ms: the unlock hands l to the first, A
            t.attach();
            PyMutex.unlock(t, fl);
        });
        dHolds.await();
        Mutators a = new Mutators(rt, 1, (t, i) -> {
            try (CriticalSection cs = CriticalSection.of(t, fx)) {
                Thread watcher = new Thread(() -> {
                    while (PyMutex.isLocked(fx) || Header.mutexVolatile(fl) != (PyMutex.LOCKED | PyMutex.HAS_PARKED)) {
                        Thread.onSpinWait(); // wait until A has released x (suspended) and parked on l
                    }
                    aParked.countDown();
                });
                watcher.start();
                PyMutex.lock(t, fl);
                fl.guarded++;
                PyMutex.unlock(t, fl);
                sectionHeldAfterUnlock.set(CriticalSection.isHeld(t) && PyMutex.isLocked(fx));
                fx.guarded++;
                watcher.join();
            }
        });
        Mutators c = new Mutators(rt, 1, (t, i) -> {
            aParked.await();
            Thread pokes = new Thread(() -> {
                while (Header.mutexVolatile(fl) != (PyMutex.LOCKED | PyMutex.HAS_PARKED) || !PyMutex.isLocked(fx)) {
                    Thread.onSpinWait();
                }
                try {
                    Thread.sleep(5); // C holds x and is parked (or about to park) on l
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                cWaits.countDown();
            });
            pokes.start();
            try (CriticalSection cs = CriticalSection.of(t, fx, fl)) {
                fx.guarded++;
                fl.guarded++;
            }
            pokes.join();
        });
        ts.detach();
        try {
            d.join();
            a.join(); // a deadlock fails here after 60 s
            c.join();
        } finally {
            ts.attach();
        }
        assertThat(fx.guarded).isEqualTo(2);
        assertThat(fl.guarded).isEqualTo(2);
        assertThat(sectionHeldAfterUnlock).as("the section is held again once the bare mutex is released").isTrue();
    }

    /** [M4] without contention: a section resumed while a bare mutex is held, when its mutex is free, at once. */
    @Test
    void resumeWhileHoldingABareMutex_takesTheSectionAtOnceWhenFree() throws Exception {
        TestObj x = new TestObj(ts);
        TestObj l = new TestObj(ts);
        try (CriticalSection cs = CriticalSection.of(ts, x)) {
            ts.detach(); // suspends the section
            ts.attach(); // resumes it (no bare mutex held)
            assertThat(PyMutex.isLocked(x)).isTrue();
            PyMutex.lock(ts, l);
            ts.detach();
            assertThat(PyMutex.isLocked(x)).isFalse();
            ts.attach(); // holding l: resumed only because x is free (tryLock)
            assertThat(PyMutex.isLocked(x)).isTrue();
            PyMutex.unlock(ts, l);
        }
        assertThat(PyMutex.isLocked(x) || PyMutex.isLocked(l)).isFalse();
    }

    /** Comparing self-recursive containers opens a section on the same pair inside itself: a no-op, as CPython. */
    @Test
    void theSamePairInsideItself_isANoOp() {
        TestObj a = new TestObj(ts);
        TestObj b = new TestObj(ts);
        try (CriticalSection outer = CriticalSection.of(ts, a, b)) {
            try (CriticalSection inner = CriticalSection.of(ts, b, a)) {
                assertThat(PyMutex.isLocked(a) && PyMutex.isLocked(b)).isTrue();
            }
            assertThat(PyMutex.isLocked(a) && PyMutex.isLocked(b)).as("still held by the outer section").isTrue();
        }
        assertThat(PyMutex.isLocked(a) || PyMutex.isLocked(b)).isFalse();
    }

    /**
     * Hazard (issue 11): two objects whose identity hashes collide have no stable order; the first version took one,
     * tried the other and swapped, which could livelock without ever reaching a safepoint. Now such pairs are taken
     * under the Runtime's tie-breaker mutex. Two threads take the pair in opposite orders while a third stops the
     * world again and again: every round completes and every stop completes.
     */
    @Test
    @org.junit.jupiter.api.Timeout(120)
    void pairsWithEqualIdentityHashes_excludeEachOther_andLetStopsThrough() throws Exception {
        TestObj[] pair = collidingPair();
        TestObj a = pair[0];
        TestObj b = pair[1];
        Mutators m = new Mutators(rt, 2, (t, i) -> {
            for (int k = 0; k < 20_000; k++) {
                try (CriticalSection c = i == 0 ? CriticalSection.of(t, a, b) : CriticalSection.of(t, b, a)) {
                    a.guarded++;
                    b.guarded++;
                }
                t.poll();
            }
        });
        m.awaitAttached();
        for (int k = 0; k < 200; k++) { // each stop must complete: nobody spins without reaching a safepoint
            rt.stopTheWorld(ts);
            rt.startTheWorld(ts);
        }
        m.joinDetached(ts);
        assertThat(a.guarded).isEqualTo(40_000);
        assertThat(b.guarded).isEqualTo(40_000);
        assertThat(PyMutex.isLocked(rt.pairTieBreaker())).isFalse();
    }

    private TestObj[] collidingPair() {
        java.util.HashMap<Integer, TestObj> seen = new java.util.HashMap<>();
        for (int i = 0; i < 5_000_000; i++) {
            TestObj o = new TestObj(ts);
            TestObj prev = seen.put(System.identityHashCode(o), o);
            if (prev != null) {
                return new TestObj[] {prev, o};
            }
        }
        throw new AssertionError("no identity-hash collision among 5,000,000 objects");
    }
}
