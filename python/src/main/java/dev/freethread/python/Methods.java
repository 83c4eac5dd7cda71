// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.list.PyList;
import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;
import dev.freethread.python.text.StrMethods;
import dev.freethread.refcount.RefCount;

import java.util.List;
import java.util.Map;

/** The methods of list, dict, str, tuple, int, float and set, over the toolkit's operations. */
final class Methods {
    private Methods() {
    }

    /**
     * A subclass of {@code reversed} over a sequence with its own {@code __reversed__} (a list) holds that iterator,
     * not a {@link Iters.Reversed}: reversed's methods then answer with the iterator's own (its {@code name}).
     */
    private static PyObject delegateToOwn(PyThread t, PyObject self, String name, PyObject[] a) {
        PyObject m = Ops.getAttrOrNull(t, self, t.interp.str(name));
        if (m == null) {
            throw Errors.typeError(t, "'" + Ops.typeName(self) + "' object has no method '" + name + "'");
        }
        try {
            return Ops.call(t, m, a, null);
        } finally {
            RefCount.decref(t.ts, m);
        }
    }

    /**
     * An exhausted iterator's {@code __reduce__}: {@code (iter, (empty,))} ({@code reversed} for a list's reverse
     * one), as CPython 3.13's.
     */
    private static PyObject exhaustedReduce(PyThread t, PyObject self) {
        PyObject iter = Ops.getOrNull(t.ts, t.interp.builtins,
                t.interp.str(self.type() == Iters.HoldingIter.LIST_REVERSE ? "reversed" : "iter"));
        PyObject empty = self.type() == Iters.HoldingIter.TUPLE ? PyTuple.stealing(t.ts)
                : self.type() == Iters.HoldingIter.STR ? t.interp.str("") : PyList.create(t.ts);
        return PyTuple.stealing(t.ts, iter, PyTuple.stealing(t.ts, empty));
    }

