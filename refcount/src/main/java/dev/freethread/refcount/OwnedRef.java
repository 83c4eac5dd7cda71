// SPDX-License-Identifier: Apache-2.0
package dev.freethread.refcount;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;

/**
 * An owned reference for try-with-resources: holds one reference and drops it on {@link #close()}, so Java callers
 * cannot forget the decref on an exceptional path. Not thread-safe: it belongs to the thread of its thread state.
 */
public final class OwnedRef<T extends PyObject> implements AutoCloseable {
    private final ThreadState ts;
    private T object;

    OwnedRef(ThreadState ts, T newReference) {
        if (newReference == null) {
            throw new NullPointerException("OwnedRef of null");
        }
        this.ts = ts;
        this.object = newReference;
    }

    /** The object, borrowed from this owned reference. */
    public T get() {
        T o = object;
        if (o == null) {
            throw new IllegalStateException("this OwnedRef has been closed or released");
        }
        return o;
    }

    /** Gives the reference to the caller (who must drop it later); {@link #close()} then does nothing. */
    public T release() {
        T o = get();
        object = null;
        return o;
    }

    /** Drops the reference, once. */
    @Override
    public void close() {
        T o = object;
        if (o != null) {
            object = null;
            RefCount.decref(ts, o);
        }
    }
}
