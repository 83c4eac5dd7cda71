// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

/**
 * A function implemented in Java ({@code len}, {@code print}, a module's functions), immortal; and, through
 * {@link Bound}, a built-in type's method bound to an object ({@code [].append}).
 */
final class PyBuiltin extends PyObject implements Callable {
    static final PyType TYPE = PyType.staticType("builtin_function_or_method", PyType.FLAG_NO_WEAKREFS);

    /** The Java side of a built-in function: arguments as in {@link Callable}. */
    @FunctionalInterface
    interface Impl {
        PyObject call(PyThread t, PyObject[] args, String[] kwnames);
    }

    /** The Java side of a built-in type's method: {@code self} first, then arguments as in {@link Callable}. */
    @FunctionalInterface
    interface MethodImpl {
        PyObject call(PyThread t, PyObject self, PyObject[] args, String[] kwnames);
    }

    final String name;
    final Impl impl;
    /**
     * For a built-in type's method as the classes deriving from that type see it ({@link BuiltinBase}): the method
     * with the instance as {@code self}, which {@link Ops#bind} binds to an instance; null for other functions.
     */
    final MethodImpl onInstance;
    /**
     * Whether the function reads its caller's frame ({@code locals()}, {@code eval}: {@link FrameBuiltins}): a call
     * written in Python code lends it the calling frame through {@link PyThread#callerFrame}.
     */
    final boolean wantsFrame;
    /**
     * The built-in type whose method this is ({@link #forSubclasses}), else null. Such a method is made afresh on each
     * lookup, so two lookups of {@code int.__add__} compare equal by owner and name, as CPython's one descriptor does.
     */
    private final PyType owner;

    /** The built-in type this is a method of ({@link #ofType}, {@link #forSubclasses}), else null. */
    PyType owner() {
        return owner;
    }

    /** The module a module-level function belongs to ({@code __module__}: 'builtins', 'math'...), else null. */
    private String module;

    PyBuiltin(String name, Impl impl) {
        this(name, impl, null, false, null);
    }

    /** A function of module {@code module} (its {@code __module__}). */
    PyBuiltin(String name, Impl impl, String module) {
        this(name, impl, null, false, null);
        this.module = module;
    }

    /** {@code __module__}: the defining module's name, or null (None). */
    String module() {
        return module;
    }

    /** {@code __qualname__} of a type's static or class method made on lookup ({@code dict.fromkeys}), or null. */
    private String qualname;

    String qualname() {
        return qualname;
    }

    /** A built-in type's static or class method, made on lookup: its {@code __qualname__} names the type. */
    static PyBuiltin ofTypeStatic(String name, String typeName, Impl impl) {
        PyBuiltin b = new PyBuiltin(name, impl);
        b.qualname = typeName + "." + name;
        return b;
    }

    private PyBuiltin(String name, Impl impl, MethodImpl onInstance, boolean wantsFrame, PyType owner) {
        super(TYPE, Immortal.IMMORTAL);
        this.name = name;
        this.impl = impl;
        this.onInstance = onInstance;
        this.wantsFrame = wantsFrame;
        this.owner = owner;
    }

    /** The built-in type {@code owner}'s method {@code name}, unbound ({@code str.upper}): equal to another lookup. */
    static PyBuiltin ofType(String name, PyType owner, Impl impl) {
        return new PyBuiltin(name, impl, null, false, owner);
    }

    /** A built-in function that reads its caller's frame ({@link #wantsFrame}). */
    static PyBuiltin withFrame(String name, Impl impl) {
        return new PyBuiltin(name, impl, null, true, null);
    }

