// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.list.PyList;
import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Subclasses of the built-in types dict, list, set, frozenset, str, int, float, tuple and bytes
 * ({@code class D(dict)}).
 *
 * <p>How it works. An instance of such a class is a {@link PyInstance} that carries a value of its built-in base
 * ({@link PyInstance#base()}): made from the call's arguments for an immutable base (as CPython's {@code str.__new__}
 * makes the str part), made empty for a mutable one and filled by the base's {@code __init__}. The class's attribute
 * lookup ({@link PyClass#lookup}) meets the built-in type at its place in the MRO and finds there the type's methods
 * (its method table, {@link BuiltinDunders}' special methods among them), each wrapped by {@link #method} so that it
 * runs on the carried value: {@code len(d)}, {@code d[k]}, {@code d.keys()}, {@code s.upper()}, {@code i + 1},
 * {@code super().__setitem__(k, v)} and {@code dict.__setitem__(self, k, v)} all reach the built-in code through the
 * same lookup the interpreter already does for a class's special methods. A method defined by the class, or by a
 * class before the built-in in the MRO, wins, as in CPython.
 *
 * <p>Where CPython's built-in code accepts a subclass instance for an argument ({@code PyUnicode_Check}), ftpython's
 * takes the carried value instead at the places that matter most: the other operand of a comparison or of an
 * arithmetic operator ({@link #operand}, and {@link Arith}'s last resort), and str arguments ({@link Args#str}). The
 * results are plain built-in values ({@code S('a').upper()} is a str), as in CPython; an in-place operator that
 * returns the carried value returns the instance instead ({@code l += [1]} keeps {@code l} an instance of its class).
 *
 * <p>Lifetime. The carried value is a counted reference held by the instance, visited by its {@code traverse} and
 * dropped by its {@code clearReferences} (a cycle through a dict subclass's items is collected as any other). The
 * wrappers are immortal, one per built-in type and method name, cached here.
 */
final class BuiltinBase {
    private BuiltinBase() {
    }

    /** The built-in types a class may derive from. */
    static boolean isSubclassable(PyType ty) {
        return ty == PyDict.TYPE || ty == PyList.TYPE || ty == PySet.TYPE || ty == PySet.FROZEN || ty == PyStr.TYPE
                || ty == PyInt.TYPE || ty == PyFloat.TYPE || ty == PyTuple.TYPE || ty == PyBytes.TYPE
                || ty == PyComplex.TYPE || ty == PyByteArray.TYPE || ty == PyModule.TYPE || isIteratorType(ty);
    }

    /**
     * The iterator types a class may derive from ({@code class MyEnum(enumerate)}): an instance carries the iterator
     * its arguments make, and is its own iterator ({@code iter(e) is e}), so a {@code __next__} of the class's own
     * is what a for loop calls, as in CPython.
     */
    static boolean isIteratorType(PyType ty) {
        return ty == Iters.Enumerate.TYPE || ty == Iters.MapIter.TYPE || ty == Iters.FilterIter.TYPE
                || ty == Iters.Zip.TYPE || ty == Iters.Reversed.TYPE;
    }

    /**
     * Whether instances get an empty value that {@code __init__} fills (dict, list, set, bytearray), not one made by
     * new.
     */
    static boolean isMutable(PyType ty) {
        return ty == PyDict.TYPE || ty == PyList.TYPE || ty == PySet.TYPE || ty == PyByteArray.TYPE;
    }

    /** Special methods every built-in type has through object's table that act on the value, not the instance. */
    private static final Set<String> VALUE_DUNDERS = Set.of("__eq__", "__ne__", "__lt__", "__le__", "__gt__",
            "__ge__", "__hash__", "__repr__", "__str__", "__format__");

    /** The value a built-in operation sees for {@code o}: the carried value of a subclass instance, else o. */
    static PyObject operand(PyObject o) {
        if (o instanceof PyInstance) {
            PyObject b = ((PyInstance) o).base();
            if (b != null) {
                return b;
            }
        }
        return o;
    }

    /**
     * The arguments a method of {@code ty} sees: for str, int and float, whose methods only read their arguments,
     * instances of subclasses of str, int and float stand for their values (a dict subclass stays itself:
     * {@code format_map} must see its {@code __missing__}) ({@code 'ab'.startswith(S('a'))}, as {@code PyUnicode_Check}
     * accepts them in CPython); the array itself when nothing changes. Containers' methods keep their arguments
     * as given ({@code l.append(s)} stores the instance).
     */
    static PyObject[] valueArgs(PyType ty, String name, PyObject[] a) {
        if (ty != PyStr.TYPE && ty != PyInt.TYPE && ty != PyFloat.TYPE && ty != PyComplex.TYPE
                || ty == PyStr.TYPE && name.equals("format")) { // str.format formats its arguments as given
            return a;
        }
        PyObject[] out = a;
        for (int i = 0; i < a.length; i++) {
            PyObject v = operand(a[i]);
            if (v != a[i] && (v instanceof PyStr || v instanceof PyInt || v instanceof PyFloat
                    || v instanceof PyComplex)) {
                if (out == a) {
                    out = a.clone();
                }
                out[i] = v;
            }
        }
        return out;
    }

    /** {@code m} with its arguments taken as {@link #valueArgs} for {@code ty}'s methods. */
    static PyBuiltin.MethodImpl valueArgs(PyType ty, String name, PyBuiltin.MethodImpl m) {
        if (ty != PyStr.TYPE && ty != PyInt.TYPE && ty != PyFloat.TYPE && ty != PyComplex.TYPE) {
            return m;
        }
        return (t, self, a, kw) -> m.call(t, self, valueArgs(ty, name, a), kw);
    }

    /** The carried value of a subclass instance for the built-in code of {@code ty} (borrowed). */
    static PyObject valueOf(PyThread t, PyObject self, PyType ty) {
        if (self instanceof PyInstance) {
            PyObject b = ((PyInstance) self).base();
            if (b == null) {
                throw Errors.typeError(t, "descriptor for '" + ty.name() + "' objects doesn't apply to a '"
                        + Ops.typeName(self) + "' object (no " + ty.name() + " value: cleared by the collector?)");
            }
            return b;
        }
        return self;
    }

    /**
     * The attribute {@code name} of the built-in type {@code ty} as its subclasses' classes see it (immortal), or
     * null when the type has none. {@code __new__} is the type's constructor for subclasses; {@code __init__} fills a
     * mutable base from the arguments.
     */
    static PyObject lookup(Interp ip, PyType ty, String name) {
        if (ty == null) {
            return null; // a class without a built-in base
        }
        if (ty == PyType.TYPE) {
            return TypeMethods.lookup(name); // a metaclass: its instances are classes, not carriers of a value
        }
        Map<String, PyObject> cache = ip.builtinBaseMethods.computeIfAbsent(ty, k -> new ConcurrentHashMap<>());
        PyObject m = cache.get(name);
        if (m != null) {
            return m == PyNone.NONE && !name.equals("__hash__") ? null : m;
        }
        m = make(ip, ty, name);
        cache.put(name, m == null ? PyNone.NONE : m);
        return m;
    }

    private static PyObject make(Interp ip, PyType ty, String name) {
        switch (name) {
            case "__new__":
                return newFunction(ty);
            case "__init__":
                if (ty == PyModule.TYPE) { // module.__init__(self, name, doc=None): the module is the instance
                    return wrap(ty, name, (t, inst, v, a, kw) -> Builtins.method(ip, ty, name).call(t, v, a, kw));
                }
                return isMutable(ty) ? wrap(ty, name, (t, inst, v, a, kw) -> init(t, inst, v, ty, a, kw)) : null;
            case "__hash__":
                if (isMutable(ty)) {
                    return PyNone.NONE; // __hash__ = None: unhashable, and the error names the subclass
                }
                break;
            case "__str__":
            case "__format__":
                if (ty != PyStr.TYPE && ty != PyInt.TYPE && ty != PyFloat.TYPE && ty != PyComplex.TYPE) {
                    return null; // object's: str() of a list subclass is its repr(), which the class may define
                }
                if (name.equals("__str__") && ty != PyStr.TYPE) {
                    return null; // int and float have no tp_str either: str(i) is repr(i), the class's if defined
                }
                break;
            case "__repr__":
                if (ty == PySet.TYPE || ty == PySet.FROZEN) {
                    return wrap(ty, name, BuiltinBase::setRepr);
                }
                break;
            case "__index__":
                if (ty == PyInt.TYPE) { // range(I(3)), 'ab'[I(1)]: the int it carries
                    return wrap(ty, name, (t, inst, v, a, kw) -> {
                        Args.count(t, "__index__", a, kw, 0, 0);
                        return RefCount.newRef(t.ts, v);
                    });
                }
                break;
            case "__getitem__":
                if (ty == PyDict.TYPE) {
                    return wrap(ty, name, BuiltinBase::dictGetItem);
                }
                break;
            case "__iter__":
                if (isIteratorType(ty)) { // the instance is its own iterator: its class's __next__ runs
                    return wrap(ty, name, (t, inst, v, a, kw) -> {
                        Args.count(t, "__iter__", a, kw, 0, 0);
                        return RefCount.newRef(t.ts, inst);
                    });
                }
                break;
            default:
        }
        Map<String, PyBuiltin.MethodImpl> own = ip.methods.get(ty);
        PyBuiltin.MethodImpl impl = own == null ? null : own.get(name);
        if (impl == null && VALUE_DUNDERS.contains(name)) {
            impl = Builtins.method(ip, PyType.OBJECT, name);
        }
        if (impl == null) {
            return null;
        }
        PyBuiltin.MethodImpl onValue = impl;
        return wrap(ty, name, (t, inst, v, a, kw) -> onValue.call(t, v, a, kw));
    }

    /** A method body for subclass instances: the instance, its carried value, the arguments. */
    @FunctionalInterface
    private interface Body {
        PyObject call(PyThread t, PyObject inst, PyObject value, PyObject[] args, String[] kwnames);
    }

    /**
     * The wrapper of a built-in method for subclass instances: called with the instance first (unbound, as
     * {@code D.keys(d)}), or bound to an instance by {@link Ops#bind}; it runs the body on the carried value. An
     * operator's other operand is taken as its value too; an in-place operator that answers the value answers the
     * instance.
     */
    private static PyBuiltin wrap(PyType ty, String name, Body body) {
        boolean operator = isOperator(name);
        boolean inplace = operator && name.startsWith("__i");
        // the few methods that must see the instance, not only its value, decided here and not on each call
        boolean byteArrayRepr = ty == PyByteArray.TYPE && name.equals("__repr__"); // they name the subclass
        boolean byteArrayReduce = ty == PyByteArray.TYPE && (name.equals("__reduce_ex__") || name.equals("__reduce__"));
        boolean strFormat = ty == PyStr.TYPE && name.equals("__format__");
        return PyBuiltin.forSubclasses(name, ty, (t, self, a, kw) -> {
            PyObject value = valueOf(t, self, ty);
            if (byteArrayRepr && a.length == 0 && value instanceof PyByteArray) {
                return PyStr.of(t.ts, ((PyInstance) self).cls().pyName() + "("
                        + PyBytes.repr(((PyByteArray) value).snapshot(), "b") + ")");
            }
            if (byteArrayReduce && a.length <= 1 && value instanceof PyByteArray) {
                return BuiltinDunders.byteArrayReduce(t, self, (PyByteArray) value,
                        a.length == 1 ? Args.toLong(t, a[0], name) : 2);
            }
            if (strFormat && a.length == 1 && (kw == null || kw.length == 0)
                    && "".equals(Ops.strValueOrNull(a[0]))) { // str.__format__(''): str(self), a subclass's __str__
                return PyStr.of(t.ts, Ops.strString(t, self));
            }
            PyObject[] args = operator && a.length == 1 ? new PyObject[] {operand(a[0])} : valueArgs(ty, name, a);
            PyObject r = body.call(t, self, value, args, kw);
            if (inplace && r == value && value != self) { // l += [1] rebinds l: to the instance, not its list
                RefCount.decref(t.ts, r);
                return RefCount.newRef(t.ts, self);
            }
            return r;
        });
    }

    private static boolean isOperator(String name) {
        for (CompareOp op : CompareOp.values()) {
            if (op.dunder().equals(name)) {
                return true;
            }
        }
        for (Arith.Op op : Arith.Op.values()) {
            if (name.equals(op.dunder) || name.equals(op.rdunder) || name.equals(op.idunder)) {
                return true;
            }
        }
        return false;
    }

    /** {@code d[k]} of a dict subclass: a missing key asks the class's {@code __missing__}, as CPython's dict does. */
    private static PyObject dictGetItem(PyThread t, PyObject inst, PyObject value, PyObject[] a, String[] kw) {
        Args.noKw(t, "__getitem__", kw);
        Args.count(t, "__getitem__", a, kw, 1, 1);
        PyObject r = Ops.getOrNull(t.ts, (PyDict) value, a[0]);
        if (r != null) {
            return r;
        }
        PyObject missing = inst instanceof PyInstance ? ((PyInstance) inst).cls().lookup(t, "__missing__") : null;
        if (missing == null) {
            throw Errors.raiseWith(t, "KeyError", a[0]);
        }
        try {
            return Ops.callMethod(t, missing, inst, new PyObject[] {a[0]}, null);
        } finally {
            RefCount.decref(t.ts, missing);
        }
    }

    /** {@code repr} of a set or frozenset subclass instance: {@code S({1, 2})}, {@code S()}. */
    private static PyObject setRepr(PyThread t, PyObject inst, PyObject value, PyObject[] a, String[] kw) {
        Args.count(t, "__repr__", a, kw, 0, 0);
        String name = inst.type().name();
        if (Ops.len(t, value) == 0) {
            return PyStr.of(t.ts, name + "()");
        }
        String r = Ops.reprString(t, value);
        if (r.equals("set(...)") || r.equals("frozenset(...)")) {
            return PyStr.of(t.ts, name + "(...)"); // a set holding itself (through others): CPython's marker
        }
        if (value.type() == PySet.FROZEN) {
            r = r.substring("frozenset(".length(), r.length() - 1); // frozenset({1}) -> {1}
        }
        return PyStr.of(t.ts, name + "(" + r + ")");
    }

    /**
     * {@code B.__new__(cls, *args)}: for B itself, B's constructor; for a subclass of B (a class of ours), a new
     * instance carrying B's value (made from the arguments for an immutable B, empty for a mutable one, whose
     * {@code __init__} fills it). Immortal, one per B.
     */
    private static PyBuiltin newFunction(PyType ty) {
        return new PyBuiltin("__new__", (t, a, kw) -> {
            if (Args.npos(a, kw) == 0) {
                throw Errors.typeError(t, ty.name() + ".__new__(): not enough arguments");
            }
            PyObject cls = a[0];
            PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            if (cls == ty && ty == PyModule.TYPE) { // module.__new__(module): a module with an empty dict
                return emptyModule(t, ty);
            }
            if (cls == ty) {
                return Ops.call(t, ty, rest, kw);
            }
            if (!(cls instanceof PyType)) {
                throw Errors.typeError(t, ty.name() + ".__new__(X): X is not a type object (" + Ops.typeName(cls)
                        + ")");
            }
            PyType c = (PyType) cls;
            if (!(c instanceof PyClass) || !c.isSubtypeOf(ty)) {
                throw Errors.typeError(t, ty.name() + ".__new__(" + c.name() + "): " + c.name()
                        + " is not a subtype of " + ty.name());
            }
            String[] k = isMutable(ty) ? null : kw;
            if (k != null && (ty == PyTuple.TYPE || ty == PySet.FROZEN || ty == PyFloat.TYPE)
                    && overrides(t, (PyClass) c, "__init__")) {
                // CPython's tuple, frozenset and float take no keywords, unless a subclass's own __init__ takes them
                rest = positional(rest, k);
                k = null;
            }
            return newInstance(t, (PyClass) c, isMutable(ty) ? Ops.NO_ARGS : rest, k);
        });
    }

    /** Whether a class of ours along cls's MRO defines {@code name} (not the built-in base's). */
    private static boolean overrides(PyThread t, PyClass cls, String name) {
        PyObject v = cls.lookup(t, name);
        RefCount.xdecref(t.ts, v);
        return v != null && !(v instanceof PyBuiltin);
    }

    private static PyObject[] positional(PyObject[] a, String[] kw) {
        return java.util.Arrays.copyOf(a, a.length - (kw == null ? 0 : kw.length));
    }

    /**
     * {@code T.__new__(cls, *args)} of a built-in type that a class of ours cannot derive from (bool, complex, range,
     * slice, ...): {@code T(*args)} when cls is T, else CPython's errors.
     */
    static PyBuiltin constructorNew(PyType ty) {
        return new PyBuiltin("__new__", (t, a, kw) -> {
            if (Args.npos(a, kw) == 0) {
                throw Errors.typeError(t, ty.name() + ".__new__(): not enough arguments");
            }
            PyObject cls = a[0];
            if (!(cls instanceof PyType)) {
                throw Errors.typeError(t, ty.name() + ".__new__(X): X is not a type object (" + Ops.typeName(cls)
                        + ")");
            }
            if (cls != ty) {
                PyType c = (PyType) cls;
                PyClass standIn = t.interp.standIn(t, ty);
                if (standIn != null && c.isSubtypeOf(standIn)) { // weakref.ref.__new__(MyRef, o): its stand-in's
                    PyObject m = standIn.lookup(t, "__new__");
                    if (m == null) { // property.__new__(cls, ...): the stand-in has object's; __init__ sets it up
                        m = Builtins.objectMethod(t, "__new__");
                        a = new PyObject[] {cls};
                        kw = null;
                    }
                    try {
                        return Ops.call(t, m, a, kw);
                    } finally {
                        RefCount.decref(t.ts, m);
                    }
                }
                throw Errors.typeError(t, c.isSubtypeOf(ty)
                        ? ty.name() + ".__new__(" + c.name() + ") is not safe, use " + c.name() + ".__new__()"
                        : ty.name() + ".__new__(" + c.name() + "): " + c.name() + " is not a subtype of " + ty.name());
            }
            return Ops.call(t, ty, java.util.Arrays.copyOfRange(a, 1, a.length), kw);
        });
    }

    private static final java.util.Set<PyType> NO_KEYWORDS_UNLESS_INIT = java.util.Set.of(Iters.FilterIter.TYPE,
            Iters.MapIter.TYPE, Iters.Reversed.TYPE, PyTuple.TYPE, PySet.FROZEN);

    /** Whether a class of ours along {@code cls}'s MRO defines {@code __init__}. */
    private static boolean definesInit(PyThread t, PyClass cls) {
        PyObject m = cls.lookup(t, "__init__");
        try {
            return m != null && m != BuiltinBase.lookup(t.interp, cls.builtinBase, "__init__");
        } finally {
            RefCount.xdecref(t.ts, m);
        }
    }

    /**
     * A new instance of {@code cls} (a subclass of a built-in type) carrying the base's value made from args; for a
     * subclass of module, a module whose type is {@code cls}, with an empty dict that its {@code __init__} fills
     * (CPython's {@code module.__new__}: the arguments are {@code __init__}'s).
     */
    static PyObject newInstance(PyThread t, PyClass cls, PyObject[] args, String[] kw) {
        PyType ty = cls.builtinBase;
        cls.checkNotAbstract(t);
        if (ty == PyModule.TYPE) {
            return emptyModule(t, cls);
        }
        if (kw != null && kw.length > 0 && NO_KEYWORDS_UNLESS_INIT.contains(ty) && definesInit(t, cls)) {
            // CPython's filter_new, map_new, reversed_new, tuple_new and frozenset_new refuse keywords only when the
            // class keeps the base's __init__: a subclass's own __init__ receives them
            args = java.util.Arrays.copyOf(args, args.length - kw.length);
            kw = null;
        }
        PyObject value = Ops.call(t, ty, isMutable(ty) ? Ops.NO_ARGS : args, isMutable(ty) ? null : kw);
        PyInstance inst = new PyInstance(t.ts, cls);
        inst.setBaseStealing(value);
        return inst;
    }

    /** A module of type {@code type} with an empty dict (no name yet: its repr says {@code '?'}). */
    private static PyModule emptyModule(PyThread t, PyType type) {
        PyDict d = PyDict.create(t.ts);
        try {
            return new PyModule(t.ts, type, "?", d);
        } finally {
            RefCount.decref(t.ts, d);
        }
    }

    /**
     * {@code dict.__init__(self, ...)}, {@code list.__init__}, {@code set.__init__}, {@code bytearray.__init__} of a
     * subclass instance: the value becomes what the constructor makes of the arguments (its errors are the
     * constructor's).
     */
    private static PyObject init(PyThread t, PyObject inst, PyObject self, PyType ty, PyObject[] a, String[] kw) {
        ThreadState ts = t.ts;
        PyObject value = valueOf(t, self, ty);
        if (ty == PyDict.TYPE) { // dict.__init__ updates: D(a=1) after __new__, or twice, keeps earlier items
            PyBuiltin.MethodImpl update = Builtins.method(t.interp, PyDict.TYPE, "update");
            if (Args.npos(a, kw) > 1) {
                throw Errors.typeError(t, "dict expected at most 1 argument, got " + Args.npos(a, kw));
            }
            RefCount.decref(ts, update.call(t, value, a, kw));
            return PyNone.NONE;
        }
        if (kw != null && kw.length > 0 && ty == PyList.TYPE && inst instanceof PyInstance
                && overrides(t, ((PyInstance) inst).cls(), "__new__")) {
            // CPython's list.__init__ takes no keywords, unless a subclass's own __new__ takes them (set's never)
            a = positional(a, kw);
            kw = null;
        }
        PyObject made = Ops.call(t, ty, a, kw); // list(...) / set(...): its errors and its iteration
        try {
            PyBuiltin.MethodImpl clear = Builtins.method(t.interp, ty, "clear");
            RefCount.decref(ts, clear.call(t, value, Ops.NO_ARGS, null));
            PyBuiltin.MethodImpl add = Builtins.method(t.interp, ty,
                    ty == PyList.TYPE || ty == PyByteArray.TYPE ? "extend" : "update");
            RefCount.decref(ts, add.call(t, value, new PyObject[] {made}, null));
        } finally {
            RefCount.decref(ts, made);
        }
        return PyNone.NONE;
    }
}
