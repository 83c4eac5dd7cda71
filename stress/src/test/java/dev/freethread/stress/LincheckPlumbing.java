// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress;

import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;

import static org.jetbrains.lincheck.datastructures.ManagedStrategyGuaranteeKt.forClasses;

/**
 * The model checker's guarantees every Lincheck suite here shares: the toolkit's bookkeeping around the protocols under
 * test (debug checks, statistics, the Runtime's tables and per-thread accounting, the world and handshake machinery)
 * runs as one step each. Without that, their hundreds of switch points take the budget (RcLincheckTest's Javadoc has
 * the measurement); the protocols themselves (reference counts, the mutex, the containers' reads and writes) stay
 * interleaved.
 */
public final class LincheckPlumbing {
    private LincheckPlumbing() {}

    /** Adds the bookkeeping guarantee, plus {@code harnessMethods} of {@code harness} (attaching, creating objects). */
    public static ModelCheckingOptions bookkeepingAtomic(ModelCheckingOptions options, Class<?> harness,
                                                         String... harnessMethods) {
        return options.addGuarantee(forClasses(harness.getName()).methods(harnessMethods).treatAsAtomic())
                .addGuarantee(forClasses("dev.freethread.refcount.Checks", "dev.freethread.objects.internal.Debug",
                        "dev.freethread.refcount.RcStats", "dev.freethread.objects.internal.ThreadCore",
                        "dev.freethread.objects.Runtime", "dev.freethread.objects.World",
                        "dev.freethread.objects.Handshake", "dev.freethread.objects.internal.DeferredQueue",
                        "dev.freethread.objects.internal.Qsbr", "dev.freethread.objects.internal.ThreadStates")
                        .allMethods().treatAsAtomic())
                // Debug mode's in-deallocation map (a ConcurrentHashMap whose table initialisation spins with yield),
                // and the QSBR scans over the Runtime's thread table: one step each. A scan as one step is a snapshot
                // of the reports, stronger than the real scan; a report landing mid-scan is covered by the argument in
                // objects' Qsbr and by the jcstress tests of stress.qsbr.
                .addGuarantee(forClasses("dev.freethread.refcount.Dealloc").methods("enterChecked", "leave",
                        "inDealloc").treatAsAtomic())
                .addGuarantee(forClasses("dev.freethread.refcount.DeferredDecrefs").methods("askLaggards",
                        "minReadSeq").treatAsAtomic())
                .addGuarantee(forClasses("dev.freethread.objects.ThreadState").methods("wakeQsbrWaitersIfAny")
                        .treatAsAtomic());
    }
}
