// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyIterator;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;

/**
 * An iterator implemented by the interpreter (range, tuple, str, enumerate, zip, map, filter, reversed, and
 * adapters of user iterators). {@link #next(PyThread)} answers a new reference, or null when exhausted.
 */
abstract class PyIter extends PyObject implements PyIterator {
    PyIter(PyType type, ThreadState ts) {
        super(type, ts);
    }

    /** An immortal iterator (sys.stdin). */
    PyIter(PyType type, PyObject.Immortal immortal) {
        super(type, immortal);
    }

    abstract PyObject next(PyThread t);

    @Override
    public final PyObject next(ThreadState ts) {
        return next(Interp.thread(ts));
    }
}
