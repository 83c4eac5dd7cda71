// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import dev.freethread.objects.internal.Debug;

/**
 * A critical section (PEP 703's {@code Py_BEGIN_CRITICAL_SECTION}): holds one object's mutex, or two objects'
 * mutexes taken in a stable order, for the duration of a try-with-resources block.
 *
 * <pre>{@code
 * try (CriticalSection cs = CriticalSection.of(ts, dict)) { ... }
 * try (CriticalSection cs = CriticalSection.of(ts, a, b)) { ... }   // order of a and b does not matter
 * }</pre>
 *
 * <h2>Suspension</h2>
 * Each thread keeps a stack of its active sections. When it would block inside them — waiting for another mutex,
 * detaching, parking for a stop or a handshake — all its held sections are <em>suspended</em> (their mutexes
 * released), so two threads that lock A then B and B then A never deadlock. When it continues, the
 * <em>innermost</em> section is re-acquired; an outer one is re-acquired when the section inside it ends (CPython's
 * scheme: re-acquiring them all at once would take outer locks while holding inner ones, against every lock order).
 * One exception ({@link PyMutex}'s [M4]): while the thread holds a mutex it locked directly with
 * {@link PyMutex#lock}, a section is resumed only if that takes no blocking wait; otherwise it is resumed when the
 * thread unlocks its last such mutex.
 *
 * <p><b>What a caller may assume</b>: while code runs inside a section, that section's objects are locked. Across any
 * call that may block — including any call into user code, which may lock other objects — another thread may have
 * held the lock in between: every invariant read before the call must be re-checked after it (a dict's size, a list's
 * length, an iterator's position). A section gives atomicity only to stretches with no blocking call.
 *
 * <h2>Records are reused</h2>
 * A section allocates nothing: each thread keeps its section records in an array indexed by nesting depth, and
 * {@code of} re-initialises the record of the next depth (a record escapes into the thread state, so escape analysis
 * could never remove a fresh one). The handle {@code of} returns is therefore valid until its {@code close()}: close
 * it exactly once, innermost first, as try-with-resources does. A second {@code close()} of the same handle returns
 * quietly while the record is unused (or throws if an enclosing section is innermost); once a later section at the
 * same depth reuses the record, it would end that section. Debug mode ({@code -Dfreethread.debug=true}) allocates a
 * fresh record per section instead and throws {@code IllegalStateException} on a second {@code close()}, so such a
 * misuse is caught where it happens.
 *
 * <p>Not thread-safe: a section belongs to its thread; sections end innermost first.
 */
public final class CriticalSection implements AutoCloseable {
    private final ThreadState ts;
    /** This record's nesting depth (0 for an outermost section): its index in the thread's records. */
    private final int depth;
    private PyObject first;
    private PyObject second; // null for a one-object section
    /** The enclosing section's record (null at depth 0, so a depth-0 record never writes it). */
    private CriticalSection outer;
    /**
     * {@link #HELD}, {@link #SUSPENDED}, {@link #CLOSED} and {@link #ALREADY_HELD}, in one field so that beginning and
     * ending a section store as little as possible: every store before the mutex's CAS must leave the store buffer
     * before that CAS (a full fence on x86), so the section's price over its bare mutex is mostly its stores.
     */
    private int state;

    /** The section's mutexes are held by this thread. */
    private static final int HELD = 1;
    /** Released while the thread blocked; re-acquired when it is innermost again. */
    private static final int SUSPENDED = 2;
    private static final int CLOSED = 4;
    /** A section on an object (or pair) the enclosing section holds: locks nothing. */
    private static final int ALREADY_HELD = 8;

    private CriticalSection(ThreadState ts, int depth) {
        this.ts = ts;
        this.depth = depth;
    }

    /**
     * The record for a new innermost section of {@code ts} on {@code first} (and {@code second}), pushed as the
     * thread's innermost: the thread's reusable record at that depth (depth 0 in a field of its own, deeper ones in an
     * array by depth), or a fresh one in debug mode.
     */
    private static CriticalSection push(ThreadState ts, PyObject first, PyObject second) {
        CriticalSection outer = ts.criticalSection;
        int depth = outer == null ? 0 : outer.depth + 1;
        CriticalSection cs;
        if (Debug.ENABLED) {
            cs = new CriticalSection(ts, depth); // a stale handle stays closed, so a second close() is caught
        } else if (outer == null) {
            cs = ts.outermostSectionRecord;
            if (cs == null) {
                cs = ts.outermostSectionRecord = new CriticalSection(ts, 0);
            }
        } else {
            CriticalSection[] records = ts.sectionRecords;
            if (records == null || depth >= records.length) {
                records = ts.sectionRecords = java.util.Arrays.copyOf(records == null ? new CriticalSection[0] : records,
                        Math.max(8, depth * 2));
            }
            cs = records[depth];
            if (cs == null) {
                cs = records[depth] = new CriticalSection(ts, depth);
            }
        }
        cs.first = first;
        if (cs.second != second) {
            cs.second = second; // close() leaves it null: a one-object section stores nothing here
        }
        if (depth != 0) {
            cs.outer = outer; // a depth-0 record's outer is always null
        }
        // cs.state stays as close() left it, CLOSED (or 0 if new), which no code reads as held or suspended: acquire()
        // stores HELD once it holds the mutexes (one store less per section).
        ts.criticalSection = cs; // pushed before locking: blocking on it suspends only the outer sections
        return cs;
    }

