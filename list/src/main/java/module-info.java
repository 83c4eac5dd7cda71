// SPDX-License-Identifier: Apache-2.0
/**
 * {@code list}: CPython's list with its semantics, safe to share between threads: {@code getItem}, {@code len} and
 * iterator steps are lock-free, writers hold the list's critical section, and {@code sort} is a stable adaptive
 * timsort with CPython's rules for a list modified during the sort.
 *
 * <h2>Where to start</h2>
 * <ol>
 *   <li>{@link dev.freethread.list.PyList}: {@code create}, {@code of}, {@code append}, {@code getItem},
 *       slices, {@code sort} and the rest of {@code list}'s methods; its Javadoc states the contract and the overview
 *       in its source names each race of the lock-free read protocol ([L1]..[L8]) with its test;</li>
 *   <li>{@link dev.freethread.list.PyListIterator} and {@link dev.freethread.objects.PyIterator}: iteration, and the
 *       iterator protocol a binding adapts its own iterators to;</li>
 *   <li>{@link dev.freethread.list.Slice} ({@code start:stop:step}) and {@link dev.freethread.list.KeyFunction}
 *       ({@code sort}'s {@code key=}).</li>
 * </ol>
 *
 * <p>The repository's {@code docs/list.md} has the layout, the read protocol, the sort and why no QSBR is needed on
 * the JVM.
 */
module dev.freethread.list {
    requires transitive dev.freethread.refcount;

    exports dev.freethread.list;
}
