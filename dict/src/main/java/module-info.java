/**
 * {@code PyDict}: an insertion-ordered hash table with CPython's semantics, lock-free reads and locked writes.
 */
module dev.freethread.dict {
    requires transitive dev.freethread.refcount;

    exports dev.freethread.dict;
}