    /** Locks {@code o} until the section is closed. Blocking. */
    public static CriticalSection of(ThreadState ts, PyObject o) {
        if (o == null) {
            throw new NullPointerException("critical section on null");
        }
        if (Debug.ENABLED) {
            Debug.checkThread(ts, "begin a critical section");
        }
        CriticalSection inner = ts.criticalSection;
        if (inner != null && (inner.state & HELD) != 0 && (inner.first == o || inner.second == o)) {
            // CPython: a section on an object the innermost section already holds is a no-op (the mutex is not
            // reentrant, so locking it again would deadlock).
            return nested(ts, o, null);
        }
        CriticalSection cs = push(ts, o, null);
        cs.acquire();
        return cs;
    }

    /** Locks {@code a} and {@code b} (in a stable order, whatever the argument order) until closed. Blocking. */
    public static CriticalSection of(ThreadState ts, PyObject a, PyObject b) {
        if (a == null || b == null) {
            throw new NullPointerException("critical section on null");
        }
        if (a == b) {
            return of(ts, a);
        }
        if (Debug.ENABLED) {
            Debug.checkThread(ts, "begin a critical section");
        }
        CriticalSection inner = ts.criticalSection;
        if (inner != null && (inner.state & HELD) != 0 && inner.second != null
                && ((inner.first == a && inner.second == b) || (inner.first == b && inner.second == a))) {
            // The same pair again (comparing self-recursive containers: a == b inside a == b): a no-op, as the
            // one-object case (CPython 3.14's critical_section2 does the same).
            return nested(ts, a, b);
        }
        int ha = System.identityHashCode(a);
        int hb = System.identityHashCode(b);
        CriticalSection cs = ha <= hb ? push(ts, a, b) : push(ts, b, a);
        cs.acquire();
        return cs;
    }

    private static CriticalSection nested(ThreadState ts, PyObject a, PyObject b) {
        CriticalSection cs = push(ts, a, b);
        cs.state = ALREADY_HELD | HELD;
        return cs;
    }

    private void acquire() {
        if (second == null) {
            PyMutex.lockForSection(ts, first);
        } else if (System.identityHashCode(first) != System.identityHashCode(second)) {
            PyMutex.lockForSection(ts, first);
            PyMutex.lockForSection(ts, second);
        } else {
            // Equal identity hashes: the pair has no stable order of its own. Every thread takes such a pair while
            // holding the Runtime's tie-breaker mutex, so two threads never hold one member each and wait for the
            // other (the first version backed off and swapped, which could livelock, spinning without a safepoint).
            // Holding the tie-breaker while blocking on a member is safe: a holder of a member blocks only while
            // holding no section lock but a pair's first, and no thread holding a member waits for the tie-breaker
            // (it takes the tie-breaker before either member).
            PyObject tie = ts.runtime().pairTieBreaker();
            PyMutex.lockForSection(ts, tie);
            try {
                PyMutex.lockForSection(ts, first);
                PyMutex.lockForSection(ts, second);
            } finally {
                PyMutex.unlockForSection(ts, tie);
            }
        }
        state = HELD; // only now: had acquire() blocked, suspendAll() must not have released what was not held
    }

    private void release() {
        if (second != null) {
            PyMutex.unlockForSection(ts, second);
        }
        PyMutex.unlockForSection(ts, first);
    }

    /** Whether every mutex of this section could be taken without blocking; on failure nothing is taken. */
    private boolean tryAcquire() {
        if (!PyMutex.tryLockForSection(first)) {
            return false;
        }
        if (second != null && !PyMutex.tryLockForSection(second)) {
            PyMutex.unlockForSection(ts, first);
            return false;
        }
        state = HELD;
        return true;
    }

