// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.list.PyList;
import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyNotImplemented;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.refcount.RefCount;
import dev.freethread.objects.PyType;

import java.util.Map;

/**
 * The special methods of the built-in types as attributes ({@code d.__getitem__}, {@code (1).__add__(2)},
 * {@code list.__len__}), what CPython's slot wrappers give: each calls the type's own slot, not the whole operator
 * protocol. So a binary method of a number returns NotImplemented for an operand its type does not handle
 * ({@code (1).__add__(2.0)}, {@code (1).__eq__('a')}) instead of trying the other operand's reflected method, and
 * {@code __eq__} and the other comparisons are the type's {@code richCompare}. Registered in the interpreter's
 * method tables (found through the type's MRO, so {@code object}'s serve every built-in type), never over a method
 * that a table already has.
 */
final class BuiltinDunders {
    private BuiltinDunders() {
    }

    /**
     * object's comparisons for an instance of a class of ours: == is identity (else NotImplemented), != inverts the
     * class's == (CPython's object.__ne__), the orderings are NotImplemented. A class that names them
     * ({@code __ne__ = object.__ne__}) gets these, never its own again.
     */
    private static PyObject objectCompare(PyThread t, PyObject self, PyObject other, CompareOp op) {
        switch (op) {
            case EQ:
                return self == other ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
            case NE: {
                PyObject eq = ((PyInstance) self).cls().lookup(t, "__eq__");
                if (eq == null) {
                    return self == other ? PyBool.FALSE : PyNotImplemented.NOT_IMPLEMENTED;
                }
                PyObject r;
                try {
                    r = Ops.callMethod(t, eq, self, new PyObject[] {other}, null);
                } finally {
                    RefCount.decref(t.ts, eq);
                }
                if (r == PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
                try {
                    return PyBool.of(!Ops.truth(t, r));
                } finally {
                    RefCount.decref(t.ts, r);
                }
            }
            default:
                return PyNotImplemented.NOT_IMPLEMENTED;
        }
    }

    private static final PyType[] SIZED = {PyList.TYPE, PyTuple.TYPE, PyStr.TYPE, PyDict.TYPE, PySet.TYPE,
        PySet.FROZEN, PyRange.TYPE, PyBytes.TYPE, PyByteArray.TYPE};
    private static final PyType[] SUBSCRIPTABLE = {PyList.TYPE, PyTuple.TYPE, PyStr.TYPE, PyDict.TYPE, PyRange.TYPE,
        PyBytes.TYPE, PyByteArray.TYPE};

    private static PyStr attrName(PyThread t, PyObject o) {
        o = BuiltinBase.operand(o); // a str subclass's instance names the attribute by its value
        if (!(o instanceof PyStr)) {
            throw Errors.typeError(t, "attribute name must be string, not '" + Ops.typeName(o) + "'");
        }
        return (PyStr) o;
    }

    /**
     * A sequence's {@code __mul__}/{@code __rmul__}: an int, or an object with {@code __index__}, is the count (the
     * slot wrapper converts with {@code __index__}, as sq_repeat takes a Py_ssize_t); anything else, CPython's
     * TypeError.
     */
    private static PyObject repeat(PyThread t, PyObject self, PyObject[] a, String[] kw) {
        one(t, "__mul__", a, kw);
        if (a[0] instanceof PyInt) {
            return Arith.binary(t, Arith.Op.MUL, self, a[0]);
        }
        PyInt n = PyInt.of(t.ts, Ops.index(t, a[0], "'%s' object cannot be interpreted as an integer"));
        try {
            return Arith.binary(t, Arith.Op.MUL, self, n);
        } finally {
            dev.freethread.refcount.RefCount.decref(t.ts, n);
        }
    }

    /** {@code copyreg.<function>(args...)}: the object methods written in Python. */
    private static PyObject callCopyreg(PyThread t, String function, PyObject... args) {
        PyObject m = Modules.importModule(t, "copyreg");
        try {
            return Ops.callAttr(t, m, t.interp.str(function), args, null);
        } finally {
            dev.freethread.refcount.RefCount.decref(t.ts, m);
        }
    }

    /**
     * The iterator types of the toolkit's list and dict (list_iterator, list_reverseiterator, the dict and view
     * iterators), which are private to their modules: read off iterators made over an empty list and dict.
     */
    private static java.util.List<PyType> toolkitIteratorTypes(Interp ip) {
        PyThread t = ip.main;
        dev.freethread.objects.ThreadState ts = t.ts;
        java.util.List<PyType> out = new java.util.ArrayList<>();
        PyList l = PyList.create(ts);
        PyDict d = PyDict.create(ts);
        java.util.List<PyObject> sources = new java.util.ArrayList<>(java.util.List.of(l, d));
        sources.add(d.keys(ts));
        sources.add(d.values(ts));
        sources.add(d.items(ts));
        PyObject reversed = Ops.getOrNull(ts, ip.builtins, ip.str("reversed"));
        try {
            for (PyObject src : sources) {
                PyObject it = Ops.iter(t, src);
                out.add(it.type());
                RefCount.decref(ts, it);
                PyObject rev = Ops.call(t, reversed, new PyObject[] {src}, null);
                out.add(rev.type());
                RefCount.decref(ts, rev);
            }
        } finally {
            RefCount.xdecref(ts, reversed);
            for (int i = 2; i < sources.size(); i++) {
                RefCount.decref(ts, sources.get(i));
            }
            RefCount.decref(ts, l);
            RefCount.decref(ts, d);
        }
        return out;
    }

    /** dict_keys, dict_values and dict_items: their slots as methods, and {@code isdisjoint} (keys and items). */
    private static void installViewMethods(Interp ip) {
        dev.freethread.objects.ThreadState ts = ip.main.ts;
        PyDict d = PyDict.create(ts);
        PyObject[] views = {d.keys(ts), d.values(ts), d.items(ts)};
        try {
            for (PyObject v : views) {
                Map<String, PyBuiltin.MethodImpl> m = Builtins.table(ip, v.type());
                m.putIfAbsent("__iter__", (t, self, a, kw) -> {
                    none(t, self, "__iter__", a, kw);
                    return Ops.iter(t, self);
                });
                m.putIfAbsent("__len__", (t, self, a, kw) -> {
                    none(t, self, "__len__", a, kw);
                    return PyInt.of(t.ts, Ops.len(t, self));
                });
                if (v != views[1]) { // values views are not set-like
                    m.putIfAbsent("__contains__", (t, self, a, kw) -> {
                        one(t, "__contains__", a, kw);
                        return PyBool.of(Ops.contains(t, self, a[0]));
                    });
                    m.putIfAbsent("isdisjoint", (t, self, a, kw) -> {
                        one(t, "isdisjoint", a, kw);
                        return PyBool.of(Ops.noneIn(t, a[0], x -> Ops.contains(t, self, x)));
                    });
                }
            }
        } finally {
            for (PyObject v : views) {
                RefCount.decref(ts, v);
            }
            RefCount.decref(ts, d);
        }
    }

    /** {@code builtins.name(*args)} (a new reference). */
    private static PyObject callBuiltin(PyThread t, String name, PyObject... args) {
        PyObject f = Ops.getOrNull(t.ts, t.interp.builtins, t.interp.str(name));
        try {
            return Ops.call(t, f, args, null);
        } finally {
            RefCount.xdecref(t.ts, f);
        }
    }

    /** {@code math.name(x)} (a new reference). */
    private static PyObject callMath(PyThread t, String name, PyObject x) {
        PyObject m = Modules.importModule(t, "math");
        try {
            return Ops.callAttr(t, m, t.interp.str(name), new PyObject[] {x}, null);
        } finally {
            RefCount.decref(t.ts, m);
        }
    }

    /**
     * The numeric protocol's methods CPython's int, float, complex, NoneType and the containers carry and ftpython
     * answered through syntax only: {@code (5).__round__()}, {@code (2.5).__floor__()}, {@code (7).__divmod__(2)},
     * {@code (3+4j).__abs__()}, {@code [].__reversed__()}, {@code frozenset[str]}.
     */
    private static void installNumberDunders(Interp ip) {
        for (PyType ty : new PyType[] {PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE}) {
            Map<String, PyBuiltin.MethodImpl> m = Builtins.table(ip, ty);
            for (String f : new String[] {"floor", "ceil", "trunc"}) {
                m.putIfAbsent("__" + f + "__", (t, self, a, kw) -> {
                    none(t, self, "__" + f + "__", a, kw);
                    return callMath(t, f, self);
                });
            }
            m.putIfAbsent("__round__", (t, self, a, kw) -> {
                Args.count(t, "__round__", a, kw, 0, 1);
                return a.length == 0 ? callBuiltin(t, "round", self) : callBuiltin(t, "round", self, a[0]);
            });
            m.putIfAbsent("__divmod__", (t, self, a, kw) -> {
                one(t, "__divmod__", a, kw);
                return callBuiltin(t, "divmod", self, a[0]);
            });
            m.putIfAbsent("__rdivmod__", (t, self, a, kw) -> {
                one(t, "__rdivmod__", a, kw);
                return callBuiltin(t, "divmod", a[0], self);
            });
            m.putIfAbsent("__getnewargs__", (t, self, a, kw) -> {
                none(t, self, "__getnewargs__", a, kw);
                PyObject v = Ops.call(t, ty == PyBool.TYPE ? PyInt.TYPE : ty, new PyObject[] {self}, null);
                return PyTuple.stealing(t.ts, v);
            });
        }
        for (PyType ty : new PyType[] {PyStr.TYPE, PyTuple.TYPE, PyBytes.TYPE}) {
            // (a plain copy,): what copy and pickle pass to __new__ for a subclass's instance, as CPython's
            Builtins.table(ip, ty).putIfAbsent("__getnewargs__", (t, self, a, kw) -> {
                none(t, self, "__getnewargs__", a, kw);
                PyObject v = Ops.call(t, ty, new PyObject[] {BuiltinBase.operand(self)}, null);
                return PyTuple.stealing(t.ts, v);
            });
        }
        Map<String, PyBuiltin.MethodImpl> complex = Builtins.table(ip, PyComplex.TYPE);
        complex.putIfAbsent("__getnewargs__", (t, self, a, kw) -> { // (real, imag), as CPython's
            none(t, self, "__getnewargs__", a, kw);
            PyComplex c = (PyComplex) self;
            return PyTuple.stealing(t.ts, new PyFloat(t.ts, c.real), new PyFloat(t.ts, c.imag));
        });
        for (Arith.Op op : new Arith.Op[] {Arith.Op.ADD, Arith.Op.SUB, Arith.Op.MUL, Arith.Op.TRUEDIV, Arith.Op.POW}) {
            complex.putIfAbsent(op.dunder, (t, self, a, kw) -> {
                Args.count(t, op.dunder, a, kw, 1, op == Arith.Op.POW ? 2 : 1);
                return Arith.binary(t, op, self, a[0]);
            });
            complex.putIfAbsent(op.rdunder, (t, self, a, kw) -> {
                one(t, op.rdunder, a, kw);
                return Arith.binary(t, op, a[0], self);
            });
        }
        complex.putIfAbsent("__abs__", (t, self, a, kw) -> {
            none(t, self, "__abs__", a, kw);
            return Arith.abs(t, self);
        });
        complex.putIfAbsent("__neg__", (t, self, a, kw) -> {
            none(t, self, "__neg__", a, kw);
            return Arith.negate(t, self);
        });
        complex.putIfAbsent("__pos__", (t, self, a, kw) -> {
            none(t, self, "__pos__", a, kw);
            return RefCount.newRef(t.ts, self);
        });
        complex.putIfAbsent("__bool__", (t, self, a, kw) -> {
            none(t, self, "__bool__", a, kw);
            return PyBool.of(Ops.truth(t, self));
        });
        Builtins.table(ip, PyNone.NONE.type()).putIfAbsent("__bool__", (t, self, a, kw) -> {
            none(t, self, "__bool__", a, kw);
            return PyBool.FALSE;
        });
        Builtins.table(ip, PyByteArray.TYPE).putIfAbsent("__reduce_ex__", (t, self, a, kw) -> {
            one(t, "__reduce_ex__", a, kw);
            return byteArrayReduce(t, self, (PyByteArray) self, Args.toLong(t, a[0], "__reduce_ex__"));
        });
        Builtins.table(ip, PyByteArray.TYPE).putIfAbsent("__reduce__", (t, self, a, kw) -> {
            none(t, self, "__reduce__", a, kw);
            return byteArrayReduce(t, self, (PyByteArray) self, 2);
        });
        for (PyType ty : new PyType[] {PyBytes.TYPE, PyByteArray.TYPE}) {
            Builtins.table(ip, ty).putIfAbsent("expandtabs", (t, self, a, kw) -> {
                Args.onlyKw(t, "expandtabs", kw, "tabsize");
                Args.count(t, "expandtabs", a, kw, 0, 1);
                PyObject ts = a.length > 0 ? a[0] : null;
                long size = ts == null ? 8 : Ops.index(t, ts, "'%s' object cannot be interpreted as an integer");
                byte[] in = BytesMethods.bytesLike(t, self, null);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(in.length);
                long col = 0;
                for (byte b : in) { // CPython's: a tab pads to the next multiple of tabsize; \n and \r restart
                    if (b == '\t') {
                        if (size > 0) {
                            long pad = size - col % size;
                            for (long i = 0; i < pad; i++) {
                                out.write(' ');
                            }
                            col += pad;
                        }
                    } else {
                        out.write(b);
                        col = b == '\n' || b == '\r' ? 0 : col + 1;
                    }
                }
                PyObject r = PyBytes.of(t.ts, out.toByteArray());
                if (ty == PyBytes.TYPE) {
                    return r;
                }
                try {
                    return Ops.call(t, PyByteArray.TYPE, new PyObject[] {r}, null);
                } finally {
                    RefCount.decref(t.ts, r);
                }
            });
        }
        for (PyType ty : new PyType[] {PyList.TYPE, PyDict.TYPE, PyRange.TYPE}) {
            Builtins.table(ip, ty).putIfAbsent("__reversed__", (t, self, a, kw) -> {
                none(t, self, "__reversed__", a, kw);
                return callBuiltin(t, "reversed", self);
            });
        }
    }

    /**
     * CPython's {@code bytearray.__reduce_ex__}: {@code (type(self), args, self.__dict__ or None)}, where args is
     * {@code (bytes,)} from protocol 3 and {@code (latin-1 str, 'latin-1')} before (protocol 2 has no bytes).
     * {@code self} is the instance (of a subclass, whose class and attributes are kept), {@code value} its bytes.
     */
    static PyObject byteArrayReduce(PyThread t, PyObject self, PyByteArray value, long proto) {
        dev.freethread.objects.ThreadState ts = t.ts;
        byte[] b = value.snapshot();
        PyObject args = proto < 3
                ? PyTuple.stealing(ts, PyStr.of(ts, new String(b, java.nio.charset.StandardCharsets.ISO_8859_1)),
                        PyStr.of(ts, "latin-1"))
                : PyTuple.stealing(ts, PyBytes.of(ts, b));
        PyObject state = self instanceof PyInstance && ((PyInstance) self).dict != null
                && ((PyInstance) self).dict.size() > 0 ? ((PyInstance) self).dictAttribute(ts)
                : RefCount.newRef(ts, PyNone.NONE);
        return PyTuple.stealing(ts, RefCount.newRef(ts, Ops.pythonType(self)), args, state);
    }

    static void install(Interp ip) {
        Map<String, PyBuiltin.MethodImpl> object = Builtins.table(ip, PyType.OBJECT);
        for (CompareOp op : CompareOp.values()) {
            object.putIfAbsent(op.dunder(), (t, self, a, kw) -> {
                one(t, op.dunder(), a, kw);
                if (self instanceof PyInstance && ((PyInstance) self).base() == null) {
                    return objectCompare(t, self, a[0], op); // object's own, whatever the class overrides
                }
                return self.richCompare(t.ts, a[0], op);
            });
        }
        object.putIfAbsent("__repr__", (t, self, a, kw) -> {
            none(t, self, "__repr__", a, kw);
            if (self instanceof PyInstance && !(self instanceof PyBaseExc) && ((PyInstance) self).base() == null) {
                // object's own repr, not the class's override (object.__repr__(self) in a custom __repr__)
                return PyStr.of(t.ts, "<" + ((PyInstance) self).cls().moduleQualName() + " object at 0x"
                        + Long.toHexString(Ops.id(t, self)) + ">");
            }
            return PyStr.of(t.ts, Ops.reprString(t, self));
        });
        object.putIfAbsent("__str__", (t, self, a, kw) -> {
            none(t, self, "__str__", a, kw);
            // object.__str__ is repr(self): a class that names it as its __str__ (__str__ = object.__str__) or an
            // exception's, would otherwise find it again through str()
            if (self instanceof PyInstance || self instanceof PyBaseExc) {
                return PyStr.of(t.ts, Ops.reprString(t, self));
            }
            return PyStr.of(t.ts, Ops.strString(t, self));
        });
        object.putIfAbsent("__hash__", (t, self, a, kw) -> {
            none(t, self, "__hash__", a, kw);
            if (self instanceof PyInstance && ((PyInstance) self).base() == null) { // the identity hash, not an override
                long h = System.identityHashCode(self); // as PyObject.pyHash, which hash() of such an instance answers
                return PyInt.of(t.ts, h == -1 ? -2 : h);
            }
            return PyInt.of(t.ts, Ops.hash(t, self));
        });
        object.putIfAbsent("__new__", (t, self, a, kw) -> { // object.__new__(cls), BaseException.__new__(cls, *args)
            if (a.length > 0) {
                Builtins.objectNewExcessArgs(t, self);
            }
            return Builtins.newObject(t, self, a, 0, Args.npos(a, kw));
        });
        object.putIfAbsent("__init_subclass__", (t, self, a, kw) -> { // object's: takes nothing, does nothing
            if (kw != null && kw.length > 0) {
                throw Errors.typeError(t, (self instanceof PyType ? ((PyType) self).name() : Ops.typeName(self))
                        + ".__init_subclass__() takes no keyword arguments");
            }
            return PyNone.NONE;
        });
        object.putIfAbsent("__getattribute__", (t, self, a, kw) -> { // the generic read, without the class's hooks
            Args.noKw(t, "__getattribute__", kw);
            Args.count(t, "__getattribute__", a, kw, 1, 1);
            return Ops.genericGetAttr(t, self, attrName(t, a[0]));
        });
        object.putIfAbsent("__setattr__", (t, self, a, kw) -> {
            Args.noKw(t, "__setattr__", kw);
            Args.count(t, "__setattr__", a, kw, 2, 2);
            if (self instanceof PyType) { // CPython's hackcheck (Carlo Verre's hack): a class's setattr is type's
                throw Errors.typeError(t, "can't apply this __setattr__ to type object");
            }
            Ops.setAttrGeneric(t, self, attrName(t, a[0]), a[1]);
            return PyNone.NONE;
        });
        object.putIfAbsent("__delattr__", (t, self, a, kw) -> {
            Args.noKw(t, "__delattr__", kw);
            Args.count(t, "__delattr__", a, kw, 1, 1);
            if (self instanceof PyType) {
                throw Errors.typeError(t, "can't apply this __delattr__ to type object");
            }
            Ops.delAttrGeneric(t, self, attrName(t, a[0]));
            return PyNone.NONE;
        });
        object.putIfAbsent("__dir__", (t, self, a, kw) -> { // super().__dir__() in a class's own __dir__
            none(t, self, "__dir__", a, kw);
            return Builtins.defaultDir(t, self);
        });
        object.putIfAbsent("__sizeof__", (t, self, a, kw) -> {
            // sys.getsizeof's figure (CPython 3.13's sizes, Modules.approximateSize) less the collector's header
            // that getsizeof adds for a container; ftpython's objects are Java objects whose layout differs
            none(t, self, "__sizeof__", a, kw);
            long size = Modules.approximateSize(self);
            boolean tracked = self instanceof PyList || self instanceof PyDict || self instanceof PySet
                    || self instanceof PyInstance || self instanceof PyTuple && ((PyTuple) self).size() > 0;
            return PyInt.of(t.ts, tracked ? Math.max(0, size - 16) : size);
        });
        // the pickle and copy protocol's defaults, written in Python (copyreg), as CPython's object methods
        object.putIfAbsent("__reduce_ex__", (t, self, a, kw) -> {
            one(t, "__reduce_ex__", a, kw);
            if (self instanceof Iters.HoldingIter) { // a subclass instance's iterator pickles as the one it wraps
                PyObject[] held = ((Iters.HoldingIter) self).sourcesRef(t.ts);
                if (held != null) {
                    try {
                        PyBuiltin.MethodImpl own = t.interp.methods.getOrDefault(held[0].type(), Map.of())
                                .get("__reduce__");
                        if (own != null) {
                            return own.call(t, held[0], new PyObject[0], null);
                        }
                    } finally {
                        RefCount.decref(t.ts, held[0]);
                        RefCount.decref(t.ts, held[1]);
                    }
                }
            }
            if (!(self instanceof PyInstance)) { // a built-in type's own __reduce__ (an iterator's)
                PyBuiltin.MethodImpl own = t.interp.methods.getOrDefault(self.type(), Map.of()).get("__reduce__");
                if (own != null) {
                    return own.call(t, self, new PyObject[0], null);
                }
            }
            return callCopyreg(t, "_object_reduce_ex", self, a[0]);
        });
        object.putIfAbsent("__reduce__", (t, self, a, kw) -> {
            none(t, self, "__reduce__", a, kw);
            return callCopyreg(t, "_reduce_object", self, PyInt.of(t.ts, 0));
        });
        object.putIfAbsent("__getstate__", (t, self, a, kw) -> {
            none(t, self, "__getstate__", a, kw);
            return callCopyreg(t, "_object_getstate", self);
        });
        for (PyType ty : new PyType[] {PyInt.TYPE, PyFloat.TYPE, PyStr.TYPE, PyComplex.TYPE}) {
            Builtins.table(ip, ty).putIfAbsent("__format__", (t, self, a, kw) -> { // the type's own format spec
                one(t, "__format__", a, kw);
                return PyStr.of(t.ts, Builtins.formatValue(t, self, Args.str(t, a[0], "__format__", 1), false));
            });
        }
        object.putIfAbsent("__format__", (t, self, a, kw) -> { // object's own: str(self), and no spec at all
            one(t, "__format__", a, kw);
            String spec = Args.str(t, a[0], "__format__", 1);
            if (!spec.isEmpty()) {
                throw Errors.typeError(t, "unsupported format string passed to " + Ops.typeName(self)
                        + ".__format__");
            }
            return PyStr.of(t.ts, Ops.strString(t, self));
        });
        for (PyType ty : SIZED) {
            Map<String, PyBuiltin.MethodImpl> m = Builtins.table(ip, ty);
            m.putIfAbsent("__len__", (t, self, a, kw) -> {
                none(t, self, "__len__", a, kw);
                return PyInt.of(t.ts, Ops.len(t, self));
            });
            boolean methodO = ty == PyDict.TYPE || ty == PySet.TYPE; // a method, not a slot wrapper, in CPython
            m.putIfAbsent("__contains__", (t, self, a, kw) -> {
                one(t, self, "__contains__", methodO, a, kw);
                return PyBool.of(Ops.contains(t, self, a[0]));
            });
            m.putIfAbsent("__iter__", (t, self, a, kw) -> {
                none(t, self, "__iter__", a, kw);
                return Ops.iter(t, self);
            });
        }
        installViewMethods(ip);
        java.util.List<PyType> iterTypes = new java.util.ArrayList<>(java.util.List.of(Iters.types()));
        iterTypes.addAll(toolkitIteratorTypes(ip));
        for (PyType ty : iterTypes) { // what collections.abc.Iterator looks for, and iter(it) is it
            Map<String, PyBuiltin.MethodImpl> m = Builtins.table(ip, ty);
            m.putIfAbsent("__iter__", (t, self, a, kw) -> {
                none(t, self, "__iter__", a, kw);
                return RefCount.newRef(t.ts, self);
            });
            m.putIfAbsent("__next__", (t, self, a, kw) -> {
                none(t, self, "__next__", a, kw);
                PyObject v = Ops.next(t, self);
                if (v == null) {
                    throw Errors.raise(t, "StopIteration", null);
                }
                return v;
            });
        }
        installNumberDunders(ip);
        for (PyType ty : SUBSCRIPTABLE) {
            boolean methodO = ty == PyDict.TYPE || ty == PyList.TYPE;
            Builtins.table(ip, ty).putIfAbsent("__getitem__", (t, self, a, kw) -> {
                one(t, self, "__getitem__", methodO, a, kw);
                return Ops.getItem(t, self, a[0]);
            });
        }
        for (PyType ty : new PyType[] {PyBytes.TYPE, PyByteArray.TYPE}) { // any bytes-like operand, either type
            Map<String, PyBuiltin.MethodImpl> m = Builtins.table(ip, ty);
            m.putIfAbsent("__add__", (t, self, a, kw) -> {
                one(t, "__add__", a, kw);
                return Arith.binary(t, Arith.Op.ADD, self, a[0]);
            });
            m.putIfAbsent("__mul__", BuiltinDunders::repeat);
            m.putIfAbsent("__rmul__", BuiltinDunders::repeat);
        }
        Map<String, PyBuiltin.MethodImpl> bytearray = Builtins.table(ip, PyByteArray.TYPE);
        bytearray.putIfAbsent("__iadd__", (t, self, a, kw) -> {
            one(t, "__iadd__", a, kw);
            return Arith.inplace(t, Arith.Op.ADD, self, a[0]);
        });
        for (PyType ty : new PyType[] {PyList.TYPE, PyDict.TYPE, PyByteArray.TYPE}) {
            Map<String, PyBuiltin.MethodImpl> m = Builtins.table(ip, ty);
            m.putIfAbsent("__setitem__", (t, self, a, kw) -> {
                if (a.length != 2 || kw != null && kw.length > 0) {
                    throw Errors.typeError(t, " expected 2 arguments, got " + a.length); // CPython's, space included
                }
                Ops.setItem(t, self, a[0], a[1]);
                return PyNone.NONE;
            });
            m.putIfAbsent("__delitem__", (t, self, a, kw) -> {
                one(t, "__delitem__", a, kw);
                Ops.delItem(t, self, a[0]);
                return PyNone.NONE;
            });
        }
        // Sequences: concatenation takes the same type only (CPython's message otherwise), repetition an int.
        for (PyType ty : new PyType[] {PyList.TYPE, PyTuple.TYPE, PyStr.TYPE}) {
            Map<String, PyBuiltin.MethodImpl> m = Builtins.table(ip, ty);
            m.putIfAbsent("__add__", (t, self, a, kw) -> {
                one(t, "__add__", a, kw);
                if (a[0].type() != self.type()) {
                    throw Errors.typeError(t, "can only concatenate " + ty.name() + " (not \"" + a[0].type().name()
                            + "\") to " + ty.name());
                }
                return Arith.binary(t, Arith.Op.ADD, self, a[0]);
            });
            m.putIfAbsent("__mul__", BuiltinDunders::repeat);
            m.putIfAbsent("__rmul__", BuiltinDunders::repeat);
        }
        Builtins.table(ip, PyStr.TYPE).putIfAbsent("__mod__", (t, self, a, kw) -> {
            one(t, "__mod__", a, kw);
            return Arith.binary(t, Arith.Op.MOD, self, a[0]);
        });
        Map<String, PyBuiltin.MethodImpl> list = Builtins.table(ip, PyList.TYPE);
        list.putIfAbsent("__iadd__", (t, self, a, kw) -> {
            one(t, "__iadd__", a, kw);
            return Arith.inplace(t, Arith.Op.ADD, self, a[0]);
        });
        list.putIfAbsent("__imul__", (t, self, a, kw) -> {
            one(t, "__imul__", a, kw);
            return Arith.inplace(t, Arith.Op.MUL, self, a[0]);
        });
        Map<String, PyBuiltin.MethodImpl> dict = Builtins.table(ip, PyDict.TYPE);
        dict.putIfAbsent("__or__", sameType(PyDict.TYPE, Arith.Op.OR, false));
        dict.putIfAbsent("__ror__", sameType(PyDict.TYPE, Arith.Op.OR, true));
        dict.putIfAbsent("__ior__", (t, self, a, kw) -> {
            one(t, "__ior__", a, kw);
            return Arith.inplace(t, Arith.Op.OR, self, a[0]);
        });
        Map<String, PyBuiltin.MethodImpl> set = Builtins.table(ip, PySet.TYPE);
        for (Arith.Op op : new Arith.Op[] {Arith.Op.OR, Arith.Op.AND, Arith.Op.SUB, Arith.Op.XOR}) {
            set.putIfAbsent(op.dunder, sameType(PySet.TYPE, op, false));
            set.putIfAbsent(op.rdunder, sameType(PySet.TYPE, op, true));
            set.putIfAbsent(op.idunder, (t, self, a, kw) -> { // s |= other: sets only, NotImplemented otherwise
                one(t, op.idunder, a, kw);
                return a[0] instanceof PySet ? Arith.inplace(t, op, self, a[0]) : PyNotImplemented.NOT_IMPLEMENTED;
            });
        }
        Map<String, PyBuiltin.MethodImpl> frozen = Builtins.table(ip, PySet.FROZEN);
        for (Arith.Op op : new Arith.Op[] {Arith.Op.OR, Arith.Op.AND, Arith.Op.SUB, Arith.Op.XOR}) {
            frozen.putIfAbsent(op.dunder, sameType(PySet.TYPE, op, false));
            frozen.putIfAbsent(op.rdunder, sameType(PySet.TYPE, op, true));
        }
        frozen.putIfAbsent("__hash__", (t, self, a, kw) -> {
            none(t, self, "__hash__", a, kw);
            return PyInt.of(t.ts, Ops.hash(t, self));
        });
        numbers(ip);
    }

    /** int (bool inherits it) takes int operands only, float takes int or float: NotImplemented for the rest. */
    private static void numbers(Interp ip) {
        Map<String, PyBuiltin.MethodImpl> ints = Builtins.table(ip, PyInt.TYPE);
        Map<String, PyBuiltin.MethodImpl> floats = Builtins.table(ip, PyFloat.TYPE);
        for (Arith.Op op : Arith.Op.values()) {
            if (op == Arith.Op.MATMUL) {
                continue;
            }
            ints.putIfAbsent(op.dunder, number(op, false, false));
            ints.putIfAbsent(op.rdunder, number(op, true, false));
            boolean bitwise = op == Arith.Op.LSHIFT || op == Arith.Op.RSHIFT || op == Arith.Op.AND
                    || op == Arith.Op.OR || op == Arith.Op.XOR;
            if (!bitwise) {
                floats.putIfAbsent(op.dunder, number(op, false, true));
                floats.putIfAbsent(op.rdunder, number(op, true, true));
            }
        }
        for (Map<String, PyBuiltin.MethodImpl> m : java.util.List.of(ints, floats)) {
            m.putIfAbsent("__neg__", (t, self, a, kw) -> {
                none(t, self, "__neg__", a, kw);
                return Arith.negate(t, self);
            });
            m.putIfAbsent("__pos__", (t, self, a, kw) -> {
                none(t, self, "__pos__", a, kw);
                return Arith.positive(t, self);
            });
            m.putIfAbsent("__abs__", (t, self, a, kw) -> {
                none(t, self, "__abs__", a, kw);
                return Arith.abs(t, self);
            });
            m.putIfAbsent("__bool__", (t, self, a, kw) -> {
                none(t, self, "__bool__", a, kw);
                return PyBool.of(Ops.truth(t, self));
            });
            m.putIfAbsent("__int__", (t, self, a, kw) -> {
                none(t, self, "__int__", a, kw);
                return Builtins.construct(t, PyInt.TYPE, new PyObject[] {self}, null);
            });
            m.putIfAbsent("__float__", (t, self, a, kw) -> {
                none(t, self, "__float__", a, kw);
                return Builtins.construct(t, PyFloat.TYPE, new PyObject[] {self}, null);
            });
        }
        ints.putIfAbsent("__invert__", (t, self, a, kw) -> {
            none(t, self, "__invert__", a, kw);
            return Arith.invert(t, self);
        });
    }

    private static PyBuiltin.MethodImpl number(Arith.Op op, boolean reflected, boolean isFloat) {
        String name = reflected ? op.rdunder : op.dunder;
        return (t, self, a, kw) -> {
            one(t, name, a, kw);
            PyObject other = a[0];
            boolean ok = other instanceof PyInt || isFloat && other instanceof PyFloat;
            if (!ok) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return reflected ? Arith.binary(t, op, other, self) : Arith.binary(t, op, self, other);
        };
    }

    /** A binary method of a container type that takes its own type only (dict's {@code |}, set's operators). */
    private static PyBuiltin.MethodImpl sameType(PyType ty, Arith.Op op, boolean reflected) {
        String name = reflected ? op.rdunder : op.dunder;
        return (t, self, a, kw) -> {
            one(t, name, a, kw);
            if (!a[0].type().isSubtypeOf(ty)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return reflected ? Arith.binary(t, op, a[0], self) : Arith.binary(t, op, self, a[0]);
        };
    }

    /** One argument, with a slot wrapper's message ("expected 1 argument, got 0"). */
    private static void one(PyThread t, String name, PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(t, name + "() takes no keyword arguments");
        }
        if (a.length != 1) {
            throw Errors.typeError(t, "expected 1 argument, got " + a.length);
        }
    }

    /** One argument, with a METH_O method's message where CPython defines one ("list.__getitem__() takes ..."). */
    private static void one(PyThread t, PyObject self, String name, boolean methodO, PyObject[] a, String[] kw) {
        if (methodO) {
            Args.noKw(t, self.type().name() + "." + name, kw);
            Args.count(t, self.type().name() + "." + name, a, kw, 1, 1);
        } else {
            one(t, name, a, kw);
        }
    }

    /** No argument, with a slot wrapper's message ("expected 0 arguments, got 1"). */
    private static void none(PyThread t, PyObject self, String name, PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(t, self.type().name() + "." + name + "() takes no keyword arguments");
        }
        if (a.length != 0) {
            throw Errors.typeError(t, "expected 0 arguments, got " + a.length);
        }
    }
}
