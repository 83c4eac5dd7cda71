// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.refcount.RefCount;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code unicodedata}, answering as CPython 3.13's (Unicode 15.1.0). The properties Java has no API for, or knows
 * only in an older Unicode version (category, bidirectional, combining, east_asian_width, mirrored,
 * decomposition, decimal/digit/numeric), come from {@code ucd.txt}, a table generated from CPython's own
 * unicodedata by {@code python/tools/gen_unicodedata.py}. Names come from {@link Character#getName} (with the
 * derived names of CJK ideographs and Hangul syllables spelled as the Unicode standard and CPython spell them), and
 * normalization from {@link Normalizer}: both follow the JDK's Unicode version (13.0 for Java 17), so characters
 * added since have no name here.
 */
final class UnicodeDataModule {
    private UnicodeDataModule() {
    }

    static void install(PyThread t, PyModule m) {
        PyObject version = PyStr.of(t.ts, Tables.INSTANCE.version);
        Modules.put(t, m, "unidata_version", version);
        RefCount.decref(t.ts, version);
        prop(t, m, "category", cp -> Tables.INSTANCE.category.get(cp, "Cn"));
        prop(t, m, "bidirectional", cp -> Tables.INSTANCE.bidirectional.get(cp, ""));
        prop(t, m, "east_asian_width", cp -> Tables.INSTANCE.eastAsianWidth.get(cp, "N"));
        prop(t, m, "decomposition", cp -> Tables.INSTANCE.decomposition.getOrDefault(cp, ""));
        Modules.define(t, m, "combining", (tt, a, kw) -> {
            Args.count(tt, "combining", a, kw, 1, 1);
            return PyInt.of(tt.ts, Integer.parseInt(Tables.INSTANCE.combining.get(character(tt, "combining", a[0]),
                    "0")));
        });
        Modules.define(t, m, "mirrored", (tt, a, kw) -> {
            Args.count(tt, "mirrored", a, kw, 1, 1);
            return PyInt.of(tt.ts, Integer.parseInt(Tables.INSTANCE.mirrored.get(character(tt, "mirrored", a[0]),
                    "0")));
        });
        Modules.define(t, m, "decimal", (tt, a, kw) -> numeric(tt, "decimal", a, kw, 1, "not a decimal"));
        Modules.define(t, m, "digit", (tt, a, kw) -> numeric(tt, "digit", a, kw, 2, "not a digit"));
        Modules.define(t, m, "numeric", (tt, a, kw) -> numeric(tt, "numeric", a, kw, 0, "not a numeric character"));
        Modules.define(t, m, "name", (tt, a, kw) -> {
            Args.count(tt, "name", a, kw, 1, 2);
            String n = name(character(tt, "name", a[0]));
            if (n == null) {
                if (a.length > 1) {
                    return RefCount.newRef(tt.ts, a[1]);
                }
                throw Errors.valueError(tt, "no such name");
            }
            return PyStr.of(tt.ts, n);
        });
        Modules.define(t, m, "lookup", (tt, a, kw) -> {
            Args.count(tt, "lookup", a, kw, 1, 1);
            if (!(a[0] instanceof PyStr)) {
                throw Errors.typeError(tt, "lookup() argument must be str, not " + Ops.typeName(a[0]));
            }
            String n = ((PyStr) a[0]).value();
            int cp = lookup(n);
            if (cp < 0) {
                throw Errors.raise(tt, "KeyError", "undefined character name '" + n + "'");
            }
            return PyStr.of(tt.ts, new String(Character.toChars(cp)));
        });
        Modules.define(t, m, "normalize", (tt, a, kw) -> {
            Args.count(tt, "normalize", a, kw, 2, 2);
            return PyStr.of(tt.ts, Normalizer.normalize(text(tt, "normalize", a[1]), form(tt, "normalize", a[0])));
        });
        Modules.define(t, m, "is_normalized", (tt, a, kw) -> {
            Args.count(tt, "is_normalized", a, kw, 2, 2);
            return dev.freethread.objects.PyBool.of(Normalizer.isNormalized(text(tt, "is_normalized", a[1]),
                    form(tt, "is_normalized", a[0])));
        });
    }

    private interface Prop {
        String of(int cp);
    }

    private static void prop(PyThread t, PyModule m, String fname, Prop p) {
        Modules.define(t, m, fname, (tt, a, kw) -> {
            Args.count(tt, fname, a, kw, 1, 1);
            return PyStr.of(tt.ts, p.of(character(tt, fname, a[0])));
        });
    }

