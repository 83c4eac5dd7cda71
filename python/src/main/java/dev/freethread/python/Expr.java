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

    abstract PyObject eval(Frame f);

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
