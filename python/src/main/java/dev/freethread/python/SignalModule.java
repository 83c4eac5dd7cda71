// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyTuple;
import dev.freethread.refcount.RefCount;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code _signal}: the process's signals through the JDK's {@code sun.misc.Signal}, for lib/signal.py, which keeps
 * the Python handlers and gives CPython's API. As in CPython, a Python handler never runs on the thread the signal
 * arrives on (here the JVM's signal dispatcher): {@link Interp#signalArrived} queues the number, flags the
 * interpreter's one check flag and wakes the main thread from a blocking wait, and the main thread runs the handler
 * at its next check (a loop back-edge, a call, the end of the wait: {@link Interp#checkInterrupt}), after which an
 * interrupted wait goes on for what is left of it (PEP 475), unless the handler raised.
 *
 * <p>The handlers are the JVM's, shared by every interpreter of the process: the first change of a signal's handler
 * records the JVM's previous one, and {@link #restore} puts them all back at the interpreter's shutdown, so an
 * embedding (or a test) gets its own handlers back. The JVM reserves some signals (SIGQUIT, SIGUSR2 and the fault
 * signals on HotSpot): changing their handler raises OSError, as SIGKILL's does. {@code alarm} and
 * {@code setitimer(ITIMER_REAL)} raise a real SIGALRM from a timer thread, so an alarm nobody handles ends the
 * process as CPython's does; the CPU-time timers (ITIMER_VIRTUAL, ITIMER_PROF) are not available.
 */
final class SignalModule {
    private SignalModule() {
    }

    static final int DFL = 0;
    static final int IGN = 1;
    static final int CATCH = 2;
    /** SIGINT's default_int_handler: KeyboardInterrupt, the interpreter's own Ctrl-C handling. */
    static final int KEYBOARD = 3;

    /**
     * {@code _thread.interrupt_main(signum)}: the signal as if it had arrived, for the main thread's next check, when
     * Python handles it (default_int_handler's KeyboardInterrupt, or a handler a script set); else nothing.
     */
    static void simulate(PyThread t, long signum) {
        Interp ip = t.interp;
        if (signum < 1 || signum >= NAMES.length) {
            throw Errors.valueError(t, "signal number out of range");
        }
        int mode;
        synchronized (ip.signals) {
            mode = ip.signals.modes.getOrDefault((int) signum, signum == 2 ? KEYBOARD : DFL);
        }
        if (mode == KEYBOARD) {
            ip.interruptMain();
        } else if (mode == CATCH) {
            ip.signalArrived((int) signum);
        } else {
            return;
        }
        if (t == ip.main) {
            ip.checkInterrupt(t); // on the main thread it is raised at once, as CPython's next check does
        }
    }

    private static final String[] NAMES = {null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL",
        "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG",
        "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS"};

    /** One interpreter's changes to the process's handlers, and its interval timer; guarded by itself. */
    static final class State {
        private final Map<Integer, sun.misc.SignalHandler> replaced = new HashMap<>();
        private final Map<Integer, Integer> modes = new HashMap<>();
        private java.util.Timer timer;
        private java.util.TimerTask alarm;
        private long alarmDeadline;
        private double alarmInterval;
        /** Set by {@link #restore}: no alarm is raised from then on. */
        private boolean closed;
    }

    /**
     * Waits, detached, until a signal for a Python handler (or Ctrl-C) has been flagged or the deadline passes, then
     * runs what arrived at the main thread's check. Unlike the waits of locks and sleeps, it does not go on after a
     * handler ran: that is what it waits for.
     */
    private static void waitForSignal(PyThread t, long deadline) {
        Interp ip = t.interp;
        if (t != ip.main) {
            return; // handlers run on the main thread only
        }
        t.ts.detach();
        try {
            while (!ip.signalsPending && !ip.ctrlC) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                Thread.sleep(Math.min(left / 1_000_000 + 1, 1000));
            }
        } catch (InterruptedException e) {
            // the wake-up of signalArrived or Ctrl-C: the check below sees its flag
        } finally {
            t.ts.attach();
        }
        ip.checkInterrupt(t);
        ip.stopIfFinalizing(t);
    }

    private static PyRaise invalid(PyThread t, long signum, String why) {
        PyObject[] args = {PyInt.of(t.ts, 22), dev.freethread.objects.PyStr.of(t.ts, "Invalid argument" + why)};
        try {
            return new PyRaise((PyBaseExc) Ops.call(t, t.interp.exceptionClass("OSError"), args, null));
        } finally {
            for (PyObject o : args) {
                RefCount.decref(t.ts, o);
            }
        }
    }

    static void install(PyThread t, PyModule m) {
        Interp ip = t.interp;
        Modules.define(t, m, "default_int_handler", (tt, a, kw) -> {
            Args.count(tt, "default_int_handler", a, kw, 2, 2);
            throw Errors.raise(tt, "KeyboardInterrupt", null);
        });
        // install(signum, mode): the JVM's handler for the signal becomes DFL, IGN, CATCH (queue it for the Python
        // handler) or KEYBOARD (the interpreter's Ctrl-C)
        Modules.define(t, m, "install", (tt, a, kw) -> {
            Args.count(tt, "install", a, kw, 2, 2);
            long signum = Args.toLong(tt, a[0], "signum");
            int mode = (int) Args.toLong(tt, a[1], "mode");
            if (signum == 9 || signum == 19) {
                throw invalid(tt, signum, "");
            }
            if (signum < 1 || signum >= NAMES.length) {
                throw invalid(tt, signum, " (ftpython handles signals 1-31 only)");
            }
            sun.misc.Signal sig = new sun.misc.Signal(NAMES[(int) signum]);
            State st = ip.signals;
            synchronized (st) {
                sun.misc.SignalHandler h;
                if (mode == DFL) {
                    // the JVM's own handler where it had one (SIGTERM, SIGHUP: its orderly exit): SIG_DFL set
                    // through the JVM after SIG_IGN left SIGTERM without effect (test_threading's interrupt_main
                    // tests ignore it and then restore it, and `timeout` could no longer end the process)
                    sun.misc.SignalHandler orig = signum == 2 ? null : st.replaced.get((int) signum);
                    h = orig != null ? orig : sun.misc.SignalHandler.SIG_DFL;
                } else if (mode == IGN) {
                    // SIGHUP, SIGINT and SIGTERM are ignored by a handler that drops them, not by the process's
                    // SIG_IGN: the JVM never installs a handler again for one of these once it is ignored (it honours
                    // nohup), so SIG_DFL afterwards had no effect. A child process does not inherit this ignoring.
                    h = signum == 1 || signum == 2 || signum == 15 ? s -> { } : sun.misc.SignalHandler.SIG_IGN;
                } else if (mode == KEYBOARD) {
                    h = ip.ownsProcessStreams ? ip.ctrlCHandler() : st.replaced.get((int) signum);
                    if (h == null) { // an embedding whose SIGINT was never changed: nothing to put back
                        st.modes.put((int) signum, mode);
                        return PyNone.NONE;
                    }
                } else {
                    int n = (int) signum;
                    h = s -> ip.signalArrived(n);
                }
                sun.misc.SignalHandler old;
                try {
                    old = sun.misc.Signal.handle(sig, h);
                } catch (IllegalArgumentException | UnsupportedOperationException e) {
                    throw invalid(tt, signum, " (the JVM uses SIG" + NAMES[(int) signum] + "; it cannot be handled here)");
                }
                st.replaced.putIfAbsent((int) signum, old);
                st.modes.put((int) signum, mode);
            }
            return PyNone.NONE;
        });
        // raise_signal(signum): sends it to this process; a handler of ours has run when this returns (CPython's)
        Modules.define(t, m, "raise_signal", (tt, a, kw) -> {
            Args.count(tt, "raise_signal", a, kw, 1, 1);
            long signum = Args.toLong(tt, a[0], "signum");
            if (signum < 1 || signum >= NAMES.length) {
                throw invalid(tt, signum, signum < 65 ? " (ftpython raises signals 1-31 only)" : "");
            }
            int mode;
            synchronized (ip.signals) {
                mode = ip.signals.modes.getOrDefault((int) signum, signum == 2 ? KEYBOARD : DFL);
            }
            if (mode == KEYBOARD && !ip.ownsProcessStreams) {
                // an embedding's SIGINT is its own (the interpreter installs no handler): default_int_handler's
                // KeyboardInterrupt without the real signal, which would reach the host's handler
                ip.interruptMain();
                ip.checkInterrupt(tt);
                return PyNone.NONE;
            }
            try {
                raise(ip, (int) signum, mode);
            } catch (IllegalArgumentException | IOException e) {
                throw invalid(tt, signum, "");
            }
            if ((mode == CATCH || mode == KEYBOARD && ip.ownsProcessStreams) && tt == ip.main) {
                // the JVM's dispatcher thread delivers it: wait until it has been queued, then run it
                waitForSignal(tt, System.nanoTime() + 2_000_000_000L);
            }
            return PyNone.NONE;
        });
        // alarm(seconds): SIGALRM after that many seconds (0 cancels); the seconds left of the previous alarm
        Modules.define(t, m, "alarm", (tt, a, kw) -> {
            Args.count(tt, "alarm", a, kw, 1, 1);
            long secs = Args.toLong(tt, a[0], "alarm");
            double[] prev = setTimer(ip, secs, 0);
            return PyInt.of(tt.ts, prev[0] <= 0 ? 0 : (long) Math.ceil(prev[0]));
        });
        // setitimer(seconds, interval) for ITIMER_REAL: the previous (delay, interval)
        Modules.define(t, m, "setitimer", (tt, a, kw) -> {
            Args.count(tt, "setitimer", a, kw, 2, 2);
            double[] prev = setTimer(ip, Arith.toDouble(tt, a[0]), Arith.toDouble(tt, a[1]));
            return PyTuple.stealing(tt.ts, new PyFloat(tt.ts, prev[0]), new PyFloat(tt.ts, prev[1]));
        });
        Modules.define(t, m, "getitimer", (tt, a, kw) -> {
            Args.count(tt, "getitimer", a, kw, 0, 0);
            double[] now = timerLeft(ip.signals);
            return PyTuple.stealing(tt.ts, new PyFloat(tt.ts, now[0]), new PyFloat(tt.ts, now[1]));
        });
        // pause(): waits until a signal's handler has run
        Modules.define(t, m, "pause", (tt, a, kw) -> {
            Args.count(tt, "pause", a, kw, 0, 0);
            ip.checkInterrupt(tt);
            waitForSignal(tt, Long.MAX_VALUE);
            return PyNone.NONE;
        });
    }

    /**
     * Sends the signal to this process as its current handler takes it: the JDK raises only a signal it has a handler
     * for (CATCH, the command line's Ctrl-C); an ignored one does nothing; one left to the system's default action
     * (which may end the process, as CPython's would) goes through the kill command.
     */
    private static void raise(Interp ip, int signum, int mode) throws IOException {
        if (mode == CATCH || mode == KEYBOARD) {
            sun.misc.Signal.raise(new sun.misc.Signal(NAMES[signum]));
        } else if (mode == DFL) {
            try {
                new ProcessBuilder("kill", "-" + signum, Long.toString(ProcessHandle.current().pid()))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the signal is sent or not; the caller's check sees the interrupt
            }
        }
    }

    /** Sets the real-time interval timer; answers what was left of the previous one: (delay, interval). */
    private static double[] setTimer(Interp ip, double delay, double interval) {
        State st = ip.signals;
        synchronized (st) {
            double[] prev = timerLeft(st);
            if (st.closed) {
                return prev;
            }
            if (st.alarm != null) {
                st.alarm.cancel();
                st.alarm = null;
            }
            if (delay > 0) {
                if (st.timer == null) {
                    st.timer = new java.util.Timer("ftpython-itimer", true);
                }
                st.alarm = new java.util.TimerTask() {
                    @Override
                    public void run() {
                        synchronized (st) {
                            if (st.closed || st.alarm != this) {
                                return; // cancelled, or the interpreter shut down and put the JVM's handler back
                            }
                            if (st.alarmInterval > 0) {
                                st.alarmDeadline = System.nanoTime() + (long) (st.alarmInterval * 1e9);
                            } else {
                                st.alarm = null;
                            }
                            // raised under the lock, so never after restore() put back a handler that would end the
                            // process (an embedding, a test JVM) for an alarm its script set
                            try {
                                raise(ip, 14, st.modes.getOrDefault(14, DFL));
                            } catch (IOException | RuntimeException e) {
                                // no kill command: the alarm is lost, as the JVM would lose an unhandled one
                            }
                        }
                    }
                };
                st.alarmDeadline = System.nanoTime() + (long) (delay * 1e9);
                st.alarmInterval = interval;
                long ms = Math.max(1, (long) Math.ceil(delay * 1000));
                if (interval > 0) {
                    st.timer.scheduleAtFixedRate(st.alarm, ms, Math.max(1, (long) Math.ceil(interval * 1000)));
                } else {
                    st.timer.schedule(st.alarm, ms);
                }
            }
            return prev;
        }
    }

    private static double[] timerLeft(State st) {
        synchronized (st) {
            if (st.alarm == null) {
                return new double[] {0.0, 0.0};
            }
            return new double[] {Math.max(0, (st.alarmDeadline - System.nanoTime()) / 1e9), st.alarmInterval};
        }
    }

    /**
     * The main thread, at a check, with signals queued: runs each one's Python handler (signal.py's
     * {@code _dispatch}). A signal that arrives while the modules are being cleared, or once the signal module is
     * gone, is dropped.
     */
    static void dispatch(PyThread t) {
        Interp ip = t.interp;
        Integer signum;
        while ((signum = ip.pendingSignals.poll()) != null) {
            if (ip.finalizing) {
                continue;
            }
            PyObject mod = ip.modules.get("signal");
            if (!(mod instanceof PyModule)) {
                continue;
            }
            PyObject f = Ops.getAttrOrNull(t, mod, t.interp.str("_dispatch"));
            if (f == null) {
                continue;
            }
            PyObject n = PyInt.of(t.ts, signum);
            try {
                RefCount.decref(t.ts, Ops.call(t, f, new PyObject[] {n}, null));
            } finally {
                RefCount.decref(t.ts, n);
                RefCount.decref(t.ts, f);
            }
        }
    }

    /** The interpreter's shutdown: its timer stops and the JVM's handlers it replaced are put back. */
    static void restore(Interp ip) {
        State st = ip.signals;
        synchronized (st) {
            st.closed = true;
            if (st.timer != null) {
                st.timer.cancel();
                st.timer = null;
                st.alarm = null;
            }
            for (Map.Entry<Integer, sun.misc.SignalHandler> e : st.replaced.entrySet()) {
                try {
                    sun.misc.Signal.handle(new sun.misc.Signal(NAMES[e.getKey()]), e.getValue());
                } catch (IllegalArgumentException | UnsupportedOperationException ex) {
                    // it was changed once, so it can be changed back; nothing else to do if not
                }
            }
            st.replaced.clear();
            st.modes.clear();
        }
        ip.pendingSignals.clear();
    }
}
