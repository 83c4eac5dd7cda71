// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.dict.PyDictIterator;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code _ftfunctools}: the work of a call of an {@code lru_cache}d function, which lib/functools.py's wrapper (a
 * Python function, so that {@code update_wrapper}, binding as a method and introspection stay a function's) hands
 * to {@link #call} in one step. (Not named {@code _functools}: that is CPython's C module, with reduce, partial and
 * cmp_to_key, and code that finds a module of that name takes it for one.) Before, the wrapper ran the key's checks, the lookup and a lock-guarded count in
 * Python: 600-800 ns a hit, against CPython's 50.
 *
 * <p><b>Keys</b>, as CPython's {@code _make_key}: one positional int or str (exact types) is its own key; arguments
 * that are all of built-in types whose hash runs no user code (int, str, float, bool, None, bytes) make a tuple of
 * them (with the keyword mark and names, and the types when typed); anything else goes to lib/functools.py's
 * {@code _make_key}, whose {@code _HashedSeq} hashes the user's objects once per call. A given call always makes
 * the same kind of key, so the kinds never meet in the dict.
 *
 * <p><b>Threads.</b> An unbounded cache is a {@link PyDict} (thread-safe): a hit is one lookup and a counter
 * increment ({@link LongAdder}: no shared cache line written by every reader); two threads missing the same key
 * both call the function and the later store wins, as CPython's. A bounded cache keeps its order of use in the
 * dict's order (a hit moves its key to the end; a store beyond {@code maxsize} drops the first key) under a
 * reentrant lock, waited for detached (as {@code threading.RLock}), since a key's {@code __eq__} or {@code __hash__}
 * may call the cached function again on the same thread. The function itself is called with no lock held.
 *
 * <p><b>Lifetime.</b> The core holds the function and the dict, counted, and reports both to the collector, so a
 * recursive cached function (its globals hold the wrapper, whose closure holds the core) is a cycle it frees.
 */
final class FunctoolsModule {
    private FunctoolsModule() {
    }

    /** One cache: what {@code lru_cache(maxsize, typed)(f)} keeps. */
    static final class LruCore extends PyObject {
        static final PyType TYPE = PyType.staticType("functools._lru_core", PyType.FLAG_GC);

        private volatile PyObject function;
        private volatile PyObject makeKey;
        private volatile PyDict cache;
        /** The bound, or -1 for none. */
        final long maxsize;
        final boolean typed;
        final LongAdder hits = new LongAdder();
        final LongAdder misses = new LongAdder();
        /** Bounded caches only: guards the order of use (reentrant: a key's equality may call the function). */
        final ReentrantLock lock;

        LruCore(ThreadState ts, PyObject function, long maxsize, boolean typed, PyObject makeKey, PyDict cache,
                ReentrantLock lock) {
            super(TYPE, ts);
            this.function = RefCount.newRef(ts, function);
            this.makeKey = RefCount.newRef(ts, makeKey);
            this.cache = cache;
            this.maxsize = maxsize;
            this.typed = typed;
            this.lock = lock;
        }

        @Override
        public void traverse(ReferenceVisitor v) {
            visitAll(v, function, makeKey, cache);
        }

        /** Takes the order lock, waiting detached (a thread waiting here reaches its safepoints). */
        void lock(PyThread t) {
            if (!lock.tryLock()) {
                ThreadObjects.waitDetached(t, -1, () -> {
                    lock.lockInterruptibly();
                    return true;
                }, null);
            }
        }

        @Override
        public void clearReferences(ReferenceVisitor v) {
            PyObject f = function;
            PyObject k = makeKey;
            PyDict c = cache;
            function = null;
            makeKey = null;
            cache = null;
            visitAll(v, f, k, c);
        }

        private static void visitAll(ReferenceVisitor v, PyObject... os) {
            for (PyObject o : os) {
                if (o != null) {
                    v.visit(o);
                }
            }
        }
    }

