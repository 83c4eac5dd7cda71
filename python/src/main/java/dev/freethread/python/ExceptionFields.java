// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.util.List;

/**
 * The members some built-in exceptions keep beside their args, as CPython's {@code exceptions.c}: ImportError's
 * {@code msg}, {@code name}, {@code path} and {@code name_from}; AttributeError's {@code name} and {@code obj}; a
 * NameError's {@code name}. Their constructors take the members as keyword-only arguments
 * ({@code ImportError('m', name='x')}), every other exception's {@code BaseException.__init__} refuses keywords, and the
 * interpreter fills them where it raises: a failed attribute lookup names the attribute and the object, an undefined
 * name names itself, a failed import names the module. The values live in {@link PyBaseExc}'s field tuple (the OSError
 * fields' storage: the hierarchies are disjoint), so {@code e.__dict__} stays empty, as CPython's.
 */
final class ExceptionFields {
    static final List<String> IMPORT = List.of("msg", "name", "path", "name_from");
    static final List<String> ATTRIBUTE = List.of("name", "obj");
    static final List<String> NAME = List.of("name");

    private ExceptionFields() {
    }

    /** The members of {@code cls}'s kind (an ImportError, AttributeError or NameError), or null for any other class. */
    static List<String> of(PyThread t, PyClass cls) {
        Interp ip = t.interp;
        if (cls.isSubtypeOf(ip.exceptionClass("ImportError"))) {
            return IMPORT;
        }
        if (cls.isSubtypeOf(ip.exceptionClass("AttributeError"))) {
            return ATTRIBUTE;
        }
        if (cls.isSubtypeOf(ip.exceptionClass("NameError"))) {
            return NAME;
        }
        return null;
    }

    /**
     * The built-in {@code __init__}'s keywords, after the args were set: {@code a} holds the positional arguments,
     * then the values of {@code kwnames} (null or empty when none). An ImportError, AttributeError or NameError resets
     * all its members from them (an ImportError's msg is its one positional argument, else None), as CPython's
     * {@code __init__} does on each call; any other exception refuses a keyword with CPython's message. OSError's
     * members are parsed elsewhere ({@link PyBaseExc#initOsError}); it refuses keywords here.
     */
    static void init(PyThread t, PyBaseExc e, PyObject[] a, String[] kwnames) {
        if (a.length == 2 && (kwnames == null || kwnames.length == 0) && a[1] instanceof PyTuple
                && e.cls().isSubtypeOf(t.interp.exceptionClass("SyntaxError"))) {
            PyTuple d = (PyTuple) a[1]; // CPython's SyntaxError_init parses the details as "OOOO|OO"
            if (d.size() < 4) {
                throw Errors.typeError(t, "function takes at least 4 arguments (" + d.size() + " given)");
            }
            if (d.size() > 6) {
                throw Errors.typeError(t, "function takes at most 6 arguments (" + d.size() + " given)");
            }
            if (d.size() == 5) {
                throw Errors.typeError(t, "end_offset must be provided when end_lineno is provided");
            }
        }
        List<String> names = of(t, e.cls());
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (names == null) {
            if (nkw > 0) {
                throw Errors.typeError(t, e.cls().name() + "() takes no keyword arguments");
            }
            return;
        }
        String kind = names == IMPORT ? "ImportError" : names == ATTRIBUTE ? "AttributeError" : "NameError";
        int npos = a.length - nkw;
        PyObject[] values = new PyObject[names.size()];
        for (int k = 0; k < nkw; k++) {
            int i = names.indexOf(kwnames[k]);
            if (i < 0 || names == IMPORT && i == 0) { // msg is not a keyword
                throw Errors.typeError(t, kind + "() got an unexpected keyword argument '" + kwnames[k] + "'");
            }
            values[i] = a[npos + k];
        }
        if (names == IMPORT && npos == 1) {
            values[0] = a[0];
        }
        setAll(t.ts, e, values);
    }

    /** Sets every member of {@code e} from {@code values} (borrowed; a null is None). */
    static void setAll(ThreadState ts, PyBaseExc e, PyObject... values) {
        PyObject[] items = new PyObject[values.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = RefCount.newRef(ts, values[i] == null ? PyNone.NONE : values[i]);
        }
        e.setFields(ts, PyTuple.stealing(ts, items));
    }

    /** {@code raise}'s exception {@code r} of a failed lookup, with its members set (borrowed values, null for None). */
    static PyRaise with(PyThread t, PyRaise r, PyObject... values) {
        setAll(t.ts, r.exc, values);
        return r;
    }

    /** The AttributeError CPython raises for a failed lookup of {@code name} on {@code o}: its name and obj set. */
    static PyRaise attributeError(PyThread t, PyRaise r, PyObject o, String name) {
        r.exc.raisedOnSelf = !name.startsWith("_") && isSelfOfCurrentMethod(t, o);
        PyStr n = PyStr.of(t.ts, name);
        try {
            return with(t, r, n, o);
        } finally {
            RefCount.decref(t.ts, n);
        }
    }

    /**
     * The NameError of an undefined {@code name} read in frame {@code f}, naming it (CPython leaves an
     * UnboundLocalError's name None). Two more fields, which no attribute shows, keep the frame's locals (a snapshot
     * for a function, as {@code locals()}) and globals for the display's "Did you mean" ({@link Suggestions}), as
     * CPython's traceback keeps the frame: the exception holds what the frame held.
     */
    static PyRaise nameError(Frame f, String name) {
        PyThread t = f.t;
        PyRaise r = Errors.raise(t, "NameError", "name '" + name + "' is not defined");
        PyStr n = PyStr.of(t.ts, name);
        PyObject locals = null;
        try {
            locals = FrameBuiltins.locals(t, f);
            return with(t, r, n, locals, f.globals);
        } catch (RuntimeException e) {
            r.release(t.ts);
            throw e;
        } finally {
            RefCount.decref(t.ts, n);
            RefCount.xdecref(t.ts, locals);
        }
    }

    /** Whether {@code name} names a module the standard library has (sys.stdlib_module_names). */
    static boolean isStandardModule(PyThread t, String name) {
        return Modules.BUILT_IN_NAMES.contains(name);
    }

    /** Whether {@code o} is the {@code self} of the method thread {@code t} is running. */
    static boolean isSelfOfCurrentMethod(PyThread t, PyObject o) {
        Frame f = t.current;
        if (f == null || f.func == null) {
            return false;
        }
        String[] names = f.code.localNames;
        for (int i = 0; i < names.length && i < f.locals.length; i++) {
            if ("self".equals(names[i])) {
                PyObject v = f.locals[i];
                return v == o || v instanceof PyCell && ((PyCell) v).value == o;
            }
        }
        return false;
    }

    /**
     * An ImportError (or ModuleNotFoundError) {@code type} with {@code message}, naming the module (and the name that
     * a {@code from} import did not find, null for none; {@code path}, the module's file, null for none).
     */
    static PyRaise importError(PyThread t, String type, String message, String module, String nameFrom, String path) {
        ThreadState ts = t.ts;
        PyRaise r = Errors.raise(t, type, message);
        PyObject msg = r.exc.args().getItemBorrowed(0);
        PyObject m = module == null ? null : PyStr.of(ts, module);
        PyObject p = path == null ? null : PyStr.of(ts, path);
        PyObject f = nameFrom == null ? null : PyStr.of(ts, nameFrom);
        try {
            return with(t, r, msg, m, p, f);
        } finally {
            RefCount.xdecref(ts, m);
            RefCount.xdecref(ts, p);
            RefCount.xdecref(ts, f);
        }
    }
}
