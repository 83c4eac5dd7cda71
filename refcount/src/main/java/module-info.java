/**
 * Reference counting: biased (default) and atomic schemes behind one API ({@link dev.freethread.refcount.RefCount}),
 * merge queues, immortal and deferred objects, iterative deallocation, weak references, debug checks.
 */
module dev.freethread.refcount {
    requires transitive dev.freethread.objects;
    requires jdk.unsupported;
    requires org.jctools.core;

    exports dev.freethread.refcount;
    exports dev.freethread.refcount.internal to dev.freethread.gc;

    provides dev.freethread.objects.spi.RuntimeExtension with dev.freethread.refcount.RefCountExtension;
}
