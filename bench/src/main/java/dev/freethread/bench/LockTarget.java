// SPDX-License-Identifier: Apache-2.0
package dev.freethread.bench;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;

/** An object whose header mutex the lock benchmarks take; {@link #counter} is what the critical section updates. */
final class LockTarget extends PyObject {
    static final PyType TYPE = PyType.staticType("bench.LockTarget", 0);

    long counter;

    LockTarget(ThreadState ts) {
        super(TYPE, ts);
    }
}
