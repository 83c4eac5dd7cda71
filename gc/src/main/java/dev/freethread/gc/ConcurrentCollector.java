// SPDX-License-Identifier: Apache-2.0
package dev.freethread.gc;

import dev.freethread.objects.PyMutex;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.RootScanner;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.GcWatch;
import dev.freethread.objects.internal.Header;
import dev.freethread.objects.internal.OrphanHeaps;
import dev.freethread.objects.internal.ThreadCore;
import dev.freethread.objects.internal.ThreadStates;
import dev.freethread.refcount.PyWeakRef;
import dev.freethread.refcount.RefCount;
import dev.freethread.refcount.internal.WeakRefAccess;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import static dev.freethread.objects.internal.Header.GC_DEFERRED;
import static dev.freethread.objects.internal.Header.GC_FINALIZED;
import static dev.freethread.objects.internal.Header.GC_HAS_WEAKREFS;
import static dev.freethread.objects.internal.Header.MERGED;
import static dev.freethread.objects.internal.Header.OWNER_NONE;
import static dev.freethread.objects.internal.Header.SHARED_ONE;

/**
 * One collection without a stop-the-world phase: fenced concurrent trial deletion (Bacon and Rajan's Σ/Δ tests,
 * ECOOP 2001, over candidates that every reference-count operation flags), with roots from per-thread handshakes.
 * docs/gc.md, "The concurrent collector", tells the same story with the safety and liveness arguments.
 *
 * <pre>
 * Overview
 *
 * No mutator ever waits for a global stop. A mutator's part is a handshake action at its own safepoint (or run on its
 * behalf while it is detached, Runtime.handshake), whose work is bounded by its own heap size (R0: one array
 * reference), its own roots (R2, R3), and its own share of the candidates (R1). Everything else runs on the
 * collecting thread while the mutators run.
 *
 *   R0 snapshot   every heap is pinned (its owner never moves entries in place from now on: ThreadCore.pinHeap),
 *                 then a handshake: each thread publishes its heap array and size, takes its buffered allocation
 *                 count, and reports its uncounted roots (a hint for P1). Orphan heaps are pinned under their lock.
 *   P1 detect     trial deletion over the snapshot with racy counts (CPython's update and mark): gc_refs in a side
 *                 table (ObjectTable), traverse called concurrently, except on types that declare
 *                 PyType.FLAG_NO_CONCURRENT_TRAVERSE (never traversed here, never candidates: what they refer to
 *                 counts as referenced from outside, and when one of them may be garbage the stop-the-world
 *                 collector runs after this one). The output, the candidate set G, is a hint: it may hold live
 *                 objects and miss garbage. The update records the edges it traverses (table indices) and the mark
 *                 follows them: one traverse per object.
 *   F  fence      every candidate is made merged (its whole count in the shared word) and watched: a per-thread
 *                 counted candidate gets its watch word at once and each thread folds its slot in R1; an owned one is
 *                 merged by its owner in R1 (or by the collector if the owner has exited); then the collector CASes
 *                 the watch word into every merged candidate's local-count field. From then on every reference-count
 *                 operation on a candidate sets its TOUCHED bit before it changes the count (refcount's Watched).
 *   R2 roots      a handshake: each thread reports its uncounted roots (its RootScanner, its postponed deallocations
 *                 [G7], the objects whose finalizers it runs [G8]). It also ends every reference-count operation
 *                 that read a candidate's local count before its watch word was written ([G13]).
 *   V  validate   for each watched candidate: count = shared count - deferred bias (read once, volatile); edges to
 *                 other candidates recorded from one traverse (under the object's mutex for a type whose mutations
 *                 move references between slots without counting them, PyType.FLAG_TRAVERSE_LOCKED: a member whose
 *                 mutex is busy is being changed, so it is live); gc_refs = count - recorded internal edges.
 *                 U = the greatest subset in which every member's gc_refs is zero counting only edges from U, with no
 *                 member rooted, touched, freed or with a lost watch word (a worklist removes members and gives
 *                 their recorded edges back; no traverse of a live object decides anything). t* is after the last
 *                 count read.
 *   K  commit     first U as one component (commitAsOne): verdict COMMITTING, then CAS every member's word from
 *                 "watched, untouched" to "closed, component 1" (the Δ test: a failed CAS is a touch after t*); all
 *                 succeed, CLOSED. One fails: the words closed so far are set back to "watched, untouched", U is split
 *                 into weakly connected components (union-find over the recorded edges), and each is committed the
 *                 same way with its own number (commit): a failure reverts that component (ALIVE, words unwatched),
 *                 the others are CLOSED. A door that meets a closed word waits for the verdict and refuses if it is
 *                 CLOSED ([G12]). Each successful CAS also reads what the garbage needs next (gather).
 *   weakrefs      garbage weak references are cleared (never call back), weak references to the garbage detached,
 *                 the reachable ones that have callbacks kept. If callbacks or finalizers will run: the components
 *                 are found (if K committed U as one), the collector takes one reference per garbage object and drops
 *                 the deferred bias, and every word is reopened (OPEN): finalizers may use the objects freely.
 *   callbacks, finalizers   on the collecting thread, with the world running, each object's finalizer once (PEP 442).
 *   R3 resurrection   only if code ran: touched bits are reset, a roots handshake, then V again with count - 1 (the
 *                 collector's reference) and K again. Components that fail are resurrected: unwatched, they lose the
 *                 collector's reference, their finalizers never run again. Weak references created meanwhile to what
 *                 is still garbage are cleared.
 *   D  delete     at each garbage object's turn: the collector's reference taken (unless before code ran),
 *                 clearReferences (or gc.garbage under DEBUG_SAVEALL), the reference dropped; reference counting
 *                 frees it. Every word still watched is unwatched, heaps at least a quarter freed compacted and
 *                 swapped in by a handshake, the heaps unpinned.
 *
 * Races, each with its test (docs/gc.md has the table; [G1]-[G11] are the stop-the-world collector's):
 *  [G12] a door (weak-reference get, lock-free container read) against the commit: both CAS the same word, so one
 *        wins: the door's touch fails the commit (the component lives and the door's reference is real), or the
 *        close makes the door wait for the verdict and refuse. The commit of U as one component that fails sets
 *        the words it closed back before the components are committed one by one (commitAsOne). Covered by:
 *        DoorVsCommitTest (jcstress), WatchWordLincheckTest (Lincheck), ConcurrentCollectorTest
 *        (aDoorOnTheLastCycle_setsBackTheWordsClosedBeforeIt fails without the set-back).
 *  [G13] a count change against validation: the operation sets TOUCHED before it changes the count, and an
 *        operation that read the local count before the watch word was written has finished by the R2 handshake,
 *        before any count is read. Covered by: TouchBeforeCountTest, TouchVsValidateTest (jcstress),
 *        WatchWordLincheckTest (Lincheck), LifetimeTortureTest (oracle mode).
 *  [G14] the fence against the owner: an owned candidate is merged only by its owner at its safepoint (or on its
 *        behalf while it is suspended, or after it exited), with the owner id moved by CAS before the merge CAS, as
 *        mergeZeroLocal does [R9]; an object whose merged total would be zero (a queued decrement is pending) is
 *        merged with one extra reference that the collector drops after the handshake, freeing it. An owner that
 *        becomes EXITED during the handshake skips it ([W9]): its objects are then merged as an exited owner's.
 *        Covered by: FenceVsOwnerTest, TouchVsValidateTest (jcstress), LifetimeTortureTest,
 *        CollectorConcurrencyTest (aCollectionDuringAThreadsExit_seesTheExitingThreadsHeap).
 *  [G15] an uncounted root against validation: R2 reports every uncounted reference a thread holds at its safepoint;
 *        a reference a thread takes after its R2 comes from a door (touches), an allocation (not a candidate) or a
 *        read of a field of an object it holds, whose own reference to the candidate is counted (then the candidate
 *        is not in U, or that holder is in U and is not rooted: by induction the thread's first such read came from
 *        a holder outside U, whose reference is external). Covered by: UncountedRootVsValidateTest (jcstress),
 *        GcRootsTest.
 *  [G16] resurrection against the second check: finalizers and callbacks run with the words open; R3 resets the
 *        touched bits, takes the roots again and validates again, so a resurrected object keeps a count or a root
 *        (or is touched after the reset and its component fails to close). Covered by: ResurrectionVsR3Test (jcstress),
 *        GcClassicTest (resurrection cases, run against both collectors).
 *  [G17] a heap entry moved while the collector reads the snapshot: pinned heaps are never compacted in place (the
 *        owner copies to a new array; an exiting thread's heap is copied into the orphan heaps).
 *        Covered by: LifetimeTortureTest (thread churn).
 *  [G18] a traverse racing a move of references without count operations (a list's in-place sort, until issue 14
 *        made it sort a copy; list keeps the flag): types that make such moves
 *        set PyType.FLAG_TRAVERSE_LOCKED and make them under the object's mutex; V traverses them under tryLock and
 *        excludes a member whose mutex is busy; and removal from U gives back exactly the edges recorded, so no
 *        decision rests on the traverse of a live object. Covered by: ListShiftVsValidateTest (jcstress),
 *        LifetimeTortureTest.
 * </pre>
 */
