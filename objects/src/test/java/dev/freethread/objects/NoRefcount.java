// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import dev.freethread.objects.spi.RuntimeExtension;

/** A stand-in for the refcount module, so objects' own tests can build a Runtime. Counts its calls. */
final class NoRefcount implements RuntimeExtension {
    int safepoints;
    int exits;

    @Override
    public String role() {
        return "refcount";
    }

    @Override
    public void atSafepoint(ThreadState ts) {
        safepoints++;
    }

    @Override
    public void beforeExit(ThreadState ts) {
        exits++;
    }

    static Runtime runtime(NoRefcount ext) {
        return Runtime.builder().extension(ext).discoverExtensions(false).build();
    }
}
