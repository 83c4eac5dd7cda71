// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

/**
 * A Python iterator seen from Java ({@code tp_iternext}): what the toolkit's operations that take an iterable consume
 * ({@code list.extend}, {@code dict.update} with pairs, {@code dict.fromkeys}), CPython's convention: the items are
 * new references, taken over by the consumer. The toolkit's own iterators implement it; a binding adapts its own.
 * For a Java collection of objects the caller holds references to, refcount's {@code RefCount.iterate} gives one
 * that takes a new reference to each.
 */
@FunctionalInterface
public interface PyIterator {
    /**
     * The next item as a new reference, or {@code null} when the iterator is exhausted. May run user code and may
     * throw {@link PyException}.
     */
    PyObject next(ThreadState ts);
}