    static void install(Interp ip) {
        list(Builtins.table(ip, PyList.TYPE));
        dict(Builtins.table(ip, PyDict.TYPE));
        str(Builtins.table(ip, PyStr.TYPE));
        tuple(Builtins.table(ip, PyTuple.TYPE));
        set(Builtins.table(ip, PySet.TYPE));
        frozenset(Builtins.table(ip, PySet.TYPE), Builtins.table(ip, PySet.FROZEN));
        range(Builtins.table(ip, PyRange.TYPE));
        generator(Builtins.table(ip, PyGenerator.TYPE));
        coroutine(Builtins.table(ip, PyCoroutine.TYPE));
        asyncGenerator(Builtins.table(ip, PyCoroutine.ASYNC_GEN_TYPE));
        coroutineWrapper(Builtins.table(ip, PyCoroutine.Wrapper.TYPE));
        for (PyType ty : new PyType[] {dev.freethread.list.PyListIterator.TYPE,
            dev.freethread.list.PyListIterator.REVERSE_TYPE, Iters.SeqIter.TUPLE, Iters.SeqIter.STR,
            Iters.SeqIter.RANGE, Iters.SeqIter.LONG_RANGE, Iters.SeqIter.STR_ITER, Iters.GetItemIter.TYPE}) {
            sequenceIterator(Builtins.table(ip, ty));
        }
        for (PyType ty : new PyType[] {Iters.HoldingIter.LIST, Iters.HoldingIter.LIST_REVERSE,
            Iters.HoldingIter.TUPLE, Iters.HoldingIter.SET, Iters.HoldingIter.DICT, Iters.HoldingIter.STR}) {
            // a subclass instance's iterator answers as the built-in iterator it wraps (0, or nothing done, once
            // exhausted, when it holds nothing any more)
            for (String name : new String[] {"__length_hint__", "__setstate__", "__reduce__"}) {
                Builtins.table(ip, ty).put(name, (t, self, a, kw) -> {
                    Args.noKw(t, name, kw);
                    int n = name.equals("__setstate__") ? 1 : 0;
                    Args.count(t, name, a, kw, n, n);
                    PyObject[] held = self instanceof Iters.HoldingIter ? ((Iters.HoldingIter) self).sourcesRef(t.ts)
                            : null;
                    if (held == null) {
                        return name.equals("__setstate__") ? PyNone.NONE : name.equals("__reduce__")
                                ? exhaustedReduce(t, self) : PyInt.of(t.ts, 0);
                    }
                    try {
                        return delegateToOwn(t, held[0], name, a);
                    } finally {
                        RefCount.decref(t.ts, held[0]);
                        RefCount.decref(t.ts, held[1]);
                    }
                });
            }
        }
        Builtins.table(ip, Iters.Reversed.TYPE).put("__length_hint__", (t, self, a, kw) -> {
            // CPython's reversed_len: the sequence's length asked again (its error propagates), and 0 once the
            // sequence has shrunk below the position
            Args.count(t, "__length_hint__", a, kw, 0, 0);
            if (!(self instanceof Iters.Reversed)) {
                return delegateToOwn(t, self, "__length_hint__", a);
            }
            Iters.Reversed r = (Iters.Reversed) self;
            PyObject seq = r.sequence(t.ts);
            if (seq == null) {
                return PyInt.of(t.ts, 0);
            }
            try {
                long size = Ops.len(t, seq);
                long position = r.index() + 1;
                return PyInt.of(t.ts, size < position ? 0 : position);
            } finally {
                RefCount.decref(t.ts, seq);
            }
        });
        // CPython's dictiter_len and setiter_len: what is left (0 once exhausted or after a size change), a method of
        // the type, as operator.length_hint looks it up
        for (PyType ty : new PyType[] {dev.freethread.dict.PyDictIterator.Kind.KEYS.iteratorType(),
            dev.freethread.dict.PyDictIterator.Kind.VALUES.iteratorType(),
            dev.freethread.dict.PyDictIterator.Kind.ITEMS.iteratorType(), Iters.SetIter.TYPE}) {
            Builtins.table(ip, ty).put("__length_hint__", (t, self, a, kw) -> {
                Args.count(t, "__length_hint__", a, kw, 0, 0);
                long left = self instanceof dev.freethread.dict.PyDictIterator
                        ? ((dev.freethread.dict.PyDictIterator) self).lengthHint()
                        : self instanceof Iters.SetIter ? ((Iters.SetIter) self).lengthHint()
                        : ((Iters.OrderedSetIter) self).lengthHint();
                return PyInt.of(t.ts, left);
            });
        }
        // CPython's dictiter_reduce and setiter_reduce: (iter, (list of what is left,)), read from a copy of the
        // iterator, so that pickling does not advance it
        for (PyType ty : new PyType[] {dev.freethread.dict.PyDictIterator.Kind.KEYS.iteratorType(),
            dev.freethread.dict.PyDictIterator.Kind.VALUES.iteratorType(),
            dev.freethread.dict.PyDictIterator.Kind.ITEMS.iteratorType(), Iters.SetIter.TYPE}) {
            Builtins.table(ip, ty).put("__reduce__", (t, self, a, kw) -> {
                Args.count(t, "__reduce__", a, kw, 0, 0);
                if (self instanceof Iters.OrderedSetIter) { // a set iterated in CPython's order: its snapshot's rest
                    PyObject f = Ops.getOrNull(t.ts, t.interp.builtins, t.interp.str("iter"));
                    return PyTuple.stealing(t.ts, f, PyTuple.stealing(t.ts,
                            ((Iters.OrderedSetIter) self).remaining(t.ts)));
                }
                if (!(self instanceof dev.freethread.dict.PyDictIterator) && !(self instanceof Iters.SetIter)) {
                    throw Errors.typeError(t, "cannot pickle '" + Ops.typeName(self) + "' object");
                }
                return reduceDictIterator(t, self instanceof dev.freethread.dict.PyDictIterator
                        ? (dev.freethread.dict.PyDictIterator) self : ((Iters.SetIter) self).dictIterator());
            });
        }
        // CPython's method_descriptor and builtin_function_or_method __reduce__: a type's method as
        // (getattr, (type, name)), a bound one as (getattr, (object, name)), a module's function by its name (a
        // global, which pickle finds in its __module__)
        Builtins.table(ip, PyBuiltin.TYPE).put("__reduce__", (t, self, a, kw) -> {
            Args.count(t, "__reduce__", a, kw, 0, 0);
            PyBuiltin b = (PyBuiltin) self;
            if (b.owner() == null) {
                return t.interp.str(b.name);
            }
            PyObject getattr = Ops.getOrNull(t.ts, t.interp.builtins, t.interp.str("getattr"));
            return PyTuple.stealing(t.ts, getattr, PyTuple.stealing(t.ts, RefCount.newRef(t.ts, b.owner()),
                    t.interp.str(b.name)));
        });
        Builtins.table(ip, PyBuiltin.Bound.TYPE).put("__reduce__", (t, self, a, kw) -> {
            Args.count(t, "__reduce__", a, kw, 0, 0);
            PyBuiltin.Bound b = (PyBuiltin.Bound) self;
            PyObject on = b.selfRef(t.ts);
            if (on == null) {
                throw Errors.typeError(t, "cannot pickle 'builtin_function_or_method' object");
            }
            PyObject getattr = Ops.getOrNull(t.ts, t.interp.builtins, t.interp.str("getattr"));
            return PyTuple.stealing(t.ts, getattr, PyTuple.stealing(t.ts, on, t.interp.str(b.name)));
        });
        // CPython's enumerate_reduce, zip_reduce (and zip_setstate), map_reduce and filter_reduce: the type and what it
        // was made from, the iterators pickled as themselves; once exhausted (its sources dropped), an empty iterator
        installIteratorReduce(ip, Iters.Enumerate.TYPE, (t, self, srcs) -> PyTuple.stealing(t.ts,
                RefCount.newRef(t.ts, Iters.Enumerate.TYPE), PyTuple.stealing(t.ts, srcs[0],
                ((Iters.Enumerate) self).countRef(t.ts))));
        installIteratorReduce(ip, Iters.Zip.TYPE, (t, self, srcs) -> ((Iters.Zip) self).strict()
                ? PyTuple.stealing(t.ts, RefCount.newRef(t.ts, Iters.Zip.TYPE), PyTuple.stealing(t.ts, srcs),
                        RefCount.newRef(t.ts, dev.freethread.objects.PyBool.TRUE))
                : PyTuple.stealing(t.ts, RefCount.newRef(t.ts, Iters.Zip.TYPE), PyTuple.stealing(t.ts, srcs)));
        Builtins.table(ip, Iters.Zip.TYPE).put("__setstate__", (t, self, a, kw) -> {
            Args.count(t, "__setstate__", a, kw, 1, 1);
            ((Iters.Zip) self).setStrict(Ops.truth(t, a[0]));
            return PyNone.NONE;
        });
        installIteratorReduce(ip, Iters.MapIter.TYPE, (t, self, srcs) -> PyTuple.stealing(t.ts,
                RefCount.newRef(t.ts, Iters.MapIter.TYPE), PyTuple.stealing(t.ts, srcs)));
        installIteratorReduce(ip, Iters.FilterIter.TYPE, (t, self, srcs) -> PyTuple.stealing(t.ts,
                RefCount.newRef(t.ts, Iters.FilterIter.TYPE), PyTuple.stealing(t.ts, srcs)));
        // CPython's reversed_reduce and reversed_setstate: (reversed, (seq,), index), or (reversed, ((),)) once
        // exhausted; the original iterator is not advanced.
        Builtins.table(ip, Iters.Reversed.TYPE).put("__reduce__", (t, self, a, kw) -> {
            Args.count(t, "__reduce__", a, kw, 0, 0);
            if (!(self instanceof Iters.Reversed)) {
                return delegateToOwn(t, self, "__reduce__", a);
            }
            ThreadState ts = t.ts;
            Iters.Reversed r = (Iters.Reversed) self;
            PyObject seq = r.sequence(ts);
            PyObject f = Ops.getOrNull(ts, t.interp.builtins, t.interp.str("reversed"));
            if (seq == null) {
                return PyTuple.stealing(ts, f, PyTuple.stealing(ts, RefCount.newRef(ts, PyTuple.EMPTY)));
            }
            return PyTuple.stealing(ts, f, PyTuple.stealing(ts, seq), PyInt.of(ts, r.index()));
        });
        Builtins.table(ip, Iters.Reversed.TYPE).put("__setstate__", (t, self, a, kw) -> {
            Args.count(t, "__setstate__", a, kw, 1, 1);
            if (!(self instanceof Iters.Reversed)) {
                return delegateToOwn(t, self, "__setstate__", a);
            }
            ((Iters.Reversed) self).setIndex(t, Args.toLong(t, a[0], "__setstate__"));
            return PyNone.NONE;
        });
        Builtins.table(ip, Iters.CallIterator.TYPE).put("__reduce__", (t, self, a, kw) -> {
            Args.count(t, "__reduce__", a, kw, 0, 0);
            ThreadState ts = t.ts;
            PyObject f = Ops.getOrNull(ts, t.interp.builtins, t.interp.str("iter"));
            PyObject[] st = new PyObject[2];
            if (!((Iters.CallIterator) self).reduceState(ts, st)) {
                return PyTuple.stealing(ts, f, PyTuple.stealing(ts, RefCount.newRef(ts, PyTuple.EMPTY)));
            }
            return PyTuple.stealing(ts, f, PyTuple.stealing(ts, st[0], st[1]));
        });
        asyncGeneratorStep(Builtins.table(ip, PyCoroutine.ASend.TYPE));
        checkArguments(Builtins.table(ip, PyCoroutine.ASYNC_GEN_TYPE), "async_generator", 1, "asend");
        checkArguments(Builtins.table(ip, PyCoroutine.ASYNC_GEN_TYPE), "async_generator", 0, "__aiter__",
                "__anext__", "aclose");
        checkArguments(Builtins.table(ip, PyCoroutine.TYPE), "coroutine", 1, "send");
        checkArguments(Builtins.table(ip, PyCoroutine.TYPE), "coroutine", 0, "close", "__await__");
        checkArguments(Builtins.table(ip, PyGenerator.TYPE), "generator", 1, "send");
        checkArguments(Builtins.table(ip, PyGenerator.TYPE), "generator", 0, "close", "__next__", "__iter__");
        checkArguments(Builtins.table(ip, PyStr.TYPE), "str", 1, "partition", "rpartition", "removeprefix",
                "removesuffix");
        checkArguments(Builtins.table(ip, PySet.TYPE), "set", 1, "issubset", "issuperset", "isdisjoint");
        checkArguments(Builtins.table(ip, PySet.FROZEN), "frozenset", 1, "issubset", "issuperset", "isdisjoint");
        checkArguments(Builtins.table(ip, PyList.TYPE), "list", 0, "copy", "clear");
        checkArguments(Builtins.table(ip, PyDict.TYPE), "dict", 0, "keys", "values", "items", "popitem", "copy",
                "clear");
        checkArguments(Builtins.table(ip, PySet.TYPE), "set", 0, "clear", "copy", "pop");
        checkArguments(Builtins.table(ip, PyStr.TYPE), "str", 0, "upper", "lower", "swapcase", "casefold", "title",
                "capitalize", "isdigit", "isascii", "isalpha", "isalnum", "isspace", "isupper", "islower", "isdecimal",
                "isnumeric", "istitle", "isidentifier");
        Map<String, PyBuiltin.MethodImpl> i = Builtins.table(ip, PyInt.TYPE);
        i.put("bit_length", (t, self, a, kw) -> PyInt.of(t.ts, ((PyInt) self).bigValue().abs().bitLength()));
        i.put("bit_count", (t, self, a, kw) -> {
            Args.count(t, "int.bit_count", a, kw, 0, 0);
            return PyInt.of(t.ts, ((PyInt) self).bigValue().abs().bitCount());
        });
        i.put("as_integer_ratio", (t, self, a, kw) -> {
            Args.count(t, "int.as_integer_ratio", a, kw, 0, 0);
            PyObject v = self instanceof PyBool ? PyInt.of(t.ts, self == PyBool.TRUE ? 1 : 0)
                    : RefCount.newRef(t.ts, self);
            return PyTuple.stealing(t.ts, v, PyInt.of(t.ts, 1));
        });
        i.put("conjugate", (t, self, a, kw) -> {
            Args.count(t, "int.conjugate", a, kw, 0, 0);
            return self instanceof PyBool ? PyInt.of(t.ts, self == PyBool.TRUE ? 1 : 0) : RefCount.newRef(t.ts, self);
        });
        i.put("is_integer", (t, self, a, kw) -> {
            Args.count(t, "int.is_integer", a, kw, 0, 0);
            return PyBool.TRUE;
        });
        i.put("__index__", (t, self, a, kw) -> self instanceof PyBool // an exact int, as CPython's long_long
                ? PyInt.of(t.ts, self == PyBool.TRUE ? 1 : 0) : RefCount.newRef(t.ts, self));
        Map<String, PyBuiltin.MethodImpl> f = Builtins.table(ip, PyFloat.TYPE);
        f.put("hex", (t, self, a, kw) -> {
            Args.count(t, "float.hex", a, kw, 0, 0);
            return PyStr.of(t.ts, dev.freethread.python.text.FloatFormat.toHex(((PyFloat) self).value));
        });
        f.put("is_integer", (t, self, a, kw) -> {
            double v = ((PyFloat) self).value;
            return PyBool.of(!Double.isInfinite(v) && v == Math.floor(v));
        });
        f.put("__round__", (t, self, a, kw) -> { // round(self[, ndigits]): an int without ndigits, a float with
            Args.count(t, "__round__", a, kw, 0, 1);
            return Ops.call(t, t.interp.builtins.get(t.ts, t.interp.str("round")),
                    a.length == 0 ? new PyObject[] {self} : new PyObject[] {self, a[0]}, null);
        });
        f.put("as_integer_ratio", (t, self, a, kw) -> { // exact: the double is m * 2**e
            Args.count(t, "float.as_integer_ratio", a, kw, 0, 0);
            double v = ((PyFloat) self).value;
            if (Double.isNaN(v)) {
                throw Errors.valueError(t, "cannot convert NaN to integer ratio");
            }
            if (Double.isInfinite(v)) {
                throw Errors.raise(t, "OverflowError", "cannot convert Infinity to integer ratio");
            }
            if (v == 0) {
                return PyTuple.stealing(t.ts, PyInt.of(t.ts, 0), PyInt.of(t.ts, 1));
            }
            long bits = Double.doubleToRawLongBits(v);
            int exp = (int) ((bits >>> 52) & 0x7ff);
            long mant = bits & 0xfffffffffffffL;
            if (exp == 0) {
                exp = 1; // subnormal
            } else {
                mant |= 1L << 52;
            }
            int e = exp - 1075;
            java.math.BigInteger num;
            java.math.BigInteger den;
            if (e >= 0) {
                num = java.math.BigInteger.valueOf(mant).shiftLeft(e);
                den = java.math.BigInteger.ONE;
            } else {
                int tz = Math.min(Long.numberOfTrailingZeros(mant), -e);
                num = java.math.BigInteger.valueOf(mant >> tz);
                den = java.math.BigInteger.ONE.shiftLeft(-e - tz);
            }
            if (v < 0) {
                num = num.negate();
            }
            return PyTuple.stealing(t.ts, Arith.ofBig(t.ts, num), Arith.ofBig(t.ts, den));
        });
        f.put("conjugate", (t, self, a, kw) -> {
            Args.count(t, "float.conjugate", a, kw, 0, 0);
            return RefCount.newRef(t.ts, self);
        });
        Map<String, PyBuiltin.MethodImpl> c = Builtins.table(ip, PyComplex.TYPE);
        c.put("conjugate", (t, self, a, kw) -> {
            Args.count(t, "complex.conjugate", a, kw, 0, 0);
            return new PyComplex(t.ts, ((PyComplex) self).real, -((PyComplex) self).imag);
        });
        c.put("__complex__", (t, self, a, kw) -> {
            Args.count(t, "complex.__complex__", a, kw, 0, 0);
            return RefCount.newRef(t.ts, self);
        });
    }

