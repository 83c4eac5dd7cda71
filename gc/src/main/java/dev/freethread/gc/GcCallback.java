// SPDX-License-Identifier: Apache-2.0
package dev.freethread.gc;

import dev.freethread.objects.ThreadState;

import java.util.Map;

/**
 * A collection callback ({@code gc.callbacks}): called on the collecting thread with the phase, {@code "start"} or
 * {@code "stop"}, and an info map with {@code generation}, {@code collected} and {@code uncollectable} (CPython's
 * keys). What it throws goes to the Runtime's unraisable hook; the collection goes on.
 */
@FunctionalInterface
public interface GcCallback {
    void call(ThreadState ts, String phase, Map<String, Long> info);
}
