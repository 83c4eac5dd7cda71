// SPDX-License-Identifier: Apache-2.0
package dev.freethread.list;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;

/** The {@code key} argument of {@link PyList#sort}: called once per item. */
@FunctionalInterface
public interface KeyFunction {
    /**
     * The sort key of {@code item} (borrowed) as a new reference. May run user code, may modify the list being sorted
     * (the sort then raises {@code ValueError}) and may throw {@link dev.freethread.objects.PyException}.
     */
    PyObject call(ThreadState ts, PyObject item);
}