    /**
     * {@code str.maketrans(x[, y[, z]])}: a dict from code points to what they become (a str, an int or None), as
     * CPython builds it.
     */
    static PyObject maketrans(PyThread t, PyObject[] a, String[] kw) {
        Args.noKw(t, "maketrans", kw);
        Args.count(t, "maketrans", a, kw, 1, 3);
        ThreadState ts = t.ts;
        PyDict d = PyDict.create(ts);
        try {
            if (a.length == 1) {
                if (!(a[0] instanceof PyDict)) {
                    throw Errors.typeError(t, "if you give only one argument to maketrans it must be a dict");
                }
                PyObject view = ((PyDict) a[0]).items(ts);
                PyObject[] items;
                try {
                    items = Builtins.snapshotItems(t, view);
                } finally {
                    RefCount.decref(ts, view);
                }
                try {
                    for (PyObject kv : items) {
                        PyObject k = ((PyTuple) kv).getItemBorrowed(0);
                        PyObject v = ((PyTuple) kv).getItemBorrowed(1);
                        if (k instanceof PyStr) {
                            String ks = ((PyStr) k).value();
                            if (ks.codePointCount(0, ks.length()) != 1) {
                                throw Errors.valueError(t, "string keys in translate table must be of length 1");
                            }
                            PyObject ord = PyInt.of(ts, ks.codePointAt(0));
                            try {
                                d.setItem(ts, ord, v);
                            } finally {
                                RefCount.decref(ts, ord);
                            }
                        } else if (k instanceof PyInt) {
                            d.setItem(ts, k, v);
                        } else {
                            throw Errors.typeError(t, "keys in translate table must be strings or integers");
                        }
                    }
                } finally {
                    for (PyObject kv : items) {
                        RefCount.decref(ts, kv);
                    }
                }
                return d;
            }
            String x = needStr(t, a[0], "maketrans() argument 1 must be str, not " + Ops.typeName(a[0]));
            String y = needStr(t, a[1], "maketrans() argument 2 must be str, not " + Ops.typeName(a[1]));
            int[] xs = x.codePoints().toArray();
            int[] ys = y.codePoints().toArray();
            if (xs.length != ys.length) {
                throw Errors.valueError(t, "the first two maketrans arguments must have equal length");
            }
            for (int i = 0; i < xs.length; i++) {
                PyObject k = PyInt.of(ts, xs[i]);
                PyObject v = PyInt.of(ts, ys[i]);
                try {
                    d.setItem(ts, k, v);
                } finally {
                    RefCount.decref(ts, k);
                    RefCount.decref(ts, v);
                }
            }
            if (a.length == 3) {
                String z = needStr(t, a[2], "maketrans() argument 3 must be str, not " + Ops.typeName(a[2]));
                for (int cp : z.codePoints().toArray()) {
                    PyObject k = PyInt.of(ts, cp);
                    try {
                        d.setItem(ts, k, PyNone.NONE);
                    } finally {
                        RefCount.decref(ts, k);
                    }
                }
            }
            return d;
        } catch (RuntimeException e) {
            RefCount.decref(ts, d);
            throw e;
        }
    }

    /** {@code s.translate(table)}: each code point looked up by {@code table[ord]}; absent (LookupError) keeps it. */
    private static String translate(PyThread t, String s, PyObject table) {
        ThreadState ts = t.ts;
        StringBuilder b = new StringBuilder(s.length());
        for (int cp : s.codePoints().toArray()) {
            PyObject key = PyInt.of(ts, cp);
            PyObject v;
            try {
                v = Ops.getItem(t, table, key);
            } catch (PyRaise r) {
                if (!r.exc.cls().isSubtypeOf(t.interp.exceptionClass("LookupError"))) {
                    throw r;
                }
                r.release(ts);
                b.appendCodePoint(cp);
                continue;
            } finally {
                RefCount.decref(ts, key);
            }
            try {
                if (v == PyNone.NONE) {
                    continue;
                }
                if (v instanceof PyStr) {
                    b.append(((PyStr) v).value());
                } else if (v instanceof PyInt) {
                    long c = ((PyInt) v).fitsLong() ? ((PyInt) v).longValue() : -1;
                    if (c < 0 || c > 0x10FFFF) {
                        throw Errors.valueError(t, "character mapping must be in range(0x110000)");
                    }
                    b.appendCodePoint((int) c);
                } else {
                    throw Errors.typeError(t, "character mapping must return integer, None or str");
                }
            } finally {
                RefCount.decref(ts, v);
            }
        }
        return b.toString();
    }

    /** A generator's methods (PyGenerator): send, throw, close, and the iterator protocol. */
    private static void generator(Map<String, PyBuiltin.MethodImpl> m) {
        m.put("send", (t, self, a, kw) -> ((PyGenerator) self).send(t, a[0]));
        m.put("close", (t, self, a, kw) -> ((PyGenerator) self).close(t));
        m.put("__next__", (t, self, a, kw) -> ((PyGenerator) self).nextOrStop(t));
        m.put("__iter__", (t, self, a, kw) -> RefCount.newRef(t.ts, self));
        m.put("throw", (t, self, a, kw) -> {
            Args.noKw(t, "generator.throw", kw);
            Args.count(t, "throw", a, kw, 1, 3);
            warnThreeArgThrow(t, a);
            return ((PyGenerator) self).throwIn(t, thrownInto(t, a));
        });
    }

    /** An asynchronous generator's methods (PEP 525): each step is an awaitable (PyCoroutine.ASend). */
    private static void asyncGenerator(Map<String, PyBuiltin.MethodImpl> m) {
        m.put("__aiter__", (t, self, a, kw) -> RefCount.newRef(t.ts, self));
        m.put("__anext__", (t, self, a, kw) -> new PyCoroutine.ASend(t.ts, (PyCoroutine) self, null, null, false));
        m.put("asend", (t, self, a, kw) -> new PyCoroutine.ASend(t.ts, (PyCoroutine) self,
                a[0] == PyNone.NONE ? null : RefCount.newRef(t.ts, a[0]), null, false));
        m.put("athrow", (t, self, a, kw) -> {
            Args.noKw(t, "athrow", kw);
            Args.count(t, "athrow", a, kw, 1, 3);
            warnThreeArgThrow(t, a);
            return new PyCoroutine.ASend(t.ts, (PyCoroutine) self, null, thrownInto(t, a), false);
        });
        m.put("aclose", (t, self, a, kw) -> new PyCoroutine.ASend(t.ts, (PyCoroutine) self, null,
                Errors.raise(t, "GeneratorExit", null), true));
    }

    /** A coroutine's methods (PyCoroutine): send, throw, close, and __await__. */
    private static void coroutine(Map<String, PyBuiltin.MethodImpl> m) {
        m.put("send", (t, self, a, kw) -> ((PyCoroutine) self).send(t, a[0]));
        m.put("close", (t, self, a, kw) -> ((PyCoroutine) self).close(t));
        m.put("__await__", (t, self, a, kw) -> new PyCoroutine.Wrapper(t.ts, (PyCoroutine) self));
        m.put("throw", (t, self, a, kw) -> {
            Args.noKw(t, "coroutine.throw", kw);
            Args.count(t, "throw", a, kw, 1, 3);
            warnThreeArgThrow(t, a);
            return ((PyCoroutine) self).throwIn(t, thrownInto(t, a));
        });
    }

