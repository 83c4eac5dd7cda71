/**
 * The object model: the header every object carries, types, the {@link dev.freethread.objects.Runtime},
 * thread states, and the basic immutable values (None, bool, int, str, tuple).
 *
 * <p>{@code dev.freethread.objects} is what a binding calls and extends; {@code dev.freethread.objects.spi} is what
 * higher toolkit modules plug into a Runtime; {@code dev.freethread.objects.internal} (header and thread-state
 * accessors) is exported only to the toolkit modules that implement protocols on the header.
 */
module dev.freethread.objects {
    requires jdk.unsupported; // JCTools reaches sun.misc.Unsafe (TOOLING.md)
    requires org.jctools.core;
    requires com.github.benmanes.caffeine;

    exports dev.freethread.objects;
    exports dev.freethread.objects.spi;
    exports dev.freethread.objects.internal to dev.freethread.refcount, dev.freethread.gc, dev.freethread.dict,
        dev.freethread.list;

    uses dev.freethread.objects.spi.RuntimeExtension;
}
