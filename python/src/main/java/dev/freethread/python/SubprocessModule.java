// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code _subprocess}: child processes through the JDK's {@link ProcessBuilder}, for lib/subprocess.py, which gives
 * them CPython's API ({@code Popen}, {@code run}, pipes, timeouts, text mode). A JVM cannot fork, set a child's
 * argv[0] apart from its program, or pass it file descriptors; what this module offers instead:
 * <ul>
 *   <li>each of the child's three streams is a pipe ({@link #PIPE}), the null device ({@link #DEVNULL}), merged into
 *       stdout ({@link #STDOUT}, stderr only) or the interpreter's own ({@link #PARENT}): stdin inherits the
 *       process's standard input; stdout and stderr inherit the process's when the interpreter writes there (the
 *       command line), and are otherwise copied by a pump thread to the interpreter's streams, so a child's output
 *       goes where the script's print goes (a captured stream in an embedding, a test); either way it comes after
 *       what the script printed before the child started;</li>
 *   <li>the child's exit status as the JDK reports it: a child ended by signal N reads 128+N there, which
 *       subprocess.py turns into CPython's -N when it sent that signal itself.</li>
 * </ul>
 *
 * <p>Every call that may block (reading a pipe, writing one, waiting for the child) detaches the calling thread
 * first, as the interpreter's other blocking calls do, so a stop-the-world or a handshake never waits for it. A
 * {@link Proc} holds no Python object: its free needs nothing but the Java garbage collector.
 */
final class SubprocessModule {
    private SubprocessModule() {
    }

    /** How long an exit waits for a pump to copy the rest of a child's output (captured streams only). */
    private static final long PUMP_DRAIN_MILLIS = 5000;

    static final int PARENT = 0;
    static final int PIPE = 1;
    static final int DEVNULL = 2;
    static final int STDOUT = 3;

    /** A started child process and its pump threads. */
    static final class Proc extends PyObject {
        static final PyType TYPE = PyType.staticType("_subprocess.process", PyType.FLAG_NO_WEAKREFS);
        final Process process;
        /** The threads copying the child's output to the interpreter's streams; joined before an exit is reported. */
        final List<Thread> pumps = new ArrayList<>();
        /** The child's stdout and stderr when they are pipes to the script, else null. */
        Channel out;
        Channel err;

        Proc(ThreadState ts, Process process) {
            super(TYPE, ts);
            this.process = process;
        }

        Channel channel(PyThread t, long which) {
            Channel c = which == 1 ? out : which == 2 ? err : null;
            if (c == null) {
                throw Errors.valueError(t, "stream " + which + " is not a pipe");
            }
            return c;
        }
    }

    /**
     * A pipe from the child, read by a Java thread of its own into a small bounded queue, from which the script's
     * reads take. So a script's thread never blocks inside the pipe itself: closing the parent's end (Popen's
     * __exit__, a communicate() that timed out) wakes every reader at once, even while a grandchild still holds the
     * child's end open and the pump stays blocked in it; the pump holds no Python object, so what it waits for
     * never keeps one alive. The queue's bound (16 chunks) is the pipe's capacity: a child whose output nobody reads
     * blocks, as on a real pipe; after the close the pump discards.
     */
    static final class Channel {
        private static final byte[] EOF = new byte[0];
        private final java.util.concurrent.BlockingQueue<byte[]> chunks =
                new java.util.concurrent.ArrayBlockingQueue<>(16);
        private volatile boolean closed;
        /** The rest of a chunk a read took only part of; guarded by this. */
        private byte[] pending;
        private int pendingAt;
        private boolean ended;

        Channel(InputStream from) {
            Thread th = new Thread(() -> pump(from), "ftpython-subprocess-pipe");
            th.setDaemon(true);
            th.start();
        }

        private void pump(InputStream from) {
            byte[] buf = new byte[8192];
            try {
                for (int k; (k = from.read(buf)) > 0 && !closed; ) {
                    byte[] chunk = java.util.Arrays.copyOf(buf, k);
                    while (!closed && !chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                        // full: the script is not reading; look again whether it closed its end
                    }
                }
            } catch (IOException | InterruptedException e) {
                // the stream failed or the pump was interrupted: the end of what it can read
            } finally {
                while (!closed && !chunks.offer(EOF)) {
                    Thread.onSpinWait(); // full: a reader makes room, or the close ends the wait
                }
                try {
                    from.close();
                } catch (IOException e) {
                    // nothing more to read from it either way
                }
            }
        }

        /** Up to n bytes as soon as some arrive; empty at the end or once closed. Blocks: call detached. */
        synchronized byte[] read(int n) throws InterruptedException {
            if (pending == null) {
                if (ended || closed) {
                    return EOF;
                }
                byte[] c = chunks.take();
                if (c == EOF) {
                    ended = true;
                    return EOF;
                }
                pending = c;
                pendingAt = 0;
            }
            int k = Math.min(n, pending.length - pendingAt);
            byte[] out = java.util.Arrays.copyOfRange(pending, pendingAt, pendingAt + k);
            pendingAt += k;
            if (pendingAt == pending.length) {
                pending = null;
            }
            return out;
        }

        /** The parent's end closed: readers waiting now and later get the end; the pump discards the rest. */
        void close() {
            closed = true;
            chunks.clear();
            chunks.offer(EOF); // wakes a reader blocked in take()
        }
    }

    /** A blocking operation of the JDK, run detached. */
    private interface Blocking<T> {
        T run() throws IOException, InterruptedException;
    }

    /**
     * Runs a blocking operation detached. An interrupt of the main thread runs a signal's handler (or raises
     * KeyboardInterrupt) attached, and the operation starts again (PEP 475): each is written to be repeated.
     */
    private static <T> T detached(PyThread t, Blocking<T> op) {
        ThreadState ts = t.ts;
        for (;;) {
            boolean interrupted = false;
            IOException failed = null;
            T result = null;
            ts.detach();
            try {
                result = op.run();
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (IOException e) {
                failed = e;
            } finally {
                ts.attach();
            }
            if (interrupted) {
                ThreadObjects.interruptedWait(t); // KeyboardInterrupt, or what a signal's handler raised
            }
            t.interp.stopIfFinalizing(t);
            if (failed != null) {
                throw new PyRaise(brokenOrOs(t, failed)); // made attached: it allocates Python objects
            }
            if (!interrupted) {
                return result;
            }
        }
    }

    private static PyBaseExc brokenOrOs(PyThread t, IOException e) {
        String m = String.valueOf(e.getMessage());
        boolean broken = m.contains("Broken pipe") || m.contains("Stream closed");
        PyObject[] args = broken
                ? new PyObject[] {PyInt.of(t.ts, 32), PyStr.of(t.ts, "Broken pipe")}
                : new PyObject[] {PyInt.of(t.ts, 5), PyStr.of(t.ts, m)};
        try {
            return (PyBaseExc) Ops.call(t, t.interp.exceptionClass(broken ? "BrokenPipeError" : "OSError"), args,
                    null);
        } finally {
            for (PyObject o : args) {
                RefCount.decref(t.ts, o);
            }
        }
    }

    private static Proc proc(PyThread t, PyObject o) {
        if (!(o instanceof Proc)) {
            throw Errors.typeError(t, "expected a _subprocess process, not '" + Ops.typeName(o) + "'");
        }
        return (Proc) o;
    }

    static void install(PyThread t, PyModule m) {
        // spawn(args: list of str, cwd: str, env: list of 'K=V' str, stdin, stdout, stderr modes): a process, or
        // (errno, strerror) when it could not be started
        Modules.define(t, m, "spawn", (tt, a, kw) -> {
            Args.count(tt, "spawn", a, kw, 6, 6);
            List<String> cmd = strings(tt, a[0], "args");
            List<String> env = strings(tt, a[2], "env");
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.directory(new java.io.File(Args.str(tt, a[1], "spawn", 2)));
            java.util.Map<String, String> e = pb.environment();
            e.clear();
            for (String kv : env) {
                int eq = kv.indexOf('=');
                e.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
            int in = (int) Args.toLong(tt, a[3], "stdin");
            int out = (int) Args.toLong(tt, a[4], "stdout");
            int err = (int) Args.toLong(tt, a[5], "stderr");
            pb.redirectInput(in == PIPE ? ProcessBuilder.Redirect.PIPE : in == DEVNULL
                    ? ProcessBuilder.Redirect.from(new java.io.File("/dev/null")) : ProcessBuilder.Redirect.INHERIT);
            boolean inherit = tt.interp.ownsProcessStreams;
            pb.redirectOutput(redirect(out, inherit));
            if (err == STDOUT) {
                pb.redirectErrorStream(true);
            } else {
                pb.redirectError(redirect(err, inherit));
            }
            tt.interp.flush(); // what the script printed comes before what the child prints
            Process p;
            try {
                p = pb.start();
            } catch (IOException ex) {
                return startError(tt, ex);
            }
            Proc proc = new Proc(tt.ts, p);
            if (out == PIPE) {
                proc.out = new Channel(p.getInputStream());
            }
            if (err == PIPE) {
                proc.err = new Channel(p.getErrorStream());
            }
            if (out == PARENT && !inherit) {
                proc.pumps.add(pump(p.getInputStream(), tt.interp.out));
            }
            if (err == PARENT && !inherit) {
                proc.pumps.add(pump(p.getErrorStream(), tt.interp.err));
            }
            return proc;
        });
        Modules.define(t, m, "pid", (tt, a, kw) -> {
            Args.count(tt, "pid", a, kw, 1, 1);
            return PyInt.of(tt.ts, proc(tt, a[0]).process.pid());
        });
        // read1(proc, which, n): up to n bytes of stdout (1) or stderr (2) as soon as some arrive; b'' at the end
        Modules.define(t, m, "read1", (tt, a, kw) -> {
            Args.count(tt, "read1", a, kw, 3, 3);
            Channel c = proc(tt, a[0]).channel(tt, Args.toLong(tt, a[1], "which"));
            int n = (int) Math.max(1, Math.min(Args.toLong(tt, a[2], "n"), 1 << 20));
            byte[] got = detached(tt, () -> c.read(n));
            return PyBytes.of(tt.ts, got == null ? new byte[0] : got);
        });
        // write(proc, data): all of data to the child's stdin, flushed
        Modules.define(t, m, "write", (tt, a, kw) -> {
            Args.count(tt, "write", a, kw, 2, 2);
            Proc p = proc(tt, a[0]);
            byte[] data = BytesMethods.bytesLike(tt, a[1], "write");
            detached(tt, () -> {
                OutputStream o = p.process.getOutputStream();
                synchronized (o) {
                    o.write(data);
                    o.flush();
                }
                return null;
            });
            return PyInt.of(tt.ts, data.length);
        });
        // close(proc, which): the parent's end of stdin (0), stdout (1) or stderr (2)
        Modules.define(t, m, "close", (tt, a, kw) -> {
            Args.count(tt, "close", a, kw, 2, 2);
            Proc p = proc(tt, a[0]);
            long which = Args.toLong(tt, a[1], "which");
            if (which != 0) {
                p.channel(tt, which).close();
                return PyNone.NONE;
            }
            detached(tt, () -> {
                p.process.getOutputStream().close();
                return null;
            });
            return PyNone.NONE;
        });
        // wait(proc, timeout or None): the exit status, or None when the timeout passed first
        Modules.define(t, m, "wait", (tt, a, kw) -> {
            Args.count(tt, "wait", a, kw, 2, 2);
            Proc p = proc(tt, a[0]);
            double timeout = a[1] == PyNone.NONE ? -1 : Arith.toDouble(tt, a[1]);
            long deadline = System.nanoTime() + (long) (Math.max(0, timeout) * 1e9);
            Integer code = detached(tt, () -> {
                if (timeout < 0) {
                    p.process.waitFor();
                } else if (!p.process.waitFor(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                    return null;
                }
                for (Thread pump : p.pumps) {
                    // the child's output has all reached the interpreter's streams; a grandchild that still holds
                    // the pipe (a command sent to the background) is not waited for beyond this bound
                    pump.join(PUMP_DRAIN_MILLIS);
                }
                return p.process.exitValue();
            });
            return code == null ? RefCount.newRef(tt.ts, PyNone.NONE) : PyInt.of(tt.ts, code);
        });
        // signal(proc, sig): SIGTERM and SIGKILL through the JDK, any other by the kill command
        Modules.define(t, m, "signal", (tt, a, kw) -> {
            Args.count(tt, "signal", a, kw, 2, 2);
            Proc p = proc(tt, a[0]);
            long sig = Args.toLong(tt, a[1], "sig");
            if (!p.process.isAlive()) {
                return PyNone.NONE;
            }
            if (sig == 15) {
                p.process.destroy();
            } else if (sig == 9) {
                p.process.destroyForcibly();
            } else {
                detached(tt, () -> new ProcessBuilder("kill", "-" + sig, Long.toString(p.process.pid()))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor());
            }
            return PyNone.NONE;
        });
    }

    /** Where a child's stdout or stderr goes: the process's own when the interpreter writes there, else a pipe. */
    private static ProcessBuilder.Redirect redirect(int mode, boolean inherit) {
        if (mode == DEVNULL) {
            return ProcessBuilder.Redirect.DISCARD;
        }
        return mode == PARENT && inherit ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE;
    }

    private static List<String> strings(PyThread t, PyObject seq, String what) {
        if (!(seq instanceof dev.freethread.list.PyList)) {
            throw Errors.typeError(t, what + " must be a list of str, not '" + Ops.typeName(seq) + "'");
        }
        dev.freethread.list.PyList l = (dev.freethread.list.PyList) seq;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            PyObject s = l.getItem(t.ts, i);
            try {
                if (!(s instanceof PyStr)) {
                    throw Errors.typeError(t, what + " must be a list of str, not of '" + Ops.typeName(s) + "'");
                }
                String v = ((PyStr) s).value();
                if (v.indexOf('\0') >= 0) {
                    throw Errors.valueError(t, "embedded null byte");
                }
                out.add(v);
            } finally {
                RefCount.decref(t.ts, s);
            }
        }
        return out;
    }

    /** What could not be started: (errno, strerror), from the JDK's "error=N, message". */
    private static PyObject startError(PyThread t, IOException e) {
        String m = String.valueOf(e.getMessage());
        int errno = 2;
        String msg = "No such file or directory";
        java.util.regex.Matcher mm = java.util.regex.Pattern.compile("error=(\\d+), (.*)$").matcher(m);
        if (mm.find()) {
            errno = Integer.parseInt(mm.group(1));
            msg = mm.group(2);
        } else if (m.contains("directory")) {
            msg = m;
        }
        return PyTuple.stealing(t.ts, PyInt.of(t.ts, errno), PyStr.of(t.ts, msg));
    }

    /** A daemon thread copying a child's output to one of the interpreter's streams until the child closes it. */
    private static Thread pump(InputStream from, PrintStream to) {
        Thread th = new Thread(() -> {
            byte[] buf = new byte[8192];
            try {
                for (int k; (k = from.read(buf)) > 0; ) {
                    synchronized (to) { // the monitor Interp.write and flush hold
                        to.write(buf, 0, k);
                        to.flush();
                    }
                }
            } catch (IOException e) {
                // the stream closed under us: nothing more to copy
            }
        }, "ftpython-subprocess-pump");
        th.setDaemon(true);
        th.start();
        return th;
    }
}