    /**
     * What a coroutine's {@code __await__()} answers: an iterator whose send, throw and close are the coroutine's
     * (CPython's coroutine_wrapper); one whose coroutine was cleared by the collector is exhausted.
     */
    private static void coroutineWrapper(Map<String, PyBuiltin.MethodImpl> m) {
        m.put("send", (t, self, a, kw) -> {
            Args.count(t, "send", a, kw, 1, 1);
            return wrapped(t, self).send(t, a[0]);
        });
        m.put("close", (t, self, a, kw) -> {
            Args.count(t, "close", a, kw, 0, 0);
            return wrapped(t, self).close(t);
        });
        m.put("throw", (t, self, a, kw) -> {
            Args.noKw(t, "coroutine_wrapper.throw", kw);
            Args.count(t, "throw", a, kw, 1, 3);
            warnThreeArgThrow(t, a);
            return wrapped(t, self).throwIn(t, thrownInto(t, a));
        });
    }

    /**
     * What {@code __anext__()}, {@code asend()}, {@code athrow()} and {@code aclose()} answer, driven by hand as an
     * event loop drives an awaitable: its own {@code __await__} iterator (CPython's async_generator_asend).
     */
    private static void asyncGeneratorStep(Map<String, PyBuiltin.MethodImpl> m) {
        m.put("__await__", (t, self, a, kw) -> RefCount.newRef(t.ts, self));
        m.put("__iter__", (t, self, a, kw) -> RefCount.newRef(t.ts, self));
        m.put("__next__", (t, self, a, kw) -> ((PyCoroutine.ASend) self).step(t, null, null));
        m.put("send", (t, self, a, kw) -> {
            Args.count(t, "send", a, kw, 1, 1);
            return ((PyCoroutine.ASend) self).step(t, RefCount.newRef(t.ts, a[0]), null);
        });
        m.put("throw", (t, self, a, kw) -> {
            Args.noKw(t, "throw", kw);
            Args.count(t, "throw", a, kw, 1, 3);
            warnThreeArgThrow(t, a);
            return ((PyCoroutine.ASend) self).step(t, null, thrownInto(t, a));
        });
        m.put("close", (t, self, a, kw) -> {
            ((PyCoroutine.ASend) self).closeStepping();
            return PyNone.NONE;
        });
    }

    /** An iterator's {@code __reduce__} from new references to its sources (taken over). */
    @FunctionalInterface
    private interface IteratorReduce {
        PyObject reduce(PyThread t, PyObject self, PyObject[] sources);
    }

    private static void installIteratorReduce(Interp ip, PyType type, IteratorReduce reduce) {
        Builtins.table(ip, type).put("__reduce__", (t, self, a, kw) -> {
            Args.count(t, "__reduce__", a, kw, 0, 0);
            PyObject[] srcs = ((Iters.Base) self).sourcesRef(t.ts);
            if (srcs == null) { // exhausted: (iter, ((),)), an iterator that gives nothing
                PyObject f = Ops.getOrNull(t.ts, t.interp.builtins, t.interp.str("iter"));
                return PyTuple.stealing(t.ts, f, PyTuple.stealing(t.ts, RefCount.newRef(t.ts, PyTuple.EMPTY)));
            }
            return reduce.reduce(t, self, srcs);
        });
    }

    /** {@code (iter, (list,))} of what {@code from} (null: exhausted) has left, without advancing it. */
    private static PyObject reduceDictIterator(PyThread t, dev.freethread.dict.PyDictIterator from) {
        ThreadState ts = t.ts;
        dev.freethread.list.PyList left = dev.freethread.list.PyList.create(ts);
        try {
            if (from != null) {
                dev.freethread.dict.PyDictIterator copy = from.copy(ts);
                try {
                    for (PyObject x = copy.next(ts); x != null; x = copy.next(ts)) {
                        try {
                            left.append(ts, x);
                        } finally {
                            RefCount.decref(ts, x);
                        }
                    }
                } finally {
                    RefCount.decref(ts, copy);
                }
            }
        } catch (RuntimeException e) {
            RefCount.decref(ts, left);
            throw e;
        }
        PyObject f = Ops.getOrNull(ts, t.interp.builtins, t.interp.str("iter"));
        return PyTuple.stealing(ts, f, PyTuple.stealing(ts, left));
    }

    /**
     * The pickle protocol of the index-based iterators (list, reversed list, tuple, str, range), as CPython's:
     * {@code __reduce__} answers {@code (iter, (seq,), index)} ({@code reversed} for a reversed list; an exhausted
     * one {@code (iter, ((),))}), {@code __setstate__(index)} moves to an index clamped to the sequence's bounds, and
     * {@code __length_hint__} counts what is left. The original iterator is not advanced.
     */
    private static void sequenceIterator(Map<String, PyBuiltin.MethodImpl> m) {
        m.put("__reduce__", (t, self, a, kw) -> {
            Args.count(t, "__reduce__", a, kw, 0, 0);
            ThreadState ts = t.ts;
            PyObject[] seq = new PyObject[1];
            long pos;
            String fn = "iter";
            if (self instanceof dev.freethread.list.PyListIterator) {
                dev.freethread.list.PyListIterator li = (dev.freethread.list.PyListIterator) self;
                PyObject l = li.seqBorrowed();
                seq[0] = l == null ? null : RefCount.newRef(ts, l);
                pos = li.position();
                if (li.isReverse()) {
                    fn = "reversed";
                }
            } else if (self instanceof Iters.GetItemIter) {
                pos = ((Iters.GetItemIter) self).reduceState(ts, seq);
            } else if (((Iters.SeqIter) self).overRange()) { // (iter, (range left,), None), as CPython 3.13's
                PyObject left = ((Iters.SeqIter) self).rangeLeft(ts);
                PyObject f = Ops.getOrNull(ts, t.interp.builtins, t.interp.str("iter"));
                return PyTuple.stealing(ts, f, PyTuple.stealing(ts, left), PyNone.NONE);
            } else {
                pos = ((Iters.SeqIter) self).reduceState(ts, seq);
            }
            PyObject f = Ops.getOrNull(ts, t.interp.builtins, t.interp.str(seq[0] == null ? "iter" : fn));
            if (seq[0] == null) { // exhausted: an empty sequence of the kind it iterated, as CPython's
                PyObject empty = self instanceof dev.freethread.list.PyListIterator
                        ? dev.freethread.list.PyList.create(ts) : self.type() == Iters.SeqIter.TUPLE
                        || self instanceof Iters.GetItemIter ? RefCount.newRef(ts, PyTuple.EMPTY) : t.interp.str("");
                return PyTuple.stealing(ts, f, PyTuple.stealing(ts, empty));
            }
            PyObject args = PyTuple.stealing(ts, seq[0]);
            return PyTuple.stealing(ts, f, args, PyInt.of(ts, pos));
        });
        m.put("__setstate__", (t, self, a, kw) -> {
            Args.count(t, "__setstate__", a, kw, 1, 1);
            if (self instanceof Iters.SeqIter && ((Iters.SeqIter) self).overRange()) { // any int, clamped
                java.math.BigInteger i = Ops.bigIndex(t, a[0], "'%s' object cannot be interpreted as an integer");
                if (self.type() == Iters.SeqIter.RANGE && i.bitLength() >= 64) { // CPython's fast one takes a C long
                    throw Errors.raise(t, "OverflowError", "Python int too large to convert to C long");
                }
                ((Iters.SeqIter) self).setRangePosition(i);
                return PyNone.NONE;
            }
            long i = Args.toLong(t, a[0], "__setstate__");
            if (self instanceof dev.freethread.list.PyListIterator) {
                ((dev.freethread.list.PyListIterator) self).setPosition(i);
            } else if (self instanceof Iters.GetItemIter) {
                ((Iters.GetItemIter) self).setPosition(i);
            } else {
                ((Iters.SeqIter) self).setPosition(i);
            }
            return PyNone.NONE;
        });
        m.put("__length_hint__", (t, self, a, kw) -> {
            Args.count(t, "__length_hint__", a, kw, 0, 0);
            if (self instanceof dev.freethread.list.PyListIterator) {
                return PyInt.of(t.ts, ((dev.freethread.list.PyListIterator) self).lengthHint());
            }
            PyObject[] seq = new PyObject[1];
            long pos = self instanceof Iters.GetItemIter ? ((Iters.GetItemIter) self).reduceState(t.ts, seq)
                    : ((Iters.SeqIter) self).reduceState(t.ts, seq);
            if (seq[0] == null) {
                return PyInt.of(t.ts, 0);
            }
            try {
                return PyInt.of(t.ts, Math.max(0, Ops.len(t, seq[0]) - pos));
            } catch (PyRaise r) { // a __getitem__ sequence without __len__: no hint, as CPython's
                if (!(self instanceof Iters.GetItemIter)) {
                    throw r;
                }
                r.release(t.ts);
                return dev.freethread.objects.PyNotImplemented.NOT_IMPLEMENTED;
            } finally {
                RefCount.decref(t.ts, seq[0]);
            }
        });
    }

    private static PyCoroutine wrapped(PyThread t, PyObject self) {
        PyCoroutine c = ((PyCoroutine.Wrapper) self).coroutine();
        if (c == null) {
            throw Errors.raise(t, "StopIteration", null);
        }
        return c;
    }

