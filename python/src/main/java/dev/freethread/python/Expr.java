// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyObject;

/**
 * An executable expression node. {@link #eval} answers a new reference. Assignment targets override
 * {@link #assign} (the value borrowed) and {@link #delete}.
 */
abstract class Expr {
    int line;

    abstract PyObject eval(Frame f);

    void assign(Frame f, PyObject value) {
        throw new IllegalStateException("not an assignment target: " + getClass().getSimpleName());
    }

    void delete(Frame f) {
        throw new IllegalStateException("not a deletion target: " + getClass().getSimpleName());
    }

    /** Whether the parser may use this node as an assignment target. */
    boolean isTarget() {
        return false;
    }
}
