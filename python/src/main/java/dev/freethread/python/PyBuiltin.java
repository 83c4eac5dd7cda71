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

    PyBuiltin(String name, Impl impl) {
        super(TYPE, Immortal.IMMORTAL);
        this.name = name;
        this.impl = impl;
    }

    @Override
    public PyObject call(PyThread t, PyObject[] args, String[] kwnames) {
        return impl.call(t, args, kwnames);
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
            return "<built-in method " + name + " of " + (s == null ? "?" : s.type().name()) + " object>";
        }
    }
}
