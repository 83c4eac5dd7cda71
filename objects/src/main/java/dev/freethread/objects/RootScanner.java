// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

/**
 * A binding's report of one thread's uncounted roots, for the cycle collector (CPython's
 * {@code gc_visit_thread_stacks}): the references a thread's stack holds without owning a count — deferred
 * references (to objects made deferred, whose stack references are not counted) and borrowed ones. Each reported
 * reference counts as one reference from outside the heap, so the object and everything it reaches survive the
 * collection. Counted references need not be reported (they are in the reference count already).
 *
 * <p>Called on the collector's thread while the world is stopped and the scanned thread is parked at a safepoint
 * (so its stack is stable and its writes are visible); it must not run user code, change reference counts or block.
 */
@FunctionalInterface
public interface RootScanner {
    /** Reports each uncounted reference held by the thread's stack to {@code visitor} (nulls are skipped by caller). */
    void scanRoots(ReferenceVisitor visitor);
}
