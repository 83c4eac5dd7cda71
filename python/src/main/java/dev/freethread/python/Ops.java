// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.dict.PyDictIterator;
import dev.freethread.list.PyList;
import dev.freethread.list.PyListIterator;
import dev.freethread.list.Slice;
import dev.freethread.objects.Compare;
import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyException;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyIterator;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyNotImplemented;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;
import dev.freethread.python.text.FloatFormat;
import dev.freethread.python.text.IntParse;
import dev.freethread.python.text.StrMethods;
import dev.freethread.refcount.PyWeakRef;
import dev.freethread.refcount.RefCount;

/**
 * The abstract object protocol (CPython's {@code Objects/abstract.c}): calls, attributes, items, iteration, truth,
 * str/repr, hashing and containment over every kind of object the interpreter has. Arguments are borrowed; results
 * are new references unless the name says otherwise.
 */
final class Ops {
    static final PyObject[] NO_ARGS = new PyObject[0];
    /** A default no dict ever holds: {@code pop}'s "missing" answer. */
    private static final PyObject MISSING = Builtins.Ellipsis.MISSING;

    /** {@code d.get(key)} as a new reference, or null when the key is missing. */
    static PyObject getOrNull(ThreadState ts, PyDict d, PyObject key) {
        PyObject v = d.get(ts, key, MISSING);
        return v == MISSING ? null : v;
    }

    /** {@code d.pop(key)} as a new reference, or null when the key is missing. */
    static PyObject popOrNull(ThreadState ts, PyDict d, PyObject key) {
        PyObject v = d.pop(ts, key, MISSING);
        return v == MISSING ? null : v;
    }

    private Ops() {
    }

    // ---- truth, identity, types

    static boolean truth(PyThread t, PyObject o) {
        if (o == PyBool.TRUE) {
            return true;
        }
        if (o == PyBool.FALSE || o == PyNone.NONE) {
            return false;
        }
        if (o instanceof PyInt) {
            return o.pyBool(t.ts);
        }
        if (o instanceof PyStr) {
            return !((PyStr) o).value().isEmpty();
        }
        if (o instanceof PyList) {
            return ((PyList) o).size() > 0;
        }
        if (o instanceof PyDict) {
            return ((PyDict) o).size() > 0;
        }
        if (o instanceof PyTuple) {
            return ((PyTuple) o).size() > 0;
        }
        if (o == PyNotImplemented.NOT_IMPLEMENTED) { // true, with CPython 3.9+'s warning
            Arith.warn(t, "DeprecationWarning", "NotImplemented should not be used in a boolean context");
            return true;
        }
        return o.pyBool(t.ts);
    }

    static String typeName(PyObject o) {
        return o.type().name();
    }

    static boolean isInstance(PyObject o, PyType type) {
        return o.type().isSubtypeOf(type);
    }

    // ---- calls

    static PyObject call(PyThread t, PyObject f, PyObject[] args, String[] kwnames) {
        if (f instanceof Callable) {
            return ((Callable) f).call(t, args, kwnames);
        }
        if (f instanceof PyType) {
            return Builtins.construct(t, (PyType) f, args, kwnames);
        }
        if (f instanceof PyInstance) {
            PyObject m = ((PyInstance) f).cls().lookup(t, "__call__");
            if (m != null) {
                // A class whose __call__ is one of its instances recurses here in Java alone: count the level as
                // CPython's call does, so it ends in RecursionError at the limit (test_descr's test_recursive_call)
                // and not after millions of Java frames without a safepoint poll.
                ThreadState ts = t.ts;
                if (ts.recursionDepth() >= ts.runtime().recursionLimit() || ts.recursionDepth() >= t.maxDepth) {
                    RefCount.decref(ts, m);
                    throw Errors.raise(t, "RecursionError",
                            "maximum recursion depth exceeded while calling a Python object");
                }
                ts.enterRecursiveCall("");
                try {
                    return callMethod(t, m, f, args, kwnames);
                } finally {
                    ts.leaveRecursiveCall();
                    RefCount.decref(ts, m);
                }
            }
        }
        if (f instanceof Descriptors.StaticMethod && ((Descriptors.StaticMethod) f).func() != null) {
            return call(t, ((Descriptors.StaticMethod) f).func(), args, kwnames); // callable since 3.10
        }
        if (f instanceof PyWeakRef) {
            if (args.length != 0) {
                throw Errors.typeError(t, "weakref expected 0 arguments, got " + args.length); // CPython 3.13's
            }
            PyObject r = ((PyWeakRef) f).get(t.ts);
            return r == null ? PyNone.NONE : r;
        }
        throw Errors.typeError(t, "'" + typeName(f) + "' object is not callable");
    }

    /**
     * {@code obj.__class__ = C}, with CPython 3.13's checks and messages ({@code object_set_class}): the value must be
     * a class; both classes must be mutable (classes of ours, not built-in types or exceptions) and the object an
     * instance of ours; their instances must have the same layout ({@link PyClass#sameLayoutAs}). The change itself is {@link PyInstance#setClass} (lifetime edge E38).
     */
    private static void setClass(PyThread t, PyObject o, PyObject v) {
        if (v == null) {
            throw Errors.typeError(t, "can't delete __class__ attribute");
        }
        if (!(v instanceof PyType)) {
            throw Errors.typeError(t, "__class__ must be set to a class, not '" + typeName(v) + "' object");
        }
        if (o instanceof PyModule) { // between module and its subclasses of ours, as CPython allows
            if (!isModuleType(v) || !isModuleType(o.type())) {
                throw Errors.typeError(t, "__class__ assignment only supported for mutable types or ModuleType "
                        + "subclasses");
            }
            if (v instanceof PyClass && ((PyClass) v).slotNames != null) {
                throw Errors.typeError(t, "__class__ assignment: '" + ((PyClass) v).pyName()
                        + "' object layout differs from '" + ((PyType) o.type()).name() + "'");
            }
            ((PyModule) o).setClass(t.ts, (PyType) v);
            return;
        }
        if (!(o instanceof PyInstance) || !isMutableClass(v) || !isMutableClass(o.type())) {
            throw Errors.typeError(t, "__class__ assignment only supported for mutable types or ModuleType "
                    + "subclasses");
        }
        PyInstance inst = (PyInstance) o;
        PyClass oldCls = inst.cls();
        PyClass newCls = (PyClass) v;
        if (newCls == oldCls) {
            return;
        }
        if (!newCls.sameLayoutAs(oldCls)) {
            throw Errors.typeError(t, "__class__ assignment: '" + newCls.pyName() + "' object layout differs from '"
                    + oldCls.pyName() + "'");
        }
        inst.setClass(t.ts, newCls);
    }

    /** module, or a class of ours deriving from it (its instances are modules). */
    private static boolean isModuleType(PyObject type) {
        return type == PyModule.TYPE || type instanceof PyClass && ((PyClass) type).builtinBase == PyModule.TYPE;
    }

    private static boolean isMutableClass(PyObject type) {
        return type instanceof PyClass && !((PyClass) type).immutable;
    }

    /** CPython's refusal to change a built-in class ({@code type_setattro}): set and delete alike. */
    private static void checkMutableClass(PyThread t, PyObject o, PyStr name) {
        if (o instanceof PyClass && ((PyClass) o).immutable) {
            throw Errors.typeError(t, "cannot set '" + name.value() + "' attribute of immutable type '"
                    + ((PyClass) o).pyName() + "'");
        }
    }

    /** Object's methods a class reaches only through {@code object} in its MRO (the common ones are above). */
    private static final java.util.Set<String> OBJECT_SLOTS = java.util.Set.of("__setattr__", "__delattr__",
            "__getattribute__", "__format__", "__reduce_ex__", "__reduce__", "__getstate__", "__sizeof__", "__dir__");

    /**
     * {@code C.__setattr__} and the like for a class that does not define them: object's, unbound
     * ({@code C.__setattr__(obj, 'x', 1)}); {@code C.__init_subclass__} and {@code C.__subclasshook__}, class
     * methods, bound to C. Null for any other name.
     */
    private static PyObject objectMethodOfClass(PyThread t, PyClass c, String n) {
        if (n.equals("__init_subclass__")) {
            PyBuiltin.MethodImpl m = Builtins.method(t.interp, PyType.OBJECT, n);
            return m == null ? null : new PyBuiltin.Bound(t.ts, n, m, c);
        }
        if (n.equals("__subclasshook__")) { // object's answers NotImplemented: the usual subclass check decides
            return new PyBuiltin.Bound(t.ts, n, (tt, self, a, kw) -> PyNotImplemented.NOT_IMPLEMENTED, c);
        }
        if (!OBJECT_SLOTS.contains(n)) {
            return null;
        }
        PyBuiltin.MethodImpl m = Builtins.method(t.interp, PyType.OBJECT, n);
        if (m == null) {
            return null;
        }
        return PyBuiltin.ofType(n, PyType.OBJECT, (tt, a, kw) -> {
            if (a.length == 0 || kw != null && a.length == kw.length) {
                throw Errors.typeError(tt, "descriptor '" + n + "' of 'object' object needs an argument");
            }
            return m.call(tt, a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw);
        });
    }

    /** {@code C.mro()}: the class's method resolution order as a new list. */
    private static PyObject mroList(PyThread t, PyObject self, PyObject[] a, String[] kw) {
        Args.count(t, "mro", a, kw, 0, 0);
        return dev.freethread.list.PyList.of(t.ts, ((PyType) self).mro().toArray(new PyObject[0]));
    }

    /** Calls a function found in a class with {@code self} bound first (no bound-method object is made). */
    static PyObject callMethod(PyThread t, PyObject func, PyObject self, PyObject[] args, String[] kwnames) {
        if (func instanceof PyFunction) {
            return ((PyFunction) func).callWith(t, self, args, kwnames);
        }
        if (func instanceof Descriptors.StaticMethod) {
            return call(t, ((Descriptors.StaticMethod) func).func(), args, kwnames);
        }
        if (func instanceof Descriptors.ClassMethod) {
            PyObject cls = self instanceof PyType ? self : self.type();
            return callMethod(t, ((Descriptors.ClassMethod) func).func(), cls, args, kwnames);
        }
        if (func instanceof Descriptors.Property) { // a special method defined as a property: its getter's result
            PyObject bound = ((Descriptors.Property) func).get(t, self, null);
            try {
                return call(t, bound, args, kwnames);
            } finally {
                RefCount.decref(t.ts, bound);
            }
        }
        if (func instanceof PyInstance) { // a descriptor of ours (functools.partialmethod): its __get__ binds it
            PyObject get = ((PyInstance) func).cls().lookup(t, "__get__");
            if (get != null) {
                PyObject bound;
                try {
                    bound = callMethod(t, get, func, new PyObject[] {self, self.type()}, null);
                } finally {
                    RefCount.decref(t.ts, get);
                }
                try {
                    return call(t, bound, args, kwnames);
                } finally {
                    RefCount.decref(t.ts, bound);
                }
            }
        }
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return call(t, func, all, kwnames);
    }

    /**
     * {@code o.name(args)} without making a bound method when the attribute is a plain function of the class; the
     * result is a new reference.
     */
    static PyObject callAttr(PyThread t, PyObject o, PyStr name, PyObject[] args, String[] kwnames) {
        if (o instanceof PyInstance && !((PyInstance) o).cls().hasHook(t, PyClass.HOOK_GETATTRIBUTE)) {
            PyInstance inst = (PyInstance) o;
            PyObject own = inst.getOwnAttr(t.ts, name);
            if (own == null) {
                PyObject m = inst.cls().lookup(t, name);
                if (m instanceof PyFunction) {
                    try {
                        return ((PyFunction) m).callWith(t, o, args, kwnames);
                    } finally {
                        RefCount.decref(t.ts, m);
                    }
                }
                if (m != null) {
                    RefCount.decref(t.ts, m);
                }
            } else {
                try {
                    if (!(inst.cls().lookupDataDescriptor(t, name))) {
                        return call(t, own, args, kwnames);
                    }
                } finally {
                    RefCount.decref(t.ts, own);
                }
            }
        } else if (!(o instanceof PyInstance) && !(o instanceof PyClass) && !(o instanceof PyModule)
                && !(o instanceof PyType) && !(o instanceof Builtins.PySuper) && !(o instanceof ThreadObjects.Local)) {
            // (super() and threading.local resolve their attributes themselves: object's __str__ in the method
            // table must not answer super().__str__())
            PyBuiltin.MethodImpl m = Builtins.method(t.interp, o.type(), name.value());
            if (m != null) {
                return m.call(t, o, BuiltinBase.valueArgs(o.type(), name.value(), args), kwnames);
            }
        }
        PyObject f = getAttr(t, o, name);
        try {
            return call(t, f, args, kwnames);
        } finally {
            RefCount.decref(t.ts, f);
        }
    }

    // ---- attributes

    static PyObject getAttr(PyThread t, PyObject o, PyStr name) {
        if (o instanceof PyModule) {
            return moduleGetAttr(t, (PyModule) o, name, true);
        }
        PyObject r;
        try {
            r = getAttrOrNullNoHook(t, o, name, READ_RAISE);
        } catch (PyRaise e) {
            // an AttributeError from the generic lookup (a property's getter) falls back to __getattr__, as
            // CPython's slot_tp_getattr_hook does
            if (!(o instanceof PyInstance) || !e.exc.cls().isSubtypeOf(t.interp.exceptionClass("AttributeError"))
                    || ((PyInstance) o).cls().hasHook(t, PyClass.HOOK_GETATTRIBUTE)) {
                throw e;
            }
            PyObject hook = getattrHook(t, o);
            if (hook == null) {
                throw e;
            }
            e.release(t.ts);
            try {
                return callMethod(t, hook, o, new PyObject[] {name}, null);
            } finally {
                RefCount.decref(t.ts, hook);
            }
        }
        return r != null ? r : getAttrMissing(t, o, name);
    }

    /** How {@link #getAttrOrNullNoHook} treats a class's own {@code __getattribute__}. */
    private static final int READ_GENERIC = 0; // object.__getattribute__: never
    private static final int READ_RAISE = 1;   // getattr: call it; its AttributeError (after __getattr__) propagates
    private static final int READ_OR_NULL = 2; // hasattr, getattr with a default: call it; AttributeError is null

    /**
     * An attribute read through the class's own {@code __getattribute__} (CPython's {@code slot_tp_getattr_hook}):
     * its AttributeError falls back to {@code __getattr__} if the class has one; with {@code raise} false an
     * AttributeError left answers null (hasattr, getattr with a default).
     */
    private static PyObject getAttributeHook(PyThread t, PyObject o, PyStr name, boolean raise) {
        PyObject m = hookClass(o).lookup(t, "__getattribute__");
        try {
            return callMethod(t, m, o, new PyObject[] {name}, null);
        } catch (PyRaise e) {
            if (!e.exc.cls().isSubtypeOf(t.interp.exceptionClass("AttributeError"))) {
                throw e;
            }
            PyObject hook = getattrHook(t, o);
            if (hook == null) {
                if (raise) {
                    throw e;
                }
                e.release(t.ts);
                return null;
            }
            e.release(t.ts);
            try {
                return callMethod(t, hook, o, new PyObject[] {name}, null);
            } catch (PyRaise e2) {
                if (raise || !e2.exc.cls().isSubtypeOf(t.interp.exceptionClass("AttributeError"))) {
                    throw e2;
                }
                e2.release(t.ts);
                return null;
            } finally {
                RefCount.decref(t.ts, hook);
            }
        } finally {
            RefCount.decref(t.ts, m);
        }
    }

    /** {@code object.__getattribute__(o, name)}: the generic read, without the class's hooks; AttributeError if none. */
    static PyObject genericGetAttr(PyThread t, PyObject o, PyStr name) {
        PyObject r = getAttrOrNullNoHook(t, o, name, READ_GENERIC);
        if (r == null) {
            throw noAttribute(t, o, name.value());
        }
        return r;
    }

    /** {@link #getAttr} off its hot path: the module's or the class's {@code __getattr__}, or AttributeError. */
    private static PyObject getAttrMissing(PyThread t, PyObject o, PyStr name) {
        PyObject hook = getattrHook(t, o);
        if (hook != null) { // __getattr__ answers, or raises its own error
            try {
                return callMethod(t, hook, o, new PyObject[] {name}, null);
            } finally {
                RefCount.decref(t.ts, hook);
            }
        }
        PyObject callSlot = callSlot(t, o, name);
        if (callSlot != null) {
            return callSlot;
        }
        throw noAttribute(t, o, name.value());
    }

    /** f.__call__ of a function, a built-in, a method or a class: the call itself (CPython's slot wrapper). */
    private static PyObject callSlot(PyThread t, PyObject o, PyStr name) {
        if (name.value().equals("__call__") && !(o instanceof PyInstance) && Builtins.isCallable(t, o)) {
            return new PyBuiltin.Bound(t.ts, "__call__", (tt, self, a, kw) -> call(tt, self, a, kw), o);
        }
        return null;
    }

    /** A module's own {@code __getattr__} (PEP 562; a new reference), or null. */
    private static PyObject moduleGetattr(PyThread t, PyModule m) {
        return getOrNull(t.ts, m.dict(), t.interp.str("__getattr__"));
    }

    /** An instance's class's {@code __getattr__} (a module subclass's too; a new reference), or null. */
    private static PyObject getattrHook(PyThread t, PyObject o) {
        if (o instanceof PyClass) { // a metaclass's __getattr__ answers for its classes
            return o.type() instanceof PyClass ? ((PyClass) o.type()).lookupOverride(t, "__getattr__") : null;
        }
        PyClass c = hookClass(o);
        return c != null ? c.lookup(t, "__getattr__") : null;
    }

    /**
     * The class of ours whose attribute hooks ({@code __getattribute__}, {@code __getattr__}) apply to {@code o}: an
     * instance's class, or the class of a module whose type is a subclass of module; null otherwise.
     */
    static PyClass hookClass(PyObject o) {
        if (o instanceof PyInstance) {
            return ((PyInstance) o).cls();
        }
        return o instanceof PyModule ? ((PyModule) o).userClass() : null;
    }

