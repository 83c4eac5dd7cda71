// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyObject;

/**
 * An executable expression node. {@link #eval} answers a new reference. Assignment targets override
 * {@link #assign} (the value borrowed) and {@link #delete}.
 */
abstract class Expr {
    int line;
    /** The column of the token the parser made it at (0-based), -1 if none: see Parser.startCol for the start. */
    int col = -1;
    /**
     * Its span in the source, as CPython's positions give it (a traceback's line, columns and carets): the first line,
     * the 0-based column it starts at, the last line and the 0-based column just past its end; {@code endLine} 0 when
     * unknown (a node the parser made from made-up tokens, as an f-string's fields). Set by the Parser.
     */
    int startLine;
    int startCol;
    int endLine;
    int endCol;
    /**
     * Where the token it was made at is (an operator, a subscript's '[', a call's '('), for the carets' anchors: line
     * (0: unknown) and 0-based column.
     */
    int tokLine;
    int tokCol;
    /** Where the outermost parentheses around it open (line 0: none): a parent's span starts there, as CPython's. */
    int parenLine;
    int parenCol;

    abstract PyObject eval(Frame f);

    /** Writes its span into {@code sp} (PyRaise#span); a node with anchors for the carets overrides it. */
    void spanInto(int[] sp) {
        ownSpanInto(sp);
    }

    private void ownSpanInto(int[] sp) {
        sp[0] = startLine;
        sp[1] = startCol;
        sp[2] = endLine;
        sp[3] = endCol;
        sp[4] = 0;
        sp[8] = 0;
    }

    /** {@link #spanInto} with anchors from (line1, col1) to (line2, col2), and whether no carets are drawn. */
    final void spanInto(int[] sp, int line1, int col1, int line2, int col2, boolean wholeStatement) {
        ownSpanInto(sp);
        sp[4] = line1;
        sp[5] = col1;
        sp[6] = line2;
        sp[7] = col2;
        sp[8] = wholeStatement ? 1 : 0;
    }

    void assign(Frame f, PyObject value) {
        throw new IllegalStateException("not an assignment target: " + getClass().getSimpleName());
    }

    void delete(Frame f) {
        throw new IllegalStateException("not a deletion target: " + getClass().getSimpleName());
    }

    /**
     * Evaluates without boxing a float: true when the value is a float, left in {@link Frame#floatValue} (no object
     * made, no reference taken); false otherwise, with the value (a new reference) in {@link Frame#boxed}. Float
     * arithmetic chains ({@code dx * dx + dy * dy}) box only their final result this way.
     */
    boolean evalFloat(Frame f) {
        PyObject v = eval(f);
        if (v instanceof PyFloat) {
            f.floatValue = ((PyFloat) v).value;
            dev.freethread.refcount.RefCount.decref(f.ts, v);
            return true;
        }
        f.boxed = v;
        return false;
    }

    /**
     * Whether {@link #evalBorrowed} answers a borrowed reference: a local variable's value, which its frame slot
     * keeps alive while the expression that reads it runs (no other frame can rebind a plain local).
     */
    boolean borrows() {
        return false;
    }

    /** The value as a borrowed reference, when {@link #borrows()}; never called otherwise. */
    PyObject evalBorrowed(Frame f) {
        throw new IllegalStateException("not a borrowing expression: " + getClass().getSimpleName());
    }

    /**
     * The value held for the expression that reads it: borrowed when {@link #borrows()}, else a new reference; give it
     * back with {@link #release}, in a {@code finally}.
     */
    final PyObject hold(Frame f) {
        return borrows() ? evalBorrowed(f) : eval(f);
    }

    /** Gives back what {@link #hold} answered: a new reference is dropped, a borrowed one left alone. */
    final void release(Frame f, PyObject held) {
        if (!borrows()) {
            dev.freethread.refcount.RefCount.decref(f.ts, held);
        }
    }

    /** Whether the parser may use this node as an assignment target. */
    boolean isTarget() {
        return false;
    }
}
