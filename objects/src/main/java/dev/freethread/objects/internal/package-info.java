// SPDX-License-Identifier: Apache-2.0
/**
 * Toolkit-internal access to the object header and to thread states; exported only to the toolkit modules that
 * implement protocols on them (refcount now; gc, dict and list as they arrive).
 *
 * <h2>Memory-ordering vocabulary</h2>
 * Every accessor's name says the access mode it uses, so a reader can audit ordering by name alone
 * (the JCTools convention):
 * <ul>
 *   <li><b>plain</b> ({@code refLocal}, {@code setRefLocal}): an ordinary field access, no ordering. Used only for
 *       data a single thread owns (the owner's local count), or for values that are immutable after publication.</li>
 *   <li><b>opaque</b> ({@code ownerIdOpaque}, {@code setOwnerIdOpaque}): atomic for the value, coherent per
 *       variable, no ordering with other variables. Used where another thread may read a field racily and only
 *       compares it to a value it can never equal by mistake (its own thread id).</li>
 *   <li><b>acquire / release</b> ({@code refSharedAcquire}): one-way fences; the read sees everything written
 *       before the matching release.</li>
 *   <li><b>volatile</b>: sequentially consistent; used where a Dekker-style handshake between two threads needs
 *       store-load ordering (a thread's exit against a foreign enqueue).</li>
 *   <li><b>CAS / getAndAdd</b> ({@code casRefShared}, {@code getAndAddRefShared}): atomic read-modify-write with
 *       volatile semantics.</li>
 * </ul>
 */
package dev.freethread.objects.internal;