    /**
     * An attribute of a module (getattr with {@code raise}, else hasattr's null): a subclass's own
     * {@code __getattribute__} if it has one (then its {@code __getattr__}); else the module's own read
     * ({@link #moduleGetAttribute}'s: the type's data descriptors, the dict, the type's other attributes, the dict's
     * {@code __getattr__}), then the subclass's {@code __getattr__}, as CPython's {@code module_getattro} under
     * {@code slot_tp_getattr_hook}.
     */
    private static PyObject moduleGetAttr(PyThread t, PyModule m, PyStr name, boolean raise) {
        PyClass uc = m.userClass();
        if (uc != null && uc.hasHook(t, PyClass.HOOK_GETATTRIBUTE)) {
            return getAttributeHook(t, m, name, raise);
        }
        PyObject r = moduleFound(t, m, name);
        if (r != null) {
            return r;
        }
        PyObject cg = uc == null ? null : uc.lookup(t, "__getattr__");
        try {
            PyObject dg = moduleGetattr(t, m);
            if (dg != null) { // PEP 562: the module's own __getattr__ takes the name only
                try {
                    return call(t, dg, new PyObject[] {name}, null);
                } catch (PyRaise e) {
                    if (cg == null && raise || !e.exc.cls().isSubtypeOf(t.interp.exceptionClass("AttributeError"))) {
                        throw e;
                    }
                    e.release(t.ts);
                } finally {
                    RefCount.decref(t.ts, dg);
                }
            }
            if (cg != null) {
                try {
                    return callMethod(t, cg, m, new PyObject[] {name}, null);
                } catch (PyRaise e) {
                    if (raise || !e.exc.cls().isSubtypeOf(t.interp.exceptionClass("AttributeError"))) {
                        throw e;
                    }
                    e.release(t.ts);
                    return null;
                }
            }
        } finally {
            RefCount.xdecref(t.ts, cg);
        }
        if (!raise) {
            return null;
        }
        throw noAttribute(t, m, name.value());
    }

    /** The generic read of a module's attribute (a new reference), or null; a descriptor's AttributeError is null. */
    private static PyObject moduleFound(PyThread t, PyModule m, PyStr name) {
        try {
            return getAttrOrNullNoHook(t, m, name, READ_GENERIC);
        } catch (PyRaise e) { // a property's AttributeError: the module's __getattr__ next, as CPython's
            if (!e.exc.cls().isSubtypeOf(t.interp.exceptionClass("AttributeError"))) {
                throw e;
            }
            e.release(t.ts);
            return null;
        }
    }

    /**
     * {@code module.__getattribute__(m, name)} (CPython's {@code module_getattro}): the generic read, then the dict's
     * {@code __getattr__} (PEP 562), then "module 'x' has no attribute 'y'"; a subclass's hooks are not asked.
     */
    static PyObject moduleGetAttribute(PyThread t, PyModule m, PyStr name) {
        PyObject r = moduleFound(t, m, name);
        if (r != null) {
            return r;
        }
        PyObject dg = moduleGetattr(t, m);
        if (dg != null) {
            try {
                return call(t, dg, new PyObject[] {name}, null);
            } finally {
                RefCount.decref(t.ts, dg);
            }
        }
        throw noAttribute(t, m, name.value());
    }

    /**
     * The attribute as a new reference, or null when there is none (other errors propagate): the normal lookup, then
     * the class's {@code __getattr__}, whose AttributeError means none (hasattr, getattr with a default).
     */
    static PyObject getAttrOrNull(PyThread t, PyObject o, PyStr name) {
        if (o instanceof PyModule) {
            return moduleGetAttr(t, (PyModule) o, name, false);
        }
        PyObject r;
        try {
            r = getAttrOrNullNoHook(t, o, name, READ_OR_NULL);
        } catch (PyRaise e) { // a property's AttributeError: __getattr__ next, as getAttr
            if (!(o instanceof PyInstance) || !e.exc.cls().isSubtypeOf(t.interp.exceptionClass("AttributeError"))
                    || ((PyInstance) o).cls().hasHook(t, PyClass.HOOK_GETATTRIBUTE) || getattrHookMissing(t, o)) {
                throw e;
            }
            e.release(t.ts);
            r = null;
        }
        if (r != null) {
            return r;
        }
        if (o instanceof PyInstance && ((PyInstance) o).cls().hasHook(t, PyClass.HOOK_GETATTRIBUTE)) {
            return null; // __getattribute__ ran, and __getattr__ after it: nothing
        }
        PyObject hook = getattrHook(t, o);
        if (hook == null) {
            return callSlot(t, o, name);
        }
        try {
            return callMethod(t, hook, o, new PyObject[] {name}, null);
        } catch (PyRaise e) {
            if (e.exc.cls().isSubtypeOf(t.interp.exceptionClass("AttributeError"))) {
                e.release(t.ts);
                return null;
            }
            throw e;
        } finally {
            RefCount.decref(t.ts, hook);
        }
    }

    private static boolean getattrHookMissing(PyThread t, PyObject o) {
        PyObject hook = getattrHook(t, o);
        RefCount.xdecref(t.ts, hook);
        return hook == null;
    }

    /** The AttributeError of a failed lookup of {@code name} on {@code o}: CPython's message, its name and obj set. */
    static PyRaise noAttribute(PyThread t, PyObject o, String name) {
        String message;
        if (o instanceof PyClass || o instanceof PyType) {
            message = "type object '" + ((PyType) o).name() + "' has no attribute '" + name + "'";
        } else if (o instanceof PyModule) { // its dict's __name__ now, as CPython's module_getattro
            PyDict d = ((PyModule) o).dict();
            PyObject mn = d == null ? null : getOrNull(t.ts, d, t.interp.str("__name__"));
            message = mn instanceof PyStr ? "module '" + ((PyStr) mn).value() + "' has no attribute '" + name + "'"
                    : "module has no attribute '" + name + "'";
            RefCount.xdecref(t.ts, mn);
        } else {
            if (o instanceof PyMethod && ((PyMethod) o).func() != null && !METHOD_OWN.contains(name)) {
                o = ((PyMethod) o).func(); // the lookup went on in the function (CPython's method_getattro): its error
            }
            message = "'" + (emptySlot(t, o, name) ? fullyQualifiedName(((PyInstance) o).cls()) : typeName(o))
                    + "' object has no attribute '" + name + "'";
        }
        return ExceptionFields.attributeError(t, Errors.attributeError(t, message), o, name);
    }

    /** Whether {@code name} is an empty slot of the instance {@code o} (its class has a member for it). */
    private static boolean emptySlot(PyThread t, PyObject o, String name) {
        if (!(o instanceof PyInstance) || ((PyInstance) o).cls().slotNames == null) {
            return false;
        }
        PyObject ca = ((PyInstance) o).cls().lookup(t, name);
        RefCount.xdecref(t.ts, ca);
        return ca instanceof Descriptors.Member;
    }

    /**
     * CPython 3.13's fully qualified name of a class ({@code %T}, {@code _PyType_GetFullyQualifiedName}): its module
     * and qualified name, the module left out when it is builtins or __main__; an empty slot's AttributeError uses it.
     */
    static String fullyQualifiedName(PyClass c) {
        String m = c.module;
        return m == null || m.equals("builtins") || m.equals("__main__") ? c.qualname() : m + "." + c.qualname();
    }

