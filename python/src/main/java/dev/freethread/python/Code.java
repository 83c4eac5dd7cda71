// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

/**
 * What the parser makes of a function, lambda or comprehension body: its parameters, the layout of its local slots
 * (which of them hold cells) and the statement tree to run. Immutable once the module has been resolved.
 */
final class Code {
    final String name;
    String qualname;
    final String file;
    final int firstLine;
    /** Positional parameters (named first in {@link #paramNames}), then keyword-only ones. */
    int argcount;
    /** The first positional parameters that are positional-only (before a {@code /}): never bound by keyword. */
    int posonlycount;
    int kwonlycount;
    /** Slots of {@code *args} and {@code **kwargs}, or -1. */
    int varargsSlot = -1;
    int varkwSlot = -1;
    /** Parameter names, positional then keyword-only; parameter i lives in slot i. */
    String[] paramNames = new String[0];
    /** Every local's name by slot. */
    String[] localNames = new String[0];
    /** Slots whose variable is captured by an inner function: they hold a {@link PyCell}. */
    int[] cellSlots = new int[0];
    /** The names of the free variables, in the order of the closure. */
    String[] freeNames = new String[0];
    /** {@code co_names}: the global, class-body and attribute names the code uses (Scope.bindFrees). */
    String[] names = new String[0];
    Stmt body;
    /**
     * Whether the first parameter is never rebound, deleted or captured by an inner function: a method's {@code self}.
     * The caller then lends it (it holds a reference for the whole call), and the frame's slot borrows it: no count
     * is taken on the object a method is called on, which for an object all threads share is a contended atomic.
     */
    boolean firstParamReadOnly;
    /**
     * A module or class body with an annotated assignment in it (CPython's SETUP_ANNOTATIONS): its namespace gets
     * an empty {@code __annotations__} before the body runs, so the body may read it first.
     */
    boolean setupAnnotations;

    /**
     * A list, set or dict comprehension: CPython 3.12 runs those inline in the enclosing frame (PEP 709), so a
     * traceback has no entry of theirs; a generator expression keeps its {@code <genexpr>} frame.
     */
    boolean inlinedInTracebacks;

    /**
     * Whether the body yields: a call then makes a {@link PyGenerator} over the bound frame instead of running it, and
     * {@link #body} is in its resumable form (GenStmts.genify), whose statements number {@link #genSlots} slots.
     */
    boolean isGenerator;
    /** {@code async def}: a call makes a {@link PyCoroutine}. */
    boolean isCoroutine;
    int genSlots;

    /** The docstring (the body's first statement, a string literal), or null. */
    String doc;

    /** Whether the body uses {@code super()} with no arguments (it needs the defining class). */
    boolean usesSuper;

    Code(String name, String file, int firstLine) {
        this.name = name;
        this.qualname = name;
        this.file = file;
        this.firstLine = firstLine;
    }

    int nlocals() {
        return localNames.length;
    }
}
