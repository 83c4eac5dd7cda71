// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress.gc;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.RcScheme;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.GcWatch;
import dev.freethread.objects.internal.Header;
import dev.freethread.refcount.RefCount;
import dev.freethread.refcount.RefCountExtension;
import dev.freethread.stress.Harness;
import dev.freethread.stress.LincheckPlumbing;
import kotlin.Unit;
import org.jetbrains.kotlinx.lincheck.Actor;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.DSLThreadScenario;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.jetbrains.lincheck.datastructures.ThreadIdGen;
import org.jetbrains.lincheck.datastructures.Validate;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Lincheck for the reference-count path of a candidate of a concurrent collection ([G12], [G13] in gc's
 * ConcurrentCollector overview; refcount's {@code Watched}): one watched object, used by three threads that count,
 * drop and take references through doors while one of them plays the collector's part on its watch word. Model
 * checking (interleavings of the shared-memory steps, up to a budget) and stress (real threads), against a sequential
 * specification of the watch-word protocol.
 *
 * <h2>The harness</h2>
 * The object is merged (ATOMIC scheme: no owner, its whole count in the shared word) and watched: the test instance's
 * constructor creates it with three references, one in the <em>pocket</em> of each of threads 1 to 3, and writes an
 * open, untouched watch word of component 0 into its local-count field by CAS, as the collector's fence does for an
 * already merged candidate ({@code ConcurrentCollector.fence}, kind 4), after which it opens the verdict table
 * ({@link GcWatch#begin}) for component 1. Mutator operations go through the real {@link RefCount} methods:
 * {@code incref} (a thread that holds a reference takes another: the watched path touches, then counts),
 * {@code drop} (one reference of the thread's own pocket; the last one frees the object, watched or not) and
 * {@code door} ({@link RefCount#tryIncref}, what a weak reference's {@code get} or a lock-free container read does;
 * any thread, holding a reference or not). The collector's operations ({@code nonParallelGroup = "collector"}, so one
 * thread runs them all, as one thread collects) are private steps of {@code ConcurrentCollector}, so they are
 * rebuilt here from the same {@link Header} and {@link GcWatch} primitives in the same order:
 * <ul>
 *   <li>{@code commit}: validation's read of one member (shared word, then watch word, both volatile; a member whose
 *       word is no longer the untouched open word, or whose count is not live, is excluded: -1), then the commit of
 *       its component: verdict COMMITTING, one CAS of the word from open and untouched to closed (touched, component
 *       1); on failure verdict ALIVE and the word unwatched (-1), on success verdict CLOSED and the count read is
 *       returned;</li>
 *   <li>{@code reopen}: after a successful commit only, verdict OPEN, then the word CASed to the open word of its
 *       component (as before finalizers run);</li>
 *   <li>{@code unwatch}: the end of the collection, every word still watched CASed to 0, unless the object is
 *       freed.</li>
 * </ul>
 * Pockets are indexed by the calling thread's index ({@link ThreadIdGen}: 1 to 3), so no thread drops a reference it
 * does not hold and the specification keeps the same pockets. Each invocation builds its own Runtime (with reference
 * counting only: no automatic collection), so nothing carries over between invocations.
 *
 * <p>{@link Validate} checks after every invocation what results cannot show: the count (the shared word's, read after
 * all threads have finished) equals the references held, and the object is freed exactly once if and only if none
 * are held. Then it unwatches the word, drops every reference still held, and checks that the object was freed
 * exactly once and that the Runtime has no live object left: the leak check of this suite (the stress module's
 * Lincheck tests run without testkit's {@code LeakChecked}, since Lincheck, not JUnit, drives each invocation).
 *
 * <h2>Scenarios</h2>
 * Random scenarios of {@code incref}, {@code drop}, {@code door} on every thread and {@code commit}, {@code reopen},
 * {@code unwatch} on the collector's thread, three operations per thread, against {@link WatchSpec}: a commit
 * succeeds (and returns the count at the watch) if and only if no count operation and no door was linearized between
 * the watch and the commit; a door after a successful commit refuses until the word is reopened or unwatched; a door
 * before it succeeds and makes it fail; the count is exact. Two fixed scenarios, an {@code incref} or a {@code door}
 * against a {@code commit}, are the planted bugs' (below). At this level a commit may close the word of an object
 * that threads still hold (the real collector commits only members whose counts its edges explain, the Σ test, which
 * is not modelled): what is checked is the word protocol under every interleaving, which is what the Δ test and the
 * doors rest on; freeing garbage is the end-to-end jcstress tests' part (DoorVsCommitTest, TouchVsValidateTest).
 *
 * <h2>What the model checker is told, and why</h2>
 * As in RcLincheckTest ({@link LincheckPlumbing}): the toolkit's bookkeeping (Runtime tables, debug checks,
 * statistics, live-object accounting) runs as one step each, and so do the harness's methods that attach a thread
 * and move references between pockets; the header's words, the verdict table and the protocol's reads, CASes and
 * frees stay interleaved. The object is made in the constructor, not lazily by the first operation as in
 * RcLincheckTest: a lazy creation, marked atomic but calling the protocol's incref, was interleaved by Lincheck 3.7
 * all the same (two threads each created an object). The door's wait for a verdict spins; the model checker sees
 * the spin loop and switches to the collector. Failing scenarios are not minimized (the minimizer would move
 * operations to threads other than their thread index says).
 *
 * <h2>Effort</h2>
 * System properties, as RcLincheckTest's: {@code -Dlincheck.iterations} (default 8) random scenarios per test and
 * {@code -Dlincheck.invocations} (default 400, the fixed scenarios too) interleavings (model checking) or runs
 * (stress) per scenario. The planted bugs are found within 30 interleavings of their fixed scenario. In
 * {@code ./mvnw verify} the class took 22 s here (2026-11-29, 2 cores shared with other work, load about 3.5); run
 * alone it takes 4 s more, Lincheck's instrumentation, which the first Lincheck test of a JVM pays. A thorough run
 * (with {@code -Dtest} it also runs in the stress module's second surefire execution, the mutex's short-spins one):
 * {@code ./mvnw -pl stress -am test -Dtest=WatchWordLincheckTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dlincheck.iterations=100 -Dlincheck.invocations=10000 -Djcstress.skip=true}.
 *
 * <h2>The checker can fail</h2>
 * {@link #modelChecking_findsATouchAfterTheCount} runs a fixed scenario (an incref against a commit) against
 * {@link TouchAfterCount}, the real path with the touch moved after the count change ({@code WatchedObject#incref}),
 * and {@link #modelChecking_findsADoorThatDoesNotTouch} runs a door against a commit on {@link DoorWithoutCas}, a door
 * that takes its reference on an open word without the CAS that touches it; both assert that Lincheck reports the
 * results as not linearizable (the commit certified a count that an increment had already changed, or closed the
 * word after a door got in). The same scenarios pass on the real protocol. And by hand (2026-11-29), planting each bug
 * in refcount's {@code Watched} itself (not committed), default effort:
 * <ul>
 *   <li>the touch moved after the count change in {@code Watched.incref}: {@code realProtocol_touchScenario_passes}
 *       and {@code realProtocol_modelChecking} fail with "Invalid execution results" ({@code commit(): 4}, a count
 *       with an increment whose touch came after the close); {@code realProtocol_stress} passes;</li>
 *   <li>{@code Watched.tryIncref} taking its reference on an open word without the CAS:
 *       {@code realProtocol_doorScenario_passes} fails the same way ({@code commit(): 4} and a door that got in);
 *       {@code realProtocol_modelChecking} passes at 8 random scenarios and fails at 30
 *       ({@code -Dlincheck.iterations=30}): a random scenario rarely runs a door against a commit of a word that no
 *       earlier operation has touched, which is why the fixed scenarios exist.</li>
 * </ul>
 */
class WatchWordLincheckTest {
    static final int ITERATIONS = Integer.getInteger("lincheck.iterations", 8);
    static final int INVOCATIONS = Integer.getInteger("lincheck.invocations", 400);
    static final int THREADS = 3;
    /** The collection's epoch (its low three bits are in the word) and the member's component at the commit. */
    static final int EPOCH = 5;
    static final int COMPONENT = 1;
    /** The fence's word: open, untouched, component 0 (not assigned yet). */
    static final int OPEN = Header.watchWord(EPOCH, 0);
    /** The commit's word: closed, touched (the collector's own count changes set nothing), the component's number. */
    static final int CLOSED = Header.watchTouch(Header.watchClose(Header.watchWord(EPOCH, COMPONENT)));
    /** The word reopen writes: open, untouched, the component's number. */
    static final int REOPENED = Header.watchWord(EPOCH, COMPONENT);

    static ModelCheckingOptions modelChecking() {
        return harnessAtomic(new ModelCheckingOptions()).iterations(ITERATIONS).invocationsPerIteration(INVOCATIONS)
                .threads(THREADS).actorsPerThread(3).actorsBefore(0).actorsAfter(0).minimizeFailedScenario(false);
    }

    /** The toolkit's bookkeeping and the harness's own methods run as one step each (see the class comment). */
    static ModelCheckingOptions harnessAtomic(ModelCheckingOptions options) {
        return LincheckPlumbing.bookkeepingAtomic(options, WatchedObject.class, "ts", "holds", "take", "give");
    }

    static StressOptions stress() {
        return new StressOptions().iterations(ITERATIONS).invocationsPerIteration(INVOCATIONS)
                .threads(THREADS).actorsPerThread(3).actorsBefore(0).actorsAfter(0).minimizeFailedScenario(false);
    }

    @Test
    void realProtocol_modelChecking() {
        modelChecking().sequentialSpecification(WatchSpec.class).check(Watch.class);
    }

    @Test
    void realProtocol_stress() {
        stress().sequentialSpecification(WatchSpec.class).check(Watch.class);
    }

    /**
     * The checker can fail: an incref against the collector's commit, on {@link TouchAfterCount}. The interleaving
     * count change, count read, close, touch makes the commit return the count with the increment while its word was
     * untouched: no order of the two operations explains that.
     */
    @Test
    void modelChecking_findsATouchAfterTheCount() {
        assertThatThrownBy(() -> incrementVsCommit(TouchAfterCount.class).check(TouchAfterCount.class))
                .isInstanceOf(LincheckAssertionError.class).hasMessageContaining("Invalid execution results");
    }

    @Test
    void realProtocol_touchScenario_passes() {
        incrementVsCommit(Watch.class).check(Watch.class);
    }

    /**
     * The checker can fail: a door against the collector's commit, on {@link DoorWithoutCas}. A door that read the
     * open word and took its reference without touching lets the commit close the word after it: the door's reference
     * is real and the commit succeeded, which no order of the two operations explains.
     */
    @Test
    void modelChecking_findsADoorThatDoesNotTouch() {
        assertThatThrownBy(() -> doorVsCommit(DoorWithoutCas.class).check(DoorWithoutCas.class))
                .isInstanceOf(LincheckAssertionError.class).hasMessageContaining("Invalid execution results");
    }

    @Test
    void realProtocol_doorScenario_passes() {
        doorVsCommit(Watch.class).check(Watch.class);
    }

    /** Thread 1 increments (it holds a reference), thread 2 commits, thread 3 drops its reference. */
    private static ModelCheckingOptions incrementVsCommit(Class<?> testClass) {
        return fixedScenario(testClass, "incref", "commit", "drop");
    }

    /** Thread 1 takes a reference through a door, thread 2 commits, thread 3 takes one through a door too. */
    private static ModelCheckingOptions doorVsCommit(Class<?> testClass) {
        return fixedScenario(testClass, "door", "commit", "door");
    }

    private static ModelCheckingOptions fixedScenario(Class<?> testClass, String first, String collector,
                                                      String third) {
        return harnessAtomic(new ModelCheckingOptions()).iterations(0)
                .invocationsPerIteration(INVOCATIONS)
                .sequentialSpecification(WatchSpec.class)
                .addCustomScenario(b -> {
                    b.parallel(p -> {
                        p.thread(t -> add(t, actor(testClass, first, 1)));
                        p.thread(t -> add(t, actor(testClass, collector)));
                        p.thread(t -> add(t, actor(testClass, third, 3)));
                        return Unit.INSTANCE;
                    });
                    return Unit.INSTANCE;
                });
    }

    private static Unit add(DSLThreadScenario thread, Actor actor) {
        thread.add(actor);
        return Unit.INSTANCE;
    }

    /** An actor calling {@code name} with int arguments ({@code tid} for the mutators, none for the collector). */
    private static Actor actor(Class<?> testClass, String name, Object... args) {
        Class<?>[] types = new Class<?>[args.length];
        java.util.Arrays.fill(types, int.class);
        try {
            return new Actor(testClass.getMethod(name, types), List.of(args));
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    /** Which bug, if any, the harness plants in the path under test. */
    enum Variant {
        /** The real protocol. */
        REAL,
        /** incref changes the shared count first and touches the word after. */
        TOUCH_AFTER_COUNT,
        /** A door on an open word takes its reference without the CAS that touches the word. */
        DOOR_WITHOUT_CAS
    }

    // ---- the harness shared by the test classes (composition: Lincheck finds annotated methods once per class only
    // when test classes do not inherit them)

    /** The watched object, each thread's pocket of references to it, and the collector's own state. */
    static final class WatchedObject {
        final Runtime rt = Runtime.builder().scheme(RcScheme.ATOMIC).discoverExtensions(false)
                .extension(new RefCountExtension()).build();
        final Variant variant;
        /** References held by threads 1 to 3 (index 0 unused). */
        final AtomicIntegerArray pockets = new AtomicIntegerArray(THREADS + 1);
        /** The object, created (and watched) by the constructor. */
        final Harness.Counted object;
        /** The collector's thread only: whether its commit succeeded, and whether it has reopened the word since. */
        boolean committed;
        boolean reopened;

        /**
         * Creates the object on the constructing thread: merged, three references, one in each thread's pocket, then
         * watched as the fence leaves an already merged candidate, with the verdict table of its collection open.
         */
        WatchedObject(Variant variant) {
            this.variant = variant;
            ThreadState ts = ts();
            Harness.Counted o = new Harness.Counted(ts, 0);
            RefCount.incref(ts, o);
            RefCount.incref(ts, o);
            int s = Header.refSharedVolatile(o);
            if (Header.sharedState(s) != Header.MERGED || Header.ownerIdOpaque(o) != Header.OWNER_NONE
                    || !Header.casRefLocal(o, 0, OPEN)) {
                throw new IllegalStateException("a new ATOMIC object is not merged and ownerless");
            }
            GcWatch.of(rt).begin(EPOCH, COMPONENT + 1);
            for (int tid = 1; tid <= THREADS; tid++) {
                pockets.set(tid, 1);
            }
            object = o;
        }

        /** The calling thread's state in this invocation's Runtime, attached on first use. */
        ThreadState ts() {
            ThreadState ts = rt.currentThreadState();
            return ts != null ? ts : rt.attachCurrentThread();
        }

        /** Whether thread {@code tid} holds a reference. */
        boolean holds(int tid) {
            return pockets.get(tid) > 0;
        }

        /** Takes one reference out of thread {@code tid}'s pocket; false if it holds none. */
        boolean take(int tid) {
            if (pockets.get(tid) == 0) {
                return false;
            }
            pockets.decrementAndGet(tid);
            return true;
        }

        /** Puts a new reference into thread {@code tid}'s pocket. */
        void give(int tid) {
            pockets.incrementAndGet(tid);
        }

        /** A thread that holds a reference takes another one. */
        boolean incref(int tid) {
            ThreadState ts = ts();
            Harness.Counted o = object;
            if (!holds(tid)) {
                return false; // nothing held that makes an incref safe
            }
            if (variant == Variant.TOUCH_AFTER_COUNT && Header.isWatchLocal(Header.refLocal(o))) {
                int w = Header.refLocal(o);
                Header.getAndAddRefShared(o, Header.SHARED_ONE); // the bug: the count changes first ...
                touch(o, w);                                     // ... and the flag says so too late
            } else {
                RefCount.incref(ts, o);
            }
            give(tid);
            return true;
        }

        /** Drops one reference from the calling thread's own pocket, if it has one. */
        boolean drop(int tid) {
            ThreadState ts = ts();
            Harness.Counted o = object;
            if (!take(tid)) {
                return false;
            }
            RefCount.decref(ts, o);
            return true;
        }

        /** A door: a reference to an object the thread may hold no reference to, if it is alive and not garbage. */
        boolean door(int tid) {
            ThreadState ts = ts();
            Harness.Counted o = object;
            int w = Header.refLocal(o);
            boolean got;
            if (variant == Variant.DOOR_WITHOUT_CAS && Header.isWatchLocal(w) && !Header.isWatchClosed(w)) {
                got = sharedTryIncref(o); // the bug: no CAS on the word, so a commit cannot see this door
            } else {
                got = RefCount.tryIncref(ts, o);
            }
            if (got) {
                give(tid);
            }
            return got;
        }

        /**
         * Validation's read of the member, then the commit of its component, as ConcurrentCollector's validate and
         * commit do them: the count read if the word was closed, else -1.
         */
        int commit() {
            Harness.Counted o = object;
            int s = Header.refSharedVolatile(o);
            int w = Header.refLocalVolatile(o);
            if (w != OPEN || Header.sharedState(s) != Header.MERGED || !Header.isLiveShared(s)
                    || Header.isSaturatedShared(s)) {
                return -1; // touched, unwatched, closed already or freed: excluded by validation
            }
            int count = Header.sharedCount(s);
            GcWatch watch = GcWatch.of(rt);
            watch.set(COMPONENT, GcWatch.COMMITTING);
            if (!Header.casRefLocal(o, OPEN, CLOSED)) {
                watch.set(COMPONENT, GcWatch.ALIVE);
                unwatch(o); // doors waiting on a closed word go on
                return -1;
            }
            watch.set(COMPONENT, GcWatch.CLOSED);
            committed = true;
            return count;
        }

        /** After a successful commit, once: verdict OPEN, then the word reopened (ConcurrentCollector.reopen). */
        boolean reopen() {
            Harness.Counted o = object;
            if (!committed || reopened) {
                return false;
            }
            reopened = true;
            GcWatch.of(rt).set(COMPONENT, GcWatch.OPEN);
            int w = Header.refLocalVolatile(o);
            while (Header.isWatchLocal(w) && w != REOPENED && !Header.casRefLocal(o, w, REOPENED)) {
                w = Header.refLocalVolatile(o);
            }
            return true;
        }

        /** The collection's end: the word unwatched unless the object is freed (ConcurrentCollector.unwatchAll). */
        boolean unwatch() {
            Harness.Counted o = object;
            if (Header.isWatchLocal(Header.refLocalVolatile(o)) && Header.ownerIdOpaque(o) != Header.OWNER_DEAD) {
                unwatch(o);
            }
            return true;
        }

        /** ConcurrentCollector.unwatch. */
        private static void unwatch(PyObject o) {
            int w = Header.refLocalVolatile(o);
            while (Header.isWatchLocal(w)) {
                if (Header.casRefLocal(o, w, 0)) {
                    return;
                }
                w = Header.refLocalVolatile(o);
            }
        }

        /** refcount's Watched.touch, for the planted variant. */
        private static void touch(PyObject o, int w) {
            while (Header.isWatchLocal(w) && !Header.isWatchTouched(w)) {
                if (Header.casRefLocal(o, w, Header.watchTouch(w))) {
                    return;
                }
                w = Header.refLocalVolatile(o);
            }
        }

        /** refcount's tryIncref on a merged shared word, for the planted variant: never revives a count of zero. */
        private static boolean sharedTryIncref(PyObject o) {
            int s = Header.refSharedVolatile(o);
            while (Header.isLiveShared(s) && Header.sharedCount(s) > 0) {
                if (Header.casRefShared(o, s, s + Header.SHARED_ONE)) {
                    return true;
                }
                s = Header.refSharedVolatile(o);
            }
            return false;
        }

        /**
         * After an invocation: the count is exact and the object freed exactly once iff no reference is held; then
         * every reference still held is dropped (after the word is unwatched, as the collection's end does), and the
         * object must be freed once and the Runtime hold no live object.
         */
        void validate() {
            Harness.Counted o = object;
            if (o == null) {
                return;
            }
            int held = 0;
            for (int i = 0; i <= THREADS; i++) {
                held += pockets.get(i);
            }
            int frees = o.frees();
            if (held == 0 && frees != 1) {
                throw new AssertionError("no reference is held, but the object was freed " + frees + " times: "
                        + (frees == 0 ? "a leak" : "a double free"));
            }
            if (held > 0) {
                if (frees != 0) {
                    throw new AssertionError("freed while " + held + " references are held: a premature free");
                }
                int s = Header.refSharedVolatile(o);
                if (Header.sharedCount(s) != held) {
                    throw new AssertionError("count " + Header.sharedCount(s) + " (shared word 0x"
                            + Integer.toHexString(s) + ", local 0x" + Integer.toHexString(Header.refLocalVolatile(o))
                            + ") but " + held + " references held: a lost update");
                }
                ThreadState ts = ts();
                unwatch(o);
                for (int i = 0; i <= THREADS; i++) {
                    while (pockets.get(i) > 0) {
                        pockets.decrementAndGet(i);
                        RefCount.decref(ts, o);
                    }
                }
                if (o.frees() != 1) {
                    throw new AssertionError("every reference dropped, but the object was freed " + o.frees()
                            + " times");
                }
            }
            if (rt.liveObjects() != 0) {
                throw new AssertionError("leak: live objects after the invocation: " + rt.liveObjectsByType());
            }
        }
    }

    // ---- the test classes

    /**
     * The operations, one set for the real protocol and its planted variants (Lincheck collects the operations of a
     * test class's superclasses too).
     */
    public abstract static class Operations {
        final WatchedObject h;

        Operations(Variant variant) {
            h = new WatchedObject(variant);
        }

        @Operation
        public boolean incref(@Param(gen = ThreadIdGen.class) int tid) {
            return h.incref(tid);
        }

        @Operation
        public boolean drop(@Param(gen = ThreadIdGen.class) int tid) {
            return h.drop(tid);
        }

        @Operation
        public boolean door(@Param(gen = ThreadIdGen.class) int tid) {
            return h.door(tid);
        }

        @Operation(nonParallelGroup = "collector")
        public int commit() {
            return h.commit();
        }

        @Operation(nonParallelGroup = "collector")
        public boolean reopen() {
            return h.reopen();
        }

        @Operation(nonParallelGroup = "collector")
        public boolean unwatch() {
            return h.unwatch();
        }

        @Validate
        public void validate() {
            h.validate();
        }
    }

    /** The real protocol. */
    public static class Watch extends Operations {
        public Watch() {
            super(Variant.REAL);
        }
    }

    /** {@link Watch} with incref's touch moved after its count change ({@link WatchedObject#incref}). */
    public static class TouchAfterCount extends Operations {
        public TouchAfterCount() {
            super(Variant.TOUCH_AFTER_COUNT);
        }
    }

    /** {@link Watch} with a door that does not touch an open word ({@link WatchedObject#door}). */
    public static class DoorWithoutCas extends Operations {
        public DoorWithoutCas() {
            super(Variant.DOOR_WITHOUT_CAS);
        }
    }

    /**
     * The sequential specification: the watch-word protocol one operation at a time. The word is untouched from the
     * watch until the first count operation or door (then touched), or until a commit closes it; a commit succeeds only
     * on an untouched word and returns the count, which no operation has changed since the watch; a door refuses a
     * closed word (and a freed object); reopening or unwatching a closed word lets doors in again. Counts and pockets
     * are those of reference counting; the drop that reaches zero frees.
     */
    public static class WatchSpec {
        static final int UNTOUCHED = 0;
        /** Touched, reopened or unwatched: doors pass, a commit fails. */
        static final int TOUCHED = 1;
        static final int CLOSED = 2;
        final int[] pockets = new int[THREADS + 1];
        int count = THREADS;
        int word = UNTOUCHED;
        boolean freed;
        boolean committed;
        boolean reopened;

        public WatchSpec() {
            for (int tid = 1; tid <= THREADS; tid++) {
                pockets[tid] = 1;
            }
        }

        private void touch() {
            if (word == UNTOUCHED) {
                word = TOUCHED;
            }
        }

        public boolean incref(int tid) {
            if (pockets[tid] == 0) {
                return false;
            }
            touch();
            count++;
            pockets[tid]++;
            return true;
        }

        public boolean drop(int tid) {
            if (pockets[tid] == 0) {
                return false;
            }
            touch();
            pockets[tid]--;
            if (--count == 0) {
                freed = true;
            }
            return true;
        }

        public boolean door(int tid) {
            if (freed || word == CLOSED) {
                return false;
            }
            touch();
            count++;
            pockets[tid]++;
            return true;
        }

        public int commit() {
            if (word != UNTOUCHED) {
                return -1;
            }
            word = CLOSED;
            committed = true;
            return count;
        }

        public boolean reopen() {
            if (!committed || reopened) {
                return false;
            }
            reopened = true;
            if (word == CLOSED) {
                word = TOUCHED;
            }
            return true;
        }

        public boolean unwatch() {
            word = TOUCHED;
            return true;
        }
    }
}