    /** The attribute as a new reference, or null when there is none, without {@code __getattr__}. */
    private static PyObject getAttrOrNullNoHook(PyThread t, PyObject o, PyStr name, int mode) {
        ThreadState ts = t.ts;
        String n = name.value();
        if (o instanceof Builtins.PySuper) {
            return ((Builtins.PySuper) o).attr(t, name);
        }
        if (!(o instanceof PyInstance) && n.equals("__class__")) { // every object's (an instance's may be a property)
            return RefCount.newRef(ts, o.type());
        }
        if (o instanceof PyInstance) {
            PyInstance inst = (PyInstance) o;
            PyClass cls = inst.cls();
            if (cls.ownAttributeFirst(t, n)) { // false too for a class with its own __getattribute__
                PyObject own = inst.getOwnAttr(ts, name);
                if (own != null) {
                    return own;
                }
            }
            if (mode != READ_GENERIC && cls.hasHook(t, PyClass.HOOK_GETATTRIBUTE)) {
                return getAttributeHook(t, o, name, mode == READ_RAISE);
            }
            PyObject ca = cls.lookup(t, name);
            if (ca instanceof Descriptors.InstanceAttr) { // __dict__, __weakref__: the switch below answers them
                RefCount.decref(ts, ca);
                ca = null;
            }
            if (ca instanceof Descriptors.Property) {
                try {
                    return ((Descriptors.Property) ca).get(t, o, n);
                } finally {
                    RefCount.decref(ts, ca);
                }
            }
            if (ca instanceof Descriptors.Member && Descriptors.Member.keptApart(inst)) {
                try { // a slot beside a __dict__: its own storage, before the dict (E40)
                    return ((Descriptors.Member) ca).valueOrNull(t, inst);
                } finally {
                    RefCount.decref(ts, ca);
                }
            }
            if (ca instanceof PyInstance && isDataGetter(t, ca)) {
                try { // a data descriptor of a user's class: before the instance's own attributes, as CPython's
                    return callDescriptor(t, ca, "__get__", o, cls);
                } finally {
                    RefCount.decref(ts, ca);
                }
            }
            PyObject own = inst.getOwnAttr(ts, name);
            if (own != null) {
                if (ca != null) {
                    RefCount.decref(ts, ca);
                }
                return own;
            }
            if (ca instanceof Descriptors.Member) { // an empty slot (a filled one is in the dict, read above)
                RefCount.decref(ts, ca);
                return null;
            }
            if (ca != null) {
                try {
                    return bind(t, ca, o, cls);
                } finally {
                    RefCount.decref(ts, ca);
                }
            }
            switch (n) {
                case "__class__":
                    RefCount.incref(ts, cls);
                    return cls;
                case "__dict__": {
                    if (cls.slotNames != null) {
                        return null; // __slots__: no __dict__
                    }
                    return inst.dictAttribute(ts);
                }
                case "__weakref__":
                    if (!cls.instancesTakeWeakRefs()) {
                        return null; // __slots__ without '__weakref__' (['__dict__'] too), as weakref.ref refuses
                    }
                    return firstWeakRef(ts, inst);
                default:
            }
            if (inst instanceof PyBaseExc) {
                PyBaseExc e = (PyBaseExc) inst;
                switch (n) {
                    case "args":
                        return RefCount.newRef(ts, e.args());
                    case "__cause__":
                        return e.causeNewRef(ts);
                    case "__context__":
                        return e.contextNewRef(ts);
                    case "__suppress_context__":
                        return RefCount.newRef(ts, e.suppressContext ? PyBool.TRUE : PyBool.FALSE);
                    case "__traceback__":
                        return PyTraceback.of(ts, e);
                    default:
                }
                if (n.equals("with_traceback")) { // sets the entries the traceback objects are made from
                    return new PyBuiltin.Bound(ts, n, (tt, self, a, kw) -> {
                        Args.count(tt, "with_traceback", a, kw, 1, 1);
                        PyTraceback.set(tt, (PyBaseExc) self, a[0]);
                        return RefCount.newRef(tt.ts, self);
                    }, e);
                }
                if (n.equals("add_note")) {
                    return new PyBuiltin.Bound(ts, n, Ops::addNote, e);
                }
                int sx = SYNTAX_ERROR_FIELDS.indexOf(n);
                if (sx >= 0 && cls.isSubtypeOf(t.interp.exceptionClass("SyntaxError"))) {
                    // msg, then (filename, lineno, offset, text, end_lineno, end_offset) from the args' details
                    PyTuple a = e.args();
                    if (sx == 0) {
                        return RefCount.newRef(ts, a.size() >= 1 ? a.getItemBorrowed(0) : PyNone.NONE);
                    }
                    PyObject d = a.size() == 2 ? a.getItemBorrowed(1) : null;
                    boolean has = d instanceof PyTuple && ((PyTuple) d).size() >= sx;
                    return RefCount.newRef(ts, has ? ((PyTuple) d).getItemBorrowed(sx - 1) : PyNone.NONE);
                }
                if (n.equals("print_file_and_line") && cls.isSubtypeOf(t.interp.exceptionClass("SyntaxError"))) {
                    return PyNone.NONE; // CPython's member, never set by the interpreter
                }
                int ux = UNICODE_ERROR_FIELDS.indexOf(n);
                if (ux >= 0 && cls.isSubtypeOf(t.interp.exceptionClass("UnicodeTranslateError"))) {
                    PyTuple a = e.args(); // (object, start, end, reason); its encoding is None, as CPython's
                    return ux == 0 ? PyNone.NONE : a.size() == 4 ? RefCount.newRef(ts, a.getItemBorrowed(ux - 1)) : null;
                }
                if (ux >= 0 && (cls.isSubtypeOf(t.interp.exceptionClass("UnicodeDecodeError"))
                        || cls.isSubtypeOf(t.interp.exceptionClass("UnicodeEncodeError")))) {
                    PyTuple a = e.args(); // (encoding, object, start, end, reason), as CPython's constructor takes
                    if (a.size() != 5) {
                        return null;
                    }
                    PyObject v = a.getItemBorrowed(ux);
                    if (ux == 1 && v instanceof PyByteArray) { // a decode error's object is bytes (CPython copies it)
                        return PyBytes.of(ts, ((PyByteArray) v).snapshot());
                    }
                    return RefCount.newRef(ts, v);
                }
                int ox = PyBaseExc.OS_FIELD_NAMES.indexOf(n);
                if (ox >= 0 && cls.isSubtypeOf(t.interp.exceptionClass("OSError"))) {
                    if (ox == PyBaseExc.OS_WRITTEN && !(e.osWrittenSet
                            && cls.isSubtypeOf(t.interp.exceptionClass("BlockingIOError")))) {
                        throw Errors.raise(t, "AttributeError", "characters_written"); // CPython's message
                    }
                    return RefCount.newRef(ts, e.osField(ox));
                }
                java.util.List<String> fx = ExceptionFields.of(t, cls);
                int fi = fx == null ? -1 : fx.indexOf(n);
                if (fi >= 0) { // ImportError's msg, name, path, name_from; AttributeError's name, obj; NameError's name
                    return RefCount.newRef(ts, e.field(fi));
                }
                if (n.equals("__setstate__")) {
                    return new PyBuiltin.Bound(ts, n, Ops::exceptionSetState, e);
                }
                if (n.equals("value") && cls.isSubtypeOf(t.interp.exceptionClass("StopIteration"))
                        || n.equals("code") && cls.isSubtypeOf(t.interp.exceptionClass("SystemExit"))) {
                    PyTuple a = e.args();
                    boolean tuple = n.equals("code") && a.size() > 1; // SystemExit('m', 2).code is ('m', 2)
                    return RefCount.newRef(ts, a.size() == 0 ? PyNone.NONE : tuple ? a : a.getItemBorrowed(0));
                }
            }
            if (cls.builtinBase != null) { // d.fromkeys for class D(dict): the class method, read through an instance
                PyObject cm = subclassClassMethod(t, cls, n);
                if (cm != null) {
                    return cm;
                }
                PyObject b = inst.base(); // F(1.5).real, C(1, 2).imag: the carried value's data attributes
                PyObject va = b == null || b instanceof Descriptors.PySlice ? null : Builtins.valueAttr(t, b, n);
                if (va != null) {
                    return va;
                }
            }
            // object's own special methods (a.__eq__(b) of a class that defines none: identity, or NotImplemented)
            PyBuiltin.MethodImpl om = n.startsWith("__") ? Builtins.method(t.interp, PyType.OBJECT, n) : null;
            if (om == null && n.equals("__init__") && inst instanceof PyBaseExc) { // e.__init__(): BaseException's
                PyClass ec = cls;
                return new PyBuiltin.Bound(ts, n, (tt, self, a, kw) -> {
                    initException(tt, ec, (PyBaseExc) self, a, 0, kw);
                    return PyNone.NONE;
                }, o);
            }
            if (om == null && n.equals("__init__")) { // object.__init__, bound: CPython's object_init
                PyClass ic = cls;
                return new PyBuiltin.Bound(ts, n, (tt, self, a, kw) -> {
                    if (a.length > 0 && !ic.hasHook(tt, PyClass.HOOK_NEW)) { // excess arguments refused
                        throw Errors.typeError(tt, ic.name() + ".__init__() takes exactly one argument (the "
                                + "instance to initialize)");
                    }
                    return PyNone.NONE;
                }, o);
            }
            return om == null ? null : new PyBuiltin.Bound(ts, n, om, o);
        }
        if (o instanceof ThreadObjects.Local) { // after the instance paths: off the hot attribute read
            PyDict d = ((ThreadObjects.Local) o).dictFor(ts);
            return n.equals("__dict__") ? RefCount.newRef(ts, d) : getOrNull(ts, d, name);
        }
        if (o instanceof PyClass) {
            PyClass c = (PyClass) o;
            PyClass meta = c.type() instanceof PyClass ? (PyClass) c.type() : null;
            if (meta != null) { // a metaclass's data descriptor (a property) comes before the class's attributes
                PyObject md = meta.lookupOverride(t, n);
                if (md != null) {
                    try {
                        if (md instanceof Descriptors.Property) {
                            return ((Descriptors.Property) md).get(t, c, n);
                        }
                        if (md instanceof PyInstance && isDataGetter(t, md)) {
                            return callDescriptor(t, md, "__get__", c, meta);
                        }
                    } finally {
                        RefCount.decref(ts, md);
                    }
                }
            }
            // type's own data descriptors come before the class's attributes, as in CPython's type_getattro: a
            // class whose namespace has a __name__ property (Python's property, _pyproperty) is still named
            if (n.equals("__name__")) {
                return PyStr.of(ts, c.pyName());
            }
            if (n.equals("__qualname__")) {
                return PyStr.of(ts, c.qualname());
            }
            if (n.equals("__dict__")) { // type's getset, before the instances' __dict__ entry in the class's dict
                return mappingProxy(t, c.dict());
            }
            if (n.equals("__annotations__")) { // type's getter (3.10+): the class's own, never a base's; {} made once
                PyDict cd = c.dict();
                PyObject own = getOrNull(ts, cd, name);
                if (own != null) {
                    return own;
                }
                PyDict fresh = PyDict.create(ts);
                PyObject prev = cd.setDefault(ts, name, fresh);
                RefCount.decref(ts, fresh);
                t.interp.classChanged(); // the class's namespace changed, as by an assignment
                return prev;
            }
            PyObject ca = c.lookup(t, name);
            if (ca != null) {
                try {
                    if (ca instanceof Descriptors.ClassMethod) {
                        return new PyMethod(ts, ((Descriptors.ClassMethod) ca).func(), c);
                    }
                    if (ca instanceof Descriptors.StaticMethod) {
                        return RefCount.newRef(ts, ((Descriptors.StaticMethod) ca).func());
                    }
                    if (ca instanceof PyInstance && ((PyInstance) ca).cls().hasHook(t, PyClass.HOOK_GET)) {
                        return callDescriptor(t, ca, "__get__", PyNone.NONE, c); // C.attr: __get__(None, C)
                    }
                    return RefCount.newRef(ts, ca);
                } finally {
                    RefCount.decref(ts, ca);
                }
            }
            switch (n) {
                case "__class__": // type, or the class's metaclass
                    return RefCount.newRef(ts, c.type());
                case "__name__":
                    return PyStr.of(ts, c.name());
                case "__qualname__":
                    return PyStr.of(ts, c.qualname());
                case "__module__":
                    return PyStr.of(ts, c.module);
                case "__dict__": // a read-only view, as CPython's: a write must go through setattr (the caches)
                    return mappingProxy(t, c.dict());
                case "__base__": {
                    PyType b = c.bestBase();
                    return RefCount.newRef(ts, b == null ? PyNone.NONE : b);
                }
                case "__bases__": {
                    PyType[] bs = c.bases();
                    PyObject[] items = new PyObject[bs.length];
                    for (int k = 0; k < bs.length; k++) {
                        items[k] = RefCount.newRef(ts, bs[k]);
                    }
                    return PyTuple.stealing(ts, items);
                }
                case "__subclasses__": // the live classes that list c among their bases, in creation order
                    return new PyBuiltin.Bound(ts, n, (tt, self, a, kw) -> {
                        Args.count(tt, "__subclasses__", a, kw, 0, 0);
                        java.util.List<PyClass> subs = ((PyClass) self).subclasses;
                        return dev.freethread.list.PyList.of(tt.ts, subs.toArray(new PyObject[0]));
                    }, c);
                case "__mro__": {
                    java.util.List<PyType> mro = c.mro();
                    PyObject[] items = new PyObject[mro.size()];
                    for (int i = 0; i < items.length; i++) {
                        items[i] = RefCount.newRef(ts, mro.get(i));
                    }
                    return PyTuple.stealing(ts, items);
                }
                case "mro": // type.mro(): the order __mro__ holds, as a new list (a metaclass's own path below)
                    if (c.type() == PyType.TYPE && !c.isSubtypeOf(PyType.TYPE)) {
                        return new PyBuiltin.Bound(ts, n, Ops::mroList, c);
                    }
                    break;
                default:
                    break;
            }
            if (n.equals("__setstate__") && c.isException) { // pickle finds BaseException.__setstate__ on the class
                return new PyBuiltin("__setstate__", (tt, a, kw) -> {
                    if (a.length == 0 || !(a[0] instanceof PyBaseExc)) {
                        throw Errors.typeError(tt, "descriptor '__setstate__' of 'BaseException' object needs an "
                                + "argument");
                    }
                    return exceptionSetState(tt, a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw);
                });
            }
            if (n.equals("__init__") && c.isException) { // ValueError.__init__(self, msg): BaseException's sets args
                return new PyBuiltin("__init__", (tt, a, kw) -> {
                    if (a.length == 0 || !(a[0] instanceof PyBaseExc)) {
                        throw Errors.typeError(tt, "descriptor '__init__' of 'BaseException' object needs an argument");
                    }
                    initException(tt, c, (PyBaseExc) a[0], a, 1, kw);
                    return PyNone.NONE;
                });
            }
            if (n.equals("__init__") || n.equals("__repr__") || n.equals("__str__") || n.equals("__eq__")
                    || n.equals("__hash__") || n.equals("__ne__") || n.equals("__new__") || n.equals("__lt__")
                    || n.equals("__le__") || n.equals("__gt__") || n.equals("__ge__")) {
                if (!n.equals("__init__") && !n.equals("__new__")) { // object's own descriptor: C.__hash__ is object.__hash__
                    PyBuiltin.MethodImpl om = Builtins.method(t.interp, PyType.OBJECT, n);
                    if (om != null) {
                        return typeMethodDescriptor(t, PyType.OBJECT, n, om);
                    }
                }
                return Builtins.objectMethod(t, n);
            }
            if (c.builtinBase != null) { // a class method of the built-in base, for the subclass
                PyObject cm = subclassClassMethod(t, c, n);
                if (cm != null) {
                    return cm;
                }
            }
            if (!c.isSubtypeOf(PyType.TYPE)) { // object's methods, found through the class (object ends every MRO)
                PyObject om = objectMethodOfClass(t, c, n);
                if (om != null) {
                    return om;
                }
            }
            if (meta != null) { // the metaclass's attributes, bound to the class (CPython's type_getattro)
                PyObject mv = meta.lookup(t, name);
                if (mv != null) {
                    try {
                        return bind(t, mv, c, meta);
                    } finally {
                        RefCount.decref(ts, mv);
                    }
                }
            }
            return null;
        }
        if (o instanceof PyModule) {
            PyModule mod = (PyModule) o;
            PyClass uc = mod.userClass();
            PyObject ca = null;
            if (uc != null) { // a subclass of module: its data descriptors first, then the dict, then its attributes
                if (mode != READ_GENERIC && uc.hasHook(t, PyClass.HOOK_GETATTRIBUTE)) {
                    return getAttributeHook(t, o, name, mode == READ_RAISE);
                }
                ca = uc.lookup(t, name);
                if (ca instanceof Descriptors.InstanceAttr) { // __dict__, __weakref__: the module's own below
                    RefCount.decref(ts, ca);
                    ca = null;
                }
                if (ca instanceof Descriptors.Property) {
                    try {
                        return ((Descriptors.Property) ca).get(t, o, n);
                    } finally {
                        RefCount.decref(ts, ca);
                    }
                }
                if (ca instanceof PyInstance && isDataGetter(t, ca)) {
                    try {
                        return callDescriptor(t, ca, "__get__", o, uc);
                    } finally {
                        RefCount.decref(ts, ca);
                    }
                }
            }
            PyDict d = mod.dict();
            PyObject v = d == null ? null : Ops.getOrNull(ts, d, name);
            if (ca instanceof Descriptors.Member) { // a slot of a module subclass: kept in the dict, empty if absent
                RefCount.decref(ts, ca);
                return v;
            }
            if (ca != null) {
                try {
                    return v != null ? v : bind(t, ca, o, uc);
                } finally {
                    RefCount.decref(ts, ca);
                }
            }
            if (v == null && d == null) {
                return null; // cleared by the collector
            }
            if (v == null && uc == null && !n.equals("__dict__") && !n.equals("__annotations__")) {
                // the module type's methods and object's, bound (m.__repr__(), m.__dir__(), m.__init__(...))
                PyBuiltin.MethodImpl m = Builtins.method(t.interp, PyModule.TYPE, n);
                if (m != null) {
                    return new PyBuiltin.Bound(ts, n, m, o);
                }
                if (n.equals("__doc__")) { // ftpython's own modules carry no docstrings
                    return PyNone.NONE;
                }
            }
            if (v == null && n.equals("__dict__")) { // vars(module), module.__dict__: the namespace itself
                return RefCount.newRef(ts, d);
            }
            if (v == null && n.equals("__annotations__")) { // CPython 3.10+: made empty and kept on first read
                PyDict a = PyDict.create(ts);
                PyObject won = d.setDefault(ts, name, a);
                RefCount.decref(ts, a);
                return won;
            }
            return v;
        }
        if (o instanceof PyFunction) {
            PyFunction f = (PyFunction) o;
            if (FUNCTION_FIELDS.contains(n)) { // an assigned __name__, __qualname__, __doc__, __module__ (wraps)
                PyObject ov = f.override(ts, name);
                if (ov != null) {
                    return ov;
                }
            }
            PyDict fd = n.equals("__dict__") ? null : f.dict;
            PyObject own = fd == null ? null : Ops.getOrNull(ts, fd, name);
            if (own != null) {
                return own;
            }
            switch (n) {
                case "__dict__":
                    return f.dictAttribute(ts);
                case "__name__": // interned, as CPython's code names: f.__name__ is f.__name__
                    return t.interp.str(f.code.name);
                case "__qualname__":
                    return t.interp.str(f.code.qualname);
                case "__module__":
                    return f.globals.get(ts, t.interp.str("__name__"));
                case "__doc__": // the docstring's constant, as the literal itself is (interned): one object
                    return f.code.doc == null ? PyNone.NONE : t.interp.str(f.code.doc);
                case "__annotations__":
                    return f.annotations(ts);
                case "__get__": // the descriptor protocol: f.__get__(obj, cls) is the bound method, as CPython's
                    return new PyBuiltin.Bound(ts, "__get__", (tt, self, a, kw) -> {
                        Args.count(tt, "__get__", a, kw, 1, 2);
                        if (a[0] == PyNone.NONE) {
                            if (a.length < 2 || a[1] == PyNone.NONE) {
                                throw Errors.typeError(tt, "__get__(None, None) is invalid");
                            }
                            return RefCount.newRef(tt.ts, self);
                        }
                        return new PyMethod(tt.ts, self, a[0]);
                    }, f);
                case "__class__":
                    return RefCount.newRef(ts, f.type());
                case "__defaults__":
                    return f.defaultsTuple(ts);
                case "__kwdefaults__":
                    return f.kwDefaultsDict(ts);
                case "__closure__":
                    return f.closureTuple(ts);
                case "__globals__":
                    return RefCount.newRef(ts, f.globals);
                case "__code__":
                    return new PyCode(ts, f.code);
                case "__builtins__":
                    return f.builtinsAttribute(t);
                case "__type_params__":
                    return PyTuple.stealing(ts);
                default:
            }
            return null;
        }
        if (o instanceof PyCode) {
            return ((PyCode) o).attr(t, n);
        }
        if (o instanceof PyTraceback) {
            return ((PyTraceback) o).attr(t, n);
        }
        if (o instanceof StdStreams.In || o instanceof StdStreams.Buffer || o instanceof Modules.Stream) {
            PyObject v = StdStreams.attr(t, o, n);
            if (v != null) {
                return v;
            }
        }
        if (o instanceof PyFrameObject) {
            PyObject v = ((PyFrameObject) o).attr(t, n);
            if (v != null) {
                return v;
            }
        }
        if (o instanceof PyCell && n.equals("cell_contents")) {
            PyObject v = ((PyCell) o).getRef(ts);
            if (v == null) {
                throw Errors.valueError(t, "Cell is empty");
            }
            return v;
        }
        if (o instanceof PyType) {
            PyType ty = (PyType) o;
            // CPython splits a static type's name at its last dot: 'weakref.ReferenceType' is ReferenceType of weakref
            String full = ty.name();
            int dot = full.lastIndexOf('.');
            if (n.equals("__name__") || n.equals("__qualname__")) {
                return PyStr.of(ts, full.substring(dot + 1));
            }
            if (n.equals("__module__")) {
                return PyStr.of(ts, dot < 0 ? "builtins" : full.substring(0, dot));
            }
            if (n.equals("__doc__") && !(ty instanceof PyClass)) {
                return PyNone.NONE; // ftpython carries no docstrings for built-ins (CPython --without-doc-strings)
            }
            if (n.equals("__mro__") || n.equals("__bases__")) { // the toolkit's MRO: (bool, int, object)
                java.util.List<PyType> mro = ty.mro();
                java.util.List<PyType> of = n.equals("__mro__") ? mro : mro.size() > 1 ? mro.subList(1, 2) : mro.subList(0, 0);
                PyObject[] items = new PyObject[of.size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = RefCount.newRef(ts, of.get(i));
                }
                return PyTuple.stealing(ts, items);
            }
            if (n.equals("mro") && ty != PyType.TYPE) { // int.mro(); type.mro(C) is TypeMethods' unbound one
                return new PyBuiltin.Bound(ts, n, Ops::mroList, ty);
            }
            if (n.equals("__base__")) {
                PyType b = ty.base();
                return RefCount.newRef(ts, b == null ? PyNone.NONE : b);
            }
            if (n.equals("__dict__") && !(ty instanceof PyClass)) {
                PyObject d = builtinTypeDict(t, ty);
                try {
                    return mappingProxy(t, d);
                } finally {
                    RefCount.decref(ts, d);
                }
            }
            if (n.equals("__new__") && ty == PyType.OBJECT) { // one object.__new__, as CPython's (pickle checks)
                return Builtins.objectMethod(t, n);
            }
            if (n.equals("__new__") && BuiltinBase.isSubclassable(ty)) { // str.__new__(cls, 'x') for subclasses
                return BuiltinBase.lookup(t.interp, ty, n);
            }
            if (n.equals("__new__") && ty != PyType.OBJECT && ty != PyType.TYPE && !(ty instanceof PyClass)) {
                return BuiltinBase.constructorNew(ty); // bool.__new__(bool, 1): the type's constructor
            }
            if (ty == PyType.TYPE && TypeMethods.lookup(n) != null) { // type.__new__(mcs, ...), type.__call__(C)
                return TypeMethods.lookup(n);
            }
            PyBuiltin.MethodImpl m = Builtins.method(t.interp, ty, n);
            if (m == null && n.equals("__init__") && BuiltinBase.isMutable(ty)) {
                return BuiltinBase.lookup(t.interp, ty, n); // dict.__init__(self, ...) in a subclass's __init__
            }
            if (m != null) {
                return typeMethodDescriptor(t, ty, n, m);
            }
            PyObject cm = Builtins.typeAttr(t, ty, n);
            if (cm != null) {
                return cm;
            }
            if (ty == PyType.OBJECT || n.equals("__init__")) { // object.__eq__...; int.__init__ is object's
                return Builtins.objectMethod(t, n);
            }
            return null;
        }
        if (o instanceof PyBuiltin && n.equals("__name__")) {
            return PyStr.of(ts, ((PyBuiltin) o).name);
        }
        if (o instanceof PyBuiltin && ((PyBuiltin) o).qualname() != null && n.equals("__qualname__")) {
            return PyStr.of(ts, ((PyBuiltin) o).qualname()); // dict.fromkeys, str.maketrans
        }
        if (o instanceof PyBuiltin && ((PyBuiltin) o).module() != null) { // len, math.sqrt: a module's function
            switch (n) {
                case "__module__":
                    return PyStr.of(ts, ((PyBuiltin) o).module());
                case "__qualname__":
                    return PyStr.of(ts, ((PyBuiltin) o).name);
                default:
            }
        }
        if (o instanceof PyBuiltin && ((PyBuiltin) o).owner() != null) { // a built-in type's method: str.upper
            PyType owner = ((PyBuiltin) o).owner();
            String full = owner.name();
            int dot = full.lastIndexOf('.');
            switch (n) {
                case "__qualname__":
                    return PyStr.of(ts, full.substring(dot + 1) + "." + ((PyBuiltin) o).name);
                case "__module__": // None, as object.__new__'s in CPython (its method descriptors have none)
                    return PyNone.NONE;
                case "__objclass__":
                    return RefCount.newRef(ts, owner);
                default:
            }
        }
        if (o instanceof PyBuiltin.Bound) { // [].append: CPython's builtin_function_or_method attributes
            PyBuiltin.Bound b = (PyBuiltin.Bound) o;
            switch (n) {
                case "__name__":
                    return PyStr.of(ts, b.name);
                case "__qualname__":
                    return PyStr.of(ts, typeName(b.self()) + "." + b.name);
                case "__self__":
                    return RefCount.newRef(ts, b.self());
                default:
            }
        }
        if (o instanceof PyMethod) {
            PyMethod m = (PyMethod) o;
            switch (n) {
                case "__self__":
                    return RefCount.newRef(ts, m.self());
                case "__func__":
                    return RefCount.newRef(ts, m.func());
                case "__get__": // a bound method is a descriptor that binds to nothing new: m.__get__(obj) is m
                    return new PyBuiltin.Bound(ts, "__get__", (tt, self, a, kw) -> {
                        Args.count(tt, "__get__", a, kw, 1, 2);
                        if (a[0] == PyNone.NONE && (a.length < 2 || a[1] == PyNone.NONE)) {
                            throw Errors.typeError(tt, "__get__(None, None) is invalid");
                        }
                        return RefCount.newRef(tt.ts, self);
                    }, m);
                default:
                    // CPython's method_getattro: what the method type does not define is the function's
                    // (__name__, __qualname__, __doc__, __module__, __wrapped__, attributes set on the function)
                    return METHOD_OWN.contains(n) ? null : getAttrOrNull(t, m.func(), name);
            }
        }
        if (o instanceof RegexModule.PyPattern || o instanceof RegexModule.PyMatch) {
            PyObject v = RegexModule.attr(t, o, n);
            if (v != null) {
                return v;
            }
        }
        if (o instanceof TypeAliases.GenericAlias) {
            TypeAliases.GenericAlias g = (TypeAliases.GenericAlias) o;
            switch (n) {
                case "__origin__":
                    return RefCount.newRef(ts, g.origin);
                case "__args__":
                    return RefCount.newRef(ts, g.args());
                case "__unpacked__":
                    return PyBool.of(g.unpacked);
                case "__parameters__":
                    return g.parameters(t);
                case "__mro_entries__":
                    return new PyBuiltin("__mro_entries__", (tt, a, kw) -> PyTuple.stealing(tt.ts,
                            RefCount.newRef(tt.ts, g.origin)));
                default:
            }
        }
        if (o instanceof TypeAliases.UnionType && n.equals("__args__")) {
            return RefCount.newRef(ts, ((TypeAliases.UnionType) o).args());
        }
        if (o instanceof PyCoroutine) {
            PyCoroutine c = (PyCoroutine) o;
            switch (n) {
                case "__name__":
                    return PyStr.of(ts, c.name);
                case "__qualname__":
                    return PyStr.of(ts, c.qualname);
                case "cr_running":
                case "ag_running":
                    return PyBool.of(c.isRunning());
                case "cr_suspended":
                case "ag_suspended":
                    return PyBool.of(c.isSuspended());
                case "cr_code":
                case "ag_code":
                    return new PyCode(ts, c.frame().code);
                case "cr_origin":
                    if (!c.asyncGen) {
                        return c.originTuple(ts);
                    }
                    break;
                case "cr_frame": // None once it finished, as CPython's
                case "ag_frame":
                    return c.isClosed() ? PyNone.NONE : new PyFrameObject(ts, c.frame());
                default:
            }
        }
        if (o instanceof PyRange) {
            PyRange r = (PyRange) o;
            switch (n) {
                case "start":
                    return PyInt.of(ts, r.bigStart());
                case "stop":
                    return PyInt.of(ts, r.bigStop());
                case "step":
                    return PyInt.of(ts, r.bigStep());
                default:
            }
        }
        if (o instanceof PyGenerator) {
            PyGenerator g = (PyGenerator) o;
            switch (n) {
                case "__name__":
                    return PyStr.of(ts, g.name);
                case "__qualname__":
                    return PyStr.of(ts, g.qualname);
                case "gi_running":
                    return PyBool.of(g.isRunning());
                case "gi_suspended":
                    return PyBool.of(g.isSuspended());
                case "gi_code":
                    return new PyCode(ts, g.frame().code);
                case "gi_frame": // None once the generator finished, as CPython's
                    return g.isClosed() ? PyNone.NONE : new PyFrameObject(ts, g.frame());
                case "gi_yieldfrom":
                    return PyNone.NONE; // ftpython does not expose the delegated iterator
                default:
            }
        }
        if (n.equals("__class__")) {
            return RefCount.newRef(ts, pythonType(o));
        }
        if (o instanceof Descriptors.Property) {
            return ((Descriptors.Property) o).attr(t, n);
        }
        if (o instanceof Descriptors.ClassAttrDescriptor) { // a slot's member or a __dict__/__weakref__ getset
            PyObject r = ((Descriptors.ClassAttrDescriptor) o).attr(t, n);
            if (r != null) {
                return r;
            }
        }
        if ((o instanceof Descriptors.StaticMethod || o instanceof Descriptors.ClassMethod) && n.equals("__get__")) {
            // sm.__get__(obj, type=None) is the function; cm.__get__(obj, type=None) binds it to type (obj's if None)
            return new PyBuiltin.Bound(ts, n, (tt, self, a, kw) -> {
                Args.count(tt, "__get__", a, kw, 1, 2);
                if (a[0] == PyNone.NONE && (a.length < 2 || a[1] == PyNone.NONE)) {
                    throw Errors.typeError(tt, "__get__(None, None) is invalid");
                }
                if (self instanceof Descriptors.StaticMethod) {
                    PyObject f = ((Descriptors.StaticMethod) self).func();
                    if (f == null) {
                        throw Errors.raise(tt, "RuntimeError", "uninitialized staticmethod object");
                    }
                    return RefCount.newRef(tt.ts, f);
                }
                PyObject f = ((Descriptors.ClassMethod) self).func();
                if (f == null) {
                    throw Errors.raise(tt, "RuntimeError", "uninitialized classmethod object");
                }
                PyObject cls = a.length > 1 && a[1] != PyNone.NONE ? a[1] : pythonType(a[0]);
                return new PyMethod(tt.ts, f, cls);
            }, o);
        }
        if (o instanceof Descriptors.FunctionWrapper) {
            Descriptors.FunctionWrapper w = (Descriptors.FunctionWrapper) o;
            if (n.equals("__func__") || n.equals("__wrapped__")) { // the function it wraps (members)
                return RefCount.newRef(ts, w.func());
            }
            PyDict wd = w.dict();
            if (n.equals("__dict__") && wd != null) {
                return RefCount.newRef(ts, wd);
            }
            if (n.equals("__isabstractmethod__")) { // a getset, before the dict: the function's answer, or False
                PyObject ia = getAttrOrNull(t, w.func(), name);
                return ia != null ? ia : PyBool.FALSE;
            }
            PyObject own = wd == null ? null : getOrNull(ts, wd, name);
            if (own != null) { // copied from the function since 3.10 (functools.wraps' names), or set on it
                return own;
            }
            if (wd == null && WRAPPER_ATTRS.contains(n)) { // an implicit one has no dict: the function's
                return getAttrOrNull(t, w.func(), name);
            }
        }
        PyBuiltin.MethodImpl m = Builtins.method(t.interp, o.type(), n);
        if (m != null) {
            return new PyBuiltin.Bound(ts, n, BuiltinBase.valueArgs(o.type(), n, m), o);
        }
        PyObject v = Builtins.valueAttr(t, o, n);
        if (v == null) {
            v = Builtins.typeAttr(t, o.type(), n); // d.fromkeys: a class method read through an instance
        }
        if (v == null && n.equals("__init__")) { // [].__init__(iterable): a mutable built-in's re-initialisation
            PyObject init = BuiltinBase.isMutable(o.type()) ? BuiltinBase.lookup(t.interp, o.type(), n)
                    : Builtins.objectMethod(t, n);
            if (init != null) {
                try {
                    return new PyMethod(ts, init, o);
                } finally {
                    RefCount.decref(ts, init);
                }
            }
        }
        if (v == null && isIterator(o) && (n.equals("__next__") || n.equals("__iter__"))) { // it.__next__()
            return new PyBuiltin.Bound(ts, n, n.equals("__iter__") ? (tt, self, a, kw) -> {
                Args.count(tt, "__iter__", a, kw, 0, 0);
                return RefCount.newRef(tt.ts, self);
            } : (tt, self, a, kw) -> {
                Args.count(tt, "__next__", a, kw, 0, 0);
                PyObject r = next(tt, self);
                if (r == null) {
                    throw Errors.raise(tt, "StopIteration", null);
                }
                return r;
            }, o);
        }
        if (v == null && n.equals("__doc__")) {
            return PyNone.NONE; // a built-in function's or value's: no docstrings carried (CPython --without-doc-strings)
        }
        return v;
    }

