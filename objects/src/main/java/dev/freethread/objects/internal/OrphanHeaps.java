// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects.internal;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.Runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The heaps of tracked objects of threads that have exited (CPython's abandoned mimalloc pool): a thread's heap
 * outlives the thread, because the objects it created do. A Runtime's exiting threads add to it (in close(), still
 * attached, before they are EXITED: [W9]; and again, usually nothing, when they unregister); the collector takes them
 * with the world stopped (a stop waits for exiting threads, attached ones that do not poll until they are EXITED and
 * then until they unregister, so nothing is added during a stop). Guarded by its own monitor, a leaf: nothing that
 * holds it waits for anything.
 */
public final class OrphanHeaps {
    private static final Object KEY = new Object();

    /** One exited thread's heap: entries {@code [0, size)} of {@code objects}. */
    public static final class Heap {
        public final PyObject[] objects;
        public final int size;
        /** The exited thread's id (objects not yet merged still carry it as their owner). */
        public final int threadId;

        public Heap(PyObject[] objects, int size, int threadId) {
            this.objects = objects;
            this.size = size;
            this.threadId = threadId;
        }
    }

    private final ArrayList<Heap> heaps = new ArrayList<>();
    /** Entries in {@link #heaps}, and how many there were after the last compaction (guarded by this). */
    private int entries;
    private int entriesAfterCompaction;

    private OrphanHeaps() {}

    /** The orphan heaps of a Runtime. */
    public static OrphanHeaps of(Runtime rt) {
        return rt.attachment(KEY, OrphanHeaps::new);
    }

    /**
     * Called by an exiting thread in close() before it is EXITED ([W9]), and again when it unregisters (then its heap
     * is empty, unless the thread was reclaimed without close()): its heap moves here, freed entries dropped and the
     * array cut to its live entries (an orphan heap never grows again; keeping the exited thread's peak-sized array
     * would tie the memory of every exited thread's busiest moment to its few survivors: issue 11, defect 10).
     */
    public static void adopt(Runtime rt, ThreadCore core, int threadId) {
        PyObject[] h;
        int n;
        if (core.isHeapPinned()) {
            // A concurrent collection reads the array: copy the live entries, move nothing in place.
            h = liveCopy(core.heap(), core.heapSize());
            n = h.length;
        } else {
            n = ThreadCore.compact(core.heap(), core.heapSize());
            h = n < core.heap().length ? java.util.Arrays.copyOf(core.heap(), n) : core.heap();
        }
        core.setHeap(new PyObject[0], 0);
        if (n > 0) {
            OrphanHeaps o = of(rt);
            synchronized (o) {
                o.heaps.add(new Heap(h, n, threadId));
                o.entries += n;
                if (!o.pinned && o.entries > 2 * Math.max(o.entriesAfterCompaction, 4096)) {
                    o.compactAll();
                }
            }
        }
    }

    /**
     * Drops freed entries from every orphan heap (amortised O(1) per adopted entry: only when the entries have
     * doubled since the last compaction). Without a collector (a Runtime without the gc module) nothing else would,
     * and a Runtime whose threads come and go would keep dead objects reachable from here. Never during a stop: a
     * stop waits for exiting threads to unregister ([W7]), and adopt runs inside unregister or in close() while the
     * thread is attached and not polling, before its EXITED, which no stop can complete across.
     */
    private void compactAll() {
        ArrayList<Heap> out = new ArrayList<>(heaps.size());
        int total = 0;
        for (Heap h : heaps) {
            int n = ThreadCore.compact(h.objects, h.size);
            if (n > 0) {
                out.add(new Heap(n < h.objects.length ? java.util.Arrays.copyOf(h.objects, n) : h.objects, n, h.threadId));
                total += n;
            }
        }
        heaps.clear();
        heaps.addAll(out);
        entries = total;
        entriesAfterCompaction = total;
    }

    /** A snapshot of the orphan heaps. */
    private static PyObject[] liveCopy(PyObject[] h, int size) {
        PyObject[] out = new PyObject[size];
        int j = 0;
        for (int i = 0; i < size; i++) {
            if (Header.ownerIdOpaque(h[i]) != Header.OWNER_DEAD) { // other threads free meanwhile: read once
                out[j++] = h[i];
            }
        }
        return j == size ? out : java.util.Arrays.copyOf(out, j);
    }

    /** Set while a concurrent collection reads the orphan heaps: nothing is compacted in place meanwhile. */
    private boolean pinned;

    /** The concurrent collector: pins the orphan heaps and returns them (their arrays stay as they are until unpin). */
    public synchronized List<Heap> pinAndGet() {
        pinned = true;
        return new ArrayList<>(heaps);
    }

    /** The concurrent collector, at the end of a collection: drops freed entries (copying) and unpins. */
    public synchronized void unpinAndCompact() {
        pinned = false;
        compactAll();
    }

    public synchronized List<Heap> heaps() {
        return new ArrayList<>(heaps);
    }

    /** Replaces the orphan heaps with their compacted versions: the collector, world stopped. */
    public synchronized void replaceAll(List<Heap> compacted) {
        heaps.clear();
        heaps.addAll(compacted);
        int total = 0;
        for (Heap h : compacted) {
            total += h.size;
        }
        entries = total;
        entriesAfterCompaction = total;
    }
}