final class ConcurrentCollector {
    private static final java.lang.invoke.VarHandle ARRAY =
            java.lang.invoke.MethodHandles.arrayElementVarHandle(PyObject[].class);
    private static final byte ALIVE = 1;
    private static final byte ROOT = 2;
    private static final byte GARBAGE = 3;
    private static final byte RESURRECTED = 4;
    /** P1: an object whose traverse must not run concurrently (PyType.FLAG_NO_CONCURRENT_TRAVERSE). */
    private static final byte OPAQUE = 5;
    /** V: a member of the set being validated, not excluded (yet). */
    private static final byte MEMBER = 6;
    /** D: a garbage object whose turn has come (cleared, the collector's reference dropped). */
    private static final byte DELETED = 7;
    /** D: a DELETED object that the collector's own decrement freed (so its header need not be read again). */
    private static final byte FREED = 8;

    private final Gc gc;
    private final Runtime rt;
    private final ThreadState ts;
    private final int epoch;
    private final GcWatch watch;
    private final boolean oracle;

    long examined;
    long collected;
    long uncollectable;
    long liveAfter;
    long pauseNanos;
    /** Side-table bytes at their peak (P1's table), for docs/benchmarks.md. */
    long sideTableBytes;
    /**
     * Objects of types whose traverse must not run concurrently that P1 could not show reachable: when non-zero,
     * Gc runs the stop-the-world collector after this collection, which alone can decide them.
     */
    long opaqueMaybeGarbage;
    /** Components reverted by a door or a touch after t* (stats for tests). */
    long reverted;

    private final List<ThreadCore> pinnedCores = new ArrayList<>();
    /** R0's view of each live thread's heap, for the compaction at the end ({@link #compactHeaps}). */
    private final List<Snapshot> snapshots = new ArrayList<>();

    private static final class Snapshot {
        final ThreadCore core;
        final PyObject[] objects;
        final int size;
        PyObject[] compacted;
        int live;
        int copiedUpTo;
        /**
         * The table indices of this snapshot's candidates, {@code [tableFrom, tableTo)}, in the order of their heap
         * entries (P1 inserts them so), which lets the compaction learn from the table, not from the header, that an
         * entry was freed by D.
         */
        int tableFrom;
        int tableTo;

        Snapshot(ThreadCore core, PyObject[] objects, int size) {
            this.core = core;
            this.objects = objects;
            this.size = size;
        }
    }
    private boolean orphansPinned;
    private Throwable broken;

    /**
     * The side table of the whole collection (P1's, then V's and R3's): an index per snapshot object, its gc_refs and
     * its state; V's arrays below are indexed by table index (4 bytes each per object) or by member position.
     */
    private ObjectTable table;
    /** P1's candidates (table indices): every object whose word this collection may have set. */
    private int[] candidates = new int[0];
    private int candidateCount;
    /**
     * P1's, then V's recorded edges (the table's arrays, ObjectTable.edges): those of table index j are
     * {@code edges[edgeStart[j] .. edgeStart[j + 1])}.
     */
    private int[] edgeStart;
    private int[] edges;
    /** Component of each table index (0: none). */
    private int[] component;
    private final ArrayList<PyObject> garbage = new ArrayList<>();
    private final ArrayList<PyWeakRef> callbacks = new ArrayList<>();
    private final ArrayList<PyObject> resurrected = new ArrayList<>();

    ConcurrentCollector(Gc gc, ThreadState ts, int epoch, boolean oracle) {
        this.gc = gc;
        this.rt = ts.runtime();
        this.ts = ts;
        this.epoch = epoch;
        this.watch = GcWatch.of(rt);
        this.oracle = oracle;
    }

    private int openWord(int comp) {
        return Header.watchWord(epoch, comp);
    }

    // ---- the collection

    private static final boolean TRACE = Boolean.getBoolean("freethread.gc.trace");
    private long tLast = System.nanoTime();

    private void phase(String name) {
        java.util.function.Consumer<String> hook = gc.phaseHook;
        if (hook != null) {
            hook.accept(name);
        }
        if (TRACE) {
            long now = System.nanoTime();
            System.err.printf("  %-10s %8.3f ms%n", name, (now - tLast) / 1e6);
            tLast = now;
        }
    }

    void run() {
        try {
            detect();
            phase("detect");
            if (candidateCount == 0 || broken != null) {
                return;
            }
            int watched = fence();
            phase("fence");
            if (watched == 0) {
                return;
            }
            Queue<PyObject> roots = new ConcurrentLinkedQueue<>();
            handshakeRoots(roots);
            phase("roots");
            validate(roots, false);
            phase("validate");
            if (broken != null) {
                return;
            }
            if (!commitAsOne()) {
                // A member was touched: the components, so that only those with a touched member live on.
                assignComponents(MEMBER);
                phase("components");
                commit(false);
            }
            phase("commit");
            if (garbage.isEmpty()) {
                return;
            }
            if (oracle) {
                checkWithOracle();
            }
            clearWeakRefsToGarbage();
            phase("weakrefs");
            if (codeWillRun()) {
                if (component == null) {
                    assignComponents(GARBAGE); // R3 resurrects whole components: the real ones, not the one commit
                }
                edges = null;
                edgeStart = null;
                takeReferences();
                reopen();
                boolean ranCode = callCallbacks() | finalizeGarbage();
                phase("finalize");
                if (ranCode) {
                    handleResurrected();
                }
            }
            // As the stop-the-world collector: the frees of the garbage do not count against the allocations since
            // this collection; what this thread allocated meanwhile does.
            gc.addYoungCount(ThreadStates.core(ts).takeGcAllocCount());
            deleteGarbage();
            phase("delete");
            ThreadStates.core(ts).takeGcAllocCount();
        } finally {
            liveAfter = Math.max(0, examined - collected);
            unwatchAll();
            try {
                compactHeaps();
                if (TRACE) {
                    phase("compact"); // the unwatch pass and the compaction: both read headers the table cannot answer
                }
            } finally {
                unpin();
                if (table != null) {
                    table.clear(DELETED, FREED);
                    gc.keepSpareTable(table);
                }
            }
            if (broken != null) {
                rt.reportUnraisable(broken, "gc.collect()", null);
            }
        }
    }

