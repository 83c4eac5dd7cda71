// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import java.util.Objects;

/**
 * {@code str}: an immutable string with a cached hash. Interned strings ({@link Runtime#intern}) are immortal.
 * Python randomises str hashes per process; ours are deterministic, which Python's semantics allow.
 *
 * <p>Comparisons know strings (a binding's subclass of str included) and answer NotImplemented for every other
 * type, as CPython's {@code unicode_richcompare}. A binding may subclass it for {@code class S(str)}
 * ({@link #PyStr(PyType, ThreadState, String)}).
 */
public class PyStr extends PyObject {
    public static final PyType TYPE = PyType.staticType("str", PyType.FLAG_NO_WEAKREFS);

    private final String value;
    /** Cached hash; 0 means not computed yet (a racy cache, benign as {@link String}'s: every thread computes the same value). */
    private long hash;

    private PyStr(ThreadState ts, String value) {
        super(TYPE, ts);
        this.value = value;
    }

    private PyStr(String value) {
        super(TYPE, Immortal.IMMORTAL);
        this.value = value;
    }

    /**
     * A new reference to a string of a binding's subtype of str ({@code class S(str)}).
     *
     * @throws IllegalArgumentException unless {@code type} is a subtype of str
     */
    protected PyStr(PyType type, ThreadState ts, String value) {
        super(PyType.requireSubtype(type, TYPE), ts);
        this.value = Objects.requireNonNull(value, "value");
    }

    /** A new reference to a new (not interned) string. */
    public static PyStr of(ThreadState ts, String value) {
        return new PyStr(ts, Objects.requireNonNull(value, "value"));
    }

    /** An immortal string; for {@link Runtime#intern}. */
    static PyStr immortal(String value) {
        return new PyStr(value);
    }

    public final String value() {
        return value;
    }

    /** Whether the value holds surrogate chars (code points beyond U+FFFF): 0 not known yet, 1 no, 2 yes. */
    private byte surrogates;

    /**
     * Whether the value holds surrogate chars, so that its code-point indices differ from its char indices. Computed
     * once (a racy cache, benign as {@link #hash}'s: every thread computes the same answer); indexing and slicing a
     * str ask it on every access.
     */
    public final boolean hasSurrogates() {
        byte k = surrogates;
        if (k == 0) {
            k = 1;
            for (int i = 0; i < value.length(); i++) {
                if (Character.isSurrogate(value.charAt(i))) {
                    k = 2;
                    break;
                }
            }
            surrogates = k;
        }
        return k == 2;
    }

    @Override
    public long pyHash(ThreadState ts) {
        long h = hash;
        if (h == 0) {
            if (value.isEmpty()) {
                return 0; // CPython's hash('') is 0 whatever the hash seed
            }
            h = value.hashCode() * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
            if (h == 0 || h == -1) {
                h = -2;
            }
            hash = h;
        }
        return h;
    }

    /**
     * Three-way comparison in code-point order, as Python's ({@code '\uffff' < '\U00010000'} is True; UTF-16 order
     * says otherwise).
     */
    public final int compareTo(PyStr other) {
        String a = value;
        String b = other.value;
        int n = Math.min(a.length(), b.length());
        for (int k = 0; k < n; k++) {
            char x = a.charAt(k);
            char y = b.charAt(k);
            if (x != y) {
                if (!Character.isSurrogate(x) && !Character.isSurrogate(y)) {
                    return x < y ? -1 : 1; // both in the BMP: UTF-16 order is code-point order
                }
                // A surrogate is involved: compare whole code points (a pair whose high half matched starts at k - 1).
                int at = k > 0 && Character.isHighSurrogate(a.charAt(k - 1)) ? k - 1 : k;
                return Integer.compare(a.codePointAt(at), b.codePointAt(at));
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    /** str's comparisons: with any str; NotImplemented for every other type. */
    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        if (!(other instanceof PyStr)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(op.ofSign(compareTo((PyStr) other)));
    }

    /** {@code bool(s)}: not empty. */
    @Override
    public boolean pyBool(ThreadState ts) {
        return !value.isEmpty();
    }

    /**
     * CPython's {@code repr(str)}: single quotes unless the string holds a single quote and no double quote; escapes
     * for the backslash, the quote, tab, newline and carriage return; {@code \\xNN}, {@code \\uNNNN} or
     * {@code \\UNNNNNNNN} for characters that are not printable ({@code str.isprintable}).
     */
    @Override
    public String repr() {
        char q = value.indexOf('\'') >= 0 && value.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(value.length() + 2).append(q);
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == q || cp == '\\') {
                b.append('\\').append((char) cp);
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f || isPrintable(cp)) {
                b.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.append(String.format("\\U%08x", cp));
            }
        }
        return b.append(q).toString();
    }

    /** {@code str.isprintable} of one code point from U+0080, as CPython 3.13 (Unicode 15.1), whatever the JDK's. */
    private static boolean isPrintable(int cp) {
        int[] r = PrintableRanges.RANGES;
        int lo = 0;
        int hi = r.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (r[2 * mid] > cp) {
                hi = mid - 1;
            } else if (r[2 * mid + 1] < cp) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /**
     * The printable ranges, read once on first use from {@code printable.txt} (generated from CPython 3.13 by
     * {@code python/tools/gen_unicodedata.py}): {@code [start0, end0, start1, end1, ...]}, sorted, never changed. The
     * JDK's categories are an older or newer Unicode's (13.0 in Java 17), so repr would escape characters CPython
     * prints, or print ones it escapes.
     */
    private static final class PrintableRanges {
        static final int[] RANGES = load();

        private static int[] load() {
            java.util.List<int[]> ranges = new java.util.ArrayList<>();
            try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
                    PyStr.class.getResourceAsStream("printable.txt"), java.nio.charset.StandardCharsets.US_ASCII))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    int dash = line.indexOf('-');
                    ranges.add(new int[] {Integer.parseInt(line.substring(0, dash), 16),
                        Integer.parseInt(line.substring(dash + 1), 16)});
                }
            } catch (java.io.IOException | NullPointerException e) {
                throw new IllegalStateException("freethread: the table printable.txt is missing or unreadable", e);
            }
            int[] out = new int[ranges.size() * 2];
            for (int i = 0; i < ranges.size(); i++) {
                out[2 * i] = ranges.get(i)[0];
                out[2 * i + 1] = ranges.get(i)[1];
            }
            return out;
        }
    }
}
