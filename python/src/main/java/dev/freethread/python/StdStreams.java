// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code sys.stdin} (text, iterable by lines), {@code input()}, and the binary layers {@code sys.stdin.buffer},
 * {@code sys.stdout.buffer} and {@code sys.stderr.buffer}, over the process's standard streams (UTF-8, as CPython's
 * in a UTF-8 locale). One {@link BufferedInputStream} serves the text and the binary reads of stdin, so they see
 * one position. A thread blocked reading is detached, as one blocked writing is ({@link Interp#write}): it never
 * holds up a stop-the-world or a handshake. These objects are immortal, as the interpreter's stdout and stderr.
 */
final class StdStreams {
    private StdStreams() {
    }

    /** The interpreter's stdin, read by the text stream, its buffer and input(). */
    static final class Source {
        private final BufferedInputStream in;
        private final dev.freethread.objects.Runtime rt;

        Source(InputStream in, dev.freethread.objects.Runtime rt) {
            this.in = new BufferedInputStream(in);
            this.rt = rt;
        }

        /** A line's bytes with its '\n', the last line's without; null at the end. */
        byte[] readLine(long limit) {
            return blocking(() -> {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                while (limit < 0 || b.size() < limit) {
                    int c = in.read();
                    if (c < 0) {
                        break;
                    }
                    b.write(c);
                    if (c == '\n') {
                        break;
                    }
                }
                return b.size() == 0 ? null : b.toByteArray();
            });
        }

        /** Up to n bytes (all that is left when n < 0). */
        byte[] read(long n) {
            return blocking(() -> n < 0 ? in.readAllBytes() : in.readNBytes((int) Math.min(n, Integer.MAX_VALUE)));
        }

        private interface Read {
            byte[] run() throws IOException;
        }

        /** Runs a read under the stream's lock, detached while it may block. */
        private byte[] blocking(Read r) {
            ThreadState ts = rt.currentThreadState();
            boolean detached = ts != null && ts.isAttached();
            if (detached) {
                ts.detach();
            }
            try {
                synchronized (in) {
                    return r.run();
                }
            } catch (IOException e) {
                throw new dev.freethread.objects.PyException("OSError", String.valueOf(e.getMessage()));
            } finally {
                if (detached) {
                    ts.attach();
                }
            }
        }
    }

    /** {@code sys.stdin}: text lines of the process's stdin. */
    static final class In extends PyIter {
        static final PyType TYPE = PyType.staticType("_io.TextIOWrapper", PyType.FLAG_NO_WEAKREFS);
        final Source source;
        final Buffer buffer;

        In(Source source) {
            super(TYPE, PyObject.Immortal.IMMORTAL);
            this.source = source;
            this.buffer = new Buffer(source, null, false);
        }

        @Override
        PyObject next(PyThread t) {
            byte[] line = source.readLine(-1);
            return line == null ? null : PyStr.of(t.ts, new String(line, StandardCharsets.UTF_8));
        }
    }

    /** A binary layer: stdin's bytes, or raw bytes to stdout or stderr (after the text layer's pending output). */
    static final class Buffer extends PyObject {
        static final PyType TYPE = PyType.staticType("_io.BufferedWriter", PyType.FLAG_NO_WEAKREFS);
        final Source source;
        final java.io.PrintStream sink;
        final boolean err;

        Buffer(Source source, java.io.PrintStream sink, boolean err) {
            super(TYPE, PyObject.Immortal.IMMORTAL);
            this.source = source;
            this.sink = sink;
            this.err = err;
        }
    }

    /** The methods and attributes of the three streams and their buffers. */
    static void install(Interp ip) {
        Map<String, PyBuiltin.MethodImpl> in = Builtins.table(ip, In.TYPE);
        in.put("readline", (t, self, a, kw) -> {
            Args.count(t, "readline", a, kw, 0, 1);
            long limit = a.length > 0 && a[0] != PyNone.NONE ? Args.toLong(t, a[0], "readline") : -1;
            byte[] line = ((In) self).source.readLine(limit);
            return PyStr.of(t.ts, line == null ? "" : new String(line, StandardCharsets.UTF_8));
        });
        in.put("read", (t, self, a, kw) -> {
            Args.count(t, "read", a, kw, 0, 1);
            long n = a.length > 0 && a[0] != PyNone.NONE ? Args.toLong(t, a[0], "read") : -1;
            return PyStr.of(t.ts, new String(((In) self).source.read(n), StandardCharsets.UTF_8));
        });
        in.put("readlines", (t, self, a, kw) -> {
            Args.count(t, "readlines", a, kw, 0, 1);
            dev.freethread.list.PyList out = dev.freethread.list.PyList.create(t.ts);
            for (byte[] line = ((In) self).source.readLine(-1); line != null;
                    line = ((In) self).source.readLine(-1)) {
                PyObject s = PyStr.of(t.ts, new String(line, StandardCharsets.UTF_8));
                out.append(t.ts, s);
                RefCount.decref(t.ts, s);
            }
            return out;
        });
        Map<String, PyBuiltin.MethodImpl> buf = Builtins.table(ip, Buffer.TYPE);
        buf.put("write", (t, self, a, kw) -> {
            Args.count(t, "write", a, kw, 1, 1);
            Buffer b = (Buffer) self;
            if (b.sink == null) {
                throw Errors.raise(t, "OSError", "not writable");
            }
            byte[] data = BytesMethods.bytesLike(t, a[0], null);
            ip.flush(); // the text layer's output first, in order
            synchronized (b.sink) {
                b.sink.write(data, 0, data.length);
                b.sink.flush();
            }
            return PyInt.of(t.ts, data.length);
        });
        buf.put("read", (t, self, a, kw) -> {
            Args.count(t, "read", a, kw, 0, 1);
            Buffer b = (Buffer) self;
            if (b.source == null) {
                throw Errors.raise(t, "OSError", "not readable");
            }
            long n = a.length > 0 && a[0] != PyNone.NONE ? Args.toLong(t, a[0], "read") : -1;
            return PyBytes.of(t.ts, b.source.read(n));
        });
        buf.put("readline", (t, self, a, kw) -> {
            Args.count(t, "readline", a, kw, 0, 1);
            Buffer b = (Buffer) self;
            if (b.source == null) {
                throw Errors.raise(t, "OSError", "not readable");
            }
            long limit = a.length > 0 && a[0] != PyNone.NONE ? Args.toLong(t, a[0], "readline") : -1;
            byte[] line = b.source.readLine(limit);
            return PyBytes.of(t.ts, line == null ? new byte[0] : line);
        });
        for (Map<String, PyBuiltin.MethodImpl> m : java.util.List.of(in, buf)) {
            m.put("flush", (t, self, a, kw) -> {
                ip.flush();
                return PyNone.NONE;
            });
            m.put("fileno", (t, self, a, kw) -> PyInt.of(t.ts, fileno(self)));
            m.put("isatty", (t, self, a, kw) -> PyBool.FALSE);
            m.put("readable", (t, self, a, kw) -> PyBool.of(self instanceof In
                    || self instanceof Buffer && ((Buffer) self).source != null));
            m.put("writable", (t, self, a, kw) -> PyBool.of(self instanceof Buffer && ((Buffer) self).sink != null));
            m.put("seekable", (t, self, a, kw) -> PyBool.FALSE);
            m.put("close", (t, self, a, kw) -> PyNone.NONE);
        }
        Map<String, PyBuiltin.MethodImpl> out = Builtins.table(ip, Modules.Stream.TYPE);
        out.put("reconfigure", (t, self, a, kw) -> PyNone.NONE); // UTF-8 already; line buffering is the JVM's
        out.put("fileno", (t, self, a, kw) -> PyInt.of(t.ts, ((Modules.Stream) self).isStderr() ? 2 : 1));
        out.put("isatty", (t, self, a, kw) -> PyBool.FALSE);
        out.put("writable", (t, self, a, kw) -> PyBool.TRUE);
        out.put("readable", (t, self, a, kw) -> PyBool.FALSE);
        out.put("seekable", (t, self, a, kw) -> PyBool.FALSE);
        out.put("writelines", (t, self, a, kw) -> {
            Args.count(t, "writelines", a, kw, 1, 1);
            PyObject it = Ops.iter(t, a[0]);
            try {
                for (PyObject x = Ops.next(t, it); x != null; x = Ops.next(t, it)) {
                    try {
                        ((Modules.Stream) self).write(Args.str(t, x, "writelines", 1));
                    } finally {
                        RefCount.decref(t.ts, x);
                    }
                }
            } finally {
                RefCount.decref(t.ts, it);
            }
            return PyNone.NONE;
        });
    }

    private static int fileno(PyObject self) {
        if (self instanceof In) {
            return 0;
        }
        Buffer b = (Buffer) self;
        return b.source != null ? 0 : b.err ? 2 : 1;
    }

    /** The data attributes of the streams (a new reference), or null. */
    static PyObject attr(PyThread t, PyObject o, String n) {
        ThreadState ts = t.ts;
        switch (n) {
            case "encoding":
                return o instanceof Buffer ? null : PyStr.of(ts, "utf-8");
            case "errors":
                return o instanceof Buffer ? null : PyStr.of(ts, o instanceof Modules.Stream
                        && ((Modules.Stream) o).isStderr() ? "backslashreplace" : "strict");
            case "name":
                return PyStr.of(ts, o instanceof In ? "<stdin>" : o instanceof Modules.Stream
                        ? (((Modules.Stream) o).isStderr() ? "<stderr>" : "<stdout>")
                        : ((Buffer) o).source != null ? "<stdin>" : ((Buffer) o).err ? "<stderr>" : "<stdout>");
            case "mode":
                return PyStr.of(ts, o instanceof In ? "r" : o instanceof Modules.Stream ? "w"
                        : ((Buffer) o).source != null ? "rb" : "wb");
            case "closed":
                return PyBool.FALSE;
            case "line_buffering":
                return o instanceof Buffer ? null : PyBool.FALSE;
            case "newlines":
                return o instanceof In ? PyNone.NONE : null;
            case "buffer":
                if (o instanceof In) {
                    return RefCount.newRef(ts, ((In) o).buffer);
                }
                if (o instanceof Modules.Stream) {
                    return RefCount.newRef(ts, ((Modules.Stream) o).buffer(t.interp));
                }
                return null;
            default:
                return null;
        }
    }
}
