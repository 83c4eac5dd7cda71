// SPDX-License-Identifier: Apache-2.0
/**
 * {@code PyDict}: CPython's insertion-ordered dict, with lock-free lookups and iterator steps and writers under the
 * dict's critical section. The protocol and its races ([D1]..[D7]) are in the overview at the top of
 * {@link dev.freethread.dict.PyDict}; {@code docs/dict.md} tells the same story.
 *
 * <h2>Memory-ordering vocabulary</h2>
 * Accessor names say their access mode (the JCTools convention, as in {@code dev.freethread.objects.internal}):
 * <ul>
 *   <li><b>plain</b> ({@code keyPlain}, {@code nentriesPlain}): no ordering. Used by the writer (which holds the
 *       critical section), and by readers only for entry fields they reach through an acquire load of the index or of
 *       {@code nentries} (written before that release), which are never rewritten with another key.</li>
 *   <li><b>acquire / release</b> ({@code indexAcquire}, {@code setIndexRelease}, {@code valueAcquire},
 *       {@code setValueRelease}, {@code nentriesAcquire}, {@code usedAcquire}): publication of entries, values and
 *       counts to lock-free readers.</li>
 *   <li><b>volatile</b> ({@code table}, {@code tableVolatile}): the dict's current table, replaced whole by a resize or
 *       a clear; every lock-free read re-checks it after taking its references.</li>
 * </ul>
 */
package dev.freethread.dict;