    static void install(PyThread t, PyModule m) {
        Modules.define(t, m, "lru_core", (tt, a, kw) -> { // lru_core(function, maxsize, typed, make_key)
            Args.count(tt, "lru_core", a, kw, 4, 4);
            if (!Builtins.isCallable(tt, a[0]) || !Builtins.isCallable(tt, a[3])) {
                throw Errors.typeError(tt, "lru_core() takes a callable function and key maker");
            }
            long maxsize = a[1] == PyNone.NONE ? -1 : Math.max(0, Args.toLong(tt, a[1], "maxsize"));
            ReentrantLock lock = maxsize > 0 ? new ReentrantLock() : null;
            PyDict cache = PyDict.create(tt.ts);
            return new LruCore(tt.ts, a[0], maxsize, Ops.truth(tt, a[2]), a[3], cache, lock);
        });
        Modules.define(t, m, "lru_call", (tt, a, kw) -> { // lru_call(core, args, kwds): the cached call
            Args.count(tt, "lru_call", a, kw, 3, 3);
            if (!(a[1] instanceof PyTuple) || !(a[2] instanceof PyDict)) {
                throw Errors.typeError(tt, "lru_call() takes a core, a tuple and a dict, not '" + Ops.typeName(a[1])
                        + "' and '" + Ops.typeName(a[2]) + "'");
            }
            return call(tt, core(tt, a[0]), (PyTuple) a[1], (PyDict) a[2]);
        });
        Modules.define(t, m, "lru_info", (tt, a, kw) -> { // (hits, misses, currsize)
            Args.count(tt, "lru_info", a, kw, 1, 1);
            LruCore c = core(tt, a[0]);
            PyDict cache = c.cache;
            return PyTuple.stealing(tt.ts, PyInt.of(tt.ts, c.hits.sum()), PyInt.of(tt.ts, c.misses.sum()),
                    PyInt.of(tt.ts, cache == null ? 0 : cache.size()));
        });
        Modules.define(t, m, "lru_clear", (tt, a, kw) -> {
            Args.count(tt, "lru_clear", a, kw, 1, 1);
            LruCore c = core(tt, a[0]);
            PyDict cache = c.cache;
            if (c.lock != null) {
                c.lock(tt);
            }
            try {
                if (cache != null) {
                    cache.clear(tt.ts); // may run a value's __del__, which may call the function: no counter lock
                }
                c.hits.reset();
                c.misses.reset();
            } finally {
                if (c.lock != null) {
                    c.lock.unlock();
                }
            }
            return PyNone.NONE;
        });
    }

    private static LruCore core(PyThread t, PyObject o) {
        if (!(o instanceof LruCore)) {
            throw Errors.typeError(t, "expected an lru cache core, not '" + Ops.typeName(o) + "'");
        }
        return (LruCore) o;
    }

    /** A call of the cached function: the cached result (a new reference), or the function's, stored. */
    static PyObject call(PyThread t, LruCore c, PyTuple args, PyDict kwds) {
        ThreadState ts = t.ts;
        PyObject function = c.function;
        PyDict cache = c.cache;
        if (function == null || cache == null) {
            throw Errors.raise(t, "RuntimeError", "the cache was cleared by the collector");
        }
        if (c.maxsize == 0) { // no caching: only counted
            c.misses.increment();
            return callFunction(t, function, args, kwds);
        }
        PyObject key = key(t, c, args, kwds);
        try {
            if (c.lock == null) { // unbounded: one lookup, no lock
                PyObject v = Ops.getOrNull(ts, cache, key);
                if (v != null) {
                    c.hits.increment();
                    return v;
                }
                c.misses.increment();
                PyObject result = callFunction(t, function, args, kwds);
                try {
                    cache.setItem(ts, key, result);
                } catch (RuntimeException | Error e) {
                    RefCount.decref(ts, result);
                    throw e;
                }
                return result;
            }
            c.lock(t);
            try {
                PyObject v = Ops.getOrNull(ts, cache, key);
                if (v != null) { // most recently used goes last
                    try {
                        cache.delItem(ts, key);
                        cache.setItem(ts, key, v);
                    } catch (RuntimeException | Error e) {
                        RefCount.decref(ts, v);
                        throw e;
                    }
                    c.hits.increment();
                    return v;
                }
                c.misses.increment();
            } finally {
                c.lock.unlock();
            }
            PyObject result = callFunction(t, function, args, kwds);
            try {
                c.lock(t);
                try {
                    if (!cache.contains(ts, key)) {
                        if (cache.size() >= c.maxsize) {
                            dropOldest(ts, cache);
                        }
                        cache.setItem(ts, key, result);
                    }
                } finally {
                    c.lock.unlock();
                }
            } catch (RuntimeException | Error e) {
                RefCount.decref(ts, result);
                throw e;
            }
            return result;
        } finally {
            RefCount.decref(ts, key);
        }
    }

