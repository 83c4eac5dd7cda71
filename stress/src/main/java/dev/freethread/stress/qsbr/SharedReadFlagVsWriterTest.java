// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress.qsbr;

import dev.freethread.dict.PyDict;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.stress.Harness;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * [Q2] A container's first borrowed read races a writer's removal: the reader marks the dict shared-read (under its
 * mutex, without waiting: RefCount.tryEnableSharedReads) while the writer deletes the value whose only reference the
 * dict holds. Either the writer finished its removal first (the reader misses, or reads with a counted reference
 * when it found the writer inside), or the writer sees the mark and defers its reference. Never a value freed under
 * a borrow.
 *
 * <p>Outcome {@code (what the read returned, frees while borrowed, frees at the end)}: {@code 1, 0, 1} and
 * {@code 0, 0, 1} (or {@code 0, 1, 1}: the value already freed, at once or after its grace period) are the two orders; anything else is forbidden (a value freed while borrowed: the mark raced the
 * removal). The reader drains its own deferred decrefs (a read that found the writer inside took a reference and
 * deferred it) before it detaches.
 */
@JCStressTest
@Outcome(id = "1, 0, 1", expect = ACCEPTABLE, desc = "The read came first: the value lives while borrowed.")
@Outcome(id = "0, 0, 1", expect = ACCEPTABLE_INTERESTING, desc = "The removal came first: a miss.")
@Outcome(id = "0, 1, 1", expect = ACCEPTABLE_INTERESTING, desc = "The removal (and the value's free) came first: a miss.")
@Outcome(expect = FORBIDDEN, desc = "A value freed under a borrow, a wrong value, a leak or a double free.")
@State
public class SharedReadFlagVsWriterTest {
    static final Runtime RT = Harness.newRuntime();

    volatile PyDict dict;
    volatile Harness.Counted value;
    volatile boolean readerDone;
    int got;
    int freesWhileBorrowed;

    @Actor
    public void writer() {
        ThreadState ts = Harness.attachedForStops(RT);
        PyDict d = PyDict.create(ts);
        PyStr k = PyStr.of(ts, "k");
        Harness.Counted v = new Harness.Counted(ts, 1);
        d.setItem(ts, k, v);
        RefCount.decref(ts, v); // the dict holds the only reference; nobody has read it borrowed yet
        value = v;
        dict = d;
        for (int i = 0; i < 4; i++) {
            Thread.onSpinWait();
        }
        d.delItem(ts, k); // at once, or deferred if the reader's mark came first
        RefCount.decref(ts, k);
        Harness.pollUntil(ts, () -> readerDone && v.frees() > 0);
        RefCount.decref(ts, d);
        ts.detach();
    }

    @Actor
    public void reader() {
        ThreadState ts = Harness.attachedForStops(RT);
        PyStr k = PyStr.of(ts, "k");
        k.pyHash(ts);
        Harness.pollUntil(ts, () -> dict != null); // polling: an earlier state's writer may wait for our report
        PyObject r = dict.getBorrowed(ts, k); // the dict's first borrowed read
        got = r == null ? 0 : r == value ? 1 : 2;
        freesWhileBorrowed = value.frees();
        readerDone = true;
        RefCount.decref(ts, k);
        Harness.pollUntil(ts, () -> RefCount.deferredDecrefs(ts) == 0);
        ts.detach();
    }

    @Arbiter
    public void arbiter(III_Result r) {
        r.r1 = got;
        r.r2 = freesWhileBorrowed;
        r.r3 = value.frees();
    }
}