    /**
     * {@code D.fromkeys(...)} for {@code class D(dict)}, {@code I.from_bytes(...)} for {@code class I(int)}: the
     * built-in base's class method, making an instance of the subclass as CPython's does; null for other names.
     */
    private static PyObject subclassClassMethod(PyThread t, PyClass c, String n) {
        if (c.builtinBase.isSubtypeOf(PyDict.TYPE) && n.equals("fromkeys")) {
            return new PyBuiltin("fromkeys", (tt, a, kw) -> {
                Args.count(tt, "fromkeys", a, kw, 1, 2);
                PyObject value = a.length > 1 ? a[1] : PyNone.NONE;
                PyObject d = call(tt, c, NO_ARGS, null);
                try (ItemIterator keys = iterator(tt, a[0])) {
                    PyObject k;
                    while ((k = keys.next(tt.ts)) != null) {
                        try {
                            setItem(tt, d, k, value);
                        } finally {
                            RefCount.decref(tt.ts, k);
                        }
                    }
                } catch (RuntimeException e) {
                    RefCount.decref(tt.ts, d);
                    throw e;
                }
                return d;
            });
        }
        if (c.builtinBase.isSubtypeOf(PyInt.TYPE) && n.equals("from_bytes")) {
            return new PyBuiltin("from_bytes", (tt, a, kw) -> {
                PyObject v = BytesMethods.fromBytes(tt, a, kw);
                try {
                    return call(tt, c, new PyObject[] {v}, null);
                } finally {
                    RefCount.decref(tt.ts, v);
                }
            });
        }
        PyType base = c.builtinBase.isSubtypeOf(PyFloat.TYPE) ? PyFloat.TYPE
                : c.builtinBase.isSubtypeOf(PyBytes.TYPE) ? PyBytes.TYPE
                : c.builtinBase.isSubtypeOf(PyByteArray.TYPE) ? PyByteArray.TYPE : null;
        if (base != null && n.equals("fromhex")) { // F.fromhex(s): cls(float.fromhex(s)), as CPython's
            return new PyBuiltin("fromhex", (tt, a, kw) -> {
                PyObject v = callAttr(tt, base, tt.interp.str("fromhex"), a, kw);
                try {
                    return call(tt, c, new PyObject[] {v}, null);
                } finally {
                    RefCount.decref(tt.ts, v);
                }
            });
        }
        return null;
    }

    /** What staticmethod and classmethod read from the function they wrap. */
    /**
     * The unbound method {@code ty.n} ({@code set.__repr__}): checks that its first argument is one of {@code ty}'s
     * and runs {@code m} on it. An instance of a subclass of {@code ty} goes through the method its subclasses use
     * ({@link BuiltinBase#lookup}), so {@code set.__repr__(s)} of a set subclass's instance names the subclass, as
     * {@code repr(s)} does; object's own methods ({@code object.__setattr__(d, ...)}) act on the instance itself.
     */
    /** The built-in type's method descriptor {@code ty.n} (immortal), one per interpreter, type and name. */
    static PyObject typeMethodDescriptor(PyThread t, PyType ty, String n, PyBuiltin.MethodImpl m) {
        return t.interp.typeMethodDescriptors.computeIfAbsent(ty, k -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(n, k -> methodDescriptor(ty, n, m));
    }

    /**
     * CPython's TypeError for a built-in type's method called on an object of another type: a slot wrapper's
     * ({@code list.__init__(1)}: "requires a 'list' object but received a 'int'") or a method descriptor's
     * ({@code str.upper(1)}: "for 'str' objects doesn't apply to a 'int' object").
     */
    static PyRaise descriptorMismatch(PyThread t, String n, PyType ty, PyObject self) {
        return Errors.typeError(t, SLOT_WRAPPERS.contains(n)
                ? "descriptor '" + n + "' requires a '" + ty.name() + "' object but received a '" + typeName(self) + "'"
                : "descriptor '" + n + "' for '" + ty.name() + "' objects doesn't apply to a '" + typeName(self)
                        + "' object");
    }

    private static PyBuiltin methodDescriptor(PyType ty, String n, PyBuiltin.MethodImpl m) {
        return PyBuiltin.ofType(n, ty, (tt, args, kw) -> {
            if (args.length == 0) {
                throw Errors.typeError(tt, "unbound method " + ty.name() + "." + n + "() needs an argument");
            }
            if (!args[0].type().isSubtypeOf(ty)) { // str.upper(1): the method's code assumes its own type
                throw descriptorMismatch(tt, n, ty, args[0]);
            }
            if (ty != PyType.OBJECT && args[0] instanceof PyInstance) {
                PyObject w = BuiltinBase.lookup(tt.interp, ty, n);
                if (w instanceof PyBuiltin) {
                    return ((PyBuiltin) w).impl.call(tt, args, kw);
                }
            }
            return m.call(tt, ty == PyType.OBJECT ? args[0] : BuiltinBase.valueOf(tt, args[0], ty),
                    BuiltinBase.valueArgs(ty, n, java.util.Arrays.copyOfRange(args, 1, args.length)), kw);
        });
    }

    private static final java.util.Set<String> WRAPPER_ATTRS = java.util.Set.of("__module__", "__name__",
            "__qualname__", "__doc__", "__annotations__", "__isabstractmethod__");

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    /** What reading a class attribute through an instance gives: a bound method for a function. */
    /** SyntaxError's attributes: msg (args[0]), then the fields of its details tuple (args[1]), in order. */
    /** UnicodeDecodeError's and UnicodeEncodeError's attributes, in the order of their five arguments. */
    private static final java.util.List<String> UNICODE_ERROR_FIELDS = java.util.List.of("encoding", "object", "start",
            "end", "reason");
    /**
     * {@code BaseException.__init__(e, *args)} sets the args; read from an OSError class (or a {@code super()} in
     * one) it is {@code OSError.__init__}, which parses errno, strerror and the filenames only for a class whose own
     * {@code __init__} takes them (CPython's {@code oserror_use_init}) and otherwise changes nothing.
     */
    /**
     * A built-in exception class's {@code __init__(self, *a, **kw)} run on {@code e} ({@code a} holds the positional
     * arguments, then the values of {@code kwnames}): the args, then the members and keywords {@link ExceptionFields}
     * takes.
     */
    static void initException(PyThread t, PyClass from, PyBaseExc e, PyObject[] a, int start, String[] kwnames) {
        int npos = Args.npos(a, kwnames);
        PyObject[] pos = new PyObject[npos - start];
        for (int i = 0; i < pos.length; i++) {
            pos[i] = RefCount.newRef(t.ts, a[start + i]);
        }
        PyTuple args = PyTuple.stealing(t.ts, pos);
        try {
            initException(t, from, e, args);
        } finally {
            RefCount.decref(t.ts, args);
        }
        ExceptionFields.init(t, e, start == 0 ? a : java.util.Arrays.copyOfRange(a, start, a.length), kwnames);
    }

    /**
     * {@code BaseException.__setstate__(state)}: each item of the dict {@code state} set as an attribute (None sets
     * nothing), as CPython's; pickle and copy rebuild an exception's members and {@code __dict__} through it.
     */
    private static PyObject exceptionSetState(PyThread t, PyObject self, PyObject[] a, String[] kw) {
        Args.count(t, "__setstate__", a, kw, 1, 1);
        PyObject state = a[0];
        if (state == PyNone.NONE) {
            return PyNone.NONE;
        }
        if (!(state instanceof PyDict)) {
            throw Errors.typeError(t, "state is not a dictionary");
        }
        // The items are read first, each pair held while it is set (CPython holds them, gh-107172): a name whose
        // __hash__ empties the dict must neither fail the lookup nor free the value it is about to store. A str
        // subclass's instance names the attribute by its value, as setattr()'s does.
        PyObject view = callAttr(t, state, t.interp.str("items"), NO_ARGS, null);
        PyObject items;
        try {
            items = Builtins.listOf(t, view);
        } finally {
            RefCount.decref(t.ts, view);
        }
        try {
            PyList l = (PyList) items;
            for (int i = 0; i < l.size(); i++) {
                PyTuple kv = (PyTuple) l.getItem(t.ts, i);
                try {
                    PyObject k = kv.getItemBorrowed(0);
                    PyObject name = BuiltinBase.operand(k);
                    if (!(name instanceof PyStr)) {
                        throw Errors.typeError(t, "attribute name must be string, not '" + typeName(k) + "'");
                    }
                    if (name != k) {
                        hash(t, k); // CPython stores the subclass's instance as the key: its __hash__ runs here
                    }
                    setAttr(t, self, t.interp.str(((PyStr) name).value()), kv.getItemBorrowed(1));
                } finally {
                    RefCount.decref(t.ts, kv);
                }
            }
        } finally {
            RefCount.decref(t.ts, items);
        }
        return PyNone.NONE;
    }

    static void initException(PyThread t, PyClass from, PyBaseExc e, PyTuple args) {
        PyClass os = t.interp.exceptionClass("OSError");
        if (from != null && from.isSubtypeOf(os) && e.cls().isSubtypeOf(os)) {
            if (e.cls().osErrorUsesInit(t)) {
                e.initOsError(t, args, e.cls().isSubtypeOf(t.interp.exceptionClass("BlockingIOError")));
            }
            return;
        }
        e.setArgs(t.ts, args);
    }

    private static final java.util.List<String> SYNTAX_ERROR_FIELDS = java.util.List.of("msg", "filename", "lineno",
            "offset", "text", "end_lineno", "end_offset");

    static PyObject bind(PyThread t, PyObject ca, PyObject self, PyClass cls) {
        if (ca instanceof PyFunction) {
            return new PyMethod(t.ts, ca, self);
        }
        if (ca instanceof PyBuiltin && ((PyBuiltin) ca).onInstance != null
                && (!(self instanceof PyType) || TypeMethods.isDefault(ca))) {
            PyBuiltin b = (PyBuiltin) ca; // a built-in base's method (BuiltinBase), bound to the instance
            return new PyBuiltin.Bound(t.ts, b.name, b.onInstance, self);
        }
        if (ca instanceof Descriptors.ClassMethod) {
            return new PyMethod(t.ts, ((Descriptors.ClassMethod) ca).func(), cls);
        }
        if (ca instanceof Descriptors.StaticMethod) {
            return RefCount.newRef(t.ts, ((Descriptors.StaticMethod) ca).func());
        }
        if (ca instanceof PyInstance && ((PyInstance) ca).cls().hasHook(t, PyClass.HOOK_GET)) {
            return callDescriptor(t, ca, "__get__", self, cls); // a user's descriptor: __get__(obj, type(obj))
        }
        return RefCount.newRef(t.ts, ca);
    }

    // ---- descriptors of a user's classes (an instance whose class defines __get__, __set__ or __delete__)

    /** A data descriptor of a user's class with a {@code __get__} (off the hot attribute read: a call, not inlined code). */
    private static boolean isDataGetter(PyThread t, PyObject v) {
        return isDataDescriptor(t, v) && ((PyInstance) v).cls().hasHook(t, PyClass.HOOK_GET);
    }

    /** Whether {@code v} is a data descriptor of a user's class: its class defines {@code __set__} or {@code __delete__}. */
    static boolean isDataDescriptor(PyThread t, PyObject v) {
        return v instanceof PyInstance && ((PyInstance) v).cls().hasHook(t, PyClass.HOOK_SET | PyClass.HOOK_DELETE);
    }

    /** {@code type(descr).method(descr, *args)}: a new reference. */
    static PyObject callDescriptor(PyThread t, PyObject descr, String method, PyObject... args) {
        PyClass dc = ((PyInstance) descr).cls();
        PyObject m = dc.lookup(t, method);
        if (m == null) { // a data descriptor without this half: CPython's bare "AttributeError: __set__"
            throw Errors.attributeError(t, method);
        }
        try {
            return callMethod(t, m, descr, args, null);
        } finally {
            RefCount.decref(t.ts, m);
        }
    }

    static void setAttr(PyThread t, PyObject o, PyStr name, PyObject v) {
        PyClass hc = o instanceof PyInstance ? ((PyInstance) o).cls() : o instanceof PyModule ? hookClass(o) : null;
        if (hc != null && hc.hasHook(t, PyClass.HOOK_SETATTR)) {
            PyObject m = hc.lookup(t, "__setattr__");
            if (m != null) { // the class's __setattr__ (object.__setattr__ is setAttrGeneric)
                try {
                    RefCount.decref(t.ts, callMethod(t, m, o, new PyObject[] {name, v}, null));
                } finally {
                    RefCount.decref(t.ts, m);
                }
                return;
            }
        }
        if (o instanceof PyClass && o.type() instanceof PyClass) { // a metaclass's __setattr__, or its property
            PyClass meta = (PyClass) o.type();
            PyObject m = meta.lookupOverride(t, "__setattr__");
            if (m == null) {
                m = meta.lookupOverride(t, name.value());
                if (!(m instanceof Descriptors.Property)) {
                    RefCount.xdecref(t.ts, m);
                    m = null;
                } else {
                    try {
                        ((Descriptors.Property) m).set(t, o, v, name.value());
                    } finally {
                        RefCount.decref(t.ts, m);
                    }
                    return;
                }
            }
            if (m != null) {
                try {
                    RefCount.decref(t.ts, callMethod(t, m, o, new PyObject[] {name, v}, null));
                } finally {
                    RefCount.decref(t.ts, m);
                }
                return;
            }
        }
        setAttrGeneric(t, o, name, v);
    }

    /**
     * {@code o.__dict__ = v}: a dict, or an instance of a dict subclass (whose dict part then holds the attributes, as
     * CPython's instance uses the assigned dict directly, whatever methods its class overrides); anything else is
     * CPython's TypeError, with the old dict kept.
     */
    private static void setInstanceDict(PyThread t, PyInstance inst, PyObject v) {
        PyDict d = v instanceof PyDict ? (PyDict) v
                : v instanceof PyInstance && ((PyInstance) v).base() instanceof PyDict ? (PyDict) ((PyInstance) v).base()
                : null;
        if (d == null) {
            throw Errors.typeError(t, "__dict__ must be set to a dictionary, not a '" + typeName(v) + "'");
        }
        inst.replaceDict(t.ts, v, d);
    }

    /**
     * The weak references to {@code o} in the order of CPython's list (new references; {@code getweakrefs} and
     * {@code __weakref__}): the callback-less one first (CPython inserts it at the head), then those with callbacks,
     * newest first (each inserted right after the callback-less one, or at the head). A snapshot: each was taken
     * counted, so one freed meanwhile is left out.
     */
    static java.util.List<PyWeakRef> weakRefsInListOrder(ThreadState ts, PyObject o) {
        java.util.List<PyWeakRef> oldestFirst = PyWeakRef.refsTo(ts, o);
        java.util.List<PyWeakRef> r = new java.util.ArrayList<>(oldestFirst.size());
        for (PyWeakRef w : oldestFirst) {
            if (w.callback() == null) {
                r.add(w);
            }
        }
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            if (oldestFirst.get(i).callback() != null) {
                r.add(oldestFirst.get(i));
            }
        }
        return r;
    }

