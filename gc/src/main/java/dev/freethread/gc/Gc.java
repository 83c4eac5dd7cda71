// SPDX-License-Identifier: Apache-2.0
package dev.freethread.gc;

import dev.freethread.objects.CriticalSection;
import dev.freethread.objects.PyException;
import dev.freethread.objects.PyMutex;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.Header;
import dev.freethread.objects.internal.ThreadStates;
import dev.freethread.refcount.RefCount;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.freethread.objects.internal.Header.GC_FROZEN;
import static dev.freethread.objects.internal.Header.GC_TRACKED;
import static dev.freethread.objects.internal.Header.GC_UNREACHABLE;

/**
 * Python's {@code gc} module for one {@link Runtime}: the cycle collector's controls and introspection, named after
 * Python's functions ({@code collect}, {@code enable}, {@code get_count} as {@link #getCount}, ...). Obtain it with
 * {@link #of(Runtime)}; the collector itself is {@link Collector} (stop-the-world, PEP 703's), docs/gc.md describes
 * both.
 *
 * <p>Automatic collection (CPython 3.13 free-threaded semantics, {@code gc_should_collect}): each thread counts its
 * tracked allocations minus its tracked frees and reports them every 512 (at its next safepoint); when the total
 * since the last collection exceeds {@code threshold0} (2000) <em>and</em> a quarter of the objects that survived
 * the last collection (so total collector work stays proportional to allocation: every collection is full), that
 * thread collects, at that safepoint. {@code setThreshold(t, 0)} drops the relative condition, as in CPython;
 * {@code setThreshold(0)} or {@link #disable()} stops automatic collection.
 *
 * <p>Thread-safe. Methods that take a {@link ThreadState} must be called on that state's thread, attached; those
 * that return objects return new references ({@link RefList}, released by {@code close()}).
 */
public final class Gc {
    public static final int DEBUG_STATS = 1;
    public static final int DEBUG_COLLECTABLE = 2;
    public static final int DEBUG_UNCOLLECTABLE = 4;
    public static final int DEBUG_SAVEALL = 32;
    public static final int DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

    /** Generations (Python's three; every collection here is a full one, the number is only reported). */
    public static final int NUM_GENERATIONS = 3;

    private static final Object KEY = new Object();

    private final Runtime rt;
    private volatile boolean enabled = true;
    private final int[] thresholds = {2000, 10, 10};
    /** Tracked allocations minus frees since the last collection (CPython's {@code young.count}). */
    private final AtomicInteger youngCount = new AtomicInteger();
    /** Per-generation collection counters (get_count()'s second and third numbers). */
    private final int[] oldCounts = new int[NUM_GENERATIONS];
    /** Objects that survived the last collection (CPython's {@code long_lived_total}). */
    private volatile long longLivedTotal;
    private volatile int debug;
    private final Garbage garbage = new Garbage();
    private final CopyOnWriteArrayList<GcCallback> callbacks = new CopyOnWriteArrayList<>();
    private final long[][] stats = new long[NUM_GENERATIONS][3];

    /** Guards the collecting state; waiters for a running collection wait on it [G4]. */
    private final Object collectLock = new Object();
    private ThreadState collector;
    /** Collections claimed so far; the running one, if any, has this number. A heap walk's claim is not counted. */
    private long collectionsStarted;
    /** Whether {@link #collector} holds the claim for a collection (numbered) rather than for a heap walk. */
    private boolean claimIsCollection;
    /** The number of the last collection that finished, and its result. */
    private long lastFinished;
    private int lastResult;

    private Gc(Runtime rt) {
        this.rt = rt;
    }

    /** The gc module of {@code rt}. */
    public static Gc of(Runtime rt) {
        return rt.attachment(KEY, () -> new Gc(rt));
    }

    // ---- collect

