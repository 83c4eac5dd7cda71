// SPDX-License-Identifier: Apache-2.0
package dev.freethread.list;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;

/**
 * A Python iterator seen from Java ({@code tp_iternext}): what {@link PyList#extend(ThreadState, PyIterator)}
 * consumes. {@link PyListIterator} implements it; a binding adapts its own iterators.
 */
@FunctionalInterface
public interface PyIterator {
    /**
     * The next item as a new reference, or {@code null} when the iterator is exhausted. May run user code and may
     * throw {@link dev.freethread.objects.PyException}.
     */
    PyObject next(ThreadState ts);
}
