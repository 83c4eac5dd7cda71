// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

/**
 * The methods of the {@code module} type ({@code types.ModuleType}): {@code __init__}, {@code __repr__},
 * {@code __dir__} and {@code __getattribute__}, as CPython's {@code moduleobject.c} defines them. A module reads them
 * through its type ({@code m.__repr__()}), and a subclass of module through its MRO, so that a subclass's own
 * {@code __getattribute__} or {@code __init__} can hand over to them ({@code types.ModuleType.__init__(self, name)},
 * {@code super().__getattribute__(name)}).
 */
final class ModuleMethods {
    private ModuleMethods() {
    }

    static void install(Interp ip) {
        java.util.Map<String, PyBuiltin.MethodImpl> m = Builtins.table(ip, PyModule.TYPE);
        m.put("__init__", ModuleMethods::init);
        m.put("__repr__", (t, self, a, kw) -> {
            Args.count(t, "__repr__", a, kw, 0, 0);
            return PyStr.of(t.ts, repr(t, module(t, self, "__repr__")));
        });
        m.put("__dir__", (t, self, a, kw) -> {
            Args.count(t, "__dir__", a, kw, 0, 0);
            return dir(t, module(t, self, "__dir__"));
        });
        m.put("__getattribute__", (t, self, a, kw) -> {
            Args.count(t, "__getattribute__", a, kw, 1, 1);
            if (!(a[0] instanceof PyStr)) {
                throw Errors.typeError(t, "attribute name must be string, not '" + Ops.typeName(a[0]) + "'");
            }
            return Ops.moduleGetAttribute(t, module(t, self, "__getattribute__"), (PyStr) a[0]);
        });
    }

    /**
     * CPython's module repr ({@code importlib._bootstrap._module_repr}), from the module's attributes as they are now:
     * its {@code __spec__} if it has one ({@code <module 'n' from 'origin'>} for a spec with a location,
     * {@code <module 'n' (origin)>} without, {@code <module 'n' (loader)>} without an origin), else its
     * {@code __file__} ({@code <module 'n' from 'f'>}), else its {@code __loader__} ({@code <module 'n' (loader)>}),
     * else {@code <module 'n'>}; {@code '?'} for a module without a {@code __name__}.
     */
    static String repr(PyThread t, PyModule m) {
        ThreadState ts = t.ts;
        PyObject loader = Ops.getAttrOrNull(t, m, t.interp.str("__loader__"));
        PyObject spec = Ops.getAttrOrNull(t, m, t.interp.str("__spec__"));
        try {
            if (spec != null && Ops.truth(t, spec)) {
                return specRepr(t, spec);
            }
            PyObject n = Ops.getAttrOrNull(t, m, t.interp.str("__name__"));
            String name;
            try {
                name = n == null ? "'?'" : Ops.reprString(t, n);
            } finally {
                RefCount.xdecref(ts, n);
            }
            PyObject file = Ops.getAttrOrNull(t, m, t.interp.str("__file__"));
            try {
                if (file != null) {
                    return "<module " + name + " from " + Ops.reprString(t, file) + ">";
                }
            } finally {
                RefCount.xdecref(ts, file);
            }
            return loader == null || loader == PyNone.NONE ? "<module " + name + ">"
                    : "<module " + name + " (" + Ops.reprString(t, loader) + ")>";
        } finally {
            RefCount.xdecref(ts, loader);
            RefCount.xdecref(ts, spec);
        }
    }

