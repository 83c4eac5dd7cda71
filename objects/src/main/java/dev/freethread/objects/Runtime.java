// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.freethread.objects.internal.ThreadCore;
import dev.freethread.objects.spi.RuntimeExtension;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One interpreter instance: its threads, its reference-counting scheme, its interned strings, its live-object
 * accounting and its unraisable hook. Several Runtimes may live in one JVM; objects must not cross between them
 * (immortal objects excepted).
 *
 * <pre>{@code
 * try (Runtime rt = Runtime.builder().scheme(RcScheme.BIASED).build();
 *      ThreadState ts = rt.attachCurrentThread()) {
 *     ...
 * }
 * }</pre>
 *
 * <p>Thread-safe. The toolkit modules that implement protocols at safepoints (reference counting, later the
 * collector) plug in as {@link RuntimeExtension}s found with {@link ServiceLoader}; a Runtime refuses to start
 * without reference counting, rather than leak silently.
 */
public final class Runtime implements AutoCloseable {
    private final RcScheme scheme;
    private final List<RuntimeExtension> extensions;
    private final ThreadIds threadIds = new ThreadIds();
    private final ConcurrentHashMap<Integer, ThreadState> threadsById = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Thread, ThreadState> threadsByThread = new ConcurrentHashMap<>();
    /** Net counts (created minus freed) per type of exited threads; guarded by {@link #accountingLock}. */
    private final Map<PyType, Long> exitedCounts = new HashMap<>();
    private final Object accountingLock = new Object();
    /** Totals of exited threads; guarded by {@link #accountingLock}. */
    private final long[] exitedRcOperations = new long[4];
    private long exitedCreated;
    private long exitedFreed;
    /** Interned strings: immortal, so a strong table (Caffeine; see docs/architecture.md). */
    private final Cache<String, PyStr> interned = Caffeine.newBuilder().build();
    private volatile UnraisableHook unraisableHook;
    private volatile boolean closed;
    /** sys.getrecursionlimit(): the depth of recursive toolkit calls a thread may reach (ThreadState.enterRecursiveCall). */
    private volatile int recursionLimit = DEFAULT_RECURSION_LIMIT;
    private volatile int intMaxStrDigits = DEFAULT_INT_MAX_STR_DIGITS;
    private final World world = new World(this);
    private final dev.freethread.objects.internal.Qsbr qsbr = new dev.freethread.objects.internal.Qsbr();
    private final dev.freethread.objects.internal.PerThreadObjects perThreadObjects =
            new dev.freethread.objects.internal.PerThreadObjects();
    private final ParkingLot parkingLot = new ParkingLot();
    /** The mutex every thread holds while it takes a two-object section whose members' identity hashes collide. */
    private final PyObject pairTieBreaker = new TieBreaker();
    /** Per-Runtime state of toolkit modules (the weak-reference table), keyed by the module's own key object. */
    private final ConcurrentHashMap<Object, Object> attachments = new ConcurrentHashMap<>();

    private Runtime(Builder b) {
        this.scheme = b.scheme;
        this.unraisableHook = b.unraisableHook;
        List<RuntimeExtension> ext = new ArrayList<>(b.extensions);
        if (b.discover) {
            for (RuntimeExtension e : ServiceLoader.load(RuntimeExtension.class, Runtime.class.getClassLoader())) {
                if (ext.stream().noneMatch(x -> x.role().equals(e.role()))) {
                    ext.add(e);
                }
            }
        }
        if (ext.stream().noneMatch(x -> x.role().equals("refcount"))) {
            throw new IllegalStateException("no reference-counting extension found: put the module dev.freethread.refcount"
                    + " (artifact freethread-refcount) on the module path or class path");
        }
        this.extensions = List.copyOf(ext);
        dev.freethread.objects.spi.ReferenceReleaser r = null;
        for (RuntimeExtension e : extensions) {
            if (e.role().equals("refcount") && e instanceof dev.freethread.objects.spi.ReferenceReleaser) {
                r = (dev.freethread.objects.spi.ReferenceReleaser) e;
            }
        }
        this.releaser = r;
    }

