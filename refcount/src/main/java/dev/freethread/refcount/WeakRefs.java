// SPDX-License-Identifier: Apache-2.0
package dev.freethread.refcount;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.Header;

import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The weak references of a Runtime: a side table from referent (by identity) to its weak references, so the header
 * needs only one bit ({@code GC_HAS_WEAKREFS}) instead of a list pointer. Every change to one referent's list happens
 * inside a {@link ConcurrentHashMap} compute on that key (CPython takes a striped lock keyed by the object's address
 * for the same purpose); no user code runs inside.
 *
 * <p>Creating a weak reference announces the referent for tryIncref ({@link RefCount#enableTryIncref}): a weak
 * reference's {@code get} from a non-owner thread must be able to take a reference to a live object.
 *
 * <p>Races on the weak reference objects themselves (each also announced for tryIncref when made):
 * <ol>
 *   <li>{@link #create} reusing the shared callback-less reference, and {@link #refsTo} listing a referent's
 *       references, race that reference's own last decrement: both take it with tryIncref inside the compute, so a
 *       reference whose free has begun is skipped (R4: tryIncref never revives), and one they took stays alive until
 *       they drop it; its free's {@link #unlink} waits for the compute to end. The primitive is covered by
 *       {@code TryIncrefVsLastDecrefTest} (jcstress); the listing itself only by the single-thread contract test
 *       {@code RcContractTest.weakrefsTo_answersNewReferencesOldestFirst_noneOnceDead}.</li>
 * </ol>
 */
final class WeakRefs {
    private WeakRefs() {}

    static {
        dev.freethread.refcount.internal.WeakRefAccess.install(new dev.freethread.refcount.internal.WeakRefAccess.Impl() {
            @Override
            public java.util.List<PyWeakRef> detachAll(Runtime rt, PyObject referent) {
                ArrayList<PyWeakRef> refs = table(rt).remove(referent);
                if (refs == null) {
                    return java.util.List.of();
                }
                for (PyWeakRef wr : refs) {
                    wr.clearReferent();
                }
                return refs;
            }

            @Override
            public void clear(Runtime rt, PyWeakRef wr) {
                PyObject referent = wr.clearReferent();
                if (referent != null) {
                    table(rt).computeIfPresent(referent, (k, refs) -> {
                        refs.remove(wr);
                        return refs.isEmpty() ? null : refs;
                    });
                }
            }

            @Override
            public Object callback(PyWeakRef wr) {
                return wr.callback();
            }

            @Override
            public void callBack(ThreadState ts, PyWeakRef wr) {
                WeakRefCallback cb = wr.callback();
                if (cb != null) {
                    cb.call(ts, wr);
                }
            }
        });
    }

    /** The key of the table among the Runtime's attachments (private to this class). */
    private static final Object TABLE_KEY = new Object();

    private static ConcurrentHashMap<PyObject, ArrayList<PyWeakRef>> table(Runtime rt) {
        return rt.attachment(TABLE_KEY, ConcurrentHashMap::new);
    }

    static PyWeakRef create(ThreadState ts, PyObject referent, WeakRefCallback callback) {
        RefCount.enableTryIncref(referent);
        Header.setGcBits(referent, Header.GC_HAS_WEAKREFS);
        PyWeakRef[] result = new PyWeakRef[1];
        table(ts.runtime()).compute(referent, (k, refs) -> {
            if (refs == null) {
                refs = new ArrayList<>(2);
            }
            if (callback == null) {
                // CPython shares the callback-less reference: weakref.ref(o) is weakref.ref(o).
                for (PyWeakRef wr : refs) {
                    if (wr.callback() == null && RefCount.tryIncref(ts, wr)) {
                        result[0] = wr;
                        return refs;
                    }
                }
            }
            PyWeakRef wr = PyWeakRef.newInstance(ts, referent, callback);
            RefCount.enableTryIncref(wr); // the referent's free may call back from another thread
            refs.add(wr);
            result[0] = wr;
            return refs;
        });
        return result[0];
    }

    /** The number of weak references to {@code o} ({@code weakref.getweakrefcount}). */
    static int count(Runtime rt, PyObject o) {
        ArrayList<PyWeakRef>[] n = newArray();
        table(rt).computeIfPresent(o, (k, refs) -> {
            n[0] = new ArrayList<>(refs);
            return refs;
        });
        return n[0] == null ? 0 : n[0].size();
    }

    /** New references to the weak references to {@code o}, oldest first, less those being freed. */
    static java.util.List<PyWeakRef> refsTo(ThreadState ts, PyObject o) {
        ArrayList<PyWeakRef> out = new ArrayList<>();
        table(ts.runtime()).computeIfPresent(o, (k, refs) -> {
            for (PyWeakRef wr : refs) {
                if (RefCount.tryIncref(ts, wr)) { // an increment only: no user code under the map's bin lock
                    out.add(wr);
                }
            }
            return refs;
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static ArrayList<PyWeakRef>[] newArray() {
        return (ArrayList<PyWeakRef>[]) new ArrayList<?>[1];
    }

    /**
     * The referent {@code o} is being freed on this thread: clear every weak reference to it, then call the callbacks,
     * newest first, of those weak references that are still alive themselves.
     */
    static void clearAndCallBack(ThreadState ts, PyObject o) {
        ArrayList<PyWeakRef> refs = table(ts.runtime()).remove(o);
        if (refs == null) {
            return;
        }
        for (PyWeakRef wr : refs) {
            wr.clearReferent();
        }
        for (int i = refs.size() - 1; i >= 0; i--) {
            PyWeakRef wr = refs.get(i);
            WeakRefCallback cb = wr.callback();
            if (cb == null || !RefCount.tryIncref(ts, wr)) {
                continue; // no callback, or the weak reference is being freed itself
            }
            try {
                cb.call(ts, wr);
            } catch (Throwable t) {
                ts.runtime().reportUnraisable(t, "weakref callback of " + wr.repr(), wr);
            } finally {
                RefCount.decref(ts, wr);
            }
        }
    }

    /** A weak reference is being freed: take it out of its referent's list. */
    static void unlink(PyWeakRef wr, ThreadState ts) {
        PyObject referent = wr.clearReferent();
        if (referent == null) {
            return;
        }
        table(ts.runtime()).computeIfPresent(referent, (k, refs) -> {
            refs.remove(wr);
            return refs.isEmpty() ? null : refs;
        });
    }
}
