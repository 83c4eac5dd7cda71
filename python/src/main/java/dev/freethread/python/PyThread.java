// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.ThreadState;

/**
 * The interpreter's per-thread state (CPython's {@code PyThreadState}, the interpreter's half): the toolkit's
 * {@link ThreadState}, the interpreter, and the thread's Python-visible name. Used by its own thread only.
 */
final class PyThread implements dev.freethread.objects.BorrowedReferences {
    final Interp interp;
    final ThreadState ts;
    String name;
    final long ident;
    /** The exceptions being handled by enclosing {@code except} blocks, innermost last (for a bare raise). */
    final java.util.ArrayList<PyBaseExc> handling = new java.util.ArrayList<>();
    /**
     * The frame of Python code calling a built-in that reads it ({@link PyBuiltin#wantsFrame}: {@code locals()},
     * {@code eval}), set for that call only; null otherwise (such a built-in called from Java code has none).
     */
    Frame callerFrame;
    /**
     * The innermost Python frame this thread is running (function, generator, module or class body), or null: the
     * head of the chain {@code sys._getframe} walks through {@link Frame#back}. Written and read only by this thread.
     */
    Frame current;
    /** The frames whose for loops keep a borrowed loop variable (Frame.borrowedSlot), innermost last. */
    final java.util.ArrayList<Frame> borrowing = new java.util.ArrayList<>();
    /** The threading.local objects this thread has a dict in (not counted): dropped from each when it ends. */
    final java.util.ArrayList<ThreadObjects.Local> locals = new java.util.ArrayList<>();

    /**
     * The deepest call this thread's Java stack holds with room to spare: about 1.2 KiB of Java stack per Python call
     * was measured, 4 KiB is assumed. A call past it raises RecursionError as the recursion limit does, before the
     * JVM's StackOverflowError could strike in the middle of a count change or a deallocation.
     */
    final int maxDepth;
    /**
     * The coroutine whose runner this thread is ({@link PyCoroutine}): its awaits suspend it, and finalization never
     * stops it ([CO4]). Null for other threads.
     */
    volatile PyCoroutine coroutineRunner;
    /**
     * Whether this is a coroutine runner's own thread (running a coroutine or not): finalization never parks it, even
     * between jobs, where re-attaching may drain its merge queue into a weak reference's Python callback; it leaves
     * when its pool is stopped ({@link Interp#stopCoroutineRunners}), as a parked runner would not.
     */
    volatile boolean runnerThread;
    /**
     * Whether {@code _thread.start_new_thread} started this thread: only such a thread is stopped when it runs Python
     * code during finalization ({@link Interp#checkInterrupt}). A thread the interpreter did not start (the collector
     * thread running finalizers of cyclic garbage, an embedding host's thread) never is: the main thread's teardown
     * waits for the collector's collections, so parking it there hung the interpreter at exit (lifetime edge E27).
     */
    volatile boolean startedByThreadModule;

    PyThread(Interp interp, ThreadState ts, String name) {
        this(interp, ts, name, mainStackBytes());
    }

    PyThread(Interp interp, ThreadState ts, String name, long stackBytes) {
        this.interp = interp;
        this.ts = ts;
        this.name = name;
        this.ident = Thread.currentThread().getId();
        this.maxDepth = (int) Math.max(100, Math.min(Integer.MAX_VALUE, stackBytes / 4096));
        ts.setBorrowedReferences(this);
    }

    /**
     * Before every quiescent state of this thread (the toolkit's BorrowedReferences): each borrowed loop variable
     * becomes a counted reference of its frame, so no borrowed reference outlives the safepoint. Increfs only.
     */
    @Override
    public void promoteBorrowed(ThreadState ts) {
        for (int i = borrowing.size() - 1; i >= 0; i--) {
            Frame f = borrowing.get(i);
            int slot = f.borrowedSlot;
            if (slot >= 0) {
                f.borrowedSlot = -1;
                dev.freethread.refcount.RefCount.incref(ts, f.locals[slot]);
            }
        }
    }

    /** The JVM's thread stack size (-Xss), which the launcher gives the main thread too; 1 MiB if unset. */
    static long mainStackBytes() {
        long bytes = 1L << 20;
        for (String arg : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-Xss") || arg.startsWith("-XX:ThreadStackSize=")) {
                String v = arg.startsWith("-Xss") ? arg.substring(4) : arg.substring(20) + "k";
                bytes = parseSize(v, bytes);
            }
        }
        return bytes;
    }

    private static long parseSize(String v, long dflt) {
        try {
            char unit = Character.toLowerCase(v.charAt(v.length() - 1));
            long mult = unit == 'k' ? 1L << 10 : unit == 'm' ? 1L << 20 : unit == 'g' ? 1L << 30 : 1;
            String digits = Character.isDigit(unit) ? v : v.substring(0, v.length() - 1);
            return Long.parseLong(digits) * mult;
        } catch (RuntimeException e) {
            return dflt;
        }
    }
}