    /**
     * What {@code throw(type[, value[, traceback]])} raises: an exception instance as it is (then with no separate
     * value), or a class called with the value (an instance of the class is taken as it is), as CPython's
     * {@code _gen_throw}.
     */
    /** CPython 3.12's DeprecationWarning for throw(type, value[, traceback]). */
    private static void warnThreeArgThrow(PyThread t, PyObject[] a) {
        if (a.length > 1) {
            Arith.warn(t, "DeprecationWarning", "the (type, exc, tb) signature of throw() is deprecated, use the "
                    + "single-arg signature instead.");
        }
    }

    /** The error a thrown exception class raised making its instance (thrown into a generator in its place). */
    static final class BadThrow extends RuntimeException {
        final PyRaise error;

        BadThrow(PyRaise error) {
            super(null, null, false, false);
            this.error = error;
        }
    }

    /**
     * What throw(...) throws in: the exception, or the error its class raised making the instance (CPython throws
     * that into the generator instead, which ends it); an argument that is no exception at all raises here.
     */
    private static PyRaise thrownInto(PyThread t, PyObject[] a) {
        try {
            return thrownException(t, a);
        } catch (BadThrow bad) {
            return bad.error;
        }
    }

    private static PyRaise thrownException(PyThread t, PyObject[] a) {
        PyObject tb = a.length > 2 ? a[2] : PyNone.NONE;
        if (tb != PyNone.NONE && !(tb instanceof PyTraceback && tb.type() == PyTraceback.TYPE)) {
            throw Errors.typeError(t, "throw() third argument must be a traceback object");
        }
        PyRaise r = thrownExceptionOf(t, a);
        if (tb != PyNone.NONE) { // g.throw(*sys.exc_info()): the exception carries that traceback, as CPython's
            PyTraceback.set(t, r.exc, tb);
        }
        return r;
    }

    private static PyRaise thrownExceptionOf(PyThread t, PyObject[] a) {
        ThreadState ts = t.ts;
        PyObject typ = a[0];
        PyObject val = a.length > 1 ? a[1] : PyNone.NONE;
        if (typ instanceof PyBaseExc) {
            if (val != PyNone.NONE) {
                throw Errors.typeError(t, "instance exception may not have a separate value");
            }
            RefCount.incref(ts, typ);
            return new PyRaise((PyBaseExc) typ);
        }
        if (typ instanceof PyClass && ((PyClass) typ).isException) {
            if (val instanceof PyBaseExc && ((PyBaseExc) val).cls().isSubtypeOf((PyClass) typ)) {
                RefCount.incref(ts, val);
                return new PyRaise((PyBaseExc) val);
            }
            PyObject[] args = val == PyNone.NONE ? Ops.NO_ARGS
                    : val instanceof PyTuple ? tupleItems((PyTuple) val) : new PyObject[] {val};
            PyObject inst;
            try {
                inst = Ops.call(t, typ, args, null);
            } catch (PyRaise r) {
                throw new BadThrow(r);
            }
            if (!(inst instanceof PyBaseExc)) {
                String got = Ops.typeName(inst);
                RefCount.decref(ts, inst);
                throw new BadThrow(Errors.typeError(t, "calling " + Ops.reprString(t, typ)
                        + " should have returned an instance of BaseException, not " + got));
            }
            return new PyRaise((PyBaseExc) inst);
        }
        throw Errors.typeError(t, "exceptions must be classes or instances deriving from BaseException, not "
                + Ops.typeName(typ));
    }

    /** A tuple's items, borrowed (the tuple keeps them), as an array for a call. */
    static PyObject[] tupleItems(PyTuple tu) {
        PyObject[] items = new PyObject[tu.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = tu.getItemBorrowed(i);
        }
        return items;
    }

    /**
     * Wraps methods of a fixed number of positional arguments (0 or 1) so that a call with another number raises
     * CPython's TypeError ("dict.keys() takes no arguments (1 given)", "str.partition() takes exactly one argument
     * (0 given)", "list.copy() takes no keyword arguments") instead of ignoring the extra ones or failing inside.
     */
    private static void checkArguments(Map<String, PyBuiltin.MethodImpl> m, String type, int count, String... names) {
        for (String name : names) {
            PyBuiltin.MethodImpl f = m.get(name);
            if (f == null) {
                throw new IllegalStateException(type + "." + name + " is not installed");
            }
            String fname = type + "." + name;
            m.put(name, (t, self, a, kw) -> {
                Args.noKw(t, fname, kw);
                Args.count(t, fname, a, kw, count, count);
                return f.call(t, self, a, kw);
            });
        }
    }

    /**
     * {@code range.index} and {@code range.count}: arithmetic for an int (a bool is one), CPython's sequence search
     * with {@code ==} for anything else ({@code range(5).index(4.0)} is 4).
     */
    private static void range(Map<String, PyBuiltin.MethodImpl> m) {
        m.put("index", (t, self, a, kw) -> {
            Args.count(t, "range.index", a, kw, 1, 1);
            PyRange r = (PyRange) self;
            if (a[0] instanceof PyInt) { // arithmetic, at any size
                java.math.BigInteger k = r.indexOf(PyRange.toBig((PyInt) a[0]));
                if (k.signum() < 0) {
                    throw Errors.valueError(t, Ops.reprString(t, a[0]) + " is not in range");
                }
                return PyInt.of(t.ts, k);
            }
            long i = rangeIndex(t, r, a[0]);
            if (i < 0) {
                throw Errors.valueError(t, a[0] instanceof PyInt ? Ops.reprString(t, a[0]) + " is not in range"
                        : "sequence.index(x): x not in sequence"); // CPython's two messages
            }
            return PyInt.of(t.ts, i);
        });
        m.put("count", (t, self, a, kw) -> {
            Args.count(t, "range.count", a, kw, 1, 1);
            PyRange r = (PyRange) self;
            if (a[0] instanceof PyInt) {
                return PyInt.of(t.ts, r.indexOf(PyRange.toBig((PyInt) a[0])).signum() < 0 ? 0 : 1);
            }
            return PyInt.of(t.ts, rangeScan(t, r, a[0], true)); // CPython's sequence count, item by item
        });
    }

    /** The position of {@code v} in the range, or -1. */
    private static long rangeIndex(PyThread t, PyRange r, PyObject v) {
        return rangeScan(t, r, v, false);
    }

    /**
     * CPython's sequence search over a range with {@code ==} (for an item that is no int): the number of equal items
     * when {@code count}, else the position of the first or -1.
     */
    private static long rangeScan(PyThread t, PyRange r, PyObject v, boolean count) {
        long n = 0;
        java.math.BigInteger len = r.bigLength();
        for (java.math.BigInteger k = java.math.BigInteger.ZERO; k.compareTo(len) < 0;
                k = k.add(java.math.BigInteger.ONE)) {
            PyObject e = r.item(t.ts, k);
            try {
                if (Ops.compareBool(t, e, v, CompareOp.EQ)) {
                    if (!count) {
                        return k.longValueExact();
                    }
                    n++;
                }
            } finally {
                RefCount.decref(t.ts, e);
            }
        }
        return count ? n : -1;
    }

    private static PyList list(PyObject self) {
        return (PyList) self;
    }

    private static void list(Map<String, PyBuiltin.MethodImpl> m) {
        m.put("append", (t, self, a, kw) -> {
            Args.count(t, "list.append", a, kw, 1, 1);
            list(self).append(t.ts, a[0]);
            return PyNone.NONE;
        });
        m.put("extend", (t, self, a, kw) -> {
            Args.count(t, "list.extend", a, kw, 1, 1);
            if (a[0] instanceof PyList) {
                list(self).extend(t.ts, (PyList) a[0]);
            } else if (Builtins.snapshotSource(a[0]) != null) { // one state of the dict, as CPython copies it
                PyObject copy = Builtins.listOf(t, a[0]);
                try {
                    list(self).extend(t.ts, (PyList) copy);
                } finally {
                    RefCount.decref(t.ts, copy);
                }
            } else {
                Ops.lengthHintProbe(t, a[0]);
                try (Ops.ItemIterator items = Ops.iterator(t, a[0])) {
                    list(self).extend(t.ts, items);
                }
            }
            return PyNone.NONE;
        });
        m.put("insert", (t, self, a, kw) -> {
            Args.count(t, "insert", a, kw, 2, 2);
            list(self).insert(t.ts, Args.toLong(t, a[0], "insert"), a[1]);
            return PyNone.NONE;
        });
        m.put("pop", (t, self, a, kw) -> {
            Args.count(t, "pop", a, kw, 0, 1);
            return a.length == 0 ? list(self).pop(t.ts) : list(self).pop(t.ts, Args.toLong(t, a[0], "pop"));
        });
        m.put("remove", (t, self, a, kw) -> {
            Args.count(t, "list.remove", a, kw, 1, 1);
            list(self).remove(t.ts, a[0]);
            return PyNone.NONE;
        });
        m.put("index", (t, self, a, kw) -> {
            Args.count(t, "index", a, kw, 1, 3);
            if (a.length == 1) {
                return PyInt.of(t.ts, list(self).index(t.ts, a[0]));
            }
            String slice = "slice indices must be integers or have an __index__ method"; // clamped, as CPython's
            long start = Ops.index(t, a[1], slice);
            long stop = a.length > 2 ? Ops.index(t, a[2], slice) : Long.MAX_VALUE / 2;
            return PyInt.of(t.ts, list(self).index(t.ts, a[0], start, stop));
        });
        m.put("count", (t, self, a, kw) -> {
            Args.count(t, "list.count", a, kw, 1, 1);
            return PyInt.of(t.ts, list(self).count(t.ts, a[0]));
        });
        m.put("sort", (t, self, a, kw) -> {
            Args.onlyKw(t, "sort", kw, "key", "reverse");
            if (Args.npos(a, kw) > 0) {
                throw Errors.typeError(t, "sort() takes no positional arguments");
            }
            PyObject rev = Args.kw(a, kw, "reverse");
            list(self).sort(t.ts, Builtins.keyFunction(t, Args.kw(a, kw, "key")), rev != null && Ops.truth(t, rev));
            return PyNone.NONE;
        });
        m.put("reverse", (t, self, a, kw) -> {
            Args.count(t, "list.reverse", a, kw, 0, 0);
            list(self).reverse(t.ts);
            return PyNone.NONE;
        });
        m.put("copy", (t, self, a, kw) -> list(self).copy(t.ts));
        m.put("clear", (t, self, a, kw) -> {
            list(self).clear(t.ts);
            return PyNone.NONE;
        });
    }

