// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects.internal;

import dev.freethread.objects.PyObject;

/**
 * One thread's deferred decrefs, oldest first: each entry is a counted reference the thread will drop once every
 * attached thread has passed a safepoint after the entry's goal was set (refcount's DeferredDecrefs has the protocol).
 * Entries at the tail may have no goal yet ({@link #UNASSIGNED}): goals are given to a batch at once, with one
 * increment of the write sequence. Goals never decrease from head to tail. Owner only (a reclaimer takes a dead
 * thread's entries over; the collector may read it with the world stopped).
 */
public final class DeferredQueue {
    /** The goal of an entry whose batch has not been given one yet. */
    public static final long UNASSIGNED = 0;

    private PyObject[] objects = new PyObject[16];
    private long[] goals = new long[16];
    private long[] sizes = new long[16];
    private int head;
    private int size;
    private int unassigned;
    private long bytes;
    private long unassignedBytes;
    private boolean busy;

    public DeferredQueue() {}

    /** Whether the owner is processing this queue now (a finalizer it runs must not process it again). */
    public boolean isBusy() {
        return busy;
    }

    public void setBusy(boolean busy) {
        this.busy = busy;
    }

    /** Appends a reference (taken over) with no goal yet, counting {@code sizeHint} bytes against the caps. */
    public void add(PyObject o, long sizeHint) {
        if (size == objects.length) {
            grow();
        }
        int i = (head + size) & (objects.length - 1);
        objects[i] = o;
        goals[i] = UNASSIGNED;
        sizes[i] = sizeHint;
        size++;
        unassigned++;
        bytes += sizeHint;
        unassignedBytes += sizeHint;
    }

    /** Gives every entry without a goal the goal {@code goal}. */
    public void assign(long goal) {
        int mask = objects.length - 1;
        for (int k = size - unassigned; k < size; k++) {
            goals[(head + k) & mask] = goal;
        }
        unassigned = 0;
        unassignedBytes = 0;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    /** How many entries at the tail have no goal yet. */
    public int unassigned() {
        return unassigned;
    }

    /** The size estimates of the entries without a goal. */
    public long unassignedBytes() {
        return unassignedBytes;
    }

    /** The size estimates of every entry. */
    public long bytes() {
        return bytes;
    }

    /** The oldest entry's goal ({@link #UNASSIGNED} if it has none); the queue must not be empty. */
    public long headGoal() {
        return goals[head];
    }

    /** Removes and returns the oldest entry. */
    public PyObject poll() {
        PyObject o = objects[head];
        objects[head] = null;
        bytes -= sizes[head];
        if (goals[head] == UNASSIGNED) {
            unassigned--;
            unassignedBytes -= sizes[head];
        }
        head = (head + 1) & (objects.length - 1);
        size--;
        return o;
    }

    /** Appends every entry of {@code other} (a dead thread's queue), keeping its goals, and empties it. */
    public void takeOver(DeferredQueue other) {
        while (!other.isEmpty()) {
            long g = other.headGoal();
            long s = other.sizes[other.head];
            PyObject o = other.poll();
            if (size == objects.length) {
                grow();
            }
            int i = (head + size) & (objects.length - 1);
            objects[i] = o;
            goals[i] = g;
            sizes[i] = s;
            size++;
            bytes += s;
            if (g == UNASSIGNED) {
                unassigned++;
                unassignedBytes += s;
            }
        }
        // The order (goals non-decreasing, entries without one at the tail) may be broken now: give every entry the
        // next goal (a later goal is always safe: it waits longer).
        unassignAll();
    }

    /**
     * Forgets every entry's goal, so that the next {@link #assign} gives them all one, later goal (a later goal only
     * waits longer). Keeps the counters exact: {@link #poll} counts an entry as unassigned by its goal.
     */
    public void unassignAll() {
        int mask = objects.length - 1;
        for (int k = 0; k < size; k++) {
            goals[(head + k) & mask] = UNASSIGNED;
        }
        unassigned = size;
        unassignedBytes = bytes;
    }

    /** Visits every entry (the collector, world stopped). */
    public void forEach(java.util.function.Consumer<PyObject> visitor) {
        int mask = objects.length - 1;
        for (int k = 0; k < size; k++) {
            visitor.accept(objects[(head + k) & mask]);
        }
    }

    private void grow() {
        int n = objects.length;
        PyObject[] no = new PyObject[n * 2];
        long[] ng = new long[n * 2];
        long[] ns = new long[n * 2];
        for (int k = 0; k < size; k++) {
            int i = (head + k) & (n - 1);
            no[k] = objects[i];
            ng[k] = goals[i];
            ns[k] = sizes[i];
        }
        objects = no;
        goals = ng;
        sizes = ns;
        head = 0;
    }
}
