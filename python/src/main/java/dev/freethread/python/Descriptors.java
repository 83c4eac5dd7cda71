// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

/** {@code property}, {@code staticmethod}, {@code classmethod} and {@code slice} objects. */
final class Descriptors {
    private Descriptors() {
    }

    /** An object holding counted references to a fixed number of objects (null allowed). */
    abstract static class Holder extends PyObject {
        protected final PyObject[] refs;

        Holder(PyType type, ThreadState ts, PyObject... refs) {
            super(type, ts);
            this.refs = refs;
            for (PyObject r : refs) {
                if (r != null) {
                    RefCount.incref(ts, r);
                }
            }
        }

        @Override
        public void traverse(ReferenceVisitor v) {
            for (int i = 0; i < refs.length; i++) {
                PyObject r = refs[i];
                if (r != null) {
                    v.visit(r);
                }
            }
        }

        @Override
        public void clearReferences(ReferenceVisitor v) {
            for (int i = 0; i < refs.length; i++) {
                PyObject r = refs[i];
                refs[i] = null;
                if (r != null) {
                    v.visit(r);
                }
            }
        }
    }

    /**
     * A staticmethod or classmethod: the callable it wraps ({@code refs[0]}) and, when it was made by calling
     * {@code staticmethod(f)} or {@code classmethod(f)}, its own {@code __dict__} ({@code refs[1]}), which CPython
     * 3.10+ fills with the callable's {@code __module__}, {@code __name__}, {@code __qualname__}, {@code __doc__} and
     * {@code __annotations__} (functools.wraps' names) and where attributes set on the wrapper go. The dict is made
     * before the wrapper is published and never replaced ({@code __dict__} assignment is refused), so it needs no
     * protocol of its own: it is one more counted reference of the holder, traversed and cleared with the callable.
     * The implicit ones a class statement makes ({@code __new__}, {@code __init_subclass__}) have none, as CPython's
     * {@code PyStaticMethod_New}; their attributes are read from the callable.
     */
    abstract static class FunctionWrapper extends Holder {
        private static final String[] WRAPS = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};

        FunctionWrapper(PyType type, ThreadState ts, PyObject func) {
            super(type, ts, func, null);
        }

        final PyObject func() {
            return refs[0];
        }

        /** The wrapper's own attribute dict (borrowed), or null for an implicit one. */
        final dev.freethread.dict.PyDict dict() {
            return (dev.freethread.dict.PyDict) refs[1];
        }

