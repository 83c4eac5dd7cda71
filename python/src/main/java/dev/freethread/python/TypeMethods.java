// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyType;

import java.util.Map;

/**
 * The methods of {@code type} that a metaclass of ours (a class deriving from type) inherits, which its own methods
 * reach through {@code super()} as CPython's do: {@code type.__new__(mcs, name, bases, ns, **kw)} makes the class,
 * {@code type.__init__} accepts what {@code __new__} took, {@code type.__call__(cls, *args)} makes an instance of
 * {@code cls} (its {@code __new__}, then its {@code __init__}), {@code type.__prepare__} answers an empty dict, and
 * {@code mro}, {@code __repr__}, {@code __instancecheck__} and {@code __subclasscheck__} are type's own, free of any
 * metaclass hook. Immortal singletons; {@link #isDefault} tells them from a metaclass's own methods (the hooks that
 * special syntax asks a metaclass for, such as {@code __call__} or {@code __iter__}, are the metaclass's only when it
 * defines them).
 */
final class TypeMethods {
    private TypeMethods() {
    }

    private static final Map<String, PyBuiltin> METHODS = Map.of(
            "__new__", new PyBuiltin("__new__", TypeMethods::typeNew),
            "__prepare__", new PyBuiltin("__prepare__", (t, a, kw) -> PyDict.create(t.ts)),
            "__init__", bound("__init__", TypeMethods::typeInit),
            "__setattr__", bound("__setattr__", (t, self, a, kw) -> {
                Args.count(t, "__setattr__", a, kw, 2, 2);
                Ops.setAttrGeneric(t, self, attrName(t, a[0]), a[1]);
                return PyNone.NONE;
            }),
            "__delattr__", bound("__delattr__", (t, self, a, kw) -> {
                Args.count(t, "__delattr__", a, kw, 1, 1);
                Ops.delAttrGeneric(t, self, attrName(t, a[0]));
                return PyNone.NONE;
            }),
            "__call__", bound("__call__", TypeMethods::typeCall),
            "mro", bound("mro", TypeMethods::mro),
            "__repr__", bound("__repr__", (t, self, a, kw) -> {
                Args.count(t, "__repr__", a, kw, 0, 0);
                return PyStr.of(t.ts, self.repr());
            }),
            "__instancecheck__", bound("__instancecheck__", (t, self, a, kw) -> {
                Args.count(t, "__instancecheck__", a, kw, 1, 1);
                return PyBool.of(a[0].type().isSubtypeOf((PyType) self));
            }),
            "__subclasscheck__", bound("__subclasscheck__", (t, self, a, kw) -> {
                Args.count(t, "__subclasscheck__", a, kw, 1, 1);
                if (!(a[0] instanceof PyType)) {
                    throw Errors.typeError(t, "issubclass() arg 1 must be a class");
                }
                return PyBool.of(((PyType) a[0]).isSubtypeOf((PyType) self));
            }));

    private static PyBuiltin bound(String name, PyBuiltin.MethodImpl impl) {
        return PyBuiltin.forSubclasses(name, PyType.TYPE, impl);
    }

    private static PyStr attrName(PyThread t, PyObject name) {
        if (!(name instanceof PyStr)) {
            throw Errors.typeError(t, "attribute name must be string, not '" + Ops.typeName(name) + "'");
        }
        return (PyStr) name;
    }

    /** type's method {@code name} for a metaclass's MRO, or null. */
    static PyObject lookup(String name) {
        return METHODS.get(name);
    }

    /** Whether {@code v} is one of type's own methods (not a metaclass's override). */
    static boolean isDefault(PyObject v) {
        return v instanceof PyBuiltin && METHODS.get(((PyBuiltin) v).name) == v;
    }

    /** {@code type.__new__(mcs, name, bases, ns, **kwds)}: the class, an instance of the most derived metaclass. */
    private static PyObject typeNew(PyThread t, PyObject[] a, String[] kw) {
        int n = Args.npos(a, kw);
        if (n == 0) {
            throw Errors.typeError(t, "type.__new__(): not enough arguments");
        }
        if (!(a[0] instanceof PyType)) {
            throw Errors.typeError(t, "type.__new__(X): X is not a type object (" + Ops.typeName(a[0]) + ")");
        }
        PyType mcs = (PyType) a[0];
        if (!mcs.isSubtypeOf(PyType.TYPE)) {
            throw Errors.typeError(t, "type.__new__(" + mcs.name() + "): " + mcs.name() + " is not a subtype of type");
        }
        if (n != 4) {
            throw Errors.typeError(t, "type.__new__() takes exactly 3 arguments (" + (n - 1) + " given)");
        }
        String[] kwNames = kw == null ? new String[0] : kw;
        PyObject[] kwValues = java.util.Arrays.copyOfRange(a, n, a.length);
        return Builtins.newType(t, mcs, a[1], a[2], a[3], kwNames, kwValues);
    }

    /** {@code type.__init__(cls, ...)}: nothing to do; it takes one argument or three, as CPython's. */
    private static PyObject typeInit(PyThread t, PyObject self, PyObject[] a, String[] kw) {
        int n = Args.npos(a, kw);
        if (n != 1 && n != 3) {
            throw Errors.typeError(t, "type.__init__() takes 1 or 3 arguments");
        }
        return PyNone.NONE;
    }

    /** {@code type.__call__(cls, *args, **kwds)}: an instance of {@code cls}, without asking its metaclass again. */
    private static PyObject typeCall(PyThread t, PyObject self, PyObject[] a, String[] kw) {
        if (self instanceof PyClass) {
            return ((PyClass) self).construct(t, a, kw);
        }
        return Ops.call(t, self, a, kw);
    }

    /** {@code type.mro(cls)}: the MRO as a list. */
    private static PyObject mro(PyThread t, PyObject self, PyObject[] a, String[] kw) {
        Args.count(t, "mro", a, kw, 0, 0);
        java.util.List<PyType> mro = ((PyType) self).mro();
        return dev.freethread.list.PyList.of(t.ts, mro.toArray(new PyObject[0]));
    }

    /**
     * The most derived of {@code meta} and the types of {@code bases} (CPython's {@code _PyType_CalculateMetaclass}):
     * each must be a subtype of the winner, or the winner of it; else a TypeError.
     */
    static PyType calculateMetaclass(PyThread t, PyType meta, PyType[] bases) {
        PyType winner = meta;
        for (PyType b : bases) {
            PyType bt = b.type();
            if (winner.isSubtypeOf(bt)) {
                continue;
            }
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw Errors.typeError(t, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** Whether {@code ty} is a metaclass of ours: a class deriving from type (type itself is not one). */
    static boolean isMetaclass(PyObject ty) {
        return ty instanceof PyClass && ((PyClass) ty).isSubtypeOf(PyType.TYPE);
    }
}