    // ---- R0 and P1

    private void detect() {
        for (ThreadState t : rt.threads()) {
            ThreadCore core = ThreadStates.core(t);
            core.pinHeap();
            pinnedCores.add(core);
        }
        // Handshake actions hand their results in through lock-free queues: an action that took a monitor the
        // collector's own action held could wait for the collector to be scheduled again (GcBench's pause mode saw a
        // mutator blocked for a millisecond on 2 cores).
        Queue<Snapshot> taken = new ConcurrentLinkedQueue<>();
        Queue<PyObject> roots = new ConcurrentLinkedQueue<>();
        gc.resetYoungCountConcurrent();
        long t0 = System.nanoTime();
        rt.handshake(ts, t -> {
            ThreadCore core = ThreadStates.core(t);
            taken.add(new Snapshot(core, core.heap(), core.heapSize()));
            core.takeGcAllocCount(); // every buffered allocation is in the snapshot
            scanRootsOf(t, roots);
        });
        pauseNanos = 0; // no stop of the world; the handshakes' cost is each mutator's own (GcBench's pause mode)
        List<PyObject[]> arrays = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (Snapshot snap : taken) {
            snapshots.add(snap);
            arrays.add(snap.objects);
            sizes.add(snap.size);
        }
        for (OrphanHeaps.Heap h : OrphanHeaps.of(rt).pinAndGet()) {
            arrays.add(h.objects);
            sizes.add(h.size);
        }
        orphansPinned = true;
        int total = 0;
        for (int n : sizes) {
            total += n;
        }
        ObjectTable table = ObjectTable.forCollection(gc.takeSpareTable(), total);
        this.table = table;
        sideTableBytes = table.bytes();
        for (int a = 0; a < arrays.size(); a++) {
            PyObject[] h = arrays.get(a);
            Snapshot snap = a < snapshots.size() ? snapshots.get(a) : null; // the first arrays are the snapshots'
            if (snap != null) {
                snap.tableFrom = table.size;
            }
            for (int i = 0, n = sizes.get(a); i < n; i++) {
                PyObject o = h[i];
                if (o == null || !Heaps.isCandidate(o, Header.gcBitsAcquire(o))) {
                    continue;
                }
                int size = table.size;
                int j = table.insert(o);
                if (j == size) {
                    table.refs[j] = Heaps.exactCount(rt, o); // racy: a hint
                    if (!traversesConcurrently(o)) {
                        table.state[j] = OPAQUE;
                    }
                }
            }
            if (snap != null) {
                snap.tableTo = table.size;
            }
        }
        examined = table.size;
        if (TRACE) {
            System.err.printf("  heap entries %d, candidates %d%n", total, table.size);
        }
        // update: subtract internal references, recording them as edges (table indices), so that mark follows the
        // edges instead of traversing every object a second time: a pass less over the heap's memory, which the
        // mutators share (GcBench's throughput at 1M). The edges are the same snapshot for update and mark; V reuses
        // the arrays for its own edges.
        int[] start = table.edgeStart;
        int[][] es = {table.edges};
        int[] ne = {0};
        ReferenceVisitor subtract = ref -> {
            if (ref != null) {
                int k = table.find(ref);
                if (k >= 0) {
                    table.refs[k]--;
                    if (ne[0] == es[0].length) {
                        es[0] = Arrays.copyOf(es[0], ne[0] + (ne[0] >> 1));
                    }
                    es[0][ne[0]++] = k;
                }
            }
        };
        for (int j = 0; j < table.size; j++) {
            start[j] = ne[0];
            if (table.state[j] == 0) {
                PyObject o = table.objects[j];
                try {
                    o.traverse(subtract);
                } catch (Throwable e) {
                    brokenBy(e, o);
                    return;
                }
            }
        }
        start[table.size] = ne[0];
        edgeStart = start;
        edges = es[0];
        table.edges = es[0];
        sideTableBytes = Math.max(sideTableBytes, table.bytes());
        for (PyObject r : roots) {
            int k = table.find(r);
            if (k >= 0) {
                table.state[k] = ROOT;
            }
        }
        // mark: anything with outside references, and what it reaches
        int[] stack = new int[64];
        for (int j = 0; j < table.size; j++) {
            byte s = table.state[j];
            if (s == OPAQUE) {
                if (table.refs[j] != 0) {
                    table.state[j] = ALIVE; // referenced from outside; its own references were never subtracted
                }
                continue;
            }
            if (s == 0 && table.refs[j] != 0) {
                table.state[j] = ALIVE;
            } else if (s != ROOT) {
                continue;
            }
            stack = propagate(table, j, stack);
        }
        for (int j = 0; j < table.size; j++) {
            if (table.state[j] == OPAQUE) {
                opaqueMaybeGarbage++; // only references from objects that may be garbage: the STW collector decides
            }
        }
        int n = 0;
        for (int j = 0; j < table.size; j++) {
            if (table.state[j] == 0) {
                n++;
            }
        }
        int[] out = new int[n]; // counted first: a million candidates grown by doubling copied and dropped 8 MB
        n = 0;
        for (int j = 0; j < table.size; j++) {
            if (table.state[j] == 0) {
                out[n++] = j;
            }
        }
        candidates = out;
        candidateCount = n;
    }

    /**
     * Marks everything reachable from {@code start} (already marked) ALIVE along P1's recorded edges (an object whose
     * traverse must not run concurrently has none: its references were never subtracted, so its referents have
     * outside counts already); an explicit stack, no recursion.
     */
    private int[] propagate(ObjectTable table, int start, int[] stack) {
        int[] from = edgeStart;
        int[] to = edges;
        int sp = 0;
        stack[sp++] = start;
        while (sp > 0) {
            int j = stack[--sp];
            for (int x = from[j], end = from[j + 1]; x < end; x++) {
                int k = to[x];
                byte st = table.state[k];
                if (st == 0 || st == OPAQUE) {
                    table.state[k] = ALIVE;
                    if (sp == stack.length) {
                        stack = Arrays.copyOf(stack, sp * 2);
                    }
                    stack[sp++] = k;
                }
            }
        }
        return stack;
    }

    static boolean traversesConcurrently(PyObject o) {
        return (o.type().flags() & PyType.FLAG_NO_CONCURRENT_TRAVERSE) == 0;
    }

    /** One thread's uncounted roots: its scanner's, its postponed deallocations [G7], its finalizing objects [G8]. */
    private void scanRootsOf(ThreadState t, Collection<PyObject> out) {
        ArrayList<PyObject> mine = new ArrayList<>();
        RootScanner scanner = t.rootScanner();
        if (scanner != null) {
            scanner.scanRoots(ref -> {
                if (ref != null) {
                    mine.add(ref);
                }
            });
        }
        ThreadCore core = ThreadStates.core(t);
        java.util.ArrayDeque<PyObject> postponed = core.postponedDeallocsOrNull();
        if (postponed != null) {
            mine.addAll(postponed);
        }
        for (int i = 0, n = core.finalizingDepth(); i < n; i++) {
            mine.add(core.finalizingAt(i));
        }
        out.addAll(mine);
    }

    // ---- F and R1

