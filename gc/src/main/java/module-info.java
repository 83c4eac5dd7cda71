/**
 * Cycle collection: the stop-the-world baseline collector (PEP 703's) and the API of Python's {@code gc} module.
 */
module dev.freethread.gc {
    requires transitive dev.freethread.refcount;
    requires jdk.jfr;

    exports dev.freethread.gc;

    provides dev.freethread.objects.spi.RuntimeExtension with dev.freethread.gc.GcExtension;
}