    /**
     * {@code gc.collect()}: a full collection, now, on this thread. Returns the number of unreachable objects found
     * (collected plus uncollectable), as CPython. Works while automatic collection is disabled.
     *
     * <p>When it returns, every object that was cyclic garbage when it was called has been collected (or put in
     * {@code gc.garbage}). So if another thread's collection is running, it waits (detached) for that one and then
     * runs its own, unless a collection that started after this call has finished meanwhile: that one saw everything
     * this call must see, and its result is returned [G4]. A collection already running when the call came may have
     * taken its snapshot before the caller's last decref, so its verdict alone would not do. Called from a finalizer
     * or callback of this thread's own running collection, returns 0 at once.
     */
    public int collect(ThreadState ts) {
        return collect(ts, NUM_GENERATIONS - 1);
    }

    /**
     * {@code gc.collect(generation)}: the same full collection, recorded under {@code generation}.
     *
     * @throws PyException ValueError for a generation outside 0..2 ({@code invalid generation})
     */
    public int collect(ThreadState ts, int generation) {
        if (generation < 0 || generation >= NUM_GENERATIONS) {
            throw new PyException("ValueError", "invalid generation");
        }
        checkThread(ts, "collect");
        Integer waited = claimOrWait(ts, true);
        if (waited != null) {
            return waited;
        }
        return runClaimed(ts, generation);
    }

