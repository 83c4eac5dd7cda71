// SPDX-License-Identifier: Apache-2.0
/**
 * Cycle collection: PEP 703's stop-the-world collector over per-thread heaps of tracked objects (those whose type has
 * {@code FLAG_GC}), and the API of Python's {@code gc} module. With this module on the module or class path every
 * {@code Runtime} collects automatically (found through {@link java.util.ServiceLoader}); each collection is also
 * recorded as a JFR event, {@code dev.freethread.gc.Collection}.
 *
 * <h2>Where to start</h2>
 * <ol>
 *   <li>{@link dev.freethread.gc.Gc} ({@code Gc.of(runtime)}): {@code collect}, {@code enable}/{@code disable},
 *       thresholds and counts, {@code getObjects}/{@code getReferrers}/{@code getReferents}, {@code freeze},
 *       statistics; its Javadoc says when automatic collection runs;</li>
 *   <li>{@link dev.freethread.gc.RefList}: the lists of new references those calls return (close them);</li>
 *   <li>{@link dev.freethread.gc.Garbage} ({@code gc.garbage}, with {@code DEBUG_SAVEALL}) and
 *       {@link dev.freethread.gc.GcCallback} ({@code gc.callbacks}).</li>
 * </ol>
 *
 * <p>What the collector needs from a binding: {@code traverse} and {@code clearReferences} on every type with
 * {@code FLAG_GC}, and a {@code RootScanner} on each thread whose stack holds references it does not count. The
 * repository's {@code docs/gc.md} describes the heaps, the phases and their invariants, and each race with its test.
 */
module dev.freethread.gc {
    requires transitive dev.freethread.refcount;
    requires jdk.jfr;

    exports dev.freethread.gc;

    provides dev.freethread.objects.spi.RuntimeExtension with dev.freethread.gc.GcExtension;
}