    /** F and R1; returns how many candidates are watched (they get state MEMBER, the others ALIVE). */
    private int fence() {
        int unassigned = openWord(0);
        int n = candidateCount;
        ObjectTable t = table;
        // Owned candidates, grouped by owner id (a map to index lists; most candidates share a few owners).
        Map<Integer, int[]> byOwner = new HashMap<>();
        Map<Integer, int[]> counts = new HashMap<>();
        int lastOwner = 0;
        boolean lastExited = false;
        int[] lastList = null;
        int[] lastCount = null;
        List<PyObject> perThread = new ArrayList<>();
        List<Integer> perThreadIndex = new ArrayList<>();
        // What each candidate became: 0 skipped, 1 merged already (to watch), 2 owned (merged in R1), 3 merged with
        // an extra reference to drop (being freed), 4 merged and watched by its merger, 5 watched (per-thread).
        byte[] kind = new byte[n];
        for (int i = 0; i < n; i++) {
            PyObject o = t.objects[candidates[i]];
            int local = Header.refLocalVolatile(o);
            int owner = Header.ownerIdOpaque(o);
            if (owner == Header.OWNER_DEAD || !Header.isLiveShared(Header.refSharedVolatile(o))) {
                continue;
            }
            if (Header.isPerThreadLocal(local)) {
                if (Header.casRefLocal(o, local, unassigned)) {
                    kind[i] = 5;
                    perThread.add(o);
                    perThreadIndex.add(Header.perThreadIndex(local));
                }
            } else if (owner == ts.id()) {
                // Ours (gc.collect() by the objects' creator): merged here, as our own R1 action would.
                kind[i] = fenceMerge(owner, o, unassigned, false);
            } else if (owner > OWNER_NONE) {
                if (owner != lastOwner || lastList == null) {
                    lastOwner = owner;
                    lastExited = hasExited(owner);
                    lastList = byOwner.computeIfAbsent(owner, k -> new int[64]);
                    lastCount = counts.computeIfAbsent(owner, k -> new int[1]);
                }
                if (lastExited) {
                    kind[i] = fenceMerge(owner, o, unassigned, true); // the owner has exited: its count is final
                } else {
                    kind[i] = 2;
                    if (lastCount[0] == lastList.length) {
                        lastList = Arrays.copyOf(lastList, lastCount[0] * 2);
                        byOwner.put(owner, lastList);
                    }
                    lastList[lastCount[0]++] = i;
                }
            } else if (local >= 0) {
                // Merged already (no owner): watched now, while its header is in cache.
                int s = Header.refSharedVolatile(o);
                if (Header.sharedState(s) == MERGED && Header.isLiveShared(s) && !Header.isSaturatedShared(s)
                        && Header.ownerIdOpaque(o) == OWNER_NONE && Header.casRefLocal(o, local, unassigned)) {
                    kind[i] = 4;
                }
            }
        }
        if (!byOwner.isEmpty() || !perThread.isEmpty()) {
            int[] cand = candidates;
            rt.handshake(ts, th -> {
                int[] mine = byOwner.get(th.id());
                if (mine != null) {
                    int count = counts.get(th.id())[0];
                    for (int k = 0; k < count; k++) {
                        int i = mine[k];
                        if (kind[i] == 2) {
                            kind[i] = fenceMerge(th.id(), t.objects[cand[i]], unassigned, false); // one writer each
                        }
                    }
                }
                if (!perThread.isEmpty()) {
                    int[] slots = ThreadStates.perThreadCounts(th);
                    for (int i = 0; i < perThread.size(); i++) {
                        int index = perThreadIndex.get(i);
                        if (index < slots.length && slots[index] != 0) {
                            int c = slots[index];
                            slots[index] = 0;
                            Header.getAndAddRefShared(perThread.get(i), Header.shared(c, 0));
                        }
                    }
                }
            });
            // [W9] An owner that was still running its exit when its list was made skips the handshake once it is
            // EXITED; from then on it touches no count (its merge gate closed before), so its objects are merged here
            // as an exited owner's, as the first loop merges those of an owner already gone.
            for (Map.Entry<Integer, int[]> e : byOwner.entrySet()) {
                int owner = e.getKey();
                int[] mine = e.getValue();
                int count = counts.get(owner)[0];
                boolean exited = false;
                for (int k = 0; k < count; k++) {
                    int i = mine[k];
                    if (kind[i] == 2 && (exited || (exited = hasExited(owner)))) {
                        kind[i] = fenceMerge(owner, t.objects[cand[i]], unassigned, true);
                    }
                }
            }
            if (!perThread.isEmpty()) {
                // Every live thread has folded its slot (or exited, folding at exit): the indices are free again.
                dev.freethread.objects.internal.PerThreadObjects registry = ThreadStates.core(ts).perThreadObjects();
                for (int index : perThreadIndex) {
                    registry.release(index);
                }
            }
        }
        int watched = 0;
        for (int i = 0; i < n; i++) {
            int j = candidates[i];
            PyObject o = t.objects[j];
            t.state[j] = ALIVE;
            switch (kind[i]) {
                case 4:
                case 5:
                    t.state[j] = MEMBER; // merged and watched
                    watched++;
                    break;
                case 3:
                    RefCount.decref(ts, o); // [G14] merged with one extra reference because its total was zero: freed
                    break;
                default:
                    break;
            }
        }
        return watched;
    }

    /** Whether thread {@code id} has left the Runtime or is past the point of its exit where it touches counts. */
    private boolean hasExited(int id) {
        ThreadState owner = rt.threadState(id);
        return owner == null || owner.isExited();
    }

    /**
     * [G14] Merges an object owned by thread {@code ownerId} and writes its watch word: on the owner's thread at its
     * safepoint, on its behalf while it is suspended, or after it exited (then its local count no longer changes).
     * The owner id goes first (by CAS, never over a free's OWNER_DEAD), so a foreign decrement that queues meanwhile
     * leaves the object to this merge (Merges.queueToOwner). Returns 4 (merged and watched), 3 (the total fell to zero
     * after the owner id moved: merged with one extra reference, for the collector to drop once attached again, which
     * frees it) or 0 (not merged: freed, merged by someone else, or being freed).
     */
    private static byte fenceMerge(int ownerId, PyObject o, int watchWord, boolean exited) {
        if (Header.ownerIdOpaque(o) != ownerId) {
            return 0;
        }
        int local = Header.refLocal(o);
        if (local < 0) {
            return 0;
        }
        int s = Header.refSharedVolatile(o);
        if (Header.sharedState(s) == MERGED || !Header.isLiveShared(s) || Header.isSaturatedShared(s)
                || Header.sharedCount(s) + local <= 0) {
            // A total of zero: committed to deallocation (on its owner's postponed stack) or queued to its owner with
            // the last decrement: being freed, not a candidate.
            return 0;
        }
        if (exited) {
            if (!Header.casOwnerId(o, ownerId, OWNER_NONE)) {
                return 0; // a foreign merge of the exited owner's queued object (Merges.mergeAbandoned) came first
            }
        } else {
            // The owner is at its safepoint or suspended: nobody else moves the owner id of its unmerged objects (no
            // foreign thread frees them, it queues them to the owner), so a store does, as in Merges.mergeZeroLocal.
            Header.setOwnerIdOpaque(o, OWNER_NONE);
        }
        for (;;) {
            if (Header.sharedState(s) == MERGED || !Header.isLiveShared(s)) {
                return 0; // merged by an exited owner's foreign decrement (Merges.mergeAbandoned), maybe freed since
            }
            int total = Header.sharedCount(s) + local;
            boolean extra = total <= 0;
            if (Header.casRefShared(o, s, Header.shared(extra ? total + 1 : total, MERGED))) {
                // The watch word instead of the merged 0 (or 0 for an object about to be freed): nobody else writes
                // this field now (no owner, and nobody CASes a word that is not a watch word yet); the R2 handshake
                // publishes it to every thread before validation reads a count.
                Header.setRefLocal(o, extra ? 0 : watchWord);
                return extra ? (byte) 3 : (byte) 4;
            }
            s = Header.refSharedVolatile(o);
        }
    }

    // ---- R2, R3

