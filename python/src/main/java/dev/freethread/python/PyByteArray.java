// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyNotImplemented;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;

import java.util.Arrays;
import java.util.Map;

/**
 * {@code bytearray}: a mutable sequence of bytes. Thread safety is the object's monitor: every read and write of the
 * buffer holds it (a byte array holds no references, so no lifetime protocol is involved and no user code runs
 * under the monitor), so threads that share one see each operation whole, as CPython's free-threaded build promises
 * for its built-in containers. Reads that answer a new value work on a snapshot ({@link #snapshot}).
 */
final class PyByteArray extends PyObject {
    static final PyType TYPE = PyType.staticType("bytearray", PyType.FLAG_NO_WEAKREFS);

    private byte[] buf;
    private int size;

    PyByteArray(ThreadState ts, byte[] value) {
        super(TYPE, ts);
        this.buf = value;
        this.size = value.length;
    }

    /** A copy of the bytes now. */
    synchronized byte[] snapshot() {
        return Arrays.copyOf(buf, size);
    }

    synchronized int length() {
        return size;
    }

    private void ensure(int n) {
        if (n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(n, buf.length + (buf.length >> 1) + 8));
        }
    }

    synchronized void append(int b) {
        ensure(size + 1);
        buf[size++] = (byte) b;
    }

    synchronized void extend(byte[] more) {
        ensure(size + more.length);
        System.arraycopy(more, 0, buf, size, more.length);
        size += more.length;
    }

    /** Replaces the contents (slice assignment, clear, reverse and the like). */
    synchronized void replace(byte[] contents) {
        buf = contents;
        size = contents.length;
    }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        byte[] o;
        if (other instanceof PyByteArray) {
            o = ((PyByteArray) other).snapshot();
        } else if (other instanceof PyBytes) {
            o = ((PyBytes) other).value;
        } else {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBytes.compareResult(Arrays.compareUnsigned(snapshot(), o), op);
    }

    @Override
    public long pyHash(ThreadState ts) {
        throw new dev.freethread.objects.PyException("TypeError", "unhashable type: 'bytearray'");
    }

    @Override
    public boolean pyBool(ThreadState ts) {
        return length() > 0;
    }

    @Override
    public String repr() {
        return "bytearray(" + PyBytes.repr(snapshot(), "b") + ")";
    }

    /** {@code ba[i] = x}, {@code ba[i:j] = bytes-like or iterable of ints}. */
    void setItem(PyThread t, PyObject key, PyObject value) {
        if (key instanceof Descriptors.PySlice) {
            byte[] v = value instanceof PyInt
                    ? null : BytesMethods.contents(t, new PyObject[] {value}, null, "bytearray");
            if (v == null) {
                throw Errors.typeError(t, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            }
            synchronized (this) {
                byte[] cur = Arrays.copyOf(buf, size);
                dev.freethread.list.Slice.Bounds b = Ops.toSlice(t, (Descriptors.PySlice) key).indices(cur.length);
                if (b.step() == 1) {
                    int start = b.start();
                    int stop = Math.max(start, b.start() + b.length());
                    byte[] out = new byte[cur.length - (stop - start) + v.length];
                    System.arraycopy(cur, 0, out, 0, start);
                    System.arraycopy(v, 0, out, start, v.length);
                    System.arraycopy(cur, stop, out, start + v.length, cur.length - stop);
                    replace(out);
                    return;
                }
                if (v.length != b.length()) {
                    throw Errors.valueError(t, "attempt to assign bytes of size " + v.length
                            + " to extended slice of size " + b.length());
                }
                for (int i = 0, j = b.start(); i < v.length; i++, j += b.step()) {
                    buf[j] = v[i];
                }
                return;
            }
        }
        long c = Ops.index(t, value, "'%s' object cannot be interpreted as an integer");
        if (c < 0 || c > 255) {
            throw Errors.valueError(t, "byte must be in range(0, 256)");
        }
        long i = Ops.index(t, key, "bytearray indices must be integers or slices, not %s");
        synchronized (this) {
            if (i < 0) {
                i += size;
            }
            if (i < 0 || i >= size) {
                throw Errors.raise(t, "IndexError", "bytearray index out of range");
            }
            buf[(int) i] = (byte) c;
        }
    }

    /** {@code del ba[i]}, {@code del ba[i:j]}. */
    void delItem(PyThread t, PyObject key) {
        synchronized (this) {
            byte[] cur = Arrays.copyOf(buf, size);
            if (key instanceof Descriptors.PySlice) {
                dev.freethread.list.Slice.Bounds b = Ops.toSlice(t, (Descriptors.PySlice) key).indices(cur.length);
                boolean[] drop = new boolean[cur.length];
                for (int i = 0, j = b.start(); i < b.length(); i++, j += b.step()) {
                    drop[j] = true;
                }
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                for (int i = 0; i < cur.length; i++) {
                    if (!drop[i]) {
                        out.write(cur[i]);
                    }
                }
                replace(out.toByteArray());
                return;
            }
            long i = Ops.index(t, key, "bytearray indices must be integers or slices, not %s");
            if (i < 0) {
                i += cur.length;
            }
            if (i < 0 || i >= cur.length) {
                throw Errors.raise(t, "IndexError", "bytearray index out of range");
            }
            byte[] out = new byte[cur.length - 1];
            System.arraycopy(cur, 0, out, 0, (int) i);
            System.arraycopy(cur, (int) i + 1, out, (int) i, cur.length - (int) i - 1);
            replace(out);
        }
    }

    /** The methods that change a bytearray. */
    static void installMutators(Map<String, PyBuiltin.MethodImpl> m) {
        m.put("append", (t, self, a, kw) -> {
            Args.count(t, "append", a, kw, 1, 1);
            long c = Ops.index(t, a[0], "'%s' object cannot be interpreted as an integer");
            if (c < 0 || c > 255) {
                throw Errors.valueError(t, "byte must be in range(0, 256)");
            }
            ((PyByteArray) self).append((int) c);
            return PyNone.NONE;
        });
        m.put("extend", (t, self, a, kw) -> {
            Args.count(t, "extend", a, kw, 1, 1);
            if (a[0] instanceof PyInt) {
                throw Errors.typeError(t, "can't extend bytearray with int");
            }
            Ops.lengthHintProbe(t, a[0]);
            ((PyByteArray) self).extend(BytesMethods.contents(t, new PyObject[] {a[0]}, null, "bytearray"));
            return PyNone.NONE;
        });
        m.put("pop", (t, self, a, kw) -> {
            Args.count(t, "pop", a, kw, 0, 1);
            PyByteArray ba = (PyByteArray) self;
            long idx = a.length > 0 ? Args.toLong(t, a[0], "pop") : -1;
            synchronized (ba) {
                if (ba.size == 0) {
                    throw Errors.raise(t, "IndexError", "pop from empty bytearray");
                }
                long i = idx < 0 ? idx + ba.size : idx;
                if (i < 0 || i >= ba.size) {
                    throw Errors.raise(t, "IndexError", "pop index out of range");
                }
                int v = ba.buf[(int) i] & 0xff;
                System.arraycopy(ba.buf, (int) i + 1, ba.buf, (int) i, ba.size - (int) i - 1);
                ba.size--;
                return PyInt.of(t.ts, v);
            }
        });
        m.put("insert", (t, self, a, kw) -> {
            Args.count(t, "insert", a, kw, 2, 2);
            PyByteArray ba = (PyByteArray) self;
            long idx = Args.toLong(t, a[0], "insert");
            long c = Ops.index(t, a[1], "'%s' object cannot be interpreted as an integer");
            if (c < 0 || c > 255) {
                throw Errors.valueError(t, "byte must be in range(0, 256)");
            }
            synchronized (ba) {
                long i = idx < 0 ? Math.max(0, idx + ba.size) : Math.min(idx, ba.size);
                ba.ensure(ba.size + 1);
                System.arraycopy(ba.buf, (int) i, ba.buf, (int) i + 1, ba.size - (int) i);
                ba.buf[(int) i] = (byte) c;
                ba.size++;
            }
            return PyNone.NONE;
        });
        m.put("remove", (t, self, a, kw) -> {
            Args.count(t, "remove", a, kw, 1, 1);
            PyByteArray ba = (PyByteArray) self;
            long c = Ops.index(t, a[0], "'%s' object cannot be interpreted as an integer");
            synchronized (ba) {
                for (int i = 0; i < ba.size; i++) {
                    if ((ba.buf[i] & 0xff) == c) {
                        System.arraycopy(ba.buf, i + 1, ba.buf, i, ba.size - i - 1);
                        ba.size--;
                        return PyNone.NONE;
                    }
                }
            }
            throw Errors.valueError(t, "value not found in bytearray");
        });
        m.put("clear", (t, self, a, kw) -> {
            Args.count(t, "clear", a, kw, 0, 0);
            ((PyByteArray) self).replace(new byte[0]);
            return PyNone.NONE;
        });
        m.put("reverse", (t, self, a, kw) -> {
            Args.count(t, "reverse", a, kw, 0, 0);
            PyByteArray ba = (PyByteArray) self;
            synchronized (ba) {
                for (int i = 0, j = ba.size - 1; i < j; i++, j--) {
                    byte x = ba.buf[i];
                    ba.buf[i] = ba.buf[j];
                    ba.buf[j] = x;
                }
            }
            return PyNone.NONE;
        });
        m.put("copy", (t, self, a, kw) -> {
            Args.count(t, "copy", a, kw, 0, 0);
            return new PyByteArray(t.ts, ((PyByteArray) self).snapshot());
        });
    }
}