    private static PyDict dict(PyObject self) {
        return (PyDict) self;
    }

    private static void dict(Map<String, PyBuiltin.MethodImpl> m) {
        m.put("get", (t, self, a, kw) -> {
            Args.count(t, "get", a, kw, 1, 2);
            PyObject v = Ops.getOrNull(t.ts, dict(self), a[0]);
            if (v != null) {
                return v;
            }
            return RefCount.newRef(t.ts, a.length > 1 ? a[1] : PyNone.NONE);
        });
        m.put("keys", (t, self, a, kw) -> dict(self).keys(t.ts));
        m.put("values", (t, self, a, kw) -> dict(self).values(t.ts));
        m.put("items", (t, self, a, kw) -> dict(self).items(t.ts));
        m.put("pop", (t, self, a, kw) -> {
            Args.count(t, "pop", a, kw, 1, 2);
            PyObject v = Ops.popOrNull(t.ts, dict(self), a[0]);
            if (v != null) {
                return v;
            }
            if (a.length > 1) {
                return RefCount.newRef(t.ts, a[1]);
            }
            throw Errors.raiseWith(t, "KeyError", a[0]);
        });
        m.put("popitem", (t, self, a, kw) -> dict(self).popItem(t.ts));
        m.put("setdefault", (t, self, a, kw) -> {
            Args.count(t, "setdefault", a, kw, 1, 2);
            return dict(self).setDefault(t.ts, a[0], a.length > 1 ? a[1] : PyNone.NONE);
        });
        m.put("update", (t, self, a, kw) -> {
            int n = Args.npos(a, kw);
            if (n > 1) {
                throw Errors.typeError(t, "update expected at most 1 argument, got " + n);
            }
            if (n == 1) {
                updateDict(t, dict(self), a[0]);
            }
            if (kw != null) {
                for (int i = 0; i < kw.length; i++) {
                    dict(self).setItem(t.ts, t.interp.str(kw[i]), a[n + i]);
                }
            }
            return PyNone.NONE;
        });
        m.put("copy", (t, self, a, kw) -> dict(self).copy(t.ts));
        m.put("clear", (t, self, a, kw) -> {
            dict(self).clear(t.ts);
            return PyNone.NONE;
        });
    }

    private static String s(PyObject self) {
        return ((PyStr) self).value();
    }

    private static PyObject str(PyThread t, String v) {
        return PyStr.of(t.ts, v);
    }

    private static PyList strList(PyThread t, List<String> parts) {
        PyList l = PyList.create(t.ts);
        for (String p : parts) {
            PyObject o = PyStr.of(t.ts, p);
            l.append(t.ts, o);
            RefCount.decref(t.ts, o);
        }
        return l;
    }

    /** An optional str argument (None is null). */
    private static String optStr(PyThread t, PyObject[] a, String[] kw, int i, String name, String fname) {
        PyObject o = i < Args.npos(a, kw) ? a[i] : Args.kw(a, kw, name);
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        if (!(o instanceof PyStr)) {
            throw Errors.typeError(t, fname + " arg must be None or str");
        }
        return ((PyStr) o).value();
    }

    private static Long optIndex(PyThread t, PyObject[] a, int i) {
        if (i >= a.length || a[i] == PyNone.NONE) {
            return null;
        }
        return Args.sliceIndex(t, a[i]);
    }

    private static String needStr(PyThread t, PyObject o, String what) {
        if (o instanceof PyStr) {
            return ((PyStr) o).value();
        }
        throw Errors.typeError(t, what + ", not " + o.type().name());
    }

