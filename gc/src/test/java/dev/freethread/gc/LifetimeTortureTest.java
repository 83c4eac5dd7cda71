// SPDX-License-Identifier: Apache-2.0
package dev.freethread.gc;

import dev.freethread.objects.CriticalSection;
import dev.freethread.objects.PyMutex;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.RcScheme;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.PyWeakRef;
import dev.freethread.refcount.RefCount;
import dev.freethread.testkit.TestNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifetime torture test (issue 11; docs/refcount.md, "Lifetime edges"): seeded mutators build and drop structures
 * that cross the deallocation nesting limit at every offset, with finalizers that are empty, resurrect, raise, make
 * new cycles, call {@code gc.collect()}, block on a contended mutex and detach; weak references with callbacks; objects
 * handed to other threads (foreign decrements, queued merges, merges after the owner exited); threads that exit while
 * objects they own are queued to them or still being freed elsewhere; and a collector thread that collects back to back
 * beside automatic collections, choosing the concurrent or the stop-the-world collector at random for each collection,
 * with delays injected between the concurrent collector's phases; in gc's tests every concurrent collection checks its
 * verdict against the stop-the-world analysis (oracle mode). Debug mode (the tests' default), both schemes.
 *
 * <p>What it checks: no misuse is reported anywhere (a second deallocation throws at its source in debug mode; the
 * unraisable hook sees nothing but the finalizers' own deliberate errors); at the end, after every thread has exited and
 * collections reach a fixpoint, every object the test created is freed, and the Runtime's frees equal its creations,
 * so each object was deallocated exactly once; the live count is zero.
 *
 * <p>CI runs a bounded pass ({@code freethread.torture.seconds}, default 12 per scheme). The long mode is one command:
 * {@code ./mvnw -pl gc -am test -Dtest=LifetimeTortureTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfreethread.torture.seconds=900} (900 s per scheme: 30 minutes in all). {@code -Dfreethread.seed=N} replays the
 * structural choices of a failed run (thread interleavings are the machine's).
 */
class LifetimeTortureTest {
    private static final long SECONDS = Long.getLong("freethread.torture.seconds", 12);
    private static final long SEED = Long.getLong("freethread.seed", System.nanoTime());
    private static final int MUTATORS = 3;

    /** What a node's finalizer does. */
    enum Fin { EMPTY, RESURRECT, RAISE, MAKE_CYCLE, COLLECT, BLOCK, DETACH }

    /** The deliberate error of a RAISE finalizer (the only error the unraisable hook may see). */
    static final class TortureError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TortureError() {
            super("deliberate", null, false, false);
        }
    }

    /** Shared by every node of one run. */
    static final class World {
        final Runtime rt;
        final Gc gc;
        final PyObject gate; // an immortal object whose mutex blocking finalizers take
        final ConcurrentLinkedQueue<PyObject> resurrected = new ConcurrentLinkedQueue<>(); // references to release
        final ConcurrentLinkedQueue<PyObject> exchange = new ConcurrentLinkedQueue<>(); // references to hand over
        /** Every node not yet seen freed (freed ones are dropped now and then, to bound the long mode's memory). */
        final List<TortureNode> created = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong createdCount = new AtomicLong();
        final AtomicLong finalizers = new AtomicLong();
        final AtomicLong callbacks = new AtomicLong();
        final AtomicLong collections = new AtomicLong();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        /** Issue 14: the containers read borrowed (set by the main thread before the mutators start). */
        SharedSlots[] shared;
        final AtomicLong borrowedReads = new AtomicLong();
        /** E18: kept borrowed references promoted by a thread's BorrowedReferences hook. */
        final AtomicLong promotions = new AtomicLong();
        final AtomicLong perThreadNodes = new AtomicLong();

        World(Runtime rt, PyObject gate) {
            this.rt = rt;
            this.gc = Gc.of(rt);
            this.gate = gate;
        }

        void fail(Throwable t) {
            failure.compareAndSet(null, t);
        }
    }

    /**
     * Issue 14's edges: a binding container read with borrowed reads (no reference taken) while other threads replace
     * its slots. Writers replace a slot under the container's section and release the old object through
     * {@code RefCount.releaseRemoved}, which defers it once the container is shared-read (E11); readers mark it
     * without waiting ({@code tryEnableSharedReads}) and read a slot borrowed: the object must not be freed before the
     * reader's next safepoint, whatever finalizer its deferred drop runs.
     */
    static final class SharedSlots extends PyObject {
        static final PyType TYPE = PyType.staticType("TortureSharedSlots", PyType.FLAG_GC);
        final java.util.concurrent.atomic.AtomicReferenceArray<PyObject> slots =
                new java.util.concurrent.atomic.AtomicReferenceArray<>(8);

        SharedSlots(ThreadState ts) {
            super(TYPE, ts);
        }

        @Override
        public void traverse(ReferenceVisitor visitor) {
            for (int i = 0; i < slots.length(); i++) {
                PyObject o = slots.get(i);
                if (o != null) {
                    visitor.visit(o);
                }
            }
        }

        @Override
        public void clearReferences(ReferenceVisitor visitor) {
            for (int i = 0; i < slots.length(); i++) {
                PyObject o = slots.getAndSet(i, null);
                if (o != null) {
                    visitor.visit(o);
                }
            }
        }
    }

    /** The test's node: a few reference slots and an optional finalizer behaviour. */
    static final class TortureNode extends PyObject {
        static final PyType PLAIN = PyType.staticType("TortureNode", PyType.FLAG_GC);
        static final PyType FINAL = PyType.staticType("FinalizingTortureNode", PyType.FLAG_GC | PyType.FLAG_HAS_FINALIZER);

        final PyObject[] slots;
        final Fin fin;
        final World w;

        TortureNode(ThreadState ts, World w, int slots, Fin fin) {
            super(fin == null ? PLAIN : FINAL, ts);
            this.slots = new PyObject[slots];
            this.fin = fin;
            this.w = w;
            w.created.add(this);
            w.createdCount.incrementAndGet();
        }

        void setStealing(ThreadState ts, int i, PyObject v) {
            PyObject old = slots[i];
            slots[i] = v;
            RefCount.xdecref(ts, old);
        }

        @Override
        public void traverse(ReferenceVisitor visitor) {
            for (PyObject s : slots) {
                if (s != null) {
                    visitor.visit(s);
                }
            }
        }

        @Override
        public void clearReferences(ReferenceVisitor visitor) {
            for (int i = 0; i < slots.length; i++) {
                PyObject s = slots[i];
                if (s != null) {
                    slots[i] = null;
                    visitor.visit(s);
                }
            }
        }

        @Override
        public void finalizeObject(ThreadState ts) {
            w.finalizers.incrementAndGet();
            switch (fin) {
                case EMPTY:
                    return;
                case RESURRECT:
                    w.resurrected.add(RefCount.newRef(ts, this));
                    return;
                case RAISE:
                    throw new TortureError();
                case MAKE_CYCLE: {
                    TortureNode a = new TortureNode(ts, w, 1, null);
                    TortureNode b = new TortureNode(ts, w, 1, Fin.EMPTY);
                    a.setStealing(ts, 0, RefCount.newRef(ts, b));
                    b.setStealing(ts, 0, a); // a's creation reference
                    RefCount.decref(ts, b); // garbage now: a cycle for the collector
                    return;
                }
                case COLLECT:
                    w.gc.collect(ts);
                    return;
                case BLOCK:
                    PyMutex.lock(ts, w.gate); // contended: other threads hold it for a while
                    PyMutex.unlock(ts, w.gate);
                    return;
                case DETACH:
                    ts.detach();
                    Thread.yield();
                    ts.attach();
                    return;
                default:
                    throw new AssertionError(fin);
            }
        }

        @Override
        public String repr() {
            return "<TortureNode " + (fin == null ? "" : fin.name().toLowerCase()) + ">";
        }
    }

    /** One mutator thread's choices. */
    static final class Mutator {
        final World w;
        final ThreadState ts;
        final SplittableRandom rnd;
        final List<PyWeakRef> weakrefs = new ArrayList<>();

        /**
         * E18: one reference read borrowed and kept across rounds (their polls, finalizers, blocking, collections), as
         * an interpreter keeps a loop variable: uncounted while {@link #keptBorrowed}; the thread's
         * BorrowedReferences hook increfs it before any quiescent state, after which this mutator owns it.
         */
        PyObject kept;
        boolean keptBorrowed;

        Mutator(World w, ThreadState ts, long seed) {
            this.w = w;
            this.ts = ts;
            this.rnd = new SplittableRandom(seed);
            ts.setBorrowedReferences(t -> {
                if (keptBorrowed) {
                    keptBorrowed = false;
                    RefCount.incref(t, kept);
                    w.promotions.incrementAndGet();
                }
            });
        }

        /** Keeps {@code o} (just read borrowed) in place of the kept one, which is dropped if this mutator owns it. */
        void keepBorrowed(PyObject o) {
            checkKept();
            PyObject old = kept;
            boolean oldBorrowed = keptBorrowed;
            kept = o;
            keptBorrowed = true; // before the decref below, which may reach a safepoint
            if (old != null && !oldBorrowed) {
                RefCount.decref(ts, old);
            }
        }

        void checkKept() {
            if (kept != null && RefCount.isFreed(kept)) {
                w.fail(new AssertionError("a kept borrowed reference was freed (E18): " + kept.repr()));
            }
        }

        Fin someFin() {
            int r = rnd.nextInt(100);
            if (r < 40) {
                return null;
            }
            if (r < 60) {
                return Fin.EMPTY;
            }
            if (r < 70) {
                return Fin.RESURRECT;
            }
            if (r < 78) {
                return Fin.RAISE;
            }
            if (r < 86) {
                return Fin.MAKE_CYCLE;
            }
            if (r < 87) {
                return Fin.COLLECT;
            }
            if (r < 93) {
                return Fin.BLOCK;
            }
            return Fin.DETACH;
        }

        TortureNode node(int slots, Fin fin) {
            TortureNode n = new TortureNode(ts, w, slots, fin);
            if (rnd.nextInt(200) == 0) {
                RefCount.makePerThread(ts, n); // E13: counted per thread; only a collection frees it
                w.perThreadNodes.incrementAndGet();
            }
            if (rnd.nextInt(10) == 0) {
                weakrefs.add(PyWeakRef.of(ts, n, (t, wr) -> {
                    if (w.callbacks.incrementAndGet() % 50 == 0) {
                        w.gc.collect(t); // a callback that collects (it may run on any thread)
                    }
                }));
            }
            return n;
        }

        /** A chain of {@code length} nodes whose node at {@code finAt} (and maybe others) has a finalizer. */
        TortureNode chain(int length, int finAt, Fin fin) {
            TortureNode head = node(1, finAt == 0 ? fin : null);
            TortureNode cur = head;
            for (int i = 1; i < length; i++) {
                TortureNode next = node(rnd.nextInt(3) == 0 ? 2 : 1, i == finAt ? fin : (rnd.nextInt(7) == 0 ? someFin() : null));
                cur.setStealing(ts, 0, next);
                cur = next;
            }
            return head;
        }

        /** A chain of 49, then a wide node: its children are postponed together when it is freed at depth 50. */
        TortureNode wide() {
            TortureNode head = chain(49, -1, null);
            TortureNode cur = head;
            while (cur.slots[0] != null) {
                cur = (TortureNode) cur.slots[0];
            }
            int k = 2 + rnd.nextInt(5);
            TortureNode w = node(k, someFin());
            for (int i = 0; i < k; i++) {
                w.setStealing(ts, i, rnd.nextBoolean() ? node(rnd.nextInt(2), someFin()) : chain(2 + rnd.nextInt(60), rnd.nextInt(60), someFin()));
            }
            cur.setStealing(ts, 0, w);
            return head;
        }

        /** A garbage cycle of 2-5 nodes (the caller gets one extra reference to a member). */
        TortureNode cycle() {
            int n = 2 + rnd.nextInt(4);
            TortureNode first = node(2, someFin());
            TortureNode cur = first;
            for (int i = 1; i < n; i++) {
                TortureNode next = node(2, someFin());
                cur.setStealing(ts, 0, next);
                cur = next;
            }
            cur.setStealing(ts, 0, RefCount.newRef(ts, first));
            return first;
        }

        void round(int r) {
            TortureNode root;
            int shape = rnd.nextInt(10);
            if (r < 12) {
                // Every offset around the nesting limit, with the finalizer at each of the last positions.
                root = chain(44 + r, 44 + r - 1 - rnd.nextInt(6), someFinOrEmpty());
            } else if (shape < 4) {
                int len = 40 + rnd.nextInt(25);
                root = chain(len, rnd.nextInt(len), someFinOrEmpty());
            } else if (shape < 6) {
                root = wide();
            } else if (shape < 8) {
                root = cycle();
            } else if (shape < 9) {
                root = chain(500 + rnd.nextInt(2000), rnd.nextInt(500), someFinOrEmpty());
            } else {
                root = node(0, someFin());
            }
            if (rnd.nextInt(3) == 0) {
                w.exchange.add(RefCount.newRef(ts, root)); // another thread drops it: a foreign decrement
            }
            if (rnd.nextInt(3) == 0) {
                shareOrReplace(root); // E11: maybe deferred when it is replaced later
            }
            RefCount.decref(ts, root);
            for (int k = rnd.nextInt(4); k > 0; k--) {
                readBorrowed();
            }
            for (int k = rnd.nextInt(3); k > 0; k--) {
                PyObject o = w.exchange.poll();
                if (o != null) {
                    RefCount.decref(ts, o);
                }
            }
            // Release resurrected objects faster than finalizers make them (about two a round), so that the live heap
            // stays bounded in the long mode (with one a round it grew to millions, and every collection with it).
            for (int k = 0; k < 4; k++) {
                PyObject o = w.resurrected.poll();
                if (o == null) {
                    break;
                }
                RefCount.decref(ts, o);
            }
            if (rnd.nextInt(8) == 0 && !weakrefs.isEmpty()) {
                PyWeakRef wr = weakrefs.remove(rnd.nextInt(weakrefs.size()));
                PyObject ref = wr.get(ts);
                RefCount.xdecref(ts, ref);
                RefCount.decref(ts, wr);
            }
            if (rnd.nextInt(20) == 0) {
                PyMutex.lock(ts, w.gate); // keep the gate busy for blocking finalizers
                for (int i = rnd.nextInt(2000); i > 0; i--) {
                    Thread.onSpinWait();
                }
                PyMutex.unlock(ts, w.gate);
            }
            checkKept();
            ts.poll();
        }

        /** Stores {@code o} in a slot of a shared container, releasing what was there as its writer. */
        void shareOrReplace(PyObject o) {
            SharedSlots box = w.shared[rnd.nextInt(w.shared.length)];
            int i = rnd.nextInt(box.slots.length());
            PyObject old;
            RefCount.incref(ts, o);
            try (CriticalSection cs = CriticalSection.of(ts, box)) {
                old = box.slots.getAndSet(i, o);
            }
            if (old != null) {
                RefCount.releaseRemoved(ts, box, old); // deferred once the box has been read borrowed
            }
        }

        /** A borrowed read: no reference taken; the object must stay alive until this thread's next safepoint. */
        void readBorrowed() {
            SharedSlots box = w.shared[rnd.nextInt(w.shared.length)];
            if (!RefCount.tryEnableSharedReads(ts, box)) {
                return; // a writer holds it: a real binding would read with a new reference here
            }
            PyObject o = box.slots.get(rnd.nextInt(box.slots.length()));
            if (o == null) {
                return;
            }
            for (int k = rnd.nextInt(64); k > 0; k--) {
                Thread.onSpinWait(); // let writers replace it and process their deferred drops meanwhile
            }
            if (RefCount.isFreed(o)) {
                w.fail(new AssertionError("a borrowed object was freed before the reader's next safepoint: " + o.repr()));
            }
            w.borrowedReads.incrementAndGet();
            if (rnd.nextInt(8) == 0) {
                w.exchange.add(RefCount.newRef(ts, o)); // keep it: an incref of a borrowed object is legal now
            } else if (rnd.nextInt(4) == 0) {
                keepBorrowed(o);
            }
        }

        Fin someFinOrEmpty() {
            Fin f = someFin();
            return f == null ? Fin.EMPTY : f;
        }

        void finish() {
            checkKept();
            if (kept != null && !keptBorrowed) {
                RefCount.decref(ts, kept);
            }
            kept = null;
            keptBorrowed = false;
            for (PyWeakRef wr : weakrefs) {
                RefCount.decref(ts, wr);
            }
            weakrefs.clear();
        }
    }

    // No JUnit timeout: the long mode runs as long as it is told; a hang fails the internal joins (the phase's length
    // plus two minutes).
    @ParameterizedTest
    @EnumSource(RcScheme.class)
    void everyObjectIsDeallocatedExactlyOnce(RcScheme scheme) throws Exception {
        long seed = SEED ^ scheme.ordinal();
        try {
            run(scheme, seed);
        } catch (Throwable t) {
            throw new AssertionError("lifetime torture failed under " + scheme + " with -Dfreethread.seed=" + seed, t);
        }
    }

    private void run(RcScheme scheme, long seed) throws Exception {
        List<Throwable> unraisable = Collections.synchronizedList(new ArrayList<>());
        Runtime rt = Runtime.builder().scheme(scheme).unraisableHook((e, ctx, o) -> {
            if (!(e instanceof TortureError)) {
                unraisable.add(e);
            }
        }).build();
        ThreadState main = rt.attachCurrentThread();
        TestNode gateNode = TestNode.create(main, 0);
        RefCount.makeImmortal(main, gateNode);
        World w = new World(rt, gateNode);
        w.shared = new SharedSlots[4];
        for (int i = 0; i < w.shared.length; i++) {
            w.shared[i] = new SharedSlots(main);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        SplittableRandom seeds = new SplittableRandom(seed);
        AtomicLong rounds = new AtomicLong();
        AtomicLong exits = new AtomicLong();
        // Mutators: each generation of threads runs some rounds and exits, handing references to the others.
        for (int m = 0; m < MUTATORS; m++) {
            long mseed = seeds.nextLong();
            Thread t = new Thread(() -> {
                SplittableRandom gen = new SplittableRandom(mseed);
                while (!stop.get() && System.nanoTime() < deadline && w.failure.get() == null) {
                    try (ThreadState ts = rt.attachCurrentThread()) {
                        Mutator mu = new Mutator(w, ts, gen.nextLong());
                        int n = 50 + gen.nextInt(400);
                        for (int r = 0; r < n && System.nanoTime() < deadline; r++) {
                            mu.round(r);
                            rounds.incrementAndGet();
                        }
                        if (gen.nextBoolean()) {
                            // Leave references queued to us as we exit: others drop them after we have gone.
                            for (int k = 0; k < 20; k++) {
                                TortureNode n2 = mu.chain(30 + gen.nextInt(40), gen.nextInt(30), mu.someFinOrEmpty());
                                w.exchange.add(n2);
                            }
                        }
                        mu.finish();
                    } catch (Throwable e) {
                        w.fail(e);
                    }
                    exits.incrementAndGet();
                }
            }, "torture-mutator-" + m);
            threads.add(t);
        }
        // A collector that collects back to back, with short gaps.
        // Delays injected between the concurrent collector's phases (issue 13): they widen every window between a
        // phase and the mutators' next moves (a door before the commit, a touch after validation, an exit mid-fence).
        w.gc.phaseHook = phase -> {
            int k = java.util.concurrent.ThreadLocalRandom.current().nextInt(16);
            if (k < 3) {
                Thread.yield();
            } else if (k == 3) {
                java.util.concurrent.locks.LockSupport.parkNanos(
                        java.util.concurrent.ThreadLocalRandom.current().nextLong(20_000, 500_000));
            }
        };
        Thread collector = new Thread(() -> {
            SplittableRandom r = new SplittableRandom(seeds.nextLong());
            try (ThreadState ts = rt.attachCurrentThread()) {
                long compacted = System.nanoTime();
                while (!stop.get() && System.nanoTime() < deadline && w.failure.get() == null) {
                    // Both collectors, in turn at random (a quarter stop-the-world): automatic collections use
                    // whichever is selected at the time, and each runs beside the other's leftovers.
                    w.gc.setCollector(r.nextInt(4) == 0 ? Gc.Kind.STOP_THE_WORLD : Gc.Kind.CONCURRENT);
                    w.gc.collect(ts);
                    w.collections.incrementAndGet();
                    if (System.nanoTime() - compacted > TimeUnit.SECONDS.toNanos(2)) {
                        // Keep memory bounded in the long mode: a freed object stays freed (a second free is caught
                        // where it happens, and by the totals at the end), so it needs no more watching.
                        synchronized (w.created) {
                            w.created.removeIf(RefCount::isFreed);
                        }
                        compacted = System.nanoTime();
                    }
                    ts.detach();
                    Thread.sleep(r.nextInt(3));
                    ts.attach();
                }
            } catch (Throwable e) {
                w.fail(e);
            }
        }, "torture-collector");
        threads.add(collector);
        main.detach();
        try {
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join(TimeUnit.SECONDS.toMillis(SECONDS + 120));
                if (t.isAlive()) {
                    stop.set(true);
                    throw new AssertionError(t.getName() + " did not finish (deadlock?); seed " + seed);
                }
            }
        } finally {
            main.attach();
        }
        if (w.failure.get() != null) {
            throw new AssertionError("a torture thread failed", w.failure.get());
        }
        for (SharedSlots box : w.shared) {
            RefCount.decref(main, box); // its slots go (not deferred: nobody can read a freed box)
        }
        // Drain what is left and collect to a fixpoint with the concurrent collector alone: every reference the test
        // holds goes, every cycle is found; then a stop-the-world collection must find nothing more.
        w.gc.phaseHook = null;
        w.gc.setCollector(Gc.Kind.CONCURRENT);
        for (int pass = 0; pass < 100; pass++) {
            PyObject o;
            boolean any = false;
            while ((o = w.exchange.poll()) != null) {
                RefCount.decref(main, o);
                any = true;
            }
            while ((o = w.resurrected.poll()) != null) {
                RefCount.decref(main, o);
                any = true;
            }
            if (w.gc.collect(main) > 0) {
                any = true;
            }
            main.poll(); // deferred decrefs of the main thread (none expected) and of nobody else: all exited
            if (RefCount.deferredDecrefs(main) > 0) {
                any = true;
            }
            if (!any && w.exchange.isEmpty() && w.resurrected.isEmpty()) {
                break;
            }
        }
        w.gc.setCollector(Gc.Kind.STOP_THE_WORLD);
        assertThat(w.gc.collect(main)).as("a stop-the-world collection after the concurrent fixpoint").isZero();
        assertThat(unraisable).as("errors reported to the unraisable hook (only deliberate ones are expected)").isEmpty();
        List<TortureNode> all;
        synchronized (w.created) {
            all = new ArrayList<>(w.created);
        }
        long notFreed = all.stream().filter(n -> !RefCount.isFreed(n)).count();
        assertThat(notFreed).as("objects never freed, of %d still watched", all.size()).isZero();
        Map<PyType, Long> live = rt.liveObjectsByType();
        assertThat(live).as("live objects (a negative count is a double free)").isEmpty();
        long[] totals = rt.objectTotals();
        assertThat(totals[1]).as("frees against creations").isEqualTo(totals[0]);
        main.close();
        rt.close();
        System.out.printf("lifetime torture %s seed %d: %d s, %d rounds, %d thread exits, %,d objects, %,d finalizers, "
                + "%,d weakref callbacks, %,d collections by the collector thread, %,d borrowed reads (%,d kept ones "
                + "promoted), %,d per-thread counted nodes%n", scheme, seed, SECONDS, rounds.get(), exits.get(),
                w.createdCount.get(), w.finalizers.get(), w.callbacks.get(), w.collections.get(), w.borrowedReads.get(),
                w.promotions.get(), w.perThreadNodes.get());
    }
}
