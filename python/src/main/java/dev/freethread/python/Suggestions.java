// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.list.PyList;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.refcount.RefCount;

import java.util.ArrayList;
import java.util.List;

/**
 * CPython's "Did you mean" for a NameError, an AttributeError and an ImportError of a {@code from} import, as the
 * traceback display adds it after the exception's message (3.12 and later: {@code NameError: name 'lenght' is not
 * defined. Did you mean: 'length'?}), and "Did you forget to import" for a NameError naming a standard module. The
 * candidates are those CPython's {@code traceback._compute_suggestion_error} takes: {@code dir(obj)} for an
 * AttributeError (names starting with an underscore only when the wrong name has one, or when the lookup was on the
 * {@code self} of the method that failed), the module's {@code dir()} for an ImportError, and the frame's locals,
 * globals and builtins for a NameError, whose method's {@code self} is tried first ({@code 'self.x'}). The closest is
 * chosen by CPython's weighted Levenshtein distance (a case change costs 1, any other edit 2; no more than a third of
 * the characters may change). The message itself ({@code str(e)}) is left alone, as CPython's.
 */
final class Suggestions {
    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    private Suggestions() {
    }

    /**
     * What the display adds after {@code e}'s message ("" for nothing); without the traceback (format_exception_only)
     * no frame is read, as in CPython. Any error while the candidates are gathered
     * (a {@code __dir__} that raises) means no suggestion, as in CPython.
     */
    static String suffix(PyThread t, PyBaseExc e, boolean withTraceback) {
        List<String> kind = ExceptionFields.of(t, e.cls());
        if (kind == null) {
            return "";
        }
        try {
            if (kind == ExceptionFields.IMPORT) {
                String wrong = str(e.field(3));
                String module = str(e.field(1));
                if (wrong == null || module == null) {
                    return "";
                }
                String s = closest(moduleNames(t, module, !wrong.startsWith("_")), wrong);
                return s == null ? "" : ". Did you mean: '" + s + "'?";
            }
            String wrong = str(e.field(0));
            if (wrong == null) {
                return "";
            }
            if (kind == ExceptionFields.ATTRIBUTE) {
                List<String> d = dir(t, e.field(1), !wrong.startsWith("_") && !(withTraceback && e.raisedOnSelf));
                String s = d == null ? null : closest(d, wrong);
                return s == null ? "" : ". Did you mean: '" + s + "'?";
            }
            String s = withTraceback ? nameSuggestion(t, e, wrong) : null;
            String out = s == null ? "" : ". Did you mean: '" + s + "'?";
            if (ExceptionFields.isStandardModule(t, wrong)) {
                out += s == null ? ". Did you forget to import '" + wrong + "'?"
                        : " Or did you forget to import '" + wrong + "'?";
            }
            return out;
        } catch (PyRaise r) {
            r.release(t.ts);
            return "";
        }
    }

    /** A NameError's: its frame's {@code self.wrong}, else the closest of the frame's names (null for none). */
    private static String nameSuggestion(PyThread t, PyBaseExc e, String wrong) {
        PyObject locals = e.field(1);
        PyObject globals = e.field(2);
        if (!(locals instanceof PyDict) || !(globals instanceof PyDict)) {
            return null; // raised by a binding or by NameError(...): no frame known
        }
        PyObject self = Ops.getOrNull(t.ts, (PyDict) locals, t.interp.str("self"));
        if (self != null) {
            try {
                PyObject v = Ops.getAttrOrNull(t, self, t.interp.str(wrong));
                if (v != null) {
                    RefCount.decref(t.ts, v);
                    return "self." + wrong;
                }
            } catch (PyRaise r) { // hasattr's answer: False
                r.release(t.ts);
            } finally {
                RefCount.decref(t.ts, self);
            }
        }
        List<String> d = new ArrayList<>();
        keys(t, (PyDict) locals, d);
        if (globals != locals) {
            keys(t, (PyDict) globals, d);
        }
        keys(t, t.interp.builtins, d);
        return closest(d, wrong);
    }

