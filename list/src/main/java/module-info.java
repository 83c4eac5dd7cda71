/**
 * {@code PyList}: CPython's list semantics, lock-free reads, locked writes, timsort.
 */
module dev.freethread.list {
    requires transitive dev.freethread.refcount;

    exports dev.freethread.list;
}
