// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;

/**
 * A function's {@code __code__}: a read-only view of its {@link Code} with CPython's {@code co_*} attributes (names,
 * counts, flags, file and first line), what {@code inspect} reads a signature from. ftpython has no bytecode, so
 * {@code co_code} is empty and the line table is absent. A new view per read; views of one code compare equal.
 */
final class PyCode extends PyObject {
    static final PyType TYPE = PyType.staticType("code", PyType.FLAG_NO_WEAKREFS);
    static final int CO_OPTIMIZED = 0x1;
    static final int CO_NEWLOCALS = 0x2;
    static final int CO_VARARGS = 0x4;
    static final int CO_VARKEYWORDS = 0x8;
    static final int CO_NESTED = 0x10;
    static final int CO_GENERATOR = 0x20;
    static final int CO_NOFREE = 0x40;
    static final int CO_COROUTINE = 0x80;
    static final int CO_ASYNC_GENERATOR = 0x200;

    final Code code;
    /** {@code compile()}'s source text (exec and eval parse it again for their namespaces); null for a function's. */
    final String source;
    /** {@code compile()}'s mode: "exec", "eval" or "single"; null for a function's code. */
    final String mode;

    PyCode(ThreadState ts, Code code) {
        this(ts, code, null, null);
    }

    PyCode(ThreadState ts, Code code, String source, String mode) {
        super(TYPE, ts);
        this.code = code;
        this.source = source;
        this.mode = mode;
    }

    /** The attribute {@code n} (a new reference), or null. */
    PyObject attr(PyThread t, String n) {
        ThreadState ts = t.ts;
        Code c = code;
        switch (n) {
            case "co_name":
                return PyStr.of(ts, c.name);
            case "co_qualname":
                return PyStr.of(ts, c.qualname != null ? c.qualname : c.name);
            case "co_filename":
                return PyStr.of(ts, c.file);
            case "co_firstlineno":
                return PyInt.of(ts, c.firstLine);
            case "co_argcount":
                return PyInt.of(ts, c.argcount);
            case "co_posonlyargcount":
                return PyInt.of(ts, c.posonlycount);
            case "co_kwonlyargcount":
                return PyInt.of(ts, c.kwonlycount);
            case "co_nlocals":
                return PyInt.of(ts, c.localNames.length);
            case "co_varnames":
                return strings(ts, c.localNames);
            case "co_freevars":
                return strings(ts, c.freeNames);
            case "co_cellvars": {
                String[] names = new String[c.cellSlots.length];
                for (int i = 0; i < names.length; i++) {
                    names[i] = c.localNames[c.cellSlots[i]];
                }
                return strings(ts, names);
            }
            case "co_names":
                return strings(ts, c.names);
            case "co_consts":
                return PyTuple.stealing(ts);
            case "co_code":
                return PyBytes.of(ts, new byte[0]);
            case "co_flags":
                return PyInt.of(ts, flags(c));
            case "co_stacksize":
                return PyInt.of(ts, 0);
            default:
                return null;
        }
    }

    static int flags(Code c) {
        int f = CO_OPTIMIZED | CO_NEWLOCALS;
        if (c.varargsSlot >= 0) {
            f |= CO_VARARGS;
        }
        if (c.varkwSlot >= 0) {
            f |= CO_VARKEYWORDS;
        }
        if (c.isCoroutine) {
            f |= c.isGenerator ? CO_ASYNC_GENERATOR : CO_COROUTINE;
        } else if (c.isGenerator) {
            f |= CO_GENERATOR;
        }
        if (c.freeNames.length == 0 && c.cellSlots.length == 0) {
            f |= CO_NOFREE;
        }
        return f;
    }

    private static PyObject strings(ThreadState ts, String[] names) {
        PyObject[] items = new PyObject[names.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyStr.of(ts, names[i]);
        }
        return PyTuple.stealing(ts, items);
    }

    @Override
    public long pyHash(ThreadState ts) {
        return System.identityHashCode(code);
    }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, dev.freethread.objects.CompareOp op) {
        if (other instanceof PyCode && (op == dev.freethread.objects.CompareOp.EQ
                || op == dev.freethread.objects.CompareOp.NE)) {
            boolean eq = ((PyCode) other).code == code;
            return dev.freethread.objects.PyBool.of(op == dev.freethread.objects.CompareOp.EQ ? eq : !eq);
        }
        return super.richCompare(ts, other, op);
    }

    @Override
    public String repr() {
        return "<code object " + code.name + " at 0x" + Long.toHexString(System.identityHashCode(code)) + ", file \""
                + code.file + "\", line " + code.firstLine + ">";
    }
}
