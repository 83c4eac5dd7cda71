// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.list.Slice;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.python.text.PercentFormat;
import dev.freethread.refcount.RefCount;

import java.util.ArrayList;
import java.util.List;

/** str indexing and slicing by code point, and {@code %} formatting through {@link PercentFormat}. */
final class Strs {
    private Strs() {
    }

    private static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static String charAt(PyThread t, String s, long i) {
        if (!hasSurrogates(s)) {
            if (i < 0) {
                i += s.length();
            }
            if (i < 0 || i >= s.length()) {
                throw Errors.raise(t, "IndexError", "string index out of range");
            }
            return String.valueOf(s.charAt((int) i));
        }
        int[] cps = s.codePoints().toArray();
        if (i < 0) {
            i += cps.length;
        }
        if (i < 0 || i >= cps.length) {
            throw Errors.raise(t, "IndexError", "string index out of range");
        }
        return new String(Character.toChars(cps[(int) i]));
    }

    static String slice(String s, Slice slice) {
        if (!hasSurrogates(s)) {
            Slice.Bounds b = slice.indices(s.length());
            if (b.step() == 1) {
                return b.length() <= 0 ? "" : s.substring(b.start(), b.start() + b.length());
            }
            StringBuilder sb = new StringBuilder(Math.max(0, b.length()));
            for (int k = 0, j = b.start(); k < b.length(); k++, j += b.step()) {
                sb.append(s.charAt(j));
            }
            return sb.toString();
        }
        int[] cps = s.codePoints().toArray();
        Slice.Bounds b = slice.indices(cps.length);
        StringBuilder sb = new StringBuilder();
        for (int k = 0, j = b.start(); k < b.length(); k++, j += b.step()) {
            sb.appendCodePoint(cps[j]);
        }
        return sb.toString();
    }

    /** {@code fmt % arg}. */
    static String percent(PyThread t, String fmt, PyObject arg) {
        List<Object> args = new ArrayList<>();
        boolean tuple = arg instanceof PyTuple;
        if (tuple) {
            PyTuple tu = (PyTuple) arg;
            for (int i = 0; i < tu.size(); i++) {
                args.add(tu.getItemBorrowed(i));
            }
        } else {
            args.add(arg);
        }
        return PercentFormat.format(fmt, args, tuple, new PercentFormat.Conv() {
            @Override
            public String str(Object o) {
                return Ops.strString(t, (PyObject) o);
            }

            @Override
            public String repr(Object o) {
                return Ops.reprString(t, (PyObject) o);
            }

            @Override
            public Object number(Object o) {
                if (o instanceof PyInt) {
                    PyInt i = (PyInt) o;
                    return i.fitsLong() ? (Object) i.longValue() : i.bigValue();
                }
                if (o instanceof PyFloat) {
                    return ((PyFloat) o).value;
                }
                return null;
            }

            @Override
            public String typeName(Object o) {
                return ((PyObject) o).type().name();
            }

            @Override
            public int maxStrDigits() {
                return t.interp.maxStrDigits();
            }

            @Override
            public String strValue(Object o) { // %c of a one-character str (or an instance of a str subclass)
                Object v = o instanceof PyObject ? BuiltinBase.operand((PyObject) o) : o;
                return v instanceof PyStr ? ((PyStr) v).value() : null;
            }

            @Override
            public Object mappingGet(Object mapping, String key) {
                PyObject k = PyStr.of(t.ts, key);
                try {
                    PyObject v = Ops.getItem(t, (PyObject) mapping, k);
                    RefCount.decref(t.ts, v); // held by the mapping while formatting
                    return v;
                } finally {
                    RefCount.decref(t.ts, k);
                }
            }

            @Override
            public boolean isMapping(Object o) {
                return o instanceof PyDict;
            }
        });
    }
}
