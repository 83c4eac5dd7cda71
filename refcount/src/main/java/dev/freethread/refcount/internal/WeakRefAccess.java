// SPDX-License-Identifier: Apache-2.0
package dev.freethread.refcount.internal;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.Runtime;
import dev.freethread.refcount.PyWeakRef;

import java.util.List;

/**
 * The weak-reference operations the cycle collector needs and bindings must not call: exported only to
 * {@code dev.freethread.gc}. The implementation lives in the refcount package (its weak-reference table is private
 * there) and installs itself when that package's {@code WeakRefs} class is initialised (the JDK's "shared secrets"
 * pattern), which this class forces on first use.
 */
public final class WeakRefAccess {
    private WeakRefAccess() {}

    /** What the refcount package provides. */
    public interface Impl {
        /**
         * Removes every weak reference to {@code referent} from the table and clears each one's referent slot (so
         * {@code get} returns null from now on); returns them, oldest first. Runs no user code.
         */
        List<PyWeakRef> detachAll(Runtime rt, PyObject referent);

        /** Clears one weak reference and takes it out of its referent's list (it will never call back). */
        void clear(Runtime rt, PyWeakRef wr);

        /** The weak reference's callback, or null. */
        Object callback(PyWeakRef wr);

        /** Calls the weak reference's callback with it, as a referent's free would (errors to the caller). */
        void callBack(dev.freethread.objects.ThreadState ts, PyWeakRef wr);
    }

    private static volatile Impl impl;

    /** Called once by the refcount package. */
    public static void install(Impl i) {
        impl = i;
    }

    public static Impl get() {
        Impl i = impl;
        if (i == null) {
            try {
                Class.forName("dev.freethread.refcount.WeakRefs", true, WeakRefAccess.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            i = impl;
        }
        return i;
    }
}