    /** The code point of a one-character str argument, with CPython's TypeError otherwise. */
    private static int character(PyThread t, String fname, PyObject o) {
        if (o instanceof PyStr) {
            String s = ((PyStr) o).value();
            if (s.codePointCount(0, s.length()) == 1) {
                return s.codePointAt(0);
            }
            throw Errors.typeError(t, fname + "() argument must be a unicode character, not str");
        }
        throw Errors.typeError(t, fname + "() argument must be a unicode character, not " + Ops.typeName(o));
    }

    private static String text(PyThread t, String fname, PyObject o) {
        if (!(o instanceof PyStr)) {
            throw Errors.typeError(t, fname + "() argument 2 must be str, not " + Ops.typeName(o));
        }
        return ((PyStr) o).value();
    }

    private static Normalizer.Form form(PyThread t, String fname, PyObject o) {
        if (!(o instanceof PyStr)) {
            throw Errors.typeError(t, fname + "() argument 1 must be str, not " + Ops.typeName(o));
        }
        switch (((PyStr) o).value()) {
            case "NFC": return Normalizer.Form.NFC;
            case "NFD": return Normalizer.Form.NFD;
            case "NFKC": return Normalizer.Form.NFKC;
            case "NFKD": return Normalizer.Form.NFKD;
            default: throw Errors.valueError(t, "invalid normalization form");
        }
    }

    /** decimal (which 1), digit (2) or numeric (0), with the default argument or CPython's ValueError. */
    private static PyObject numeric(PyThread t, String fname, PyObject[] a, String[] kw, int which, String error) {
        Args.count(t, fname, a, kw, 1, 2);
        String[] v = Tables.INSTANCE.numeric.get(character(t, fname, a[0]));
        String s = v == null ? null : v[which];
        if (s == null || s.equals("-")) {
            if (a.length > 1) {
                return RefCount.newRef(t.ts, a[1]);
            }
            throw Errors.valueError(t, error);
        }
        return which == 0 ? new PyFloat(t.ts, Double.parseDouble(s)) : PyInt.of(t.ts, Integer.parseInt(s));
    }

    // ---- names

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    private static final int HANGUL_FIRST = 0xAC00;
    private static final int HANGUL_COUNT = 11172;

    /** The derived names whose Java spelling (its block's name and the hex) differs from the standard's. */
    private static final String[][] DERIVED = {
        {"CJK UNIFIED IDEOGRAPHS", "CJK UNIFIED IDEOGRAPH-"},
        {"CJK COMPATIBILITY IDEOGRAPHS", "CJK COMPATIBILITY IDEOGRAPH-"},
        {"TANGUT", "TANGUT IDEOGRAPH-"},
        {"KHITAN SMALL SCRIPT", "KHITAN CHARACTER-"},
        {"NUSHU", "NUSHU CHARACTER-"},
    };

