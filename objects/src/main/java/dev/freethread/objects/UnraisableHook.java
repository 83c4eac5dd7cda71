// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

/**
 * Receives errors that cannot be raised to anybody: thrown by a finalizer or a weak-reference callback, or reported by
 * the toolkit itself (the handshake watchdog) (Python's {@code sys.unraisablehook}). Called on the thread where the
 * error happened, which may be detached (the watchdog reports from a thread waiting detached for a handshake): a hook
 * that makes or frees objects must first check {@link ThreadState#isAttached()}.
 */
@FunctionalInterface
public interface UnraisableHook {
    /**
     * @param error what was thrown
     * @param context what was running, e.g. {@code "finalizer of <Node object at 0x1f>"}
     * @param object the object involved, or null
     */
    void unraisable(Throwable error, String context, PyObject object);

    /** The default: prints "Exception ignored in: ..." and the stack trace to standard error, as CPython does. */
    UnraisableHook PRINT = (error, context, object) -> {
        System.err.println("Exception ignored in: " + context);
        error.printStackTrace();
    };
}