    /**
     * The method {@code name} of the built-in type {@code ty} for instances of its subclasses: unbound, it takes the
     * instance first ({@code D.keys(d)}) and refuses anything that is not one of {@code ty}'s.
     */
    static PyBuiltin forSubclasses(String name, PyType ty, MethodImpl onInstance) {
        return new PyBuiltin(name, (t, a, kw) -> {
            if (a.length == 0 || kw != null && a.length == kw.length) {
                throw Errors.typeError(t, "unbound method " + ty.name() + "." + name + "() needs an argument");
            }
            if (!a[0].type().isSubtypeOf(ty)) {
                throw Ops.descriptorMismatch(t, name, ty, a[0]);
            }
            return onInstance.call(t, a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw);
        }, onInstance, false, ty);
    }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, dev.freethread.objects.CompareOp op) {
        if ((op == dev.freethread.objects.CompareOp.EQ || op == dev.freethread.objects.CompareOp.NE)
                && other instanceof PyBuiltin) {
            PyBuiltin b = (PyBuiltin) other;
            boolean eq = b == this || owner != null && b.owner == owner && b.name.equals(name);
            return dev.freethread.objects.PyBool.of(eq == (op == dev.freethread.objects.CompareOp.EQ));
        }
        return super.richCompare(ts, other, op);
    }

    @Override
    public long pyHash(ThreadState ts) {
        return owner == null ? super.pyHash(ts) : System.identityHashCode(owner) * 31L + name.hashCode();
    }

    @Override
    public PyObject call(PyThread t, PyObject[] args, String[] kwnames) {
        try {
            return impl.call(t, args, kwnames);
        } catch (java.nio.file.InvalidPathException e) {
            throw invalidPath(t, e);
        }
    }

    /**
     * A path the JDK cannot represent, from any built-in that takes one: CPython's ValueError for an embedded NUL;
     * otherwise (a lone surrogate, which CPython encodes with surrogateescape to a name no file has) no such file.
     */
    static PyRaise invalidPath(PyThread t, java.nio.file.InvalidPathException e) {
        if (e.getInput() != null && e.getInput().indexOf('\0') >= 0) {
            return Errors.raise(t, "ValueError", "embedded null byte");
        }
        PyObject[] args = {dev.freethread.objects.PyInt.of(t.ts, 2),
            dev.freethread.objects.PyStr.of(t.ts, "No such file or directory"),
            dev.freethread.objects.PyStr.of(t.ts, String.valueOf(e.getInput()))};
        try {
            return new PyRaise((PyBaseExc) Ops.call(t, t.interp.exceptionClass("FileNotFoundError"), args, null));
        } finally {
            for (PyObject o : args) {
                RefCount.decref(t.ts, o);
            }
        }
    }

    @Override
    public String repr() {
        return "<built-in function " + name + ">";
    }

    /** A built-in method bound to its object (counted). */
    static final class Bound extends PyObject implements Callable {
        static final PyType TYPE = PyType.staticType("builtin_function_or_method", PyType.FLAG_GC | PyType.FLAG_NO_WEAKREFS);
        final String name;
        final MethodImpl impl;
        private volatile PyObject self;

        /** A new reference to the object it is bound to (for {@code __reduce__}), or null once cleared. */
        PyObject selfRef(ThreadState ts) {
            PyObject s = self;
            return s == null ? null : RefCount.newRef(ts, s);
        }

        Bound(ThreadState ts, String name, MethodImpl impl, PyObject self) {
            super(TYPE, ts);
            this.name = name;
            this.impl = impl;
            RefCount.incref(ts, self);
            this.self = self;
        }

        @Override
        public PyObject call(PyThread t, PyObject[] args, String[] kwnames) {
            return impl.call(t, self, args, kwnames);
        }

        /**
         * CPython's method comparison: the same method of the same object (identity, not the objects' own ==). A
         * bound built-in method is made afresh on each lookup, and each lookup of one name on one object finds the
         * same method, so the name stands for CPython's C function pointer. ({@code listeners.remove(d.get)}.)
         */
        @Override
        public PyObject richCompare(ThreadState ts, PyObject other, dev.freethread.objects.CompareOp op) {
            if ((op == dev.freethread.objects.CompareOp.EQ || op == dev.freethread.objects.CompareOp.NE)
                    && other instanceof Bound) {
                Bound b = (Bound) other;
                PyObject s = self;
                boolean eq = b == this || s != null && b.self == s && b.name.equals(name);
                return dev.freethread.objects.PyBool.of(eq == (op == dev.freethread.objects.CompareOp.EQ));
            }
            return super.richCompare(ts, other, op);
        }

        @Override
        public long pyHash(ThreadState ts) {
            PyObject s = self;
            return (s == null ? 0 : System.identityHashCode(s)) * 31L + name.hashCode();
        }

        /** The object the method is bound to (borrowed); None once a collection has cleared this. */
        PyObject self() {
            PyObject s = self;
            return s == null ? dev.freethread.objects.PyNone.NONE : s;
        }

        @Override
        public void traverse(ReferenceVisitor v) {
            PyObject s = self;
            if (s != null) {
                v.visit(s);
            }
        }

        @Override
        public void clearReferences(ReferenceVisitor v) {
            PyObject s = self;
            self = null;
            if (s != null) {
                v.visit(s);
            }
        }

        @Override
        public String repr() {
            PyObject s = self;
            if (s == null) {
                return "<built-in method " + name + " of ? object>";
            }
            return "<built-in method " + name + " of " + s.type().name() + " object at 0x"
                    + Long.toHexString(Ops.id(s)) + ">";
        }
    }
}