        /** Gives the wrapper its dict with the callable's wraps attributes (those it has); once, before publication. */
        final void copyWraps(PyThread t) {
            dev.freethread.dict.PyDict d = dev.freethread.dict.PyDict.create(t.ts);
            refs[1] = d; // the holder's reference: dropped with the callable's if a copy below raises
            PyObject f = refs[0];
            for (String n : WRAPS) {
                PyObject v = Ops.getAttrOrNull(t, f, t.interp.str(n));
                if (v != null) {
                    try {
                        d.setItem(t.ts, t.interp.str(n), v);
                    } finally {
                        RefCount.decref(t.ts, v);
                    }
                }
            }
        }
    }

    static final class StaticMethod extends FunctionWrapper {
        static final PyType TYPE = PyType.staticType("staticmethod", PyType.FLAG_GC);

        StaticMethod(ThreadState ts, PyObject func) {
            super(TYPE, ts, func);
        }

        @Override
        public String repr() { // 3.10: the wrapped callable's repr inside
            PyObject f = refs[0];
            return f == null ? super.repr() : "<staticmethod(" + f.repr() + ")>";
        }
    }

    static final class ClassMethod extends FunctionWrapper {
        static final PyType TYPE = PyType.staticType("classmethod", PyType.FLAG_GC);

        ClassMethod(ThreadState ts, PyObject func) {
            super(TYPE, ts, func);
        }

        @Override
        public String repr() { // 3.10: the wrapped callable's repr inside
            PyObject f = refs[0];
            return f == null ? super.repr() : "<classmethod(" + f.repr() + ")>";
        }
    }

    /** {@code property(fget, fset, fdel, doc)}: getter, setter and deleter (each may be null) and a docstring. */
    static final class Property extends Holder {
        static final PyType TYPE = PyType.staticType("property", PyType.FLAG_GC);
        /**
         * {@code __doc__}: a counted reference or null (None). Assignable, as CPython's (namedtuple documents its
         * fields so): a writer increfs the new value, swaps it in under this object's monitor and decrefs the old
         * one after, as a cell's variable is written; the collector's traverse reads the field once.
         */
        private volatile PyObject doc;
        /**
         * CPython's prop_name: what {@code __set_name__} gave (a class statement's attribute name) or
         * {@code p.__name__ = v} assigned (any object, None included), or null. A counted reference, replaced as
         * {@link #doc} is (lifetime edge E28) and copied by getter/setter/deleter, as CPython 3.13's.
         */
        private volatile PyObject name;

        /** {@code __set_name__}, {@code p.__name__ = v} (null: {@code del p.__name__}, which CPython allows). */
        void setName(ThreadState ts, PyObject v) {
            replace(ts, v, true);
        }

        /**
         * Publishes {@code v} (borrowed; counted here) as the name or the doc and drops the old value after a grace
         * period (E28): a reader on another thread may have read the field and not yet taken its reference.
         */
        private void replace(ThreadState ts, PyObject v, boolean isName) {
            if (v != null) {
                RefCount.incref(ts, v);
            }
            PyObject old;
            synchronized (this) {
                if (isName) {
                    old = name;
                    name = v;
                } else {
                    old = doc;
                    doc = v;
                }
            }
            if (old != null) {
                RefCount.decrefAfterGracePeriod(ts, old);
            }
        }

        Property(ThreadState ts, PyObject fget, PyObject fset, PyObject fdel) {
            this(ts, fget, fset, fdel, null);
        }

        Property(ThreadState ts, PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
            this(ts, fget, fset, fdel, doc, null);
        }

        private Property(ThreadState ts, PyObject fget, PyObject fset, PyObject fdel, PyObject doc, PyObject name) {
            super(TYPE, ts, fget, fset, fdel);
            if (doc != null && doc != PyNone.NONE) {
                RefCount.incref(ts, doc);
                this.doc = doc;
            }
            if (name != null) {
                RefCount.incref(ts, name);
                this.name = name;
            }
        }

        /** {@code property(fget)} with no doc: the getter's {@code __doc__}, as CPython's. */
        static PyObject docOf(PyThread t, PyObject fget) {
            if (fget == null) {
                return null;
            }
            try {
                PyObject d = Ops.getAttrOrNull(t, fget, t.interp.str("__doc__"));
                return d == PyNone.NONE ? null : d; // a new reference (the caller hands it on and drops it), or null
            } catch (PyRaise e) { // CPython's PyObject_GetOptionalAttr: an AttributeError means no doc
                if (!e.exc.cls().isSubtypeOf(t.interp.exceptionClass("AttributeError"))) {
                    throw e;
                }
                e.release(t.ts);
                return null;
            }
        }

        /**
         * {@code p.__doc__ = v}: as E28 (docs/refcount.md), the old doc is dropped after a grace period, since a
         * reader on another thread may have read the field and not yet taken its reference.
         */
        void setDoc(ThreadState ts, PyObject v) {
            replace(ts, v, false);
        }

        @Override
        public void traverse(ReferenceVisitor v) {
            super.traverse(v);
            PyObject d = doc;
            if (d != null) {
                v.visit(d);
            }
            PyObject n = name;
            if (n != null) {
                v.visit(n);
            }
        }

        @Override
        public void clearReferences(ReferenceVisitor v) {
            super.clearReferences(v);
            PyObject d = doc;
            doc = null;
            if (d != null) {
                v.visit(d);
            }
            PyObject n = name;
            name = null;
            if (n != null) {
                v.visit(n);
            }
        }

        private static String quoted(String name) {
            return name == null ? "" : name + " ";
        }

        /**
         * CPython 3.13's property_name for messages, as its %R shows it: the assigned name's repr (None shows as
         * None), else the getter's {@code __name__}'s, else null.
         */
        private String messageName(PyThread t) {
            PyObject n = name;
            if (n != null) {
                RefCount.incref(t.ts, n); // no safepoint since the read (E28); repr may run code
                try {
                    return Ops.reprString(t, n);
                } finally {
                    RefCount.decref(t.ts, n);
                }
            }
            String g = nameOrNull(t);
            return g == null ? null : "'" + g + "'";
        }

        /** The object's type as the messages name it: its qualified name, as CPython 3.13's. */
        private static String ownerName(PyObject self) {
            PyType ty = self.type();
            return ty instanceof PyClass ? ((PyClass) ty).qualname() : ty.name();
        }

        PyObject get(PyThread t, PyObject self, String name) {
            if (refs[0] == null) {
                throw Errors.attributeError(t, "property " + quoted(messageName(t)) + "of '" + ownerName(self)
                        + "' object has no getter");
            }
            return Ops.call(t, refs[0], new PyObject[] {self}, null);
        }

        void set(PyThread t, PyObject self, PyObject v, String name) {
            if (refs[1] == null) {
                throw Errors.attributeError(t, "property " + quoted(messageName(t)) + "of '" + ownerName(self)
                        + "' object has no setter");
            }
            RefCount.decref(t.ts, Ops.call(t, refs[1], new PyObject[] {self, v}, null));
        }

        void delete(PyThread t, PyObject self, String name) {
            if (refs[2] == null) {
                throw Errors.attributeError(t, "property " + quoted(messageName(t)) + "of '" + ownerName(self)
                        + "' object has no deleter");
            }
            RefCount.decref(t.ts, Ops.call(t, refs[2], new PyObject[] {self}, null));
        }

        /**
         * Whether {@link #doc} came from the getter (CPython's getter_doc): a copy then takes its own getter's doc,
         * so {@code @spam.getter} with a documented function documents the new property.
         */
        boolean getterDoc;

        /**
         * A copy with function {@code which} (0 getter, 1 setter, 2 deleter) replaced by {@code f}: this doc, or the
         * copy's getter's when this doc was this getter's (CPython's property_copy).
         */
        private Property copyWith(PyThread t, int which, PyObject f) {
            PyObject[] fs = {refs[0], refs[1], refs[2]};
            fs[which] = f;
            if (!getterDoc || fs[0] == null) {
                return new Property(t.ts, fs[0], fs[1], fs[2], doc, name);
            }
            PyObject d = docOf(t, fs[0]);
            try {
                Property p = new Property(t.ts, fs[0], fs[1], fs[2], d, name);
                p.getterDoc = d != null;
                return p;
            } finally {
                RefCount.xdecref(t.ts, d);
            }
        }

        /** The getter's {@code __name__} for messages (CPython 3.13 names the property so), or null. */
        private String nameOrNull(PyThread t) {
            PyObject f = refs[0];
            PyObject n = f == null ? null : Ops.getAttrOrNull(t, f, t.interp.str("__name__"));
            try {
                return n instanceof dev.freethread.objects.PyStr ? ((dev.freethread.objects.PyStr) n).value() : null;
            } finally {
                RefCount.xdecref(t.ts, n);
            }
        }

        /** {@code prop.setter} and the like: a copy with one function replaced. */
        PyObject attr(PyThread t, String name) {
            ThreadState ts = t.ts;
            switch (name) {
                // Bound methods that count the property (lifetime edge E32, docs/refcount.md): `s = property(f).setter`
                // outlives the statement's temporary property, and each runs on the calling thread's state.
                case "setter":
                case "getter":
                case "deleter":
                    return new PyBuiltin.Bound(ts, name, (tt, self, a, kw) -> {
                        Args.count(tt, name, a, kw, 1, 1);
                        return ((Property) self).copyWith(tt, name.equals("getter") ? 0 : name.equals("setter") ? 1 : 2,
                                a[0]);
                    }, this);
                case "__get__": // p.__get__(obj, type=None): the property itself for None, else the getter's value
                    return new PyBuiltin.Bound(ts, name, (tt, self, a, kw) -> {
                        Args.count(tt, "__get__", a, kw, 1, 2);
                        if (a[0] == PyNone.NONE) {
                            if (a.length < 2 || a[1] == PyNone.NONE) {
                                throw Errors.typeError(tt, "__get__(None, None) is invalid");
                            }
                            return RefCount.newRef(tt.ts, self);
                        }
                        return ((Property) self).get(tt, a[0], ((Property) self).nameOrNull(tt));
                    }, this);
                case "__set__":
                    return new PyBuiltin.Bound(ts, name, (tt, self, a, kw) -> {
                        Args.count(tt, "__set__", a, kw, 2, 2);
                        ((Property) self).set(tt, a[0], a[1], ((Property) self).nameOrNull(tt));
                        return PyNone.NONE;
                    }, this);
                case "__delete__":
                    return new PyBuiltin.Bound(ts, name, (tt, self, a, kw) -> {
                        Args.count(tt, "__delete__", a, kw, 1, 1);
                        ((Property) self).delete(tt, a[0], ((Property) self).nameOrNull(tt));
                        return PyNone.NONE;
                    }, this);
                case "fget":
                case "fset":
                case "fdel": {
                    PyObject f = refs[name.equals("fget") ? 0 : name.equals("fset") ? 1 : 2];
                    return RefCount.newRef(ts, f == null ? PyNone.NONE : f);
                }
                case "__doc__": {
                    PyObject d = doc;
                    return RefCount.newRef(ts, d == null ? PyNone.NONE : d);
                }
                case "__isabstractmethod__": {
                    for (PyObject f : refs) {
                        if (f == null) {
                            continue;
                        }
                        PyObject v = Ops.getAttrOrNull(t, f, t.interp.str("__isabstractmethod__"));
                        try {
                            if (v != null && Ops.truth(t, v)) {
                                return dev.freethread.objects.PyBool.TRUE;
                            }
                        } finally {
                            RefCount.xdecref(ts, v);
                        }
                    }
                    return dev.freethread.objects.PyBool.FALSE;
                }
                case "__set_name__": // property.__set_name__(owner, name), as a class statement calls it
                    return new PyBuiltin.Bound(ts, name, (tt, self, a, kw) -> {
                        Args.noKw(tt, "__set_name__", kw);
                        if (a.length != 2) {
                            throw Errors.typeError(tt, "__set_name__() takes 2 positional arguments but " + a.length
                                    + " were given");
                        }
                        ((Property) self).setName(tt.ts, a[1]);
                        return PyNone.NONE;
                    }, this);
                case "__name__": {
                    PyObject pn = this.name;
                    if (pn != null) {
                        return RefCount.newRef(ts, pn);
                    }
                    PyObject f = refs[0];
                    PyObject n = f == null ? null : Ops.getAttrOrNull(t, f, t.interp.str("__name__"));
                    if (n == null) {
                        throw Errors.attributeError(t, "'property' object has no attribute '__name__'");
                    }
                    return n;
                }
                default:
                    return null;
            }
        }
    }

    /**
     * A {@code __slots__} name's descriptor in its class's dict ({@code member_descriptor}: {@code C.__dict__['x']},
     * {@code C.x}). ftpython keeps a slot's value in the instance's attribute dict (a slotted class only refuses other
     * names), so the instance path never needs this object: an instance lookup reads the dict first and finds this
     * descriptor only when the slot is empty, which is CPython's AttributeError. It serves introspection and explicit
     * {@code __get__}/{@code __set__}/{@code __delete__} calls. Holds a counted reference to its class
     * ({@code __objclass__}).
     */
    static final class Member extends ClassAttrDescriptor {
        static final PyType TYPE = PyType.staticType("member_descriptor", PyType.FLAG_GC);

        Member(ThreadState ts, PyClass owner, String name) {
            super(TYPE, ts, owner, name, "member");
        }

        private PyInstance instance(PyThread t, PyObject o) {
            if (!(checkInstance(t, o) instanceof PyInstance)) {
                throw notApplicable(t, owner(t), o);
            }
            return (PyInstance) o;
        }

        /** {@code __get__(obj, type=None)}: the slot's value (a new reference); the descriptor itself for None. */
        @Override
        PyObject get(PyThread t, PyObject o) {
            if (o == PyNone.NONE) {
                return RefCount.newRef(t.ts, this);
            }
            PyObject v = valueOrNull(t, instance(t, o));
            if (v == null) {
                throw Ops.noAttribute(t, o, name);
            }
            return v;
        }

        /**
         * Whether the slots of {@code inst} are kept apart from its attribute dict: it has a {@code __dict__}
         * ({@link PyInstance#getSlot}); without one, they are the dict's entries, which nothing else shows.
         */
        static boolean keptApart(PyInstance inst) {
            return inst.cls().slotNames == null;
        }

        /** The slot's value in {@code inst} (a new reference), or null when it is empty. */
        PyObject valueOrNull(PyThread t, PyInstance inst) {
            dev.freethread.objects.PyStr n = t.interp.str(name);
            return keptApart(inst) ? inst.getSlot(t.ts, n) : inst.getOwnAttr(t.ts, n);
        }

        @Override
        void set(PyThread t, PyObject o, PyObject v) {
            PyInstance inst = instance(t, o);
            if (keptApart(inst)) {
                inst.storeSlot(t.ts, t.interp.str(name), v);
            } else {
                inst.storeAttr(t.ts, t.interp.str(name), v);
            }
        }

        @Override
        void delete(PyThread t, PyObject o) {
            PyInstance inst = instance(t, o);
            dev.freethread.objects.PyStr n = t.interp.str(name);
            if (!(keptApart(inst) ? inst.deleteSlot(t.ts, n) : inst.deleteAttr(t.ts, n))) {
                throw Errors.attributeError(t, name); // CPython's member delete: the bare name
            }
        }

        @Override
        PyObject doc(ThreadState ts) {
            return PyNone.NONE;
        }
    }

    /**
     * What a slot's member descriptor and the {@code __dict__}/{@code __weakref__} getset descriptor share: a name, a
     * counted reference to the class whose dict holds it ({@code __objclass__}), CPython's repr and attributes, and
     * {@code __get__}/{@code __set__}/{@code __delete__} as bound built-ins over the subclass's halves.
     */
    abstract static class ClassAttrDescriptor extends Holder {
        final String name;
        private final String kind;

        ClassAttrDescriptor(PyType type, ThreadState ts, PyClass owner, String name, String kind) {
            super(type, ts, owner);
            this.name = name;
            this.kind = kind;
        }

        final PyClass owner(PyThread t) {
            PyObject o = refs[0];
            if (o == null) {
                throw Errors.raise(t, "SystemError", kind + " descriptor of a freed class");
            }
            return (PyClass) o;
        }

        /** {@code o}, checked to be an instance of the owner class (CPython's "doesn't apply" TypeError if not). */
        final PyObject checkInstance(PyThread t, PyObject o) {
            PyClass c = owner(t);
            if (!o.type().isSubtypeOf(c)) {
                throw notApplicable(t, c, o);
            }
            return o;
        }

        final PyRaise notApplicable(PyThread t, PyClass c, PyObject o) {
            return Errors.typeError(t, "descriptor '" + name + "' for '" + c.name() + "' objects doesn't apply to a '"
                    + Ops.typeName(o) + "' object");
        }

        @Override
        public String repr(ThreadState ts) {
            PyObject o = refs[0];
            return "<" + kind + " '" + name + "' of '" + (o == null ? "?" : ((PyClass) o).name()) + "' objects>";
        }

        abstract PyObject get(PyThread t, PyObject o);

        abstract void set(PyThread t, PyObject o, PyObject v);

        abstract void delete(PyThread t, PyObject o);

        /** Its {@code __doc__} (a new reference). */
        abstract PyObject doc(ThreadState ts);

        /** Its attributes (a new reference), or null when it has none of that name. */
        final PyObject attr(PyThread t, String n) {
            ThreadState ts = t.ts;
            switch (n) {
                case "__name__":
                    return dev.freethread.objects.PyStr.of(ts, name);
                case "__qualname__":
                    return dev.freethread.objects.PyStr.of(ts, owner(t).qualname() + "." + name);
                case "__objclass__":
                    return RefCount.newRef(ts, owner(t));
                case "__doc__":
                    return doc(ts);
                case "__get__":
                    return new PyBuiltin.Bound(ts, n, (tt, self, a, kw) -> {
                        Args.count(tt, "__get__", a, kw, 1, 2);
                        return ((ClassAttrDescriptor) self).get(tt, a[0]);
                    }, this);
                case "__set__":
                    return new PyBuiltin.Bound(ts, n, (tt, self, a, kw) -> {
                        Args.count(tt, "__set__", a, kw, 2, 2);
                        ((ClassAttrDescriptor) self).set(tt, a[0], a[1]);
                        return PyNone.NONE;
                    }, this);
                case "__delete__":
                    return new PyBuiltin.Bound(ts, n, (tt, self, a, kw) -> {
                        Args.count(tt, "__delete__", a, kw, 1, 1);
                        ((ClassAttrDescriptor) self).delete(tt, a[0]);
                        return PyNone.NONE;
                    }, this);
                default:
                    return null;
            }
        }
    }

    /**
     * The {@code __dict__} and {@code __weakref__} entries CPython's {@code type_new} puts in the dict of a class that
     * adds them to its instances ({@code <attribute '__dict__' of 'C' objects>}, a getset_descriptor). They show in
     * {@code vars(C)} and can be called ({@code C.__dict__['__dict__'].__get__(obj)}); attribute access on the
     * instances does not go through them but through ftpython's own paths for these two names (Ops), which they
     * call.
     */
    static final class InstanceAttr extends ClassAttrDescriptor {
        static final PyType TYPE = PyType.staticType("getset_descriptor", PyType.FLAG_GC);

        InstanceAttr(ThreadState ts, PyClass owner, String name) {
            super(TYPE, ts, owner, name, "attribute");
        }

        /** {@code __get__(obj, type=None)}: the instance's dict or first weak reference; the descriptor for None. */
        @Override
        PyObject get(PyThread t, PyObject o) {
            if (o == PyNone.NONE) {
                return RefCount.newRef(t.ts, this);
            }
            return Ops.genericGetAttr(t, checkInstance(t, o), t.interp.str(name));
        }

        /** {@code __set__}: a new dict; {@code __weakref__} is read-only, as CPython's. */
        @Override
        void set(PyThread t, PyObject o, PyObject v) {
            checkInstance(t, o);
            if (!name.equals("__dict__")) {
                throw notWritable(t);
            }
            Ops.setAttrGeneric(t, o, t.interp.str(name), v);
        }

        @Override
        void delete(PyThread t, PyObject o) {
            checkInstance(t, o);
            if (!name.equals("__dict__")) {
                throw notWritable(t);
            }
            Ops.delAttrGeneric(t, o, t.interp.str(name));
        }

        PyRaise notWritable(PyThread t) {
            return Errors.attributeError(t, "attribute '" + name + "' of '" + owner(t).name() + "' objects is not "
                    + "writable");
        }

        @Override
        PyObject doc(ThreadState ts) {
            return dev.freethread.objects.PyStr.of(ts, name.equals("__dict__") ? "dictionary for instance variables"
                    : "list of weak references to the object");
        }
    }

    /** {@code slice(start, stop, step)}: what {@code x[a:b:c]} passes to {@code __getitem__}. */
    static final class PySlice extends Holder {
        static final PyType TYPE = PyType.staticType("slice", PyType.FLAG_GC | PyType.FLAG_NO_WEAKREFS);
        final PyObject start;
        final PyObject stop;
        final PyObject step;

        PySlice(ThreadState ts, PyObject start, PyObject stop, PyObject step) {
            super(TYPE, ts, start, stop, step);
            this.start = start;
            this.stop = stop;
            this.step = step;
        }

        @Override
        public String repr(ThreadState ts) {
            PyThread t = Interp.thread(ts);
            return "slice(" + Ops.reprString(t, start) + ", " + Ops.reprString(t, stop) + ", "
                    + Ops.reprString(t, step) + ")";
        }

        /** Slices hash as their (start, stop, step) tuples (3.12: hashable, so they can be dict keys). */
        @Override
        public long pyHash(ThreadState ts) {
            PyObject a = Stmts.tupleOf(ts, start, stop, step);
            try {
                return a.pyHash(ts);
            } finally {
                RefCount.decref(ts, a);
            }
        }

        /** Slices compare as their (start, stop, step) tuples, as CPython's. */
        @Override
        public PyObject richCompare(ThreadState ts, PyObject other, dev.freethread.objects.CompareOp op) {
            if (!(other instanceof PySlice)) {
                return dev.freethread.objects.PyNotImplemented.NOT_IMPLEMENTED;
            }
            PySlice o = (PySlice) other;
            PyObject a = Stmts.tupleOf(ts, start, stop, step);
            PyObject b = Stmts.tupleOf(ts, o.start, o.stop, o.step);
            try {
                return a.richCompare(ts, b, op);
            } finally {
                RefCount.decref(ts, a);
                RefCount.decref(ts, b);
            }
        }
    }
}
