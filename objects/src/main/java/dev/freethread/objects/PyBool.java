// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

/** {@code bool}: {@code True} and {@code False}, immortal; a subclass of int as in Python ({@code True == 1}). */
public final class PyBool extends PyInt {
    public static final PyType TYPE = PyType.staticType("bool", PyType.FLAG_NO_WEAKREFS, PyInt.TYPE);
    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(TYPE, v);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    public boolean booleanValue() {
        return this == TRUE;
    }

    @Override
    public boolean pyBool(ThreadState ts) {
        return this == TRUE;
    }

    @Override
    public String repr() {
        return this == TRUE ? "True" : "False";
    }
}
