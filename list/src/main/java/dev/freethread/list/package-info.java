// SPDX-License-Identifier: Apache-2.0
/**
 * {@code PyList}: CPython's {@code list} for a free-threaded runtime on the JVM.
 *
 * <h2>Memory-ordering vocabulary</h2>
 * Used in comments and accessor names in this package, as in {@code java.lang.invoke.VarHandle}:
 * <ul>
 *   <li><b>plain</b>: an ordinary field or array access; only the list's critical section orders it;</li>
 *   <li><b>acquire</b> / <b>release</b>: {@code getAcquire} / {@code setRelease} on an item slot: a reader that sees a
 *       slot's value also sees everything the writer did before storing it (the item's construction, its
 *       {@code enableTryIncref});</li>
 *   <li><b>volatile</b>: the list's {@code items} reference and the size word of the current items; sequentially
 *       consistent, the linearization points of the lock-free readers' checks;</li>
 *   <li><b>fence</b>: {@code VarHandle.fullFence()}, used once per sort (see {@code PyList.sort}).</li>
 * </ul>
 * The lock-free read protocol and its races are described at the top of {@link dev.freethread.list.PyList} and in
 * {@code docs/list.md}.
 */
package dev.freethread.list;