    /** {@code o.__weakref__}: the head of CPython's list of weak references to {@code o} (a new reference), or None. */
    private static PyObject firstWeakRef(ThreadState ts, PyObject o) {
        java.util.List<PyWeakRef> refs = weakRefsInListOrder(ts, o);
        for (int i = 1; i < refs.size(); i++) {
            RefCount.decref(ts, refs.get(i));
        }
        return refs.isEmpty() ? PyNone.NONE : refs.get(0);
    }

    /**
     * CPython's {@code PyObject_LengthHint} as {@code list(x)}, {@code list.extend} and {@code bytearray.extend} ask
     * it of an iterable before iterating (to presize): for an instance of a class of ours, its {@code __len__}, else
     * its {@code __length_hint__}, called for their errors (a TypeError from {@code __len__} or
     * {@code __length_hint__} means "no hint"; any other propagates; a hint that is no int or is negative is
     * refused). The value itself is not needed here.
     */
    static void lengthHintProbe(PyThread t, PyObject o) {
        if (!(o instanceof PyInstance)) {
            return;
        }
        PyClass c = ((PyInstance) o).cls();
        for (String name : new String[] {"__len__", "__length_hint__"}) {
            PyObject m = c.lookup(t, name);
            if (m == null || m == PyNone.NONE) {
                RefCount.xdecref(t.ts, m);
                continue;
            }
            PyObject r;
            try {
                r = callMethod(t, m, o, new PyObject[0], null);
            } catch (PyRaise e) {
                if (e.exc.cls() == t.interp.exceptionClass("TypeError")) {
                    e.release(t.ts);
                    continue;
                }
                throw e;
            } finally {
                RefCount.decref(t.ts, m);
            }
            try {
                if (name.equals("__len__") || r == dev.freethread.objects.PyNotImplemented.NOT_IMPLEMENTED) {
                    return; // len() of it was taken; NotImplemented: no hint
                }
                if (!(r instanceof PyInt)) {
                    throw Errors.typeError(t, "__length_hint__ must be an integer, not " + typeName(r));
                }
                if (((PyInt) r).bigValue().signum() < 0) {
                    throw Errors.valueError(t, "__length_hint__() should return >= 0");
                }
                return;
            } finally {
                RefCount.decref(t.ts, r);
            }
        }
    }

    /** {@code object.__setattr__}: the store without the class's {@code __setattr__}. */
    static void setAttrGeneric(PyThread t, PyObject o, PyStr name, PyObject v) {
        ThreadState ts = t.ts;
        checkMutableClass(t, o, name);
        if (name.value().equals("__class__")) {
            setClass(t, o, v);
            return;
        }
        if (o instanceof PyInstance) {
            PyInstance inst = (PyInstance) o;
            java.util.Set<String> slots = inst.cls().slotNames;
            if (slots == null && name.value().equals("__dict__") && !inst.cls().lookupDataDescriptor(t, name)) {
                setInstanceDict(t, inst, v);
                return;
            }
            if (slots != null && !slots.contains(name.value()) && !inst.cls().lookupDataDescriptor(t, name)) {
                throw noSlot(t, inst, name);
            }
            if (name.value().equals("__weakref__")) {
                PyObject wa = inst.cls().lookup(t, name);
                RefCount.xdecref(ts, wa);
                if (wa instanceof Descriptors.InstanceAttr) {
                    throw ((Descriptors.InstanceAttr) wa).notWritable(t);
                }
            }
            if (!(inst instanceof PyBaseExc) && inst.cls().ownAttributeFirst(t, name.value())) {
                inst.storeAttr(ts, name, v);
                return;
            }
            PyObject ca = inst.cls().lookup(t, name);
            if (ca != null) {
                try {
                    if (ca instanceof Descriptors.InstanceAttr) { // __weakref__ (__dict__ was replaced above)
                        throw ((Descriptors.InstanceAttr) ca).notWritable(t);
                    }
                    if (ca instanceof Descriptors.Property) {
                        ((Descriptors.Property) ca).set(t, o, v, name.value());
                        return;
                    }
                    if (ca instanceof Descriptors.Member && Descriptors.Member.keptApart(inst)) {
                        ((Descriptors.Member) ca).set(t, o, v); // a slot beside a __dict__ (E40)
                        return;
                    }
                    if (isDataDescriptor(t, ca)) { // __set__(obj, value); a descriptor with __delete__ only refuses
                        RefCount.decref(ts, callDescriptor(t, ca, "__set__", o, v));
                        return;
                    }
                } finally {
                    RefCount.decref(ts, ca);
                }
            }
            if (inst instanceof PyBaseExc && name.value().equals("args")) {
                PyObject tup = Builtins.construct(t, PyTuple.TYPE, new PyObject[] {v}, null);
                ((PyBaseExc) inst).setArgs(ts, (PyTuple) tup);
                RefCount.decref(ts, tup);
                return;
            }
            if (inst instanceof PyBaseExc && setExceptionMember(t, (PyBaseExc) inst, name, v)) {
                return;
            }
            inst.storeAttr(ts, name, v);
            return;
        }
        setAttrNonInstance(t, o, name, v);
    }

    /**
     * A store to a name a slotted instance has no slot for: CPython's read-only message when the class has an
     * attribute of that name (no data descriptor), else its "no __dict__" one.
     */
    private static PyRaise noSlot(PyThread t, PyInstance inst, PyStr name) {
        PyObject ca = inst.cls().lookup(t, name);
        if (ca != null) {
            RefCount.decref(t.ts, ca);
            return Errors.attributeError(t, "'" + inst.cls().name() + "' object attribute '" + name.value()
                    + "' is read-only");
        }
        return ExceptionFields.attributeError(t, Errors.attributeError(t, "'" + inst.cls().name()
                + "' object has no attribute '" + name.value() + "' and no __dict__ for setting new attributes"),
                inst, name.value());
    }

    /**
     * A store ({@code set}) or delete to a module subclass's data descriptor (a property, a descriptor of ours with
     * {@code __set__} or {@code __delete__}): true when one took it, false when the dict should.
     */
    private static boolean moduleDescriptorSet(PyThread t, PyClass uc, PyObject o, PyStr name, PyObject v,
                                               boolean set) {
        PyObject ca = uc.lookup(t, name);
        if (ca == null) {
            return false;
        }
        try {
            if (ca instanceof Descriptors.Property) {
                if (set) {
                    ((Descriptors.Property) ca).set(t, o, v, name.value());
                } else {
                    ((Descriptors.Property) ca).delete(t, o, name.value());
                }
                return true;
            }
            if (ca instanceof PyInstance && isDataDescriptor(t, ca)) {
                RefCount.decref(t.ts, set ? callDescriptor(t, ca, "__set__", o, v) : callDescriptor(t, ca, "__delete__", o));
                return true;
            }
            return false;
        } finally {
            RefCount.decref(t.ts, ca);
        }
    }

    /** {@link #setAttrGeneric} for objects other than instances (kept apart so the instance store stays small). */
    private static void setAttrNonInstance(PyThread t, PyObject o, PyStr name, PyObject v) {
        ThreadState ts = t.ts;
        if (o instanceof PyCell && name.value().equals("cell_contents")) { // writable since 3.7
            RefCount.xdecref(ts, ((PyCell) o).swap(ts, v));
            return;
        }
        if (o instanceof ThreadObjects.Local) {
            if (name.value().equals("__dict__")) { // a read-only getset, as CPython's _thread._local's
                throw Errors.attributeError(t, "'_thread._local' object attribute '__dict__' is read-only");
            }
            ((ThreadObjects.Local) o).dictFor(ts).setItem(ts, name, v);
            return;
        }
        if (o instanceof PyClass) {
            PyClass c = (PyClass) o;
            if (name.value().equals("__dict__")) { // type's __dict__ is a read-only getset (it was stored as a key)
                throw Errors.attributeError(t, "attribute '__dict__' of 'type' objects is not writable");
            }
            if (name.value().equals("__name__")) { // renames the class, as CPython's type_set_name; not in __dict__
                if (!(v instanceof PyStr)) {
                    throw Errors.typeError(t, "can only assign string to " + c.pyName() + ".__name__, not '"
                            + typeName(v) + "'");
                }
                PyClass.checkName(t, ((PyStr) v).value());
                c.assignedName = ((PyStr) v).value();
                t.interp.classChanged();
                return;
            }
            if (name.value().equals("__qualname__") || name.value().equals("__module__")) { // what repr shows
                if (!(v instanceof PyStr) && name.value().equals("__qualname__")) {
                    throw Errors.typeError(t, "can only assign string to " + c.name() + ".__qualname__, not '"
                            + typeName(v) + "'");
                }
                if (name.value().equals("__qualname__")) { // type's setter: the class's, never in its dict
                    c.qualname = ((PyStr) v).value();
                    t.interp.classChanged();
                    return;
                } else {
                    c.module = v instanceof PyStr ? ((PyStr) v).value() : null;
                    // the class's line no longer belongs to its module: 3.13's type_set_module drops it
                    PyObject line = popOrNull(ts, c.dict(), t.interp.str("__firstlineno__"));
                    if (line != null) {
                        RefCount.decref(ts, line);
                    }
                }
            }
            c.dict().setItem(ts, name, v);
            t.interp.classChanged();
            return;
        }
        if (o instanceof Descriptors.Property && (name.value().equals("fget") || name.value().equals("fset")
                || name.value().equals("fdel")) || o instanceof Descriptors.FunctionWrapper
                && (name.value().equals("__func__") || name.value().equals("__wrapped__"))) {
            throw Errors.attributeError(t, "readonly attribute"); // CPython's read-only members
        }
        if (o instanceof Descriptors.FunctionWrapper && ((Descriptors.FunctionWrapper) o).dict() != null
                && !name.value().equals("__dict__") && !name.value().equals("__func__")
                && !name.value().equals("__wrapped__") && !name.value().equals("__isabstractmethod__")) {
            ((Descriptors.FunctionWrapper) o).dict().setItem(ts, name, v); // cm.x = 1, cm.__doc__ = '...'
            return;
        }
        if (o instanceof PyModule) {
            PyModule mod = (PyModule) o;
            if (name.value().equals("__dict__")) { // a read-only getset, as CPython's module's
                throw Errors.attributeError(t, "readonly attribute");
            }
            PyClass uc = mod.userClass();
            if (uc != null && moduleDescriptorSet(t, uc, o, name, v, true)) {
                return;
            }
            PyDict d = mod.dict();
            if (d == null) {
                throw noAttribute(t, o, name.value()); // cleared by the collector
            }
            d.setItem(ts, name, v);
            return;
        }
        if (o instanceof PyFunction) {
            if (name.value().equals("__defaults__")) {
                ((PyFunction) o).setDefaults(t, v);
                return;
            }
            if (name.value().equals("__kwdefaults__")) {
                ((PyFunction) o).setKwDefaults(t, v);
                return;
            }
            setFunctionAttr(t, (PyFunction) o, name, v);
            return;
        }
        if ((o instanceof PyGenerator || o instanceof PyCoroutine)
                && (name.value().equals("__name__") || name.value().equals("__qualname__"))) {
            if (!(v instanceof PyStr)) {
                throw Errors.typeError(t, name.value() + " must be set to a string object");
            }
            String sv = ((PyStr) v).value();
            boolean isName = name.value().equals("__name__");
            if (o instanceof PyCoroutine) {
                if (isName) {
                    ((PyCoroutine) o).name = sv;
                } else {
                    ((PyCoroutine) o).qualname = sv;
                }
            } else if (isName) {
                ((PyGenerator) o).name = sv;
            } else {
                ((PyGenerator) o).qualname = sv;
            }
            return;
        }
        if (o instanceof Descriptors.Property && name.value().equals("__doc__")) {
            ((Descriptors.Property) o).setDoc(ts, v == PyNone.NONE ? null : v);
            return;
        }
        if (o instanceof Descriptors.Property && name.value().equals("__name__")) {
            ((Descriptors.Property) o).setName(ts, v);
            return;
        }
        if (o instanceof PyFrameObject && ((PyFrameObject) o).setAttr(t, name.value(), v)) {
            return;
        }
        if (o instanceof PyType) {
            throw Errors.typeError(t, "cannot set '" + name.value() + "' attribute of immutable type '"
                    + ((PyType) o).name() + "'");
        }
        throw ExceptionFields.attributeError(t, Errors.attributeError(t, "'" + typeName(o) + "' object has no "
                + "attribute '" + name.value() + "' and no __dict__ for setting new attributes"), o, name.value());
    }

    /**
     * {@code e.name = v} for an exception's own members ({@code __cause__}, {@code __context__},
     * {@code __suppress_context__}, {@code __traceback__}, OSError's and the other exception fields): false if
     * {@code name} is none of them. Kept apart from {@link #setAttrGeneric} so that the instance store stays small
     * enough for the JIT to inline.
     */
    private static boolean setExceptionMember(PyThread t, PyBaseExc e, PyStr name, PyObject v) {
        ThreadState ts = t.ts;
        switch (name.value()) {
            case "__cause__": // CPython: setting it also sets __suppress_context__
                e.setCause(ts, exceptionOrNone(t, v, "exception cause"));
                e.suppressContext = true;
                return true;
            case "__context__":
                e.assignContext(ts, exceptionOrNone(t, v, "exception context"));
                e.contextFixed = true;
                return true;
            case "__suppress_context__":
                e.suppressContext = truth(t, v);
                return true;
            case "__traceback__":
                PyTraceback.set(t, e, v);
                return true;
            default:
                int ox = PyBaseExc.OS_FIELD_NAMES.indexOf(name.value());
                if (ox >= 0 && e.cls().isSubtypeOf(t.interp.exceptionClass("OSError"))) {
                    if (ox == PyBaseExc.OS_WRITTEN) {
                        if (!e.cls().isSubtypeOf(t.interp.exceptionClass("BlockingIOError"))) {
                            break;
                        }
                        PyInt w = PyInt.of(ts, index(t, v, "characters_written"));
                        e.setOsField(ts, ox, w);
                        RefCount.decref(ts, w);
                        return true;
                    }
                    e.setOsField(ts, ox, v);
                    return true;
                }
                java.util.List<String> fx = ExceptionFields.of(t, e.cls());
                int fi = fx == null ? -1 : fx.indexOf(name.value());
                if (fi >= 0) {
                    e.setField(ts, fi, v, fx.size());
                    return true;
                }
        }
        return false;
    }


    /** What CPython keeps in a function's fields rather than its {@code __dict__} (PyFunction's overrides). */
    private static final java.util.Set<String> FUNCTION_FIELDS =
            java.util.Set.of("__name__", "__qualname__", "__doc__", "__module__");

    /**
     * {@code f.name = v} (v null: {@code del}): the fields CPython keeps outside {@code __dict__} with its checks,
     * {@code __dict__} itself (replaced, or CPython's TypeError), the read-only getsets, else the function's dict.
     */
    private static void setFunctionAttr(PyThread t, PyFunction f, PyStr name, PyObject v) {
        ThreadState ts = t.ts;
        String n = name.value();
        switch (n) {
            case "__name__":
            case "__qualname__":
                if (!(v instanceof PyStr)) {
                    throw Errors.typeError(t, n + " must be set to a string object");
                }
                f.setOverride(ts, name, v);
                return;
            case "__doc__":
            case "__module__":
                f.setOverride(ts, name, v == null ? PyNone.NONE : v); // del makes it None, as CPython's
                return;
            case "__dict__":
                if (v == null) {
                    throw Errors.typeError(t, "cannot delete __dict__");
                }
                PyDict d = v instanceof PyDict ? (PyDict) v
                        : v instanceof PyInstance && ((PyInstance) v).base() instanceof PyDict
                        ? (PyDict) ((PyInstance) v).base() : null;
                if (d == null) {
                    throw Errors.typeError(t, "__dict__ must be set to a dictionary, not a '" + typeName(v) + "'");
                }
                f.replaceDict(ts, v, d);
                return;
            case "__globals__":
            case "__closure__":
            case "__builtins__":
                throw Errors.attributeError(t, "readonly attribute");
            case "__defaults__":
                f.setDefaults(t, v == null ? PyNone.NONE : v); // del makes them None, as CPython's
                return;
            case "__kwdefaults__":
                f.setKwDefaults(t, v == null ? PyNone.NONE : v);
                return;
            case "__type_params__":
                if (!(v instanceof PyTuple) || v.type() != PyTuple.TYPE) {
                    throw Errors.typeError(t, "__type_params__ must be set to a tuple");
                }
                break; // kept in the function's dict, where the def's generic parameters are
            case "__annotations__":
                if (v == null || v == PyNone.NONE) { // del or None: the next read makes a fresh empty dict
                    PyDict od = f.dict;
                    if (od != null && od.contains(ts, name)) {
                        od.delItem(ts, name);
                    }
                    f.resetAnnotations(ts);
                    return;
                }
                if (!(v instanceof PyDict)) {
                    throw Errors.typeError(t, "__annotations__ must be set to a dict object");
                }
                break;
            default:
        }
        if (v == null) {
            PyDict d = f.dict;
            if (d == null || !d.contains(ts, name)) {
                throw noAttribute(t, f, n);
            }
            d.delItem(ts, name);
            return;
        }
        f.dictForWrite(ts).setItem(ts, name, v);
    }

    static void delAttr(PyThread t, PyObject o, PyStr name) {
        PyClass hc = o instanceof PyInstance ? ((PyInstance) o).cls() : o instanceof PyModule ? hookClass(o) : null;
        if (hc != null && hc.hasHook(t, PyClass.HOOK_DELATTR)) {
            PyObject m = hc.lookup(t, "__delattr__");
            if (m != null) {
                try {
                    RefCount.decref(t.ts, callMethod(t, m, o, new PyObject[] {name}, null));
                } finally {
                    RefCount.decref(t.ts, m);
                }
                return;
            }
        }
        if (o instanceof PyClass && o.type() instanceof PyClass) { // a metaclass's __delattr__
            PyObject m = ((PyClass) o.type()).lookupOverride(t, "__delattr__");
            if (m != null) {
                try {
                    RefCount.decref(t.ts, callMethod(t, m, o, new PyObject[] {name}, null));
                } finally {
                    RefCount.decref(t.ts, m);
                }
                return;
            }
        }
        delAttrGeneric(t, o, name);
    }

