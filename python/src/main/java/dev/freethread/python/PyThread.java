// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.ThreadState;

/**
 * The interpreter's per-thread state (CPython's {@code PyThreadState}, the interpreter's half): the toolkit's
 * {@link ThreadState}, the interpreter, and the thread's Python-visible name. Used by its own thread only.
 */
final class PyThread {
    final Interp interp;
    final ThreadState ts;
    String name;
    final long ident;
    /** The exceptions being handled by enclosing {@code except} blocks, innermost last (for a bare raise). */
    final java.util.ArrayList<PyBaseExc> handling = new java.util.ArrayList<>();

    PyThread(Interp interp, ThreadState ts, String name) {
        this.interp = interp;
        this.ts = ts;
        this.name = name;
        this.ident = Thread.currentThread().getId();
    }
}