    /** The refcount extension's releaser (null with a stand-in that frees nothing, as objects' own tests use). */
    private final dev.freethread.objects.spi.ReferenceReleaser releaser;

    /** Drops one reference on {@code ts}'s thread, through reference counting (see {@link Compare}). */
    void releaseReference(ThreadState ts, PyObject o) {
        if (releaser != null) {
            releaser.release(ts, o);
        }
    }

    /** CPython's default {@code sys.getrecursionlimit()}. */
    public static final int DEFAULT_RECURSION_LIMIT = 1000;
    /** CPython's default limit on the digits of a decimal int conversion ({@code sys.get_int_max_str_digits()}). */
    public static final int DEFAULT_INT_MAX_STR_DIGITS = 4300;
    /** The least non-zero limit {@code sys.set_int_max_str_digits} accepts (CPython's threshold). */
    public static final int INT_MAX_STR_DIGITS_THRESHOLD = 640;

    /** A builder for a Runtime. */
    public static Builder builder() {
        return new Builder();
    }

    /** A Runtime with the default settings (BIASED reference counting). */
    public static Runtime create() {
        return builder().build();
    }

    /** Builds a {@link Runtime}. */
    public static final class Builder {
        private RcScheme scheme = RcScheme.BIASED;
        private UnraisableHook unraisableHook = UnraisableHook.PRINT;
        private final List<RuntimeExtension> extensions = new ArrayList<>();
        private boolean discover = true;

        private Builder() {}

        /** The reference-counting scheme (default {@link RcScheme#BIASED}). */
        public Builder scheme(RcScheme scheme) {
            this.scheme = Objects.requireNonNull(scheme, "scheme");
            return this;
        }

        /** Where errors from finalizers and weak-reference callbacks go (default: printed to standard error). */
        public Builder unraisableHook(UnraisableHook hook) {
            this.unraisableHook = Objects.requireNonNull(hook, "unraisableHook");
            return this;
        }

        /** Adds an extension explicitly; it takes precedence over a discovered one with the same role. */
        public Builder extension(RuntimeExtension extension) {
            extensions.add(Objects.requireNonNull(extension, "extension"));
            return this;
        }

        /** Whether to discover extensions with {@link ServiceLoader} (default true). */
        public Builder discoverExtensions(boolean discover) {
            this.discover = discover;
            return this;
        }

        public Runtime build() {
            return new Runtime(this);
        }
    }

    /** The reference-counting scheme of every object created in this Runtime. */
    public RcScheme scheme() {
        return scheme;
    }

    List<RuntimeExtension> extensions() {
        return extensions;
    }

    /**
     * Attaches the calling thread: issues it a new thread state with a new id, attached.
     *
     * @throws IllegalStateException if the thread already has a thread state here, or the Runtime is closed
     */
    public ThreadState attachCurrentThread() {
        if (closed) {
            throw new IllegalStateException("cannot attach thread '" + Thread.currentThread().getName() + "': the Runtime is closed");
        }
        Thread t = Thread.currentThread();
        int id = threadIds.issue();
        ThreadState ts = new ThreadState(this, id, t);
        if (threadsByThread.putIfAbsent(t, ts) != null) {
            throw new IllegalStateException("thread '" + t.getName() + "' is already attached to this Runtime as "
                    + threadsByThread.get(t));
        }
        threadsById.put(id, ts);
        ts.attachQuietly(); // born DETACHED: a stop in progress holds it until the restart [W1]
        // [W1] for a thread that registers during a stop: the stopper's scan iterates the table weakly and may miss
        // it. Dekker with the stopper (volatile table put and status CAS here, then a volatile read of the stopper;
        // there, a volatile write of the stopper, then the scan): either the scan sees this thread, or this thread
        // sees the stop and parks before it runs anything.
        World w = world;
        if (w.stopRequestedFor(ts)) {
            w.parkForStop(ts);
        }
        return ts;
    }

    World world() {
        return world;
    }

