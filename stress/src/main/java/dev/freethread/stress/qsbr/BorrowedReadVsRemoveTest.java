// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress.qsbr;

import dev.freethread.dict.PyDict;
import dev.freethread.list.PyList;
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
 * [Q1] A borrowed read races the removal that drops the container's last reference to the object it reads.
 *
 * <p>The writer builds a shared-read container (its own first borrowed read marks it) holding the only reference to a
 * value, publishes it and removes the value: the removal's reference is deferred (refcount's DeferredDecrefs). The
 * reader, on another thread, reads the value borrowed (no reference taken) and looks at it while the borrow is valid:
 * it must not be freed yet, whichever came first. Then the reader detaches (a safepoint), and the writer polls until
 * the grace period ends and the deferred reference is dropped: freed exactly once.
 *
 * <p>Outcome {@code (what the read returned, frees of the value while borrowed, frees at the end)}:
 * <ul>
 *   <li>{@code 1, 0, 1}: the read came first (or found the value before its removal): alive while borrowed;</li>
 *   <li>{@code 0, 0, 1}: the removal came first: a miss; {@code 0, 1, 1}: the removal and its grace period came
 *       first (the reader was still offline, so the writer did not wait for it): a miss, nothing was borrowed;</li>
 *   <li>anything else is forbidden: a value freed under a borrow ({@code 1, 1, _}: the writer's decref not deferred),
 *       a wrong object, a leak or a double free.</li>
 * </ul>
 * Actors detach at the end of each body ({@link Harness#attachedForStops}), and poll while they wait for another
 * actor before their borrow: a thread that sits attached without polling (in jcstress's code between states, or
 * waiting for the next state's writer while the previous state's writer waits for its report) would hold every grace
 * period up, as any attached thread that never polls does.
 */
public final class BorrowedReadVsRemoveTest {
    private BorrowedReadVsRemoveTest() {}

    /** The dict: {@code getBorrowed} against {@code delItem}. */
    @JCStressTest
    @Outcome(id = "1, 0, 1", expect = ACCEPTABLE, desc = "The read came first: the value lives while borrowed.")
    @Outcome(id = "0, 0, 1", expect = ACCEPTABLE_INTERESTING, desc = "The removal came first: a miss.")
    @Outcome(id = "0, 1, 1", expect = ACCEPTABLE_INTERESTING,
            desc = "The removal and its grace period came first (the reader was offline): a miss, nothing borrowed.")
    @Outcome(expect = FORBIDDEN, desc = "A value freed under a borrow, a wrong value, a leak or a double free.")
    @State
    public static class Dict {
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
            RefCount.decref(ts, v); // the dict holds the only reference
            d.getBorrowed(ts, k); // shared-read from now on
            value = v;
            dict = d;
            for (int i = 0; i < 4; i++) {
                Thread.onSpinWait(); // let the reader's read overlap the removal
            }
            d.delItem(ts, k); // deferred: the reader may hold the value borrowed
            RefCount.decref(ts, k);
            Harness.pollUntil(ts, () -> readerDone && v.frees() > 0);
            RefCount.decref(ts, d);
            ts.detach();
        }

        @Actor
        public void reader() {
            ThreadState ts = Harness.attachedForStops(RT);
            PyStr k = PyStr.of(ts, "k");
            k.pyHash(ts); // cached: the read starts as soon as the dict is published
            Harness.pollUntil(ts, () -> dict != null); // polling: an earlier state's writer may wait for our report
            PyObject r = dict.getBorrowed(ts, k);
            got = r == null ? 0 : r == value ? 1 : 2;
            freesWhileBorrowed = value.frees(); // the borrow is still valid here: no safepoint since the read
            readerDone = true;
            RefCount.decref(ts, k);
            ts.detach(); // the safepoint that ends the borrow
        }

        @Arbiter
        public void arbiter(III_Result r) {
            r.r1 = got;
            r.r2 = freesWhileBorrowed;
            r.r3 = value.frees();
        }
    }

    /** The list: {@code getItemBorrowed} against {@code pop} of the item, whose popped reference is dropped at once. */
    @JCStressTest
    @Outcome(id = "1, 0, 1", expect = ACCEPTABLE, desc = "The read came first: the item lives while borrowed.")
    @Outcome(id = "0, 0, 1", expect = ACCEPTABLE_INTERESTING, desc = "The pop came first: out of range.")
    @Outcome(id = "0, 1, 1", expect = ACCEPTABLE_INTERESTING,
            desc = "The pop and its grace period came first (the reader was offline): out of range, nothing borrowed.")
    @Outcome(expect = FORBIDDEN, desc = "An item freed under a borrow, a wrong item, a leak or a double free.")
    @State
    public static class List {
        static final Runtime RT = Harness.newRuntime();

        volatile PyList list;
        volatile Harness.Counted value;
        volatile boolean readerDone;
        int got;
        int freesWhileBorrowed;

        @Actor
        public void writer() {
            ThreadState ts = Harness.attachedForStops(RT);
            PyList l = PyList.create(ts);
            Harness.Counted v = new Harness.Counted(ts, 1);
            l.append(ts, v);
            RefCount.decref(ts, v);
            l.getItemBorrowed(ts, 0); // shared-read from now on
            value = v;
            list = l;
            for (int i = 0; i < 4; i++) {
                Thread.onSpinWait();
            }
            RefCount.decref(ts, l.pop(ts)); // the caller's reference dropped at once; the list's is deferred
            Harness.pollUntil(ts, () -> readerDone && v.frees() > 0);
            RefCount.decref(ts, l);
            ts.detach();
        }

        @Actor
        public void reader() {
            ThreadState ts = Harness.attachedForStops(RT);
            Harness.pollUntil(ts, () -> list != null); // polling: an earlier state's writer may wait for our report
            PyObject r;
            try {
                r = list.getItemBorrowed(ts, 0);
            } catch (dev.freethread.objects.PyException e) {
                r = null; // IndexError: the pop came first
            }
            got = r == null ? 0 : r == value ? 1 : 2;
            freesWhileBorrowed = value.frees();
            readerDone = true;
            ts.detach();
        }

        @Arbiter
        public void arbiter(III_Result r) {
            r.r1 = got;
            r.r2 = freesWhileBorrowed;
            r.r3 = value.frees();
        }
    }
}