    private static void str(Map<String, PyBuiltin.MethodImpl> m) {
        m.put("join", (t, self, a, kw) -> {
            Args.count(t, "str.join", a, kw, 1, 1);
            StringBuilder b = new StringBuilder();
            PyObject it = Ops.iter(t, a[0]);
            PyObject first = null; // a lone exact str item is the result itself, as CPython's join returns it
            int i = 0;
            try {
                for (PyObject v = Ops.next(t, it); v != null; v = Ops.next(t, it), i++) {
                    try {
                        PyObject sv = BuiltinBase.operand(v); // a str subclass's instance joins as its str
                        if (!(sv instanceof PyStr)) {
                            throw Errors.typeError(t, "sequence item " + i + ": expected str instance, "
                                    + v.type().name() + " found");
                        }
                        if (i > 0) {
                            b.append(s(self));
                        } else if (v instanceof PyStr) {
                            first = RefCount.newRef(t.ts, v);
                        }
                        b.append(((PyStr) sv).value());
                    } finally {
                        RefCount.decref(t.ts, v);
                    }
                }
            } catch (RuntimeException | Error e) {
                RefCount.xdecref(t.ts, first);
                throw e;
            } finally {
                RefCount.decref(t.ts, it);
            }
            if (i == 1 && first != null) {
                return first;
            }
            RefCount.xdecref(t.ts, first);
            return str(t, b.toString());
        });
        m.put("split", (t, self, a, kw) -> {
            Args.onlyKw(t, "split", kw, "sep", "maxsplit");
            String sep = optStr(t, a, kw, 0, "sep", "split()");
            PyObject ms = Args.npos(a, kw) > 1 ? a[1] : Args.kw(a, kw, "maxsplit");
            return strList(t, StrMethods.split(s(self), sep, ms == null ? -1 : (int) Args.toLong(t, ms, "maxsplit")));
        });
        m.put("rsplit", (t, self, a, kw) -> {
            Args.onlyKw(t, "rsplit", kw, "sep", "maxsplit");
            String sep = optStr(t, a, kw, 0, "sep", "rsplit()");
            PyObject ms = Args.npos(a, kw) > 1 ? a[1] : Args.kw(a, kw, "maxsplit");
            return strList(t, StrMethods.rsplit(s(self), sep, ms == null ? -1 : (int) Args.toLong(t, ms, "maxsplit")));
        });
        m.put("splitlines", (t, self, a, kw) -> {
            PyObject ke = Args.npos(a, kw) > 0 ? a[0] : Args.kw(a, kw, "keepends");
            return strList(t, StrMethods.splitlines(s(self), ke != null && Ops.truth(t, ke)));
        });
        m.put("strip", (t, self, a, kw) -> str(t, StrMethods.strip(s(self), optStr(t, a, kw, 0, "chars", "strip"))));
        m.put("lstrip", (t, self, a, kw) -> str(t, StrMethods.lstrip(s(self), optStr(t, a, kw, 0, "chars", "lstrip"))));
        m.put("rstrip", (t, self, a, kw) -> str(t, StrMethods.rstrip(s(self), optStr(t, a, kw, 0, "chars", "rstrip"))));
        m.put("replace", (t, self, a, kw) -> {
            Args.count(t, "replace", a, kw, 2, 3);
            String old = needStr(t, a[0], "replace() argument 1 must be str");
            String nw = needStr(t, a[1], "replace() argument 2 must be str");
            int count = a.length > 2 ? (int) Args.toLong(t, a[2], "count") : -1;
            return str(t, StrMethods.replace(s(self), old, nw, count));
        });
        m.put("upper", (t, self, a, kw) -> str(t, StrMethods.upper(s(self))));
        m.put("lower", (t, self, a, kw) -> str(t, StrMethods.lower(s(self))));
        m.put("swapcase", (t, self, a, kw) -> str(t, StrMethods.swapcase(s(self))));
        m.put("casefold", (t, self, a, kw) -> str(t, StrMethods.casefold(s(self))));
        m.put("title", (t, self, a, kw) -> str(t, StrMethods.title(s(self))));
        m.put("capitalize", (t, self, a, kw) -> str(t, StrMethods.capitalize(s(self))));
        m.put("startswith", (t, self, a, kw) -> affix(t, self, a, kw, true));
        m.put("endswith", (t, self, a, kw) -> affix(t, self, a, kw, false));
        m.put("find", (t, self, a, kw) -> {
            Args.count(t, "find", a, kw, 1, 3);
            return PyInt.of(t.ts, StrMethods.find(s(self), ((PyStr) self).hasSurrogates(),
                    needStr(t, a[0], "must be str"), optIndex(t, a, 1), optIndex(t, a, 2), true));
        });
        m.put("rfind", (t, self, a, kw) -> {
            Args.count(t, "rfind", a, kw, 1, 3);
            return PyInt.of(t.ts, StrMethods.find(s(self), ((PyStr) self).hasSurrogates(),
                    needStr(t, a[0], "must be str"), optIndex(t, a, 1), optIndex(t, a, 2), false));
        });
        m.put("index", (t, self, a, kw) -> {
            Args.count(t, "index", a, kw, 1, 3);
            int r = StrMethods.find(s(self), ((PyStr) self).hasSurrogates(), needStr(t, a[0], "must be str"),
                    optIndex(t, a, 1), optIndex(t, a, 2), true);
            if (r < 0) {
                throw Errors.valueError(t, "substring not found");
            }
            return PyInt.of(t.ts, r);
        });
        m.put("rindex", (t, self, a, kw) -> {
            Args.count(t, "rindex", a, kw, 1, 3);
            int r = StrMethods.find(s(self), ((PyStr) self).hasSurrogates(), needStr(t, a[0], "must be str"),
                    optIndex(t, a, 1), optIndex(t, a, 2), false);
            if (r < 0) {
                throw Errors.valueError(t, "substring not found");
            }
            return PyInt.of(t.ts, r);
        });
        m.put("count", (t, self, a, kw) -> {
            Args.count(t, "count", a, kw, 1, 3);
            return PyInt.of(t.ts, StrMethods.count(s(self), needStr(t, a[0], "must be str"), optIndex(t, a, 1),
                    optIndex(t, a, 2)));
        });
        m.put("isdigit", (t, self, a, kw) -> PyBool.of(StrMethods.isdigit(s(self))));
        m.put("isascii", (t, self, a, kw) -> PyBool.of(StrMethods.isascii(s(self))));
        m.put("isalpha", (t, self, a, kw) -> PyBool.of(StrMethods.isalpha(s(self))));
        m.put("isalnum", (t, self, a, kw) -> PyBool.of(StrMethods.isalnum(s(self))));
        m.put("isspace", (t, self, a, kw) -> PyBool.of(StrMethods.isspace(s(self))));
        m.put("isprintable", (t, self, a, kw) -> {
            Args.count(t, "str.isprintable", a, kw, 0, 0);
            return PyBool.of(StrMethods.isprintable(s(self)));
        });
        m.put("translate", (t, self, a, kw) -> {
            Args.count(t, "str.translate", a, kw, 1, 1);
            return str(t, translate(t, s(self), a[0]));
        });
        m.put("isupper", (t, self, a, kw) -> PyBool.of(StrMethods.isupper(s(self))));
        m.put("islower", (t, self, a, kw) -> PyBool.of(StrMethods.islower(s(self))));
        m.put("isdecimal", (t, self, a, kw) -> PyBool.of(StrMethods.isdecimal(s(self))));
        m.put("isnumeric", (t, self, a, kw) -> PyBool.of(StrMethods.isnumeric(s(self))));
        m.put("istitle", (t, self, a, kw) -> PyBool.of(StrMethods.istitle(s(self))));
        m.put("isidentifier", (t, self, a, kw) -> PyBool.of(Strs.isIdentifier(s(self))));
        m.put("center", (t, self, a, kw) -> pad(t, self, a, kw, 'c'));
        m.put("ljust", (t, self, a, kw) -> pad(t, self, a, kw, 'l'));
        m.put("rjust", (t, self, a, kw) -> pad(t, self, a, kw, 'r'));
        m.put("zfill", (t, self, a, kw) -> {
            Args.count(t, "zfill", a, kw, 1, 1);
            return str(t, StrMethods.zfill(s(self), (int) Args.toLong(t, a[0], "zfill")));
        });
        m.put("expandtabs", (t, self, a, kw) -> {
            Args.onlyKw(t, "expandtabs", kw, "tabsize");
            if (a.length > 1) { // Argument Clinic's words for a method
                throw Errors.typeError(t, "expandtabs() takes at most 1 argument (" + a.length + " given)");
            }
            return str(t, StrMethods.expandtabs(s(self), a.length > 0 ? (int) Args.toLong(t, a[0], "tabsize") : 8));
        });
        m.put("partition", (t, self, a, kw) -> parts(t, StrMethods.partition(s(self),
                needStr(t, a[0], "must be str"))));
        m.put("rpartition", (t, self, a, kw) -> parts(t, StrMethods.rpartition(s(self),
                needStr(t, a[0], "must be str"))));
        m.put("format", (t, self, a, kw) -> str(t, StrFormat.format(t, s(self), a, kw)));
        m.put("format_map", (t, self, a, kw) -> {
            Args.noKw(t, "format_map", kw);
            Args.count(t, "format_map", a, kw, 1, 1);
            return str(t, StrFormat.formatMap(t, s(self), a[0]));
        });
        m.put("removeprefix", (t, self, a, kw) -> {
            String p = needStr(t, a[0], "removeprefix() argument must be str");
            return str(t, s(self).startsWith(p) ? s(self).substring(p.length()) : s(self));
        });
        m.put("removesuffix", (t, self, a, kw) -> {
            String p = needStr(t, a[0], "removesuffix() argument must be str");
            return str(t, s(self).endsWith(p) && !p.isEmpty() ? s(self).substring(0, s(self).length() - p.length())
                    : s(self));
        });
        // encode: BytesMethods.install
    }

    /** The largest set whose pop follows CPython's order ({@link #firstInCPythonOrder}). */
    private static final int POP_ORDER_LIMIT = 256;

    /**
     * Removes and answers the first element of a set of numbers in CPython's order ({@link SetOrder}); null when the
     * order does not apply (then pop takes the last inserted). Another thread's concurrent removal makes it retry.
     */
    private static PyObject firstInCPythonOrder(PyThread t, PySet s) {
        // Each call replays the table (O(n)): popping a large set empty would be quadratic, so past this size pop
        // takes the last inserted, as for other values (CPython's order is kept where programs print pops).
        if (s.items().size() > POP_ORDER_LIMIT || !s.firstIsNumber(t.ts)) {
            return null;
        }
        while (true) {
            PyObject[] keys = PySet.keys(t, s);
            try {
                PyObject[] ordered = s.cpythonOrder(t, keys);
                if (ordered == keys || ordered.length == 0) {
                    return null;
                }
                PyObject v = Ops.popOrNull(t.ts, s.items(), ordered[0]);
                if (v != null) {
                    RefCount.decref(t.ts, v);
                    return RefCount.newRef(t.ts, ordered[0]);
                }
            } finally {
                PySet.release(t.ts, keys);
            }
        }
    }

    private static PyObject parts(PyThread t, String[] p) {
        return PyTuple.stealing(t.ts, PyStr.of(t.ts, p[0]), PyStr.of(t.ts, p[1]), PyStr.of(t.ts, p[2]));
    }

    private static PyObject pad(PyThread t, PyObject self, PyObject[] a, String[] kw, char how) {
        String fname = how == 'c' ? "center" : how == 'l' ? "ljust" : "rjust";
        Args.count(t, fname, a, kw, 1, 2);
        int w = (int) Args.toLong(t, a[0], fname);
        String fill = " ";
        if (a.length > 1) {
            if (!(a[1] instanceof PyStr) || ((PyStr) a[1]).value().codePointCount(0, ((PyStr) a[1]).value().length())
                    != 1) {
                throw Errors.typeError(t, "The fill character must be exactly one character long");
            }
            fill = ((PyStr) a[1]).value();
        }
        String v = s(self);
        String r = how == 'c' ? StrMethods.center(v, w, fill) : how == 'l' ? StrMethods.ljust(v, w, fill)
                : StrMethods.rjust(v, w, fill);
        return str(t, r);
    }

