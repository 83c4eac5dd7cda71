// SPDX-License-Identifier: Apache-2.0
/**
 * Reference counting: biased (the default, PEP 703's) and atomic schemes behind one API, merge queues, immortal and
 * deferred objects, iterative deallocation with finalizers (PEP 442), weak references with callbacks, debug checks
 * and statistics. With this module on the module or class path every {@code Runtime} finds reference counting
 * through {@link java.util.ServiceLoader}.
 *
 * <h2>Where to start</h2>
 * <ol>
 *   <li>{@link dev.freethread.refcount.RefCount}: {@code incref} and {@code decref} (CPython's {@code Py_INCREF} and
 *       {@code Py_DECREF}), {@code tryIncref} and the re-validating read behind every lock-free read, immortal and
 *       deferred objects; the overview in its source names each race of the protocol ([R1]..[R9]) with its test;</li>
 *   <li>{@link dev.freethread.refcount.OwnedRef} (from {@code RefCount.own}): an owned reference for
 *       try-with-resources, so Java callers cannot forget a decref;</li>
 *   <li>{@link dev.freethread.refcount.PyWeakRef} and {@link dev.freethread.refcount.WeakRefCallback}: weak
 *       references;</li>
 *   <li>{@link dev.freethread.refcount.RcStats} (counters of the slow paths) and
 *       {@link dev.freethread.refcount.RcMisuseException} (what debug mode, {@code -Dfreethread.debug=true}, throws
 *       at a misuse); {@link dev.freethread.refcount.Tuples} builds tuples from borrowed items.</li>
 * </ol>
 *
 * <p>Calling conventions are CPython's C API: arguments are borrowed, results are new references. The repository's
 * {@code docs/refcount.md} has the protocol, its state diagram and each race with its test.
 */
module dev.freethread.refcount {
    requires transitive dev.freethread.objects;
    requires jdk.unsupported;
    requires org.jctools.core;

    exports dev.freethread.refcount;
    exports dev.freethread.refcount.internal to dev.freethread.gc;

    provides dev.freethread.objects.spi.RuntimeExtension with dev.freethread.refcount.RefCountExtension;
}
