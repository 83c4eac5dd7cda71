// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.dict.PyDictView;
import dev.freethread.list.KeyFunction;
import dev.freethread.list.PyList;
import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyNotImplemented;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;
import dev.freethread.python.text.FloatFormat;
import dev.freethread.python.text.Formatter;
import dev.freethread.python.text.IntParse;
import dev.freethread.refcount.PyWeakRef;
import dev.freethread.refcount.RefCount;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The builtins module: functions, the built-in types' constructors, and the built-in types' methods. */
final class Builtins {
    private Builtins() {
    }

    /** {@code object()}: a plain instance of object. */
    static final class PlainObject extends PyObject {
        PlainObject(ThreadState ts) {
            super(PyType.OBJECT, ts);
        }
    }

    /** {@code super()}: the class whose MRO is searched after {@code start}, bound to {@code self}. */
    static final class PySuper extends Descriptors.Holder {
        static final PyType TYPE = PyType.staticType("super", PyType.FLAG_GC);

        PySuper(ThreadState ts, PyClass start, PyObject self) {
            super(TYPE, ts, start, self);
        }

        PyClass start() {
            return (PyClass) refs[0];
        }

        PyObject self() {
            return refs[1];
        }

        /** The class whose MRO is searched: self when it is a subclass of start, else self's type. */
        private PyType selfClass() {
            PyObject self = self();
            return self instanceof PyClass && ((PyClass) self).isSubtypeOf(start()) ? (PyClass) self : self.type();
        }

        @Override
        public String repr() {
            return "<super: <class '" + start().name() + "'>, <" + selfClass().name() + " object>>";
        }

        /** The attribute found after {@code start} in the MRO of self's class (a new reference), bound. */
        PyObject attr(PyThread t, PyStr name) {
            PyObject self = self();
            // super(C, obj): obj a subclass of C (a class method, __new__) searches obj's MRO; else obj's type's (an
            // instance, or a class whose metaclass derives from C: super() in a metaclass's method)
            PyClass cls = self instanceof PyClass && ((PyClass) self).isSubtypeOf(start()) ? (PyClass) self
                    : self.type() instanceof PyClass ? (PyClass) self.type()
                    : self instanceof PyClass ? (PyClass) self : null;
            PyObject v = cls == null ? null : cls.lookupAfter(t, start(), name);
            if (v != null) {
                try {
                    if (self == cls && self instanceof PyClass) { // super(B, B).f: bound to no instance, as
                        if (v instanceof PyFunction) {            // CPython's descr_get(f, NULL, B)
                            return RefCount.newRef(t.ts, v);
                        }
                        if (v instanceof PyInstance && ((PyInstance) v).cls().hasHook(t, PyClass.HOOK_GET)) {
                            return Ops.callDescriptor(t, v, "__get__", PyNone.NONE, cls);
                        }
                        if (v instanceof Descriptors.Property) {
                            return RefCount.newRef(t.ts, v);
                        }
                    }
                    if (v instanceof Descriptors.Property) { // super().prop: the base's getter on self
                        return ((Descriptors.Property) v).get(t, self, name.value());
                    }
                    return Ops.bind(t, v, self, cls);
                } finally {
                    RefCount.decref(t.ts, v);
                }
            }
            String n = name.value();
            if (n.equals("__init__")) {
                boolean exc = start().isException;
                return new PyBuiltin("__init__", (tt, a, kw) -> {
                    if (exc && self instanceof PyBaseExc) {
                        Ops.initException(tt, start(), (PyBaseExc) self, a, 0, kw);
                    } else if (a.length > 0 && !exc) {
                        throw Errors.typeError(tt, "object.__init__() takes exactly one argument (the instance to "
                                + "initialize)");
                    }
                    return PyNone.NONE;
                });
            }
            switch (n) { // super's own members, after the MRO, as CPython's super_getattro
                case "__thisclass__":
                    return RefCount.newRef(t.ts, start());
                case "__self__":
                    return RefCount.newRef(t.ts, self);
                case "__self_class__":
                    return RefCount.newRef(t.ts, selfClass());
                default:
            }
            PyObject om = objectMethodBound(t, n, self);
            if (om != null) {
                return om;
            }
            throw Errors.attributeError(t, "'super' object has no attribute '" + n + "'");
        }
    }

    /** Whether an instance's class has {@code __getitem__} (a dict subclass's does not make it a sequence). */
    private static boolean hasGetItem(PyThread t, PyInstance s) {
        if (BuiltinBase.operand(s) instanceof PyDict) {
            return false;
        }
        PyObject g = s.cls().lookup(t, "__getitem__");
        RefCount.xdecref(t.ts, g);
        return g != null;
    }

    /** The {@code ...} singleton. */
    static final class Ellipsis extends PyObject {
        static final PyType TYPE = PyType.staticType("ellipsis", PyType.FLAG_NO_WEAKREFS);
        static final Ellipsis INSTANCE = new Ellipsis();
        /** An immortal marker no Python code can reach: a missing value. */
        static final Ellipsis MISSING = new Ellipsis();

        private Ellipsis() {
            super(TYPE, Immortal.IMMORTAL);
        }

        @Override
        public String repr() {
            return "Ellipsis";
        }
    }

    // ---- installation

