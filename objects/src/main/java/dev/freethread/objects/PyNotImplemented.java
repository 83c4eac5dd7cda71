// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

/**
 * {@code NotImplemented}: the immortal singleton a rich comparison ({@link PyObject#richCompare}) returns when it does
 * not know how to compare with the other operand, so that {@link Compare#richCompare} asks the other side.
 */
public final class PyNotImplemented extends PyObject {
    public static final PyType TYPE = PyType.staticType("NotImplementedType", PyType.FLAG_NO_WEAKREFS);
    /** The one instance. */
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    private PyNotImplemented() {
        super(TYPE, Immortal.IMMORTAL);
    }

    @Override
    public String repr() {
        return "NotImplemented";
    }
}
