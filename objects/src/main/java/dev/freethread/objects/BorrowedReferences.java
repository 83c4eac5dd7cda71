// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

/**
 * A binding's hook for borrowed references that it keeps longer than a stretch of code with no safepoint: for
 * example an interpreter's loop variable that holds each item of a shared list borrowed
 * ({@code PyListIterator.nextBorrowed}) while the loop body runs code that may reach a safepoint.
 *
 * <p>A borrowed reference is valid until its thread's next quiescent state: a serviced {@link ThreadState#poll()},
 * {@link ThreadState#detach()}, a blocking toolkit call, or the thread's exit (docs/refcount.md, "Borrowed reads and
 * deferred decrefs"). The thread calls {@link #promoteBorrowed} on its own thread at each of them, <em>before</em> it
 * reports the quiescent state or goes offline; the hook increfs every borrowed reference it still keeps, which the
 * binding owns from then on (and drops with a decref when it lets it go). A poll with nothing pending reports
 * nothing and calls nothing, so a binding pays for the promotion only when another thread waits for a grace period.
 * Because the promotion comes first, a reference the hook keeps borrowed is never held across a quiescent state: the
 * objects it names are alive, and the collectors, which look at a thread only at its safepoints, never see one
 * uncounted (no {@link RootScanner} entry is needed for them).
 *
 * <p>Contract: called on the thread's own thread, attached; it may only incref (no decref, no user code, no blocking,
 * no poll). Set with {@link ThreadState#setBorrowedReferences}.
 */
@FunctionalInterface
public interface BorrowedReferences {
    /** Increfs every borrowed reference the binding keeps on {@code ts}'s thread, and from now on owns them. */
    void promoteBorrowed(ThreadState ts);
}