    /** The character's name as CPython's unicodedata.name gives it, or null when it has none. */
    static String name(int cp) {
        String cat = Tables.INSTANCE.category.get(cp, "Cn");
        if (cat.equals("Cc") || cat.equals("Co") || cat.equals("Cs") || cat.equals("Cn")) {
            return null;
        }
        if (cp >= HANGUL_FIRST && cp < HANGUL_FIRST + HANGUL_COUNT) {
            int s = cp - HANGUL_FIRST;
            return "HANGUL SYLLABLE " + JAMO_L[s / (21 * 28)] + JAMO_V[(s % (21 * 28)) / 28] + JAMO_T[s % 28];
        }
        String n;
        try {
            n = Character.getName(cp);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (n == null) {
            return null;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        String hex = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        if (block != null && n.equals(block.toString().replace('_', ' ') + " " + hex)) { // Java's fallback name
            for (String[] d : DERIVED) {
                if (n.startsWith(d[0])) {
                    return d[1] + hex;
                }
            }
            return null;
        }
        return n;
    }

    /** The code point a name (or an alias) stands for, case-insensitively, or -1. */
    static int lookup(String name) {
        String upper = name.toUpperCase(Locale.ROOT).strip();
        if (upper.startsWith("HANGUL SYLLABLE ")) {
            String rest = upper.substring("HANGUL SYLLABLE ".length());
            for (int s = 0; s < HANGUL_COUNT; s++) {
                if ((JAMO_L[s / (21 * 28)] + JAMO_V[(s % (21 * 28)) / 28] + JAMO_T[s % 28]).equals(rest)) {
                    return HANGUL_FIRST + s;
                }
            }
            return -1;
        }
        for (String[] d : DERIVED) {
            if (upper.startsWith(d[1])) {
                try {
                    int cp = Integer.parseInt(upper.substring(d[1].length()), 16);
                    return name(cp) != null && name(cp).equals(upper) ? cp : -1;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        try {
            int cp = Character.codePointOf(upper);
            String cat = Tables.INSTANCE.category.get(cp, "Cn");
            if (name(cp) == null && !cat.equals("Cc")) { // a Java fallback name, which CPython does not know
                return -1;
            }
            return cp;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** Whether {@code cp} is XID_Start (PEP 3131; or '_'), in CPython 3.13's Unicode version. */
    static boolean isXidStart(int cp) {
        return Tables.INSTANCE.identifier.get(cp, "-") == "S"; // interned by RangeTable.add
    }

    /** Whether {@code cp} is XID_Continue, in CPython 3.13's Unicode version. */
    static boolean isXidContinue(int cp) {
        return Tables.INSTANCE.identifier.get(cp, "-") != "-";
    }

    // ---- the tables

    /** Runs of code points with one value each: the starts sorted, a binary search per lookup. */
    private static final class RangeTable {
        private int[] starts = new int[256];
        private int[] ends = new int[256];
        private String[] values = new String[256];
        private int n;

        void add(int start, int count, String value) {
            if (n == starts.length) {
                starts = java.util.Arrays.copyOf(starts, n * 2);
                ends = java.util.Arrays.copyOf(ends, n * 2);
                values = java.util.Arrays.copyOf(values, n * 2);
            }
            starts[n] = start;
            ends[n] = start + count;
            values[n] = value.intern();
            n++;
        }

        String get(int cp, String dflt) {
            int lo = 0;
            int hi = n - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] > cp) {
                    hi = mid - 1;
                } else if (ends[mid] <= cp) {
                    lo = mid + 1;
                } else {
                    return values[mid];
                }
            }
            return dflt;
        }
    }

    /** A code point's East Asian width ({@code unicodedata.east_asian_width}): "W", "F", "N", ... */
    static String eastAsianWidth(int cp) {
        return Tables.INSTANCE.eastAsianWidth.get(cp, "N");
    }

    /** ucd.txt, read once on first use (class initialization makes the publication safe); never changed after. */
    private static final class Tables {
        static final Tables INSTANCE = load();

        String version = "";
        final RangeTable category = new RangeTable();
        final RangeTable bidirectional = new RangeTable();
        final RangeTable combining = new RangeTable();
        final RangeTable eastAsianWidth = new RangeTable();
        final RangeTable mirrored = new RangeTable();
        /** S: XID_Start (or '_'); C: XID_Continue only; absent: neither (Unicode 15.1, as CPython 3.13). */
        final RangeTable identifier = new RangeTable();
        final Map<Integer, String> decomposition = new HashMap<>();
        final Map<Integer, String[]> numeric = new HashMap<>();

        private static Tables load() {
            Tables t = new Tables();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    UnicodeDataModule.class.getResourceAsStream("ucd.txt"), StandardCharsets.US_ASCII))) {
                String section = null;
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    if (line.startsWith("version ")) {
                        t.version = line.substring(8);
                        continue;
                    }
                    if (line.startsWith("@ ")) {
                        section = line.substring(2);
                        continue;
                    }
                    String[] f = line.split(" ", 3);
                    int cp = Integer.parseInt(f[0], 16);
                    switch (section) {
                        case "decomposition":
                            t.decomposition.put(cp, line.substring(f[0].length() + 1));
                            break;
                        case "numeric":
                            t.numeric.put(cp, line.substring(f[0].length() + 1).split(" "));
                            break;
                        default:
                            t.table(section).add(cp, Integer.parseInt(f[1], 16), f[2]);
                    }
                }
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("ftpython: unicodedata's table ucd.txt is missing or unreadable", e);
            }
            return t;
        }

        private RangeTable table(String section) {
            switch (section) {
                case "category": return category;
                case "bidirectional": return bidirectional;
                case "combining": return combining;
                case "east_asian_width": return eastAsianWidth;
                case "mirrored": return mirrored;
                case "identifier": return identifier;
                default: throw new IllegalStateException("ucd.txt: unknown section " + section);
            }
        }
    }
}