    /** {@code object.__delattr__}: the delete without the class's {@code __delattr__}. */
    static void delAttrGeneric(PyThread t, PyObject o, PyStr name) {
        ThreadState ts = t.ts;
        checkMutableClass(t, o, name);
        if (name.value().equals("__class__")) {
            setClass(t, o, null); // object's __class__ cannot be deleted
        }
        if (o instanceof PyCell && name.value().equals("cell_contents")) { // empties the cell; an empty one stays so
            RefCount.xdecref(ts, ((PyCell) o).swap(ts, null));
            return;
        }
        if (o instanceof PyClass && name.value().equals("__dict__")) {
            throw Errors.attributeError(t, "attribute '__dict__' of 'type' objects is not writable");
        }
        if (o instanceof PyClass && (name.value().equals("__name__") || name.value().equals("__qualname__"))) {
            // CPython's check_set_special_type_attr, whose message says so for any class
            throw Errors.typeError(t, "cannot delete '" + name.value() + "' attribute of immutable type '"
                    + ((PyClass) o).pyName() + "'");
        }
        if ((o instanceof PyGenerator || o instanceof PyCoroutine)
                && (name.value().equals("__name__") || name.value().equals("__qualname__"))) {
            throw Errors.typeError(t, name.value() + " must be set to a string object"); // CPython's getset refusal
        }
        if (o instanceof Descriptors.Property && (name.value().equals("__name__") || name.value().equals("__doc__"))) {
            if (name.value().equals("__name__")) { // CPython 3.13 allows both: the name is then the getter's again
                ((Descriptors.Property) o).setName(ts, null);
            } else {
                ((Descriptors.Property) o).setDoc(ts, null);
            }
            return;
        }
        PyDict d = null;
        if (o instanceof PyInstance && ((PyInstance) o).cls().slotNames == null && name.value().equals("__dict__")
                && !((PyInstance) o).cls().lookupDataDescriptor(t, name)) {
            ((PyInstance) o).replaceDict(ts, null, null); // CPython: the next store starts an empty dict
            return;
        }
        if (o instanceof PyInstance) {
            PyObject ca = ((PyInstance) o).cls().lookup(t, name);
            if (ca != null) {
                try {
                    if (ca instanceof Descriptors.Property) {
                        ((Descriptors.Property) ca).delete(t, o, name.value());
                        return;
                    }
                    if (ca instanceof Descriptors.Member) {
                        ((Descriptors.Member) ca).delete(t, o);
                        return;
                    }
                    if (isDataDescriptor(t, ca)) { // __delete__(obj); a descriptor with __set__ only refuses
                        RefCount.decref(ts, callDescriptor(t, ca, "__delete__", o));
                        return;
                    }
                } finally {
                    RefCount.decref(ts, ca);
                }
            }
            if (o instanceof PyBaseExc) { // BaseException's getset descriptors refuse a del, as CPython's
                switch (name.value()) {
                    case "args":
                    case "__traceback__":
                    case "__context__":
                    case "__cause__":
                        throw Errors.typeError(t, name.value() + " may not be deleted");
                    default:
                }
            }
            int ox = o instanceof PyBaseExc ? PyBaseExc.OS_FIELD_NAMES.indexOf(name.value()) : -1;
            if (ox >= 0 && ((PyInstance) o).cls().isSubtypeOf(t.interp.exceptionClass("OSError"))) {
                PyBaseExc e = (PyBaseExc) o; // CPython's members: del makes None; characters_written goes
                if (ox == PyBaseExc.OS_WRITTEN) {
                    if (!e.osWrittenSet) {
                        throw Errors.raise(t, "AttributeError", "characters_written");
                    }
                }
                e.setOsField(ts, ox, PyNone.NONE);
                return;
            }
            java.util.List<String> fx = o instanceof PyBaseExc ? ExceptionFields.of(t, ((PyBaseExc) o).cls()) : null;
            int fi = fx == null ? -1 : fx.indexOf(name.value());
            if (fi >= 0) { // a member: del makes it None, as CPython's
                ((PyBaseExc) o).setField(ts, fi, PyNone.NONE, fx.size());
                return;
            }
            PyInstance inst = (PyInstance) o;
            if (inst.cls().slotNames != null && !inst.cls().slotNames.contains(name.value())) {
                PyObject clsAttr = inst.cls().lookup(t, name);
                if (clsAttr != null) { // no dict to delete from, and a class attribute: CPython's read-only message
                    RefCount.decref(ts, clsAttr);
                    throw Errors.attributeError(t, "'" + inst.cls().name() + "' object attribute '" + name.value()
                            + "' is read-only");
                }
            }
            if (!inst.deleteAttr(ts, name)) {
                throw noAttribute(t, o, name.value());
            }
            return;
        } else if (o instanceof PyClass) {
            d = ((PyClass) o).dict();
        } else if (o instanceof Descriptors.FunctionWrapper && !name.value().equals("__dict__")) {
            d = ((Descriptors.FunctionWrapper) o).dict();
        } else if (o instanceof PyModule) {
            if (name.value().equals("__dict__")) {
                throw Errors.attributeError(t, "readonly attribute");
            }
            PyClass uc = ((PyModule) o).userClass();
            if (uc != null && moduleDescriptorSet(t, uc, o, name, null, false)) {
                return;
            }
            d = ((PyModule) o).dict();
        } else if (o instanceof PyFunction) {
            setFunctionAttr(t, (PyFunction) o, name, null);
            return;
        } else if (o instanceof ThreadObjects.Local) {
            d = ((ThreadObjects.Local) o).dictFor(ts);
        }
        if (d == null || !d.contains(ts, name)) {
            throw noAttribute(t, o, name.value());
        }
        d.delItem(ts, name);
        if (o instanceof PyClass) {
            t.interp.classChanged();
        }
    }

    // ---- items