    dev.freethread.objects.internal.Qsbr qsbr() {
        return qsbr;
    }

    dev.freethread.objects.internal.PerThreadObjects perThreadObjects() {
        return perThreadObjects;
    }

    PyObject pairTieBreaker() {
        return pairTieBreaker;
    }

    /** An immortal object that only carries a mutex (see CriticalSection's equal-hash pairs). */
    private static final class TieBreaker extends PyObject {
        private static final PyType TYPE = PyType.staticType("critical-section tie-breaker", 0);

        TieBreaker() {
            super(TYPE, Immortal.IMMORTAL);
        }
    }

    ParkingLot parkingLot() {
        return parkingLot;
    }

    /** A live view of the thread states that have not exited (for the coordinators). */
    Collection<ThreadState> threadStatesView() {
        return threadsById.values();
    }

    /**
     * Stops the world: returns when every other attached thread is parked at a safepoint; detached threads do not
     * delay it and cannot attach until {@link #startTheWorld}. Stops by two threads are serialised (the second waits,
     * detached, for the first to restart); a stopper may nest stops. Blocking.
     *
     * <p>While the world is stopped the stopper must not block on an object's mutex (its holder may be parked).
     *
     * <p>Calling thread: {@code ts}'s own, attached.
     */
    public void stopTheWorld(ThreadState ts) {
        checkCoordinator(ts, "stop the world");
        world.stop(ts);
    }

    /**
     * Restarts the world stopped by {@code ts} (the innermost of nested stops restarts nothing). Threads that were
     * attached, or were waiting to attach, come back attached, so they run before any next stop completes.
     *
     * @throws IllegalStateException if {@code ts} has not stopped the world
     */
    public void startTheWorld(ThreadState ts) {
        world.start(ts);
    }

    /** Whether the world is stopped (or being stopped). A snapshot. */
    public boolean isWorldStopped() {
        return world.isStopped();
    }

    /**
     * Runs {@code action} for every thread that has not exited: for the caller at once, for an attached thread at
     * its next safepoint (on that thread), for a detached thread on its behalf (on the caller's thread, while that
     * thread is kept from attaching). Returns when all have run; the caller waits detached, so no thread waits for
     * another's safepoint except the requester. The action receives the target's thread state. The first error an
     * action throws is rethrown after all have run. Blocking.
     *
     * <p>Calling thread: {@code ts}'s own, attached.
     */
    public void handshake(ThreadState ts, java.util.function.Consumer<ThreadState> action) {
        checkCoordinator(ts, "request a handshake");
        world.handshake(ts, java.util.Objects.requireNonNull(action, "action"));
    }

    private static void checkCoordinator(ThreadState ts, String what) {
        if (ts.thread() != Thread.currentThread() || !ts.isAttached()) {
            throw new IllegalStateException("cannot " + what + " through " + ts + " from thread '"
                    + Thread.currentThread().getName() + "': a coordinator must be attached, with its own thread state");
        }
    }

    /** The calling thread's state in this Runtime, or null if it has none. */
    public ThreadState currentThreadState() {
        return threadsByThread.get(Thread.currentThread());
    }

    /**
     * Whether this Runtime issued thread id {@code id} (to a thread that may have exited since). Ids are unique in the
     * JVM, so an object owned by a thread of another Runtime is told apart: the toolkit refuses such an object where
     * it would merge or free it (and on every operation in debug mode). Lock-free.
     */
    public boolean issuedThreadId(int id) {
        return threadIds.issued(id);
    }

    /** The thread state with this id, or null if it has exited (or never existed). */
    public ThreadState threadState(int id) {
        return threadsById.get(id);
    }

    /** The thread states that have not exited (a snapshot). */
    public Collection<ThreadState> threads() {
        return Collections.unmodifiableCollection(new ArrayList<>(threadsById.values()));
    }

