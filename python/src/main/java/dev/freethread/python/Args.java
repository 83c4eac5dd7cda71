// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;

/** Argument checking for built-in functions and methods, with CPython's messages. */
final class Args {
    private Args() {
    }

    static int npos(PyObject[] args, String[] kw) {
        return args.length - (kw == null ? 0 : kw.length);
    }

    /** The keyword argument {@code name}, or null. */
    static PyObject kw(PyObject[] args, String[] kw, String name) {
        if (kw == null) {
            return null;
        }
        int n = npos(args, kw);
        for (int i = 0; i < kw.length; i++) {
            if (kw[i].equals(name)) {
                return args[n + i];
            }
        }
        return null;
    }

    /** Refuses keyword arguments other than {@code allowed}. */
    static void onlyKw(PyThread t, String fname, String[] kw, String... allowed) {
        if (kw == null) {
            return;
        }
        outer:
        for (String k : kw) {
            for (String a : allowed) {
                if (a.equals(k)) {
                    continue outer;
                }
            }
            throw Errors.typeError(t, fname + "() got an unexpected keyword argument '" + k + "'");
        }
    }

    static void noKw(PyThread t, String fname, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(t, fname + "() takes no keyword arguments");
        }
    }

    /** Checks the positional count: CPython's "takes exactly one argument" family of messages. */
    static int count(PyThread t, String fname, PyObject[] args, String[] kw, int min, int max) {
        int n = npos(args, kw);
        if (n < min || n > max) {
            if (min == max) {
                if (min == 0) {
                    throw Errors.typeError(t, fname + "() takes no arguments (" + n + " given)");
                }
                if (min == 1) {
                    throw Errors.typeError(t, fname + "() takes exactly one argument (" + n + " given)");
                }
                throw Errors.typeError(t, fname + " expected " + min + " arguments, got " + n);
            }
            if (n < min) {
                throw Errors.typeError(t, fname + " expected at least " + min + " argument" + (min == 1 ? "" : "s")
                        + ", got " + n);
            }
            throw Errors.typeError(t, fname + " expected at most " + max + " argument" + (max == 1 ? "" : "s")
                    + ", got " + n);
        }
        return n;
    }

    static long toLong(PyThread t, PyObject o, String what) {
        if (o instanceof PyInt) {
            PyInt i = (PyInt) o;
            if (!i.fitsLong()) {
                throw Errors.raise(t, "OverflowError", "Python int too large to convert to C ssize_t");
            }
            return i.longValue();
        }
        return Ops.index(t, o, "'%s' object cannot be interpreted as an integer");
    }

    /**
     * A slice index of a search method ({@code str.find}'s start and end, bytes' too): an int or an object with
     * {@code __index__}, clipped to the long range as CPython's {@code _PyEval_SliceIndex} clips to ssize_t (so
     * {@code 'ab'.find('x', sys.maxsize + 1)} is -1, never an OverflowError).
     */
    static long sliceIndex(PyThread t, PyObject o) {
        if (o instanceof PyInt && ((PyInt) o).fitsLong()) {
            return ((PyInt) o).longValue();
        }
        java.math.BigInteger v = Ops.bigIndex(t, o,
                "slice indices must be integers or None or have an __index__ method");
        return v.bitLength() < 64 ? v.longValue() : v.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
    }

    static String str(PyThread t, PyObject o, String fname, int pos) {
        o = BuiltinBase.operand(o); // an instance of a subclass of str stands for its str
        if (o instanceof PyStr) {
            return ((PyStr) o).value();
        }
        throw Errors.typeError(t, fname + "() argument " + pos + " must be str, not " + o.type().name());
    }

    /** A str argument that may be None (null). */
    static String strOrNone(PyThread t, PyObject o, String what) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        o = BuiltinBase.operand(o);
        if (o instanceof PyStr) {
            return ((PyStr) o).value();
        }
        throw Errors.typeError(t, what + " must be None or a string, not " + o.type().name());
    }
}