    private static void keys(PyThread t, PyDict d, List<String> into) {
        PyObject it = Ops.iter(t, d);
        try {
            for (PyObject k = Ops.next(t, it); k != null; k = Ops.next(t, it)) {
                if (k instanceof PyStr) {
                    into.add(((PyStr) k).value());
                }
                RefCount.decref(t.ts, k);
            }
        } finally {
            RefCount.decref(t.ts, it);
        }
    }

    /** {@code dir(o)}'s names, less those starting with an underscore when {@code hideUnderscored}. */
    private static List<String> dir(PyThread t, PyObject o, boolean hideUnderscored) {
        PyObject names = Builtins.dir(t, new PyObject[] {o}, null);
        try {
            List<String> d = new ArrayList<>();
            if (!(names instanceof PyList)) {
                return null;
            }
            PyList l = (PyList) names;
            for (int i = 0; i < l.size(); i++) {
                PyObject n = l.getItemBorrowed(t.ts, i);
                if (n instanceof PyStr && !(hideUnderscored && ((PyStr) n).value().startsWith("_"))) {
                    d.add(((PyStr) n).value());
                }
            }
            return d;
        } finally {
            RefCount.decref(t.ts, names);
        }
    }

    /** The names of the imported module {@code name} (none when it is not in sys.modules). */
    private static List<String> moduleNames(PyThread t, String name, boolean hideUnderscored) {
        PyObject m = t.interp.modules.get(name);
        return m == null ? List.of() : dir(t, m, hideUnderscored);
    }

    private static String str(PyObject o) {
        return o instanceof PyStr ? ((PyStr) o).value() : null;
    }

    /** The candidate closest to {@code wrong} within CPython's bounds, the first of equals; null for none. */
    static String closest(List<String> candidates, String wrong) {
        if (candidates == null || candidates.size() > MAX_CANDIDATE_ITEMS || wrong.length() > MAX_STRING_SIZE) {
            return null;
        }
        int best = wrong.length();
        String suggestion = null;
        for (String c : candidates) {
            if (c.equals(wrong)) {
                continue; // the attribute is there after all (a __getattr__ refused it): no suggestion of itself
            }
            int max = Math.min((c.length() + wrong.length() + 3) * MOVE_COST / 6, best - 1);
            int d = distance(wrong, c, max);
            if (d > max) {
                continue;
            }
            if (suggestion == null || d < best) {
                suggestion = c;
                best = d;
            }
        }
        return suggestion;
    }

    /**
     * The weighted edit distance of {@code a} and {@code b}, or any value above {@code maxCost} once it must exceed
     * it: one row of the matrix, updated in place, after the common prefix and suffix are dropped.
     */
    static int distance(String a, String b, int maxCost) {
        if (a.equals(b)) {
            return 0;
        }
        int start = 0;
        int aEnd = a.length();
        int bEnd = b.length();
        while (start < aEnd && start < bEnd && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        while (aEnd > start && bEnd > start && a.charAt(aEnd - 1) == b.charAt(bEnd - 1)) {
            aEnd--;
            bEnd--;
        }
        String x = a.substring(start, aEnd);
        String y = b.substring(start, bEnd);
        if (x.isEmpty() || y.isEmpty()) {
            return MOVE_COST * (x.length() + y.length());
        }
        if (x.length() > MAX_STRING_SIZE || y.length() > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        if (y.length() < x.length()) {
            String s = x;
            x = y;
            y = s;
        }
        if ((y.length() - x.length()) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] row = new int[x.length()];
        for (int i = 0; i < row.length; i++) {
            row[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < y.length(); bi++) {
            char bc = y.charAt(bi);
            int diagonal = bi * MOVE_COST;
            result = diagonal;
            int minimum = Integer.MAX_VALUE;
            for (int ai = 0; ai < x.length(); ai++) {
                int substitute = diagonal + substitutionCost(bc, x.charAt(ai));
                diagonal = row[ai];
                int insertDelete = Math.min(result, diagonal) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[ai] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1; // every path already costs more
            }
        }
        return result;
    }

    private static int substitutionCost(char a, char b) {
        if (a == b) {
            return 0;
        }
        return Character.toLowerCase(a) == Character.toLowerCase(b) ? CASE_COST : MOVE_COST;
    }
}
