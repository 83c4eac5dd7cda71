// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import java.util.Objects;

/**
 * {@code str}: an immutable string with a cached hash. Interned strings ({@link Runtime#intern}) are immortal.
 * Python randomises str hashes per process; ours are deterministic, which Python's semantics allow.
 */
public final class PyStr extends PyObject {
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

    /** A new reference to a new (not interned) string. */
    public static PyStr of(ThreadState ts, String value) {
        return new PyStr(ts, Objects.requireNonNull(value, "value"));
    }

    /** An immortal string; for {@link Runtime#intern}. */
    static PyStr immortal(String value) {
        return new PyStr(value);
    }

    public String value() {
        return value;
    }

    @Override
    public long pyHash(ThreadState ts) {
        long h = hash;
        if (h == 0) {
            h = value.hashCode() * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
            if (h == 0 || h == -1) {
                h = -2;
            }
            hash = h;
        }
        return h;
    }

    @Override
    public boolean pyEquals(ThreadState ts, PyObject other) {
        return other == this || other instanceof PyStr && ((PyStr) other).value.equals(value);
    }

    /** Code-point order, as Python's ({@code '\uffff' < '\U00010000'} is True; UTF-16 order says otherwise). */
    @Override
    public boolean pyLessThan(ThreadState ts, PyObject other) {
        if (!(other instanceof PyStr)) {
            return super.pyLessThan(ts, other);
        }
        String a = value;
        String b = ((PyStr) other).value;
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return ca < cb;
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return i == a.length() && j < b.length();
    }

    @Override
    public String repr() {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
