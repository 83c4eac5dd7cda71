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
    /**
     * Whether {@code cp} may start an identifier (PEP 3131: XID_Start, or '_'). ASCII by hand; beyond it unicodedata's
     * table, made from CPython 3.13 (Unicode 15.1; the JDK's classes are an older Unicode's and are not XID's).
     */
    static boolean isIdentifierStart(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp == '_';
        }
        return UnicodeDataModule.isXidStart(cp);
    }

    /** Whether {@code cp} may continue an identifier (XID_Continue). */
    static boolean isIdentifierPart(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9' || cp == '_';
        }
        return UnicodeDataModule.isXidContinue(cp);
    }

    /** {@code str.isidentifier()}: an identifier start, then identifier parts (by code point). */
    static boolean isIdentifier(String s) {
        if (s.isEmpty() || !isIdentifierStart(s.codePointAt(0))) {
            return false;
        }
        for (int i = Character.charCount(s.codePointAt(0)); i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!isIdentifierPart(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

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

    /** As {@link #charAt(PyThread, String, long)}, with the str's cached knowledge of its surrogates. */
    static String charAt(PyThread t, PyStr str, long i) {
        String s = str.value();
        if (!str.hasSurrogates()) {
            if (i < 0) {
                i += s.length();
            }
            if (i < 0 || i >= s.length()) {
                throw Errors.raise(t, "IndexError", "string index out of range");
            }
            return String.valueOf(s.charAt((int) i));
        }
        return charAt(t, s, i);
    }

    /** As {@link #slice(String, Slice)}, with the str's cached knowledge of its surrogates. */
    static String slice(PyStr str, Slice slice) {
        String s = str.value();
        if (!str.hasSurrogates()) {
            Slice.Bounds b = slice.indices(s.length());
            if (b.step() == 1) {
                return b.length() <= 0 ? "" : s.substring(b.start(), b.start() + b.length());
            }
        }
        return slice(s, slice);
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

    /** What both printf-style formatters (str's and bytes') ask of Python objects the same way. */
    private abstract static class ObjectConv implements PercentFormat.Conv {
        final PyThread t;

        ObjectConv(PyThread t) {
            this.t = t;
        }

        @Override
        public Object number(Object o) {
            o = BuiltinBase.operand((PyObject) o); // an int or float subclass's instance (IntEnum): its value
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
        public Object integer(Object o, boolean index) {
            return percentInteger(t, (PyObject) o, index);
        }

        @Override
        public Double real(Object o) {
            return percentReal(t, (PyObject) o);
        }

        @Override
        public String typeName(Object o) {
            return ((PyObject) o).type().name();
        }

        @Override
        public int maxStrDigits() {
            return t.interp.maxStrDigits();
        }
    }

    /**
     * {@link PercentFormat.Conv#integer}: an instance of a class of ours with {@code __index__} (or, unless
     * {@code index}, {@code __int__}) converted as CPython's {@code mainformatlong} converts it; null otherwise.
     */
    static Object percentInteger(PyThread t, PyObject o, boolean index) {
        if (!(o instanceof PyInstance) || ((PyInstance) o).base() != null) {
            return null;
        }
        PyClass c = ((PyInstance) o).cls();
        boolean hasIndex = hasMethod(t, c, "__index__");
        if (!hasIndex && (index || !hasMethod(t, c, "__int__"))) {
            return null;
        }
        java.math.BigInteger big;
        if (index) {
            big = Ops.bigIndex(t, o, "%s");
        } else {
            PyObject r = Ops.call(t, PyInt.TYPE, new PyObject[] {o}, null);
            try {
                big = ((PyInt) BuiltinBase.operand(r)).bigValue();
            } finally {
                RefCount.decref(t.ts, r);
            }
        }
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }

    /** {@link PercentFormat.Conv#real}: {@code float(o)} for an instance with {@code __float__} or {@code __index__}. */
    static Double percentReal(PyThread t, PyObject o) {
        if (!(o instanceof PyInstance) || ((PyInstance) o).base() != null) {
            return null;
        }
        PyClass c = ((PyInstance) o).cls();
        if (!hasMethod(t, c, "__float__") && !hasMethod(t, c, "__index__")) {
            return null;
        }
        PyObject r = Ops.call(t, PyFloat.TYPE, new PyObject[] {o}, null);
        try {
            return ((PyFloat) BuiltinBase.operand(r)).value;
        } finally {
            RefCount.decref(t.ts, r);
        }
    }

    private static boolean hasMethod(PyThread t, PyClass c, String name) {
        PyObject m = c.lookup(t, name);
        RefCount.xdecref(t.ts, m);
        return m != null;
    }

    /** {@code fmt % arg}. */
    static String percent(PyThread t, String fmt, PyObject arg) {
        List<Object> args = new ArrayList<>();
        boolean tuple = BuiltinBase.operand(arg) instanceof PyTuple; // a tuple subclass's items too (PyTuple_Check)
        if (tuple) {
            PyTuple tu = (PyTuple) BuiltinBase.operand(arg);
            for (int i = 0; i < tu.size(); i++) {
                args.add(tu.getItemBorrowed(i));
            }
        } else {
            args.add(arg);
        }
        return PercentFormat.format(fmt, args, tuple, new ObjectConv(t) {
            @Override
            public String str(Object o) {
                return Ops.strString(t, (PyObject) o);
            }

            @Override
            public String repr(Object o) {
                return Ops.reprString(t, (PyObject) o);
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

    /**
     * {@code fmt % arg} for bytes (PEP 461): the str formatter over the format's bytes as Latin-1, where {@code %s}
     * and {@code %b} take bytes-like objects (or {@code __bytes__}), {@code %r} and {@code %a} the ASCII repr,
     * {@code %c} an int below 256 or one byte, and mapping keys are bytes.
     */
    static byte[] bytesPercent(PyThread t, byte[] fmt, PyObject arg) {
        // %b is bytes' own name for %s: the conversion letter of each specifier (never the b of a literal %%b)
        java.util.regex.Matcher spec = java.util.regex.Pattern.compile(
                "%%|(%(?:\\([^)]*\\))?[-#0 +]*(?:\\*|\\d+)?(?:\\.(?:\\*|\\d+))?[hlL]?)b")
                .matcher(new String(fmt, java.nio.charset.StandardCharsets.ISO_8859_1));
        StringBuilder fb = new StringBuilder();
        while (spec.find()) {
            spec.appendReplacement(fb, java.util.regex.Matcher.quoteReplacement(
                    spec.group(1) == null ? spec.group() : spec.group(1) + "s"));
        }
        spec.appendTail(fb);
        String f = fb.toString();
        List<Object> args = new ArrayList<>();
        boolean tuple = BuiltinBase.operand(arg) instanceof PyTuple; // a tuple subclass's items too (PyTuple_Check)
        if (tuple) {
            PyTuple tu = (PyTuple) BuiltinBase.operand(arg);
            for (int i = 0; i < tu.size(); i++) {
                args.add(tu.getItemBorrowed(i));
            }
        } else {
            args.add(arg);
        }
        String out = PercentFormat.format(f, args, tuple, new ObjectConv(t) {
            @Override
            public String str(Object o) {
                PyObject v = (PyObject) o;
                byte[] b;
                if (v instanceof PyBytes || v instanceof PyByteArray) {
                    b = BytesMethods.bytesLike(t, v, null);
                } else {
                    PyObject m = v instanceof PyInstance ? ((PyInstance) v).cls().lookup(t, "__bytes__") : null;
                    if (m == null) {
                        throw Errors.typeError(t, "%b requires a bytes-like object, or an object that implements "
                                + "__bytes__, not '" + Ops.typeName(v) + "'");
                    }
                    PyObject r;
                    try {
                        r = Ops.callMethod(t, m, v, Ops.NO_ARGS, null);
                    } finally {
                        RefCount.decref(t.ts, m);
                    }
                    try {
                        b = BytesMethods.bytesLike(t, r, null);
                    } finally {
                        RefCount.decref(t.ts, r);
                    }
                }
                return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
            }

            @Override
            public String repr(Object o) {
                return Builtins.asciiEscaped(Ops.reprString(t, (PyObject) o));
            }


            @Override
            public String strValue(Object o) { // %c of one byte
                if ((o instanceof PyBytes || o instanceof PyByteArray)) {
                    byte[] b = BytesMethods.bytesLike(t, (PyObject) o, null);
                    if (b.length == 1) {
                        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
                    }
                    throw Errors.typeError(t, "%c requires an integer in range(256) or a single byte");
                }
                return null;
            }

            @Override
            public Object mappingGet(Object mapping, String key) {
                PyObject k = PyBytes.of(t.ts, key.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
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
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) > 0xff) { // %c of an int past 255
                throw Errors.raise(t, "OverflowError", "%c arg not in range(256)");
            }
        }
        return out.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
