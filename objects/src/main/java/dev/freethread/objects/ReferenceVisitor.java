// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

/** Receives strong references reported by {@link PyObject#traverse} or handed over by {@link PyObject#clearReferences}. */
@FunctionalInterface
public interface ReferenceVisitor {
    /** Called once per strong reference; {@code ref} is never null (slots holding null are skipped by the caller). */
    void visit(PyObject ref);
}
