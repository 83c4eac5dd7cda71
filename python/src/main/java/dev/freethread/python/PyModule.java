// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

/**
 * A module: a name and its globals dict (counted). Per-thread counted: every thread reads them.
 *
 * <p>Its type is {@code module}, or a class of ours deriving from it ({@code class Lazy(types.ModuleType)}, made by
 * the class's {@code __new__}; or given by {@code m.__class__ = Lazy}, which CPython allows between module types
 * only). Its attributes are its dict's, with the class's descriptors and hooks around them (Ops). Lifetime edge E41
 * (docs/refcount.md): the module holds a counted reference to every class of ours it has had, from when it got it
 * until it is freed or cleared, as an instance keeps its former classes (E38): any thread may be using the class it
 * read from the module without a reference of its own. Its races:
 * <ol>
 *   <li>[MOD1] Two threads assign {@code __class__} at once: the change runs under the module's monitor (a leaf:
 *       an increment, an array copy and the toolkit's store; no decrement, no user code), so each class is added to
 *       {@link #classes} once and counted once. {@code InterpreterTest.moduleClassAssignedByManyThreadsAtOnce_...}
 *       (planted, each change under a monitor of its own: 6,525 to 6,749 classes leaked in 3 runs of 3).</li>
 *   <li>[MOD2] A reader uses the class it read from the module across user code while another thread replaces it:
 *       the replaced class stays counted until the module is freed, so it is never freed under the reader. The
 *       same test reads attributes through the classes meanwhile (12,000 reads answered right); a plant dropping
 *       the old class at once was not tried (a class is cyclic: only the collector frees it, as for E38).</li>
 *   <li>[MOD3] The collector traverses the module meanwhile: the array is volatile and replaced whole after its new
 *       class was counted, so a traversal never sees an edge its count does not explain. Argued, as E38's.</li>
 * </ol>
 * These are InterpreterTest cases, not jcstress ones: the race is between Python-level stores, as E38's.
 */
final class PyModule extends PyDictHolder {
    static final PyType TYPE = PyType.staticType("module", PyType.FLAG_GC);
    final String name;
    /**
     * Every class of ours this module has had, each once, each counted (E41); null for a module that never had one.
     * Replaced whole under the module's monitor, never changed in place.
     */
    private volatile PyClass[] classes;

    PyModule(ThreadState ts, String name, PyDict dict) {
        this(ts, TYPE, name, dict);
    }

    /** A module of type {@code type}: module, or a class of ours deriving from it (counted here). */
    PyModule(ThreadState ts, PyType type, String name, PyDict dict) {
        super(type, ts, dict);
        this.name = name;
        if (type instanceof PyClass) {
            RefCount.incref(ts, type);
            classes = new PyClass[] {(PyClass) type};
        }
    }

    /** The class of ours this module is an instance of (borrowed: the module keeps it), or null: a plain module. */
    PyClass userClass() {
        PyType ty = type();
        return ty instanceof PyClass ? (PyClass) ty : null;
    }

    /**
     * {@code m.__class__ = ty}, the checks done (Ops.setClass): module or a class of ours deriving from it. A class
     * is counted before it becomes the type and kept until the module goes (E41); one change at a time.
     */
    void setClass(ThreadState ts, PyType ty) {
        synchronized (this) {
            if (ty instanceof PyClass) {
                PyClass[] held = classes;
                boolean kept = false;
                if (held != null) {
                    for (PyClass c : held) {
                        kept |= c == ty;
                    }
                }
                if (!kept) {
                    RefCount.incref(ts, ty);
                    PyClass[] grown = held == null ? new PyClass[1] : java.util.Arrays.copyOf(held, held.length + 1);
                    grown[grown.length - 1] = (PyClass) ty;
                    classes = grown;
                }
            }
            changeType(ts, ty);
        }
    }

    /** CPython's module repr ({@link ModuleMethods#repr}): it reads the module's attributes, which may run code. */
    @Override
    public String repr(ThreadState ts) {
        return ModuleMethods.repr(Interp.thread(ts), this);
    }

    /** For messages made without a thread state: the name the module was made with. */
    @Override
    public String repr() {
        return "<module '" + name + "'>";
    }

    @Override
    public void traverse(ReferenceVisitor v) {
        super.traverse(v);
        PyClass[] held = classes;
        if (held != null) {
            for (PyClass c : held) {
                v.visit(c);
            }
        }
    }

    @Override
    public void clearReferences(ReferenceVisitor v) {
        super.clearReferences(v);
        PyClass[] held = classes;
        classes = null;
        if (held != null) {
            for (PyClass c : held) {
                v.visit(c);
            }
        }
    }
}

/** An object whose attributes are a dict it holds (modules). */
abstract class PyDictHolder extends dev.freethread.objects.PyObject {
    private volatile PyDict dict;

    PyDictHolder(PyType type, ThreadState ts, PyDict dict) {
        super(type, ts);
        RefCount.incref(ts, dict);
        this.dict = dict;
    }

    final PyDict dict() {
        return dict;
    }

    @Override
    public void traverse(ReferenceVisitor v) {
        PyDict d = dict;
        if (d != null) {
            v.visit(d);
        }
    }

    @Override
    public void clearReferences(ReferenceVisitor v) {
        PyDict d = dict;
        dict = null;
        if (d != null) {
            v.visit(d);
        }
    }
}
