// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

/**
 * A class made by a {@code class} statement (and the built-in exception classes): a heap {@link PyType} with single
 * inheritance whose namespace is a {@link PyDict}. Calling it makes an instance and runs {@code __init__}. Classes are
 * per-thread counted, as CPython 3.14 counts heap types: every instance holds a reference to its class.
 */
final class PyClass extends PyType implements Callable {
    /** The namespace (counted; set once, cleared only when the class is freed). */
    private volatile PyDict dict;
    /** The base when it is a class of ours (counted), else null (object). */
    private volatile PyClass baseClass;
    final boolean isException;
    final String module;

    PyClass(ThreadState ts, String name, String module, PyType base, PyDict ns, int flags, boolean isException) {
        super(ts, name, flags | PyType.FLAG_GC, base);
        this.module = module;
        this.isException = isException;
        RefCount.incref(ts, ns);
        this.dict = ns;
        if (base instanceof PyClass) {
            RefCount.incref(ts, base);
            this.baseClass = (PyClass) base;
        }
    }

    PyDict dict() {
        return dict;
    }

    PyClass baseClass() {
        return baseClass;
    }

    /** The qualified name ({@code Outer.Inner}), as the class statement gave it. */
    volatile String qualname;

    String qualname() {
        return qualname != null ? qualname : name();
    }

    String moduleQualName() {
        return module == null || module.equals("builtins") ? qualname() : module + "." + qualname();
    }

    /**
     * The attribute {@code name} found along the MRO (a new reference), or null. Built-in types in the MRO
     * (object) contribute nothing here; {@link Ops} answers for them.
     */
    PyObject lookup(PyThread t, String name) {
        return lookup(t, t.interp.str(name));
    }

    PyObject lookup(PyThread t, PyStr name) {
        for (PyClass c = this; c != null; c = c.baseClass) {
            PyDict d = c.dict;
            if (d != null) {
                PyObject v = Ops.getOrNull(t.ts, d, name);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    private volatile long descriptorsEpoch = -1;
    private volatile boolean hasDescriptors;

    /**
     * Whether any class along the MRO holds a data descriptor (a property): when none does, an instance's own
     * attribute wins at once and the class need not be searched first. Cached per class epoch
     * ({@link Interp#classChanged}, bumped by every class attribute store or delete).
     */
    boolean hasDataDescriptors(PyThread t) {
        long e = t.interp.classEpoch();
        if (descriptorsEpoch == e) {
            return hasDescriptors;
        }
        boolean has = false;
        for (PyClass c = this; c != null && !has; c = c.baseClass) {
            PyDict d = c.dict;
            if (d == null) {
                continue;
            }
            PyObject view = d.values(t.ts);
            PyObject it = ((dev.freethread.dict.PyDictView) view).iter(t.ts);
            RefCount.decref(t.ts, view);
            try {
                for (PyObject v = Ops.next(t, it); v != null; v = Ops.next(t, it)) {
                    has |= v instanceof Descriptors.Property;
                    RefCount.decref(t.ts, v);
                }
            } finally {
                RefCount.decref(t.ts, it);
            }
        }
        hasDescriptors = has;
        descriptorsEpoch = e;
        return has;
    }

    /** Whether the class attribute {@code name} is a data descriptor (a property), which wins over the instance. */
    boolean lookupDataDescriptor(PyThread t, PyStr name) {
        PyObject v = lookup(t, name);
        if (v == null) {
            return false;
        }
        RefCount.decref(t.ts, v);
        return v instanceof Descriptors.Property;
    }

    /** Finds the class in the MRO whose dict holds {@code name}: for {@code super()}. */
    PyObject lookupAfter(PyThread t, PyClass start, PyStr name) {
        boolean found = false;
        for (PyClass c = this; c != null; c = c.baseClass) {
            if (found) {
                PyDict d = c.dict;
                PyObject v = d == null ? null : Ops.getOrNull(t.ts, d, name);
                if (v != null) {
                    return v;
                }
            } else if (c == start) {
                found = true;
            }
        }
        return null;
    }

    @Override
    public PyObject call(PyThread t, PyObject[] args, String[] kwnames) {
        ThreadState ts = t.ts;
        PyInstance self = isException ? new PyBaseExc(ts, this) : new PyInstance(ts, this);
        try {
            if (isException) {
                int n = args.length - (kwnames == null ? 0 : kwnames.length);
                PyObject[] pos = java.util.Arrays.copyOf(args, n);
                for (PyObject a : pos) {
                    RefCount.incref(ts, a);
                }
                PyTuple a = PyTuple.stealing(ts, pos);
                ((PyBaseExc) self).setArgs(ts, a);
                RefCount.decref(ts, a);
            }
            PyObject init = lookup(t, "__init__");
            if (init != null) {
                PyObject r;
                try {
                    r = Ops.callMethod(t, init, self, args, kwnames);
                } finally {
                    RefCount.decref(ts, init);
                }
                if (r != PyNone.NONE) {
                    String tn = r.type().name();
                    RefCount.decref(ts, r);
                    throw Errors.typeError(t, "__init__() should return None, not '" + tn + "'");
                }
            } else if (args.length > 0 && !isException) {
                throw Errors.typeError(t, name() + "() takes no arguments");
            }
            return self;
        } catch (RuntimeException e) {
            RefCount.decref(ts, self);
            throw e;
        }
    }

    @Override
    public void traverse(ReferenceVisitor v) {
        PyDict d = dict;
        if (d != null) {
            v.visit(d);
        }
        PyClass b = baseClass;
        if (b != null) {
            v.visit(b);
        }
    }

    @Override
    public void clearReferences(ReferenceVisitor v) {
        PyDict d = dict;
        dict = null;
        PyClass b = baseClass;
        baseClass = null;
        if (d != null) {
            v.visit(d);
        }
        if (b != null) {
            v.visit(b);
        }
    }

    @Override
    public String repr() {
        return "<class '" + moduleQualName() + "'>";
    }
}
