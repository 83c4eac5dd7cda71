// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

/** A plain object for objects' own tests (no reference counting here: the Runtime uses a stand-in). */
final class TestObj extends PyObject {
    static final PyType TYPE = PyType.staticType("TestObj", 0);
    /** Guarded by this object's mutex in the tests that use it. */
    long guarded;

    TestObj(ThreadState ts) {
        super(TYPE, ts);
    }
}
