// SPDX-License-Identifier: Apache-2.0
/**
 * The object model of a free-threaded Python: the header every object carries, types, the
 * {@link dev.freethread.objects.Runtime} (one interpreter instance), thread states with safepoints, handshakes and
 * stop-the-world, the per-object mutex and critical sections, and the basic immutable values (None, bool, int, str,
 * tuple).
 *
 * <h2>Where to start</h2>
 * <ol>
 *   <li>{@link dev.freethread.objects.PyObject}: the header, and the slots a binding implements ({@code traverse},
 *       {@code clearReferences}, the finalizer, {@code pyHash}, {@code pyEquals}, {@code pyLessThan});</li>
 *   <li>{@link dev.freethread.objects.PyType}: a type and its flags ({@code FLAG_GC} for objects that hold
 *       references);</li>
 *   <li>{@link dev.freethread.objects.Runtime}: build one, attach threads to it, read its live-object accounting;</li>
 *   <li>{@link dev.freethread.objects.ThreadState}: what a thread calls at its safepoints ({@code poll}), around
 *       blocking work ({@code detach}, {@code attach}) and at exit ({@code close});</li>
 *   <li>{@link dev.freethread.objects.CriticalSection} and {@link dev.freethread.objects.PyMutex}: per-object locking,
 *       one object or two, that cannot deadlock;</li>
 *   <li>the values {@link dev.freethread.objects.PyNone}, {@link dev.freethread.objects.PyBool},
 *       {@link dev.freethread.objects.PyInt}, {@link dev.freethread.objects.PyStr} and
 *       {@link dev.freethread.objects.PyTuple}; {@link dev.freethread.objects.PyException} for errors raised at
 *       Python level; the binding's other callbacks, {@link dev.freethread.objects.RootScanner} and
 *       {@link dev.freethread.objects.UnraisableHook}.</li>
 * </ol>
 *
 * <h2>Packages</h2>
 * {@code dev.freethread.objects} is what a binding calls and extends; {@code dev.freethread.objects.spi} is what
 * higher toolkit modules plug into a Runtime; {@code dev.freethread.objects.internal} (header and thread-state
 * accessors) is exported only to the toolkit modules that implement protocols on the header, and is not part of this
 * API.
 *
 * <p>A Runtime refuses to start without reference counting: an interpreter depends on {@code dev.freethread.refcount}
 * (artifact {@code freethread-refcount}), or on the gc, dict or list module, which require it transitively. The
 * repository's {@code docs/architecture.md} describes the binding as a whole.
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