    private void handshakeRoots(Collection<PyObject> roots) {
        rt.handshake(ts, t -> scanRootsOf(t, roots));
    }

    // ---- V

    /**
     * Validation of the objects in state MEMBER: reads their counts, records their edges, and leaves in state MEMBER
     * exactly U (the greatest subset whose counts are explained by edges from U, with nothing rooted, touched, freed
     * or with a lost word); the others get state ALIVE. {@code again}: R3 (counts include the collector's reference,
     * the words carry their components). Every array is indexed by table index: edges of index j are
     * {@code edges[edgeStart[j] .. edgeStart[j + 1])}.
     */
    private void validate(Collection<PyObject> roots, boolean again) {
        ObjectTable t = table;
        int size = t.size;
        int m = 0;
        for (int j = 0; j < size; j++) {
            if (t.state[j] == MEMBER) {
                m++;
            }
        }
        int[] start = t.edgeStart; // the table's arrays (P1's edges are done with), kept between collections
        int[][] es = {t.edges};
        int[] ne = {0};
        ReferenceVisitor record = ref -> {
            if (ref != null) {
                int k = t.find(ref);
                if (k >= 0 && t.state[k] == MEMBER) {
                    if (ne[0] == es[0].length) {
                        es[0] = Arrays.copyOf(es[0], ne[0] + (ne[0] >> 1));
                    }
                    es[0][ne[0]++] = k;
                }
            }
        };
        // One pass: each member's count and word, then its edges (to members only: to a member excluded before its
        // turn, state ALIVE already, none is recorded, and none is ever subtracted from it, so giving edges back
        // stays exact). t* comes after the last count read, before the commit's first CAS; an edge read before some
        // count read changes only by a count operation on its target (a touch: the commit's CAS fails) or by a move
        // under the object's mutex ([G18]).
        for (int j = 0; j < size; j++) {
            start[j] = ne[0];
            if (t.state[j] != MEMBER) {
                continue;
            }
            PyObject o = t.objects[j];
            int s = Header.refSharedVolatile(o);
            int w = Header.refLocalVolatile(o);
            int expect = openWord(again ? component[j] : 0);
            if (w != expect || Header.sharedState(s) != MERGED || !Header.isLiveShared(s)
                    || Header.isSaturatedShared(s)) {
                t.state[j] = ALIVE; // touched, erased (a merge or a revival wrote it), freed: not garbage now
                continue;
            }
            int count = Header.sharedCount(s) - (again ? 1 : 0);
            if (!again && (Header.gcBitsAcquire(o) & GC_DEFERRED) != 0) {
                count -= Header.DEFERRED_BIAS;
            }
            t.refs[j] = count;
            boolean locked = (o.type().flags() & PyType.FLAG_TRAVERSE_LOCKED) != 0;
            if (locked && !PyMutex.tryLock(ts, o)) {
                t.state[j] = ALIVE; // somebody holds its mutex: it is being changed, so it is live
                continue;
            }
            try {
                o.traverse(record);
            } catch (Throwable e) {
                brokenBy(e, o);
                t.state[j] = ALIVE;
                ne[0] = start[j];
            } finally {
                if (locked) {
                    PyMutex.unlock(ts, o);
                }
            }
        }
        start[size] = ne[0];
        int[] e = es[0];
        edges = e;
        edgeStart = start;
        t.edges = e;
        // Every recorded edge is subtracted; a source excluded after its edges were recorded (a throwing traverse
        // keeps none) gives them back in the fixpoint like any other.
        for (int j = 0; j < size; j++) {
            for (int x = start[j]; x < start[j + 1]; x++) {
                t.refs[e[x]]--;
            }
        }
        for (PyObject r : roots) {
            int k = t.find(r);
            if (k >= 0 && t.state[k] == MEMBER) {
                t.state[k] = ROOT;
            }
        }
        // The greatest fixpoint: remove every member with outside references, giving back its recorded edges.
        int[] work = new int[64];
        int wp = 0;
        for (int j = 0; j < size; j++) {
            byte st = t.state[j];
            if ((st == MEMBER && t.refs[j] != 0) || st == ROOT || (st == ALIVE && start[j] != start[j + 1])) {
                t.state[j] = ALIVE;
                if (wp == work.length) {
                    work = Arrays.copyOf(work, wp * 2);
                }
                work[wp++] = j;
            }
        }
        while (wp > 0) {
            int j = work[--wp];
            for (int x = start[j]; x < start[j + 1]; x++) {
                int k = e[x];
                t.refs[k]++;
                if (t.state[k] == MEMBER) {
                    t.state[k] = ALIVE;
                    if (wp == work.length) {
                        work = Arrays.copyOf(work, wp * 2);
                    }
                    work[wp++] = k;
                }
            }
        }
    }

    /**
     * Union-find of U (state MEMBER) over the recorded edges, the parents kept in {@code refs} (every member of U has
     * refs 0 now, unused until R3 recounts); components numbered from 1 into {@link #component}.
     */
    private void assignComponents(byte member) {
        ObjectTable t = table;
        int size = t.size;
        int[] parent = t.refs;
        for (int j = 0; j < size; j++) {
            if (t.state[j] == member) {
                parent[j] = j;
            }
        }
        // Union by size (the sizes kept in the component array until the numbering), so that finds stay short: a
        // chain of unions in index order (a ring) would otherwise make the first find walk the whole ring.
        int[] rank = new int[size];
        for (int j = 0; j < size; j++) {
            if (t.state[j] != member) {
                continue;
            }
            for (int x = edgeStart[j]; x < edgeStart[j + 1]; x++) {
                int k = edges[x];
                if (t.state[k] == member) {
                    int a = find(parent, j);
                    int b = find(parent, k);
                    if (a != b) {
                        if (rank[a] < rank[b]) {
                            int tmp = a;
                            a = b;
                            b = tmp;
                        }
                        parent[b] = a;
                        rank[a] += rank[b] + 1;
                    }
                }
            }
        }
        java.util.Arrays.fill(rank, 0);
        component = rank;
        int next = 1;
        for (int j = 0; j < size; j++) {
            if (t.state[j] != member) {
                continue;
            }
            int r = find(parent, j);
            if (component[r] == 0) {
                if (next >= Header.WATCH_MAX_COMPONENTS) {
                    if (member == GARBAGE) {
                        component[r] = next - 1; // committed already: a coarser component only resurrects more
                        component[j] = component[r];
                        continue;
                    }
                    t.state[j] = ALIVE; // past the encodable components: left for the next collection
                    continue;
                }
                component[r] = next++;
            }
            component[j] = component[r];
        }
        watch.begin(epoch, next);
        components = next;
        sideTableBytes = Math.max(sideTableBytes, t.bytes() + 4L * component.length);
    }

    private int components;
    /** Members whose headers are loaded together before their locked instructions (they fit in L1). */
    private static final int BATCH = 64;
    /** Keeps the batch loads from being eliminated. */
    int sink;

    private static int find(int[] parent, int j) {
        while (parent[j] != j) {
            parent[j] = parent[parent[j]];
            j = parent[j];
        }
        return j;
    }

    // ---- K

