// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

/**
 * A bound method: a callable and the object it is bound to (both counted). Calling it calls the function with the
 * object first. Made only when a method is read without being called at once ({@code f = obj.m}); a call
 * {@code obj.m(...)} binds nothing.
 */
final class PyMethod extends PyObject implements Callable {
    static final PyType TYPE = PyType.staticType("method", PyType.FLAG_GC);
    private volatile PyObject func;
    private volatile PyObject self;

    PyMethod(ThreadState ts, PyObject func, PyObject self) {
        super(TYPE, ts);
        RefCount.incref(ts, func);
        RefCount.incref(ts, self);
        this.func = func;
        this.self = self;
    }

    PyObject func() {
        return func;
    }

    PyObject self() {
        return self;
    }

    @Override
    public PyObject call(PyThread t, PyObject[] args, String[] kwnames) {
        // a bound method calls its function with self first, whatever the function is (CPython's method_vectorcall):
        // no descriptor binding again (classmethod(functools.partial(f)) passes the class to the partial)
        if (func instanceof PyFunction) {
            return ((PyFunction) func).callWith(t, self, args, kwnames);
        }
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return Ops.call(t, func, all, kwnames);
    }

    @Override
    public dev.freethread.objects.PyObject richCompare(ThreadState ts, PyObject other, dev.freethread.objects.CompareOp op) {
        if ((op == dev.freethread.objects.CompareOp.EQ || op == dev.freethread.objects.CompareOp.NE)
                && other instanceof PyMethod) {
            PyMethod m = (PyMethod) other;
            boolean eq = m.func == func && m.self == self;
            return dev.freethread.objects.PyBool.of(eq == (op == dev.freethread.objects.CompareOp.EQ));
        }
        return super.richCompare(ts, other, op);
    }

    @Override
    public long pyHash(ThreadState ts) {
        return System.identityHashCode(func) * 31L + System.identityHashCode(self);
    }

    @Override
    public void traverse(ReferenceVisitor v) {
        PyObject f = func;
        if (f != null) {
            v.visit(f);
        }
        PyObject s = self;
        if (s != null) {
            v.visit(s);
        }
    }

    @Override
    public void clearReferences(ReferenceVisitor v) {
        PyObject f = func;
        PyObject s = self;
        func = null;
        self = null;
        if (f != null) {
            v.visit(f);
        }
        if (s != null) {
            v.visit(s);
        }
    }

    @Override
    public String repr() {
        PyObject f = func;
        PyObject s = self;
        String n = f instanceof PyFunction ? ((PyFunction) f).code.qualname : String.valueOf(f);
        return "<bound method " + n + " of " + (s == null ? "?" : s.repr()) + ">";
    }
}
