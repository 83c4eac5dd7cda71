// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyObject;
import dev.freethread.refcount.RefCount;

/** {@code str.format}: {@code {}}, {@code {0}}, {@code {name}}, {@code .attr} and {@code [index]} chains, conversions and specs. */
final class StrFormat {
    private StrFormat() {
    }


    /**
     * A field name's or index key's number, as CPython's get_integer: -1 unless it is all decimal digits (any
     * script's: '{\u0663}' is field 3), and ValueError past a Py_ssize_t.
     */
    private static long fieldIndex(PyThread t, String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER) {
                return -1;
            }
            int d = Character.digit(cp, 10);
            if (v > (Long.MAX_VALUE - d) / 10) {
                throw Errors.valueError(t, "Too many decimal digits in format string");
            }
            v = v * 10 + d;
        }
        return v;
    }
    static String format(PyThread t, String fmt, PyObject[] a, String[] kw) {
        return format(t, fmt, a, kw, new Numbering(), 0, null);
    }

    /** {@code str.format_map(mapping)}: named fields are {@code mapping[name]} (so a dict subclass's __missing__). */
    static String formatMap(PyThread t, String fmt, PyObject mapping) {
        return format(t, fmt, Ops.NO_ARGS, null, new Numbering(), 0, mapping);
    }

    /**
     * The automatic field numbering of one format() call, shared with the fields nested in specs: CPython numbers a
     * field before the fields of its spec, so '{:.{}f}'.format(x, 2) formats x with precision 2.
     */
    private static final class Numbering {
        int auto;
        boolean usedAuto;
        boolean usedManual;
    }

    private static String format(PyThread t, String fmt, PyObject[] a, String[] kw, Numbering n, int nesting,
                                 PyObject mapping) {
        int npos = Args.npos(a, kw);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            if (c == '{') {
                if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                int depth = 1;
                int j = i + 1;
                while (j < fmt.length() && depth > 0) {
                    if (fmt.charAt(j) == '{') {
                        depth++;
                    } else if (fmt.charAt(j) == '}') {
                        depth--;
                    }
                    if (depth > 0) {
                        j++;
                    }
                }
                if (j >= fmt.length()) {
                    throw Errors.valueError(t, "Single '{' encountered in format string");
                }
                String field = fmt.substring(i + 1, j);
                i = j + 1;
                String spec = "";
                char conv = 0;
                int colon = indexOutsideBrackets(field, ':');
                if (colon >= 0) {
                    spec = field.substring(colon + 1);
                    field = field.substring(0, colon);
                }
                int bang = field.indexOf('!');
                if (bang >= 0) {
                    if (bang + 2 != field.length()) {
                        throw Errors.valueError(t, "expected ':' after conversion specifier");
                    }
                    conv = field.charAt(bang + 1);
                    field = field.substring(0, bang);
                }
                int end = 0;
                while (end < field.length() && field.charAt(end) != '.' && field.charAt(end) != '[') {
                    end++;
                }
                String head = field.substring(0, end);
                PyObject v;
                if (mapping != null && (head.isEmpty() || Character.isDigit(head.charAt(0)))) {
                    throw Errors.valueError(t, "Format string contains positional fields");
                }
                if (head.isEmpty()) {
                    if (n.usedManual) {
                        throw Errors.valueError(t, "cannot switch from manual field specification to automatic field "
                                + "numbering");
                    }
                    n.usedAuto = true;
                    if (n.auto >= npos) {
                        throw Errors.raise(t, "IndexError", "Replacement index " + n.auto
                                + " out of range for positional args tuple");
                    }
                    v = RefCount.newRef(t.ts, a[n.auto++]);
                } else if (fieldIndex(t, head) >= 0) {
                    if (n.usedAuto) {
                        throw Errors.valueError(t, "cannot switch from automatic field numbering to manual field "
                                + "specification");
                    }
                    n.usedManual = true;
                    long idx = fieldIndex(t, head);
                    if (idx >= npos) {
                        throw Errors.raise(t, "IndexError", "Replacement index " + idx
                                + " out of range for positional args tuple");
                    }
                    v = RefCount.newRef(t.ts, a[(int) idx]);
                } else if (mapping != null) {
                    v = Ops.getItem(t, mapping, t.interp.str(head));
                } else {
                    PyObject k = Args.kw(a, kw, head);
                    if (k == null) {
                        throw Errors.raiseWith(t, "KeyError", t.interp.str(head));
                    }
                    v = RefCount.newRef(t.ts, k);
                }
                try {
                    while (end < field.length()) {
                        PyObject nv;
                        if (field.charAt(end) == '.') {
                            int s = ++end;
                            while (end < field.length() && field.charAt(end) != '.' && field.charAt(end) != '[') {
                                end++;
                            }
                            nv = Ops.getAttr(t, v, t.interp.str(field.substring(s, end)));
                        } else {
                            int close = field.indexOf(']', end);
                            String key = field.substring(end + 1, close);
                            end = close + 1;
                            long keyIndex = fieldIndex(t, key);
                            PyObject k = keyIndex >= 0 ? PyInt.of(t.ts, keyIndex) : t.interp.str(key);
                            try {
                                nv = Ops.getItem(t, v, k);
                            } finally {
                                RefCount.decref(t.ts, k);
                            }
                        }
                        RefCount.decref(t.ts, v);
                        v = nv;
                    }
                    if (spec.contains("{")) { // after the field itself is numbered and looked up, as CPython does
                        if (nesting >= 1) {
                            throw Errors.valueError(t, "Max string recursion exceeded");
                        }
                        spec = format(t, spec, a, kw, n, nesting + 1, mapping);
                    }
                    if (conv == 'r' || conv == 'a') {
                        String r = Ops.reprString(t, v);
                        out.append(Builtins.formatValue(t, dev.freethread.objects.PyStr.of(t.ts,
                                conv == 'a' ? Builtins.asciiEscaped(r) : r), spec, true));
                    } else if (conv == 's') {
                        out.append(Builtins.formatValue(t, dev.freethread.objects.PyStr.of(t.ts, Ops.strString(t, v)),
                                spec, true));
                    } else if (conv != 0) {
                        throw Errors.valueError(t, "Unknown conversion specifier " + conv);
                    } else {
                        out.append(Builtins.formatValue(t, v, spec, false));
                    }
                } finally {
                    RefCount.decref(t.ts, v);
                }
                continue;
            }
            if (c == '}') {
                if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw Errors.valueError(t, "Single '}' encountered in format string");
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static int indexOutsideBrackets(String s, char ch) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == ch && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