    /** Drops the least recently used entry: the dict's first key. */
    private static void dropOldest(ThreadState ts, PyDict cache) {
        PyDictIterator it = cache.iter(ts);
        try {
            PyObject first = it.next(ts);
            if (first != null) {
                try {
                    cache.delItem(ts, first);
                } finally {
                    RefCount.decref(ts, first);
                }
            }
        } finally {
            RefCount.decref(ts, it);
        }
    }

    private static PyObject callFunction(PyThread t, PyObject function, PyTuple args, PyDict kwds) {
        int n = args.size();
        int k = kwds.size();
        PyObject[] a = new PyObject[n + k];
        for (int i = 0; i < n; i++) {
            a[i] = args.getItemBorrowed(i); // the tuple holds them for the call
        }
        if (k == 0) {
            return Ops.call(t, function, a, null);
        }
        // the keywords, in their order (the wrapper's own **kwds: a fresh dict no other thread sees)
        String[] names = new String[k];
        PyObject[] held = new PyObject[2 * k];
        PyDictIterator it = kwds.iter(t.ts);
        try {
            int j = 0;
            for (PyObject key = it.next(t.ts); key != null && j < k; key = it.next(t.ts), j++) {
                held[2 * j] = key;
                held[2 * j + 1] = kwds.getItem(t.ts, key);
                if (!(BuiltinBase.operand(key) instanceof PyStr)) {
                    throw Errors.typeError(t, "keywords must be strings");
                }
                names[j] = ((PyStr) BuiltinBase.operand(key)).value();
                a[n + j] = held[2 * j + 1];
            }
            return Ops.call(t, function, a, names);
        } finally {
            RefCount.decref(t.ts, it);
            for (PyObject o : held) {
                RefCount.xdecref(t.ts, o);
            }
        }
    }

    /**
     * The call's key (a new reference): the lone int or str itself, a tuple of built-in scalars, or what
     * lib/functools.py's {@code _make_key} makes (class docs).
     */
    private static PyObject key(PyThread t, LruCore c, PyTuple args, PyDict kwds) {
        ThreadState ts = t.ts;
        int n = args.size();
        boolean noKw = kwds.size() == 0;
        if (noKw && !c.typed && n == 1) {
            PyObject a0 = args.getItemBorrowed(0);
            if (a0.type() == PyInt.TYPE || a0.type() == PyStr.TYPE) {
                return RefCount.newRef(ts, a0);
            }
        }
        if (noKw && !c.typed) {
            boolean plain = true;
            for (int i = 0; i < n && plain; i++) {
                plain = isPlainScalar(args.getItemBorrowed(i));
            }
            if (plain) {
                return RefCount.newRef(ts, args);
            }
        }
        PyObject makeKey = c.makeKey;
        return Ops.call(t, makeKey, new PyObject[] {args, kwds, PyBool.of(c.typed)}, null);
    }

    /** A value of a built-in type whose hash and equality run no user code (an exact type, no subclass). */
    private static boolean isPlainScalar(PyObject o) {
        PyType ty = o.type();
        return ty == PyInt.TYPE || ty == PyStr.TYPE || ty == PyFloat.TYPE || o == PyNone.NONE
                || o instanceof PyBool || ty == PyBytes.TYPE;
    }
}