    static void install(Interp ip, PyThread t) {
        ThreadState ts = t.ts;
        PyDict b = PyDict.create(ts);
        RefCount.makeImmortal(ts, b);
        ip.builtins = b;
        def(ip, "print", Builtins::print);
        def(ip, "len", (tt, a, kw) -> {
            Args.noKw(tt, "len", kw);
            Args.count(tt, "len", a, kw, 1, 1);
            return PyInt.of(tt.ts, Ops.len(tt, a[0]));
        });
        def(ip, "repr", (tt, a, kw) -> {
            Args.noKw(tt, "repr", kw);
            Args.count(tt, "repr", a, kw, 1, 1);
            return PyStr.of(tt.ts, Ops.reprString(tt, a[0]));
        });
        def(ip, "ascii", (tt, a, kw) -> {
            Args.noKw(tt, "ascii", kw);
            Args.count(tt, "ascii", a, kw, 1, 1);
            return PyStr.of(tt.ts, asciiEscaped(Ops.reprString(tt, a[0])));
        });
        def(ip, "isinstance", (tt, a, kw) -> {
            Args.noKw(tt, "isinstance", kw);
            Args.count(tt, "isinstance", a, kw, 2, 2);
            return PyBool.of(isInstance(tt, a[0], a[1], "isinstance"));
        });
        def(ip, "issubclass", (tt, a, kw) -> {
            Args.noKw(tt, "issubclass", kw);
            Args.count(tt, "issubclass", a, kw, 2, 2);
            if (!(a[0] instanceof PyType)) { // an object with __bases__ (CPython's abstract issubclass)
                return PyBool.of(abstractIsSubclassArgs(tt, a[0], a[1]));
            }
            return PyBool.of(isSubclass(tt, (PyType) a[0], a[1]));
        });
        def(ip, "sorted", Builtins::sorted);
        def(ip, "reversed", (tt, a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError(tt, "reversed() takes no keyword arguments");
            }
            Args.count(tt, "reversed", a, kw, 1, 1);
            PyObject s = a[0];
            PyObject viaClass = Ops.classHook(tt, s, "__reversed__", Ops.NO_ARGS);
            if (viaClass != null) {
                return viaClass;
            }
            if (s instanceof PyList) {
                return ((PyList) s).reversed(tt.ts);
            }
            if (s instanceof PyInstance) {
                PyObject m = ((PyInstance) s).cls().lookup(tt, "__reversed__");
                if (m == PyNone.NONE) { // __reversed__ = None (Mapping's): CPython's refusal
                    throw Errors.typeError(tt, "'" + Ops.typeName(s) + "' object is not reversible");
                }
                if (m != null) {
                    PyObject it;
                    try {
                        it = Ops.callMethod(tt, m, s, Ops.NO_ARGS, null);
                    } finally {
                        RefCount.decref(tt.ts, m);
                    }
                    if (it != s && ((PyInstance) s).base() != null && !(m instanceof PyFunction)
                            && !(it instanceof PyInstance)) {
                        // a list subclass's built-in __reversed__: its iterator holds only the list value, so the
                        // instance is held too, as CPython's iterator holds it (its __del__ waits for the end)
                        try {
                            return new Iters.HoldingIter(tt.ts, it, s);
                        } finally {
                            RefCount.decref(tt.ts, it);
                        }
                    }
                    return it;
                }
            }
            if (s instanceof PyDict || s instanceof PyDictView) {
                PyObject l = listOf(tt, s);
                try {
                    return ((PyList) l).reversed(tt.ts);
                } finally {
                    RefCount.decref(tt.ts, l);
                }
            }
            if (s instanceof PyRange) { // a range iterator over the reversed range, as CPython's range_reverse
                PyRange back = ((PyRange) s).reversedRange(tt.ts);
                try {
                    return new Iters.SeqIter(tt.ts, back);
                } finally {
                    RefCount.decref(tt.ts, back);
                }
            }
            if (!(s instanceof PyTuple || s instanceof PyStr || s instanceof PyInstance
                    || s instanceof PyBytes || s instanceof PyByteArray)
                    || s instanceof PyInstance && !hasGetItem(tt, (PyInstance) s)) { // CPython's PySequence_Check
                throw Errors.typeError(tt, "'" + Ops.typeName(s) + "' object is not reversible");
            }
            return new Iters.Reversed(tt.ts, s, Ops.len(tt, s));
        });
        def(ip, "enumerate", (tt, a, kw) -> {
            for (String k : kw == null ? new String[0] : kw) { // CPython's argument clinic message for enumerate
                if (!k.equals("start") && !k.equals("iterable")) {
                    throw Errors.typeError(tt, "'" + k + "' is an invalid keyword argument for enumerate()");
                }
            }
            if (a.length > 2) {
                throw Errors.typeError(tt, "enumerate() takes at most 2 arguments (" + a.length + " given)");
            }
            PyObject src = Args.npos(a, kw) > 0 ? a[0] : Args.kw(a, kw, "iterable");
            if (src == null) {
                throw Errors.typeError(tt, "enumerate() missing required argument 'iterable'");
            }
            PyObject start = Args.npos(a, kw) > 1 ? a[1] : Args.kw(a, kw, "start");
            java.math.BigInteger big = start instanceof PyInt && !((PyInt) start).fitsLong()
                    ? ((PyInt) start).bigValue() : null; // counts of any size, as CPython's
            long s0 = start == null || big != null ? 0 : Args.toLong(tt, start, "start");
            PyObject it = Ops.iter(tt, src);
            try {
                return new Iters.Enumerate(tt.ts, it, s0, big);
            } finally {
                RefCount.decref(tt.ts, it);
            }
        });
        def(ip, "zip", (tt, a, kw) -> {
            Args.onlyKw(tt, "zip", kw, "strict");
            int n = Args.npos(a, kw);
            PyObject[] its = new PyObject[n];
            try {
                for (int i = 0; i < n; i++) {
                    its[i] = Ops.iter(tt, a[i]); // its error as it is, as CPython 3.13's zip
                }
                PyObject strict = Args.kw(a, kw, "strict");
                return new Iters.Zip(tt.ts, its, strict != null && Ops.truth(tt, strict));
            } finally {
                Exprs.releaseAll(tt.ts, its);
            }
        });
        def(ip, "map", (tt, a, kw) -> {
            Args.noKw(tt, "map", kw);
            if (a.length < 2) {
                throw Errors.typeError(tt, "map() must have at least two arguments.");
            }
            PyObject[] src = new PyObject[a.length];
            src[0] = RefCount.newRef(tt.ts, a[0]);
            try {
                for (int i = 1; i < a.length; i++) {
                    src[i] = Ops.iter(tt, a[i]);
                }
                return new Iters.MapIter(tt.ts, src);
            } finally {
                Exprs.releaseAll(tt.ts, src);
            }
        });
        def(ip, "filter", (tt, a, kw) -> {
            Args.noKw(tt, "filter", kw);
            Args.count(tt, "filter", a, kw, 2, 2);
            PyObject it = Ops.iter(tt, a[1]);
            try {
                return new Iters.FilterIter(tt.ts, a[0], it);
            } finally {
                RefCount.decref(tt.ts, it);
            }
        });
        def(ip, "min", (tt, a, kw) -> minMax(tt, a, kw, true));
        def(ip, "max", (tt, a, kw) -> minMax(tt, a, kw, false));
        def(ip, "sum", Builtins::sum);
        def(ip, "abs", (tt, a, kw) -> {
            Args.noKw(tt, "abs", kw);
            Args.count(tt, "abs", a, kw, 1, 1);
            return Arith.abs(tt, a[0]);
        });
        def(ip, "any", (tt, a, kw) -> anyAll(tt, a, kw, true));
        def(ip, "all", (tt, a, kw) -> anyAll(tt, a, kw, false));
        def(ip, "hash", (tt, a, kw) -> {
            Args.noKw(tt, "hash", kw);
            Args.count(tt, "hash", a, kw, 1, 1);
            return PyInt.of(tt.ts, Ops.hash(tt, a[0]));
        });
        def(ip, "id", (tt, a, kw) -> {
            Args.noKw(tt, "id", kw);
            Args.count(tt, "id", a, kw, 1, 1);
            return PyInt.of(tt.ts, Ops.id(tt, a[0]));
        });
        def(ip, "iter", (tt, a, kw) -> {
            Args.noKw(tt, "iter", kw);
            int n = Args.count(tt, "iter", a, kw, 1, 2);
            if (n == 2) { // iter(callable, sentinel): call until it answers the sentinel
                if (!isCallable(tt, a[0])) {
                    throw Errors.typeError(tt, "iter(v, w): v must be callable");
                }
                return new Iters.CallIterator(tt.ts, a[0], a[1]);
            }
            return Ops.iter(tt, a[0]);
        });
        def(ip, "next", (tt, a, kw) -> {
            Args.noKw(tt, "next", kw);
            Args.count(tt, "next", a, kw, 1, 2);
            PyObject it = a[0];
            if (!(it instanceof PyIter || it instanceof dev.freethread.list.PyListIterator
                    || it instanceof dev.freethread.dict.PyDictIterator || it instanceof PyInstance)) {
                throw Errors.typeError(tt, "'" + Ops.typeName(it) + "' object is not an iterator");
            }
            if (it instanceof PyGenerator && a.length == 1) {
                return ((PyGenerator) it).nextOrStop(tt); // StopIteration carries the return value
            }
            PyObject v = Ops.next(tt, it);
            if (v != null) {
                return v;
            }
            if (a.length > 1) {
                return RefCount.newRef(tt.ts, a[1]);
            }
            throw Errors.raise(tt, "StopIteration", null);
        });
        def(ip, "getattr", (tt, a, kw) -> {
            Args.noKw(tt, "getattr", kw);
            Args.count(tt, "getattr", a, kw, 2, 3);
            PyStr name = attrName(tt, a[1], "getattr");
            if (a.length == 2) {
                return Ops.getAttr(tt, a[0], name);
            }
            try {
                PyObject v = Ops.getAttrOrNull(tt, a[0], name);
                return v != null ? v : RefCount.newRef(tt.ts, a[2]);
            } catch (PyRaise r) {
                if (r.exc.cls().isSubtypeOf(tt.interp.exceptionClass("AttributeError"))) {
                    r.release(tt.ts);
                    return RefCount.newRef(tt.ts, a[2]);
                }
                throw r;
            }
        });
        def(ip, "setattr", (tt, a, kw) -> {
            Args.noKw(tt, "setattr", kw);
            Args.count(tt, "setattr", a, kw, 3, 3);
            Ops.setAttr(tt, a[0], attrName(tt, a[1], "setattr"), a[2]);
            return PyNone.NONE;
        });
        def(ip, "delattr", (tt, a, kw) -> {
            Args.noKw(tt, "delattr", kw);
            Args.count(tt, "delattr", a, kw, 2, 2);
            Ops.delAttr(tt, a[0], attrName(tt, a[1], "delattr"));
            return PyNone.NONE;
        });
        def(ip, "hasattr", (tt, a, kw) -> {
            Args.noKw(tt, "hasattr", kw);
            Args.count(tt, "hasattr", a, kw, 2, 2);
            try {
                PyObject v = Ops.getAttrOrNull(tt, a[0], attrName(tt, a[1], "hasattr"));
                if (v == null) {
                    return PyBool.FALSE;
                }
                RefCount.decref(tt.ts, v);
                return PyBool.TRUE;
            } catch (PyRaise r) {
                if (r.exc.cls().isSubtypeOf(tt.interp.exceptionClass("AttributeError"))) {
                    r.release(tt.ts);
                    return PyBool.FALSE;
                }
                throw r;
            }
        });
        def(ip, "callable", (tt, a, kw) -> {
            Args.noKw(tt, "callable", kw);
            Args.count(tt, "callable", a, kw, 1, 1);
            return PyBool.of(isCallable(tt, a[0]));
        });
        def(ip, "chr", (tt, a, kw) -> {
            Args.noKw(tt, "chr", kw);
            Args.count(tt, "chr", a, kw, 1, 1);
            // any int out of range, however large, is the ValueError (CPython 3.13's chr)
            java.math.BigInteger big = Ops.bigIndex(tt, a[0], "'%s' object cannot be interpreted as an integer");
            long c = big.bitLength() < 32 ? big.longValue() : -1;
            if (c < 0 || c > 0x10FFFF) {
                throw Errors.valueError(tt, "chr() arg not in range(0x110000)");
            }
            return PyStr.of(tt.ts, new String(Character.toChars((int) c)));
        });
        def(ip, "ord", (tt, a, kw) -> {
            Args.noKw(tt, "ord", kw);
            Args.count(tt, "ord", a, kw, 1, 1);
            if (a[0] instanceof PyBytes || a[0] instanceof PyByteArray) { // ord(b'a'), as CPython's
                byte[] one = BytesMethods.bytesLike(tt, a[0], "ord");
                if (one.length != 1) {
                    throw Errors.typeError(tt, "ord() expected a character, but string of length " + one.length
                            + " found");
                }
                return PyInt.of(tt.ts, one[0] & 0xff);
            }
            PyObject c = BuiltinBase.operand(a[0]); // a str subclass's instance: its value, as CPython's
            if (!(c instanceof PyStr)) {
                throw Errors.typeError(tt, "ord() expected string of length 1, but " + Ops.typeName(a[0])
                        + " found");
            }
            String s = ((PyStr) c).value();
            int n = s.codePointCount(0, s.length());
            if (n != 1) {
                throw Errors.typeError(tt, "ord() expected a character, but string of length " + n + " found");
            }
            return PyInt.of(tt.ts, s.codePointAt(0));
        });
        def(ip, "round", Builtins::round);
        def(ip, "divmod", (tt, a, kw) -> {
            Args.noKw(tt, "divmod", kw);
            Args.count(tt, "divmod", a, kw, 2, 2);
            if (a[0] instanceof PyInstance || a[1] instanceof PyInstance) { // a class's __divmod__ or __rdivmod__
                PyObject r = userDivmod(tt, a[0], a[1]);
                if (r != null) {
                    return r;
                }
                if (a[0] instanceof PyInstance && BuiltinBase.operand(a[0]) == a[0]
                        || a[1] instanceof PyInstance && BuiltinBase.operand(a[1]) == a[1]) {
                    throw Errors.typeError(tt, "unsupported operand type(s) for divmod(): '" + Ops.typeName(a[0])
                            + "' and '" + Ops.typeName(a[1]) + "'");
                }
            }
            if ((a[0] instanceof PyComplex || a[1] instanceof PyComplex)
                    && (a[0] instanceof PyComplex || a[0] instanceof PyFloat || a[0] instanceof PyInt)
                    && (a[1] instanceof PyComplex || a[1] instanceof PyFloat || a[1] instanceof PyInt)) {
                throw Errors.typeError(tt, "unsupported operand type(s) for divmod(): '" + Ops.typeName(a[0])
                        + "' and '" + Ops.typeName(a[1]) + "'");
            }
            PyObject q = Arith.binary(tt, Arith.Op.FLOORDIV, a[0], a[1]);
            PyObject r;
            try {
                r = Arith.binary(tt, Arith.Op.MOD, a[0], a[1]);
            } catch (RuntimeException e) {
                RefCount.decref(tt.ts, q);
                throw e;
            }
            return PyTuple.stealing(tt.ts, q, r);
        });
        def(ip, "pow", (tt, a0, kw) -> {
            PyObject[] a = powArgs(tt, a0, kw); // pow(base, exp, mod=None), each by position or keyword
            if (a.length == 3 && a[2] != PyNone.NONE) {
                // CPython's ternary_op: a class of ours answers through base.__pow__(exp, mod) (three-argument
                // power never tries __rpow__); then the built-in numbers' rules
                if (a[0] instanceof PyInstance) {
                    PyObject m = ((PyInstance) a[0]).cls().lookup(tt, "__pow__");
                    if (m != null && !(m instanceof PyBuiltin)) {
                        PyObject r;
                        try {
                            r = Ops.callMethod(tt, m, a[0], new PyObject[] {a[1], a[2]}, null);
                        } finally {
                            RefCount.decref(tt.ts, m);
                        }
                        if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                            return r;
                        }
                    } else {
                        RefCount.xdecref(tt.ts, m);
                    }
                }
                PyObject x = BuiltinBase.operand(a[0]); // an int subclass's instance counts as its int
                PyObject y = BuiltinBase.operand(a[1]);
                PyObject z = BuiltinBase.operand(a[2]);
                if (x instanceof PyComplex || y instanceof PyComplex || z instanceof PyComplex) {
                    throw Errors.valueError(tt, "complex modulo");
                }
                if (!(x instanceof PyInt && y instanceof PyInt && z instanceof PyInt)) {
                    if ((x instanceof PyInt || x instanceof PyFloat) && (y instanceof PyInt || y instanceof PyFloat)
                            && (z instanceof PyInt || z instanceof PyFloat)) {
                        throw Errors.typeError(tt,
                                "pow() 3rd argument not allowed unless all arguments are integers");
                    }
                    throw Errors.typeError(tt, "unsupported operand type(s) for ** or pow(): '"
                            + Ops.typeName(a[0]) + "', '" + Ops.typeName(a[1]) + "', '" + Ops.typeName(a[2]) + "'");
                }
                BigInteger m = ((PyInt) z).bigValue();
                if (m.signum() == 0) {
                    throw Errors.valueError(tt, "pow() 3rd argument cannot be 0");
                }
                BigInteger e = ((PyInt) y).bigValue();
                BigInteger base = ((PyInt) x).bigValue();
                if (e.signum() < 0 && !base.gcd(m).equals(BigInteger.ONE)) {
                    throw Errors.valueError(tt, "base is not invertible for the given modulus"); // CPython's message
                }
                BigInteger r = base.modPow(e, m.abs());
                if (m.signum() < 0 && r.signum() != 0) {
                    r = r.add(m);
                }
                return Arith.ofBig(tt.ts, r);
            }
            return Arith.binary(tt, Arith.Op.POW, a[0], a[1]);
        });
        def(ip, "hex", (tt, a, kw) -> radix(tt, a, kw, 16, "hex"));
        def(ip, "oct", (tt, a, kw) -> radix(tt, a, kw, 8, "oct"));
        def(ip, "bin", (tt, a, kw) -> radix(tt, a, kw, 2, "bin"));
        def(ip, "format", (tt, a, kw) -> {
            Args.noKw(tt, "format", kw);
            Args.count(tt, "format", a, kw, 1, 2);
            String spec = a.length > 1 ? Args.str(tt, a[1], "format", 2) : "";
            return PyStr.of(tt.ts, formatValue(tt, a[0], spec, false));
        });
        def(ip, "dir", Builtins::dir);
        def(ip, "vars", (tt, a, kw) -> {
            Args.noKw(tt, "vars", kw);
            Args.count(tt, "vars", a, kw, 1, 1);
            PyObject d = Ops.getAttrOrNull(tt, a[0], tt.interp.str("__dict__"));
            if (d == null) {
                throw Errors.typeError(tt, "vars() argument must have __dict__ attribute");
            }
            return d;
        });
        def(ip, "__import__", Builtins::dunderImport);
        def(ip, "open", (tt, a, kw) -> { // io.open, written in Python over _os
            PyObject io = Modules.importModule(tt, "io");
            try {
                return Ops.callAttr(tt, io, tt.interp.str("open"), a, kw);
            } finally {
                RefCount.decref(tt.ts, io);
            }
        });
        def(ip, "input", Builtins::input);
        def(ip, "super", (tt, a, kw) -> {
            Args.noKw(tt, "super", kw);
            if (Args.npos(a, kw) == 0) { // not in a method (the parser gives a method's super() its class and self)
                throw Errors.raise(tt, "RuntimeError", "super(): no arguments");
            }
            Args.count(tt, "super", a, kw, 2, 2);
            if (!(a[0] instanceof PyClass)) {
                throw Errors.typeError(tt, "super() argument 1 must be a type, not " + Ops.typeName(a[0]));
            }
            checkSuperObject(tt, (PyClass) a[0], a[1]);
            return new PySuper(tt.ts, (PyClass) a[0], a[1]);
        });
        for (PyType ty : new PyType[] {PyInt.TYPE, PyFloat.TYPE, PyStr.TYPE, PyBool.TYPE, PyList.TYPE, PyDict.TYPE,
            PyTuple.TYPE, PySet.TYPE, PySet.FROZEN, PyType.OBJECT, PyRange.TYPE, PyType.TYPE, PyComplex.TYPE,
            Descriptors.PySlice.TYPE, PyBytes.TYPE, PyByteArray.TYPE, Descriptors.StaticMethod.TYPE,
            Descriptors.ClassMethod.TYPE, Descriptors.Property.TYPE}) { // the types themselves, as CPython's
            b.setItem(ts, ip.str(ty.name()), ty);
        }
        b.setItem(ts, ip.str("None"), PyNone.NONE); // builtins.True: the parser makes the keywords constants
        b.setItem(ts, ip.str("True"), PyBool.TRUE);
        b.setItem(ts, ip.str("False"), PyBool.FALSE);
        b.setItem(ts, ip.str("NotImplemented"), PyNotImplemented.NOT_IMPLEMENTED);
        b.setItem(ts, ip.str("Ellipsis"), Ellipsis.INSTANCE);
        b.setItem(ts, ip.str("__name__"), ip.str("builtins"));
        for (Map.Entry<String, PyClass> e : ip.exceptionClasses().entrySet()) {
            b.setItem(ts, ip.str(e.getKey()), e.getValue());
        }
        b.setItem(ts, ip.str("IOError"), ip.exceptionClass("OSError")); // CPython's aliases (PEP 3151)
        b.setItem(ts, ip.str("EnvironmentError"), ip.exceptionClass("OSError"));
        Methods.install(ip);
        BytesMethods.install(ip); // after Methods: str.encode answers bytes
        ModuleMethods.install(ip);
        BuiltinDunders.install(ip);
        // map, filter, zip, enumerate and reversed are types in CPython (isinstance(x, map), type(m) is map): the
        // builtin name is the type, and calling the type runs the function defined above (construct)
        PyType[] iterTypes = {Iters.MapIter.TYPE, Iters.FilterIter.TYPE, Iters.Zip.TYPE, Iters.Enumerate.TYPE,
            Iters.Reversed.TYPE};
        for (PyType ty : iterTypes) {
            PyObject f = b.get(ts, ip.str(ty.name()));
            ip.typeConstructors.put(ty, (PyBuiltin) f);
            RefCount.decref(ts, f);
            b.setItem(ts, ip.str(ty.name()), ty);
        }
    }

    /**
     * CPython's {@code supercheck}: {@code obj} must be a subclass of {@code type} (a class method's super) or an
     * instance of it, by its type or by what its {@code __class__} answers; a method whose instance was given another
     * class since ({@code obj.__class__ = C}) meets this with its zero-argument super().
     */
    static void checkSuperObject(PyThread t, PyClass type, PyObject obj) {
        if (obj instanceof PyType && ((PyType) obj).isSubtypeOf(type) || obj.type().isSubtypeOf(type)) {
            return;
        }
        PyObject c = Ops.getAttrOrNull(t, obj, t.interp.str("__class__"));
        try {
            if (c instanceof PyType && ((PyType) c).isSubtypeOf(type)) {
                return;
            }
        } finally {
            RefCount.xdecref(t.ts, c);
        }
        throw Errors.typeError(t, "super(type, obj): obj (" + (obj instanceof PyType ? "type " : "instance of ")
                + (obj instanceof PyType ? ((PyType) obj).name() : Ops.typeName(obj))
                + ") is not an instance or subtype of type (" + type.pyName() + ").");
    }

    private static void def(Interp ip, String name, PyBuiltin.Impl impl) {
        ThreadState ts = ip.main.ts;
        ip.builtins.setItem(ts, ip.str(name), new PyBuiltin(name, impl, "builtins"));
    }

    private static PyStr attrName(PyThread t, PyObject o, String fname) {
        o = BuiltinBase.operand(o); // a str subclass's instance names the attribute by its value
        if (!(o instanceof PyStr)) {
            throw Errors.typeError(t, "attribute name must be string, not '" + Ops.typeName(o) + "'");
        }
        return t.interp.str(((PyStr) o).value());
    }

    /**
     * {@code input(prompt)}: the prompt to sys.stdout, then a line of sys.stdin without its newline; EOFError at the
     * end. A script's own sys.stdin (an io.StringIO, say) is read through its readline, as CPython's.
     */
    private static PyObject input(PyThread t, PyObject[] a, String[] kw) {
        Args.noKw(t, "input", kw);
        Args.count(t, "input", a, kw, 0, 1);
        ThreadState ts = t.ts;
        PyObject sys = Modules.importModule(t, "sys");
        try {
            for (String stream : new String[] {"stdin", "stdout"}) { // CPython's checks, before the prompt
                PyObject s = Ops.getAttrOrNull(t, sys, t.interp.str(stream));
                if (s == null || s == PyNone.NONE) {
                    throw Errors.raise(t, "RuntimeError", "input(): lost sys." + stream);
                }
                RefCount.decref(ts, s);
            }
            if (a.length > 0) {
                PyObject out = Ops.getAttr(t, sys, t.interp.str("stdout"));
                try {
                    PyObject p = PyStr.of(ts, Ops.strString(t, a[0]));
                    try {
                        RefCount.decref(ts, Ops.callAttr(t, out, t.interp.str("write"), new PyObject[] {p}, null));
                    } finally {
                        RefCount.decref(ts, p);
                    }
                    PyObject fl = Ops.getAttrOrNull(t, out, t.interp.str("flush"));
                    if (fl != null) {
                        try {
                            RefCount.decref(ts, Ops.call(t, fl, Ops.NO_ARGS, null));
                        } finally {
                            RefCount.decref(ts, fl);
                        }
                    }
                } finally {
                    RefCount.decref(ts, out);
                }
            } else {
                t.interp.flush();
            }
            PyObject in = Ops.getAttr(t, sys, t.interp.str("stdin"));
            PyObject line;
            try {
                line = Ops.callAttr(t, in, t.interp.str("readline"), Ops.NO_ARGS, null);
            } finally {
                RefCount.decref(ts, in);
            }
            try {
                if (!(line instanceof PyStr)) {
                    throw Errors.typeError(t, "object.readline() returned non-string");
                }
                String s = ((PyStr) line).value();
                if (s.isEmpty()) {
                    throw Errors.raise(t, "EOFError", "EOF when reading a line");
                }
                return PyStr.of(ts, s.endsWith("\n") ? s.substring(0, s.length() - 1) : s);
            } finally {
                RefCount.decref(ts, line);
            }
        } finally {
            RefCount.decref(ts, sys);
        }
    }

    static boolean isInstance(PyThread t, PyObject o, PyObject cls, String fname) {
        if (cls instanceof TypeAliases.UnionType) {
            cls = ((TypeAliases.UnionType) cls).args();
        }
        if (cls instanceof TypeAliases.GenericAlias) {
            throw Errors.typeError(t, fname + "() argument 2 cannot be a parameterized generic");
        }
        if (cls instanceof PyTuple) {
            PyTuple tu = (PyTuple) cls;
            for (int i = 0; i < tu.size(); i++) {
                if (isInstance(t, o, tu.getItemBorrowed(i), fname)) {
                    return true;
                }
            }
            return false;
        }
        if (!(cls instanceof PyType)) {
            if (cls.type() instanceof PyClass) { // any object whose class has __instancecheck__ (typing's aliases)
                Boolean r = metaCheck(t, cls, "__instancecheck__", o);
                if (r != null) {
                    return r;
                }
            }
            checkClass(t, cls, fname + "() arg 2 must be a type, a tuple of types, or a union");
            // CPython's abstract isinstance: o.__class__ against cls's __bases__ chain
            PyObject icls = lookupAttr(t, o, "__class__");
            if (icls == null) {
                return false;
            }
            try {
                return abstractIsSubclass(t, icls, cls);
            } finally {
                RefCount.decref(t.ts, icls);
            }
        }
        PyType c = (PyType) cls;
        if (c == PyType.OBJECT || o.type() == c) {
            return true;
        }
        if (c.type() instanceof PyClass) { // a metaclass's own __instancecheck__ decides (CPython asks it first)
            Boolean r = metaCheck(t, c, "__instancecheck__", o);
            if (r != null) {
                return r;
            }
        }
        return o.type().isSubtypeOf(c) || claimedClassIsSubtype(t, o, c)
                || t.interp.isStandInSubclass(o.type(), c)
                || o instanceof ThreadObjects.Local && isThreadingLocalClass(t, c);
    }

    /**
     * CPython's second look: an object whose {@code __class__} answers another class than its type (a proxy, a
     * mock with a spec, a property named {@code __class__}) is an instance of what that class is a subclass of. Only
     * an instance of a class of ours that defines {@code __class__} can answer another; the rest cost one lookup.
     */
    private static boolean claimedClassIsSubtype(PyThread t, PyObject o, PyType c) {
        if (!(o instanceof PyInstance)) {
            return false;
        }
        PyObject own = ((PyInstance) o).cls().lookup(t, "__class__");
        if (own == null) {
            return false;
        }
        RefCount.decref(t.ts, own);
        PyObject claimed;
        try {
            claimed = Ops.getAttrOrNull(t, o, t.interp.str("__class__"));
        } catch (PyRaise e) { // a property's AttributeError: no claim (CPython's _PyObject_LookupAttr)
            if (!e.exc.cls().isSubtypeOf(t.interp.exceptionClass("AttributeError"))) {
                throw e;
            }
            e.release(t.ts);
            return false;
        }
        try {
            return claimed instanceof PyType && claimed != o.type() && ((PyType) claimed).isSubtypeOf(c);
        } finally {
            RefCount.xdecref(t.ts, claimed);
        }
    }

    /** {@code type(c).hook(c, arg)} when c's metaclass defines it, as a truth value; null when it does not. */
    private static Boolean metaCheck(PyThread t, PyObject c, String hook, PyObject arg) {
        PyObject m = ((PyClass) c.type()).lookupOverride(t, hook);
        if (m == null) {
            return null;
        }
        PyObject r;
        try {
            r = Ops.callMethod(t, m, c, new PyObject[] {arg}, null);
        } finally {
            RefCount.decref(t.ts, m);
        }
        try {
            return Ops.truth(t, r);
        } finally {
            RefCount.decref(t.ts, r);
        }
    }

    /** threading.local (lib/_threading_local.py), whose plain instances are the native per-thread objects. */
    private static boolean isThreadingLocalClass(PyThread t, PyType c) {
        if (!(c instanceof PyClass) || !c.name().equals("local")) {
            return false;
        }
        PyObject m = t.interp.modules.get("_threading_local");
        if (!(m instanceof PyModule) || ((PyModule) m).dict() == null) {
            return false;
        }
        PyObject local = Ops.getOrNull(t.ts, ((PyModule) m).dict(), t.interp.str("local"));
        RefCount.xdecref(t.ts, local);
        return local == c;
    }

    static boolean isSubclass(PyThread t, PyType sub, PyObject cls) {
        if (cls instanceof TypeAliases.UnionType) {
            cls = ((TypeAliases.UnionType) cls).args();
        }
        if (cls instanceof PyTuple) {
            PyTuple tu = (PyTuple) cls;
            for (int i = 0; i < tu.size(); i++) {
                if (isSubclass(t, sub, tu.getItemBorrowed(i))) {
                    return true;
                }
            }
            return false;
        }
        if (!(cls instanceof PyType)) {
            if (cls.type() instanceof PyClass) {
                Boolean r = metaCheck(t, cls, "__subclasscheck__", sub);
                if (r != null) {
                    return r;
                }
            }
            checkClass(t, cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
            return abstractIsSubclass(t, sub, cls); // an object with __bases__ standing for a class
        }
        if (((PyType) cls).type() instanceof PyClass) {
            Boolean r = metaCheck(t, (PyType) cls, "__subclasscheck__", sub);
            if (r != null) {
                return r;
            }
        }
        return cls == PyType.OBJECT || sub.isSubtypeOf((PyType) cls)
                || t.interp.isStandInSubclass(sub, (PyType) cls);
    }

    // ---- CPython's abstract isinstance and issubclass: objects that stand for classes through __bases__

    /** {@code issubclass(derived, cls)} for a {@code derived} that is not a type: both must have {@code __bases__}. */
    private static boolean abstractIsSubclassArgs(PyThread t, PyObject derived, PyObject cls) {
        if (cls instanceof PyTuple) {
            PyTuple tu = (PyTuple) cls;
            for (int i = 0; i < tu.size(); i++) {
                if (abstractIsSubclassArgs(t, derived, tu.getItemBorrowed(i))) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof PyType && ((PyType) cls).type() instanceof PyClass) {
            Boolean r = metaCheck(t, cls, "__subclasscheck__", derived); // an ABC's (which refuses a non-class)
            if (r != null) {
                return r;
            }
        }
        checkClass(t, derived, "issubclass() arg 1 must be a class");
        if (!(cls instanceof TypeAliases.UnionType)) {
            checkClass(t, cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return abstractIsSubclass(t, derived, cls);
    }

    /**
     * CPython's {@code _PyObject_LookupAttr}: the attribute (a new reference), or null when there is none or reading
     * it raised AttributeError; any other error propagates.
     */
    private static PyObject lookupAttr(PyThread t, PyObject o, String name) {
        try {
            return Ops.getAttrOrNull(t, o, t.interp.str(name));
        } catch (PyRaise r) {
            if (!r.exc.cls().isSubtypeOf(t.interp.exceptionClass("AttributeError"))) {
                throw r;
            }
            r.release(t.ts);
            return null;
        }
    }

    /** CPython's check_class: {@code o} has a tuple {@code __bases__}, else a TypeError with {@code message}. */
    private static void checkClass(PyThread t, PyObject o, String message) {
        PyTuple b = abstractBases(t, o);
        if (b == null) {
            throw Errors.typeError(t, message);
        }
        RefCount.decref(t.ts, b);
    }

    /**
     * CPython's abstract_get_bases: {@code o.__bases__} (a new reference) when it is a tuple; null when it is not or
     * there is none (an AttributeError); any other error propagates.
     */
    private static PyTuple abstractBases(PyThread t, PyObject o) {
        PyObject b = lookupAttr(t, o, "__bases__");
        if (b instanceof PyTuple) {
            return (PyTuple) b;
        }
        RefCount.xdecref(t.ts, b);
        return null;
    }

    /** CPython's abstract_issubclass: {@code derived} is {@code cls} or reaches it through the {@code __bases__} chain. */
    private static boolean abstractIsSubclass(PyThread t, PyObject derived, PyObject cls) {
        if (derived == cls) {
            return true;
        }
        PyTuple bases = abstractBases(t, derived);
        if (bases == null) {
            return false;
        }
        t.ts.enterRecursiveCall(" in __subclasscheck__"); // a cycle of __bases__ ends in RecursionError
        try {
            for (int i = 0; i < bases.size(); i++) {
                if (abstractIsSubclass(t, bases.getItemBorrowed(i), cls)) {
                    return true;
                }
            }
            return false;
        } finally {
            t.ts.leaveRecursiveCall();
            RefCount.decref(t.ts, bases);
        }
    }

    // ---- print

    /**
     * {@code sys.stdout} (a new reference) when a script has replaced it with something other than the interpreter's
     * own standard output; null when sys was never imported or still holds it (print's fast path).
     */
    private static PyObject replacedStdout(PyThread t) {
        PyDict mods = t.interp.sysModules;
        if (mods == null) {
            return null;
        }
        PyObject sys = Ops.getOrNull(t.ts, mods, t.interp.str("sys"));
        if (sys == null) {
            return null;
        }
        try {
            if (!(sys instanceof PyModule)) {
                return null;
            }
            PyObject out = Ops.getOrNull(t.ts, ((PyModule) sys).dict(), t.interp.str("stdout"));
            if (out == null) { // del sys.stdout: CPython's print and displayhook refuse
                throw Errors.raise(t, "RuntimeError", "lost sys.stdout");
            }
            if (out instanceof Modules.Stream && !((Modules.Stream) out).isStderr()) {
                RefCount.decref(t.ts, out);
                return null;
            }
            return out;
        } finally {
            RefCount.decref(t.ts, sys);
        }
    }

    /**
     * CPython's default {@code sys.displayhook}: None shows nothing; any other value is printed as its repr to
     * sys.stdout (as print writes) and kept as {@code builtins._} (cleared first, so a repr that fails leaves None).
     */
    static PyObject displayValue(PyThread t, PyObject v) {
        if (v == PyNone.NONE) {
            return PyNone.NONE;
        }
        ThreadState ts = t.ts;
        PyStr under = t.interp.str("_");
        t.interp.builtins.setItem(ts, under, PyNone.NONE);
        PyObject r = PyStr.of(ts, Ops.reprString(t, v));
        try {
            RefCount.decref(ts, print(t, new PyObject[] {r}, null));
        } finally {
            RefCount.decref(ts, r);
        }
        t.interp.builtins.setItem(ts, under, v);
        return PyNone.NONE;
    }

    private static PyObject print(PyThread t, PyObject[] a, String[] kw) {
        Args.onlyKw(t, "print", kw, "sep", "end", "file", "flush");
        String sep = Args.strOrNone(t, Args.kw(a, kw, "sep"), "sep");
        String end = Args.strOrNone(t, Args.kw(a, kw, "end"), "end");
        PyObject file = Args.kw(a, kw, "file");
        PyObject flush = Args.kw(a, kw, "flush");
        boolean flushing = flush != null && Ops.truth(t, flush);
        int n = Args.npos(a, kw);
        // sys.stdout replaced (contextlib.redirect_stdout, or by hand): print() writes there
        PyObject out = file != null && file != PyNone.NONE ? RefCount.newRef(t.ts, file) : replacedStdout(t);
        if (out == null || out instanceof Modules.Stream) { // the interpreter's own stream: one write
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    b.append(sep == null ? " " : sep);
                }
                b.append(Ops.strString(t, a[i]));
            }
            b.append(end == null ? "\n" : end);
            if (out != null) {
                ((Modules.Stream) out).write(b.toString());
                RefCount.decref(t.ts, out); // immortal
            } else {
                t.interp.write(b.toString());
            }
            if (flushing) {
                t.interp.flush();
            }
            return PyNone.NONE;
        }
        if (out == PyNone.NONE) { // sys.stdout = None: print does nothing, as CPython's
            return PyNone.NONE;
        }
        try { // another file: CPython writes each argument, separator and the end with a call of its own
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    writeTo(t, out, sep == null ? " " : sep);
                }
                writeTo(t, out, Ops.strString(t, a[i]));
            }
            writeTo(t, out, end == null ? "\n" : end);
            if (flushing) {
                RefCount.decref(t.ts, Ops.callAttr(t, out, t.interp.str("flush"), Ops.NO_ARGS, null));
            }
        } finally {
            RefCount.decref(t.ts, out);
        }
        return PyNone.NONE;
    }

    private static void writeTo(PyThread t, PyObject file, String text) {
        PyObject s = PyStr.of(t.ts, text);
        try {
            RefCount.decref(t.ts, Ops.callAttr(t, file, t.interp.str("write"), new PyObject[] {s}, null));
        } finally {
            RefCount.decref(t.ts, s);
        }
    }

    // ---- sorted, min, max, sum, any, all, round

    static KeyFunction keyFunction(PyThread t, PyObject key) {
        if (key == null || key == PyNone.NONE) {
            return null;
        }
        return (ts, item) -> Ops.call(t, key, new PyObject[] {item}, null);
    }

    static PyObject sorted(PyThread t, PyObject[] a, String[] kw) {
        Args.onlyKw(t, "sorted", kw, "key", "reverse");
        if (Args.npos(a, kw) != 1) {
            throw Errors.typeError(t, "sorted expected 1 argument, got " + Args.npos(a, kw));
        }
        PyObject l = listOf(t, a[0]);
        try {
            PyObject rev = Args.kw(a, kw, "reverse");
            ((PyList) l).sort(t.ts, keyFunction(t, Args.kw(a, kw, "key")), rev != null && Ops.truth(t, rev));
            return l;
        } catch (RuntimeException e) {
            RefCount.decref(t.ts, l);
            throw e;
        }
    }

    private static PyObject minMax(PyThread t, PyObject[] a, String[] kw, boolean min) {
        String fname = min ? "min" : "max";
        Args.onlyKw(t, fname, kw, "key", "default");
        int n = Args.npos(a, kw);
        PyObject key = Args.kw(a, kw, "key");
        PyObject dflt = Args.kw(a, kw, "default");
        if (key == PyNone.NONE) {
            key = null;
        }
        if (n == 0) {
            throw Errors.typeError(t, fname + " expected at least 1 argument, got 0");
        }
        ThreadState ts = t.ts;
        PyObject it;
        if (n == 1) {
            it = Ops.iter(t, a[0]);
        } else {
            if (dflt != null) {
                throw Errors.typeError(t, "Cannot specify a default for " + fname + "() with multiple positional "
                        + "arguments");
            }
            List<PyObject> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                items.add(RefCount.newRef(ts, a[i]));
            }
            it = new Iters.ListIter(ts, items);
        }
        PyObject best = null;
        PyObject bestKey = null;
        try {
            for (PyObject v = Ops.next(t, it); v != null; v = Ops.next(t, it)) {
                PyObject k;
                try {
                    k = key == null ? RefCount.newRef(ts, v) : Ops.call(t, key, new PyObject[] {v}, null);
                } catch (RuntimeException e) {
                    RefCount.decref(ts, v);
                    throw e;
                }
                boolean better;
                try {
                    better = best == null || Ops.compareBool(t, k, bestKey, min ? CompareOp.LT : CompareOp.GT);
                } catch (RuntimeException e) {
                    RefCount.decref(ts, v);
                    RefCount.decref(ts, k);
                    throw e;
                }
                if (better) {
                    if (best != null) {
                        RefCount.decref(ts, best);
                        RefCount.decref(ts, bestKey);
                    }
                    best = v;
                    bestKey = k;
                } else {
                    RefCount.decref(ts, v);
                    RefCount.decref(ts, k);
                }
            }
            if (best == null) {
                if (dflt != null) {
                    return RefCount.newRef(ts, dflt);
                }
                throw Errors.valueError(t, fname + "() iterable argument is empty");
            }
            PyObject r = best;
            best = null;
            return r;
        } finally {
            RefCount.decref(ts, it);
            if (best != null) {
                RefCount.decref(ts, best);
            }
            if (bestKey != null) {
                RefCount.decref(ts, bestKey);
            }
        }
    }

    /**
     * The float sum with its compensation, as CPython's: added only when non-zero and finite, which keeps a
     * negative zero ({@code sum([-0.0], -0.0)}) and an infinite sum from becoming NaN.
     */
    private static double compensated(double sum, double comp) {
        return comp != 0 && Double.isFinite(comp) ? sum + comp : sum;
    }

    /** pow's arguments by name or position: base, exp and mod (None when absent, two items then). */
    private static PyObject[] powArgs(PyThread t, PyObject[] a, String[] kw) {
        Args.onlyKw(t, "pow", kw, "base", "exp", "mod");
        int n = Args.npos(a, kw);
        if (n > 3) {
            throw Errors.typeError(t, "pow() takes at most 3 arguments (" + n + " given)");
        }
        String[] names = {"base", "exp", "mod"};
        PyObject[] out = new PyObject[3];
        for (int i = 0; i < 3; i++) {
            PyObject byName = Args.kw(a, kw, names[i]);
            if (i < n && byName != null) {
                throw Errors.typeError(t, "argument for pow() given by name ('" + names[i] + "') and position ("
                        + (i + 1) + ")");
            }
            out[i] = i < n ? a[i] : byName;
        }
        for (int i = 0; i < 2; i++) {
            if (out[i] == null) {
                throw Errors.typeError(t, "pow() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out[2] == null ? new PyObject[] {out[0], out[1]} : out;
    }

    private static PyObject sum(PyThread t, PyObject[] a, String[] kw) {
        Args.onlyKw(t, "sum", kw, "start");
        int n = Args.npos(a, kw);
        if (n < 1 || n > 2) {
            throw Errors.typeError(t, "sum() takes at most 2 arguments (" + n + " given)");
        }
        ThreadState ts = t.ts;
        PyObject start = n > 1 ? a[1] : Args.kw(a, kw, "start");
        if (start == null) {
            start = PyInt.of(ts, 0);
        }
        if (start instanceof PyStr) {
            throw Errors.typeError(t, "sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (start instanceof PyBytes || start instanceof PyByteArray) {
            throw Errors.typeError(t, "sum() can't sum " + Ops.typeName(start) + " [use b''.join(seq) instead]");
        }
        PyObject acc = RefCount.newRef(ts, start);
        PyObject it = Ops.iter(t, a[0]);
        try {
            double fsum = 0;
            double comp = 0;
            boolean floatMode = false;
            for (PyObject v = Ops.next(t, it); v != null; v = Ops.next(t, it)) {
                try {
                    if (floatMode || acc instanceof PyFloat && (v instanceof PyFloat || v instanceof PyInt)) {
                        if (!floatMode) {
                            floatMode = true;
                            fsum = ((PyFloat) acc).value;
                            comp = 0;
                        }
                        if (v instanceof PyInt && ((PyInt) v).fitsLong()) {
                            // CPython 3.12+ adds an int that fits a C long to the high part only, uncompensated:
                            // sum([1e100, 1, -1e100]) is 0.0 there (with 1.0 instead of 1 it is 1.0)
                            fsum += (double) ((PyInt) v).longValue();
                            continue;
                        }
                        if (v instanceof PyFloat) {
                            double x = ((PyFloat) v).value;
                            double s = fsum + x;
                            if (Math.abs(fsum) >= Math.abs(x)) {
                                comp += (fsum - s) + x;
                            } else {
                                comp += (x - s) + fsum;
                            }
                            fsum = s;
                            continue;
                        }
                        RefCount.decref(ts, acc);
                        acc = new PyFloat(ts, compensated(fsum, comp));
                        floatMode = false;
                    }
                    PyObject r = Arith.binary(t, Arith.Op.ADD, acc, v);
                    RefCount.decref(ts, acc);
                    acc = r;
                    if (acc instanceof PyFloat) {
                        floatMode = true;
                        fsum = ((PyFloat) acc).value;
                        comp = 0;
                    }
                } finally {
                    RefCount.decref(ts, v);
                }
            }
            if (floatMode) {
                RefCount.decref(ts, acc);
                acc = new PyFloat(ts, compensated(fsum, comp));
            }
            PyObject r = acc;
            acc = null;
            return r;
        } finally {
            RefCount.decref(ts, it);
            if (acc != null) {
                RefCount.decref(ts, acc);
            }
        }
    }

    private static PyObject anyAll(PyThread t, PyObject[] a, String[] kw, boolean any) {
        Args.noKw(t, any ? "any" : "all", kw);
        Args.count(t, any ? "any" : "all", a, kw, 1, 1);
        PyObject it = Ops.iter(t, a[0]);
        try {
            for (PyObject v = Ops.next(t, it); v != null; v = Ops.next(t, it)) {
                boolean tv;
                try {
                    tv = Ops.truth(t, v);
                } finally {
                    RefCount.decref(t.ts, v);
                }
                if (tv == any) {
                    return PyBool.of(any);
                }
            }
            return PyBool.of(!any);
        } finally {
            RefCount.decref(t.ts, it);
        }
    }

    private static PyObject round(PyThread t, PyObject[] a, String[] kw) {
        Args.onlyKw(t, "round", kw, "ndigits", "number");
        int n = Args.npos(a, kw);
        if (n > 2) {
            throw Errors.typeError(t, "round() takes at most 2 arguments (" + n + " given)");
        }
        PyObject x = n > 0 ? a[0] : Args.kw(a, kw, "number");
        if (x == null) {
            throw Errors.typeError(t, "round() missing required argument 'number' (pos 1)");
        }
        PyObject nd = n > 1 ? a[1] : Args.kw(a, kw, "ndigits");
        if (nd == PyNone.NONE) {
            nd = null;
        }
        ThreadState ts = t.ts;
        if (x instanceof PyInstance) {
            PyObject m = ((PyInstance) x).cls().lookup(t, "__round__");
            if (m != null) {
                try {
                    return Ops.callMethod(t, m, x, nd == null ? Ops.NO_ARGS : new PyObject[] {nd}, null);
                } finally {
                    RefCount.decref(ts, m);
                }
            }
            x = BuiltinBase.operand(x); // round(I(5)), round(Celsius(21.5)): the number it carries
        }
        if (x instanceof PyInt) {
            if (nd == null) {
                return x instanceof PyBool ? PyInt.of(ts, x == PyBool.TRUE ? 1 : 0) : RefCount.newRef(ts, x);
            }
            long d = Ops.index(t, nd, "'%s' object cannot be interpreted as an integer"); // saturated when huge
            if (d >= 0) {
                return x instanceof PyBool ? PyInt.of(ts, x == PyBool.TRUE ? 1 : 0) : RefCount.newRef(ts, x);
            }
            BigDecimal v = new BigDecimal(((PyInt) x).bigValue());
            // past the number's digits every scale rounds to 0
            BigDecimal r = v.setScale((int) Math.max(d, -(long) v.precision() - 2), java.math.RoundingMode.HALF_EVEN);
            return Arith.ofBig(ts, r.toBigInteger());
        }
        if (x instanceof PyFloat) {
            double v = ((PyFloat) x).value;
            if (nd == null) {
                return Arith.ofBig(ts, FloatFormat.roundToInt(v));
            }
            long d = Ops.index(t, nd, "'%s' object cannot be interpreted as an integer"); // saturated when huge
            return new PyFloat(ts, FloatFormat.round(v, (int) Math.max(Integer.MIN_VALUE / 2,
                    Math.min(Integer.MAX_VALUE / 2, d))));
        }
        throw Errors.typeError(t, "type " + Ops.typeName(x) + " doesn't define __round__ method");
    }

    private static PyObject radix(PyThread t, PyObject[] a, String[] kw, int base, String fname) {
        Args.noKw(t, fname, kw);
        Args.count(t, fname, a, kw, 1, 1);
        PyObject x = a[0];
        if (x instanceof PyInstance) { // the class's __index__, else the int a subclass of int carries
            PyObject m = ((PyInstance) x).cls().lookup(t, "__index__");
            if (m != null) {
                PyObject r;
                try {
                    r = Ops.callMethod(t, m, x, Ops.NO_ARGS, null);
                } finally {
                    RefCount.decref(t.ts, m);
                }
                try {
                    if (!(r instanceof PyInt)) {
                        throw Errors.typeError(t, "__index__ returned non-int (type " + Ops.typeName(r) + ")");
                    }
                    return PyStr.of(t.ts, IntParse.toString(((PyInt) r).bigValue(), base, true));
                } finally {
                    RefCount.decref(t.ts, r);
                }
            }
        }
        if (!(x instanceof PyInt)) {
            throw Errors.typeError(t, "'" + Ops.typeName(x) + "' object cannot be interpreted as an integer");
        }
        return PyStr.of(t.ts, IntParse.toString(((PyInt) x).bigValue(), base, true));
    }

    // ---- formatting

    /** {@code format(v, spec)}; {@code isStr} when {@code v} is already the str to format (a conversion's result). */
    static String formatValue(PyThread t, PyObject v, String spec, boolean isStr) {
        try {
            if (v instanceof PyStr) {
                String s = ((PyStr) v).value();
                return spec.isEmpty() ? s : Formatter.formatStr(s, spec);
            }
            if (v instanceof PyBool && spec.isEmpty()) {
                return v == PyBool.TRUE ? "True" : "False";
            }
            if (v instanceof PyInt) {
                return spec.isEmpty() ? Ops.intDecimal(t, (PyInt) v)
                        : Formatter.formatInt(((PyInt) v).bigValue(), spec, "int", t.interp.maxStrDigits());
            }
            if (v instanceof PyFloat) {
                return spec.isEmpty() ? FloatFormat.repr(((PyFloat) v).value)
                        : Formatter.formatFloat(((PyFloat) v).value, spec);
            }
            if (v instanceof PyComplex) {
                return PyComplex.format(((PyComplex) v).real, ((PyComplex) v).imag, spec);
            }
        } finally {
            if (isStr) {
                RefCount.decref(t.ts, v);
            }
        }
        if (v instanceof PyInstance) {
            PyObject m = ((PyInstance) v).cls().lookup(t, "__format__");
            if (m != null && spec.isEmpty() && !(m instanceof PyFunction)
                    && ((PyInstance) v).base() instanceof PyStr) {
                // str.__format__ with no spec is str(self) (CPython's unicode___format__): a subclass's __str__
                RefCount.decref(t.ts, m);
                return Ops.strString(t, v);
            }
            if (m != null) {
                PyObject s = PyStr.of(t.ts, spec);
                PyObject r;
                try {
                    r = Ops.callMethod(t, m, v, new PyObject[] {s}, null);
                } finally {
                    RefCount.decref(t.ts, m);
                    RefCount.decref(t.ts, s);
                }
                try {
                    if (!(BuiltinBase.operand(r) instanceof PyStr)) { // CPython's PyObject_Format check
                        throw Errors.typeError(t, "__format__ must return a str, not " + Ops.typeName(r));
                    }
                    return Ops.strString(t, r);
                } finally {
                    RefCount.decref(t.ts, r);
                }
            }
        }
        if (!spec.isEmpty()) {
            throw Errors.typeError(t, "unsupported format string passed to " + Ops.typeName(v) + ".__format__");
        }
        return Ops.strString(t, v);
    }

    // ---- constructors of the built-in types

    /**
     * The dict to hold while copying {@code iterable}'s items, when it is a dict, a view of one or a set (the dict of
     * its keys); else null. CPython's free-threaded build copies those into a list under the dict's critical section
     * (listobject.c: list_extend_dict, list_extend_dictitems, list_extend_set), so {@code list(d)}, {@code sorted(d)},
     * {@code [*d]} and {@code l.extend(d)} see one state of a dict that other threads write, and never raise
     * "dictionary changed size during iteration".
     */
    static PyDict snapshotSource(PyObject iterable) {
        if (iterable instanceof PyDict) {
            return (PyDict) iterable;
        }
        if (iterable instanceof PyDictView) {
            return ((PyDictView) iterable).mappingBorrowed();
        }
        if (iterable instanceof PySet) {
            return ((PySet) iterable).items();
        }
        return null;
    }

    /**
     * The items {@code iterable} yields, as new references: read holding the critical section of its
     * {@link #snapshotSource} (all at once, as CPython copies them), or by plain iteration when it has none.
     */
    static PyObject[] snapshotItems(PyThread t, PyObject iterable) {
        ThreadState ts = t.ts;
        PyDict d = snapshotSource(iterable);
        PyObject source = iterable instanceof PySet ? d : iterable; // the dict read is the one locked
        List<PyObject> out = new ArrayList<>();
        try (dev.freethread.objects.CriticalSection cs = d == null ? null
                : dev.freethread.objects.CriticalSection.of(ts, d);
             Ops.ItemIterator it = Ops.iterator(t, source)) {
            for (PyObject v = it.next(ts); v != null; v = it.next(ts)) {
                out.add(v);
            }
        } catch (RuntimeException e) {
            for (PyObject v : out) {
                RefCount.decref(ts, v);
            }
            throw e;
        }
        PyObject[] items = out.toArray(new PyObject[0]);
        return iterable instanceof PySet ? ((PySet) iterable).cpythonOrder(t, items) : items; // list(s): CPython's
    }

    /**
     * {@code ascii(o)}: the repr with every non-ASCII code point escaped as CPython does: a backslash and {@code x}
     * with 2 hex digits below 0x100, {@code u} with 4 below 0x10000, {@code U} with 8 above.
     */
    static String asciiEscaped(String repr) {
        StringBuilder b = null;
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp >= 0x80) {
                if (b == null) {
                    b = new StringBuilder(repr.length() + 16).append(repr, 0, i);
                }
                if (cp < 0x100) {
                    b.append(String.format("\\x%02x", cp));
                } else if (cp < 0x10000) {
                    b.append(String.format("\\u%04x", cp));
                } else {
                    b.append(String.format("\\U%08x", cp));
                }
            } else if (b != null) {
                b.append((char) cp);
            }
            i += n;
        }
        return b == null ? repr : b.toString();
    }

    static PyObject listOf(PyThread t, PyObject iterable) {
        if (snapshotSource(iterable) != null) {
            PyObject[] vs = snapshotItems(t, iterable);
            try {
                return PyList.of(t.ts, vs);
            } finally {
                for (PyObject v : vs) {
                    RefCount.decref(t.ts, v);
                }
            }
        }
        Ops.lengthHintProbe(t, iterable);
        PyList l = PyList.create(t.ts);
        try {
            if (iterable instanceof PyList) {
                l.extend(t.ts, (PyList) iterable);
            } else {
                try (Ops.ItemIterator items = Ops.iterator(t, iterable)) {
                    l.extend(t.ts, items);
                }
            }
            return l;
        } catch (RuntimeException e) {
            RefCount.decref(t.ts, l);
            throw e;
        }
    }

    /** {@code range(...)}'s bounds as longs, or null when an argument does not fit (the caller builds a range). */
    static long[] rangeArgs(PyThread t, PyObject[] av) {
        long[] b = new long[] {0, 0, 1};
        for (PyObject o : av) {
            if (!(o instanceof PyInt)) {
                return null;
            }
            if (!((PyInt) o).fitsLong()) {
                return null;
            }
        }
        if (av.length == 1) {
            b[1] = ((PyInt) av[0]).longValue();
        } else {
            b[0] = ((PyInt) av[0]).longValue();
            b[1] = ((PyInt) av[1]).longValue();
            if (av.length == 3) {
                b[2] = ((PyInt) av[2]).longValue();
                if (b[2] == 0) {
                    return null;
                }
            }
        }
        return b;
    }

    /** {@code callable(o)}. */
    static boolean isCallable(PyThread t, PyObject o) {
        if (o instanceof Callable || o instanceof PyType || o instanceof PyWeakRef
                || o instanceof Descriptors.StaticMethod) { // static methods are callable since 3.10
            return true;
        }
        if (o instanceof PyInstance) {
            PyObject m = ((PyInstance) o).cls().lookup(t, "__call__");
            if (m != null) {
                RefCount.decref(t.ts, m);
                return true;
            }
        }
        return false;
    }

    static PyObject construct(PyThread t, PyType type, PyObject[] a, String[] kw) {
        ThreadState ts = t.ts;
        int n = Args.npos(a, kw);
        if (type == PyCell.TYPE) { // types.CellType([contents]), as CPython's cell_new
            Args.noKw(t, "cell", kw);
            if (a.length > 1) {
                throw Errors.typeError(t, "cell expected at most 1 argument, got " + a.length);
            }
            PyCell c = new PyCell(t.ts);
            if (a.length == 1) {
                RefCount.xdecref(t.ts, c.swap(t.ts, a[0]));
            }
            return c;
        }
        if (type == PyWeakRef.TYPE) {
            return Modules.newWeakRef(t, a, kw);
        }
        if (type == PyBytes.TYPE) {
            if (n == 1 && kw == null && a[0] instanceof PyBytes) {
                return RefCount.newRef(ts, a[0]); // bytes(b) is b, as CPython's
            }
            return PyBytes.of(ts, BytesMethods.contents(t, a, kw, "bytes"));
        }
        if (type == PyByteArray.TYPE) {
            return new PyByteArray(ts, BytesMethods.contents(t, a, kw, "bytearray"));
        }
        if (type == PyInt.TYPE) {
            Args.onlyKw(t, "int", kw, "base");
            if (a.length > 2) {
                throw Errors.typeError(t, "int expected at most 2 arguments, got " + a.length);
            }
            PyObject base = n > 1 ? a[1] : Args.kw(a, kw, "base");
            if (n == 0) {
                if (base != null) {
                    throw Errors.typeError(t, "int() missing string argument");
                }
                return PyInt.of(ts, 0);
            }
            return toInt(t, a[0], base);
        }
        if (type == PyFloat.TYPE) {
            Args.noKw(t, "float", kw);
            Args.count(t, "float", a, kw, 0, 1);
            if (n == 0) {
                return new PyFloat(ts, 0.0);
            }
            PyObject x = a[0];
            if (x instanceof PyFloat) {
                return RefCount.newRef(ts, x);
            }
            if (x instanceof PyInt) {
                return new PyFloat(ts, Arith.toDouble(t, x));
            }
            if (x instanceof PyStr) {
                return new PyFloat(ts, FloatFormat.parse(((PyStr) x).value()));
            }
            if (x instanceof PyBytes || x instanceof PyByteArray) { // float(b'1.5')
                String text = latin1(x);
                // a byte past ASCII is never part of a number, nor space (b'123\xa0' is no float)
                Double v = text.chars().anyMatch(c -> c >= 0x80) ? null : FloatFormat.tryParse(text);
                if (v == null) { // CPython's message shows the bytes' repr
                    throw Errors.valueError(t, "could not convert string to float: "
                            + PyBytes.repr(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), "b"));
                }
                return new PyFloat(ts, v);
            }
            if (x instanceof PyInstance) {
                PyObject m = ((PyInstance) x).cls().lookup(t, "__float__");
                if (m != null) {
                    PyObject r;
                    try {
                        r = Ops.callMethod(t, m, x, Ops.NO_ARGS, null);
                    } finally {
                        RefCount.decref(ts, m);
                    }
                    return exactFloat(t, x, r);
                }
                m = ((PyInstance) x).cls().lookup(t, "__index__");
                if (m != null) { // float(obj) of an object with __index__ only: its int's value, as CPython 3.8+
                    PyObject r;
                    try {
                        r = exactInt(t, Ops.callMethod(t, m, x, Ops.NO_ARGS, null), "__index__");
                    } finally {
                        RefCount.decref(ts, m);
                    }
                    try {
                        return new PyFloat(ts, Arith.toDouble(t, r));
                    } finally {
                        RefCount.decref(ts, r);
                    }
                }
            }
            if (BuiltinBase.operand(x) != x) { // float(S('1.5')): a str subclass's instance parses as its str
                return construct(t, PyFloat.TYPE, new PyObject[] {BuiltinBase.operand(x)}, null);
            }
            if (BytesMethods.isBytesLike(t, x)) { // float(memoryview(b'1.5')): the buffer's bytes, as CPython's
                PyObject b = PyBytes.of(ts, BytesMethods.bytesLike(t, x, null));
                try {
                    return construct(t, PyFloat.TYPE, new PyObject[] {b}, null);
                } finally {
                    RefCount.decref(ts, b);
                }
            }
            throw Errors.typeError(t, "float() argument must be a string or a real number, not '"
                    + Ops.typeName(x) + "'");
        }
        if (type == PyComplex.TYPE) {
            return newComplex(t, a, kw);
        }
        if (type == PyStr.TYPE) {
            Args.onlyKw(t, "str", kw, "object", "encoding", "errors");
            Args.count(t, "str", a, kw, 0, 3);
            PyObject obj = n > 0 ? a[0] : Args.kw(a, kw, "object");
            PyObject enc = n > 1 ? a[1] : Args.kw(a, kw, "encoding");
            PyObject errs = n > 2 ? a[2] : Args.kw(a, kw, "errors");
            if (enc != null || errs != null) { // str(b'abc', 'utf-8'): decoding
                // CPython's argument clinic checks encoding and errors first, then PyUnicode_FromEncodedObject
                for (int k = 0; k < 2; k++) {
                    PyObject v = k == 0 ? enc : errs;
                    if (v != null && Ops.strValueOrNull(v) == null) {
                        throw Errors.typeError(t, "str() argument '" + (k == 0 ? "encoding" : "errors")
                                + "' must be str, not " + Ops.typeName(v));
                    }
                }
                if (obj instanceof PyStr || Ops.strValueOrNull(obj) != null) {
                    throw Errors.typeError(t, "decoding str is not supported");
                }
                PyObject objValue = obj == null ? null : BuiltinBase.operand(obj);
                if (obj != null && !BytesMethods.isBytesLike(t, obj) && !(objValue instanceof PyBytes)
                        && !(objValue instanceof PyByteArray)) {
                    throw Errors.typeError(t, "decoding to str: need a bytes-like object, " + Ops.typeName(obj)
                            + " found");
                }
                byte[] b = BytesMethods.bytesLike(t, obj == null ? PyBytes.EMPTY : objValue, "decoding to str");
                return PyStr.of(ts, BytesMethods.decode(t, b, enc == null ? "utf-8" : Ops.strValueOrNull(enc),
                        errs == null ? "strict" : Ops.strValueOrNull(errs)));
            }
            return obj == null ? t.interp.str("") : PyStr.of(ts, Ops.strString(t, obj));
        }
        if (type == PyBool.TYPE) {
            Args.noKw(t, "bool", kw);
            Args.count(t, "bool", a, kw, 0, 1);
            return n == 0 ? PyBool.FALSE : PyBool.of(Ops.truth(t, a[0]));
        }
        if (type == PyList.TYPE) {
            Args.noKw(t, "list", kw);
            Args.count(t, "list", a, kw, 0, 1);
            return n == 0 ? PyList.create(ts) : listOf(t, a[0]);
        }
        if (type == PyTuple.TYPE) {
            Args.noKw(t, "tuple", kw);
            Args.count(t, "tuple", a, kw, 0, 1);
            if (n == 0) {
                return PyTuple.EMPTY;
            }
            if (a[0] instanceof PyTuple) {
                return RefCount.newRef(ts, a[0]);
            }
            if (snapshotSource(a[0]) != null) { // a dict, its views...: one atomic snapshot, as list() takes
                return PyTuple.stealing(ts, snapshotItems(t, a[0]));
            }
            List<PyObject> items = new ArrayList<>();
            PyObject it = Ops.iter(t, a[0]);
            try {
                for (PyObject v = Ops.next(t, it); v != null; v = Ops.next(t, it)) {
                    items.add(v);
                }
            } catch (RuntimeException e) {
                for (PyObject v : items) {
                    RefCount.decref(ts, v);
                }
                throw e;
            } finally {
                RefCount.decref(ts, it);
            }
            return PyTuple.stealing(ts, items.toArray(new PyObject[0]));
        }
        if (type == PyDict.TYPE) {
            if (n > 1) {
                throw Errors.typeError(t, "dict expected at most 1 argument, got " + n);
            }
            PyDict d = PyDict.create(ts);
            try {
                if (n == 1) {
                    Methods.updateDict(t, d, a[0]);
                }
                if (kw != null) {
                    for (int i = 0; i < kw.length; i++) {
                        d.setItem(ts, t.interp.str(kw[i]), a[n + i]);
                    }
                }
                return d;
            } catch (RuntimeException e) {
                RefCount.decref(ts, d);
                throw e;
            }
        }
        if (type == PySet.TYPE) {
            Args.noKw(t, "set", kw);
            Args.count(t, "set", a, kw, 0, 1);
            return PySet.of(t, n == 0 ? null : a[0]);
        }
        if (type == PySet.FROZEN) {
            Args.noKw(t, "frozenset", kw);
            Args.count(t, "frozenset", a, kw, 0, 1);
            return PySet.frozenOf(t, n == 0 ? null : a[0]);
        }
        if (type == PyType.OBJECT) {
            if (a.length > 0) { // keywords too
                throw Errors.typeError(t, "object() takes no arguments");
            }
            return new PlainObject(ts);
        }
        if (type == Descriptors.PySlice.TYPE) {
            // slice(stop), slice(start, stop[, step]): what a[start:stop:step] makes
            Args.noKw(t, "slice", kw);
            if (n < 1 || n > 3) {
                throw Errors.typeError(t, n < 1 ? "slice expected at least 1 argument, got 0"
                        : "slice expected at most 3 arguments, got " + n);
            }
            PyObject none = PyNone.NONE;
            return n == 1 ? new Descriptors.PySlice(ts, none, a[0], none)
                    : new Descriptors.PySlice(ts, a[0], a[1], n > 2 ? a[2] : none);
        }
        if (type == PyRange.TYPE) {
            Args.noKw(t, "range", kw);
            if (n < 1 || n > 3) {
                throw Errors.typeError(t, n == 0 ? "range expected at least 1 argument, got 0"
                        : "range expected at most 3 arguments, got " + n);
            }
            java.math.BigInteger[] b = {java.math.BigInteger.ZERO, java.math.BigInteger.ZERO,
                java.math.BigInteger.ONE};
            for (int i = 0; i < n; i++) {
                if (!(a[i] instanceof PyInt) && !(a[i] instanceof PyInstance)) { // an instance may have __index__
                    throw Errors.typeError(t, "'" + Ops.typeName(a[i]) + "' object cannot be interpreted as an "
                            + "integer");
                }
            }
            String what = "'%s' object cannot be interpreted as an integer";
            if (n == 1) {
                b[1] = Ops.bigIndex(t, a[0], what);
            } else {
                b[0] = Ops.bigIndex(t, a[0], what);
                b[1] = Ops.bigIndex(t, a[1], what);
                if (n == 3) {
                    b[2] = Ops.bigIndex(t, a[2], what);
                    if (b[2].signum() == 0) {
                        throw Errors.valueError(t, "range() arg 3 must not be zero");
                    }
                }
            }
            return PyRange.of(ts, b[0], b[1], b[2]);
        }
        if (type == PyType.TYPE) {
            if (n == 1 && kw == null) {
                return RefCount.newRef(ts, Ops.pythonType(a[0]));
            }
            if (n == 1) { // type(x, k=v): CPython refuses the keywords of the one-argument form so
                throw Errors.typeError(t, "type() takes no keyword arguments");
            }
            if (n != 3 || kw != null) {
                throw Errors.typeError(t, "type() takes 1 or 3 arguments");
            }
            if (a[1] instanceof PyTuple) {
                // type(name, bases, ns) with a base whose metaclass is ours: that metaclass makes the class (its
                // __new__, then its __init__), as CPython's type_new hands it to the winner's tp_new
                PyTuple bt = (PyTuple) a[1];
                PyType winner = PyType.TYPE;
                for (int i = 0; i < bt.size(); i++) {
                    PyObject b = bt.getItemBorrowed(i);
                    if (b instanceof PyType) {
                        winner = TypeMethods.calculateMetaclass(t, winner, new PyType[] {(PyType) b});
                    }
                }
                if (winner != PyType.TYPE) {
                    return Ops.call(t, winner, new PyObject[] {a[0], a[1], a[2]}, null);
                }
            }
            return newType(t, PyType.TYPE, a[0], a[1], a[2], new String[0], Ops.NO_ARGS);
        }
        if (type == PyMethod.TYPE) { // types.MethodType(func, obj): a bound method, with CPython's checks
            if (kw != null) {
                throw Errors.typeError(t, "method() takes no keyword arguments");
            }
            if (n != 2) {
                throw Errors.typeError(t, "method expected 2 arguments, got " + n);
            }
            if (!isCallable(t, a[0])) {
                throw Errors.typeError(t, "first argument must be callable");
            }
            if (a[1] == PyNone.NONE) {
                throw Errors.typeError(t, "instance must not be None");
            }
            return new PyMethod(ts, a[0], a[1]);
        }
        if (type == Descriptors.Property.TYPE) { // property(fget=None, fset=None, fdel=None, doc=None)
            Args.onlyKw(t, "property", kw, "fget", "fset", "fdel", "doc");
            PyObject[] p = new PyObject[3];
            for (int i = 0; i < Math.min(n, 3); i++) {
                p[i] = a[i] == PyNone.NONE ? null : a[i];
            }
            String[] names = {"fget", "fset", "fdel"};
            for (int i = 0; i < 3; i++) {
                PyObject v = Args.kw(a, kw, names[i]);
                if (v != null && v != PyNone.NONE) {
                    p[i] = v;
                }
            }
            PyObject doc = n > 3 ? a[3] : Args.kw(a, kw, "doc");
            if (doc == null || doc == PyNone.NONE) { // the getter's docstring, as CPython's
                PyObject d = Descriptors.Property.docOf(t, p[0]);
                try {
                    Descriptors.Property prop = new Descriptors.Property(ts, p[0], p[1], p[2], d);
                    prop.getterDoc = d != null;
                    return prop;
                } finally {
                    RefCount.xdecref(ts, d);
                }
            }
            return new Descriptors.Property(ts, p[0], p[1], p[2], doc);
        }
        if (type == Descriptors.StaticMethod.TYPE) {
            Args.noKw(t, "staticmethod", kw);
            Args.count(t, "staticmethod", a, kw, 1, 1);
            Descriptors.StaticMethod sm = new Descriptors.StaticMethod(ts, a[0]);
            try {
                sm.copyWraps(t);
            } catch (RuntimeException e) {
                RefCount.decref(ts, sm);
                throw e;
            }
            return sm;
        }
        if (type == Descriptors.ClassMethod.TYPE) {
            Args.noKw(t, "classmethod", kw);
            Args.count(t, "classmethod", a, kw, 1, 1);
            Descriptors.ClassMethod cm = new Descriptors.ClassMethod(ts, a[0]);
            try {
                cm.copyWraps(t);
            } catch (RuntimeException e) {
                RefCount.decref(ts, cm);
                throw e;
            }
            return cm;
        }
        if (type == PyModule.TYPE) { // types.ModuleType(name, doc=None): an empty module, as CPython's
            Args.onlyKw(t, "module", kw, "name", "doc");
            PyObject name = n > 0 ? a[0] : Args.kw(a, kw, "name");
            PyObject doc = n > 1 ? a[1] : Args.kw(a, kw, "doc");
            if (name == null || n > 2) {
                throw Errors.typeError(t, "module() takes at most 2 arguments (" + n + " given)"
                        + (name == null ? "; missing required argument 'name' (pos 1)" : ""));
            }
            if (!(name instanceof PyStr)) {
                throw Errors.typeError(t, "module() argument 'name' must be str, not " + Ops.typeName(name));
            }
            PyModule m = Modules.module(t, ((PyStr) name).value());
            PyDict d = m.dict();
            d.setItem(ts, t.interp.str("__doc__"), doc == null ? PyNone.NONE : doc);
            for (String k : new String[] {"__package__", "__loader__", "__spec__"}) {
                d.setItem(ts, t.interp.str(k), PyNone.NONE);
            }
            return m;
        }
        if (type == TypeAliases.GenericAlias.TYPE) { // types.GenericAlias(origin, args): what origin[args] makes
            Args.count(t, "GenericAlias", a, kw, 2, 2);
            if (!(a[0] instanceof PyType)) {
                throw Errors.typeError(t, "GenericAlias() origin must be a class in ftpython, not "
                        + Ops.typeName(a[0]));
            }
            return TypeAliases.GenericAlias.of(t, (PyType) a[0], a[1]);
        }
        if (type == ThreadObjects.LOCK || type == ThreadObjects.RLOCK) { // threading.Lock is the type in 3.13
            if (a.length > 0) {
                throw Errors.typeError(t, (type == ThreadObjects.LOCK ? "lock" : "RLock") + " expected 0 arguments, got "
                        + a.length);
            }
            return type == ThreadObjects.LOCK ? new ThreadObjects.Lock(t.ts) : new ThreadObjects.RLock(t.ts);
        }
        if (type == PyNone.NONE.type() || type == PyNotImplemented.NOT_IMPLEMENTED.type()
                || type == Ellipsis.TYPE) { // NoneType(): the singleton, as CPython's
            if (n > 0 || kw != null && kw.length > 0) {
                throw Errors.typeError(t, type.name() + " takes no arguments");
            }
            return type == Ellipsis.TYPE ? Ellipsis.INSTANCE : type == PyNone.NONE.type() ? PyNone.NONE
                    : PyNotImplemented.NOT_IMPLEMENTED;
        }
        // map(f, xs) and the other iterator types the builtins name: last, so that list() and dict() do not look
        PyBuiltin ctor = t.interp.typeConstructors.get(type);
        if (ctor != null) {
            return ctor.call(t, a, kw);
        }
        if (type == PyFunction.TYPE) {
            return newFunction(t, a, kw);
        }
        throw Errors.typeError(t, "cannot create '" + type.name() + "' instances");
    }

    /**
     * {@code types.FunctionType(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None)}, with
     * CPython's checks: a function's code (a compiled module's code is refused: ftpython runs module code only
     * through exec), its globals, and a closure of cells exactly as long as the code's free variables.
     */
    private static PyObject newFunction(PyThread t, PyObject[] a, String[] kw) {
        ThreadState ts = t.ts;
        String[] names = {"code", "globals", "name", "argdefs", "closure", "kwdefaults"};
        PyObject[] v = new PyObject[names.length];
        int npos = Args.npos(a, kw);
        if (npos > names.length) {
            throw Errors.typeError(t, "function() takes at most 6 arguments (" + npos + " given)");
        }
        System.arraycopy(a, 0, v, 0, npos);
        for (int k = 0; kw != null && k < kw.length; k++) {
            int i = java.util.Arrays.asList(names).indexOf(kw[k]);
            if (i < 0 || v[i] != null) {
                throw Errors.typeError(t, i < 0 ? "function() got an unexpected keyword argument '" + kw[k] + "'"
                        : "argument for function() given by name ('" + kw[k] + "') and position (" + (i + 1) + ")");
            }
            v[i] = a[npos + k];
        }
        if (!(v[0] instanceof PyCode)) {
            throw Errors.typeError(t, "function() argument 'code' must be code, not "
                    + (v[0] == null ? "nothing" : Ops.typeName(v[0])));
        }
        if (!(v[1] instanceof PyDict)) {
            throw Errors.typeError(t, "function() argument 'globals' must be dict, not "
                    + (v[1] == null ? "nothing" : Ops.typeName(v[1])));
        }
        PyCode pc = (PyCode) v[0];
        if (pc.source != null) {
            throw Errors.typeError(t, "function() of a compiled module's code is not supported by ftpython");
        }
        Code code = pc.code;
        for (int i = 2; i < names.length; i++) {
            if (v[i] == PyNone.NONE) {
                v[i] = null;
            }
        }
        if (v[2] != null && !(v[2] instanceof PyStr)) {
            throw Errors.typeError(t, "arg 3 (name) must be None or string");
        }
        if (v[3] != null && !(v[3] instanceof PyTuple)) {
            throw Errors.typeError(t, "arg 4 (defaults) must be None or tuple");
        }
        if (v[5] != null && !(v[5] instanceof PyDict)) {
            throw Errors.typeError(t, "arg 6 (kwdefaults) must be None or dict");
        }
        int nfree = code.freeNames.length;
        PyCell[] cells = new PyCell[nfree];
        if (v[4] != null || nfree > 0) {
            if (!(v[4] instanceof PyTuple)) {
                throw Errors.typeError(t, "arg 5 (closure) must be tuple");
            }
            PyTuple cl = (PyTuple) v[4];
            if (cl.size() != nfree) {
                throw Errors.valueError(t, code.name + " requires closure of length " + nfree + ", not "
                        + cl.size());
            }
            for (int i = 0; i < nfree; i++) {
                if (!(cl.getItemBorrowed(i) instanceof PyCell)) {
                    throw Errors.typeError(t, "arg 5 (closure) expected cell, found "
                            + Ops.typeName(cl.getItemBorrowed(i)));
                }
                cells[i] = (PyCell) cl.getItemBorrowed(i);
            }
        }
        PyFunction f = new PyFunction(ts, code, (PyDict) v[1], t.interp.builtinsFrom(ts, (PyDict) v[1]),
                new PyObject[0], new PyObject[code.kwonlycount], cells);
        try {
            if (v[3] != null) {
                f.setDefaults(t, v[3]);
            }
            if (v[5] != null) {
                f.setKwDefaults(t, v[5]);
            }
            if (v[2] != null) {
                f.setOverride(ts, t.interp.str("__name__"), v[2]);
            }
            return f;
        } catch (RuntimeException e) {
            RefCount.decref(ts, f);
            throw e;
        }
    }

    /**
     * {@code type(name, bases, dict)}: a class as a class statement makes it, over a copy of {@code dict}; its
     * {@code __module__} is the dict's, else the {@code __name__} of the calling code's globals (CPython's).
     */
    static PyObject newType(PyThread t, PyType metatype, PyObject name, PyObject bases, PyObject dict,
                            String[] kwNames, PyObject[] kwValues) {
        ThreadState ts = t.ts;
        if (!(name instanceof PyStr)) {
            throw Errors.typeError(t, "type.__new__() argument 1 must be str, not " + Ops.typeName(name));
        }
        if (!(bases instanceof PyTuple)) {
            throw Errors.typeError(t, "type.__new__() argument 2 must be tuple, not " + Ops.typeName(bases));
        }
        if (!(BuiltinBase.operand(dict) instanceof PyDict)) { // a dict subclass's (OrderedDict's) items too
            throw Errors.typeError(t, "type.__new__() argument 3 must be dict, not " + Ops.typeName(dict));
        }
        dict = BuiltinBase.operand(dict);
        PyTuple bt = (PyTuple) bases;
        PyObject[] bs = new PyObject[bt.size()];
        for (int i = 0; i < bs.length; i++) {
            bs[i] = bt.getItemBorrowed(i);
            if (!(bs[i] instanceof PyType)) { // as CPython's type_new
                PyObject me = Ops.getAttrOrNull(t, bs[i], t.interp.str("__mro_entries__"));
                if (me != null) {
                    RefCount.decref(ts, me);
                    throw Errors.typeError(t, "type() doesn't support MRO entry resolution; use types.new_class()");
                }
            }
        }
        java.util.List<PyObject> keep = new java.util.ArrayList<>();
        PyDict ns = null;
        try {
            PyType[] baseTypes = Stmts.ClassDef.baseTypes(t, bs, keep);
            PyType meta = TypeMethods.calculateMetaclass(t, metatype, baseTypes);
            java.util.List<PyType> mro = PyClass.c3(t, baseTypes);
            ns = PyDict.create(ts);
            ns.update(ts, (PyDict) dict);
            PyStr modKey = t.interp.str("__module__");
            PyObject mod = Ops.getOrNull(ts, ns, modKey);
            String module = mod instanceof PyStr ? ((PyStr) mod).value() : mod == null ? null : "__main__";
            if (mod == null) { // the calling code's module, as CPython's type_new_set_module (none: no __module__)
                Frame caller = t.current;
                PyObject callerName = caller == null || caller.globals == null ? null
                        : Ops.getOrNull(ts, caller.globals, t.interp.str("__name__"));
                if (callerName != null) {
                    ns.setItem(ts, modKey, callerName);
                    module = callerName instanceof PyStr ? ((PyStr) callerName).value() : null;
                    RefCount.decref(ts, callerName);
                }
            } else {
                RefCount.decref(ts, mod);
            }
            String n = ((PyStr) name).value();
            PyStr qk = t.interp.str("__qualname__");
            PyObject q = Ops.getOrNull(ts, ns, qk);
            if (q != null && !(q instanceof PyStr)) {
                String qt = Ops.typeName(q);
                RefCount.decref(ts, q);
                throw Errors.typeError(t, "type __qualname__ must be a str, not " + qt);
            }
            String qualname = q instanceof PyStr ? ((PyStr) q).value() : n;
            if (q == null) {
                ns.setItem(ts, qk, name);
            } else {
                RefCount.decref(ts, q);
            }
            return Stmts.ClassDef.makeClass(t, meta, n, qualname, module, baseTypes, mro, ns, kwNames, kwValues);
        } finally {
            RefCount.xdecref(ts, ns);
            for (PyObject k : keep) {
                RefCount.decref(ts, k);
            }
        }
    }

    /**
     * {@code complex(real=0, imag=0)}, as CPython's {@code complex_new}: a string (spaces and parentheses around,
     * {@code 1+2j}, {@code -j}, {@code inf-nanj}; then no second argument), a number, an object with
     * {@code __complex__}, {@code __float__} or {@code __index__}; {@code real + imag*1j} for complex arguments.
     */
    private static PyObject newComplex(PyThread t, PyObject[] a, String[] kw) {
        ThreadState ts = t.ts;
        Args.onlyKw(t, "complex", kw, "real", "imag");
        int n = Args.npos(a, kw);
        if (n > 2) {
            throw Errors.typeError(t, "complex() takes at most 2 arguments (" + n + " given)");
        }
        PyObject r = n > 0 ? a[0] : Args.kw(a, kw, "real");
        PyObject i = n > 1 ? a[1] : Args.kw(a, kw, "imag");
        if (r instanceof PyStr) {
            if (i != null) {
                throw Errors.typeError(t, "complex() can't take second arg if first is a string");
            }
            String text = ((PyStr) r).value();
            if (text.indexOf('_') >= 0 && !underscoresBetweenDigits(text)) { // CPython checks these first
                throw Errors.valueError(t, "could not convert string to complex: " + Ops.reprString(t, r));
            }
            double[] v = parseComplex(text);
            if (v == null) {
                throw Errors.valueError(t, "complex() arg is a malformed string");
            }
            return new PyComplex(ts, v[0], v[1]);
        }
        if (i instanceof PyStr) {
            throw Errors.typeError(t, "complex() second arg can't be a string");
        }
        if (r instanceof PyComplex && i == null) {
            return RefCount.newRef(ts, r);
        }
        double[] x = r == null ? new double[] {0, 0, 0} : complexParts(t, r, "first");
        double[] y = i == null ? new double[] {0, 0, 0} : complexParts(t, i, "second");
        // real + imag*1j as CPython's complex_new computes it: a part is added only when its operand is a complex,
        // so complex(0.0, -0.0) keeps its negative zero
        boolean rc = r != null && x[2] != 0; // a complex, a complex subclass's value, or what __complex__ answered
        boolean ic = i != null && y[2] != 0;
        double re = ic ? x[0] - y[1] : x[0];
        double im = rc && i != null ? y[0] + x[1] : i == null ? x[1] : y[0];
        return new PyComplex(ts, re, im);
    }

    /** Whether every underscore of {@code s} stands between two digits (CPython's number-with-underscores rule). */
    private static boolean underscoresBetweenDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '_' && (i == 0 || i == s.length() - 1 || !Character.isDigit(s.charAt(i - 1))
                    || !Character.isDigit(s.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    /** {real, imag, 1 if the value was a complex (CPython's cr_is_complex) else 0}. */
    private static double[] complexParts(PyThread t, PyObject o, String which) {
        if (o instanceof PyComplex) {
            return new double[] {((PyComplex) o).real, ((PyComplex) o).imag, 1};
        }
        if (o instanceof PyFloat || o instanceof PyInt) {
            return new double[] {Arith.toDouble(t, o), 0, 0};
        }
        if (o instanceof PyInstance) {
            // The second argument must be a number (CPython's complex_new checks nb_float and nb_index): an object
            // that has only __complex__ is refused there.
            for (String hook : which.equals("second") ? new String[] {"__float__", "__index__"}
                    : new String[] {"__complex__", "__float__", "__index__"}) {
                PyObject m = ((PyInstance) o).cls().lookup(t, hook);
                if (m == null) {
                    continue;
                }
                PyObject v;
                try {
                    v = Ops.callMethod(t, m, o, Ops.NO_ARGS, null);
                } finally {
                    RefCount.decref(t.ts, m);
                }
                if (hook.equals("__float__")) { // float()'s and int()'s checks of what the hook answered
                    v = exactFloat(t, o, v);
                } else if (hook.equals("__index__")) {
                    v = exactInt(t, v, "__index__");
                }
                try {
                    if (hook.equals("__complex__") && !(v instanceof PyComplex)) {
                        if (!(BuiltinBase.operand(v) instanceof PyComplex)) {
                            throw Errors.typeError(t, "__complex__ returned non-complex (type " + Ops.typeName(v)
                                    + ")");
                        }
                        Arith.warn(t, "DeprecationWarning", "__complex__ returned non-complex (type "
                                + Ops.typeName(v) + ").  The ability to return an instance of a strict subclass of "
                                + "complex is deprecated, and may be removed in a future version of Python.");
                    }
                    // a strict subclass's instance by its value: its own __complex__ is not asked again
                    return complexParts(t, BuiltinBase.operand(v), which);
                } finally {
                    RefCount.decref(t.ts, v);
                }
            }
            PyObject v = BuiltinBase.operand(o);
            if (v != o) {
                return complexParts(t, v, which);
            }
        }
        throw Errors.typeError(t, "complex() " + which + " argument must be " + (which.equals("second") ? ""
                : "a string or ") + "a number, not '" + Ops.typeName(o) + "'");
    }

    /** A complex number's text as {@code complex()} reads it, or null when malformed. */
    static double[] parseComplex(String text) {
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.isEmpty() || s.contains("__") || s.startsWith("_") || s.endsWith("_")) {
            return null;
        }
        s = s.replace("_", "");
        boolean imaginary = s.endsWith("j") || s.endsWith("J");
        if (!imaginary) {
            Double re = parseReal(s);
            return re == null ? null : new double[] {re, 0};
        }
        String body = s.substring(0, s.length() - 1);
        // the split between the parts: the last sign that does not follow an exponent's e
        int split = -1;
        for (int k = body.length() - 1; k > 0; k--) {
            char c = body.charAt(k);
            if ((c == '+' || c == '-') && body.charAt(k - 1) != 'e' && body.charAt(k - 1) != 'E') {
                split = k;
                break;
            }
        }
        String rePart = split < 0 ? null : body.substring(0, split);
        String imPart = split < 0 ? body : body.substring(split);
        Double im = imPart.isEmpty() || imPart.equals("+") ? Double.valueOf(1)
                : imPart.equals("-") ? Double.valueOf(-1) : parseReal(imPart);
        Double re = rePart == null ? Double.valueOf(0) : parseReal(rePart);
        return im == null || re == null ? null : new double[] {re, im};
    }

    private static Double parseReal(String s) {
        if (s.isEmpty() || Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))) {
            return null;
        }
        try {
            return FloatFormat.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * {@code divmod(a, b)} of a class's instance: {@code a.__divmod__(b)}, else {@code b.__rdivmod__(a)} (first when b's
     * class derives from a's), as CPython's binary operator dispatch; null when neither answers, and the quotient
     * and remainder operators are then tried.
     */
    private static PyObject userDivmod(PyThread t, PyObject a, PyObject b) {
        boolean bFirst = b instanceof PyInstance && b.type() != a.type() && b.type().isSubtypeOf(a.type());
        PyObject[][] tries = bFirst ? new PyObject[][] {{b, a}, {a, b}} : new PyObject[][] {{a, b}, {b, a}};
        for (int i = 0; i < 2; i++) {
            PyObject self = tries[i][0];
            boolean reflected = self == b && (bFirst ? i == 0 : i == 1);
            if (!(self instanceof PyInstance) || i == 1 && self.type() == tries[0][0].type()) {
                continue;
            }
            PyObject m = ((PyInstance) self).cls().lookup(t, reflected ? "__rdivmod__" : "__divmod__");
            if (m == null) {
                continue;
            }
            PyObject r;
            try {
                r = Ops.callMethod(t, m, self, new PyObject[] {tries[i][1]}, null);
            } finally {
                RefCount.decref(t.ts, m);
            }
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        return null;
    }

    /**
     * {@code __import__(name, globals=None, locals=None, fromlist=(), level=0)}: imports {@code name} and answers the
     * top-level package ({@code __import__('os.path')} is os), or the named module itself when {@code fromlist} is
     * not empty, as CPython's. Relative imports (a level above 0) are not supported here, as in the import statement.
     */
    private static PyObject dunderImport(PyThread t, PyObject[] a, String[] kw) {
        Args.onlyKw(t, "__import__", kw, "name", "globals", "locals", "fromlist", "level");
        int n = Args.npos(a, kw);
        if (n > 5) {
            throw Errors.typeError(t, "__import__() takes at most 5 arguments (" + n + " given)");
        }
        String[] names = {"name", "globals", "locals", "fromlist", "level"};
        for (int i = 0; i < Math.min(n, names.length); i++) {
            if (Args.kw(a, kw, names[i]) != null) {
                throw Errors.typeError(t, "argument for __import__() given by name ('" + names[i]
                        + "') and position (" + (i + 1) + ")");
            }
        }
        PyObject name = n > 0 ? a[0] : Args.kw(a, kw, "name");
        PyObject fromlist = n > 3 ? a[3] : Args.kw(a, kw, "fromlist");
        PyObject level = n > 4 ? a[4] : Args.kw(a, kw, "level");
        if (name == null) {
            throw Errors.typeError(t, "__import__() missing required argument 'name' (pos 1)");
        }
        if (!(name instanceof PyStr)) {
            throw Errors.typeError(t, "module name must be a string");
        }
        if (level != null && (!(level instanceof PyInt) || Args.toLong(t, level, "__import__") < 0)) {
            throw Errors.valueError(t, "level must be >= 0");
        }
        String nm = ((PyStr) name).value();
        long lv = level == null ? 0 : Args.toLong(t, level, "__import__");
        if (lv > 0) {
            PyObject globals = n > 1 ? a[1] : Args.kw(a, kw, "globals");
            if (globals != null && globals != PyNone.NONE && !(globals instanceof PyDict)) {
                throw Errors.typeError(t, "globals must be a dict");
            }
            String rel = Modules.resolveRelative(t, globals instanceof PyDict ? (PyDict) globals : null, nm,
                    (int) Math.min(lv, Integer.MAX_VALUE));
            // CPython answers the package the dots name when a fromlist is given, else its top-level package
            PyObject m = Modules.importModule(t, rel);
            boolean wantsTop = fromlist == null || fromlist == PyNone.NONE || !Ops.truth(t, fromlist);
            if (!wantsTop) {
                Modules.handleFromlist(t, m, rel, fromlist);
                return m;
            }
            if (nm.isEmpty()) {
                return m;
            }
            // __import__('b.c', g, None, [], 1) in package a answers a.b (the part the name's first component names)
            String head = rel.substring(0, rel.length() - nm.length()) + nm.split("\\.")[0];
            RefCount.decref(t.ts, m);
            return Modules.importModule(t, head);
        }
        if (nm.isEmpty()) {
            throw Errors.valueError(t, "Empty module name");
        }
        PyObject m = Modules.importModule(t, nm);
        boolean wantsTop = fromlist == null || fromlist == PyNone.NONE || !Ops.truth(t, fromlist);
        if (!wantsTop) {
            Modules.handleFromlist(t, m, nm, fromlist);
        }
        int dot = nm.indexOf('.');
        if (!wantsTop || dot < 0) {
            return m;
        }
        RefCount.decref(t.ts, m);
        return Modules.importModule(t, nm.substring(0, dot));
    }

    /** The characters of a bytes or bytearray object, one per byte. */
    private static String latin1(PyObject b) {
        byte[] v = b instanceof PyBytes ? ((PyBytes) b).value : ((PyByteArray) b).snapshot();
        return new String(v, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    static PyObject toInt(PyThread t, PyObject x, PyObject base) {
        ThreadState ts = t.ts;
        if (base != null && base != PyNone.NONE && !(x instanceof PyBytes || x instanceof PyByteArray)
                && (BuiltinBase.operand(x) instanceof PyBytes || BuiltinBase.operand(x) instanceof PyByteArray)) {
            x = BuiltinBase.operand(x); // int(B(b'12'), 16) for a bytes or bytearray subclass's instance
        }
        if (x instanceof PyBytes || x instanceof PyByteArray) { // int(b'12'): its ASCII digits, as a str's
            String text = latin1(x);
            int b = base == null || base == PyNone.NONE ? 10 : intBase(t, base);
            try {
                return Arith.ofBig(ts, IntParse.parse(text, b, t.interp.maxStrDigits()));
            } catch (dev.freethread.python.text.TextError e) {
                if (!e.getMessage().startsWith("invalid literal")) {
                    throw e;
                }
                String r = PyBytes.repr(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), "b");
                if (r.length() > 200) { // CPython's message shows the bytes' repr, cut as a str's
                    r = r.substring(0, 200);
                }
                throw Errors.valueError(t, "invalid literal for int() with base " + b + ": " + r);
            }
        }
        if (base != null && base != PyNone.NONE) {
            x = BuiltinBase.operand(x); // int(S('ff'), 16)
            if (!(x instanceof PyStr)) {
                throw Errors.typeError(t, "int() can't convert non-string with explicit base");
            }
            return Arith.ofBig(ts, IntParse.parse(((PyStr) x).value(), intBase(t, base), t.interp.maxStrDigits()));
        }
        if (x instanceof PyBool) {
            return PyInt.of(ts, x == PyBool.TRUE ? 1 : 0);
        }
        if (x instanceof PyInt) {
            return RefCount.newRef(ts, x);
        }
        if (x instanceof PyFloat) {
            double d = ((PyFloat) x).value;
            if (Double.isNaN(d)) {
                throw Errors.valueError(t, "cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw Errors.raise(t, "OverflowError", "cannot convert float infinity to integer");
            }
            if (Math.abs(d) < 9.0e18) {
                return PyInt.of(ts, (long) d);
            }
            return Arith.ofBig(ts, new BigDecimal(d).toBigInteger());
        }
        if (x instanceof PyStr) {
            return Arith.ofBig(ts, IntParse.parse(((PyStr) x).value(), 10, t.interp.maxStrDigits()));
        }
        if (x instanceof PyInstance) {
            for (String m : new String[] {"__int__", "__index__", "__trunc__"}) {
                PyObject f = ((PyInstance) x).cls().lookup(t, m);
                if (f != null) {
                    PyObject r;
                    try {
                        if (m.equals("__trunc__")) {
                            Arith.warn(t, "DeprecationWarning", "The delegation of int() to __trunc__ is deprecated.");
                        }
                        r = Ops.callMethod(t, f, x, Ops.NO_ARGS, null);
                    } finally {
                        RefCount.decref(ts, f);
                    }
                    return m.equals("__trunc__") ? truncResult(t, r) : exactInt(t, r, m);
                }
            }
            if (BuiltinBase.operand(x) != x) { // int(S('42')): a str subclass's instance parses as its str
                return toInt(t, BuiltinBase.operand(x), null);
            }
            if (BytesMethods.isBytesLike(t, x)) { // int(memoryview(b'12')): the buffer's bytes, as CPython's
                PyObject b = PyBytes.of(ts, BytesMethods.bytesLike(t, x, null));
                try {
                    return toInt(t, b, null);
                } finally {
                    RefCount.decref(ts, b);
                }
            }
        }
        throw Errors.typeError(t, "int() argument must be a string, a bytes-like object or a real number, not '"
                + Ops.typeName(x) + "'");
    }

    /**
     * int()'s base: an index; one out of range, however large, gets CPython's ValueError (not an OverflowError of the
     * conversion).
     */
    private static int intBase(PyThread t, PyObject base) {
        long v = Ops.index(t, base, "'%s' object cannot be interpreted as an integer"); // saturated when huge
        if (v == 0 || v >= 2 && v <= 36) {
            return (int) v;
        }
        throw Errors.valueError(t, "int() base must be >= 2 and <= 36, or 0");
    }

    /**
     * What {@code __int__} or {@code __index__} answered (taken over), as int() answers it: an int; an instance of a
     * strict subclass of int as its value, with CPython's DeprecationWarning; anything else a TypeError.
     */
    private static PyObject exactInt(PyThread t, PyObject r, String method) {
        if (r instanceof PyInt && !(r instanceof PyBool)) {
            return r;
        }
        PyObject v = r instanceof PyBool ? r : BuiltinBase.operand(r);
        if (v instanceof PyInt) {
            try {
                Arith.warn(t, "DeprecationWarning", method + " returned non-int (type " + Ops.typeName(r) + ").  The "
                        + "ability to return an instance of a strict subclass of int is deprecated, and may be "
                        + "removed in a future version of Python.");
                return PyInt.of(t.ts, ((PyInt) v).bigValue());
            } finally {
                RefCount.decref(t.ts, r);
            }
        }
        String tn = Ops.typeName(r);
        RefCount.decref(t.ts, r);
        throw Errors.typeError(t, method + " returned non-int (type " + tn + ")");
    }

    /**
     * What {@code x.__float__()} answered (taken over), as float() answers it: a float; an instance of a strict
     * subclass of float as its value, with CPython's DeprecationWarning; anything else a TypeError.
     */
    private static PyObject exactFloat(PyThread t, PyObject x, PyObject r) {
        if (r instanceof PyFloat) {
            return r;
        }
        String tn = Ops.typeName(r);
        PyObject v = BuiltinBase.operand(r);
        try {
            if (v instanceof PyFloat) {
                Arith.warn(t, "DeprecationWarning", Ops.typeName(x) + ".__float__ returned non-float (type " + tn
                        + ").  The ability to return an instance of a strict subclass of float is deprecated, and may "
                        + "be removed in a future version of Python.");
                return new PyFloat(t.ts, ((PyFloat) v).value);
            }
        } finally {
            RefCount.decref(t.ts, r);
        }
        throw Errors.typeError(t, Ops.typeName(x) + ".__float__ returned non-float (type " + tn + ")");
    }

    /** What {@code __trunc__} answered (taken over), as int() takes it: an int, or something with __index__. */
    private static PyObject truncResult(PyThread t, PyObject r) {
        if (r instanceof PyInt) {
            return exactInt(t, r, "__trunc__");
        }
        try {
            PyObject f = r instanceof PyInstance ? ((PyInstance) r).cls().lookup(t, "__index__") : null;
            if (f == null) {
                throw Errors.typeError(t, "__trunc__ returned non-Integral (type " + Ops.typeName(r) + ")");
            }
            try {
                return exactInt(t, Ops.callMethod(t, f, r, Ops.NO_ARGS, null), "__index__");
            } finally {
                RefCount.decref(t.ts, f);
            }
        } finally {
            RefCount.decref(t.ts, r);
        }
    }

    // ---- methods of the built-in types

    static PyBuiltin.MethodImpl method(Interp ip, PyType type, String name) {
        for (PyType ty : type.mro()) {
            Map<String, PyBuiltin.MethodImpl> m = ip.methods.get(ty);
            if (m != null) {
                PyBuiltin.MethodImpl impl = m.get(name);
                if (impl != null) {
                    return impl;
                }
            }
        }
        return null;
    }

    /**
     * {@code object.__new__(cls, ...)}: {@link #newBare}; for an exception class, {@code BaseException.__new__},
     * which keeps {@code a[from..to)} as the args (and, for an OSError class that does not parse in its
     * {@code __init__}, CPython's {@code OSError.__new__}: errno, strerror and the filenames).
     */
    /**
     * CPython's object_new with arguments beyond the class: refused when the class overrides {@code __new__} (its
     * {@code super().__new__(cls, *args)} must not pass them on) or overrides neither {@code __new__} nor
     * {@code __init__}. Exceptions keep their arguments (BaseException's own {@code __new__}).
     */
    static void objectNewExcessArgs(PyThread t, PyObject cls) {
        if (!(cls instanceof PyClass) || ((PyClass) cls).isException || ((PyClass) cls).builtinBase != null) {
            return;
        }
        PyClass c = (PyClass) cls;
        PyObject nw = c.lookup(t, "__new__");
        if (nw != null) {
            RefCount.decref(t.ts, nw);
            throw Errors.typeError(t, "object.__new__() takes exactly one argument (the type to instantiate)");
        }
        PyObject init = c.lookup(t, "__init__");
        if (init == null) {
            throw Errors.typeError(t, c.name() + "() takes no arguments");
        }
        RefCount.decref(t.ts, init);
    }

    static PyObject newObject(PyThread t, PyObject cls, PyObject[] a, int from, int to) {
        if (cls instanceof PyClass && ((PyClass) cls).isException) { // OSError.__new__(OSError, 2, ...): its subclass
            cls = ((PyClass) cls).osErrorSubclass(t, java.util.Arrays.copyOfRange(a, from, to), null);
        }
        PyObject made = newBare(t, cls);
        if (!(made instanceof PyBaseExc) || to <= from) {
            return made;
        }
        PyBaseExc e = (PyBaseExc) made;
        try {
            PyObject[] pos = new PyObject[to - from];
            for (int i = 0; i < pos.length; i++) {
                pos[i] = RefCount.newRef(t.ts, a[from + i]);
            }
            PyTuple args = PyTuple.stealing(t.ts, pos);
            try {
                if (e.cls().isSubtypeOf(t.interp.exceptionClass("OSError")) && !e.cls().osErrorUsesInit(t)) {
                    e.initOsError(t, args, e.cls().isSubtypeOf(t.interp.exceptionClass("BlockingIOError")));
                } else {
                    e.setArgs(t.ts, args);
                }
            } finally {
                RefCount.decref(t.ts, args);
            }
        } catch (RuntimeException x) {
            RefCount.decref(t.ts, made);
            throw x;
        }
        return made;
    }

    /**
     * {@code object.__new__(cls)}: an instance of {@code cls} whose {@code __init__} has not run (copy's way to make
     * one); a class with abstract methods left refuses, as CPython's {@code object_new} does.
     */
    static PyObject newBare(PyThread t, PyObject cls) {
        if (cls instanceof PyClass) {
            PyClass c = (PyClass) cls;
            if (c.builtinBase != null) { // CPython's object_new refuses a class whose layout is a built-in's
                String n = c.name();
                throw Errors.typeError(t, "object.__new__(" + n + ") is not safe, use " + n + ".__new__()");
            }
            c.checkNotAbstract(t);
            return c.isException ? new PyBaseExc(t.ts, c) : new PyInstance(t.ts, c);
        }
        if (cls == PyType.OBJECT) {
            return new PlainObject(t.ts);
        }
        if (cls instanceof PyType) {
            String n = ((PyType) cls).name();
            throw Errors.typeError(t, "object.__new__(" + n + ") is not safe, use " + n + ".__new__()");
        }
        throw Errors.typeError(t, "object.__new__(X): X is not a type object (" + Ops.typeName(cls) + ")");
    }

    /** What {@code dir(object())} lists in CPython 3.13: object's own attributes. */
    static final String[] OBJECT_DIR = {"__class__", "__delattr__", "__dir__", "__doc__", "__eq__",
        "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
        "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
        "__setattr__", "__sizeof__", "__str__", "__subclasshook__"};

    /**
     * {@code dir(obj)}: a module's names; else the instance's attributes, its classes' and object's, sorted, as
     * CPython's {@code object.__dir__} and {@code type.__dir__}, or the class's {@code __dir__}. A built-in type
     * lists the methods ftpython gives it. {@code dir()} without an argument needs the caller's frame, which
     * ftpython's builtins do not see: refused.
     */
    static PyObject dir(PyThread t, PyObject[] a, String[] kw) {
        Args.noKw(t, "dir", kw);
        Args.count(t, "dir", a, kw, 0, 1);
        if (a.length == 0) {
            throw Errors.typeError(t, "dir() without an argument is not supported by ftpython");
        }
        ThreadState ts = t.ts;
        PyObject o = a[0];
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        if (o instanceof PyModule && ((PyModule) o).userClass() == null) { // module.__dir__: PEP 562's too
            PyObject r = ModuleMethods.dir(t, (PyModule) o);
            try {
                return sorted(t, new PyObject[] {r}, null);
            } finally {
                RefCount.decref(ts, r);
            }
        }
        if (o instanceof PyInstance || o instanceof PyModule) { // a subclass of module: its own, or module's
            PyObject m = Ops.hookClass(o).lookup(t, "__dir__");
            if (m != null) {
                PyObject r;
                try {
                    r = Ops.callMethod(t, m, o, Ops.NO_ARGS, null);
                } finally {
                    RefCount.decref(ts, m);
                }
                try {
                    return sorted(t, new PyObject[] {r}, null);
                } finally {
                    RefCount.decref(ts, r);
                }
            }
        }
        return defaultDir(t, o);
    }

    /**
     * {@code object.__dir__(o)}: the names {@code dir(o)} lists when o's class defines no {@code __dir__} (sorted; a
     * list, as CPython's): what a class's own {@code __dir__} extends through {@code super().__dir__()}.
     */
    static PyObject defaultDir(PyThread t, PyObject o) {
        ThreadState ts = t.ts;
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        if (o instanceof PyInstance) {
            PyDict d = ((PyInstance) o).dict;
            if (d != null) {
                addKeys(t, names, d);
            }
        }
        if (o instanceof Descriptors.FunctionWrapper && ((Descriptors.FunctionWrapper) o).dict() != null) {
            addKeys(t, names, ((Descriptors.FunctionWrapper) o).dict()); // a classmethod's __dict__ (3.10+)
        }
        PyObject fo = o instanceof PyMethod ? ((PyMethod) o).func() : o; // a method shows its function's too
        if (fo instanceof PyFunction && ((PyFunction) fo).dict != null) { // a function's own attributes
            addKeys(t, names, ((PyFunction) fo).dict);
        }
        if (o instanceof PyModule) {
            addKeys(t, names, ((PyModule) o).dict());
        } else {
            PyType type = o instanceof PyType ? (PyType) o : o.type();
            for (PyType ty : type.mro()) {
                if (ty instanceof PyClass) {
                    PyDict d = ((PyClass) ty).dict();
                    if (d != null) {
                        addKeys(t, names, d);
                    }
                } else {
                    Map<String, PyBuiltin.MethodImpl> m = t.interp.methods.get(ty);
                    if (m != null) {
                        names.addAll(m.keySet());
                    }
                    if (ty == PyStr.TYPE) {
                        names.add("maketrans"); // a static method (typeAttr), not in the method table
                    }
                    if (ty == PyBytes.TYPE || ty == PyByteArray.TYPE) {
                        names.add("maketrans");
                    }
                    if (ty == PyDict.TYPE) {
                        names.add("fromkeys"); // a class method (typeAttr), not in the method table
                    } else if (ty == PyInt.TYPE || ty == PyFloat.TYPE) { // data attributes (valueAttr)
                        java.util.Collections.addAll(names, "real", "imag");
                        if (ty == PyInt.TYPE) {
                            java.util.Collections.addAll(names, "numerator", "denominator");
                        }
                    }
                }
            }
            if (!(o instanceof Descriptors.FunctionWrapper)) { // (a classmethod's is in its own __dict__)
                names.remove("__qualname__"); // kept in ftpython's class dicts, a type slot in CPython
            }
            java.util.Collections.addAll(names, OBJECT_DIR);
            for (String n : dirExtras(o, type)) { // attributes answered outside the method tables, where present
                if (!names.contains(n) && hasAttr(t, o, n)) {
                    names.add(n);
                }
            }
            if (o instanceof PyBaseExc || o instanceof PyClass && ((PyClass) o).isException) {
                java.util.Collections.addAll(names, EXCEPTION_DIR); // BaseException's members, CPython's getsets
                PyType cls = o instanceof PyClass ? (PyClass) o : o.type();
                if (cls instanceof PyClass && "builtins".equals(((PyClass) cls).module)) {
                    names.remove("__module__"); // a built-in exception's is a type slot, not in its dict
                }
            }
        }
        PyList out = PyList.create(ts);
        for (String n : names) {
            PyObject s = PyStr.of(ts, n);
            try {
                out.append(ts, s);
            } finally {
                RefCount.decref(ts, s);
            }
        }
        return out;
    }

    /** What {@code dir()} of an exception or exception class lists from BaseException (CPython 3.13's). */
    private static final String[] EXCEPTION_DIR = {"__cause__", "__context__", "__dict__", "__setstate__",
        "__suppress_context__", "__traceback__", "add_note", "args", "with_traceback"};

    /**
     * The attributes CPython 3.13's {@code dir()} lists for these built-in objects that ftpython answers outside its
     * method tables (a function's {@code __code__}, a generator's {@code gi_frame}, {@code range.start}); each is
     * listed only where the object has it.
     */
    private static java.util.List<String> dirExtras(PyObject o, PyType type) {
        if (o instanceof PyFunction) {
            return java.util.List.of("__annotations__", "__builtins__", "__call__", "__closure__", "__code__",
                    "__defaults__", "__dict__", "__get__", "__globals__", "__kwdefaults__", "__module__", "__name__",
                    "__qualname__", "__type_params__");
        }
        if (o instanceof Descriptors.Property) { // its members and methods, answered by Property.attr
            return java.util.List.of("__delete__", "__get__", "__isabstractmethod__", "__name__", "__set__",
                    "__set_name__", "deleter", "fdel", "fget", "fset", "getter", "setter");
        }
        if (o instanceof Descriptors.FunctionWrapper) {
            return java.util.List.of("__dict__", "__func__", "__get__", "__isabstractmethod__", "__wrapped__");
        }
        if (o instanceof PyGenerator) {
            return java.util.List.of("__class_getitem__", "__del__", "__name__", "__qualname__", "gi_code",
                    "gi_frame", "gi_running", "gi_suspended", "gi_yieldfrom");
        }
        if (o instanceof PyBuiltin) {
            return java.util.List.of("__call__", "__module__", "__name__", "__qualname__", "__self__",
                    "__text_signature__");
        }
        if (o == PyType.TYPE) {
            return java.util.List.of("__abstractmethods__", "__annotations__", "__base__", "__bases__",
                    "__basicsize__", "__call__", "__dict__", "__dictoffset__", "__flags__", "__instancecheck__",
                    "__itemsize__", "__module__", "__mro__", "__name__", "__or__", "__prepare__", "__qualname__",
                    "__ror__", "__subclasscheck__", "__subclasses__", "__text_signature__", "__type_params__",
                    "__weakrefoffset__", "mro");
        }
        if (type == PyRange.TYPE) {
            return java.util.List.of("__bool__", "start", "step", "stop");
        }
        if (type == PyList.TYPE || type == PyDict.TYPE || type == dev.freethread.objects.PyTuple.TYPE
                || type == PySet.TYPE || type == PySet.FROZEN) {
            return java.util.List.of("__class_getitem__");
        }
        if (type == PyInt.TYPE) {
            return java.util.List.of("from_bytes");
        }
        if (type == PyFloat.TYPE) {
            return java.util.List.of("__getformat__", "fromhex");
        }
        if (type == PyBytes.TYPE) {
            return java.util.List.of("__buffer__", "__mod__", "__rmod__", "fromhex");
        }
        if (type == PyStr.TYPE) {
            return java.util.List.of("__rmod__");
        }
        return java.util.List.of();
    }

    /** Whether {@code o.name} answers (hasattr: any exception is a no). */
    private static boolean hasAttr(PyThread t, PyObject o, String name) {
        try {
            PyObject v = Ops.getAttrOrNull(t, o, t.interp.str(name));
            RefCount.xdecref(t.ts, v);
            return v != null;
        } catch (PyRaise r) {
            r.release(t.ts);
            return false;
        }
    }

    private static void addKeys(PyThread t, java.util.Set<String> names, PyDict d) {
        PyObject[] keys = snapshotItems(t, d);
        try {
            for (PyObject k : keys) {
                if (k instanceof PyStr) {
                    names.add(((PyStr) k).value());
                }
            }
        } finally {
            for (PyObject k : keys) {
                RefCount.decref(t.ts, k);
            }
        }
    }

    /**
     * {@code object.__new__}: one immortal function (no per-interpreter state), so that every lookup answers the same
     * object, as CPython's does: pickle finds {@code builtins.object.__new__} by name and checks it is the one it has.
     */
    private static final PyBuiltin OBJECT_NEW = PyBuiltin.ofType("__new__", PyType.OBJECT, (tt, a, kw) -> {
        if (a.length == 0) {
            throw Errors.typeError(tt, "object.__new__(): not enough arguments");
        }
        if (a.length > 1) {
            objectNewExcessArgs(tt, a[0]);
        }
        return newObject(tt, a[0], a, 1, Args.npos(a, kw));
    });

    /**
     * {@code object.__init__}: does nothing, but refuses arguments as CPython's object_init does, when the class
     * overrides {@code __init__} (its {@code super().__init__(*args)} must not pass them on) or overrides neither
     * {@code __init__} nor {@code __new__}.
     */
    private static final PyBuiltin OBJECT_INIT = PyBuiltin.ofType("__init__", PyType.OBJECT, (tt, a, kw) -> {
        if (a.length == 0) {
            throw Errors.typeError(tt, "descriptor '__init__' of 'object' object needs an argument");
        }
        if (a.length > 1 && a[0] instanceof PyInstance) {
            PyClass c = ((PyInstance) a[0]).cls();
            if (!c.isException && c.builtinBase == null) {
                PyObject init = c.lookup(tt, "__init__");
                if (init != null) {
                    RefCount.decref(tt.ts, init);
                    throw Errors.typeError(tt, "object.__init__() takes exactly one argument (the instance to "
                            + "initialize)");
                }
                PyObject nw = c.lookup(tt, "__new__");
                if (nw == null) {
                    throw Errors.typeError(tt, c.name() + ".__init__() takes exactly one argument (the instance to "
                            + "initialize)");
                }
                RefCount.decref(tt.ts, nw);
            }
        }
        return PyNone.NONE;
    });

    /**
     * {@code object}'s method {@code name} (immortal), or null: one object per interpreter and name, so that
     * {@code C.__hash__ is object.__hash__} for a class that inherits it (dataclasses and pickle compare them).
     */
    static PyObject objectMethod(PyThread t, String name) {
        PyObject m = t.interp.objectMethods.get(name);
        if (m == null) {
            m = makeObjectMethod(t, name);
            if (m != null) {
                PyObject raced = t.interp.objectMethods.putIfAbsent(name, m);
                m = raced != null ? raced : m;
            }
        }
        return m;
    }

    private static PyObject makeObjectMethod(PyThread t, String name) {
        switch (name) {
            case "__new__":
                return OBJECT_NEW;
            case "__init__":
                return OBJECT_INIT;
            case "__repr__":
                return new PyBuiltin("__repr__", (tt, a, kw) -> {
                    unboundObjectArgs(tt, "__repr__", a, kw, 0);
                    String tn = a[0] instanceof PyInstance ? ((PyInstance) a[0]).cls().moduleQualName() // __main__.C
                            : a[0].type().name();
                    return PyStr.of(tt.ts, "<" + tn + " object at 0x" + Long.toHexString(Ops.id(tt, a[0])) + ">");
                });
            case "__str__":
                return new PyBuiltin("__str__", (tt, a, kw) -> {
                    unboundObjectArgs(tt, "__str__", a, kw, 0);
                    return PyStr.of(tt.ts, Ops.reprString(tt, a[0]));
                });
            case "__eq__":
                return new PyBuiltin("__eq__", (tt, a, kw) -> {
                    unboundObjectArgs(tt, "__eq__", a, kw, 1);
                    return a[0] == a[1] ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
                });
            case "__ne__":
                return new PyBuiltin("__ne__", (tt, a, kw) -> {
                    unboundObjectArgs(tt, "__ne__", a, kw, 1);
                    return a[0] == a[1] ? PyBool.FALSE : PyNotImplemented.NOT_IMPLEMENTED;
                });
            case "__hash__":
                return new PyBuiltin("__hash__", (tt, a, kw) -> {
                    unboundObjectArgs(tt, "__hash__", a, kw, 0);
                    return PyInt.of(tt.ts, System.identityHashCode(a[0]));
                });
            default:
                return null;
        }
    }

    /**
     * The arguments of object's method {@code name} read from a class ({@code C.__eq__(a, b)}): the instance, then
     * {@code n} more, with CPython's messages ({@code object.__repr__()}, {@code object.__eq__(1)}).
     */
    private static void unboundObjectArgs(PyThread t, String name, PyObject[] a, String[] kw, int n) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(t, name + "() takes no keyword arguments");
        }
        if (a.length == 0) {
            throw Errors.typeError(t, "unbound method object." + name + "() needs an argument");
        }
        if (a.length - 1 != n) {
            throw Errors.typeError(t, "expected " + n + " argument" + (n == 1 ? "" : "s") + ", got " + (a.length - 1));
        }
    }

    static PyObject objectMethodBound(PyThread t, String name, PyObject self) {
        PyObject m = objectMethod(t, name);
        if (m == null) {
            PyBuiltin.MethodImpl om = method(t.interp, PyType.OBJECT, name); // super().__setattr__, ...
            return om == null ? null : new PyBuiltin.Bound(t.ts, name, om, self);
        }
        if (name.equals("__new__")) { // a static method: super().__new__(cls, ...) passes the class itself
            return m;
        }
        try {
            return new PyMethod(t.ts, m, self);
        } finally {
            RefCount.decref(t.ts, m);
        }
    }

    /** Attributes of built-in types other than methods ({@code dict.fromkeys}). */
    static PyObject typeAttr(PyThread t, PyType ty, String n) {
        if (ty == PyType.TYPE) { // type.__new__, type.__call__, type.mro...: what a metaclass of ours inherits
            PyObject m = TypeMethods.lookup(n);
            if (m != null) {
                return m;
            }
        }
        if ((ty == PyBytes.TYPE || ty == PyByteArray.TYPE) && n.equals("fromhex")) { // a class method
            return new PyBuiltin("fromhex", (tt, a, kw) -> ty == PyBytes.TYPE
                    ? PyBytes.of(tt.ts, BytesMethods.fromHex(tt, a, kw))
                    : new PyByteArray(tt.ts, BytesMethods.fromHex(tt, a, kw)));
        }
        if (ty == PyFloat.TYPE && n.equals("fromhex")) { // a class method
            return new PyBuiltin("fromhex", (tt, a, kw) -> {
                Args.count(tt, "float.fromhex", a, kw, 1, 1);
                return new PyFloat(tt.ts, FloatFormat.fromHex(Args.str(tt, a[0], "fromhex", 1)));
            });
        }
        if (ty == PyFloat.TYPE && n.equals("__getformat__")) { // a class method: the JVM's double is IEEE 754
            return PyBuiltin.ofTypeStatic("__getformat__", "float", (tt, a, kw) -> {
                Args.count(tt, "__getformat__", a, kw, 1, 1);
                String which = Args.str(tt, a[0], "__getformat__", 1);
                if (!which.equals("double") && !which.equals("float")) {
                    throw Errors.raise(tt, "ValueError", "__getformat__() argument 1 must be 'double' or 'float'");
                }
                return tt.interp.str(java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN
                        ? "IEEE, little-endian" : "IEEE, big-endian");
            });
        }
        if (ty == PyInt.TYPE && n.equals("from_bytes")) { // a class method
            return new PyBuiltin("from_bytes", BytesMethods::fromBytes);
        }
        if (ty == PyBool.TYPE && n.equals("from_bytes")) { // int's class method, called on bool: bool(the int)
            return new PyBuiltin("from_bytes", (tt, a, kw) -> {
                PyObject v = BytesMethods.fromBytes(tt, a, kw);
                try {
                    return PyBool.of(Ops.truth(tt, v));
                } finally {
                    RefCount.decref(tt.ts, v);
                }
            });
        }
        if ((ty == PyBytes.TYPE || ty == PyByteArray.TYPE) && n.equals("maketrans")) { // a static method
            return PyBuiltin.ofTypeStatic("maketrans", ty.name(), BytesMethods::maketrans);
        }
        if (ty == PyStr.TYPE && n.equals("maketrans")) { // a static method: str.maketrans(x, y) and s.maketrans(...)
            return PyBuiltin.ofTypeStatic("maketrans", "str", Methods::maketrans);
        }
        if (ty == PyDict.TYPE && n.equals("fromkeys")) {
            return PyBuiltin.ofTypeStatic("fromkeys", "dict", (tt, a, kw) -> {
                Args.count(tt, "fromkeys", a, kw, 1, 2);
                try (Ops.ItemIterator keys = Ops.iterator(tt, a[0])) {
                    return PyDict.fromKeys(tt.ts, keys, a.length > 1 ? a[1] : PyNone.NONE);
                }
            });
        }
        return null;
    }

    /**
     * {@code slice.indices(length)}: (start, stop, step) resolved against a sequence of that length, as CPython's
     * {@code PySlice_GetIndicesEx} clamps them (the step as given; a length up to a Java long).
     */
    /**
     * {@code slice.indices(length)}: CPython's {@code _PySlice_GetLongIndices}, over ints of any size (the length and
     * the bounds may be beyond a long), each bound clamped to the length.
     */
    private static PyObject sliceIndices(PyThread t, PyObject self, PyObject[] a, String[] kw) {
        Args.count(t, "indices", a, kw, 1, 1);
        BigInteger length = Ops.bigIndex(t, a[0], "'%s' object cannot be interpreted as an integer");
        if (length.signum() < 0) {
            throw Errors.valueError(t, "length should not be negative");
        }
        Descriptors.PySlice sl = (Descriptors.PySlice) self;
        String what = "slice indices must be integers or None or have an __index__ method";
        BigInteger step = sl.step == PyNone.NONE ? BigInteger.ONE : Ops.bigIndex(t, sl.step, what);
        if (step.signum() == 0) {
            throw Errors.valueError(t, "slice step cannot be zero");
        }
        boolean back = step.signum() < 0;
        BigInteger lower = back ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = back ? length.subtract(BigInteger.ONE) : length;
        BigInteger start = sl.start == PyNone.NONE ? (back ? upper : lower)
                : clampIndex(Ops.bigIndex(t, sl.start, what), length, lower, upper);
        BigInteger stop = sl.stop == PyNone.NONE ? (back ? lower : upper)
                : clampIndex(Ops.bigIndex(t, sl.stop, what), length, lower, upper);
        return PyTuple.stealing(t.ts, PyInt.of(t.ts, start), PyInt.of(t.ts, stop), PyInt.of(t.ts, step));
    }

    private static BigInteger clampIndex(BigInteger i, BigInteger length, BigInteger lower, BigInteger upper) {
        if (i.signum() < 0) {
            i = i.add(length);
            return i.compareTo(lower) < 0 ? lower : i;
        }
        return i.compareTo(upper) > 0 ? upper : i;
    }

    /** Data attributes of built-in values ({@code x.real}). */
    static PyObject valueAttr(PyThread t, PyObject o, String n) {
        if (o instanceof dev.freethread.dict.PyDictView && n.equals("mapping")) { // 3.10+: a read-only proxy
            PyObject types = Modules.importModule(t, "types");
            try {
                return Ops.callAttr(t, types, t.interp.str("MappingProxyType"),
                        new PyObject[] {((dev.freethread.dict.PyDictView) o).mappingBorrowed()}, null);
            } finally {
                RefCount.decref(t.ts, types);
            }
        }
        if (o instanceof Descriptors.PySlice) {
            Descriptors.PySlice sl = (Descriptors.PySlice) o;
            if (n.equals("indices")) {
                return new PyBuiltin.Bound(t.ts, "indices", Builtins::sliceIndices, sl);
            }
            PyObject v = n.equals("start") ? sl.start : n.equals("stop") ? sl.stop : n.equals("step") ? sl.step : null;
            return v == null ? null : RefCount.newRef(t.ts, v);
        }
        if (o instanceof PyInt && (n.equals("real") || n.equals("numerator"))) {
            if (o instanceof PyBool) {
                return PyInt.of(t.ts, o == PyBool.TRUE ? 1 : 0); // True.real is the int 1, as int(True)
            }
            return RefCount.newRef(t.ts, o);
        }
        if (o instanceof PyInt && n.equals("imag")) {
            return PyInt.of(t.ts, 0);
        }
        if (o instanceof PyInt && n.equals("denominator")) {
            return PyInt.of(t.ts, 1);
        }
        if (o instanceof PyComplex && (n.equals("real") || n.equals("imag"))) {
            return new PyFloat(t.ts, n.equals("real") ? ((PyComplex) o).real : ((PyComplex) o).imag);
        }
        if (o instanceof PyFloat && n.equals("real")) {
            return RefCount.newRef(t.ts, o);
        }
        if (o instanceof PyFloat && n.equals("imag")) {
            return new PyFloat(t.ts, 0.0);
        }
        if (o instanceof PyWeakRef && n.equals("__callback__")) { // the callable, None for none or once dead
            PyWeakRef r = (PyWeakRef) o;
            Object cb = r.isDead() ? null : r.callback();
            PyObject c = cb instanceof Modules.CallbackAdapter ? ((Modules.CallbackAdapter) cb).callable() : null;
            return RefCount.newRef(t.ts, c == null ? PyNone.NONE : c);
        }
        if (o instanceof PyWeakRef && n.equals("__init__")) { // weakref's own: it checks its arguments and does nothing
            return new PyBuiltin.Bound(t.ts, n, (tt, self, a, kw) -> {
                if (a.length > 2) {
                    throw Errors.typeError(tt, "__init__ expected at most 2 arguments, got " + a.length);
                }
                return PyNone.NONE;
            }, o);
        }
        return null;
    }

    static Map<String, PyBuiltin.MethodImpl> table(Interp ip, PyType type) {
        return ip.methods.computeIfAbsent(type, k -> new HashMap<>());
    }
}