    /**
     * Claims the collector role, waiting (detached) while another thread holds it. Returns null once claimed. For a
     * collection ({@code forCollection}), returns a result instead where one that started after this call finished
     * while we waited, and 0 at once for a nested call from our own collection's finalizer or callback. A heap walk
     * always claims (its caller checked for nesting).
     */
    private Integer claimOrWait(ThreadState ts, boolean forCollection) {
        long callSeq;
        synchronized (collectLock) {
            if (collector == null) {
                claimLocked(ts, forCollection);
                return null;
            }
            if (collector == ts) {
                return 0; // a finalizer or callback of our own collection
            }
            callSeq = collectionsStarted; // a collection numbered above this one started after the call
        }
        ts.detach(); // the running collector stops the world: it must not wait for us
        boolean interrupted = false;
        try {
            synchronized (collectLock) {
                // Uninterruptible, as gc.collect() is in Python: an interrupt used to end this wait early and return
                // the previous collection's result. It is kept and set again when the wait ends.
                while (true) {
                    if (forCollection && lastFinished > callSeq) {
                        return lastResult; // began after our call, so it saw all the garbage we must find
                    }
                    if (collector == null) {
                        claimLocked(ts, forCollection); // held while we re-attach: no other collection starts
                        return null;
                    }
                    try {
                        collectLock.wait();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            }
        } finally {
            ts.attach();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Takes the free collector role for a numbered collection, or for a heap walk. */
    private void claimLocked(ThreadState ts, boolean forCollection) {
        assert Thread.holdsLock(collectLock) && collector == null;
        collector = ts;
        claimIsCollection = forCollection;
        if (forCollection) {
            collectionsStarted++;
        }
    }

    /** Gives the collector role back; a collection records its number and result for the threads that waited. */
    private void releaseClaim(int result) {
        synchronized (collectLock) {
            if (claimIsCollection) {
                lastFinished = collectionsStarted; // claims are serial: the running collection is the last numbered
                lastResult = result;
            }
            collector = null;
            claimIsCollection = false;
            collectLock.notifyAll();
        }
    }

    private int runClaimed(ThreadState ts, int generation) {
        int result = 0;
        try {
            result = runCollection(ts, generation);
            return result;
        } finally {
            releaseClaim(result);
        }
    }

    private int runCollection(ThreadState ts, int generation) {
        invokeCallbacks(ts, "start", generation, 0, 0);
        GcCollectionEvent event = new GcCollectionEvent();
        event.begin();
        // Counters as gc_collect_internal: older generations count collections; the young count restarts when the
        // world is stopped (resetYoungCount).
        synchronized (oldCounts) {
            if (generation + 1 < NUM_GENERATIONS) {
                oldCounts[generation + 1]++;
            }
            for (int i = 1; i <= generation; i++) {
                oldCounts[i] = 0;
            }
        }
        long examined = 0;
        long collectedNow = 0;
        long uncollectable = 0;
        long pause = 0;
        Collector stw = null;
        if (kind == Kind.CONCURRENT) {
            ConcurrentCollector c = new ConcurrentCollector(this, ts, epoch++, ORACLE);
            c.run();
            longLivedTotal = c.liveAfter;
            examined = c.examined;
            collectedNow = c.collected;
            uncollectable = c.uncollectable;
            pause = c.pauseNanos;
            lastSideTableBytes = c.sideTableBytes;
            // Liveness: a component that a door touches in every commit window is reverted every time (Bacon and
            // Rajan's starvation case); the third collection in a row that reverts one escalates to a stop-the-world
            // collection, which no door can race (docs/gc.md, "Liveness", 4).
            revertStreak = c.reverted > 0 ? revertStreak + 1 : 0;
            boolean escalate = revertStreak >= REVERTS_BEFORE_ESCALATION;
            if (escalate) {
                revertStreak = 0;
                escalations++;
            }
            if (c.opaqueMaybeGarbage > 0 || escalate) {
                // Objects whose traverse must not run beside mutators may be garbage: only the stop-the-world
                // collector can decide them (PyType.FLAG_NO_CONCURRENT_TRAVERSE; docs/gc.md).
                stw = new Collector(this, ts);
            }
        } else {
            stw = new Collector(this, ts);
        }
        if (stw != null) {
            stw.run();
            longLivedTotal = stw.liveAfter;
            examined = Math.max(examined, stw.examined);
            collectedNow += stw.collected;
            uncollectable += stw.uncollectable;
            pause += stw.pauseNanos;
        }
        synchronized (stats) {
            stats[generation][0]++;
            stats[generation][1] += collectedNow;
            stats[generation][2] += uncollectable;
        }
        lastPauseNanos = pause;
        lastExamined = examined;
        event.end();
        if (event.shouldCommit()) {
            event.generation = generation;
            event.examined = examined;
            event.collected = collectedNow;
            event.uncollectable = uncollectable;
            event.pause = pause;
            event.commit();
        }
        invokeCallbacks(ts, "stop", generation, collectedNow, uncollectable);
        return (int) Math.min(Integer.MAX_VALUE, collectedNow + uncollectable);
    }

    /** Which collector runs {@link #collect} and the automatic collections. */
    public enum Kind {
        /**
         * The concurrent collector (docs/gc.md, "The concurrent collector"): no stop of the world; each mutator runs
         * short handshake actions at its safepoints. Objects of types without
         * {@link dev.freethread.objects.PyType#FLAG_NO_CONCURRENT_TRAVERSE} are roots for it: when one of them may be
         * garbage, the collection runs {@link #STOP_THE_WORLD} after its own.
         */
        CONCURRENT,
        /** PEP 703's stop-the-world collector: the fallback for bindings whose traverse cannot run concurrently. */
        STOP_THE_WORLD
    }

    /**
     * The default collector of a new Runtime's gc: the system property {@code freethread.gc.collector}
     * ({@code concurrent} or {@code stop-the-world}).
     */
    static final Kind DEFAULT_KIND = kindOf(System.getProperty("freethread.gc.collector", "concurrent"));

    private static Kind kindOf(String name) {
        switch (name) {
            case "concurrent":
                return Kind.CONCURRENT;
            case "stop-the-world":
                return Kind.STOP_THE_WORLD;
            default:
                throw new IllegalArgumentException("-Dfreethread.gc.collector=" + name
                        + ": expected concurrent or stop-the-world");
        }
    }
    /**
     * Tests only ({@code -Dfreethread.gc.oracle=true}): every concurrent collection stops the world after its commit
     * and checks its verdict against the stop-the-world analysis (an AssertionError on a wrong one).
     */
    static final boolean ORACLE = Boolean.getBoolean("freethread.gc.oracle");

    private volatile Kind kind = DEFAULT_KIND;
    /**
     * Tests only: called by the concurrent collector on its thread at each phase boundary with the phase's name
     * ("detect", "fence", "roots", "validate", "commit", ...), to inject delays or touches between phases.
     */
    volatile java.util.function.Consumer<String> phaseHook;

    /** Concurrent collections in a row that reverted a component (under the collector claim). */
    private int revertStreak;
    private volatile long escalations;
    static final int REVERTS_BEFORE_ESCALATION = 3;

    /**
     * How many concurrent collections ended with a stop-the-world one because three in a row had a component reverted
     * by a door (the liveness escalation, docs/gc.md). For tests and statistics.
     */
    public long escalations() {
        return escalations;
    }
    /** Collections run by the concurrent collector (the watch words carry its low three bits). */
    private int epoch;
    private volatile long lastSideTableBytes;
    /**
     * The concurrent collector's side table, kept cleared between collections (ObjectTable, "One table serves
     * collection after collection"); only the collection that has claimed this Gc touches it.
     */
    private ObjectTable spareTable;
    /** A scratch array of the concurrent collector's heap compaction, kept likewise (null entries between uses). */
    private PyObject[] spareScratch;

    /** The claimed collection: the spare side table (null if none), which it owns until {@link #keepSpareTable}. */
    ObjectTable takeSpareTable() {
        ObjectTable t = spareTable;
        spareTable = null;
        return t;
    }

    /** The claimed collection, at its end: a cleared table for the next one. */
    void keepSpareTable(ObjectTable t) {
        spareTable = t;
    }

    /** The claimed collection: a scratch array of at least {@code n} null entries, to give back when done. */
    PyObject[] takeScratch(int n) {
        PyObject[] s = spareScratch;
        spareScratch = null;
        return s != null && ObjectTable.fits(s.length, n) ? s : new PyObject[ObjectTable.capacityFor(n)];
    }

    /** The claimed collection: gives a scratch array back; its entries must be null again. */
    void keepScratch(PyObject[] s) {
        spareScratch = s;
    }

    /** Selects the collector for the collections that start from now on (the one running, if any, finishes). */
    public void setCollector(Kind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** The collector selected. */
    public Kind collector() {
        return kind;
    }

    /** The concurrent collector's side tables at their peak in its last collection, in bytes (0 for the other). */
    public long lastSideTableBytes() {
        return lastSideTableBytes;
    }

    private volatile long lastPauseNanos;
    private volatile long lastExamined;

    /** The stop-the-world time of the last collection, in nanoseconds (both pauses). */
    public long lastPauseNanos() {
        return lastPauseNanos;
    }

    /** How many tracked objects the last collection examined. */
    public long lastExamined() {
        return lastExamined;
    }

    private void invokeCallbacks(ThreadState ts, String phase, int generation, long collected, long uncollectable) {
        if (callbacks.isEmpty()) {
            return;
        }
        Map<String, Long> info = new LinkedHashMap<>();
        info.put("generation", (long) generation);
        info.put("collected", collected);
        info.put("uncollectable", uncollectable);
        Map<String, Long> view = java.util.Collections.unmodifiableMap(info);
        for (GcCallback cb : callbacks) {
            try {
                cb.call(ts, phase, view);
            } catch (Throwable t) {
                rt.reportUnraisable(t, "gc callback " + cb + " (" + phase + ")", null);
            }
        }
    }

    // ---- scheduling

    /** At a safepoint of {@code ts} (GcExtension): report its allocation count, and collect if it is time. */
    void atSafepoint(ThreadState ts) {
        int n = ThreadStates.core(ts).takeGcAllocCount();
        if (n != 0) {
            youngCount.addAndGet(n);
        }
        if (n > 0 && ts.isAttached() && shouldCollect()) {
            if (kind == Kind.CONCURRENT && ts != collectorThreadState && wakeCollectorThread()) {
                // Not inside a section, even a suspended one: the safepoint may be attach()'s, which resumes the
                // innermost section after it, and the stall's own attach() would resume it first (a double resume).
                if (mustStall() && !CriticalSection.isInside(ts) && PyMutex.heldBy(ts) == 0) {
                    stall(ts);
                }
                return; // the collector thread collects; this mutator goes on at once
            }
            // The stop-the-world collector, or no collector thread any more (stopExtensionThreads): collect here.
            synchronized (collectLock) {
                if (collector != null) {
                    return; // one is running: the allocation is counted towards the next
                }
                claimLocked(ts, true);
            }
            runClaimed(ts, 0);
        }
    }

    // ---- allocation stalls (concurrent collector only)

    /**
     * How far the tracked objects allocated since the last collection's snapshot may run ahead of the collection
     * trigger before a mutator waits: {@value} triggers' worth. The concurrent collector stops no mutator, so nothing
     * else paces mutators that make garbage faster than one collector thread frees it (four threads making cycles on
     * two cores ran the JVM out of memory); CPython's collections pace by running on the allocating thread.
     */
    static final int STALL_FACTOR = 8;
    /**
     * ... and at least this many (a young count below it never stalls): a small heap's trigger (2000) times the factor
     * would make a mutator wait for every collection, where the point is only to bound what piles up.
     */
    static final int STALL_MIN = 250_000;
    /** The longest one stall lasts: a stall is a throttle, never a wait that a finalizer could turn into a deadlock. */
    static final long STALL_MAX_NANOS = 50_000_000L;
    /** Collector-thread rounds finished (guarded by wakeLock): what a stall waits for. */
    private long finishedRounds;
    private final java.util.concurrent.atomic.AtomicLong stalls = new java.util.concurrent.atomic.AtomicLong();

    /** Whether the young count is past both {@link #STALL_FACTOR} times the trigger and {@link #STALL_MIN}. */
    private boolean mustStall() {
        int[] t = thresholdPair();
        long trigger = t[1] == 0 ? t[0] : Math.max(t[0], longLivedTotal / 4);
        return youngCount.get() > Math.max(STALL_FACTOR * trigger, STALL_MIN);
    }

    /** threshold0 and threshold1, read together. */
    private int[] thresholdPair() {
        synchronized (thresholds) {
            return new int[] {thresholds[0], thresholds[1]};
        }
    }

    /**
     * An allocation stall (ZGC's name): the mutator waits, detached, until the collector thread finishes a round, at
     * most {@link #STALL_MAX_NANOS}. Only a thread inside no critical section (held or suspended) and holding no
     * mutex stalls: a finalizer of the running collection may need what it holds. The safepoint may be one that
     * detach(), attach() or close() services; the stall's own detach and attach nest inside it.
     */
    private void stall(ThreadState ts) {
        stalls.incrementAndGet();
        ts.detach();
        boolean interrupted = false;
        try {
            synchronized (wakeLock) {
                long round = finishedRounds;
                long deadline = System.nanoTime() + STALL_MAX_NANOS;
                long left;
                while (finishedRounds == round && (wakeRequested || busy) && !closing
                        && (left = deadline - System.nanoTime()) > 0) {
                    try {
                        wakeLock.wait(left / 1_000_000, (int) (left % 1_000_000));
                    } catch (InterruptedException e) {
                        interrupted = true;
                        break;
                    }
                }
            }
        } finally {
            ts.attach();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Allocation stalls so far (mutators that waited for the collector thread; see {@link #STALL_FACTOR}). */
    public long allocationStalls() {
        return stalls.get();
    }

    // ---- the collector thread (concurrent collector only)

    private final Object wakeLock = new Object();
    /** Guarded by wakeLock. */
    private Thread collectorThread;
    private boolean wakeRequested;
    private boolean busy;
    private boolean closing;
    private volatile ThreadState collectorThreadState;
    private volatile long backgroundCollections;

    /**
     * Automatic collections of the concurrent collector run here, on a daemon thread the Runtime owns
     * ({@code freethread-gc-N}), started at the first one and stopped by {@code Runtime.close()}: the mutator whose
     * safepoint found it time only wakes it. The thread is attached to the Runtime (it appears among its threads);
     * finalizers and callbacks of automatic collections run on it (CPython runs them on the triggering thread).
     */
    private boolean wakeCollectorThread() {
        synchronized (wakeLock) {
            if (closing) {
                return false; // stopped for good: the caller collects on its own thread, as before
            }
            wakeRequested = true;
            if (collectorThread == null) {
                Thread t = new Thread(this::collectorLoop, "freethread-gc-" + System.identityHashCode(rt));
                t.setDaemon(true);
                collectorThread = t;
                t.start();
            } else {
                wakeLock.notifyAll();
            }
            return true;
        }
    }

    private void collectorLoop() {
        ThreadState ts;
        try {
            ts = rt.attachCurrentThread();
        } catch (IllegalStateException closed) {
            return; // the Runtime is closing
        }
        collectorThreadState = ts;
        try {
            for (;;) {
                ts.detach();
                synchronized (wakeLock) {
                    while (!wakeRequested && !closing) {
                        try {
                            wakeLock.wait();
                        } catch (InterruptedException e) {
                            // only close() ends this thread
                        }
                    }
                    if (closing) {
                        break;
                    }
                    wakeRequested = false;
                    busy = true;
                }
                try {
                    ts.attach();
                    if (enabled && shouldCollect()) {
                        boolean claimed;
                        synchronized (collectLock) {
                            claimed = collector == null; // else one is running: the allocations count for the next
                            if (claimed) {
                                claimLocked(ts, true);
                            }
                        }
                        if (claimed) {
                            runClaimed(ts, 0);
                            backgroundCollections++;
                        }
                    }
                } catch (Throwable e) {
                    rt.reportUnraisable(e, "automatic collection on the collector thread", null);
                } finally {
                    synchronized (wakeLock) {
                        busy = false;
                        finishedRounds++;
                        wakeLock.notifyAll();
                    }
                }
            }
        } finally {
            if (!ts.isAttached()) {
                ts.attach();
            }
            ts.close();
        }
    }

    /**
     * Runtime.close() and stopExtensionThreads(): stops and joins the collector thread (it finishes a collection it is
     * running). Automatic collections then run on the triggering thread again, as the stop-the-world collector's do.
     */
    void stopCollectorThread() {
        Thread t;
        synchronized (wakeLock) {
            closing = true;
            wakeLock.notifyAll();
            t = collectorThread;
        }
        if (t != null && t != Thread.currentThread()) {
            ThreadState me = rt.currentThreadState();
            boolean reattach = me != null && me.isAttached();
            if (reattach) {
                me.detach(); // the collector thread's handshakes must not wait for us
            }
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                if (reattach) {
                    me.attach();
                }
            }
        }
    }

    /** Collections the collector thread has run (automatic collections of the concurrent collector). */
    public long backgroundCollections() {
        return backgroundCollections;
    }

    /**
     * Waits (detached) until no automatic collection is requested or running: for tests and for a program that wants
     * the effects of the automatic collections its allocations triggered (CPython runs them synchronously).
     */
    public void awaitAutomaticCollections(ThreadState ts) {
        checkThread(ts, "awaitAutomaticCollections");
        ts.detach();
        boolean interrupted = false;
        try {
            synchronized (wakeLock) {
                while ((wakeRequested || busy) && !closing) {
                    try {
                        wakeLock.wait();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            }
        } finally {
            ts.attach();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** World stopped (the collector): the allocation count restarts, every thread's buffered count included. */
    void resetYoungCount() {
        youngCount.set(0);
        for (ThreadState t : rt.threads()) {
            ThreadStates.core(t).takeGcAllocCount();
        }
    }

    /** The concurrent collector, before its snapshot: the count restarts; each thread's buffered count goes in R0. */
    void resetYoungCountConcurrent() {
        youngCount.set(0);
    }

    void addYoungCount(int n) {
        if (n != 0) {
            youngCount.addAndGet(n);
        }
    }

    /** At exit (still attached): what the thread counted joins the total. */
    void beforeExit(ThreadState ts) {
        int n = ThreadStates.core(ts).takeGcAllocCount();
        if (n != 0) {
            youngCount.addAndGet(n);
        }
    }

    /** CPython 3.13's gc_should_collect. */
    private boolean shouldCollect() {
        int count = youngCount.get();
        int[] t = thresholdPair();
        if (count <= t[0] || t[0] == 0 || !enabled) {
            return false;
        }
        return count > longLivedTotal / 4 || t[1] == 0;
    }

    // ---- controls

    public void enable() {
        enabled = true;
    }

    public void disable() {
        enabled = false;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** {@code gc.get_count()}: the young count (this thread's buffered count included) and the older counters. */
    public int[] getCount(ThreadState ts) {
        checkThread(ts, "get the count");
        // This thread's buffered count is read, not taken: taking it here kept it from the safepoint that compares
        // the total with the threshold, so a program that called get_count() often was never collected.
        int young = youngCount.get() + ThreadStates.core(ts).gcAllocCount();
        synchronized (oldCounts) {
            return new int[] {young, oldCounts[1], oldCounts[2]};
        }
    }

    /** {@code gc.get_threshold()}. */
    public int[] getThreshold() {
        synchronized (thresholds) {
            return thresholds.clone();
        }
    }

    /** {@code gc.set_threshold(threshold0[, threshold1[, threshold2]])}. */
    public void setThreshold(int threshold0, int... more) {
        if (more.length > 2) {
            throw new PyException("TypeError", "set_threshold() takes at most 3 arguments (" + (1 + more.length) + " given)");
        }
        synchronized (thresholds) {
            thresholds[0] = threshold0;
            for (int i = 0; i < more.length; i++) {
                thresholds[i + 1] = more[i];
            }
        }
    }

    /** {@code gc.get_debug()}. */
    public int getDebug() {
        return debug;
    }

    /** {@code gc.set_debug(flags)}. */
    public void setDebug(int flags) {
        debug = flags;
    }

    /** {@code gc.garbage}. */
    public Garbage garbage() {
        return garbage;
    }

    /** {@code gc.callbacks}: add and remove {@link GcCallback}s. */
    public List<GcCallback> callbacks() {
        return callbacks;
    }

    /** {@code gc.get_stats()}: per generation, {@code collections}, {@code collected}, {@code uncollectable}. */
    public List<Map<String, Long>> getStats() {
        List<Map<String, Long>> out = new ArrayList<>();
        synchronized (stats) {
            for (long[] g : stats) {
                Map<String, Long> m = new LinkedHashMap<>();
                m.put("collections", g[0]);
                m.put("collected", g[1]);
                m.put("uncollectable", g[2]);
                out.add(java.util.Collections.unmodifiableMap(m));
            }
        }
        return java.util.Collections.unmodifiableList(out);
    }

    // ---- introspection (each stops the world to walk the heaps, as CPython 3.13 does)

    /** {@code gc.is_tracked(o)}. */
    public static boolean isTracked(PyObject o) {
        return Header.hasGcBits(o, GC_TRACKED) && !RefCount.isImmortal(o);
    }

    /** {@code gc.is_finalized(o)}. */
    public static boolean isFinalized(PyObject o) {
        return Header.hasGcBits(o, Header.GC_FINALIZED);
    }

    /** {@code gc.get_objects()}: new references to every tracked object (frozen ones excepted, as CPython). */
    public RefList getObjects(ThreadState ts) {
        checkThread(ts, "get objects");
        ArrayList<PyObject> out = new ArrayList<>();
        walkStopped(ts, o -> {
            if ((Header.gcBitsPlain(o) & (GC_FROZEN | GC_UNREACHABLE)) == 0 && Heaps.exactCount(rt, o) > 0) {
                RefCount.incref(ts, o);
                out.add(o);
            }
        });
        return new RefList(ts, out);
    }

    /**
     * {@code gc.get_referrers(*objs)}: new references to the tracked objects that refer to any of {@code objs}. An
     * object of a {@link PyType#FLAG_PART_OF_OWNER} type is seen through, as CPython 3.13 sees an instance's inline
     * values: its owner is the referrer of what it holds, and the part itself is never listed.
     */
    public RefList getReferrers(ThreadState ts, PyObject... objs) {
        checkThread(ts, "get referrers");
        ArrayList<PyObject> out = new ArrayList<>();
        boolean[] hit = new boolean[1];
        ReferenceVisitor match = ref -> {
            for (PyObject x : objs) {
                if (x == ref) {
                    hit[0] = true;
                }
            }
        };
        walkStopped(ts, o -> {
            if ((Header.gcBitsPlain(o) & (GC_FROZEN | GC_UNREACHABLE)) != 0 || Heaps.exactCount(rt, o) <= 0
                    || isPart(o)) {
                return;
            }
            hit[0] = false;
            o.traverse(ref -> {
                match.visit(ref);
                if (isPart(ref)) {
                    ref.traverse(match); // what the owner's part holds, the owner holds
                }
            });
            if (hit[0]) {
                RefCount.incref(ts, o);
                out.add(o);
            }
        });
        return new RefList(ts, out);
    }

    /**
     * {@code gc.get_referents(*objs)}: new references to what the given objects refer to (their traverse), for those
     * of them that are containers (tracked types). A referent of a {@link PyType#FLAG_PART_OF_OWNER} type is replaced
     * by what it refers to, as CPython 3.13 lists an instance's inline values rather than a dict.
     */
    public RefList getReferents(ThreadState ts, PyObject... objs) {
        checkThread(ts, "get referents");
        ArrayList<PyObject> out = new ArrayList<>();
        ReferenceVisitor add = ref -> {
            RefCount.incref(ts, ref);
            out.add(ref);
        };
        rt.stopTheWorld(ts); // the objects may be shared: read their references while nobody changes them
        try {
            for (PyObject o : objs) {
                if (o.type().isGc()) {
                    o.traverse(ref -> {
                        if (isPart(ref)) {
                            ref.traverse(add);
                        } else {
                            add.visit(ref);
                        }
                    });
                }
            }
        } finally {
            rt.startTheWorld(ts);
        }
        return new RefList(ts, out);
    }

    private static boolean isPart(PyObject o) {
        return (o.type().flags() & PyType.FLAG_PART_OF_OWNER) != 0;
    }

    /** {@code gc.freeze()}: every tracked object is ignored by later collections until {@link #unfreeze}. */
    public void freeze(ThreadState ts) {
        checkThread(ts, "freeze");
        walkStopped(ts, o -> Header.setGcBitsPlain(o, (byte) (Header.gcBitsPlain(o) | GC_FROZEN)));
    }

    /** {@code gc.unfreeze()}. */
    public void unfreeze(ThreadState ts) {
        checkThread(ts, "unfreeze");
        walkStopped(ts, o -> Header.setGcBitsPlain(o, (byte) (Header.gcBitsPlain(o) & ~GC_FROZEN)));
    }

    /** {@code gc.get_freeze_count()}. */
    public int getFreezeCount(ThreadState ts) {
        checkThread(ts, "count frozen objects");
        int[] n = new int[1];
        walkStopped(ts, o -> {
            if ((Header.gcBitsPlain(o) & GC_FROZEN) != 0) {
                n[0]++;
            }
        });
        return n[0];
    }

    /** Visits every live tracked non-immortal object with the world stopped (no collection may run meanwhile). */
    private void walkStopped(ThreadState ts, java.util.function.Consumer<PyObject> action) {
        synchronized (collectLock) {
            if (collector == ts) {
                throw new IllegalStateException("cannot walk the heaps from inside a collection's finalizer or callback");
            }
        }
        // Hold the collector role so that no collection borrows the headers while we walk.
        Integer waited = claimOrWait(ts, false);
        assert waited == null : "a heap walk always claims";
        try {
            rt.stopTheWorld(ts);
            try {
                for (Heaps.Segment seg : Heaps.gather(rt)) {
                    for (int i = 0; i < seg.size; i++) {
                        PyObject o = seg.objects[i];
                        if (Heaps.isLiveTracked(o)) {
                            action.accept(o);
                        }
                    }
                }
            } finally {
                rt.startTheWorld(ts);
            }
        } finally {
            releaseClaim(0);
        }
    }

    private static void checkThread(ThreadState ts, String what) {
        Objects.requireNonNull(ts, "ts");
        if (ts.thread() != Thread.currentThread() || !ts.isAttached()) {
            throw new IllegalStateException("cannot " + what + " through " + ts + " from thread '"
                    + Thread.currentThread().getName() + "': the thread state must be the caller's own, attached");
        }
    }

}