    /** CPython's {@code _module_repr_from_spec}. */
    private static String specRepr(PyThread t, PyObject spec) {
        ThreadState ts = t.ts;
        PyObject n = Ops.getAttr(t, spec, t.interp.str("name"));
        PyObject origin = Ops.getAttr(t, spec, t.interp.str("origin"));
        try {
            String name = n == PyNone.NONE ? "'?'" : Ops.reprString(t, n);
            if (origin == PyNone.NONE) {
                PyObject loader = Ops.getAttr(t, spec, t.interp.str("loader"));
                try {
                    return loader == PyNone.NONE ? "<module " + name + ">"
                            : "<module " + name + " (" + Ops.reprString(t, loader) + ")>";
                } finally {
                    RefCount.decref(ts, loader);
                }
            }
            PyObject located = Ops.getAttr(t, spec, t.interp.str("has_location"));
            try {
                return Ops.truth(t, located) ? "<module " + name + " from " + Ops.reprString(t, origin) + ">"
                        : "<module " + name + " (" + Ops.strString(t, origin) + ")>";
            } finally {
                RefCount.decref(ts, located);
            }
        } finally {
            RefCount.decref(ts, n);
            RefCount.decref(ts, origin);
        }
    }

    /** {@code self} as a module, or CPython's descriptor TypeError. */
    private static PyModule module(PyThread t, PyObject self, String method) {
        if (!(self instanceof PyModule)) {
            throw Errors.typeError(t, "descriptor '" + method + "' requires a 'module' object but received a '"
                    + Ops.typeName(self) + "'");
        }
        return (PyModule) self;
    }

    /**
     * {@code module.__init__(self, name, doc=None)}: the dict gets {@code __name__} and {@code __doc__}, and
     * {@code __package__}, {@code __loader__} and {@code __spec__} set to None, as CPython's {@code module_init_dict}
     * (again on a second call).
     */
    private static PyObject init(PyThread t, PyObject self, PyObject[] a, String[] kw) {
        PyModule m = module(t, self, "__init__");
        Args.onlyKw(t, "module", kw, "name", "doc");
        int n = Args.npos(a, kw);
        PyObject name = n > 0 ? a[0] : Args.kw(a, kw, "name");
        PyObject doc = n > 1 ? a[1] : Args.kw(a, kw, "doc");
        if (name == null || n > 2) {
            throw Errors.typeError(t, "module.__init__() takes at most 2 arguments (" + n + " given)"
                    + (name == null ? "; missing required argument 'name' (pos 1)" : ""));
        }
        if (!(name instanceof PyStr)) {
            throw Errors.typeError(t, "module() argument 'name' must be str, not " + Ops.typeName(name));
        }
        ThreadState ts = t.ts;
        PyDict d = m.dict();
        if (d == null) { // cleared by the collector: nothing to fill
            return PyNone.NONE;
        }
        d.setItem(ts, t.interp.str("__name__"), name);
        d.setItem(ts, t.interp.str("__doc__"), doc == null ? PyNone.NONE : doc);
        for (String k : new String[] {"__package__", "__loader__", "__spec__"}) {
            d.setItem(ts, t.interp.str(k), PyNone.NONE);
        }
        return PyNone.NONE;
    }

    /**
     * {@code module.__dir__()}: the module's {@code __dict__} attribute (a subclass may make it a property) must be a
     * dict; its own {@code __dir__} (PEP 562) answers if it has one, else its keys, as CPython's {@code module_dir}.
     */
    static PyObject dir(PyThread t, PyModule m) {
        ThreadState ts = t.ts;
        PyObject d = Ops.getAttr(t, m, t.interp.str("__dict__"));
        try {
            if (!(BuiltinBase.operand(d) instanceof PyDict)) {
                throw Errors.typeError(t, "<module>.__dict__ is not a dictionary");
            }
            PyDict dict = (PyDict) BuiltinBase.operand(d);
            PyObject hook = Ops.getOrNull(ts, dict, t.interp.str("__dir__"));
            if (hook != null) {
                try {
                    return Ops.call(t, hook, Ops.NO_ARGS, null);
                } finally {
                    RefCount.decref(ts, hook);
                }
            }
            return Ops.call(t, dev.freethread.list.PyList.TYPE, new PyObject[] {dict}, null);
        } finally {
            RefCount.decref(ts, d);
        }
    }
}
