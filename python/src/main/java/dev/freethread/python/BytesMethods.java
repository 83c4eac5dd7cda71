// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.list.PyList;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The methods of {@code bytes} and {@code bytearray} ({@link PyBytes}, {@link PyByteArray}), the constructors, and
 * the conversions between str and bytes ({@code str.encode}, {@code bytes.decode}) and between int and bytes
 * ({@code int.to_bytes}, {@code int.from_bytes}). The read-only methods are one table for both types: each works on
 * a snapshot of the bytes and answers a value of its receiver's type, as CPython's do.
 */
final class BytesMethods {
    private BytesMethods() {
    }

    /** {@code bytes.maketrans(from, to)} (a static method of bytes and bytearray): the 256-byte table. */
    static PyObject maketrans(PyThread t, PyObject[] a, String[] kw) {
        Args.count(t, "maketrans", a, kw, 2, 2);
        byte[] from = bytesLike(t, a[0], null);
        byte[] to = bytesLike(t, a[1], null);
        if (from.length != to.length) {
            throw Errors.valueError(t, "maketrans arguments must have same length");
        }
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) {
            table[i] = (byte) i;
        }
        for (int i = 0; i < from.length; i++) {
            table[from[i] & 0xff] = to[i];
        }
        return PyBytes.of(t.ts, table);
    }

    /** A bytes-like argument's bytes (a snapshot for a bytearray), or a TypeError naming {@code fname}. */
    static byte[] bytesLike(PyThread t, PyObject o, String fname) {
        if (o instanceof PyInstance && ((PyInstance) o).base() != null) { // a bytes or bytearray subclass's value
            PyObject v = ((PyInstance) o).base();
            if (v instanceof PyBytes || v instanceof PyByteArray) {
                o = v;
            }
        }
        if (o instanceof PyBytes) {
            return ((PyBytes) o).value;
        }
        if (o instanceof PyByteArray) {
            return ((PyByteArray) o).snapshot();
        }
        byte[] viaBuffer = bufferBytes(t, o);
        if (viaBuffer != null) {
            return viaBuffer;
        }
        throw Errors.typeError(t, (fname == null ? "" : fname + ": ")
                + "a bytes-like object is required, not '" + Ops.typeName(o) + "'");
    }

    /** Whether o is bytes-like: bytes, bytearray, or an object with PEP 688's {@code __buffer__}. */
    static boolean isBytesLike(PyThread t, PyObject o) {
        if (o instanceof PyBytes || o instanceof PyByteArray) {
            return true;
        }
        if (!(o instanceof PyInstance)) {
            return false;
        }
        PyObject v = ((PyInstance) o).base(); // a bytes or bytearray subclass's instance
        if (v instanceof PyBytes || v instanceof PyByteArray) {
            return true;
        }
        PyObject m = ((PyInstance) o).cls().lookup(t, "__buffer__");
        RefCount.xdecref(t.ts, m);
        return m != null;
    }

    /**
     * The bytes of an object with PEP 688's {@code __buffer__} (memoryview, array.array, a class of the script's):
     * its view's {@code tobytes()}; null when it has none. ftpython's buffers are copies, not shared memory.
     */
    static byte[] bufferBytes(PyThread t, PyObject o) {
        if (!(o instanceof PyInstance)) {
            return null;
        }
        PyObject m = ((PyInstance) o).cls().lookup(t, "__buffer__");
        if (m == null) {
            return null;
        }
        PyObject view;
        PyObject flags = PyInt.of(t.ts, 0);
        try {
            view = Ops.callMethod(t, m, o, new PyObject[] {flags}, null);
        } finally {
            RefCount.decref(t.ts, m);
            RefCount.decref(t.ts, flags);
        }
        try {
            PyObject tb = Ops.getAttr(t, view, t.interp.str("tobytes"));
            PyObject b;
            try {
                b = Ops.call(t, tb, Ops.NO_ARGS, null);
            } finally {
                RefCount.decref(t.ts, tb);
            }
            try {
                if (!(b instanceof PyBytes)) {
                    throw Errors.typeError(t, "__buffer__'s view gave no bytes");
                }
                return ((PyBytes) b).value;
            } finally {
                RefCount.decref(t.ts, b);
            }
        } finally {
            RefCount.decref(t.ts, view);
        }
    }

    /** The receiver's bytes (a snapshot for a bytearray). */
    private static byte[] v(PyObject self) {
        return self instanceof PyBytes ? ((PyBytes) self).value : ((PyByteArray) self).snapshot();
    }

    /** A result of the receiver's type. */
    private static PyObject make(PyThread t, PyObject self, byte[] out) {
        return self instanceof PyByteArray ? new PyByteArray(t.ts, out) : PyBytes.of(t.ts, out);
    }

    static void install(Interp ip) {
        for (PyType ty : new PyType[] {PyBytes.TYPE, PyByteArray.TYPE}) {
            readOnly(Builtins.table(ip, ty));
        }
        PyByteArray.installMutators(Builtins.table(ip, PyByteArray.TYPE));
        Map<String, PyBuiltin.MethodImpl> str = Builtins.table(ip, PyStr.TYPE);
        str.put("encode", (t, self, a, kw) -> {
            Args.count(t, "encode", a, kw, 0, 2);
            String enc = argOr(t, a, kw, 0, "encoding", "utf-8", "encode");
            String errors = argOr(t, a, kw, 1, "errors", "strict", "encode");
            return PyBytes.of(t.ts, encode(t, ((PyStr) self).value(), enc, errors));
        });
        Map<String, PyBuiltin.MethodImpl> ints = Builtins.table(ip, PyInt.TYPE);
        ints.put("to_bytes", BytesMethods::toBytes);
    }

    private static String argOr(PyThread t, PyObject[] a, String[] kw, int pos, String name, String dflt,
                                String fname) {
        PyObject v = pos < Args.npos(a, kw) ? a[pos] : Args.kw(a, kw, name);
        if (v == null) {
            return dflt;
        }
        if (!(BuiltinBase.operand(v) instanceof PyStr)) {
            throw Errors.typeError(t, fname + "() argument '" + name + "' must be str, not " + Ops.typeName(v));
        }
        return ((PyStr) BuiltinBase.operand(v)).value();
    }

    private static void readOnly(Map<String, PyBuiltin.MethodImpl> m) {
        m.put("decode", (t, self, a, kw) -> {
            Args.count(t, "decode", a, kw, 0, 2);
            String enc = argOr(t, a, kw, 0, "encoding", "utf-8", "decode");
            String errors = argOr(t, a, kw, 1, "errors", "strict", "decode");
            return PyStr.of(t.ts, decode(t, v(self), enc, errors));
        });
        m.put("hex", (t, self, a, kw) -> {
            Args.count(t, "hex", a, kw, 0, 2);
            return PyStr.of(t.ts, hex(t, v(self), a, kw));
        });
        m.put("count", (t, self, a, kw) -> {
            byte[] b = v(self);
            int[] r = range(t, b, a, kw, "count");
            byte[] sub = needle(t, a[0]);
            int n = 0;
            if (sub.length == 0) { // the empty needle is at each position of the range; none when it is empty past
                return PyInt.of(t.ts, r[0] > r[1] || r[0] > b.length ? 0 : r[1] - r[0] + 1); // its end (CPython)
            }
            for (int i = PyBytes.indexOf(b, sub, r[0], r[1]); i >= 0; i = PyBytes.indexOf(b, sub, i + sub.length,
                    r[1])) {
                n++;
            }
            return PyInt.of(t.ts, n);
        });
        for (String name : new String[] {"find", "index", "rfind", "rindex"}) {
            boolean rev = name.startsWith("r");
            boolean raises = name.endsWith("index");
            m.put(name, (t, self, a, kw) -> {
                byte[] b = v(self);
                int[] r = range(t, b, a, kw, name);
                byte[] sub = needle(t, a[0]);
                int i = r[0] > b.length ? -1 : rev ? PyBytes.lastIndexOf(b, sub, r[0], r[1])
                        : PyBytes.indexOf(b, sub, r[0], r[1]);
                if (i < 0 && raises) {
                    throw Errors.valueError(t, "subsection not found");
                }
                return PyInt.of(t.ts, i);
            });
        }
        for (String name : new String[] {"startswith", "endswith"}) {
            boolean end = name.equals("endswith");
            m.put(name, (t, self, a, kw) -> {
                byte[] b = v(self);
                int[] r = range(t, b, a, kw, name);
                PyObject p = a[0];
                PyObject[] options = p instanceof PyTuple ? Methods.tupleItems((PyTuple) p) : new PyObject[] {p};
                for (PyObject o : options) {
                    if (!isBytesLike(t, o)) {
                        throw Errors.typeError(t, name + " first arg must be bytes or a tuple of bytes, not "
                                + Ops.typeName(o));
                    }
                    byte[] s = bytesLike(t, o, name);
                    int len = r[1] - r[0];
                    if (len < s.length) {
                        continue;
                    }
                    int at = end ? r[1] - s.length : r[0];
                    if (PyBytes.indexOf(b, s, at, at + s.length) == at) {
                        return PyBool.TRUE;
                    }
                }
                return PyBool.FALSE;
            });
        }
        m.put("join", (t, self, a, kw) -> {
            Args.count(t, "join", a, kw, 1, 1);
            byte[] sep = v(self);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PyObject it = Ops.iter(t, a[0]);
            try {
                int i = 0;
                for (PyObject x = Ops.next(t, it); x != null; x = Ops.next(t, it), i++) {
                    try {
                        if (!isBytesLike(t, x)) {
                            throw Errors.typeError(t, "sequence item " + i + ": expected a bytes-like object, "
                                    + Ops.typeName(x) + " found");
                        }
                        if (i > 0) {
                            out.writeBytes(sep);
                        }
                        out.writeBytes(bytesLike(t, x, null));
                    } finally {
                        RefCount.decref(t.ts, x);
                    }
                }
            } finally {
                RefCount.decref(t.ts, it);
            }
            return make(t, self, out.toByteArray());
        });
        m.put("translate", (t, self, a, kw) -> {
            Args.onlyKw(t, "translate", kw, "delete");
            int npos = Args.npos(a, kw);
            if (npos < 1 || npos > 2) {
                throw Errors.typeError(t, "translate() takes from 1 to 2 positional arguments but " + npos
                        + " were given");
            }
            byte[] b = v(self);
            byte[] table = a[0] == dev.freethread.objects.PyNone.NONE ? null : bytesLike(t, a[0], null);
            if (table != null && table.length != 256) {
                throw Errors.valueError(t, "translation table must be 256 characters long");
            }
            PyObject delArg = npos > 1 ? a[1] : Args.kw(a, kw, "delete");
            boolean[] delete = new boolean[256];
            if (delArg != null) {
                for (byte d : bytesLike(t, delArg, null)) {
                    delete[d & 0xff] = true;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte x : b) {
                if (!delete[x & 0xff]) {
                    out.write(table == null ? x : table[x & 0xff]);
                }
            }
            return make(t, self, out.toByteArray());
        });
        m.put("replace", (t, self, a, kw) -> {
            Args.count(t, "replace", a, kw, 2, 3);
            byte[] b = v(self);
            byte[] old = bytesLike(t, a[0], null);
            byte[] nu = bytesLike(t, a[1], null);
            long count = a.length > 2 ? Args.toLong(t, a[2], "replace") : -1;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int i = 0;
            long done = 0;
            if (old.length == 0) {
                for (int k = 0; k <= b.length; k++) {
                    if (count < 0 || done < count) {
                        out.writeBytes(nu);
                        done++;
                    }
                    if (k < b.length) {
                        out.write(b[k]);
                    }
                }
                return make(t, self, out.toByteArray());
            }
            while (count < 0 || done < count) {
                int j = PyBytes.indexOf(b, old, i, b.length);
                if (j < 0) {
                    break;
                }
                out.write(b, i, j - i);
                out.writeBytes(nu);
                i = j + old.length;
                done++;
            }
            out.write(b, i, b.length - i);
            return make(t, self, out.toByteArray());
        });
        for (String name : new String[] {"strip", "lstrip", "rstrip"}) {
            m.put(name, (t, self, a, kw) -> {
                Args.count(t, name, a, kw, 0, 1);
                byte[] b = v(self);
                byte[] chars = a.length == 0 || a[0] == PyNone.NONE ? null : bytesLike(t, a[0], null);
                int s = 0;
                int e = b.length;
                if (!name.equals("rstrip")) {
                    while (s < e && strippable(b[s], chars)) {
                        s++;
                    }
                }
                if (!name.equals("lstrip")) {
                    while (e > s && strippable(b[e - 1], chars)) {
                        e--;
                    }
                }
                return make(t, self, java.util.Arrays.copyOfRange(b, s, e));
            });
        }
        for (String name : new String[] {"split", "rsplit"}) {
            m.put(name, (t, self, a, kw) -> split(t, self, a, kw, name));
        }
        m.put("splitlines", (t, self, a, kw) -> {
            byte[] b = v(self);
            PyObject ke = a.length > 0 ? a[0] : Args.kw(a, kw, "keepends");
            boolean keep = ke != null && Ops.truth(t, ke);
            PyList out = PyList.create(t.ts);
            int start = 0;
            for (int i = 0; i < b.length; i++) {
                if (b[i] == '\n' || b[i] == '\r') {
                    int e = i;
                    if (b[i] == '\r' && i + 1 < b.length && b[i + 1] == '\n') {
                        i++;
                    }
                    append(t, out, make(t, self, java.util.Arrays.copyOfRange(b, start, keep ? i + 1 : e)));
                    start = i + 1;
                }
            }
            if (start < b.length) {
                append(t, out, make(t, self, java.util.Arrays.copyOfRange(b, start, b.length)));
            }
            return out;
        });
        for (String name : new String[] {"partition", "rpartition"}) {
            m.put(name, (t, self, a, kw) -> {
                Args.count(t, name, a, kw, 1, 1);
                byte[] b = v(self);
                byte[] sep = needle(t, a[0]);
                if (sep.length == 0) {
                    throw Errors.valueError(t, "empty separator");
                }
                int i = name.equals("partition") ? PyBytes.indexOf(b, sep, 0, b.length)
                        : PyBytes.lastIndexOf(b, sep, 0, b.length);
                ThreadState ts = t.ts;
                if (i < 0) {
                    PyObject whole = make(t, self, b.clone());
                    PyObject e1 = make(t, self, new byte[0]);
                    PyObject e2 = make(t, self, new byte[0]);
                    return name.equals("partition") ? PyTuple.stealing(ts, whole, e1, e2)
                            : PyTuple.stealing(ts, e1, e2, whole);
                }
                return PyTuple.stealing(ts, make(t, self, java.util.Arrays.copyOfRange(b, 0, i)),
                        make(t, self, sep.clone()), make(t, self, java.util.Arrays.copyOfRange(b, i + sep.length,
                                b.length)));
            });
        }
        m.put("upper", (t, self, a, kw) -> map(t, self, a, kw, "upper", 1));
        m.put("lower", (t, self, a, kw) -> map(t, self, a, kw, "lower", 2));
        m.put("swapcase", (t, self, a, kw) -> map(t, self, a, kw, "swapcase", 3));
        m.put("capitalize", (t, self, a, kw) -> {
            Args.count(t, "capitalize", a, kw, 0, 0);
            byte[] b = v(self).clone();
            for (int i = 0; i < b.length; i++) {
                b[i] = i == 0 ? upper(b[i]) : lower(b[i]);
            }
            return make(t, self, b);
        });
        m.put("title", (t, self, a, kw) -> {
            Args.count(t, "title", a, kw, 0, 0);
            byte[] b = v(self).clone();
            boolean prevCased = false;
            for (int i = 0; i < b.length; i++) {
                boolean cased = isAlpha(b[i]);
                b[i] = cased ? prevCased ? lower(b[i]) : upper(b[i]) : b[i];
                prevCased = cased;
            }
            return make(t, self, b);
        });
        m.put("isdigit", (t, self, a, kw) -> test(t, self, a, kw, "isdigit", 0));
        m.put("isalpha", (t, self, a, kw) -> test(t, self, a, kw, "isalpha", 1));
        m.put("isalnum", (t, self, a, kw) -> test(t, self, a, kw, "isalnum", 2));
        m.put("isspace", (t, self, a, kw) -> test(t, self, a, kw, "isspace", 3));
        m.put("isascii", (t, self, a, kw) -> {
            for (byte x : v(self)) {
                if (x < 0) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        m.put("istitle", (t, self, a, kw) -> {
            Args.count(t, "istitle", a, kw, 0, 0);
            boolean cased = false;
            boolean prevCased = false;
            for (byte c : v(self)) {
                boolean up = c >= 'A' && c <= 'Z';
                boolean low = c >= 'a' && c <= 'z';
                if (up && prevCased || low && !prevCased) {
                    return PyBool.FALSE;
                }
                cased |= up;
                prevCased = up || low;
            }
            return PyBool.of(cased);
        });
        m.put("isupper", (t, self, a, kw) -> caseTest(v(self), true));
        m.put("islower", (t, self, a, kw) -> caseTest(v(self), false));
        for (String name : new String[] {"removeprefix", "removesuffix"}) {
            m.put(name, (t, self, a, kw) -> {
                Args.count(t, name, a, kw, 1, 1);
                byte[] b = v(self);
                byte[] x = bytesLike(t, a[0], null);
                boolean prefix = name.equals("removeprefix");
                if (x.length <= b.length && PyBytes.indexOf(b, x, prefix ? 0 : b.length - x.length,
                        prefix ? x.length : b.length) >= 0) {
                    return make(t, self, prefix ? java.util.Arrays.copyOfRange(b, x.length, b.length)
                            : java.util.Arrays.copyOfRange(b, 0, b.length - x.length));
                }
                return make(t, self, b.clone());
            });
        }
        for (String name : new String[] {"center", "ljust", "rjust"}) {
            m.put(name, (t, self, a, kw) -> {
                Args.count(t, name, a, kw, 1, 2);
                byte[] b = v(self);
                long width = Args.toLong(t, a[0], name);
                byte fill = ' ';
                if (a.length > 1) {
                    byte[] f = bytesLike(t, a[1], null);
                    if (f.length != 1) {
                        throw Errors.typeError(t, name + "() argument 2 must be a byte string of length 1, not "
                                + Ops.typeName(a[1]));
                    }
                    fill = f[0];
                }
                if (width <= b.length) {
                    return make(t, self, b.clone());
                }
                int pad = (int) width - b.length;
                int left = name.equals("ljust") ? 0 : name.equals("rjust") ? pad : pad / 2 + (int) (pad & width & 1);
                byte[] out = new byte[(int) width];
                java.util.Arrays.fill(out, fill);
                System.arraycopy(b, 0, out, left, b.length);
                return make(t, self, out);
            });
        }
        m.put("zfill", (t, self, a, kw) -> {
            Args.count(t, "zfill", a, kw, 1, 1);
            byte[] b = v(self);
            long width = Args.toLong(t, a[0], "zfill");
            if (width <= b.length) {
                return make(t, self, b.clone());
            }
            byte[] out = new byte[(int) width];
            int pad = out.length - b.length;
            boolean sign = b.length > 0 && (b[0] == '+' || b[0] == '-');
            java.util.Arrays.fill(out, (byte) '0');
            if (sign) {
                out[0] = b[0];
                System.arraycopy(b, 1, out, pad + 1, b.length - 1);
            } else {
                System.arraycopy(b, 0, out, pad, b.length);
            }
            return make(t, self, out);
        });
        m.put("__bytes__", (t, self, a, kw) -> PyBytes.of(t.ts, v(self).clone()));
    }

    private static void append(PyThread t, PyList l, PyObject v) {
        try {
            l.append(t.ts, v);
        } finally {
            RefCount.decref(t.ts, v);
        }
    }

    /** A sub-sequence argument: bytes-like, or an int 0-255 (one byte), as CPython's find and count take. */
    private static byte[] needle(PyThread t, PyObject o) {
        if (o instanceof PyInt) {
            long c = Ops.index(t, o, "%s");
            if (c < 0 || c > 255) {
                throw Errors.valueError(t, "byte must be in range(0, 256)");
            }
            return new byte[] {(byte) c};
        }
        if (!isBytesLike(t, o)) {
            throw Errors.typeError(t, "argument should be integer or bytes-like object, not '" + Ops.typeName(o)
                    + "'");
        }
        return bytesLike(t, o, null);
    }

    /** {@code (sub[, start[, end]])}: the clamped start and end. */
    private static int[] range(PyThread t, byte[] b, PyObject[] a, String[] kw, String fname) {
        Args.count(t, fname, a, kw, 1, 3);
        long s = a.length > 1 && a[1] != PyNone.NONE ? Args.sliceIndex(t, a[1]) : 0;
        long e = a.length > 2 && a[2] != PyNone.NONE ? Args.sliceIndex(t, a[2]) : b.length;
        if (s < 0) {
            s = Math.max(0, s + b.length);
        }
        if (e < 0) {
            e = Math.max(0, e + b.length);
        }
        e = Math.min(e, b.length);
        return new int[] {(int) Math.min(s, b.length + 1L), (int) Math.max(e, 0)};
    }

    private static boolean strippable(byte b, byte[] chars) {
        if (chars == null) {
            return isSpace(b);
        }
        for (byte c : chars) {
            if (c == b) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0b || b == 0x0c;
    }

    private static boolean isAlpha(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
    }

    private static byte upper(byte b) {
        return b >= 'a' && b <= 'z' ? (byte) (b - 32) : b;
    }

    private static byte lower(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
    }

    private static PyObject map(PyThread t, PyObject self, PyObject[] a, String[] kw, String name, int how) {
        Args.count(t, name, a, kw, 0, 0);
        byte[] b = v(self).clone();
        for (int i = 0; i < b.length; i++) {
            byte c = b[i];
            b[i] = how == 1 ? upper(c) : how == 2 ? lower(c) : c >= 'a' && c <= 'z' ? upper(c) : lower(c);
        }
        return make(t, self, b);
    }

    private static PyObject test(PyThread t, PyObject self, PyObject[] a, String[] kw, String name, int how) {
        Args.count(t, name, a, kw, 0, 0);
        byte[] b = v(self);
        if (b.length == 0) {
            return PyBool.FALSE;
        }
        for (byte c : b) {
            boolean digit = c >= '0' && c <= '9';
            boolean ok = how == 0 ? digit : how == 1 ? isAlpha(c) : how == 2 ? digit || isAlpha(c) : isSpace(c);
            if (!ok) {
                return PyBool.FALSE;
            }
        }
        return PyBool.TRUE;
    }

    private static PyObject caseTest(byte[] b, boolean upperWanted) {
        boolean cased = false;
        for (byte c : b) {
            if (c >= 'a' && c <= 'z') {
                if (upperWanted) {
                    return PyBool.FALSE;
                }
                cased = true;
            } else if (c >= 'A' && c <= 'Z') {
                if (!upperWanted) {
                    return PyBool.FALSE;
                }
                cased = true;
            }
        }
        return PyBool.of(cased);
    }

    /**
     * {@code hex(sep=None, bytes_per_sep=1)} of bytes, bytearray and memoryview: a separator of one character every
     * {@code bytes_per_sep} bytes counted from the right (from the left when negative), as CPython's
     * {@code _Py_strhex_impl}.
     */
    static String hex(PyThread t, byte[] b, PyObject[] a, String[] kw) {
        int npos = Args.npos(a, kw);
        PyObject sepArg = npos > 0 ? a[0] : Args.kw(a, kw, "sep");
        PyObject groupArg = npos > 1 ? a[1] : Args.kw(a, kw, "bytes_per_sep");
        String sep = null;
        if (sepArg != null) {
            sep = sepArg instanceof PyStr ? ((PyStr) sepArg).value()
                    : new String(bytesLike(t, sepArg, "hex"), StandardCharsets.ISO_8859_1);
            if (sep.codePointCount(0, sep.length()) != 1) {
                throw Errors.valueError(t, "sep must be length 1.");
            }
            if (sep.codePointAt(0) > 127) {
                throw Errors.valueError(t, "sep must be ASCII.");
            }
        }
        long group = groupArg == null ? 1 : Args.toLong(t, groupArg, "hex");
        StringBuilder sb = new StringBuilder(b.length * 3);
        long g = Math.abs(group);
        for (int i = 0; i < b.length; i++) {
            if (sep != null && i > 0 && g != 0) {
                long fromEdge = group > 0 ? b.length - i : i; // bytes to the right (left) of this boundary
                if (fromEdge % g == 0) {
                    sb.append(sep);
                }
            }
            sb.append(Character.forDigit((b[i] >> 4) & 15, 16)).append(Character.forDigit(b[i] & 15, 16));
        }
        return sb.toString();
    }

    private static PyObject split(PyThread t, PyObject self, PyObject[] a, String[] kw, String name) {
        Args.count(t, name, a, kw, 0, 2);
        byte[] b = v(self);
        PyObject sepArg = a.length > 0 ? a[0] : Args.kw(a, kw, "sep");
        PyObject maxArg = a.length > 1 ? a[1] : Args.kw(a, kw, "maxsplit");
        long max = maxArg == null ? -1 : Args.toLong(t, maxArg, name);
        boolean rev = name.equals("rsplit");
        java.util.List<byte[]> parts = new java.util.ArrayList<>();
        if (sepArg == null || sepArg == PyNone.NONE) { // runs of whitespace, CPython's split_whitespace
            long count = max < 0 ? Long.MAX_VALUE : max;
            if (!rev) {
                int i = 0;
                for (; count > 0; count--) {
                    while (i < b.length && isSpace(b[i])) {
                        i++;
                    }
                    if (i == b.length) {
                        break;
                    }
                    int j = i;
                    while (i < b.length && !isSpace(b[i])) {
                        i++;
                    }
                    parts.add(java.util.Arrays.copyOfRange(b, j, i));
                }
                while (i < b.length && isSpace(b[i])) { // maxsplit reached: the rest from its first word, as is
                    i++;
                }
                if (i < b.length) {
                    parts.add(java.util.Arrays.copyOfRange(b, i, b.length));
                }
            } else {
                int i = b.length - 1;
                java.util.LinkedList<byte[]> back = new java.util.LinkedList<>();
                for (; count > 0; count--) {
                    while (i >= 0 && isSpace(b[i])) {
                        i--;
                    }
                    if (i < 0) {
                        break;
                    }
                    int j = i;
                    while (i >= 0 && !isSpace(b[i])) {
                        i--;
                    }
                    back.addFirst(java.util.Arrays.copyOfRange(b, i + 1, j + 1));
                }
                while (i >= 0 && isSpace(b[i])) { // maxsplit reached: the rest up to its last word, as is
                    i--;
                }
                if (i >= 0) {
                    back.addFirst(java.util.Arrays.copyOfRange(b, 0, i + 1));
                }
                parts.addAll(back);
            }
        } else {
            byte[] sep = bytesLike(t, sepArg, null);
            if (sep.length == 0) {
                throw Errors.valueError(t, "empty separator");
            }
            if (!rev) {
                int i = 0;
                long n = 0;
                while (max < 0 || n < max) {
                    int j = PyBytes.indexOf(b, sep, i, b.length);
                    if (j < 0) {
                        break;
                    }
                    parts.add(java.util.Arrays.copyOfRange(b, i, j));
                    i = j + sep.length;
                    n++;
                }
                parts.add(java.util.Arrays.copyOfRange(b, i, b.length));
            } else {
                int e = b.length;
                long n = 0;
                java.util.LinkedList<byte[]> back = new java.util.LinkedList<>();
                while (max < 0 || n < max) {
                    int j = PyBytes.lastIndexOf(b, sep, 0, e);
                    if (j < 0) {
                        break;
                    }
                    back.addFirst(java.util.Arrays.copyOfRange(b, j + sep.length, e));
                    e = j;
                    n++;
                }
                back.addFirst(java.util.Arrays.copyOfRange(b, 0, e));
                parts.addAll(back);
            }
        }
        PyList out = PyList.create(t.ts);
        for (byte[] p : parts) {
            append(t, out, make(t, self, p));
        }
        return out;
    }

    // ---- encodings

    private static boolean isUtf8Sig(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return n.equals("utf-8-sig") || n.equals("utf8-sig");
    }

    /** Whether {@link #encode} and {@link #decode} handle this encoding themselves (the JDK has it). */
    static boolean javaKnows(String name) {
        return isUtf8Sig(name) || charsetOrNull(name) != null;
    }

    /**
     * {@code str.encode}/{@code bytes.decode} through the codecs module, for an encoding only it has: CPython's
     * {@code _PyCodec_LookupTextEncoding} (a codec that is not a text encoding, rot13 or hex, is a LookupError), then
     * the codec's function, whose result must be of the right type.
     */
    private static PyObject viaCodecs(PyThread t, String fn, PyObject obj, String enc, String errors,
                                      Class<?> want, String wantName) {
        PyObject codecs = Modules.importModule(t, "codecs");
        PyObject info;
        try {
            PyObject name = PyStr.of(t.ts, enc);
            try {
                info = Ops.callAttr(t, codecs, t.interp.str("lookup"), new PyObject[] {name}, null);
            } finally {
                RefCount.decref(t.ts, name);
            }
        } finally {
            RefCount.decref(t.ts, codecs);
        }
        PyObject r;
        try {
            PyObject text = Ops.getAttrOrNull(t, info, t.interp.str("_is_text_encoding"));
            try {
                if (text != null && !Ops.truth(t, text)) {
                    throw Errors.raise(t, "LookupError", "'" + enc + "' is not a text encoding; use codecs." + fn
                            + "() to handle arbitrary codecs");
                }
            } finally {
                if (text != null) {
                    RefCount.decref(t.ts, text);
                }
            }
            PyObject e = PyStr.of(t.ts, errors);
            PyObject pair;
            try {
                pair = Ops.callAttr(t, info, t.interp.str(fn), new PyObject[] {obj, e}, null);
            } finally {
                RefCount.decref(t.ts, e);
            }
            try {
                if (!(pair instanceof PyTuple) || ((PyTuple) pair).size() != 2) {
                    throw Errors.typeError(t, (fn.equals("encode") ? "encoder" : "decoder")
                            + " must return a tuple (object, integer)");
                }
                r = RefCount.newRef(t.ts, ((PyTuple) pair).getItemBorrowed(0));
            } finally {
                RefCount.decref(t.ts, pair);
            }
        } finally {
            RefCount.decref(t.ts, info);
        }
        if (!want.isInstance(r)) {
            String got = Ops.typeName(r);
            RefCount.decref(t.ts, r);
            throw Errors.typeError(t, "'" + enc + "' " + (fn.equals("encode") ? "encoder" : "decoder") + " returned '"
                    + got + "' instead of '" + wantName + "'; use codecs." + fn + "() to " + fn
                    + " to arbitrary types");
        }
        return r;
    }

    /** Python's codec names for the encodings Java has; a LookupError for the rest. */
    static Charset charset(PyThread t, String name) {
        Charset cs = charsetOrNull(name);
        if (cs == null) {
            throw Errors.raise(t, "LookupError", "unknown encoding: " + name);
        }
        return cs;
    }

    /** {@link #charset}, or null for an encoding the JDK lacks. */
    private static Charset charsetOrNull(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-');
        switch (n) {
            case "utf-8": case "utf8": case "u8": case "utf": return StandardCharsets.UTF_8;
            case "ascii": case "us-ascii": case "646": return StandardCharsets.US_ASCII;
            case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "l1": case "8859":
            case "cp819": case "latin":
                return StandardCharsets.ISO_8859_1;
            case "utf-16": case "utf16": return StandardCharsets.UTF_16;
            case "utf-16-le": case "utf-16le": return StandardCharsets.UTF_16LE;
            case "utf-16-be": case "utf-16be": return StandardCharsets.UTF_16BE;
            case "utf-32": case "utf32": return Charset.forName("UTF-32");
            case "utf-32-le": case "utf-32le": return Charset.forName("UTF-32LE");
            case "utf-32-be": case "utf-32be": return Charset.forName("UTF-32BE");
            case "cp1252": case "windows-1252": return Charset.forName("windows-1252");
            default:
                try { // the JDK's other charsets, by the names it shares with Python's (iso-8859-15, cp437, ...)
                    return Charset.forName(n);
                } catch (RuntimeException e) {
                    return null;
                }
        }
    }

    private static String pyCodecName(Charset cs) {
        if (cs == StandardCharsets.UTF_8) {
            return "utf-8";
        }
        if (cs == StandardCharsets.US_ASCII) {
            return "ascii";
        }
        if (cs == StandardCharsets.ISO_8859_1) {
            return "latin-1";
        }
        return cs.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * {@code s.encode(encoding, errors)}: 'strict', 'ignore', 'replace' ('?'), 'backslashreplace',
     * 'xmlcharrefreplace', 'namereplace', 'surrogateescape' (PEP 383).
     */
    static byte[] encode(PyThread t, String s, String encoding, String errors) {
        if (!javaKnows(encoding)) { // raw_unicode_escape, idna...: the codecs module's, checked as CPython checks
            PyObject str = PyStr.of(t.ts, s);
            try {
                PyObject r = viaCodecs(t, "encode", str, encoding, errors, PyBytes.class, "bytes");
                try {
                    return ((PyBytes) r).value;
                } finally {
                    RefCount.decref(t.ts, r);
                }
            } finally {
                RefCount.decref(t.ts, str);
            }
        }
        if (isUtf8Sig(encoding)) { // a byte order mark, then UTF-8
            byte[] body = encode(t, s, "utf-8", errors);
            byte[] out = new byte[body.length + 3];
            out[0] = (byte) 0xef;
            out[1] = (byte) 0xbb;
            out[2] = (byte) 0xbf;
            System.arraycopy(body, 0, out, 3, body.length);
            return out;
        }
        Charset cs = charset(t, encoding);
        CharsetEncoder enc = cs.newEncoder();
        if (cs == StandardCharsets.UTF_16) { // Python's utf-16 writes a little-endian BOM
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            o.write(0xff);
            o.write(0xfe);
            o.writeBytes(encode(t, s, "utf-16-le", errors));
            return o.toByteArray();
        }
        if (cs.name().equals("UTF-32")) { // and its utf-32 a little-endian one, as the JDK's does not
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            o.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0});
            o.writeBytes(encode(t, s, "utf-32-le", errors));
            return o.toByteArray();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            String ch = s.substring(i, i + n);
            if (enc.canEncode(ch)) {
                try {
                    ByteBuffer bb = enc.encode(CharBuffer.wrap(ch));
                    out.write(bb.array(), bb.arrayOffset() + bb.position(), bb.remaining());
                } catch (CharacterCodingException e) {
                    throw new IllegalStateException(e);
                }
            } else {
                if (errors.equals("surrogateescape") && cp >= 0xdc80 && cp <= 0xdcff) { // PEP 383: the byte back
                    out.write(cp - 0xdc00);
                    i += n;
                    continue;
                }
                switch (errors) {
                    case "surrogateescape":
                    case "strict": {
                        // CPython reports the whole run of characters the codec cannot encode
                        int start = s.codePointCount(0, i);
                        int j = i + n;
                        while (j < s.length()) {
                            int w = Character.charCount(s.codePointAt(j));
                            if (enc.canEncode(s.substring(j, j + w))) {
                                break;
                            }
                            j += w;
                        }
                        PyObject obj = PyStr.of(t.ts, s);
                        try {
                            throw Errors.unicodeError(t, "UnicodeEncodeError", pyCodecName(cs), obj, start,
                                    s.codePointCount(0, j), cs == StandardCharsets.US_ASCII ? "ordinal not in range(128)"
                                    : cs == StandardCharsets.ISO_8859_1 ? "ordinal not in range(256)"
                                    : "surrogates not allowed");
                        } finally {
                            RefCount.decref(t.ts, obj);
                        }
                    }
                    case "ignore":
                        break;
                    case "replace":
                        out.write('?');
                        break;
                    case "backslashreplace":
                        out.writeBytes(escapeChar(cp).getBytes(StandardCharsets.US_ASCII));
                        break;
                    case "xmlcharrefreplace":
                        out.writeBytes(("&#" + cp + ";").getBytes(StandardCharsets.US_ASCII));
                        break;
                    case "namereplace": {
                        String name = UnicodeDataModule.name(cp);
                        out.writeBytes((name != null ? "\\N{" + name + "}" : escapeChar(cp))
                                .getBytes(StandardCharsets.US_ASCII));
                        break;
                    }
                    default:
                        throw Errors.raise(t, "LookupError", "unknown error handler name '" + errors + "'");
                }
            }
            i += n;
        }
        return out.toByteArray();
    }

    /** {@code b.decode(encoding, errors)}: 'strict', 'ignore', 'replace' (U+FFFD), 'backslashreplace', 'surrogateescape'. */
    static String decode(PyThread t, byte[] b, String encoding, String errors) {
        if (!javaKnows(encoding)) {
            PyObject bytes = PyBytes.of(t.ts, b);
            try {
                PyObject r = viaCodecs(t, "decode", bytes, encoding, errors, PyStr.class, "str");
                try {
                    return ((PyStr) r).value();
                } finally {
                    RefCount.decref(t.ts, r);
                }
            } finally {
                RefCount.decref(t.ts, bytes);
            }
        }
        if (isUtf8Sig(encoding)) { // UTF-8 without its leading byte order mark
            boolean bom = b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
            return decode(t, bom ? java.util.Arrays.copyOfRange(b, 3, b.length) : b, "utf-8", errors);
        }
        Charset cs = charset(t, encoding);
        if (!errors.equals("strict") && !errors.equals("ignore") && !errors.equals("replace")
                && !errors.equals("backslashreplace") && !errors.equals("surrogateescape")) {
            throw Errors.raise(t, "LookupError", "unknown error handler name '" + errors + "'");
        }
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder out = new StringBuilder();
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer cb = CharBuffer.allocate(Math.max(16, b.length * 2));
        while (true) {
            java.nio.charset.CoderResult r = dec.decode(in, cb, true);
            if (r.isOverflow()) {
                cb.flip();
                out.append(cb);
                cb.clear();
                continue;
            }
            if (r.isError()) {
                int at = in.position();
                // UTF-8's bad span is CPython's (utf8ErrorEnd): one replacement per maximal subpart, where Java's
                // decoder may report a longer one (ED A0 80 is three spans, not one)
                int len = cs == StandardCharsets.UTF_8 ? (int) (utf8ErrorEnd(b, at) - at) : r.length();
                if (errors.equals("strict")) {
                    long end = cs == StandardCharsets.UTF_8 ? utf8ErrorEnd(b, at)
                            : cs == StandardCharsets.US_ASCII ? at + 1 : at + Math.max(1, len);
                    PyObject obj = PyBytes.of(t.ts, b);
                    try {
                        throw Errors.unicodeError(t, "UnicodeDecodeError", pyCodecName(cs), obj, at, end,
                                cs == StandardCharsets.US_ASCII ? "ordinal not in range(128)"
                                : cs == StandardCharsets.UTF_8 ? utf8Reason(b, at) : "illegal encoding");
                    } finally {
                        RefCount.decref(t.ts, obj);
                    }
                }
                cb.flip();
                out.append(cb);
                cb.clear();
                if (errors.equals("replace")) {
                    out.append('\ufffd');
                } else if (errors.equals("backslashreplace")) {
                    for (int k = 0; k < len; k++) {
                        out.append("\\x").append(String.format("%02x", b[at + k] & 0xff));
                    }
                } else if (errors.equals("surrogateescape")) { // PEP 383: each undecodable byte as U+DC80..U+DCFF
                    for (int k = 0; k < len; k++) {
                        out.append((char) (0xdc00 + (b[at + k] & 0xff)));
                    }
                }
                in.position(at + len);
                continue;
            }
            break;
        }
        dec.flush(cb);
        cb.flip();
        out.append(cb);
        return out.toString();
    }

    /**
     * Where CPython's UTF-8 decoder ends the bad span that starts at {@code at}: after a bad start byte, before the
     * first bad continuation byte, at the end of a truncated sequence, and after the lead byte when the second byte
     * is out of its lead's range (overlong forms, surrogates, beyond U+10FFFF).
     */
    private static long utf8ErrorEnd(byte[] b, int at) {
        int lead = b[at] & 0xff;
        int need = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4
                ? 3 : -1;
        if (need < 0) {
            return at + 1;
        }
        if (at + 1 < b.length && !secondByteFits(lead, b[at + 1] & 0xff)) { // checked before truncation, as CPython
            return at + 1;
        }
        for (int k = 1; k <= need; k++) {
            if (at + k >= b.length) {
                return b.length;
            }
            if ((b[at + k] & 0xc0) != 0x80) {
                return at + k;
            }
        }
        return at + 1;
    }

    /** Why UTF-8 decoding fails at {@code at}, in CPython's words. */
    private static String utf8Reason(byte[] b, int at) {
        int lead = b[at] & 0xff;
        int need = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4
                ? 3 : -1;
        if (need < 0) {
            return "invalid start byte";
        }
        if (at + 1 < b.length && !secondByteFits(lead, b[at + 1] & 0xff)) {
            return "invalid continuation byte";
        }
        for (int k = 1; k <= need; k++) {
            if (at + k >= b.length) {
                return "unexpected end of data";
            }
            if ((b[at + k] & 0xc0) != 0x80) {
                return "invalid continuation byte";
            }
        }
        return "invalid continuation byte";
    }

    /**
     * Whether {@code second} may follow the lead byte {@code lead} (Unicode's table 3-7: no overlong form after E0
     * or F0, no surrogate after ED, nothing beyond U+10FFFF after F4).
     */
    private static boolean secondByteFits(int lead, int second) {
        switch (lead) {
            case 0xe0:
                return second >= 0xa0 && second <= 0xbf;
            case 0xed:
                return second >= 0x80 && second <= 0x9f;
            case 0xf0:
                return second >= 0x90 && second <= 0xbf;
            case 0xf4:
                return second >= 0x80 && second <= 0x8f;
            default:
                return second >= 0x80 && second <= 0xbf;
        }
    }

    /** A code point as CPython's error messages and backslashreplace write it: {@code \xe9}, {@code \u20ac}. */
    private static String escapeChar(int cp) {
        if (cp < 0x100) {
            return String.format("\\x%02x", cp);
        }
        return cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
    }

    // ---- int <-> bytes

    private static PyObject toBytes(PyThread t, PyObject self, PyObject[] a, String[] kw) {
        Args.count(t, "to_bytes", a, kw, 0, 3);
        int npos = Args.npos(a, kw);
        if (npos > 2) { // signed is keyword-only
            throw Errors.typeError(t, "to_bytes() takes at most 2 positional arguments (" + npos + " given)");
        }
        PyObject lenArg = npos > 0 ? a[0] : Args.kw(a, kw, "length");
        PyObject orderArg = npos > 1 ? a[1] : Args.kw(a, kw, "byteorder");
        PyObject signedArg = Args.kw(a, kw, "signed");
        long length = lenArg == null ? 1 : Args.toLong(t, lenArg, "to_bytes");
        if (length < 0) {
            throw Errors.valueError(t, "length argument must be non-negative");
        }
        boolean little = byteOrder(t, orderArg);
        boolean signed = signedArg != null && Ops.truth(t, signedArg);
        BigInteger v = ((PyInt) self).bigValue();
        if (!signed && v.signum() < 0) {
            throw Errors.raise(t, "OverflowError", "can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (bits > length * 8) {
            throw Errors.raise(t, "OverflowError", "int too big to convert");
        }
        byte[] two = v.toByteArray(); // big-endian two's complement, minimal
        byte[] out = new byte[(int) length];
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        java.util.Arrays.fill(out, fill);
        for (int i = 0; i < Math.min(two.length, out.length); i++) {
            out[out.length - 1 - i] = two[two.length - 1 - i];
        }
        if (little) {
            reverse(out);
        }
        return PyBytes.of(t.ts, out);
    }

    /** {@code int.from_bytes(bytes, byteorder='big', *, signed=False)}. */
    static PyObject fromBytes(PyThread t, PyObject[] a, String[] kw) {
        Args.count(t, "from_bytes", a, kw, 1, 3);
        int npos = Args.npos(a, kw);
        if (npos > 2) { // signed is keyword-only
            throw Errors.typeError(t, "from_bytes() takes at most 2 positional arguments (" + npos + " given)");
        }
        PyObject src = npos > 0 ? a[0] : Args.kw(a, kw, "bytes");
        PyObject orderArg = npos > 1 ? a[1] : Args.kw(a, kw, "byteorder");
        PyObject signedArg = Args.kw(a, kw, "signed");
        byte[] b;
        if (src instanceof PyBytes || src instanceof PyByteArray) {
            b = bytesLike(t, src, null).clone();
        } else {
            if (src instanceof PyInt || src instanceof PyStr) { // PyObject_Bytes: no count, no text without encoding
                throw Errors.typeError(t, "cannot convert '" + Ops.typeName(src) + "' object to bytes");
            }
            PyObject made = Builtins.construct(t, PyBytes.TYPE, new PyObject[] {src}, null);
            try {
                b = ((PyBytes) made).value.clone();
            } finally {
                RefCount.decref(t.ts, made);
            }
        }
        if (byteOrder(t, orderArg)) {
            reverse(b);
        }
        boolean signed = signedArg != null && Ops.truth(t, signedArg);
        BigInteger v = b.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(b) : new BigInteger(1, b);
        return Arith.ofBig(t.ts, v);
    }

    private static boolean byteOrder(PyThread t, PyObject orderArg) {
        if (orderArg == null) {
            return false;
        }
        String order = Args.str(t, orderArg, "to_bytes", 2);
        if (!order.equals("big") && !order.equals("little")) {
            throw Errors.valueError(t, "byteorder must be either 'little' or 'big'");
        }
        return order.equals("little");
    }

    private static void reverse(byte[] b) {
        for (int i = 0, j = b.length - 1; i < j; i++, j--) {
            byte x = b[i];
            b[i] = b[j];
            b[j] = x;
        }
    }

    // ---- constructors

    /**
     * {@code bytes(...)} and {@code bytearray(...)}'s contents: nothing; a count of zero bytes; a str with an
     * encoding; a bytes-like object; an object with {@code __bytes__} (bytes only); an iterable of ints 0-255.
     */
    static byte[] contents(PyThread t, PyObject[] a, String[] kw, String what) {
        Args.onlyKw(t, what, kw, "source", "encoding", "errors");
        Args.count(t, what, a, kw, 0, 3);
        int n = Args.npos(a, kw);
        PyObject src = n > 0 ? a[0] : Args.kw(a, kw, "source");
        PyObject encArg = n > 1 ? a[1] : Args.kw(a, kw, "encoding");
        PyObject errArg = n > 2 ? a[2] : Args.kw(a, kw, "errors");
        if (src == null) {
            if (encArg != null || errArg != null) {
                throw Errors.typeError(t, encArg != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            return new byte[0];
        }
        PyObject sv = BuiltinBase.operand(src);
        if (sv instanceof PyStr) {
            if (encArg == null) {
                throw Errors.typeError(t, "string argument without an encoding");
            }
            String errors = errArg == null ? "strict" : Args.str(t, errArg, what, 3);
            return encode(t, ((PyStr) sv).value(), Args.str(t, encArg, what, 2), errors);
        }
        if (encArg != null || errArg != null) {
            throw Errors.typeError(t, encArg != null ? "encoding without a string argument"
                    : "errors without a string argument");
        }
        if (src instanceof PyBytes || src instanceof PyByteArray) {
            return bytesLike(t, src, null).clone();
        }
        if (src instanceof PyInt) {
            long count = Args.toLong(t, src, what);
            if (count < 0) {
                throw Errors.valueError(t, "negative count");
            }
            return new byte[(int) count];
        }
        if (what.equals("bytes") && src instanceof PyInstance) {
            PyObject m = ((PyInstance) src).cls().lookup(t, "__bytes__");
            if (m != null) {
                PyObject r;
                try {
                    r = Ops.callMethod(t, m, src, Ops.NO_ARGS, null);
                } finally {
                    RefCount.decref(t.ts, m);
                }
                try {
                    if (!(r instanceof PyBytes)) {
                        throw Errors.typeError(t, "__bytes__ returned non-bytes (type " + Ops.typeName(r) + ")");
                    }
                    return ((PyBytes) r).value.clone();
                } finally {
                    RefCount.decref(t.ts, r);
                }
            }
        }
        byte[] viaBuffer = bufferBytes(t, src); // the buffer protocol before iteration, as CPython's (array.array)
        if (viaBuffer != null) {
            return viaBuffer.clone();
        }
        PyObject it;
        try {
            it = Ops.iter(t, src);
        } catch (PyRaise e) {
            e.release(t.ts);
            throw Errors.typeError(t, "cannot convert '" + Ops.typeName(src) + "' object to " + what);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (PyObject x = Ops.next(t, it); x != null; x = Ops.next(t, it)) {
                try {
                    long c = Ops.index(t, x, "'%s' object cannot be interpreted as an integer");
                    if (c < 0 || c > 255) {
                        throw Errors.valueError(t, "bytes must be in range(0, 256)");
                    }
                    out.write((int) c);
                } finally {
                    RefCount.decref(t.ts, x);
                }
            }
        } finally {
            RefCount.decref(t.ts, it);
        }
        return out.toByteArray();
    }

    /** {@code bytes.fromhex(s)} and {@code bytearray.fromhex(s)}: hex digit pairs, spaces between pairs allowed. */
    static byte[] fromHex(PyThread t, PyObject[] a, String[] kw) {
        Args.count(t, "fromhex", a, kw, 1, 1);
        String s = Args.str(t, a[0], "fromhex", 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            int lo = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (hi < 0 || lo < 0) {
                int bad = hi < 0 ? i : i + 1;
                throw Errors.valueError(t, "non-hexadecimal number found in fromhex() arg at position " + bad);
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }
}