    static long index(PyThread t, PyObject key, String what) {
        if (key instanceof PyInt) {
            PyInt i = (PyInt) key;
            if (i.fitsLong()) {
                return i.longValue();
            }
            return i.bigValue().signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        PyInt r = indexOfInstance(t, key);
        if (r != null) {
            try {
                return index(t, r, what);
            } finally {
                RefCount.decref(t.ts, r);
            }
        }
        throw Errors.typeError(t, what.replace("%s", typeName(key)));
    }

    /**
     * An instance's {@code __index__} result (a new reference, checked to be an int), or null when {@code key} is no
     * instance of a class of ours with that method.
     */
    private static PyInt indexOfInstance(PyThread t, PyObject key) {
        if (!(key instanceof PyInstance)) {
            return null;
        }
        PyObject m = ((PyInstance) key).cls().lookup(t, "__index__");
        if (m == null) {
            return null;
        }
        PyObject r;
        try {
            r = callMethod(t, m, key, NO_ARGS, null);
        } finally {
            RefCount.decref(t.ts, m);
        }
        if (!(r instanceof PyInt)) {
            String tn = typeName(r);
            RefCount.decref(t.ts, r);
            throw Errors.typeError(t, "__index__ returned non-int (type " + tn + ")");
        }
        return (PyInt) r;
    }

    /** {@link #index} of any size: an int, or an object with {@code __index__}. */
    static java.math.BigInteger bigIndex(PyThread t, PyObject key, String what) {
        if (key instanceof PyInt) {
            return PyRange.toBig((PyInt) key);
        }
        PyInt r = indexOfInstance(t, key);
        if (r != null) {
            try {
                return PyRange.toBig(r);
            } finally {
                RefCount.decref(t.ts, r);
            }
        }
        throw Errors.typeError(t, what.replace("%s", typeName(key)));
    }

    static Slice toSlice(PyThread t, Descriptors.PySlice s) {
        if (s.start instanceof PyInstance || s.stop instanceof PyInstance || s.step instanceof PyInstance) {
            // a[i:j] where i or j has __index__ (CPython's _PyEval_SliceIndex)
            return Slice.of(slicePart(t, s.start), slicePart(t, s.stop), slicePart(t, s.step));
        }
        return Slice.of(s.start, s.stop, s.step);
    }

    private static Long slicePart(PyThread t, PyObject o) {
        return o == PyNone.NONE ? null
                : index(t, o, "slice indices must be integers or None or have an __index__ method");
    }

    static PyObject getItem(PyThread t, PyObject o, PyObject key) {
        ThreadState ts = t.ts;
        if (o instanceof PyBytes || o instanceof PyByteArray) {
            return PyBytes.getItem(t, BytesMethods.bytesLike(t, o, null), key, o instanceof PyByteArray);
        }
        if (key instanceof PyInt && !((PyInt) key).fitsLong()
                && (o instanceof PyList || o instanceof PyTuple || o instanceof PyStr)) {
            // beyond a Py_ssize_t: CPython's IndexError for a sequence index (PyNumber_AsSsize_t)
            throw Errors.raise(t, "IndexError", "cannot fit 'int' into an index-sized integer");
        }
        if (o instanceof PyList) {
            PyList l = (PyList) o;
            if (key instanceof Descriptors.PySlice) {
                return l.getSlice(ts, toSlice(t, (Descriptors.PySlice) key));
            }
            return l.getItem(ts, index(t, key, "list indices must be integers or slices, not %s"));
        }
        if (o instanceof PyDict) {
            PyDict d = (PyDict) o;
            PyObject v = Ops.getOrNull(ts, d, key);
            if (v == null) {
                throw Errors.raiseWith(t, "KeyError", key);
            }
            return v;
        }
        if (o instanceof PyTuple) {
            PyTuple tu = (PyTuple) o;
            if (key instanceof Descriptors.PySlice) {
                Slice.Bounds b = toSlice(t, (Descriptors.PySlice) key).indices(tu.size());
                PyObject[] items = new PyObject[b.length()];
                for (int i = 0, j = b.start(); i < items.length; i++, j += b.step()) {
                    items[i] = RefCount.newRef(ts, tu.getItemBorrowed(j));
                }
                return PyTuple.stealing(ts, items);
            }
            long i = index(t, key, "tuple indices must be integers or slices, not %s");
            if (i < 0) {
                i += tu.size();
            }
            if (i < 0 || i >= tu.size()) {
                throw Errors.raise(t, "IndexError", "tuple index out of range");
            }
            return RefCount.newRef(ts, tu.getItemBorrowed((int) i));
        }
        if (o instanceof PyStr) {
            PyStr s = (PyStr) o;
            if (key instanceof Descriptors.PySlice) {
                return PyStr.of(ts, Strs.slice(s, toSlice(t, (Descriptors.PySlice) key)));
            }
            long i = index(t, key, "string indices must be integers, not '%s'");
            return PyStr.of(ts, Strs.charAt(t, s, i));
        }
        if (o instanceof PyRange) { // over ints of any size, as CPython's range_subscript
            PyRange r = (PyRange) o;
            if (key instanceof Descriptors.PySlice) {
                Descriptors.PySlice sl = (Descriptors.PySlice) key;
                String what = "slice indices must be integers or None or have an __index__ method";
                java.math.BigInteger step = sl.step == PyNone.NONE ? null : bigIndex(t, sl.step, what);
                if (step != null && step.signum() == 0) {
                    throw Errors.valueError(t, "slice step cannot be zero");
                }
                return r.slice(ts, sl.start == PyNone.NONE ? null : bigIndex(t, sl.start, what),
                        sl.stop == PyNone.NONE ? null : bigIndex(t, sl.stop, what), step);
            }
            if (!r.isBig() && key instanceof PyInt && ((PyInt) key).fitsLong()) {
                long i = ((PyInt) key).longValue();
                long n = r.length();
                if (i < 0) {
                    i += n;
                }
                if (i < 0 || i >= n) {
                    throw Errors.raise(t, "IndexError", "range object index out of range");
                }
                return PyInt.of(ts, r.start + i * r.step);
            }
            return r.getItem(t, bigIndex(t, key, "range indices must be integers or slices, not %s"));
        }
        if (o instanceof PyInstance) {
            PyObject m = ((PyInstance) o).cls().lookup(t, "__getitem__");
            if (m != null) {
                try {
                    return callMethod(t, m, o, new PyObject[] {key}, null);
                } finally {
                    RefCount.decref(ts, m);
                }
            }
        }
        if (o == PyList.TYPE || o == PyDict.TYPE || o == PyTuple.TYPE || o == PySet.TYPE || o == PySet.FROZEN
                || o == PyType.TYPE) {
            return TypeAliases.GenericAlias.of(t, (PyType) o, key); // list[int] (PEP 585)
        }
        if (o instanceof TypeAliases.GenericAlias) { // list[T][int]: substitution
            return ((TypeAliases.GenericAlias) o).subscript(t, key);
        }
        if (o instanceof PyClass) {
            if (o.type() instanceof PyClass) { // a metaclass's __getitem__ comes before __class_getitem__
                PyObject mg = ((PyClass) o.type()).lookupOverride(t, "__getitem__");
                if (mg != null) {
                    try {
                        return callMethod(t, mg, o, new PyObject[] {key}, null);
                    } finally {
                        RefCount.decref(ts, mg);
                    }
                }
            }
            PyObject m = ((PyClass) o).lookup(t, "__class_getitem__");
            if (m != null) { // an implicit class method (PEP 560)
                try {
                    PyObject fn = m instanceof Descriptors.ClassMethod ? ((Descriptors.ClassMethod) m).func() : m;
                    return call(t, fn, new PyObject[] {o, key}, null);
                } finally {
                    RefCount.decref(ts, m);
                }
            }
            throw Errors.typeError(t, "type '" + ((PyClass) o).name() + "' is not subscriptable");
        }
        PyBuiltin.MethodImpl gi = o instanceof PyType ? null : Builtins.method(t.interp, o.type(), "__getitem__");
        if (gi != null && o instanceof RegexModule.PyMatch) { // m[1], m['name']
            return gi.call(t, o, new PyObject[] {key}, null);
        }
        throw Errors.typeError(t, "'" + typeName(o) + "' object is not subscriptable");
    }

    static void setItem(PyThread t, PyObject o, PyObject key, PyObject v) {
        ThreadState ts = t.ts;
        if (o instanceof PyByteArray) {
            ((PyByteArray) o).setItem(t, key, v);
            return;
        }
        if (o instanceof PyList) {
            PyList l = (PyList) o;
            if (key instanceof Descriptors.PySlice) {
                PyList src = v instanceof PyList && v != o ? (PyList) v : sliceSource(t, v);
                try {
                    l.setSlice(ts, toSlice(t, (Descriptors.PySlice) key), src);
                } finally {
                    if (src != v) {
                        RefCount.decref(ts, src);
                    }
                }
                return;
            }
            l.setItem(ts, index(t, key, "list indices must be integers or slices, not %s"), v);
            return;
        }
        if (o instanceof PyDict) {
            ((PyDict) o).setItem(ts, key, v);
            return;
        }
        if (o instanceof PyInstance) {
            PyObject m = ((PyInstance) o).cls().lookup(t, "__setitem__");
            if (m != null) {
                try {
                    RefCount.decref(ts, callMethod(t, m, o, new PyObject[] {key, v}, null));
                } finally {
                    RefCount.decref(ts, m);
                }
                return;
            }
        }
        throw Errors.typeError(t, "'" + typeName(o) + "' object does not support item assignment");
    }

    /** The items to assign to a list slice, as CPython's PySequence_Fast with its 3.13 message. */
    private static PyList sliceSource(PyThread t, PyObject v) {
        PyObject it;
        try {
            it = iter(t, v);
        } catch (PyRaise r) {
            if (r.exc.cls() == t.interp.exceptionClass("TypeError")) {
                r.release(t.ts);
                throw Errors.typeError(t, "must assign iterable to extended slice");
            }
            throw r;
        }
        try {
            return (PyList) Builtins.listOf(t, it);
        } finally {
            RefCount.decref(t.ts, it);
        }
    }

    static void delItem(PyThread t, PyObject o, PyObject key) {
        ThreadState ts = t.ts;
        if (o instanceof PyByteArray) {
            ((PyByteArray) o).delItem(t, key);
            return;
        }
        if (o instanceof PyList) {
            PyList l = (PyList) o;
            if (key instanceof Descriptors.PySlice) {
                l.delSlice(ts, toSlice(t, (Descriptors.PySlice) key));
                return;
            }
            l.delItem(ts, index(t, key, "list indices must be integers or slices, not %s"));
            return;
        }
        if (o instanceof PyDict) {
            PyDict d = (PyDict) o;
            PyObject v = Ops.popOrNull(ts, d, key);
            if (v == null) {
                throw Errors.raiseWith(t, "KeyError", key);
            }
            RefCount.decref(ts, v);
            return;
        }
        if (o instanceof PyInstance) {
            PyObject m = ((PyInstance) o).cls().lookup(t, "__delitem__");
            if (m != null) {
                try {
                    RefCount.decref(ts, callMethod(t, m, o, new PyObject[] {key}, null));
                } finally {
                    RefCount.decref(ts, m);
                }
                return;
            }
        }
        // CPython 3.13 has two messages: PySequence_DelItem's for an index key on a type with sequence methods (a
        // class's instances, tuple, str, bytes, range, sets), PyObject_DelItem's for anything else
        boolean sequence = o instanceof PyInstance || o instanceof PyTuple || o instanceof PyStr
                || o instanceof PyBytes || o instanceof PyRange || o instanceof PySet;
        boolean indexKey = key instanceof PyInt || Arith.hasIndex(t, key);
        throw Errors.typeError(t, "'" + typeName(o) + "' object " + (sequence && indexKey ? "doesn't" : "does not")
                + " support item deletion");
    }

    // ---- iteration

    /** {@code iter(o)}: a new reference to an iterator. */
    /** {@code e.add_note(s)}: appends to the exception's {@code __notes__} list, made on the first note (PEP 678). */
    static PyObject addNote(PyThread t, PyObject self, PyObject[] a, String[] kw) {
        Args.count(t, "add_note", a, kw, 1, 1);
        if (!(a[0] instanceof PyStr)) {
            throw Errors.typeError(t, "note must be a str, not '" + typeName(a[0]) + "'");
        }
        PyStr name = t.interp.str("__notes__");
        PyObject notes = getAttrOrNull(t, self, name);
        if (notes == null) {
            notes = PyList.create(t.ts);
            try {
                setAttr(t, self, name, notes);
            } catch (RuntimeException ex) {
                RefCount.decref(t.ts, notes);
                throw ex;
            }
        }
        try {
            if (!(notes instanceof PyList)) {
                throw Errors.typeError(t, "Cannot add note: __notes__ is not a list");
            }
            ((PyList) notes).append(t.ts, a[0]);
            return PyNone.NONE;
        } finally {
            RefCount.decref(t.ts, notes);
        }
    }

    /** Whether a built-in object is an iterator (has {@code __next__}): what {@link #next} steps. */
    static boolean isIterator(PyObject o) {
        return o instanceof PyIter || o instanceof PyListIterator || o instanceof PyDictIterator
                || o instanceof PyIterator;
    }

    static PyObject iter(PyThread t, PyObject o) {
        ThreadState ts = t.ts;
        if (o instanceof PyList) {
            return ((PyList) o).iter(ts);
        }
        if (o instanceof PyDict) {
            return ((PyDict) o).iter(ts);
        }
        if (o instanceof PyTuple || o instanceof PyStr || o instanceof PyRange) {
            return new Iters.SeqIter(ts, o);
        }
        if (o instanceof PyBytes || o instanceof PyByteArray) { // its ints, from a snapshot
            PyTuple items = PyBytes.items(ts, BytesMethods.bytesLike(t, o, null));
            try {
                return new Iters.SeqIter(ts, items);
            } finally {
                RefCount.decref(ts, items);
            }
        }
        if (o instanceof PySet) {
            PySet set = (PySet) o;
            if (set.items().size() > 1 && set.firstIsNumber(ts)) { // numbers iterate in CPython's order (SetOrder)
                PyObject[] keys = PySet.keys(t, set);
                PyObject[] ordered = set.cpythonOrder(t, keys);
                if (ordered != keys) {
                    return new Iters.OrderedSetIter(ts, set, PyTuple.stealing(ts, ordered));
                }
                PySet.release(ts, keys);
            }
            return new Iters.SetIter(ts, set.items().iter(ts));
        }
        if (o instanceof PyIter || o instanceof PyListIterator || o instanceof PyDictIterator) {
            return RefCount.newRef(ts, o);
        }
        if (o instanceof dev.freethread.dict.PyDictView) {
            return ((dev.freethread.dict.PyDictView) o).iter(ts);
        }
        if (o instanceof TypeAliases.GenericAlias) {
            return ((TypeAliases.GenericAlias) o).iter(ts);
        }
        if (o instanceof PyInstance) {
            PyClass c = ((PyInstance) o).cls();
            PyObject m = c.lookup(t, "__iter__");
            if (m != null) {
                PyObject it;
                try {
                    it = callMethod(t, m, o, NO_ARGS, null);
                } finally {
                    RefCount.decref(ts, m);
                }
                if (it instanceof PyInstance) {
                    PyObject nx = ((PyInstance) it).cls().lookup(t, "__next__");
                    if (nx == null) {
                        String tn = typeName(it);
                        RefCount.decref(ts, it);
                        throw Errors.typeError(t, "iter() returned non-iterator of type '" + tn + "'");
                    }
                    RefCount.decref(ts, nx);
                } else if (!isIterator(it)) { // __iter__ returned an int, a list, ...: CPython checks tp_iternext
                    String tn = typeName(it);
                    RefCount.decref(ts, it);
                    throw Errors.typeError(t, "iter() returned non-iterator of type '" + tn + "'");
                } else if (it != o && ((PyInstance) o).base() != null && !(m instanceof PyFunction)) {
                    // the built-in __iter__ of a subclass of list, set, dict...: its iterator holds only the value
                    try {
                        return new Iters.HoldingIter(ts, it, o);
                    } finally {
                        RefCount.decref(ts, it);
                    }
                }
                return it;
            }
            PyObject gi = c.lookup(t, "__getitem__");
            if (gi != null) {
                RefCount.decref(ts, gi);
                return new Iters.GetItemIter(ts, o);
            }
        }
        PyObject viaClass = classHook(t, o, "__iter__", NO_ARGS);
        if (viaClass != null) {
            try {
                return iter(t, viaClass);
            } finally {
                RefCount.decref(ts, viaClass);
            }
        }
        throw Errors.typeError(t, "'" + typeName(o) + "' object is not iterable");
    }

    /**
     * A class's special method for {@code iter(C)}, {@code len(C)}, {@code x in C}, {@code reversed(C)} or
     * {@code repr(C)}: its metaclass's {@code name} when a metaclass of ours defines it. The result (a new reference),
     * or null when {@code o} is no such class.
     */
    static PyObject classHook(PyThread t, PyObject o, String name, PyObject[] args) {
        if (!(o instanceof PyClass) || !(o.type() instanceof PyClass)) {
            return null;
        }
        PyObject m = ((PyClass) o.type()).lookupOverride(t, name);
        if (m == null) {
            return null;
        }
        try {
            return callMethod(t, m, o, args, null);
        } finally {
            RefCount.decref(t.ts, m);
        }
    }

    /** An iterator over a dict's items (the view it came from is dropped at once). */
    static PyObject itemsIterator(ThreadState ts, PyDict d) {
        dev.freethread.dict.PyDictView view = d.items(ts);
        try {
            return view.iter(ts);
        } finally {
            RefCount.decref(ts, view);
        }
    }

    /** The next item of an iterator as a new reference, or null when it is exhausted. */
    static PyObject next(PyThread t, PyObject it) {
        if (it instanceof PyListIterator) {
            return ((PyListIterator) it).next(t.ts);
        }
        if (it instanceof PyIter) {
            try {
                return ((PyIter) it).next(t);
            } catch (PyRaise r) {
                // map(f, ...) whose f raised StopIteration: the end of the iteration for its consumer, as CPython's
                // map_next returning NULL with StopIteration set
                if (r.exc.cls().isSubtypeOf(t.interp.exceptionClass("StopIteration"))) {
                    r.release(t.ts);
                    return null;
                }
                throw r;
            }
        }
        if (it instanceof PyDictIterator) {
            return ((PyDictIterator) it).next(t.ts);
        }
        if (it instanceof PyInstance) {
            PyObject m = ((PyInstance) it).cls().lookup(t, "__next__");
            if (m == null) {
                throw Errors.typeError(t, "'" + typeName(it) + "' object is not an iterator");
            }
            try {
                return callMethod(t, m, it, NO_ARGS, null);
            } catch (PyRaise r) {
                if (r.exc.cls() == t.interp.exceptionClass("StopIteration")
                        || r.exc.cls().isSubtypeOf(t.interp.exceptionClass("StopIteration"))) {
                    r.release(t.ts);
                    return null;
                }
                throw r;
            } finally {
                RefCount.decref(t.ts, m);
            }
        }
        if (it instanceof PyIterator) {
            return ((PyIterator) it).next(t.ts);
        }
        throw Errors.typeError(t, "'" + typeName(it) + "' object is not an iterator");
    }

    /**
     * An iterable's items as new references, for the toolkit's operations that consume a {@link PyIterator}. The
     * consumer may stop early (an error): close the adapter (try-with-resources) to drop the iterator it holds.
     */
    static ItemIterator iterator(PyThread t, PyObject iterable) {
        return new ItemIterator(t, iter(t, iterable));
    }

    /** A {@link PyIterator} over a Python iterator (a counted reference, dropped when exhausted or closed). */
    static final class ItemIterator implements PyIterator, AutoCloseable {
        private final PyThread t;
        private PyObject it;

        ItemIterator(PyThread t, PyObject it) {
            this.t = t;
            this.it = it;
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (it == null) {
                return null;
            }
            PyObject v = Ops.next(t, it);
            if (v == null) {
                close();
            }
            return v;
        }

        @Override
        public void close() {
            PyObject i = it;
            it = null;
            if (i != null) {
                RefCount.decref(t.ts, i);
            }
        }
    }

    /**
     * An iterable of pairs for {@code dict(pairs)} and {@code dict.update(pairs)}: each element becomes a tuple (any
     * iterable of two items is a pair in Python), with CPython's message for one that is not iterable.
     */
    static PairIterator pairsIterator(PyThread t, PyObject iterable) {
        return new PairIterator(t, iterator(t, iterable));
    }

    /** The items of an iterable as tuples (pairs for a dict); close it when the consumer may stop early. */
    static final class PairIterator implements PyIterator, AutoCloseable {
        private final PyThread t;
        private final ItemIterator items;
        private int index;

        PairIterator(PyThread t, ItemIterator items) {
            this.t = t;
            this.items = items;
        }

        @Override
        public PyObject next(ThreadState ts) {
            PyObject v = items.next(ts);
            if (v == null || v instanceof PyTuple) {
                index++;
                return v;
            }
            try {
                return Builtins.construct(t, PyTuple.TYPE, new PyObject[] {v}, null);
            } catch (PyRaise r) {
                if (r.exc.cls() == t.interp.exceptionClass("TypeError")) {
                    r.release(ts);
                    throw Errors.typeError(t, "cannot convert dictionary update sequence element #" + index
                            + " to a sequence");
                }
                throw r;
            } finally {
                index++;
                RefCount.decref(ts, v);
            }
        }

        @Override
        public void close() {
            items.close();
        }
    }

    // ---- sizes, containment, hashing

    static long len(PyThread t, PyObject o) {
        if (o instanceof PyList) {
            return ((PyList) o).size();
        }
        if (o instanceof PyBytes) {
            return ((PyBytes) o).length();
        }
        if (o instanceof PyByteArray) {
            return ((PyByteArray) o).length();
        }
        if (o instanceof PyDict) {
            return ((PyDict) o).size();
        }
        if (o instanceof PyStr) {
            String s = ((PyStr) o).value();
            return s.codePointCount(0, s.length());
        }
        if (o instanceof PyTuple) {
            return ((PyTuple) o).size();
        }
        if (o instanceof PySet) {
            return ((PySet) o).items().size();
        }
        if (o instanceof PyRange) {
            return ((PyRange) o).len(t);
        }
        if (o instanceof dev.freethread.dict.PyDictView) {
            return ((dev.freethread.dict.PyDictView) o).size();
        }
        if (o instanceof PyInstance) {
            PyObject m = ((PyInstance) o).cls().lookup(t, "__len__");
            if (m != null) {
                PyObject r;
                try {
                    r = callMethod(t, m, o, NO_ARGS, null);
                } finally {
                    RefCount.decref(t.ts, m);
                }
                try { // CPython's slot_sq_length: an index, >= 0 (ValueError), fitting a Py_ssize_t (OverflowError)
                    PyObject v = BuiltinBase.operand(r);
                    if (!(v instanceof PyInt)) {
                        throw Errors.typeError(t, "'" + typeName(r) + "' object cannot be interpreted as an integer");
                    }
                    PyInt i = (PyInt) v;
                    if (i.fitsLong() ? i.longValue() < 0 : i.bigValue().signum() < 0) {
                        throw Errors.valueError(t, "__len__() should return >= 0");
                    }
                    if (!i.fitsLong()) {
                        throw Errors.raise(t, "OverflowError", "cannot fit 'int' into an index-sized integer");
                    }
                    return i.longValue();
                } finally {
                    RefCount.decref(t.ts, r);
                }
            }
        }
        PyObject viaClass = classHook(t, o, "__len__", NO_ARGS);
        if (viaClass != null) {
            try {
                if (viaClass instanceof PyInt && ((PyInt) viaClass).fitsLong()) {
                    return ((PyInt) viaClass).longValue();
                }
                throw Errors.typeError(t, "'" + typeName(viaClass) + "' object cannot be interpreted as an integer");
            } finally {
                RefCount.decref(t.ts, viaClass);
            }
        }
        throw Errors.typeError(t, "object of type '" + typeName(o) + "' has no len()");
    }

    static boolean contains(PyThread t, PyObject container, PyObject item) {
        ThreadState ts = t.ts;
        if (container instanceof PyBytes || container instanceof PyByteArray) {
            return PyBytes.contains(t, BytesMethods.bytesLike(t, container, null), item);
        }
        if (container instanceof PyClass) {
            PyObject viaClass = classHook(t, container, "__contains__", new PyObject[] {item});
            if (viaClass != null) {
                try {
                    return truth(t, viaClass);
                } finally {
                    RefCount.decref(ts, viaClass);
                }
            }
        }
        if (container instanceof PyDict) {
            return ((PyDict) container).contains(ts, item);
        }
        if (container instanceof PyList) {
            return ((PyList) container).contains(ts, item);
        }
        if (container instanceof PySet && BuiltinBase.operand(item) instanceof PySet
                && !((PySet) BuiltinBase.operand(item)).frozen
                && !Methods.hashableSetSubclass(t, item)) { // a set (or a set subclass's unhashable instance)
            PyObject key = PySet.frozenOf(t, BuiltinBase.operand(item)); // looked up as frozenset(item), as CPython
            try {
                return ((PySet) container).items().contains(ts, key);
            } finally {
                RefCount.decref(ts, key);
            }
        }
        if (container instanceof PySet) {
            return ((PySet) container).items().contains(ts, item);
        }
        if (container instanceof PyStr) {
            item = BuiltinBase.operand(item); // S('h') in 'ohio'
            if (!(item instanceof PyStr)) {
                throw Errors.typeError(t, "'in <string>' requires string as left operand, not " + typeName(item));
            }
            return dev.freethread.python.text.StrMethods.contains(((PyStr) container).value(), ((PyStr) item).value());
        }
        if (container instanceof PyTuple) {
            PyTuple tu = (PyTuple) container;
            for (int i = 0; i < tu.size(); i++) {
                if (Compare.richCompareBool(ts, tu.getItemBorrowed(i), item, CompareOp.EQ)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyRange) {
            PyRange r = (PyRange) container;
            if (item instanceof PyInt && (r.isBig() || !((PyInt) item).fitsLong())) { // arithmetic at any size
                return r.indexOf(PyRange.toBig((PyInt) item)).signum() >= 0;
            }
            if (item instanceof PyInt && ((PyInt) item).fitsLong()) {
                long v = ((PyInt) item).longValue();
                long n = r.length();
                if (n == 0) {
                    return false;
                }
                long last = r.start + (n - 1) * r.step;
                boolean in = r.step > 0 ? v >= r.start && v <= last : v <= r.start && v >= last;
                return in && (v - r.start) % r.step == 0;
            }
        }
        if (container instanceof dev.freethread.dict.PyDictView) {
            return ((dev.freethread.dict.PyDictView) container).contains(ts, item);
        }
        if (container instanceof PyInstance) {
            PyObject m = ((PyInstance) container).cls().lookup(t, "__contains__");
            if (m != null) {
                PyObject r;
                try {
                    r = callMethod(t, m, container, new PyObject[] {item}, null);
                } finally {
                    RefCount.decref(ts, m);
                }
                try {
                    return truth(t, r);
                } finally {
                    RefCount.decref(ts, r);
                }
            }
        }
        PyObject it;
        try {
            it = iter(t, container);
        } catch (PyRaise r) {
            if (r.exc.cls() == t.interp.exceptionClass("TypeError")) {
                r.release(ts);
                throw Errors.typeError(t, "argument of type '" + typeName(container) + "' is not iterable");
            }
            throw r;
        }
        try {
            for (PyObject v = next(t, it); v != null; v = next(t, it)) {
                try {
                    if (Compare.richCompareBool(ts, v, item, CompareOp.EQ)) {
                        return true;
                    }
                } finally {
                    RefCount.decref(ts, v);
                }
            }
            return false;
        } finally {
            RefCount.decref(ts, it);
        }
    }

    static long hash(PyThread t, PyObject o) {
        return o.pyHash(t.ts);
    }

    /**
     * What a {@code __hash__} method's int result becomes (CPython's {@code slot_tp_hash}): the value itself when it
     * fits a machine word (-1 becomes -2), else the int's own hash.
     */
    static long hashFromMethod(PyInt i) {
        if (i.fitsLong()) {
            long v = i.longValue();
            return v == -1 ? -2 : v;
        }
        return i.pyHash(null);
    }

    // ---- str and repr

    /** The names the method type itself answers (its slots and object's), never forwarded to the function. */
    private static final java.util.Set<String> METHOD_OWN = java.util.Set.of("__class__", "__repr__", "__str__",
            "__call__", "__get__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__",
            "__reduce__", "__reduce_ex__", "__getattribute__", "__setattr__", "__delattr__", "__init__", "__new__",
            "__dir__", "__format__", "__sizeof__", "__subclasshook__", "__init_subclass__", "__getstate__");

    /** The text of a str or of an instance of a str subclass, else null. */
    static String strValueOrNull(PyObject o) {
        if (o instanceof PyStr) {
            return ((PyStr) o).value();
        }
        if (o instanceof PyInstance && ((PyInstance) o).base() instanceof PyStr) {
            return ((PyStr) ((PyInstance) o).base()).value();
        }
        return null;
    }

    static String reprString(PyThread t, PyObject o) {
        ThreadState ts = t.ts;
        if (o instanceof PyClass) {
            PyObject viaClass = classHook(t, o, "__repr__", NO_ARGS);
            if (viaClass != null) {
                try {
                    String v = strValueOrNull(viaClass);
                    if (v != null) {
                        return v;
                    }
                    throw Errors.typeError(t, "__repr__ returned non-string (type " + typeName(viaClass) + ")");
                } finally {
                    RefCount.decref(ts, viaClass);
                }
            }
        }
        if (o instanceof PyModule && ((PyModule) o).userClass() != null) { // a subclass's __repr__, or module's
            PyObject m = ((PyModule) o).userClass().lookup(t, "__repr__");
            if (m != null) {
                PyObject r;
                try {
                    r = callMethod(t, m, o, NO_ARGS, null);
                } finally {
                    RefCount.decref(ts, m);
                }
                try {
                    String v = strValueOrNull(r);
                    if (v == null) {
                        throw Errors.typeError(t, "__repr__ returned non-string (type " + typeName(r) + ")");
                    }
                    return v;
                } finally {
                    RefCount.decref(ts, r);
                }
            }
        }
        if (o instanceof PyInstance) {
            PyInstance inst = (PyInstance) o;
            PyObject m = inst.cls().lookup(t, "__repr__");
            if (m != null) {
                PyObject r;
                try {
                    ts.enterRecursiveCall(" while getting the repr of an object");
                    try {
                        r = callMethod(t, m, o, NO_ARGS, null);
                    } finally {
                        ts.leaveRecursiveCall();
                    }
                } finally {
                    RefCount.decref(ts, m);
                }
                try {
                    String v = strValueOrNull(r); // a str subclass's instance is a string too (PyUnicode_Check)
                    if (v == null) {
                        throw Errors.typeError(t, "__repr__ returned non-string (type " + typeName(r) + ")");
                    }
                    return v;
                } finally {
                    RefCount.decref(ts, r);
                }
            }
            if (inst instanceof PyBaseExc) {
                PyTuple a = ((PyBaseExc) inst).args();
                String inner = a.size() == 1 ? Ops.reprString(t, a.getItemBorrowed(0)) : a.size() == 0 ? ""
                        : reprString(t, a).substring(1, reprString(t, a).length() - 1).replaceAll(",$", "");
                return inst.cls().pyName() + "(" + inner + ")"; // __name__ (a renamed class's too)
            }
            return "<" + inst.cls().moduleQualName() + " object at 0x" + Long.toHexString(id(t, o)) + ">";
        }
        if (o instanceof PyFloat) {
            return FloatFormat.repr(((PyFloat) o).value);
        }
        if (o instanceof PyStr) {
            return StrMethods.repr(((PyStr) o).value());
        }
        if (o instanceof PyInt && !((PyInt) o).fitsLong()) {
            return intDecimal(t, (PyInt) o); // str, repr, print and f-strings: CPython's digit limit
        }
        if (o instanceof PyFunction) {
            return "<function " + ((PyFunction) o).displayName(t.ts) + " at 0x" + Long.toHexString(id(t, o)) + ">";
        }
        if (o instanceof PyClass) {
            return o.repr();
        }
        if (o instanceof PyMethod) {
            return methodRepr(t, (PyMethod) o);
        }
        if (o instanceof PyType) {
            return "<class '" + ((PyType) o).name() + "'>";
        }
        if (o instanceof PyCell) { // CPython's cell_repr
            PyObject r = ((PyCell) o).getRef(ts);
            if (r == null) {
                return "<cell at 0x" + Long.toHexString(id(t, o)) + ": empty>";
            }
            try {
                return "<cell at 0x" + Long.toHexString(id(t, o)) + ": " + typeName(r) + " object at 0x"
                        + Long.toHexString(id(t, r)) + ">";
            } finally {
                RefCount.decref(ts, r);
            }
        }
        if (o instanceof PyBuiltin && ((PyBuiltin) o).owner() != null) {
            return typeMethodRepr((PyBuiltin) o);
        }
        if (o instanceof PyWeakRef) {
            PyObject r = ((PyWeakRef) o).get(ts);
            if (r == null) {
                return "<weakref at 0x" + Long.toHexString(id(t, o)) + "; dead>";
            }
            try {
                return "<weakref at 0x" + Long.toHexString(id(t, o)) + "; to '" + typeName(r) + "' at 0x"
                        + Long.toHexString(id(t, r)) + ">";
            } finally {
                RefCount.decref(ts, r);
            }
        }
        return o.repr(ts);
    }

    /** The dunders CPython implements as type slots: their unbound form is a slot wrapper, not a method. */
    private static final java.util.Set<String> SLOT_WRAPPERS = java.util.Set.of("__init__", "__repr__", "__str__",
            "__hash__", "__call__", "__getattribute__", "__setattr__", "__delattr__", "__lt__", "__le__", "__eq__",
            "__ne__", "__gt__", "__ge__", "__iter__", "__next__", "__get__", "__set__", "__delete__", "__len__",
            "__getitem__", "__setitem__", "__delitem__", "__contains__", "__bool__", "__int__", "__float__",
            "__index__", "__neg__", "__pos__", "__abs__", "__invert__", "__add__", "__radd__", "__sub__", "__rsub__",
            "__mul__", "__rmul__", "__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__", "__mod__",
            "__rmod__", "__divmod__", "__rdivmod__", "__pow__", "__rpow__", "__lshift__", "__rlshift__",
            "__rshift__", "__rrshift__", "__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__",
            "__matmul__", "__rmatmul__", "__iadd__", "__isub__", "__imul__", "__itruediv__", "__ifloordiv__",
            "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__", "__imatmul__",
            "__await__", "__aiter__", "__anext__", "__del__", "__buffer__", "__release_buffer__");
    /** Slot dunders that these types also define as methods (CPython's METH_COEXIST, for speed): methods then. */
    private static final java.util.Set<String> COEXISTING_METHODS = java.util.Set.of("dict.__contains__",
            "dict.__getitem__", "list.__getitem__", "set.__contains__", "frozenset.__contains__");
    /** Built-in types' class methods: bound to their type, they show as such. */
    private static final java.util.Set<String> TYPE_CLASS_METHODS = java.util.Set.of("fromkeys", "fromhex",
            "from_bytes", "__new__", "__init_subclass__", "__subclasshook__", "__class_getitem__", "from_number");

    /**
     * A built-in type's method looked up on the type ({@code dict.items}): CPython's method descriptor
     * ({@code <method 'items' of 'dict' objects>}), slot wrapper ({@code <slot wrapper '__init__' of 'object'
     * objects>}), or class method bound to the type ({@code <built-in method fromkeys of type object at 0x...>}).
     */
    private static String typeMethodRepr(PyBuiltin b) {
        String owner = b.owner().name();
        if (TYPE_CLASS_METHODS.contains(b.name)) {
            return "<built-in method " + b.name + " of type object at 0x" + Long.toHexString(id(b.owner())) + ">";
        }
        boolean slot = SLOT_WRAPPERS.contains(b.name) && !COEXISTING_METHODS.contains(owner + "." + b.name);
        return "<" + (slot ? "slot wrapper" : "method") + " '" + b.name + "' of '" + owner + "' objects>";
    }

    /**
     * An int's decimal digits; past {@code sys.set_int_max_str_digits}'s limit, CPython's ValueError (a TextError,
     * which the interpreter raises as one, as for format()).
     */
    static String intDecimal(PyThread t, PyInt i) {
        return IntParse.toDecimalString(i.bigValue(), t.interp.maxStrDigits());
    }

    /**
     * CPython's method repr: the function's {@code __qualname__} (its {@code __name__} if it has none, '?' if
     * neither) and the repr of the object it is bound to, by Python's repr, so that its own {@code __repr__} shows.
     */
    private static String methodRepr(PyThread t, PyMethod m) {
        ThreadState ts = t.ts;
        PyObject f = m.func();
        PyObject s = m.self();
        if (f == null || s == null) {
            return m.repr();
        }
        PyObject n = getAttrOrNull(t, f, t.interp.str("__qualname__"));
        if (n == null) {
            n = getAttrOrNull(t, f, t.interp.str("__name__"));
        }
        String name;
        try {
            name = n instanceof PyStr ? ((PyStr) n).value() : "?";
        } finally {
            RefCount.xdecref(ts, n);
        }
        ts.enterRecursiveCall(" while getting the repr of an object");
        try {
            return "<bound method " + name + " of " + reprString(t, s) + ">";
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    /** {@code id(o)}: unique among live objects (IdTable), the address reprs show. */
    static long id(PyThread t, PyObject o) {
        return t.interp.ids.id(o);
    }

    /**
     * The address a repr shows where no interpreter is at hand (a Java object's {@code repr()}): the id's usual form
     * ({@link IdTable#hashedId}), which differs from {@code id(o)} only for an object whose identity hash another
     * live object's id already took.
     */
    static long id(PyObject o) {
        return IdTable.hashedId(o);
    }

    /**
     * The type Python code sees for {@code o}: its own, except an instance's attribute dict, which is a dict of a
     * Java subtype the toolkit counts as part of its owner (InstanceDict) but is {@code dict} to Python.
     */
    static PyType pythonType(PyObject o) {
        PyType t = o.type();
        return t == InstanceDict.TYPE ? PyDict.TYPE : t;
    }

    static String strString(PyThread t, PyObject o) {
        ThreadState ts = t.ts;
        if (o instanceof PyStr) {
            return ((PyStr) o).value();
        }
        if (o instanceof PyClass && o.type() instanceof PyClass) { // a metaclass's __str__
            PyObject m = ((PyClass) o.type()).lookupOverride(t, "__str__");
            if (m != null) {
                PyObject r;
                try {
                    r = callMethod(t, m, o, NO_ARGS, null);
                } finally {
                    RefCount.decref(ts, m);
                }
                try {
                    String v = strValueOrNull(r); // a str subclass's instance is a string too (PyUnicode_Check)
                    if (v == null) {
                        throw Errors.typeError(t, "__str__ returned non-string (type " + typeName(r) + ")");
                    }
                    return v;
                } finally {
                    RefCount.decref(ts, r);
                }
            }
        }
        if (o instanceof PyInstance) {
            PyInstance inst = (PyInstance) o;
            PyObject m = inst.cls().lookup(t, "__str__");
            if (m != null) {
                PyObject r;
                try {
                    r = callMethod(t, m, o, NO_ARGS, null);
                } finally {
                    RefCount.decref(ts, m);
                }
                try {
                    String v = strValueOrNull(r); // a str subclass's instance is a string too (PyUnicode_Check)
                    if (v == null) {
                        throw Errors.typeError(t, "__str__ returned non-string (type " + typeName(r) + ")");
                    }
                    return v;
                } finally {
                    RefCount.decref(ts, r);
                }
            }
            if (inst instanceof PyBaseExc) {
                PyTuple a = ((PyBaseExc) inst).args();
                PyBaseExc e = (PyBaseExc) inst;
                if (ExceptionFields.of(t, e.cls()) == ExceptionFields.IMPORT) { // its msg, when an exact str
                    PyObject msg = e.field(0);
                    if (msg.type() == PyStr.TYPE) {
                        return ((PyStr) msg).value();
                    }
                }
                if (e.osParsed() || e.osField(PyBaseExc.OS_FILENAME) != PyNone.NONE
                        && e.cls().isSubtypeOf(t.interp.exceptionClass("OSError"))) {
                    // OSError(errno, strerror[, filename[, winerror, filename2]]): CPython's "[Errno 2] No such
                    // file: 'f'", from the fields (which assignments change), not the args; held while reprs run
                    PyTuple f = e.osFieldsNewRef(ts);
                    try {
                        String s = "[Errno " + strString(t, f.getItemBorrowed(PyBaseExc.OS_ERRNO)) + "] "
                                + strString(t, f.getItemBorrowed(PyBaseExc.OS_STRERROR));
                        if (f.getItemBorrowed(PyBaseExc.OS_FILENAME) != PyNone.NONE) {
                            s += ": " + reprString(t, f.getItemBorrowed(PyBaseExc.OS_FILENAME));
                            if (f.getItemBorrowed(PyBaseExc.OS_FILENAME2) != PyNone.NONE) {
                                s += " -> " + reprString(t, f.getItemBorrowed(PyBaseExc.OS_FILENAME2));
                            }
                        }
                        return s;
                    } finally {
                        RefCount.decref(ts, f);
                    }
                }
                if (a.size() == 0) {
                    return "";
                }
                if (a.size() == 1) {
                    PyObject a0 = a.getItemBorrowed(0);
                    if (inst.cls().isSubtypeOf(t.interp.exceptionClass("KeyError"))) {
                        return reprString(t, a0);
                    }
                    return strString(t, a0);
                }
                if (a.size() == 2 && a.getItemBorrowed(1) instanceof PyTuple
                        && ((PyTuple) a.getItemBorrowed(1)).size() >= 2
                        && inst.cls().isSubtypeOf(t.interp.exceptionClass("SyntaxError"))) {
                    PyTuple d = (PyTuple) a.getItemBorrowed(1); // "msg (file, line N)", as CPython's
                    String file = strString(t, d.getItemBorrowed(0));
                    if (d.getItemBorrowed(0) instanceof PyStr) { // CPython's my_basename
                        file = file.substring(file.lastIndexOf('/') + 1);
                    }
                    return strString(t, a.getItemBorrowed(0)) + " (" + file
                            + ", line " + strString(t, d.getItemBorrowed(1)) + ")";
                }
                String codec = unicodeErrorStr(t, inst, a);
                if (codec != null) {
                    return codec;
                }
                return reprString(t, a);
            }
        }
        return reprString(t, o);
    }

    /**
     * CPython's message of a UnicodeDecodeError, UnicodeEncodeError or UnicodeTranslateError, made from its attributes
     * as they are now (a script may set {@code end}, {@code reason}...; encoding and reason are shown by str()):
     * "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", "bytes in position 0-1" for another
     * span; null for any other exception, or one whose attributes are not a string/bytes and two ints.
     */
    private static String unicodeErrorStr(PyThread t, PyInstance inst, PyTuple a) {
        PyClass cls = inst.cls();
        boolean decode = cls.isSubtypeOf(t.interp.exceptionClass("UnicodeDecodeError"));
        boolean encode = !decode && cls.isSubtypeOf(t.interp.exceptionClass("UnicodeEncodeError"));
        boolean translate = !decode && !encode && cls.isSubtypeOf(t.interp.exceptionClass("UnicodeTranslateError"));
        if (!(decode || encode || translate) || a.size() != (translate ? 4 : 5)) {
            return null;
        }
        String[] names = {"encoding", "object", "start", "end", "reason"};
        PyObject[] v = new PyObject[names.length];
        try {
            for (int i = translate ? 1 : 0; i < names.length; i++) {
                v[i] = getAttrOrNull(t, inst, t.interp.str(names[i]));
                if (v[i] == null) {
                    return null;
                }
            }
            if (!(v[2] instanceof PyInt) || !(v[3] instanceof PyInt) || !((PyInt) v[2]).fitsLong()
                    || !((PyInt) v[3]).fitsLong()) {
                return null;
            }
            long start = ((PyInt) v[2]).longValue();
            long end = ((PyInt) v[3]).longValue();
            String reason = strString(t, v[4]);
            String enc = translate ? null : strString(t, v[0]);
            if (decode && v[1] instanceof PyBytes) {
                byte[] b = ((PyBytes) v[1]).value;
                if (end == start + 1 && start >= 0 && start < b.length && end <= b.length) {
                    return "'" + enc + "' codec can't decode byte 0x" + String.format("%02x", b[(int) start] & 0xff)
                            + " in position " + start + ": " + reason;
                }
                return "'" + enc + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason;
            }
            if ((encode || translate) && v[1] instanceof PyStr) {
                String str = ((PyStr) v[1]).value();
                int n = str.codePointCount(0, str.length());
                String what = encode ? "'" + enc + "' codec can't encode" : "can't translate";
                if (end == start + 1 && start >= 0 && start < n && end <= n) {
                    int cp = str.codePointAt(str.offsetByCodePoints(0, (int) start));
                    String ch = cp < 0x100 ? String.format("\\x%02x", cp)
                            : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
                    return what + " character '" + ch + "' in position " + start + ": " + reason;
                }
                return what + " characters in position " + start + "-" + (end - 1) + ": " + reason;
            }
            return null;
        } finally {
            for (PyObject o : v) {
                RefCount.xdecref(t.ts, o);
            }
        }
    }

    // ---- comparisons

    static PyObject compare(PyThread t, PyObject a, PyObject b, CompareOp op) {
        if (a instanceof PyInt && b instanceof PyInt) {
            return PyBool.of(op.ofSign(((PyInt) a).compareTo((PyInt) b)));
        }
        if (setLikeViewPair(a, b)) {
            return PyBool.of(compareAsSets(t, a, b, op));
        }
        return Compare.richCompare(t.ts, a, b, op);
    }

    static boolean compareBool(PyThread t, PyObject a, PyObject b, CompareOp op) {
        if (a instanceof PyInt && b instanceof PyInt) {
            return op.ofSign(((PyInt) a).compareTo((PyInt) b));
        }
        if (setLikeViewPair(a, b)) {
            return compareAsSets(t, a, b, op);
        }
        return Compare.richCompareBool(t.ts, a, b, op);
    }

    /** A dict's keys or items view against a set, a frozenset or another such view (CPython's dictview_richcompare). */
    private static boolean setLikeViewPair(PyObject a, PyObject b) {
        boolean va = Arith.isSetLikeView(a);
        boolean vb = Arith.isSetLikeView(b);
        return (va || vb) && (va || a instanceof PySet) && (vb || b instanceof PySet);
    }

    /**
     * Compares two set-like operands as CPython's dictview_richcompare does: by their sizes, then whether every
     * element of one is in the other ({@code in}, so an items view looks its key up and compares the value: a value
     * need not be hashable, and its {@code __eq__} runs).
     */
    private static boolean compareAsSets(PyThread t, PyObject a, PyObject b, CompareOp op) {
        long la = len(t, a);
        long lb = len(t, b);
        switch (op) {
            case EQ:
                return la == lb && allIn(t, a, b);
            case NE:
                return !(la == lb && allIn(t, a, b));
            case LT:
                return la < lb && allIn(t, a, b);
            case LE:
                return la <= lb && allIn(t, a, b);
            case GT:
                return la > lb && allIn(t, b, a);
            default:
                return la >= lb && allIn(t, b, a);
        }
    }

    /** {@code isdisjoint} over any iterable: whether no item of {@code iterable} passes {@code member}. */
    static boolean noneIn(PyThread t, PyObject iterable, java.util.function.Predicate<PyObject> member) {
        PyObject it = iter(t, iterable);
        try {
            for (PyObject x = next(t, it); x != null; x = next(t, it)) {
                try {
                    if (member.test(x)) {
                        return false;
                    }
                } finally {
                    RefCount.decref(t.ts, x);
                }
            }
            return true;
        } finally {
            RefCount.decref(t.ts, it);
        }
    }

    /** Whether every element of {@code a} is in {@code b}. */
    private static boolean allIn(PyThread t, PyObject a, PyObject b) {
        try (ItemIterator it = iterator(t, a)) {
            PyObject x;
            while ((x = it.next(t.ts)) != null) {
                try {
                    if (!contains(t, b, x)) {
                        return false;
                    }
                } finally {
                    RefCount.decref(t.ts, x);
                }
            }
        }
        return true;
    }

    /** An exception for {@code __cause__} or {@code __context__}, or null for None; CPython's TypeError otherwise. */
    private static PyBaseExc exceptionOrNone(PyThread t, PyObject v, String what) {
        if (v == PyNone.NONE) {
            return null;
        }
        if (v instanceof PyBaseExc) {
            return (PyBaseExc) v;
        }
        throw Errors.typeError(t, what + " must be None or derive from BaseException");
    }

    /** {@code types.MappingProxyType(d)}: the read-only view a class's {@code __dict__} answers (a new reference). */
    static PyObject mappingProxy(PyThread t, PyObject d) {
        PyObject types = Modules.importModule(t, "types");
        try {
            return callAttr(t, types, t.interp.str("MappingProxyType"), new PyObject[] {d}, null);
        } finally {
            RefCount.decref(t.ts, types);
        }
    }

    /**
     * {@code int.__dict__}: a built-in type's own attributes (its method table's names, each read as {@code int.name}
     * reads it). A new dict each time, which the caller wraps in a read-only mappingproxy, as CPython's.
     */
    private static PyObject builtinTypeDict(PyThread t, PyType ty) {
        ThreadState ts = t.ts;
        java.util.Set<String> names = new java.util.TreeSet<>();
        java.util.Map<String, PyBuiltin.MethodImpl> m = t.interp.methods.get(ty);
        if (m != null) {
            names.addAll(m.keySet());
        }
        if (ty == PyType.OBJECT) {
            java.util.Collections.addAll(names, Builtins.OBJECT_DIR);
        }
        PyDict d = PyDict.create(ts);
        try {
            for (String name : names) {
                PyObject v;
                try {
                    v = getAttrOrNull(t, ty, t.interp.str(name));
                } catch (PyRaise e) {
                    e.release(ts);
                    continue;
                }
                if (v != null) {
                    d.setItem(ts, t.interp.str(name), v);
                    RefCount.decref(ts, v);
                }
            }
            d.setItem(ts, t.interp.str("__doc__"), PyNone.NONE);
            if (ty == PyList.TYPE || ty == PyDict.TYPE || ty == PySet.TYPE || ty == PyByteArray.TYPE) {
                d.setItem(ts, t.interp.str("__hash__"), PyNone.NONE); // unhashable, as CPython's dicts say
            }
        } catch (RuntimeException e) {
            RefCount.decref(ts, d);
            throw e;
        }
        return d;
    }
}
