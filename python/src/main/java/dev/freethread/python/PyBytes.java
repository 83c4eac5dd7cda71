// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNotImplemented;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;

import dev.freethread.list.Slice;

import java.nio.charset.StandardCharsets;

/**
 * {@code bytes}: an immutable sequence of bytes (a Java {@code byte[]} never written after construction, so any
 * thread may read it without a lock). Items are ints 0-255; it compares, hashes and prints as CPython's (its hash
 * is that of the str with the same code points, so {@code hash(b'abc') == hash('abc')}, as in CPython). Its methods
 * are {@link BytesMethods}'.
 */
final class PyBytes extends PyObject {
    static final PyType TYPE = PyType.staticType("bytes", PyType.FLAG_NO_WEAKREFS);
    static final PyBytes EMPTY = new PyBytes(new byte[0]);

    /** The bytes; never written after construction. */
    final byte[] value;
    private long hash;

    PyBytes(ThreadState ts, byte[] value) {
        super(TYPE, ts);
        this.value = value;
    }

    private PyBytes(byte[] value) {
        super(TYPE, Immortal.IMMORTAL);
        this.value = value;
    }

    /** A new reference to a bytes of {@code value} (taken over, not copied). */
    static PyBytes of(ThreadState ts, byte[] value) {
        return value.length == 0 ? EMPTY : new PyBytes(ts, value);
    }