    /**
     * Ends the section: unlocks (unless suspended) and re-acquires the enclosing section if it was suspended.
     *
     * @throws IllegalStateException if this is not the thread's innermost section
     */
    @Override
    public void close() {
        if (ts.criticalSection != this) {
            closeNotInnermost(); // an innermost record is never closed: the fast path tests one thing
            return;
        }
        int s = state;
        state = CLOSED;
        if ((s & (HELD | ALREADY_HELD)) == HELD) {
            release();
        }
        CriticalSection enclosing = outer;
        ts.criticalSection = enclosing;
        if (!Debug.ENABLED) {
            // A reused record must not keep the objects reachable from the thread state after the section (debug
            // mode's records are not reused, and keep them for the message of a second close()). Its outer is a
            // record of the same thread, reachable anyway: it stays, and is overwritten by the next push.
            first = null;
            if (second != null) {
                second = null;
            }
        }
        if (enclosing != null) {
            resumeInnermost(ts);
        }
    }

    /** A second {@code close()} (quiet, or caught in debug mode), or one out of order (refused). */
    private void closeNotInnermost() {
        if ((state & CLOSED) != 0) {
            if (Debug.ENABLED) {
                throw new IllegalStateException("critical section on " + describe() + " closed twice, on thread "
                        + Debug.currentThread());
            }
            return;
        }
        throw new IllegalStateException("critical sections must end innermost first: closing " + describe()
                + " while " + (ts.criticalSection == null ? "none" : ts.criticalSection.describe()) + " is innermost");
    }

    /** Releases every held section of {@code ts} (it is about to block). */
    static void suspendAll(ThreadState ts) {
        for (CriticalSection cs = ts.criticalSection; cs != null; cs = cs.outer) {
            if ((cs.state & (HELD | ALREADY_HELD)) == HELD) {
                cs.release();
                cs.state = SUSPENDED;
            }
        }
    }

    /**
     * Re-acquires {@code ts}'s innermost section if it was suspended (it may block, and suspend again). While the
     * thread holds mutexes of its own ({@link PyMutex#lock}), only a resumption that needs no blocking wait is done;
     * otherwise it is deferred to the unlock of the thread's last such mutex ([M4] in {@link PyMutex}).
     */
    static void resumeInnermost(ThreadState ts) {
        CriticalSection cs = ts.criticalSection;
        while (cs != null && (cs.state & ALREADY_HELD) != 0) {
            cs = cs.outer; // its object is the enclosing section's: resuming that one locks it
        }
        if (cs == null || (cs.state & SUSPENDED) == 0) {
            return;
        }
        // The innermost section is suspended, so every section's mutexes are released: the thread holds only what it
        // locked directly, which mutexesHeld counts.
        if (ts.mutexesHeld > 0) {
            if (!cs.tryAcquire()) {
                ts.resumeDeferred = true; // PyMutex.unlock resumes it when the last one is released
            }
            return;
        }
        ts.resumeDeferred = false;
        cs.state = 0; // neither held nor suspended while it blocks
        cs.acquire();
    }

    /**
     * Releases the mutexes of every held section of a thread that ended without exiting (Runtime's reclaim; the
     * thread runs no more). Returns how many mutexes were released.
     */
    static int releaseAllOf(ThreadState dead) {
        int n = 0;
        for (CriticalSection cs = dead.criticalSection; cs != null; cs = cs.outer) {
            if ((cs.state & (HELD | ALREADY_HELD)) == HELD) {
                cs.release();
                n += cs.second == null ? 1 : 2;
            }
        }
        dead.criticalSection = null;
        return n;
    }

    /**
     * Whether {@code ts}'s innermost active section holds {@code o}'s mutex (then a section on {@code o} would be a
     * no-op, and the thread may act as {@code o}'s writer without locking). Owner thread.
     */
    public static boolean holds(ThreadState ts, PyObject o) {
        CriticalSection inner = ts.criticalSection;
        return inner != null && (inner.state & HELD) != 0 && (inner.first == o || inner.second == o);
    }

    /**
     * Whether {@code ts} is inside any section, holding its locks or suspended (as during {@code attach()}, before the
     * innermost one is resumed).
     */
    public static boolean isInside(ThreadState ts) {
        return ts.criticalSection != null;
    }

    /** Whether {@code ts} is inside a section now holding its locks (for assertions and tests). */
    public static boolean isHeld(ThreadState ts) {
        CriticalSection cs = ts.criticalSection;
        while (cs != null && (cs.state & ALREADY_HELD) != 0) {
            cs = cs.outer;
        }
        return cs != null && (cs.state & HELD) != 0;
    }

    String describe() {
        return second == null ? first.repr() : first.repr() + " and " + second.repr();
    }
}
