// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

/** {@code None}: an immortal singleton. */
public final class PyNone extends PyObject {
    public static final PyType TYPE = PyType.staticType("NoneType", PyType.FLAG_NO_WEAKREFS);
    public static final PyNone NONE = new PyNone();

    private PyNone() {
        super(TYPE, Immortal.IMMORTAL);
    }

    @Override
    public String repr() {
        return "None";
    }

    /** {@code bool(None)} is False. */
    @Override
    public boolean pyBool(ThreadState ts) {
        return false;
    }
}