    /** An immortal bytes for a literal: one char (0-255) per byte. */
    static PyBytes constant(ThreadState ts, String latin1) {
        return latin1.isEmpty() ? EMPTY : new PyBytes(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The bytes as a str of the same code points (0-255). */
    String latin1() {
        return new String(value, StandardCharsets.ISO_8859_1);
    }

    int length() {
        return value.length;
    }

    /** The byte at {@code i} as an int 0-255. */
    int at(int i) {
        return value[i] & 0xff;
    }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        if (!(other instanceof PyBytes)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return compareResult(java.util.Arrays.compareUnsigned(value, ((PyBytes) other).value), op);
    }

    /** The answer of {@code op} for a three-way comparison's result {@code c} (bytes and bytearray share it). */
    static PyObject compareResult(int c, CompareOp op) {
        boolean r;
        switch (op) {
            case LT: r = c < 0; break;
            case LE: r = c <= 0; break;
            case EQ: r = c == 0; break;
            case NE: r = c != 0; break;
            case GT: r = c > 0; break;
            default: r = c >= 0; break;
        }
        return PyBool.of(r);
    }

    @Override
    public long pyHash(ThreadState ts) {
        long h = hash;
        if (h == 0) { // the formula of the toolkit's PyStr over the same code points
            if (value.length == 0) {
                return 0; // CPython's hash(b'') is 0, as hash('')
            }
            h = latin1().hashCode() * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
            if (h == 0 || h == -1) {
                h = -2;
            }
            hash = h;
        }
        return h;
    }

    @Override
    public boolean pyBool(ThreadState ts) {
        return value.length > 0;
    }

    @Override
    public String repr() {
        return repr(value, "b");
    }

    /** CPython's bytes repr: single quotes unless only double quotes avoid escaping, \t \n \r \\ and \xhh. */
    static String repr(byte[] value, String prefix) {
        boolean single = false;
        boolean dbl = false;
        for (byte b : value) {
            single |= b == '\'';
            dbl |= b == '"';
        }
        char q = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(value.length + 3).append(prefix).append(q);
        for (byte b : value) {
            int c = b & 0xff;
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }

    // ---- the sequence protocol, for Ops

    /** {@code b[i]} (an int) or {@code b[i:j:k]} (a bytes). */
    static PyObject getItem(PyThread t, byte[] v, PyObject key, boolean mutable) {
        ThreadState ts = t.ts;
        if (key instanceof Descriptors.PySlice) {
            Slice.Bounds bd = Ops.toSlice(t, (Descriptors.PySlice) key).indices(v.length);
            byte[] out = new byte[bd.length()];
            for (int i = 0, j = bd.start(); i < out.length; i++, j += bd.step()) {
                out[i] = v[j];
            }
            return mutable ? new PyByteArray(ts, out) : of(ts, out);
        }
        long i = Ops.index(t, key, (mutable ? "bytearray" : "byte") + " indices must be integers or slices, not %s");
        if (i < 0) {
            i += v.length;
        }
        if (i < 0 || i >= v.length) {
            throw Errors.raise(t, "IndexError", mutable ? "bytearray index out of range" : "index out of range");
        }
        return PyInt.of(ts, v[(int) i] & 0xff);
    }

    /** The items as ints, for iteration. */
    static PyTuple items(ThreadState ts, byte[] v) {
        PyObject[] items = new PyObject[v.length];
        for (int i = 0; i < v.length; i++) {
            items[i] = PyInt.of(ts, v[i] & 0xff);
        }
        return PyTuple.stealing(ts, items);
    }

    /** {@code x in b}: an int 0-255 is a byte, a bytes-like object a sub-sequence. */
    static boolean contains(PyThread t, byte[] v, PyObject x) {
        if (x instanceof PyInt) {
            long c = Ops.index(t, x, "%s");
            if (c < 0 || c > 255) {
                throw Errors.valueError(t, "byte must be in range(0, 256)");
            }
            for (byte b : v) {
                if ((b & 0xff) == c) {
                    return true;
                }
            }
            return false;
        }
        return indexOf(v, BytesMethods.bytesLike(t, x, null), 0, v.length) >= 0;
    }

    /** The first index of {@code sub} in {@code v[from:to]}, or -1. */
    static int indexOf(byte[] v, byte[] sub, int from, int to) {
        int m = sub.length;
        if (m >= LINEAR_SEARCH_MIN_NEEDLE) { // Knuth-Morris-Pratt: linear, as CPython's bytes.find
            int[] border = borders(sub, false);
            for (int i = Math.max(from, 0), k = 0; i < to; i++) {
                while (k > 0 && v[i] != sub[k]) {
                    k = border[k - 1];
                }
                if (v[i] == sub[k] && ++k == m) {
                    return i - m + 1;
                }
            }
            return -1;
        }
        outer:
        for (int i = from; i + m <= to; i++) {
            for (int k = 0; k < m; k++) {
                if (v[i + k] != sub[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The last index of {@code sub} in {@code v[from:to]}, or -1. */
    static int lastIndexOf(byte[] v, byte[] sub, int from, int to) {
        int m = sub.length;
        if (m >= LINEAR_SEARCH_MIN_NEEDLE) { // the same search run from the end over the needle read backwards
            int[] border = borders(sub, true);
            for (int i = to - 1, k = 0; i >= Math.max(from, 0); i--) {
                while (k > 0 && v[i] != sub[m - 1 - k]) {
                    k = border[k - 1];
                }
                if (v[i] == sub[m - 1 - k] && ++k == m) {
                    return i;
                }
            }
            return -1;
        }
        outer:
        for (int i = to - m; i >= from; i--) {
            for (int k = 0; k < m; k++) {
                if (v[i + k] != sub[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * A needle this long is searched in linear time: the naive search takes N * M steps over a haystack of near
     * matches ({@code (b'a' * N + b'b' * N) in data}, test_bytes' test_adaptive_find hung on it), where CPython's is
     * O(N + M). Shorter needles keep the simple loop.
     */
    private static final int LINEAR_SEARCH_MIN_NEEDLE = 32;

    /** KMP's table: for each prefix of p (of p read backwards when {@code reversed}), its longest proper border. */
    private static int[] borders(byte[] p, boolean reversed) {
        int m = p.length;
        int[] border = new int[m];
        for (int i = 1, k = 0; i < m; i++) {
            byte c = p[reversed ? m - 1 - i : i];
            while (k > 0 && c != p[reversed ? m - 1 - k : k]) {
                k = border[k - 1];
            }
            if (c == p[reversed ? m - 1 - k : k]) {
                k++;
            }
            border[i] = k;
        }
        return border;
    }
}