    void unregister(ThreadState ts) {
        synchronized (accountingLock) {
            if (ts.unregistered) {
                return; // a reclaimer and the thread's own exit cannot both fold its counts in
            }
            ts.unregistered = true;
            for (Map.Entry<PyType, ThreadCore.TypeCount> e : ts.core().typeCounts().entrySet()) {
                exitedCounts.merge(e.getKey(), e.getValue().net(), Long::sum);
                exitedCreated += e.getValue().created();
                exitedFreed += e.getValue().freed();
            }
            long[] ops = ts.core().rcOperations;
            for (int i = 0; i < ops.length; i++) {
                exitedRcOperations[i] += ops[i];
            }
            // The thread's tracked objects outlive it: its heap joins the orphan heaps before it leaves the table,
            // so a collection (which waits for exiting threads to leave it) always sees the heap in one place.
            dev.freethread.objects.internal.OrphanHeaps.adopt(this, ts.core(), ts.id());
            threadsById.remove(ts.id());
            threadsByThread.remove(ts.thread(), ts);
        }
        world.threadDetached(ts); // a stopper waits for exiting threads to leave the table
    }

    /**
     * Reclaims the state of a thread that ended without {@code close()} ({@link ThreadState#isAbandoned()}), on behalf
     * of {@code reclaimer} (the calling thread's own state, attached or detached; it adopts the dead thread's pending
     * work and does it at its next safepoint). Its thread runs no more, so nothing races it here (its last writes are
     * visible: {@code Thread.isAlive()} returning false synchronises with the thread's end):
     * <ol>
     *   <li>its merge gate closes and the objects queued to it are handed to the reclaimer, to merge as abandoned;
     *       from now on every producer merges its objects itself ([R6]);</li>
     *   <li>its postponed deallocations move to the reclaimer's postponed stack (still roots for the collector);</li>
     *   <li>the mutexes of its held critical sections are released (its bare mutexes cannot be found: the report
     *       counts them);</li>
     *   <li>it is marked exited and unregistered (its heap of tracked objects joins the orphan heaps);</li>
     *   <li>a report naming the thread is queued for the unraisable hook, delivered at the reclaimer's next safepoint
     *       (never while a monitor is held).</li>
     * </ol>
     * Called by coordinators that found such a state while waiting for it (a stop, a handshake, a stop's claim), with
     * the World monitor held, and by {@link #close()}. Idempotent.
     */
    void reclaim(ThreadState dead, ThreadState reclaimer) {
        if (dead.status == ThreadStateFields.EXITED && dead.unregistered) {
            return;
        }
        dev.freethread.objects.internal.ThreadCore core = dead.core();
        dev.freethread.objects.internal.ThreadCore mine = reclaimer.core();
        mine.adoptMerges(core.closeMergeGateAndTake());
        // Its deferred decrefs (with their goals) and its per-thread counts become the reclaimer's: the counts are
        // added to the reclaimer's own slots, the references wait for their grace periods in the reclaimer's queue.
        mine.deferred().takeOver(core.deferred());
        int[] counts = dead.perThreadCounts;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 0) {
                dev.freethread.objects.internal.ThreadStates.perThreadCountsFor(reclaimer, i)[i] += counts[i];
                counts[i] = 0;
            }
        }
        qsbr.offline(core);
        java.util.ArrayDeque<PyObject> postponed = core.postponedDeallocsOrNull();
        if (postponed != null) {
            PyObject o;
            while ((o = postponed.pollLast()) != null) {
                mine.postponedDeallocs().push(o);
            }
        }
        int sections = CriticalSection.releaseAllOf(dead); // mutexesHeld counts only the bare ones
        int bare = dead.mutexesHeld;
        dead.status = ThreadStateFields.EXITED;
        unregister(dead);
        mine.addReport(new IllegalStateException("thread '" + dead.thread.getName() + "' ended without closing its"
                + " thread state #" + dead.id + ": reclaimed by thread '" + reclaimer.thread.getName() + "'"
                + (sections > 0 ? "; released the " + sections + " mutex(es) of its critical sections" : "")
                + (bare > 0 ? "; " + bare + " mutex(es) it locked directly (PyMutex.lock) stay locked" : "")));
        dev.freethread.objects.internal.ThreadStates.request(reclaimer, dev.freethread.objects.internal.ThreadStates.REQUEST_MERGE);
    }

    /**
     * Live objects per type: created minus freed, over every thread that ever attached. Immortal objects are not
     * counted. Exact when no thread is creating or freeing objects; a close estimate otherwise.
     */
    public Map<PyType, Long> liveObjectsByType() {
        Map<PyType, Long> m;
        synchronized (accountingLock) {
            m = new HashMap<>(exitedCounts);
            for (ThreadState ts : threadsById.values()) {
                for (Map.Entry<PyType, ThreadCore.TypeCount> e : ts.core().typeCounts().entrySet()) {
                    m.merge(e.getKey(), e.getValue().net(), Long::sum);
                }
            }
        }
        m.values().removeIf(v -> v == 0L);
        return m;
    }

    /**
     * Totals over every thread that ever attached: {@code [created, freed]} objects (immortal ones excepted; an
     * object made immortal after creation counts as freed). Same exactness as {@link #liveObjectsByType()}.
     */
    public long[] objectTotals() {
        long created;
        long freed;
        synchronized (accountingLock) {
            created = exitedCreated;
            freed = exitedFreed;
            for (ThreadState ts : threadsById.values()) {
                for (ThreadCore.TypeCount c : ts.core().typeCounts().values()) {
                    created += c.created();
                    freed += c.freed();
                }
            }
        }
        return new long[] {created, freed};
    }

    /**
     * Reference-count operations by path over every thread that ever attached, when refcount's statistics mode is on
     * ({@code -Dfreethread.rcstats=true}; all zero otherwise): {@code [biased (the owner's plain path), shared (an
     * atomic on the shared word), per-thread, immortal]}. Exact when the threads are quiescent.
     */
    public long[] rcOperationTotals() {
        long[] t;
        synchronized (accountingLock) {
            t = exitedRcOperations.clone();
            for (ThreadState ts : threadsById.values()) {
                long[] ops = ts.core().rcOperations;
                for (int i = 0; i < t.length; i++) {
                    t[i] += ops[i];
                }
            }
        }
        return t;
    }

    /** The number of live objects (see {@link #liveObjectsByType()} for when it is exact). */
    public long liveObjects() {
        long n = 0;
        for (long v : liveObjectsByType().values()) {
            n += v;
        }
        return n;
    }

    /**
     * The interned string for {@code s}: immortal, and the same object for equal strings (Python's
     * {@code sys.intern}). Thread-safe.
     */
    public PyStr intern(String s) {
        Objects.requireNonNull(s, "cannot intern null");
        return interned.get(s, PyStr::immortal);
    }

    /**
     * Per-Runtime state a toolkit module keeps (for example refcount's weak-reference table), created on first use.
     * {@code key} is an object private to that module, so no other module can reach the state.
     */
    @SuppressWarnings("unchecked")
    public <T> T attachment(Object key, java.util.function.Supplier<T> factory) {
        Object v = attachments.get(key);
        if (v == null) {
            v = attachments.computeIfAbsent(key, k -> factory.get());
        }
        return (T) v;
    }

    /** The hook that receives errors from finalizers and weak-reference callbacks. */
    public UnraisableHook unraisableHook() {
        return unraisableHook;
    }

    public void setUnraisableHook(UnraisableHook hook) {
        this.unraisableHook = Objects.requireNonNull(hook, "unraisableHook");
    }

    /** Hands an error that cannot be raised to the unraisable hook; an error in the hook itself is printed. */
    public void reportUnraisable(Throwable error, String context, PyObject object) {
        try {
            unraisableHook.unraisable(error, context, object);
        } catch (Throwable t) {
            if (t != error) { // the JVM may hand out one OutOfMemoryError object again: no self-suppression
                t.addSuppressed(error);
            }
            UnraisableHook.PRINT.unraisable(t, "unraisable hook, while reporting: " + context, object);
        }
    }

    // ---- the digit limit of decimal int conversions (sys.get_int_max_str_digits / sys.set_int_max_str_digits)

    /**
     * {@code sys.get_int_max_str_digits()}: the most digits an int may have in a decimal conversion ({@code repr(ts)}
     * of a {@link PyInt}, and a binding's own {@code str}/{@code int()}), 0 for no limit. Per Runtime, as CPython's is
     * per interpreter (CVE-2020-10735: quadratic conversions of huge numbers).
     */
    public int intMaxStrDigits() {
        return intMaxStrDigits;
    }

    /**
     * {@code sys.set_int_max_str_digits(n)}, for every thread of this Runtime.
     *
     * @throws PyException ValueError {@code maxdigits must be 0 or larger than 640}
     */
    public void setIntMaxStrDigits(int n) {
        if (n != 0 && n < INT_MAX_STR_DIGITS_THRESHOLD) {
            throw new PyException("ValueError", "maxdigits must be 0 or larger than " + INT_MAX_STR_DIGITS_THRESHOLD);
        }
        intMaxStrDigits = n;
    }

    // ---- recursion limit (sys.getrecursionlimit / sys.setrecursionlimit)

    /** {@code sys.getrecursionlimit()}: the depth of recursive toolkit calls any thread may reach (default 1000). */
    public int recursionLimit() {
        return recursionLimit;
    }

    /**
     * {@code sys.setrecursionlimit(limit)} for every thread of this Runtime. The calling thread's own depth is checked
     * as CPython does. Each level of a recursive toolkit path (a comparison of nested containers, a tuple's hash, a
     * repr, a call into the binding) takes Java stack: the limit must fit the smallest stack of the Runtime's threads
     * (docs/threads.md, "Recursion", gives the figures).
     *
     * @throws PyException ValueError {@code recursion limit must be greater or equal than 1}; RecursionError
     *         {@code cannot set the recursion limit to N at the recursion depth D: the limit is too low} when the calling
     *         thread is already that deep
     */
    public void setRecursionLimit(ThreadState ts, int limit) {
        if (limit < 1) {
            throw new PyException("ValueError", "recursion limit must be greater or equal than 1");
        }
        int depth = ts.recursionDepth();
        if (depth >= limit) {
            throw new PyException("RecursionError", "cannot set the recursion limit to " + limit
                    + " at the recursion depth " + depth + ": the limit is too low");
        }
        recursionLimit = limit;
    }

    /**
     * Closes the Runtime: no thread may attach afterwards. The states of threads that ended without exiting are
     * reclaimed first (their pending work done on the calling thread, which attaches for it), and reported.
     *
     * @throws IllegalStateException if a thread whose Java thread is alive has not exited
     */
    @Override
    public void close() {
        stopExtensionThreads();
        reclaimAbandoned();
        closed = true;
        if (!threadsById.isEmpty()) {
            throw new IllegalStateException("cannot close the Runtime: threads still attached or detached: " + threads());
        }
    }

    /**
     * Stops and joins the threads the Runtime's extensions own (gc's collector thread, which the concurrent collector
     * starts at the first automatic collection): after this only the binding's own threads are attached or detached.
     * {@link #close()} calls it first; a leak check that inspects {@link #threads()} before closing calls it too.
     * Afterwards automatic collections run on the thread that triggers them. Called by a thread that is not one of
     * theirs.
     */
    public void stopExtensionThreads() {
        for (RuntimeExtension e : extensions) {
            e.beforeClose(this);
        }
    }

    private void reclaimAbandoned() {
        if (closed || threadsById.values().stream().noneMatch(ThreadState::isAbandoned)) {
            return;
        }
        if (currentThreadState() != null) {
            return; // the caller is attached here: close() will refuse anyway, naming every thread
        }
        ThreadState me = attachCurrentThread();
        try {
            synchronized (world.monitor()) {
                for (ThreadState t : threadsById.values()) {
                    if (t != me && t.isAbandoned()) {
                        reclaim(t, me);
                    }
                }
            }
            me.poll(); // the adopted work and the reports
        } finally {
            me.close();
        }
    }
}