    /**
     * Commits every component of the members left in state MEMBER: GARBAGE, or (a member touched first) ALIVE, or
     * RESURRECTED in R3. Fills {@link #garbage} (first pass) or prunes it (R3).
     */
    private void commit(boolean again) {
        ObjectTable t = table;
        int size = t.size;
        int[] first = new int[components + 1];
        for (int j = 0; j < size; j++) {
            if (t.state[j] == MEMBER) {
                first[component[j] + 1]++;
            }
        }
        for (int c = 0; c < components; c++) {
            first[c + 1] += first[c];
        }
        int[] fill = Arrays.copyOf(first, components);
        int[] byComp = new int[first[components]];
        for (int j = 0; j < size; j++) {
            if (t.state[j] == MEMBER) {
                byComp[fill[component[j]]++] = j;
            }
        }
        for (int c = 1; c < components; c++) {
            int from = first[c];
            int to = first[c + 1];
            if (from == to) {
                continue;
            }
            boolean ok = true;
            watch.set(c, GcWatch.COMMITTING);
            // The Δ test and the close in one CAS per member: from the word as validation left it (untouched) to
            // closed with the component's number; a touch since, by a door or a count change, fails it.
            int open = openWord(again ? c : 0);
            // Closed words carry the touched bit: the collector's own count changes on garbage (its reference, the
            // release of references between garbage objects, the last decrement) then set nothing.
            int closed = Header.watchTouch(Header.watchClose(openWord(c)));
            // What the garbage needs after the commit (gather): forgotten if the component reverts.
            int weakFrom = weakRefGarbage.size();
            int referentsFrom = weakReferents.size();
            boolean finalizer = false;
            for (int i = from; i < to && ok; i += BATCH) {
                int batchEnd = Math.min(to, i + BATCH);
                // A locked instruction cannot overlap the cache misses around it: the batch's headers are loaded
                // first with plain reads (their misses overlap), then CASed from the cache.
                int sum = 0;
                for (int b = i; b < batchEnd; b++) {
                    sum += Header.refLocal(t.objects[byComp[b]]);
                }
                sink += sum;
                for (int b = i; b < batchEnd; b++) {
                    PyObject o = t.objects[byComp[b]];
                    if (!Header.casRefLocal(o, open, closed)) {
                        ok = false;
                        break;
                    }
                    if (!again) {
                        finalizer |= gather(o);
                    }
                }
            }
            if (!ok) {
                truncate(weakRefGarbage, weakFrom);
                truncate(weakReferents, referentsFrom);
                watch.set(c, GcWatch.ALIVE);
                for (int i = from; i < to; i++) {
                    unwatch(t.objects[byComp[i]]); // doors waiting on a closed word go on
                }
                reverted++;
            } else {
                watch.set(c, GcWatch.CLOSED);
                finalizerToRun |= finalizer;
            }
            for (int i = from; i < to; i++) {
                t.state[byComp[i]] = ok ? GARBAGE : (again ? RESURRECTED : ALIVE);
            }
        }
        if (!again) {
            garbage.ensureCapacity(byComp.length);
            for (int i = 0; i < byComp.length; i++) {
                int j = byComp[i];
                if (t.state[j] == GARBAGE) {
                    garbage.add(t.objects[j]);
                }
            }
        }
    }

    /**
     * K's first try: the whole of U as one component (number 1), which skips the union-find in the common case of a
     * commit that no door or count change races (a phase of about 9 ns per garbage object at 1M). Each member's word
     * is CASed from open (untouched, component 0) to closed(1), in index order; if every CAS succeeds the verdict of
     * component 1 is CLOSED and U is garbage. If one fails (a member was touched since validation read its count),
     * the words closed so far are set back to open(0) and the caller commits component by component
     * ({@link #commit}), so that only the components with a touched member live on. Setting them back is exact:
     * nobody but the collector writes a closed word (a door waits on it, and a count change on it sets nothing), and
     * a count change on a closed member while the words were closed means its holder reached it along recorded edges
     * from a touched member: its component is the touched one's, which fails its own commit ([G12], docs/gc.md).
     * Returns whether U was committed.
     */
    private boolean commitAsOne() {
        ObjectTable t = table;
        int size = t.size;
        watch.begin(epoch, 2);
        watch.set(1, GcWatch.COMMITTING);
        int open = openWord(0);
        int closed = Header.watchTouch(Header.watchClose(openWord(1)));
        int[] batch = new int[BATCH];
        boolean finalizer = false;
        int failedAt = -1;
        int j = 0;
        commit:
        while (j < size) {
            int nb = 0;
            for (; j < size && nb < BATCH; j++) {
                if (t.state[j] == MEMBER) {
                    batch[nb++] = j;
                }
            }
            // Loads first, their misses overlapping; then the locked instructions from the cache (as commit()).
            int sum = 0;
            for (int b = 0; b < nb; b++) {
                sum += Header.refLocal(t.objects[batch[b]]);
            }
            sink += sum;
            for (int b = 0; b < nb; b++) {
                PyObject o = t.objects[batch[b]];
                if (!Header.casRefLocal(o, open, closed)) {
                    failedAt = batch[b];
                    break commit;
                }
                finalizer |= gather(o);
            }
        }
        if (failedAt >= 0) {
            for (int k = 0; k < failedAt; k++) {
                if (t.state[k] == MEMBER && !Header.casRefLocal(t.objects[k], closed, open)) {
                    throw new IllegalStateException("a closed watch word changed under the collector: "
                            + t.objects[k].repr());
                }
            }
            weakRefGarbage.clear();
            weakReferents.clear();
            return false;
        }
        watch.set(1, GcWatch.CLOSED);
        finalizerToRun |= finalizer;
        components = 2;
        component = null;
        int members = 0;
        for (int k = 0; k < size; k++) {
            if (t.state[k] == MEMBER) {
                members++;
            }
        }
        garbage.ensureCapacity(members);
        for (int k = 0; k < size; k++) {
            if (t.state[k] == MEMBER) {
                t.state[k] = GARBAGE;
                garbage.add(t.objects[k]);
            }
        }
        sideTableBytes = Math.max(sideTableBytes, t.bytes());
        return true;
    }

    /**
     * What the garbage needs after the commit, read from a member's header while its CAS has it in cache (a pass of
     * its own over a million headers cost a few milliseconds): its weak references, whether it is referred to weakly
     * (gathered into lists), and whether its finalizer is still to run (returned). The word is closed: nobody can
     * change these bits now, each change needs a reference to {@code o}.
     */
    private boolean gather(PyObject o) {
        int bits = Header.gcBitsAcquire(o);
        if ((bits & GC_HAS_WEAKREFS) != 0) {
            weakReferents.add(o);
        }
        if (o instanceof PyWeakRef) {
            weakRefGarbage.add((PyWeakRef) o);
        }
        return (bits & GC_FINALIZED) == 0 && o.type().hasFinalizer();
    }

    private void unwatch(PyObject o) {
        int w = Header.refLocalVolatile(o);
        while (Header.isWatchLocal(w)) {
            if (Header.casRefLocal(o, w, 0)) {
                return;
            }
            w = Header.refLocalVolatile(o);
        }
    }

    private boolean isGarbage(PyObject o) {
        int k = table.find(o);
        return k >= 0 && table.state[k] == GARBAGE;
    }

    // ---- after K: references, weak references, reopening

    private static <T> void truncate(ArrayList<T> list, int size) {
        while (list.size() > size) {
            list.remove(list.size() - 1);
        }
    }

    /**
     * Clears the weak references that are garbage (they never call back) and detaches those to garbage objects,
     * keeping reachable ones with callbacks: from the lists the commit gathered, so no pass over the garbage.
     */
    private void clearWeakRefsToGarbage() {
        WeakRefAccess.Impl weak = WeakRefAccess.get();
        for (PyWeakRef wr : weakRefGarbage) {
            weak.clear(rt, wr); // an unreachable weak reference never calls back
        }
        weakRefGarbage.clear();
        detachWeakRefsOf(weak, weakReferents);
        weakReferents.clear();
    }

    /**
     * Before code runs (finalizers, callbacks: the words reopen), the collector takes a reference to every garbage
     * object, so that nothing is freed under a finalizer; without code to run, D takes each at its object's turn
     * ({@link #takeReference}), which saves a pass over the garbage's headers.
     */
    private void takeReferences() {
        for (PyObject o : garbage) {
            takeReference(o);
        }
        referencesTaken = true;
    }

