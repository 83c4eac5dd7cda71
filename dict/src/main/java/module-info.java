// SPDX-License-Identifier: Apache-2.0
/**
 * {@code dict}: CPython's insertion-ordered hash table with its semantics, safe to share between threads: lookups,
 * {@code len} and iterator steps are lock-free, writers hold the dict's critical section.
 *
 * <h2>Where to start</h2>
 * <ol>
 *   <li>{@link dev.freethread.dict.PyDict}: {@code create}, {@code setItem}, {@code getItem}, {@code get},
 *       {@code pop}, {@code update} and the rest of {@code dict}'s methods; its Javadoc states the contract
 *       (linearizable operations, borrowed arguments, new references as results) and the overview in its source
 *       names each race of the lock-free read protocol ([D1]..[D8]) with its test;</li>
 *   <li>{@link dev.freethread.dict.PyDictIterator}: iteration, with CPython's "changed size during iteration"
 *       errors; an iterator may be shared between threads;</li>
 *   <li>{@link dev.freethread.dict.PyDictView}: {@code keys()}, {@code values()} and {@code items()}.</li>
 * </ol>
 *
 * <p>The repository's {@code docs/dict.md} has the table layout, the read protocol and why no QSBR is needed on the
 * JVM.
 */
module dev.freethread.dict {
    requires transitive dev.freethread.refcount;

    exports dev.freethread.dict;
}
