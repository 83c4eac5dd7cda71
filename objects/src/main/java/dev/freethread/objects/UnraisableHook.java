// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

/**
 * Receives errors that cannot be raised to anybody: thrown by a finalizer or a weak-reference callback
 * (Python's {@code sys.unraisablehook}). Called on the thread where the error happened.
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