    /**
     * The collector's reference to a garbage object, and a deferred object's bias folded. Exclusive access: its word
     * is closed, so no door changes its count (it refuses), and no thread holds a reference (the Σ test): a plain
     * write. Until then, releases by earlier members may have brought the count to zero (plain decrements: nothing
     * is freed by them).
     */
    private static void takeReference(PyObject o) {
        int s = Header.refSharedPlain(o) + SHARED_ONE;
        if ((Header.gcBitsAcquire(o) & GC_DEFERRED) != 0
                && (Header.clearGcBits(o, GC_DEFERRED) & GC_DEFERRED) != 0) {
            s -= Header.shared(Header.DEFERRED_BIAS, 0); // deferred objects die here
        }
        Header.setRefSharedPlain(o, s);
    }

    /** Whether every garbage object holds the collector's reference (taken before code ran). */
    private boolean referencesTaken;
    /** Garbage weak references, gathered by the commit. */
    private final ArrayList<PyWeakRef> weakRefGarbage = new ArrayList<>();
    /** Garbage objects with weak references to them, gathered by the commit. */
    private final ArrayList<PyObject> weakReferents = new ArrayList<>();

    /** Whether a callback or a finalizer is to run (then the words reopen and R3 follows). */
    private boolean codeWillRun() {
        return !callbacks.isEmpty() || finalizerToRun;
    }

    /** A garbage object has a finalizer that has not run (found while taking the references). */
    private boolean finalizerToRun;

    /** Reopens every garbage word (OPEN): finalizers and callbacks may use the objects freely; R3 decides again. */
    private void reopen() {
        boolean[] done = new boolean[components];
        for (PyObject o : garbage) {
            int c = component[table.find(o)];
            if (!done[c]) {
                done[c] = true;
                watch.set(c, GcWatch.OPEN);
            }
        }
        for (PyObject o : garbage) {
            int open = openWord(component[table.find(o)]);
            int w = Header.refLocalVolatile(o);
            while (Header.isWatchLocal(w) && w != open && !Header.casRefLocal(o, w, open)) {
                w = Header.refLocalVolatile(o);
            }
        }
    }

    /** Clears weak references to {@code objs} (members of the garbage); keeps reachable ones with callbacks. */
    private void clearWeakRefsTo(List<PyObject> objs) {
        WeakRefAccess.Impl weak = WeakRefAccess.get();
        ArrayList<PyObject> referents = new ArrayList<>();
        for (PyObject o : objs) {
            if (o instanceof PyWeakRef && isGarbage(o)) {
                weak.clear(rt, (PyWeakRef) o); // an unreachable weak reference never calls back
            }
            if ((Header.gcBitsAcquire(o) & GC_HAS_WEAKREFS) != 0) {
                referents.add(o);
            }
        }
        detachWeakRefsOf(weak, referents);
    }

    /**
     * Detaches the weak references to garbage objects (after every garbage weak reference has been cleared, so that
     * none of them is kept for its callback); a reachable one with a callback goes to {@link #callbacks}.
     */
    private void detachWeakRefsOf(WeakRefAccess.Impl weak, List<PyObject> referents) {
        for (PyObject o : referents) {
            if ((Header.clearGcBits(o, GC_HAS_WEAKREFS) & GC_HAS_WEAKREFS) == 0) {
                continue;
            }
            List<PyWeakRef> refs = weak.detachAll(rt, o);
            for (int i = refs.size() - 1; i >= 0; i--) {
                PyWeakRef wr = refs.get(i);
                if (weak.callback(wr) == null || isGarbage(wr)) {
                    continue;
                }
                if (RefCount.tryIncref(ts, wr)) { // a weak reference dying meanwhile has no callback to run
                    callbacks.add(wr);
                }
            }
        }
    }

    private boolean callCallbacks() {
        return Collector.callCallbacks(ts, callbacks);
    }

    private boolean finalizeGarbage() {
        return Collector.finalizeOnce(ts, garbage);
    }

    // ---- R3

    private void handleResurrected() {
        // Reset the touches finalizers and callbacks made; from here on a touch fails the second commit.
        for (PyObject o : garbage) {
            int w = Header.refLocalVolatile(o);
            while (Header.isWatchLocal(w) && Header.isWatchTouched(w)
                    && !Header.casRefLocal(o, w, Header.watchOpen(w))) {
                w = Header.refLocalVolatile(o);
            }
        }
        Queue<PyObject> roots = new ConcurrentLinkedQueue<>();
        handshakeRoots(roots);
        ObjectTable t = table;
        for (PyObject o : garbage) {
            t.state[t.find(o)] = MEMBER;
        }
        validate(roots, true);
        // Excluded now (a count of its own, a root, an erased word): its whole component is resurrected, so that the
        // commit's unit stays the component.
        boolean[] resurrect = new boolean[components];
        for (PyObject o : garbage) {
            int j = t.find(o);
            if (t.state[j] != MEMBER) {
                resurrect[component[j]] = true;
            }
        }
        for (PyObject o : garbage) {
            int j = t.find(o);
            if (t.state[j] == MEMBER && resurrect[component[j]]) {
                t.state[j] = ALIVE;
            }
        }
        commit(true);
        ArrayList<PyObject> still = new ArrayList<>(garbage.size());
        for (PyObject o : garbage) {
            int j = t.find(o);
            if (t.state[j] == GARBAGE) {
                still.add(o);
            } else {
                t.state[j] = RESURRECTED;
                resurrected.add(o);
            }
        }
        garbage.clear();
        garbage.addAll(still);
        // Weak references that finalizers or callbacks created to what is still garbage.
        clearWeakRefsTo(garbage);
    }

    // ---- D

    private void deleteGarbage() {
        callCallbacks();
        for (PyObject o : resurrected) {
            unwatch(o);
            RefCount.decref(ts, o); // only the collector's reference: it lives on, its finalizer never runs again
        }
        resurrected.clear();
        boolean saveAll = (gc.getDebug() & Gc.DEBUG_SAVEALL) != 0;
        // One pass, as the stop-the-world collector's: at its turn an object leaves the garbage set (state DELETED),
        // its references are released and the collector's reference goes. A reference to a member whose turn has not
        // come is a plain decrement (exclusive, as above: it keeps at least the collector's reference until then);
        // any other goes through reference counting, so the last one frees.
        ObjectTable t = table;
        ReferenceVisitor release = child -> {
            if (isGarbage(child)) {
                Header.setRefSharedPlain(child, Header.refSharedPlain(child) - SHARED_ONE);
            } else {
                RefCount.decref(ts, child);
                if (RefCount.isFreed(child)) {
                    // A member whose turn has passed, freed now by this cascade (the other half of a two-object
                    // cycle): marked as freed while its header is in cache, so that neither the unwatch pass nor the
                    // compaction reads it again (a cache miss each on an interpreter's scattered objects).
                    int k = t.find(child);
                    if (k >= 0 && t.state[k] == DELETED) {
                        t.state[k] = FREED;
                    }
                }
            }
        };
        for (PyObject o : garbage) {
            if ((o.type().flags() & PyType.FLAG_PART_OF_OWNER) == 0) {
                collected++;
            }
            int j = t.find(o);
            t.state[j] = DELETED;
            if (!referencesTaken) {
                takeReference(o);
            }
            if (saveAll) {
                unwatch(o);
                if ((o.type().flags() & PyType.FLAG_PART_OF_OWNER) != 0) {
                    RefCount.decref(ts, o);
                } else {
                    gc.garbage().addStealing(o);
                }
                continue;
            }
            try {
                o.clearReferences(release);
            } catch (Throwable e) {
                rt.reportUnraisable(e, "clearing " + o.repr(), o);
            }
            // Ours: the last one unless a member whose turn has not come still refers to it. The word stays closed
            // (and touched, so the decrement sets nothing) until the free writes the freed header.
            RefCount.decref(ts, o);
            if (RefCount.isFreed(o)) {
                t.state[j] = FREED;
            } else {
                unwatch(o); // referenced by a later member only: freed by reference counting at that one's turn
            }
        }
        garbage.clear();
    }

