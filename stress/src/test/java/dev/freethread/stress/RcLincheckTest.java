// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress;

import dev.freethread.objects.RcScheme;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.Header;
import dev.freethread.refcount.RefCount;
import dev.freethread.refcount.RefCountExtension;
import kotlin.Unit;
import org.jetbrains.kotlinx.lincheck.Actor;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.DSLThreadScenario;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.jetbrains.lincheck.datastructures.ThreadIdGen;
import org.jetbrains.lincheck.datastructures.Validate;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Lincheck for the reference-counting operations of one object, used from three threads, against sequential
 * specifications: model checking (interleavings of the shared-memory steps, up to a budget) and stress (real threads).
 *
 * <h2>The harness</h2>
 * The object under test is one {@link Probe} and the references the test holds to it. The first operation of the
 * {@code "owner"} non-parallel group creates it, so the thread that runs that group owns it (biased: plain local
 * count) and the other two are foreign (atomic shared word); operations outside the group may run on any thread,
 * the owner's included, and then take the owner's paths. The owner keeps an <em>anchor</em> reference until it
 * releases it; every other reference a thread takes (an {@code incref} while the anchor makes it safe, a successful
 * {@code tryIncref}) goes into a <em>pocket</em>, and {@code drop} releases one from the calling thread's own
 * pocket — so no thread drops a reference it does not hold, and no operation decides anything from a count another
 * thread is changing. Each operation takes the calling thread's index ({@link ThreadIdGen}: 1 to 3) so that the
 * specification keeps the same pockets. Each invocation builds its own Runtime: thread states (attached on first
 * use) and merge queues never carry anything from one invocation to the next, which model checking's replays need.
 *
 * <p>{@link Validate} checks after every invocation what results cannot show: the exact count (local plus shared,
 * read after all threads have finished) equals the references held — a lost update shows here — and the object is
 * freed exactly once if and only if none are held, never while one is.
 *
 * <h2>Scenarios</h2>
 * <ul>
 *   <li>{@link FreeRaces}: the owner may release its anchor, so the last reference can be dropped by the owner (its
 *       local count reaching zero: a free without an atomic when the shared word is exactly INIT/0, else a merge CAS)
 *       or by a foreign thread on the merged word, while {@code tryIncref}s race them ([R1], [R3], [R4], and the
 *       zero-local merge against foreign increments and decrements). References never move between threads, so the
 *       shared count never goes negative and nothing is queued: every free happens inside the operation that drops
 *       the last reference, and the specification ({@link FreeRacesSpec}, biased RC one operation at a time) says
 *       exactly when. The object has no finalizer (see TryIncrefVsLastDecrefTest for the finalizer's window).</li>
 *   <li>{@link QueueRaces}: the owner gives locally counted references to the other threads, whose drops drive the
 *       shared count negative and queue the object; the owner polls to merge, and may exit ([R2], [R5], [R6], [R8]).
 *       The owner keeps its anchor. Linearizability does not hold, by design, for <em>when</em> a queued object is
 *       merged: a foreign decrement sets QUEUED with one CAS and enqueues afterwards, so a poll running in between
 *       merges nothing although a third thread has already seen the QUEUED word. A merge is observable only through a
 *       free, and with the anchor held nothing is freed, so the results stay linearizable; the exact count after each
 *       invocation checks the merges. After {@code ownerExit} the owner thread does nothing more (its operations
 *       return false, in the specification too).</li>
 *   <li>{@link #queueRaces_ownerExitScenario}: the exit race as one fixed scenario with a larger budget — the
 *       regression test of the exit-drain double merge (see there).</li>
 * </ul>
 *
 * <h2>What the model checker is told, and why</h2>
 * The harness's plumbing and the protocol's bookkeeping run as single steps ({@link #harnessAtomic}): attaching a
 * thread, creating the object, the Runtime's tables, debug checks, statistics, live-object accounting, the world and
 * handshake machinery. Without that, their hundreds of switch points take the budget: the planted bug of
 * {@link #modelChecking_findsALostSharedDecrement} went unreported through 20,000 invocations, and is found within the
 * first thousand with it. Two Lincheck 3.7 behaviours shape the harness: a failing scenario is not minimized (the
 * minimizer moves operations into a post part run by another thread than their thread index says, which the
 * ownership rules turn into false failures), and a thread does nothing after its exit (under the model checker, with
 * the Runtime's methods run as one step, its exited state could stay in the table of threads by Java thread).
 *
 * <h2>Effort</h2>
 * System properties, with small CI defaults: {@code -Dlincheck.iterations} (default 8) random scenarios per test, and
 * {@code -Dlincheck.invocations} (default 400; the fixed scenarios use at least 1,000 and 5,000) interleavings (model
 * checking) or runs (stress) per scenario. A thorough run (several minutes):
 * {@code ./mvnw -pl stress test -Dtest=RcLincheckTest -Dlincheck.iterations=100 -Dlincheck.invocations=10000
 * -Djcstress.skip=true}.
 *
 * <h2>The checker can fail</h2>
 * {@link #modelChecking_findsALostSharedDecrement} runs a fixed scenario against {@link BrokenSharedDecrement}, the
 * real protocol with one CAS replaced by a plain store (in {@link OneObject#decref}), and asserts that Lincheck reports
 * the lost update; {@link #freeRaces_lostUpdateScenario_passes} runs the same scenario against the real protocol.
 * And before the exit fix in {@code Merges} (commit ba639c9), {@code queueRaces_modelChecking} with
 * {@code -Dlincheck.iterations=30 -Dlincheck.invocations=1000} and {@code queueRaces_ownerExitScenario} with 5,000
 * invocations both reported the false underflow of a foreign merge racing the exit drain (seen here, 2026-11-25).
 */
class RcLincheckTest {
    static final int ITERATIONS = Integer.getInteger("lincheck.iterations", 8);
    static final int INVOCATIONS = Integer.getInteger("lincheck.invocations", 400);
    static final int THREADS = 3;

    static ModelCheckingOptions modelChecking() {
        return harnessAtomic(new ModelCheckingOptions()).iterations(ITERATIONS).invocationsPerIteration(INVOCATIONS)
                .threads(THREADS).actorsPerThread(3).actorsBefore(0).actorsAfter(0).minimizeFailedScenario(false);
    }

    /**
     * What runs as one step for the model checker: the harness's plumbing (attaching a thread, creating the object)
     * and the bookkeeping around the protocol (Runtime tables, debug checks, statistics, live-object accounting, the
     * world and handshakes). The header accesses, merge queues, request bits and thread-state status stay
     * interleaved.
     */
    static ModelCheckingOptions harnessAtomic(ModelCheckingOptions options) {
        return LincheckPlumbing.bookkeepingAtomic(options, OneObject.class, "ts", "ownerObject");
    }

    static StressOptions stress() {
        return new StressOptions().iterations(ITERATIONS).invocationsPerIteration(INVOCATIONS)
                .threads(THREADS).actorsPerThread(3).actorsBefore(0).actorsAfter(0).minimizeFailedScenario(false);
    }

    @Test
    void freeRaces_modelChecking() {
        modelChecking().sequentialSpecification(FreeRacesSpec.class).check(FreeRaces.class);
    }

    @Test
    void freeRaces_stress() {
        stress().sequentialSpecification(FreeRacesSpec.class).check(FreeRaces.class);
    }

    @Test
    void queueRaces_modelChecking() {
        modelChecking().sequentialSpecification(QueueRacesSpec.class).check(QueueRaces.class);
    }

    @Test
    void queueRaces_stress() {
        stress().sequentialSpecification(QueueRacesSpec.class).check(QueueRaces.class);
    }

    /**
     * The checker can fail: the scenario that exposes a non-atomic shared decrement — the owner announces the object,
     * one foreign thread takes a reference and drops it while another takes one — checked by model checking against
     * {@link BrokenSharedDecrement}, must be reported (a lost update, then a premature free or a wrong count). The
     * same scenario passes against the real protocol ({@link #freeRaces_lostUpdateScenario_passes}).
     */
    @Test
    void modelChecking_findsALostSharedDecrement() {
        assertThatThrownBy(() -> lostUpdateScenario(BrokenSharedDecrement.class).check(BrokenSharedDecrement.class))
                .isInstanceOf(LincheckAssertionError.class).hasMessageContaining("a lost update");
    }

    @Test
    void freeRaces_lostUpdateScenario_passes() {
        lostUpdateScenario(FreeRaces.class).check(FreeRaces.class);
    }

    /**
     * [R6][R8] The exit race, as one scenario: the owner gives a reference to each of the other threads and exits
     * while they drop them. Each drop drives the shared count negative and queues the object to an owner that is
     * draining, exiting or gone; the merge must happen exactly once, by the owner's exit drain or by a foreign thread
     * ({@code Merges.mergeAbandoned}). Regression: before the fix, the exit drain could merge an object a foreign
     * thread had already merged (its local count added twice: a leak), and a foreign merger could read the local
     * count the exit drain had just zeroed and throw a false underflow; this scenario reports both.
     */
    @Test
    void queueRaces_ownerExitScenario() {
        harnessAtomic(new ModelCheckingOptions()).iterations(0)
                .invocationsPerIteration(Math.max(INVOCATIONS, 5000))
                .sequentialSpecification(QueueRacesSpec.class)
                .addCustomScenario(b -> {
                    b.parallel(p -> {
                        p.thread(t -> {
                            t.add(actor(QueueRaces.class, "ownerGive", 1, 2));
                            t.add(actor(QueueRaces.class, "ownerGive", 1, 3));
                            t.add(actor(QueueRaces.class, "ownerExit", 1));
                            return Unit.INSTANCE;
                        });
                        p.thread(t -> add(t, QueueRaces.class, "drop", 2));
                        p.thread(t -> add(t, QueueRaces.class, "drop", 3));
                        return Unit.INSTANCE;
                    });
                    return Unit.INSTANCE;
                })
                .check(QueueRaces.class);
    }

    private static Actor actor(Class<?> testClass, String name, Object... args) {
        Class<?>[] types = new Class<?>[args.length];
        Arrays.fill(types, int.class);
        try {
            return new Actor(testClass.getMethod(name, types), List.of(args));
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static ModelCheckingOptions lostUpdateScenario(Class<?> testClass) {
        return harnessAtomic(new ModelCheckingOptions()).iterations(0)
                .invocationsPerIteration(Math.max(INVOCATIONS, 1000))
                .sequentialSpecification(FreeRacesSpec.class)
                .addCustomScenario(b -> {
                    b.parallel(p -> {
                        p.thread(t -> add(t, testClass, "ownerAnnounce", 1));
                        p.thread(t -> add(t, testClass, "tryIncref", 2, "drop", 2));
                        p.thread(t -> add(t, testClass, "tryIncref", 3));
                        return Unit.INSTANCE;
                    });
                    return Unit.INSTANCE;
                });
    }

    /** Adds operations given as (name, thread id) pairs to a custom scenario's thread. */
    private static Unit add(DSLThreadScenario thread, Class<?> testClass, Object... nameAndTid) {
        for (int i = 0; i < nameAndTid.length; i += 2) {
            try {
                String name = (String) nameAndTid[i];
                thread.add(new Actor(testClass.getMethod(name, int.class), List.of(nameAndTid[i + 1])));
            } catch (NoSuchMethodException e) {
                throw new AssertionError(e);
            }
        }
        return Unit.INSTANCE;
    }

    // ---- the harness shared by the scenarios (composition: Lincheck finds annotated methods once per class only
    // when test classes do not inherit them)

    /** One object, its owner's anchor, and each thread's pocket of references; the operations' bodies. */
    static final class OneObject {
        final Runtime rt = Runtime.builder().scheme(RcScheme.BIASED).discoverExtensions(false)
                .extension(new RefCountExtension()).build();
        /** Whether foreign drops use the broken, non-atomic decrement ({@link BrokenSharedDecrement}). */
        final boolean broken;
        final AtomicIntegerArray pockets = new AtomicIntegerArray(THREADS + 1);
        /** The object, created by the owner thread's first operation (so that thread owns it); null until then. */
        volatile Probe object;
        /** The owner thread's index, once it has created the object. */
        volatile int ownerTid = -1;
        /** Owner only: whether the owner still holds the reference it created the object with. */
        boolean anchor;
        /** Owner only: whether the owner thread has exited; it does nothing more then (see {@link #exitedHere}). */
        boolean exited;

        OneObject(boolean broken) {
            this.broken = broken;
        }

        /** The calling thread's state in this invocation's Runtime, attached on first use. */
        ThreadState ts() {
            ThreadState ts = rt.currentThreadState();
            return ts != null ? ts : rt.attachCurrentThread();
        }

        /**
         * Whether the calling thread (index {@code tid}) is the owner after its exit. Such a thread does nothing
         * more: attaching again would only give it a foreign state like the other threads', and (under the model
         * checker, with {@link #ts} run as one step) the Runtime's table of threads may still hold the exited state.
         */
        boolean exitedHere(int tid) {
            return tid == ownerTid && exited; // `exited` is only true, and only read meaningfully, on the owner thread
        }

        /** Owner only: the object, created on this (the owner's) thread by the first owner operation. */
        Probe ownerObject(int tid, ThreadState ts) {
            Probe o = object;
            if (o == null) {
                o = Probe.plain(ts);
                anchor = true;
                ownerTid = tid;
                object = o;
            }
            return o;
        }

        /** Owner: a new reference, safe while the anchor is held, into thread {@code to}'s pocket. */
        boolean ownerIncref(int tid, int to) {
            if (exitedHere(tid)) {
                return false;
            }
            ThreadState ts = ts();
            Probe o = ownerObject(tid, ts);
            if (!anchor) {
                return false; // nothing held that makes an incref safe
            }
            RefCount.incref(ts, o);
            pockets.incrementAndGet(to);
            return true;
        }

        /** Owner: drops the anchor. */
        boolean ownerRelease(int tid) {
            if (exitedHere(tid)) {
                return false;
            }
            ThreadState ts = ts();
            Probe o = ownerObject(tid, ts);
            if (!anchor) {
                return false;
            }
            anchor = false;
            decref(ts, o);
            return true;
        }

        /** Owner: announces the object for tryIncref (MAYBE_WEAKREF) while holding the anchor. */
        boolean ownerAnnounce(int tid) {
            if (exitedHere(tid)) {
                return false;
            }
            Probe o = ownerObject(tid, ts());
            if (!anchor) {
                return false;
            }
            RefCount.enableTryIncref(o);
            return true;
        }

        /** Owner: a safepoint (merges what was queued to it). */
        boolean ownerPoll(int tid) {
            if (exitedHere(tid)) {
                return false;
            }
            ThreadState ts = ts();
            ownerObject(tid, ts);
            ts.poll();
            return true;
        }

        /** Owner: exits ({@link ThreadState#close()}) while holding its anchor and what it gave away. */
        boolean ownerExit(int tid) {
            if (exitedHere(tid)) {
                return false;
            }
            ThreadState ts = ts();
            ownerObject(tid, ts);
            exited = true;
            ts.close();
            return true;
        }

        /** A reference for the pocket of the calling thread (tid), if the object is alive. */
        boolean tryIncref(int tid) {
            Probe o = object;
            if (o == null || exitedHere(tid) || !RefCount.tryIncref(ts(), o)) {
                return false;
            }
            pockets.incrementAndGet(tid);
            return true;
        }

        /** Drops one reference from the calling thread's own pocket, if it has one. */
        boolean drop(int tid) {
            Probe o = object;
            if (o == null || exitedHere(tid) || pockets.get(tid) == 0) {
                return false;
            }
            pockets.decrementAndGet(tid);
            decref(ts(), o);
            return true;
        }

        /**
         * The decrement under test. Broken variant: a foreign drop that does not reach zero on an unmerged word
         * reads the shared word and writes it back decremented with a plain store, where the protocol CASes; a
         * concurrent tryIncref (or the owner's merge) between the read and the write is lost.
         */
        void decref(ThreadState ts, Probe o) {
            if (broken) {
                int s = Header.refSharedVolatile(o);
                if (Header.ownerIdOpaque(o) != ts.id() && Header.sharedState(s) != Header.MERGED
                        && Header.sharedCount(s) >= 1) {
                    Header.setRefSharedRelease(o, s - Header.SHARED_ONE);
                    return;
                }
            }
            RefCount.decref(ts, o);
        }

        /** After an invocation: exact count, and freed exactly once iff no reference is held. */
        void countIsExact() {
            Probe o = object;
            if (o == null) {
                return;
            }
            int held = anchor ? 1 : 0;
            for (int i = 0; i <= THREADS; i++) {
                held += pockets.get(i);
            }
            int frees = o.frees();
            if (held == 0) {
                if (frees != 1) {
                    throw new AssertionError("no reference is held, but the object was freed " + frees + " times: "
                            + (frees == 0 ? "a leak" : "a double free"));
                }
                return;
            }
            if (frees != 0) {
                throw new AssertionError("freed while " + held + " references are held: a premature free");
            }
            int s = Header.refSharedVolatile(o);
            int count = Header.sharedCount(s) + (Header.sharedState(s) == Header.MERGED ? 0 : Header.refLocal(o));
            if (count != held) {
                throw new AssertionError("count " + count + " (local " + Header.refLocal(o) + ", shared word 0x"
                        + Integer.toHexString(s) + ") but " + held + " references held: a lost update");
            }
        }
    }

    // ---- scenario 1: the races around the free

    /** The owner may release its anchor; references never move between threads (nothing is ever queued). */
    public static class FreeRaces {
        final OneObject h = new OneObject(false);

        @Operation(nonParallelGroup = "owner")
        public boolean ownerIncref(@Param(gen = ThreadIdGen.class) int tid) {
            return h.ownerIncref(tid, tid);
        }

        @Operation(nonParallelGroup = "owner")
        public boolean ownerRelease(@Param(gen = ThreadIdGen.class) int tid) {
            return h.ownerRelease(tid);
        }

        @Operation(nonParallelGroup = "owner")
        public boolean ownerAnnounce(@Param(gen = ThreadIdGen.class) int tid) {
            return h.ownerAnnounce(tid);
        }

        @Operation
        public boolean tryIncref(@Param(gen = ThreadIdGen.class) int tid) {
            return h.tryIncref(tid);
        }

        @Operation
        public boolean drop(@Param(gen = ThreadIdGen.class) int tid) {
            return h.drop(tid);
        }

        @Validate
        public void countIsExact() {
            h.countIsExact();
        }
    }

    /** {@link FreeRaces} with one CAS of the protocol replaced by a plain store ({@link OneObject#decref}). */
    public static class BrokenSharedDecrement {
        final OneObject h = new OneObject(true);

        @Operation(nonParallelGroup = "owner")
        public boolean ownerIncref(@Param(gen = ThreadIdGen.class) int tid) {
            return h.ownerIncref(tid, tid);
        }

        @Operation(nonParallelGroup = "owner")
        public boolean ownerRelease(@Param(gen = ThreadIdGen.class) int tid) {
            return h.ownerRelease(tid);
        }

        @Operation(nonParallelGroup = "owner")
        public boolean ownerAnnounce(@Param(gen = ThreadIdGen.class) int tid) {
            return h.ownerAnnounce(tid);
        }

        @Operation
        public boolean tryIncref(@Param(gen = ThreadIdGen.class) int tid) {
            return h.tryIncref(tid);
        }

        @Operation
        public boolean drop(@Param(gen = ThreadIdGen.class) int tid) {
            return h.drop(tid);
        }

        @Validate
        public void countIsExact() {
            h.countIsExact();
        }
    }

    /**
     * The sequential specification of {@link FreeRaces}: biased reference counting one operation at a time. The
     * owner's thread changes the local count while the object is biased; everybody else, and the owner once it is
     * merged, the shared count. A foreign tryIncref refuses exactly INIT/0 (not announced, no shared references) and
     * a freed object; the owner's local count reaching zero frees at once if the shared word is INIT/0 and otherwise
     * merges, freeing if the shared count is zero; on the merged word, the drop that reaches zero frees.
     */
    public static class FreeRacesSpec {
        static final int INIT = 0, ANNOUNCED = 1, MERGED = 3;
        int owner = -1;
        boolean anchor;
        final int[] pockets = new int[THREADS + 1];
        int local;
        int shared;
        int state;
        boolean freed;

        private void create(int tid) {
            if (owner < 0) {
                owner = tid;
                anchor = true;
                local = 1;
                state = INIT;
            }
        }

        private boolean ownerPath(int tid) {
            return tid == owner && state != MERGED && !freed;
        }

        private void incref(int tid) {
            if (ownerPath(tid)) {
                local++;
            } else {
                shared++;
            }
        }

        private void decref(int tid) {
            if (ownerPath(tid)) {
                if (--local == 0) {
                    if (state == INIT && shared == 0) {
                        freed = true;
                    } else {
                        state = MERGED;
                        freed = shared == 0;
                    }
                }
            } else if (--shared == 0 && state == MERGED) {
                freed = true;
            }
        }

        public boolean ownerIncref(int tid) {
            create(tid);
            if (!anchor) {
                return false;
            }
            incref(tid);
            pockets[tid]++;
            return true;
        }

        public boolean ownerRelease(int tid) {
            create(tid);
            if (!anchor) {
                return false;
            }
            anchor = false;
            decref(tid);
            return true;
        }

        public boolean ownerAnnounce(int tid) {
            create(tid);
            if (!anchor) {
                return false;
            }
            if (state == INIT) {
                state = ANNOUNCED;
            }
            return true;
        }

        public boolean tryIncref(int tid) {
            if (owner < 0 || freed) {
                return false;
            }
            if (!ownerPath(tid) && state == INIT && shared == 0) {
                return false; // INIT/0: the owner may free without an atomic
            }
            incref(tid);
            pockets[tid]++;
            return true;
        }

        public boolean drop(int tid) {
            if (owner < 0 || pockets[tid] == 0) {
                return false;
            }
            pockets[tid]--;
            decref(tid);
            return true;
        }
    }

    // ---- scenario 2: queueing to the owner and merging

    /** The owner keeps its anchor and gives locally counted references away; foreign drops queue; the owner polls. */
    public static class QueueRaces {
        final OneObject h = new OneObject(false);

        /** Owner: a locally counted reference (or one on the merged word) for thread {@code to}'s pocket. */
        @Operation(nonParallelGroup = "owner")
        public boolean ownerGive(@Param(gen = ThreadIdGen.class) int tid,
                                 @Param(gen = IntGen.class, conf = "1:3") int to) {
            return h.ownerIncref(tid, to);
        }

        @Operation(nonParallelGroup = "owner")
        public boolean ownerPoll(@Param(gen = ThreadIdGen.class) int tid) {
            return h.ownerPoll(tid);
        }

        @Operation(nonParallelGroup = "owner")
        public boolean ownerAnnounce(@Param(gen = ThreadIdGen.class) int tid) {
            return h.ownerAnnounce(tid);
        }

        /** [R6][R8] The owner exits while others hold, drop and queue its object. */
        @Operation(nonParallelGroup = "owner")
        public boolean ownerExit(@Param(gen = ThreadIdGen.class) int tid) {
            return h.ownerExit(tid);
        }

        @Operation
        public boolean tryIncref(@Param(gen = ThreadIdGen.class) int tid) {
            return h.tryIncref(tid);
        }

        @Operation
        public boolean drop(@Param(gen = ThreadIdGen.class) int tid) {
            return h.drop(tid);
        }

        @Validate
        public void countIsExact() {
            h.countIsExact();
        }
    }

    /**
     * The sequential specification of {@link QueueRaces}. The anchor keeps the object alive, so only two things are
     * observable: the pockets, and whether a foreign tryIncref finds the shared word at exactly INIT/0. That word is
     * left for good once the object is announced, or once a foreign drop drives the shared count negative (QUEUED,
     * then MERGED: both states let tryIncref in); until then the shared count is what foreign threads added and
     * dropped. Which drop queues and which poll merges is not observable, so it is not specified.
     */
    public static class QueueRacesSpec {
        int owner = -1;
        boolean exited;
        final int[] pockets = new int[THREADS + 1];
        boolean leftInit;
        int shared;

        private void create(int tid) {
            if (owner < 0) {
                owner = tid;
            }
        }

        /** The owner thread, once exited, does nothing more (the harness's rule). */
        private boolean exitedHere(int tid) {
            return tid == owner && exited;
        }

        public boolean ownerGive(int tid, int to) {
            if (exitedHere(tid)) {
                return false;
            }
            create(tid);
            pockets[to]++;
            return true;
        }

        public boolean ownerPoll(int tid) {
            if (exitedHere(tid)) {
                return false;
            }
            create(tid);
            return true;
        }

        public boolean ownerAnnounce(int tid) {
            if (exitedHere(tid)) {
                return false;
            }
            create(tid);
            leftInit = true;
            return true;
        }

        public boolean ownerExit(int tid) {
            if (exitedHere(tid)) {
                return false;
            }
            create(tid);
            exited = true;
            return true;
        }

        public boolean tryIncref(int tid) {
            if (owner < 0 || exitedHere(tid)) {
                return false;
            }
            if (tid != owner) {
                if (!leftInit && shared == 0) {
                    return false;
                }
                shared++;
            }
            pockets[tid]++;
            return true;
        }

        public boolean drop(int tid) {
            if (owner < 0 || exitedHere(tid) || pockets[tid] == 0) {
                return false;
            }
            pockets[tid]--;
            if (tid != owner && --shared < 0) {
                leftInit = true;
            }
            return true;
        }
    }
}