    private static PyObject affix(PyThread t, PyObject self, PyObject[] a, String[] kw, boolean start) {
        String fname = start ? "startswith" : "endswith";
        Args.count(t, fname, a, kw, 1, 3);
        Long from = optIndex(t, a, 1);
        Long to = optIndex(t, a, 2);
        if (a[0] instanceof PyTuple) {
            PyTuple tu = (PyTuple) a[0];
            for (int i = 0; i < tu.size(); i++) {
                String p = needStr(t, tu.getItemBorrowed(i), "tuple for " + fname + " must only contain str");
                if (start ? StrMethods.startswith(s(self), p, from, to) : StrMethods.endswith(s(self), p, from, to)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
        if (!(a[0] instanceof PyStr)) {
            throw Errors.typeError(t, fname + " first arg must be str or a tuple of str, not " + a[0].type().name());
        }
        String p = ((PyStr) a[0]).value();
        return PyBool.of(start ? StrMethods.startswith(s(self), p, from, to) : StrMethods.endswith(s(self), p, from, to));
    }

    private static void tuple(Map<String, PyBuiltin.MethodImpl> m) {
        m.put("index", (t, self, a, kw) -> {
            Args.count(t, "index", a, kw, 1, 3);
            PyTuple tu = (PyTuple) self;
            int n = tu.size();
            String slice = "slice indices must be integers or have an __index__ method";
            long from = a.length > 1 ? Ops.index(t, a[1], slice) : 0; // start and stop as a slice's: clamped
            long to = a.length > 2 ? Ops.index(t, a[2], slice) : n;
            from = from < 0 ? Math.max(0, from + n) : from;
            to = to < 0 ? Math.max(0, to + n) : Math.min(to, n);
            for (int i = (int) Math.min(from, n); i < to; i++) {
                if (Ops.compareBool(t, tu.getItemBorrowed(i), a[0], CompareOp.EQ)) {
                    return PyInt.of(t.ts, i);
                }
            }
            throw Errors.valueError(t, "tuple.index(x): x not in tuple");
        });
        m.put("count", (t, self, a, kw) -> {
            Args.count(t, "count", a, kw, 1, 1);
            PyTuple tu = (PyTuple) self;
            int c = 0;
            for (int i = 0; i < tu.size(); i++) {
                if (Ops.compareBool(t, tu.getItemBorrowed(i), a[0], CompareOp.EQ)) {
                    c++;
                }
            }
            return PyInt.of(t.ts, c);
        });
    }

    private static PySet set(PyObject self) {
        return (PySet) self;
    }

    private static PySet asSet(PyThread t, PyObject o) {
        return o instanceof PySet ? (PySet) RefCount.newRef(t.ts, o) : PySet.of(t, o);
    }

    /** frozenset's methods: set's that do not change it; copy() is the frozenset itself. */
    private static void frozenset(Map<String, PyBuiltin.MethodImpl> set, Map<String, PyBuiltin.MethodImpl> m) {
        for (String name : new String[] {"union", "intersection", "difference", "symmetric_difference", "issubset",
            "issuperset", "isdisjoint"}) {
            m.put(name, set.get(name));
        }
        m.put("copy", (t, self, a, kw) -> {
            Args.count(t, "frozenset.copy", a, kw, 0, 0);
            return RefCount.newRef(t.ts, self);
        });
    }

    /** A set argument of {@code in}, {@code remove} and {@code discard} is looked up as frozenset(arg), as CPython. */
    static PyObject lookupKey(PyThread t, PyObject o) {
        PyObject v = BuiltinBase.operand(o); // a set subclass's instance too, unless its class makes it hashable
        return v instanceof PySet && !((PySet) v).frozen && !hashableSetSubclass(t, o) ? PySet.frozenOf(t, v)
                : RefCount.newRef(t.ts, o);
    }

    /**
     * Whether {@code o} is an instance of a set subclass that defines {@code __hash__}: CPython looks a set up as
     * {@code frozenset(o)} only when hashing it failed, so such an instance is its own key (bug #1257731).
     */
    static boolean hashableSetSubclass(PyThread t, PyObject o) {
        if (!(o instanceof PyInstance)) {
            return false;
        }
        PyObject h = ((PyInstance) o).cls().lookup(t, "__hash__");
        RefCount.xdecref(t.ts, h);
        return h != null && h != PyNone.NONE;
    }

    private static void set(Map<String, PyBuiltin.MethodImpl> m) {
        m.put("add", (t, self, a, kw) -> {
            Args.count(t, "set.add", a, kw, 1, 1);
            set(self).add(t.ts, a[0]);
            return PyNone.NONE;
        });
        m.put("remove", (t, self, a, kw) -> {
            Args.count(t, "set.remove", a, kw, 1, 1);
            PyObject key = lookupKey(t, a[0]); // a set argument is looked up as frozenset(arg), as in CPython
            PyObject v;
            try {
                v = Ops.popOrNull(t.ts, set(self).items(), key);
            } finally {
                RefCount.decref(t.ts, key);
            }
            if (v == null) {
                throw Errors.raiseWith(t, "KeyError", a[0]);
            }
            RefCount.decref(t.ts, v);
            return PyNone.NONE;
        });
        m.put("discard", (t, self, a, kw) -> {
            Args.count(t, "set.discard", a, kw, 1, 1);
            PyObject key = lookupKey(t, a[0]);
            PyObject v;
            try {
                v = Ops.popOrNull(t.ts, set(self).items(), key);
            } finally {
                RefCount.decref(t.ts, key);
            }
            if (v != null) {
                RefCount.decref(t.ts, v);
            }
            return PyNone.NONE;
        });
        m.put("pop", (t, self, a, kw) -> {
            if (set(self).items().size() == 0) {
                throw Errors.raise(t, "KeyError", "pop from an empty set");
            }
            PyObject first = firstInCPythonOrder(t, set(self)); // numbers: the first in CPython's order, as its pop
            if (first != null) {
                return first;
            }
            PyTuple kv = set(self).items().popItem(t.ts);
            try {
                return RefCount.newRef(t.ts, kv.getItemBorrowed(0));
            } finally {
                RefCount.decref(t.ts, kv);
            }
        });
        m.put("clear", (t, self, a, kw) -> {
            set(self).items().clear(t.ts);
            return PyNone.NONE;
        });
        m.put("copy", (t, self, a, kw) -> PySet.of(t, self));
        String[][] updates = {{"update", "OR"}, {"intersection_update", "AND"}, {"difference_update", "SUB"},
            {"symmetric_difference_update", "XOR"}};
        for (String[] op : updates) {
            Arith.Op aop = Arith.Op.valueOf(op[1]);
            String fname = "set." + op[0];
            boolean one = aop == Arith.Op.XOR; // CPython: symmetric_difference_update takes exactly one argument
            m.put(op[0], (t, self, a, kw) -> {
                Args.noKw(t, fname, kw);
                if (one) {
                    Args.count(t, fname, a, kw, 1, 1);
                }
                for (PyObject o : a) {
                    PySet other = asSet(t, o);
                    try {
                        set(self).inplace(t, aop, other);
                    } finally {
                        RefCount.decref(t.ts, other);
                    }
                }
                return PyNone.NONE;
            });
        }
        String[][] ops = {{"union", "OR"}, {"intersection", "AND"}, {"difference", "SUB"},
            {"symmetric_difference", "XOR"}};
        for (String[] op : ops) {
            Arith.Op aop = Arith.Op.valueOf(op[1]);
            String fname = "set." + op[0];
            boolean one = aop == Arith.Op.XOR; // CPython: symmetric_difference takes exactly one argument
            m.put(op[0], (t, self, a, kw) -> {
                Args.noKw(t, fname, kw);
                if (one) {
                    Args.count(t, fname, a, kw, 1, 1);
                }
                PyObject acc = RefCount.newRef(t.ts, self);
                try {
                    for (PyObject o : a) {
                        PySet other = asSet(t, o);
                        try {
                            PyObject r = set(acc).binary(t, aop, other);
                            RefCount.decref(t.ts, acc);
                            acc = r;
                        } finally {
                            RefCount.decref(t.ts, other);
                        }
                    }
                } catch (RuntimeException e) { // {1}.union(None): the result so far is dropped, never leaked
                    RefCount.decref(t.ts, acc);
                    throw e;
                }
                if (acc == self) { // no argument: a new set of the base type, for a frozenset too (CPython's set_copy)
                    RefCount.decref(t.ts, acc);
                    return PySet.of(t, self, set(self).frozen);
                }
                return acc;
            });
        }
        m.put("issubset", (t, self, a, kw) -> {
            PySet other = asSet(t, a[0]);
            try {
                return PyBool.of(PySet.isSubset(t, set(self), other));
            } finally {
                RefCount.decref(t.ts, other);
            }
        });
        m.put("issuperset", (t, self, a, kw) -> {
            PySet other = asSet(t, a[0]);
            try {
                return PyBool.of(PySet.isSubset(t, other, set(self)));
            } finally {
                RefCount.decref(t.ts, other);
            }
        });
        m.put("isdisjoint", (t, self, a, kw) -> {
            if (!(a[0] instanceof PySet)) { // CPython's: the other iterated, each item looked up here, no set made
                PySet mine = set(self); // its own lookup: a set item is unhashable here, as in CPython's
                return PyBool.of(Ops.noneIn(t, a[0], x -> mine.items().contains(t.ts, x)));
            }
            PySet other = asSet(t, a[0]);
            PyObject[] ks = PySet.keys(t, set(self));
            try {
                for (PyObject k : ks) {
                    if (other.items().contains(t.ts, k)) {
                        return PyBool.FALSE;
                    }
                }
                return PyBool.TRUE;
            } finally {
                PySet.release(t.ts, ks);
                RefCount.decref(t.ts, other);
            }
        });
    }

    /**
     * CPython's {@code dict_update_arg}: a dict merges directly; anything else as a mapping with {@code keys()} or
     * an iterable of pairs. Shared by {@code dict.update} and {@code d |= other} (which takes any such argument).
     */
    static void updateDict(PyThread t, PyDict self, PyObject arg) {
        if (arg instanceof PyDict || arg instanceof PyInstance && hasKeys(t, arg)) {
            Exprs.mergeMapping(t, self, arg); // PyDict_Merge: arg[k] for each k of arg.keys()
            return;
        }
        try (Ops.PairIterator pairs = Ops.pairsIterator(t, arg)) {
            self.update(t.ts, pairs);
        }
    }

    /** Whether {@code o} has a {@code keys} attribute (CPython's test for a mapping in dict_update_arg). */
    private static boolean hasKeys(PyThread t, PyObject o) {
        PyObject keys = Ops.getAttrOrNull(t, o, t.interp.str("keys"));
        if (keys == null) {
            return false;
        }
        RefCount.decref(t.ts, keys);
        return true;
    }

}