    // ---- the end

    private void unwatchAll() {
        ObjectTable t = table;
        for (int i = 0; i < candidateCount; i++) {
            int j = candidates[i];
            if (t.state[j] == DELETED || t.state[j] == FREED) {
                continue; // D freed or unwatched it: no header to read
            }
            PyObject o = t.objects[j];
            if (Header.isWatchLocal(Header.refLocalVolatile(o)) && Header.ownerIdOpaque(o) != Header.OWNER_DEAD) {
                unwatch(o);
            }
        }
    }

    /**
     * Memory follows the live objects, as the stop-the-world collector's scan makes it: a thread heap whose snapshot
     * is at least a quarter freed entries is compacted here, off the mutators, into a new array, with what the owner
     * appended since R0 as far as this thread sees it; a handshake then swaps it in at the owner's safepoint, appending
     * what came after that (the owner's only work: its allocations during the compaction itself). A heap the owner
     * replaced meanwhile (it copies when full, pinned) is
     * left as it is. The heap stays pinned until the swap, so the snapshot's entries never move.
     */
    private void compactHeaps() {
        boolean any = false;
        int[] ends = new int[snapshots.size()];
        int longest = 0;
        for (int k = 0; k < ends.length; k++) {
            // Past the snapshot the owner may be appending: a racy read sees each entry as null or as the object the
            // owner stored (a pinned array's entries are written once), so the copy stops at the first null and the
            // handshake copies only what came after it.
            Snapshot snap = snapshots.get(k);
            PyObject[] h = snap.objects;
            int end = snap.size;
            while (end < h.length && ARRAY.getOpaque(h, end) != null) {
                end++;
            }
            ends[k] = end;
            longest = Math.max(longest, end);
        }
        // One pass per heap into a scratch array kept between collections: each header read once, and no array
        // allocated for a heap that is not compacted (a new one per heap and collection was a humongous allocation
        // at 1M objects; ObjectTable says why that matters).
        PyObject[] scratch = gc.takeScratch(longest);
        ObjectTable tab = table;
        try {
            for (int k = 0; k < ends.length; k++) {
                Snapshot snap = snapshots.get(k);
                PyObject[] h = snap.objects;
                int end = ends[k];
                int j = 0;
                int c = snap.tableFrom;
                for (int i = 0; i < end; i++) {
                    PyObject o = (PyObject) ARRAY.getOpaque(h, i);
                    if (o == null) {
                        continue;
                    }
                    if (c < snap.tableTo && tab.objects[c] == o) { // the candidate P1 inserted for this entry
                        if (tab.state[c++] == FREED) {
                            continue; // freed by D: known without reading its header (a cache miss each)
                        }
                    }
                    if (Header.ownerIdOpaque(o) != Header.OWNER_DEAD) {
                        scratch[j++] = o;
                    }
                }
                if ((end - j) * 4 >= end && j < end) { // at least a quarter freed: else the owner's compaction will do
                    snap.compacted = Arrays.copyOf(scratch, Math.max(64, j * 2));
                    snap.live = j;
                    snap.copiedUpTo = end;
                    any = true;
                }
                Arrays.fill(scratch, 0, j, null);
            }
        } finally {
            gc.keepScratch(scratch);
        }
        if (!any) {
            return;
        }
        Map<ThreadCore, Snapshot> byCore = new java.util.IdentityHashMap<>();
        for (Snapshot snap : snapshots) {
            if (snap.compacted != null) {
                byCore.put(snap.core, snap);
            }
        }
        rt.handshake(ts, t -> {
            ThreadCore core = ThreadStates.core(t);
            Snapshot snap = byCore.get(core);
            if (snap == null || core.heap() != snap.objects || core.heapSize() < snap.copiedUpTo) {
                return;
            }
            int added = core.heapSize() - snap.copiedUpTo;
            int n = snap.live + added;
            PyObject[] h = snap.compacted;
            if (n > h.length) {
                h = Arrays.copyOf(h, Math.max(64, n * 2));
            }
            System.arraycopy(snap.objects, snap.copiedUpTo, h, snap.live, added);
            core.setHeap(h, n);
        });
    }

    private void unpin() {
        for (ThreadCore core : pinnedCores) {
            core.unpinHeap();
        }
        pinnedCores.clear();
        if (orphansPinned) {
            OrphanHeaps.of(rt).unpinAndCompact();
            orphansPinned = false;
        }
    }

    private void brokenBy(Throwable t, PyObject o) {
        if (broken == null) {
            broken = Collector.brokenError(t, o);
        }
    }

    private static String describe(PyObject o) {
        return Collector.describe(o);
    }

    // ---- oracle mode (tests)

    /**
     * With the world stopped, right after the first commit: every committed object must be unreachable by the
     * stop-the-world collector's own analysis (exact counts over every heap, internal references subtracted, roots
     * added, marked from outside references). Read-only; throws AssertionError on a wrong verdict.
     */
    private void checkWithOracle() {
        rt.stopTheWorld(ts);
        try {
            java.util.IdentityHashMap<PyObject, int[]> refs = new java.util.IdentityHashMap<>();
            List<PyObject> all = new ArrayList<>();
            for (ThreadState t : rt.threads()) {
                ThreadCore core = ThreadStates.core(t);
                PyObject[] h = core.heap();
                for (int i = 0, n = core.heapSize(); i < n; i++) {
                    all.add(h[i]);
                }
            }
            for (OrphanHeaps.Heap h : OrphanHeaps.of(rt).heaps()) {
                for (int i = 0; i < h.size; i++) {
                    all.add(h.objects[i]);
                }
            }
            for (PyObject o : all) {
                if (o != null && Heaps.isCandidate(o, Header.gcBitsPlain(o)) && !refs.containsKey(o)) {
                    refs.put(o, new int[] {Heaps.exactCount(rt, o)});
                }
            }
            for (PyObject o : refs.keySet()) {
                o.traverse(r -> {
                    int[] c = r == null ? null : refs.get(r);
                    if (c != null) {
                        c[0]--;
                    }
                });
            }
            List<PyObject> roots = new ArrayList<>();
            for (ThreadState t : rt.threads()) {
                scanRootsOf(t, roots);
            }
            java.util.ArrayDeque<PyObject> stack = new java.util.ArrayDeque<>();
            java.util.Set<PyObject> alive = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (PyObject r : roots) {
                if (refs.containsKey(r) && alive.add(r)) {
                    stack.push(r);
                }
            }
            for (Map.Entry<PyObject, int[]> e : refs.entrySet()) {
                if (e.getValue()[0] != 0 && alive.add(e.getKey())) {
                    stack.push(e.getKey());
                }
            }
            while (!stack.isEmpty()) {
                stack.pop().traverse(r -> {
                    if (r != null && refs.containsKey(r) && alive.add(r)) {
                        stack.push(r);
                    }
                });
            }
            for (PyObject o : garbage) {
                if (alive.contains(o)) {
                    throw new AssertionError("concurrent collector oracle: " + describe(o)
                            + " was committed as garbage but the stop-the-world analysis finds it reachable");
                }
            }
        } finally {
            rt.startTheWorld(ts);
        }
    }
}
