// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.gc.Gc;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One interpreter on one toolkit {@link Runtime}: the builtins, the built-in exception classes, the imported modules,
 * the output streams, and the map from a toolkit thread state to the interpreter's thread state. Python threads are
 * Java platform threads attached to the Runtime; nothing here is a global lock.
 */
final class Interp {
    private static final Object KEY = new Object();

    final Runtime rt;
    final Gc gc;
    final PrintStream out;
    final PrintStream err;
    /** The command line's {@code -W} options, for {@code sys.warnoptions} (before PYTHONWARNINGS's, as CPython's). */
    final java.util.List<String> warnOptions = new java.util.ArrayList<>();
    /** {@code sys.setswitchinterval}'s value in microseconds (CPython's default: 5 ms). */
    volatile long switchIntervalMicros = 5000;
    /** The command line's arguments as given (for {@code sys.orig_argv}), or null for an in-process run. */
    String[] origArgv;
    /** The command line's CPython options (sys.flags, sys._xoptions, -E); all off for an in-process run. */
    final CommandFlags flags = new CommandFlags();

    /** {@code -O}: {@code __debug__} is False (assert statements check {@link CommandFlags#optimize} themselves). */
    void applyOptimize() {
        if (flags.optimize > 0) {
            builtins.setItem(main.ts, str("__debug__"), dev.freethread.objects.PyBool.FALSE);
        }
    }
    /**
     * Whether {@link #out} and {@link #err} write to the process's own standard output and error (the command
     * line), not to streams an embedding or a test captures: a child process then inherits them (SubprocessModule).
     */
    volatile boolean ownsProcessStreams;
    /** {@code sys.stdin} over the process's standard input (StdStreams). */
    final StdStreams.In stdinStream;
    final String[] argv;
    /** The builtins module's dict; immortal, like everything made at startup. */
    PyDict builtins;
    /** {@code '__builtins__'}, interned once: every def looks it up in its globals ({@link #builtinsFrom}). */
    final PyStr builtinsKey;

    /**
     * The builtins that code running with {@code globals} sees (CPython's {@code _PyEval_BuiltinsFromGlobals}): its
     * {@code __builtins__} entry, a module's dict in place of the module, or null for this interpreter's own
     * {@link #builtins} (also where the entry is missing). A new reference, or null.
     */
    PyObject builtinsFrom(ThreadState ts, PyDict globals) {
        PyObject b = Ops.getOrNull(ts, globals, builtinsKey);
        if (b instanceof PyModule) {
            PyObject d = ((PyModule) b).dict();
            d = d == builtins ? null : RefCount.newRef(ts, d); // before the module's reference goes
            RefCount.decref(ts, b);
            b = d;
        } else if (b == builtins) {
            RefCount.decref(ts, b);
            b = null;
        }
        return b;
    }

    /**
     * Looks {@code name} up in builtins {@code b} as {@link #builtinsFrom} answers them (null: this interpreter's), as
     * CPython's LOAD_GLOBAL does: a dict directly, any other object through its {@code __getitem__} (a KeyError
     * there means not found). Answers a new reference or null.
     */
    PyObject lookupBuiltin(PyThread t, PyObject b, PyStr name) {
        if (b == null) {
            return Ops.getOrNull(t.ts, builtins, name);
        }
        if (b instanceof PyDict) {
            return Ops.getOrNull(t.ts, (PyDict) b, name);
        }
        try {
            return Ops.getItem(t, b, name);
        } catch (PyRaise r) {
            if (!r.exc.cls().isSubtypeOf(exceptionClass("KeyError"))) {
                throw r;
            }
            r.release(t.ts);
            return null;
        }
    }
    private final Map<String, PyClass> exceptions = new HashMap<>();
    final Map<String, PyObject> modules = new ConcurrentHashMap<>();
    /** Coroutine runner threads waiting for work, most recently idle first (PyCoroutine.Runner). */
    final java.util.concurrent.ConcurrentLinkedDeque<PyCoroutine.Runner> idleRunners =
            new java.util.concurrent.ConcurrentLinkedDeque<>();
    /** Every coroutine runner thread alive, to stop the idle ones at finalization. */
    final java.util.Set<Thread> coroutineRunnerThreads = ConcurrentHashMap.newKeySet();
    /**
     * Modules whose code is running (imported and registered, not yet finished): only the thread holding the import
     * lock sees them (a circular import gets the partly initialised module, as in CPython); another thread waits for
     * the lock.
     */
    final java.util.Set<String> initializing = ConcurrentHashMap.newKeySet();
    /** Modules replaced in {@link #modules} by a re-import (deleted from sys.modules, imported again): cleared at exit. */
    final java.util.List<PyObject> retiredModules = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    /** Serialises first imports (a reentrant lock: an import may import); waited for detached. */
    final java.util.concurrent.locks.ReentrantLock importLock = new java.util.concurrent.locks.ReentrantLock();
    private final ThreadLocal<PyThread> threads = new ThreadLocal<>();
    /** {@code id()}: unique among live objects. */
    final IdTable ids = new IdTable();
    final Map<PyType, Map<String, PyBuiltin.MethodImpl>> methods = new HashMap<>();
    /** The methods of the built-in types as their subclasses see them ({@link BuiltinBase}), per type and name. */
    final Map<PyType, Map<String, PyObject>> builtinBaseMethods = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * A built-in type's method descriptors ({@code set.__repr__}, {@code dict.get}; immortal), one per type and name,
     * so that {@code set.__repr__ is set.__repr__} as in CPython, whose type dict holds one (pprint dispatches on it).
     */
    final Map<PyType, Map<String, PyObject>> typeMethodDescriptors = new java.util.concurrent.ConcurrentHashMap<>();
    /** object's methods as {@code object.__hash__} answers them (immortal), one per name (Builtins.objectMethod). */
    final Map<String, PyObject> objectMethods = new java.util.concurrent.ConcurrentHashMap<>();
    /** Every Python thread started, for join at exit. */
    final java.util.Set<Thread> pythonThreads = ConcurrentHashMap.newKeySet();
    final Stats stats = new Stats();
    final PyThread main;
    /** {@code gc.callbacks} and {@code gc.garbage} once gc is imported (the interpreter holds a reference). */
    dev.freethread.list.PyList gcCallbacks;
    dev.freethread.list.PyList gcGarbage;
    /** Source lines by file name, for tracebacks. */
    private final Map<String, String[]> sources = new ConcurrentHashMap<>();

    /**
     * The lines of a file as a traceback shows them, or null: those of a script, module or {@code -c} code this
     * interpreter ran, else the file's on disk if there is one (code that {@code exec} or {@code compile} got as a
     * string shows no lines, as CPython's linecache has none for it).
     */
    String[] sourceLines(String file) {
        String[] lines = sources.get(file);
        if (lines != null || file == null || file.isEmpty() || file.startsWith("<")) {
            return lines;
        }
        try {
            java.nio.file.Path p = java.nio.file.Path.of(file);
            if (!java.nio.file.Files.isRegularFile(p)) {
                return null;
            }
            String text = new String(java.nio.file.Files.readAllBytes(p), java.nio.charset.StandardCharsets.UTF_8);
            return text.split("\n", -1);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }
    /** Bumped by every store into or delete from a class's namespace: invalidates the classes' cached facts. */
    private final java.util.concurrent.atomic.AtomicLong classEpoch = new java.util.concurrent.atomic.AtomicLong();

    long classEpoch() {
        return classEpoch.get();
    }

    void classChanged() {
        classEpoch.incrementAndGet();
    }

    /** The directory of the script being run: where {@code import NAME} finds {@code NAME.py} (sys.path[0]). */
    java.nio.file.Path scriptDir = java.nio.file.Path.of("").toAbsolutePath();
    /**
     * The working directory relative paths resolve against: the JVM's at start, then {@code os.chdir}'s (a JVM
     * cannot change its process's directory, so the interpreter keeps its own, for all its file operations).
     */
    volatile java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();

    /** sys.__excepthook__ (immortal, as every built-in function), once sys is imported. */
    volatile PyObject defaultExcepthook;

    /** The main module's namespace while a script runs. */
    PyDict mainGlobals;
    /**
     * {@code sys.modules} once sys is imported: every module imported, and {@code __main__} (a module over the main
     * globals). Held by the sys module's dict; import itself looks modules up in {@link #modules}.
     */
    volatile PyDict sysModules;
    /** {@code sys.path} once sys is imported (where import looks for a user's module); before that, scriptDir. */
    volatile dev.freethread.list.PyList sysPath;

    Interp(Runtime rt, PrintStream out, PrintStream err, String[] argv) {
        this.rt = rt;
        this.builtinsKey = rt.intern("__builtins__");
        this.gc = Gc.of(rt);
        this.out = out;
        this.err = err;
        this.argv = argv;
        this.stdinStream = new StdStreams.In(new StdStreams.Source(System.in, rt));
        rt.attachment(KEY, () -> this);
        ThreadState ts = rt.currentThreadState();
        if (ts == null) {
            ts = rt.attachCurrentThread();
        }
        main = new PyThread(this, ts, "MainThread");
        threads.set(main);
        makeExceptions(ts);
        Builtins.install(this, main);
        FrameBuiltins.install(this);
        StdStreams.install(this);
        installExceptionGroups(main);
        startupBuiltins = snapshotBuiltins(main);
        rt.setUnraisableHook(this::unraisable);
    }

    /**
     * The builtins dict as startup left it, each name with its value (borrowed: compared by identity only, and put
     * back only where immortal): finalization restores it ({@link #restoreBuiltins}) instead of clearing it.
     */
    private final Map<PyStr, PyObject> startupBuiltins;

    private Map<PyStr, PyObject> snapshotBuiltins(PyThread t) {
        Map<PyStr, PyObject> m = new HashMap<>();
        PyObject keys = Builtins.listOf(t, builtins);
        try {
            dev.freethread.list.PyList l = (dev.freethread.list.PyList) keys;
            for (int i = 0; i < l.size(); i++) {
                PyObject k = l.getItemBorrowed(t.ts, i);
                PyObject v = Ops.getOrNull(t.ts, builtins, k);
                m.put((PyStr) k, v);
                RefCount.xdecref(t.ts, v); // the dict keeps it; the map only remembers which it was
            }
        } finally {
            RefCount.decref(t.ts, keys);
        }
        return m;
    }

    /**
     * Finalization's step for the builtins dict, as CPython's (it restores the dict from the copy it took at startup
     * and clears it only at the very end): what a script added or replaced is dropped, a replaced or deleted
     * immortal built-in is put back, and the rest stays. So a finalizer that runs later in the teardown (a
     * {@code __del__}, a generator's finally clause run by the collector's last collections) still finds
     * {@code print} and {@code len}; clearing the dict with the modules made them NameErrors there.
     */
    private void restoreBuiltins(PyThread t) {
        ThreadState ts = t.ts;
        // first every immortal built-in back in place, so that the finalizers the drops below run find them all
        for (Map.Entry<PyStr, PyObject> e : startupBuiltins.entrySet()) {
            PyObject v = e.getValue();
            if (!RefCount.isImmortal(v)) {
                continue; // a built-in written in Python: it may be freed already if a script replaced it
            }
            PyObject now = Ops.getOrNull(ts, builtins, e.getKey());
            RefCount.xdecref(ts, now); // only compared: the dict still holds it
            if (now != v) {
                try {
                    builtins.setItem(ts, e.getKey(), v); // drops the script's value
                } catch (PyRaise r) {
                    printUnraisable(t, r, "Exception ignored while restoring the builtins");
                }
            }
        }
        // then what a script added, or put in place of a built-in written in Python
        PyObject keys = Builtins.listOf(t, builtins);
        try {
            dev.freethread.list.PyList l = (dev.freethread.list.PyList) keys;
            for (int i = 0; i < l.size(); i++) {
                PyObject k = l.getItemBorrowed(ts, i);
                PyObject now = Ops.getOrNull(ts, builtins, k);
                RefCount.xdecref(ts, now);
                if (now != null && now != startupBuiltins.get(k)) {
                    PyObject old = Ops.popOrNull(ts, builtins, k);
                    if (old != null) {
                        try {
                            RefCount.decref(ts, old);
                        } catch (PyRaise r) {
                            printUnraisable(t, r, "Exception ignored while restoring the builtins");
                        }
                    }
                }
            }
        } finally {
            RefCount.decref(ts, keys);
        }
    }

    /** BaseExceptionGroup and ExceptionGroup (PEP 654), written in Python (lib/_exceptiongroup.py): built-ins. */
    private void installExceptionGroups(PyThread t) {
        installFromPython(t, "_exceptiongroup", "BaseExceptionGroup", "ExceptionGroup");
        installFromPython(t, "_asyncbuiltins", "aiter", "anext"); // anext's default needs an async def
        installFromPython(t, "_sitebuiltins", SITE_BUILTINS);
        builtins.setItem(t.ts, str("__debug__"), dev.freethread.objects.PyBool.TRUE); // no -O here
    }

    /** What CPython's site module adds to the built-ins (lib/_sitebuiltins.py). */
    private static final String[] SITE_BUILTINS = {"exit", "quit", "help", "copyright", "credits", "license",
        "breakpoint", "memoryview"};

    /** The built-ins written in Python, dropped from the (immortal) builtins dict at finalization. */
    private static final String[] PYTHON_BUILTINS = {"BaseExceptionGroup", "ExceptionGroup", "aiter", "anext", "exit",
        "quit", "help", "copyright", "credits", "license", "breakpoint", "memoryview"};

    private void installFromPython(PyThread t, String module, String... names) {
        PyObject m = Modules.importModule(t, module);
        try {
            for (String n : names) {
                PyObject c = Ops.getAttr(t, m, str(n));
                builtins.setItem(t.ts, str(n), c);
                RefCount.decref(t.ts, c);
            }
        } finally {
            RefCount.decref(t.ts, m);
        }
    }

    // ---- output

    /**
     * Writes to standard output. Output may block (a full pipe) and threads queue for the stream's monitor, so the
     * calling thread detaches first: a thread blocked here never holds up a stop-the-world or a handshake.
     */
    void write(String s) {
        ThreadState ts = rt.currentThreadState();
        if (ts != null && ts.isAttached()) {
            ts.detach();
            try {
                synchronized (out) {
                    out.print(s);
                }
            } finally {
                ts.attach();
            }
            return;
        }
        synchronized (out) {
            out.print(s);
        }
    }

    // ---- Ctrl-C

    /**
     * Something for {@link #checkInterrupt} to look at, read at every loop back-edge and call: Ctrl-C ({@link #ctrlC})
     * or finalization ({@link #finalizing}). One flag, so that the hot paths read one field.
     */
    volatile boolean interrupted;
    /**
     * {@code sys.set_coroutine_origin_tracking_depth}: how many frames a coroutine records as its {@code cr_origin}
     * when made (0: none). One value for the interpreter, where CPython keeps one per thread: a coroutine's body
     * runs on a runner thread here, which should see the depth its resumer's thread set.
     */
    volatile int coroutineOriginDepth;
    /** Set by SIGINT; the main thread raises KeyboardInterrupt at its next loop back-edge, call or blocking wait. */
    volatile boolean ctrlC;
    /**
     * Set when the main thread has finished and the non-daemon threads have ended: the interpreter is being torn down
     * (modules cleared). A daemon thread that reaches a back-edge, a call or the end of a blocking wait from then on
     * stops there for good, as in CPython, where a daemon thread that tries to run Python code during finalization
     * never returns; otherwise it would go on running with its modules' globals gone.
     */
    volatile boolean finalizing;

    /** {@code sys.get_int_max_str_digits()}: the Runtime's, which the toolkit's int repr keeps too. */
    int maxStrDigits() {
        return rt.intMaxStrDigits();
    }

    /** Installs the SIGINT handler (where the JVM allows it): a second Ctrl-C before the first is seen exits 130. */
    void handleInterrupts() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), ctrlCHandler());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no SIGINT on this platform or JVM configuration: Ctrl-C ends the JVM as usual
        }
    }

    /** The command line's SIGINT handler (also what {@code signal.default_int_handler} puts back). */
    sun.misc.SignalHandler ctrlCHandler() {
        return sig -> {
            if (ctrlC) {
                flush();
                java.lang.Runtime.getRuntime().halt(130);
            }
            interruptMain();
        };
    }

    /** What Ctrl-C does: flags the interrupt and wakes the main thread from a blocking wait (lock, join, sleep). */
    void interruptMain() {
        ctrlC = true;
        interrupted = true;
        main.ts.thread().interrupt();
    }

    /** Signals caught for their Python handlers, in arrival order, for the main thread's next check (SignalModule). */
    final java.util.concurrent.ConcurrentLinkedQueue<Integer> pendingSignals =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** Whether {@link #pendingSignals} may hold some: set after the queueing, cleared by the main thread before it drains. */
    volatile boolean signalsPending;
    /** {@code _thread.stack_size()}'s value: remembered and answered, not applied (ThreadObjects.STACK_BYTES). */
    volatile long threadStackSize;
    /** What the signal module changed in the process's handlers, put back at shutdown. */
    final SignalModule.State signals = new SignalModule.State();

    /** The JVM's signal dispatcher thread: a signal for a Python handler, run by the main thread at its next check. */
    void signalArrived(int signum) {
        pendingSignals.add(signum);
        signalsPending = true;
        interrupted = true;
        main.ts.thread().interrupt();
    }

    /**
     * Clears the one check flag, then sets it again if anything is still to be looked at. In that order: a signal or
     * Ctrl-C flagged meanwhile set its own flag before {@link #interrupted}, so it is seen here or keeps the flag set.
     */
    private void rearmInterrupted() {
        interrupted = false;
        if (finalizing || ctrlC || signalsPending) {
            interrupted = true;
        }
    }

    /**
     * At a loop back-edge, a call or the end of a blocking wait: on the main thread, raises KeyboardInterrupt if
     * Ctrl-C was pressed, and runs the Python handlers of signals that arrived (which may raise).
     */
    void checkInterrupt(PyThread t) {
        if (finalizing && stopsAtFinalization(t)) {
            stopForFinalization(t);
        }
        if (t != main) {
            return;
        }
        if (ctrlC) {
            ctrlC = false;
            rearmInterrupted();
            Thread.interrupted(); // the wake-up is consumed with the flag
            throw Errors.raise(t, "KeyboardInterrupt", null);
        }
        if (signalsPending) {
            signalsPending = false;
            rearmInterrupted();
            Thread.interrupted();
            SignalModule.dispatch(t);
        }
    }

    /** After a blocking wait: a daemon thread that wakes up during finalization stops there ({@link #finalizing}). */
    void stopIfFinalizing(PyThread t) {
        if (finalizing && stopsAtFinalization(t)) {
            stopForFinalization(t);
        }
    }

    /**
     * Whether {@code t} is a daemon thread in CPython's sense, stopped for good once finalization began: a thread that
     * {@code _thread} started, not a coroutine runner. Never the main thread, and never a thread the interpreter did not
     * start: the collector thread runs the finalizers of cyclic garbage (a suspended generator's close, a
     * {@code __del__}) for the collections the main thread's teardown waits for ({@link #shutdown}), so stopping it
     * deadlocked the exit (E27 in docs/refcount.md).
     */
    private static boolean stopsAtFinalization(PyThread t) {
        return t.startedByThreadModule && t.coroutineRunner == null && !t.runnerThread;
    }

    /**
     * A daemon thread during finalization: it never runs Python code again. It parks detached (a stop or a handshake
     * of the main thread's teardown does not wait for it) until the JVM exits, as CPython 3.13 hangs such a thread.
     */
    private static void stopForFinalization(PyThread t) {
        ThreadState ts = t.ts;
        if (ts.isAttached()) {
            ts.detach();
        }
        for (;;) {
            java.util.concurrent.locks.LockSupport.park();
        }
    }

    /** Flushes standard output, detached as {@link #write} is (the stream's monitor and the pipe may block). */
    void flush() {
        ThreadState ts = rt.currentThreadState();
        boolean detach = ts != null && ts.isAttached();
        if (detach) {
            ts.detach();
        }
        try {
            synchronized (out) {
                out.flush();
            }
        } finally {
            if (detach) {
                ts.attach();
            }
        }
    }

    PyObject ellipsis() {
        return Builtins.Ellipsis.INSTANCE;
    }

    // ---- running code

    /** Parses and runs {@code src} with {@code globals}; a Python exception propagates with its module frame. */
    void exec(PyThread t, String src, String file, PyDict globals) {
        sources.put(file, src.split("\n", -1));
        Code code = new Parser(t, src, file).parseModule();
        PyStr docKey = str("__doc__");
        if (code.doc != null) { // a module's docstring is its __doc__; without one, None (CPython's)
            PyStr d = PyStr.of(t.ts, code.doc);
            try {
                globals.setItem(t.ts, docKey, d);
            } finally {
                RefCount.decref(t.ts, d);
            }
        } else if (!globals.contains(t.ts, docKey)) {
            globals.setItem(t.ts, docKey, dev.freethread.objects.PyNone.NONE);
        }
        run(t, code, globals);
    }

    void run(PyThread t, Code code, PyDict globals) {
        Frame f = new Frame(t, code, new PyObject[0], globals, null, null, null, null);
        f.line = 1;
        t.ts.enterRecursiveCall(""); // the module's frame is one level, as in CPython
        Frame caller = t.current;
        f.back = caller;
        t.current = f;
        try {
            code.body.exec(f);
        } catch (PyRaise r) {
            f.traceHere(r);
            throw r;
        } catch (dev.freethread.objects.PyException | StackOverflowError | dev.freethread.python.text.TextError e) {
            PyRaise r = Errors.fromJava(t, e);
            f.traceHere(r);
            throw r;
        } finally {
            t.current = caller;
            f.done = true;
            t.ts.leaveRecursiveCall();
        }
    }

    void rememberSource(String file, String src) {
        sources.put(file, src.split("\n", -1));
    }

    /** A fresh {@code __main__} namespace. */
    PyDict newMainGlobals(String file) {
        ThreadState ts = main.ts;
        PyDict g = PyDict.create(ts);
        RefCount.makePerThread(ts, g); // module globals: see Modules.module
        g.setItem(ts, str("__name__"), str("__main__"));
        if (file != null) {
            g.setItem(ts, str("__file__"), str(file));
        }
        g.setItem(ts, str("__doc__"), dev.freethread.objects.PyNone.NONE);
        // a script's __spec__ is None in CPython (ftpython's -m leaves it None too: its modules carry no spec)
        g.setItem(ts, str("__spec__"), dev.freethread.objects.PyNone.NONE);
        PyObject b = Modules.importModule(main, "builtins"); // __main__'s is the module, as CPython's
        try {
            g.setItem(ts, str("__builtins__"), b);
        } finally {
            RefCount.decref(ts, b);
        }
        return g;
    }

    /**
     * Runs a script as {@code __main__}: the exit status (0, or 1 after printing an uncaught exception's traceback or
     * a syntax error, or SystemExit's code).
     */
    int runMain(String src, String file) {
        PyThread t = main;
        mainGlobals = newMainGlobals(file);
        if (file != null && !file.startsWith("<")) {
            java.nio.file.Path parent = java.nio.file.Path.of(file).toAbsolutePath().getParent();
            if (parent != null) {
                scriptDir = parent;
            }
        }
        return execMain(t, src, file);
    }

    /** Runs {@code src} in {@link #mainGlobals}: 0, or 1 after a syntax error or a traceback, or SystemExit's code. */
    private int execMain(PyThread t, String src, String file) {
        try {
            exec(t, src, file, mainGlobals);
            return 0;
        } catch (SyntaxErrorException e) {
            return reportSyntaxError(e);
        } catch (PyRaise r) {
            return uncaught(t, r);
        } catch (RuntimeException e) { // a fault of ftpython's own: reported as SystemError, not as a JVM crash
            return uncaught(t, Errors.fromJava(t, e));
        }
    }

    /**
     * {@code ftpython -m name}: finds the module (importing its parent packages, as CPython's runpy does), puts its
     * path in {@code sys.argv[0]} and runs it as {@code __main__} with its package as {@code __package__}, so that its
     * relative imports work. The exit status as {@link #runMain}'s; 1 with CPython's message when there is nothing to
     * run. {@code sys.path[0]} stays the working directory, as CPython's.
     */
    int runModule(String name, String programName) {
        PyThread t = main;
        Modules.MainSource ms;
        try {
            ms = Modules.mainSource(t, name);
        } catch (Modules.NoMainModule e) {
            flush();
            err.println(programName + ": " + e.getMessage());
            err.flush();
            return 1;
        } catch (SyntaxErrorException e) {
            return reportSyntaxError(e);
        } catch (PyRaise r) {
            return uncaught(t, r); // a parent package's code raised
        }
        PyObject sys = Modules.importModule(t, "sys");
        try {
            PyObject argv = Ops.getAttrOrNull(t, sys, str("argv"));
            if (argv instanceof dev.freethread.list.PyList && ((dev.freethread.list.PyList) argv).size() > 0) {
                ((dev.freethread.list.PyList) argv).setItem(t.ts, 0, str(ms.argv0));
            }
            RefCount.xdecref(t.ts, argv);
        } finally {
            RefCount.decref(t.ts, sys);
        }
        mainGlobals = newMainGlobals(ms.file);
        mainGlobals.setItem(t.ts, str("__package__"), str(ms.pkg));
        return execMain(t, ms.src, ms.file);
    }

    /** Prints a syntax error that ended the main program, as CPython does: exit status 1. */
    private int reportSyntaxError(SyntaxErrorException e) {
        flush();
        err.print(formatSyntaxError(e));
        err.flush();
        return 1;
    }

    String formatSyntaxError(SyntaxErrorException e) {
        StringBuilder b = new StringBuilder();
        b.append("  File \"").append(e.file).append("\", line ").append(e.line).append('\n');
        if (e.sourceLine != null && !e.sourceLine.isBlank()) { // as a SyntaxError object's (fromJava's offsets)
            b.append(syntaxErrorSource(e.sourceLine.stripTrailing() + "\n", e.col, e.line == e.endLine, e.endCol));
        }
        b.append(e.pyType).append(": ").append(e.getMessage()).append('\n');
        return b.toString();
    }

    /** Reports an exception nobody caught: SystemExit's status, or a traceback and 1. Releases it. */
    int uncaught(PyThread t, PyRaise r) {
        try {
            PyBaseExc e = r.exc;
            if (e.cls().isSubtypeOf(exceptionClass("SystemExit"))) {
                dev.freethread.objects.PyTuple a = e.args();
                // SystemExit.code: its only argument, or the tuple of its arguments (CPython prints ('m', 2))
                PyObject code = a.size() == 0 ? dev.freethread.objects.PyNone.NONE
                        : a.size() == 1 ? a.getItemBorrowed(0) : a;
                if (code == dev.freethread.objects.PyNone.NONE) {
                    return 0;
                }
                if (code instanceof dev.freethread.objects.PyInt) {
                    dev.freethread.objects.PyInt i = (dev.freethread.objects.PyInt) code;
                    return i.fitsLong() ? (int) i.longValue() : -1;
                }
                flush();
                err.println(Ops.strString(t, code));
                err.flush();
                return 1;
            }
            PyObject hook = userExcepthook(t);
            if (hook != null) {
                try {
                    PyObject tb = PyTraceback.of(t.ts, e);
                    try {
                        RefCount.decref(t.ts, Ops.call(t, hook, new PyObject[] {e.cls(), e, tb}, null));
                    } finally {
                        RefCount.decref(t.ts, tb);
                    }
                } catch (PyRaise r2) { // CPython: the hook's own error, then the original
                    writeStderr(t, "Error in sys.excepthook:\n");
                    printException(t, r2.exc);
                    r2.release(t.ts);
                    writeStderr(t, "\nOriginal exception was:\n");
                    printException(t, e);
                } finally {
                    RefCount.decref(t.ts, hook);
                }
            } else {
                printException(t, e);
            }
            // CPython ends with SIGINT's status after an uncaught KeyboardInterrupt (128 + 2)
            return e.cls().isSubtypeOf(exceptionClass("KeyboardInterrupt")) ? 130 : 1;
        } finally {
            r.release(t.ts);
        }
    }

    /** sys.__excepthook__: {@code e}'s traceback text on {@code sys.stderr} as it is now (the process's, if none). */
    void printException(PyThread t, PyBaseExc e) {
        StringBuilder b = new StringBuilder();
        formatException(t, e, b);
        writeStderr(t, b.toString());
    }

    /**
     * {@code sys.excepthook} (a new reference) when a script has replaced the default one, else null (the uncaught
     * exception is printed directly).
     */
    private PyObject userExcepthook(PyThread t) {
        PyObject sys = modules.get("sys");
        if (!(sys instanceof PyModule) || ((PyModule) sys).dict() == null) {
            return null;
        }
        PyObject hook = Ops.getOrNull(t.ts, ((PyModule) sys).dict(), str("excepthook"));
        if (hook == null || hook == defaultExcepthook) {
            RefCount.xdecref(t.ts, hook);
            return null;
        }
        return hook;
    }

    /** CPython's traceback text for an exception and the exceptions chained to it. */
    void formatException(PyThread t, PyBaseExc e, StringBuilder b) {
        formatException(t, e, b, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()),
                new GroupContext());
    }

    /** CPython's limits on how much of an exception group is printed (traceback.TracebackException's defaults). */
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    /**
     * Where the printing of nested exception groups stands: their depth (each level indents by two and adds a
     * margin) and whether the last sub-exception's closing rule is still owed.
     */
    private static final class GroupContext {
        int depth;
        boolean needClose;

        String indent() {
            return " ".repeat(2 * depth);
        }

        /** Appends text with every line (an empty one too) indented and, inside a group, given its margin. */
        void emit(StringBuilder b, String text, char margin) {
            if (depth == 0) {
                b.append(text);
                return;
            }
            String prefix = indent() + margin + " ";
            int i = 0;
            while (i < text.length()) {
                int nl = text.indexOf('\n', i);
                int end = nl < 0 ? text.length() : nl + 1;
                b.append(prefix).append(text, i, end);
                i = end;
            }
        }

        void emit(StringBuilder b, String text) {
            emit(b, text, '|');
        }
    }

    private void formatException(PyThread t, PyBaseExc e, StringBuilder b, java.util.Set<PyBaseExc> seen,
                                 GroupContext ctx) {
        seen.add(e);
        // the chained exceptions are taken with references (under the exception's monitor, as E33's writers swap
        // them): another thread replacing __cause__ or __context__ meanwhile cannot free one while it is printed
        PyObject cause = e.causeNewRef(t.ts);
        try {
            if (cause instanceof PyBaseExc && !seen.contains(cause)) {
                formatException(t, (PyBaseExc) cause, b, seen, ctx);
                ctx.emit(b, "\nThe above exception was the direct cause of the following exception:\n\n");
            } else if (!e.suppressContext) {
                PyObject context = e.contextNewRef(t.ts);
                try {
                    if (context instanceof PyBaseExc && !seen.contains(context)) {
                        formatException(t, (PyBaseExc) context, b, seen, ctx);
                        ctx.emit(b, "\nDuring handling of the above exception, another exception occurred:\n\n");
                    }
                } finally {
                    RefCount.decref(t.ts, context);
                }
            }
        } finally {
            RefCount.decref(t.ts, cause);
        }
        String frames = frameLines(e);
        PyObject[] subs = groupMembers(t, e);
        if (subs == null) {
            if (!frames.isEmpty()) {
                ctx.emit(b, "Traceback (most recent call last):\n");
                ctx.emit(b, frames);
            }
            ctx.emit(b, exceptionOnly(t, e));
            return;
        }
        try {
            if (ctx.depth > MAX_GROUP_DEPTH) {
                ctx.emit(b, "... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
                return;
            }
            // An exception group, as CPython draws it: its traceback and line behind a margin, then each member
            // under a numbered rule, one level further in; the last one closes the box.
            boolean top = ctx.depth == 0;
            if (top) {
                ctx.depth++;
            }
            if (!frames.isEmpty()) {
                ctx.emit(b, "Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
                ctx.emit(b, frames);
            }
            ctx.emit(b, exceptionOnly(t, e));
            int shown = subs.length <= MAX_GROUP_WIDTH ? subs.length : MAX_GROUP_WIDTH + 1;
            ctx.needClose = false;
            for (int i = 0; i < shown; i++) {
                boolean last = i == shown - 1;
                if (last) {
                    ctx.needClose = true; // a nested group's own last member may close it first
                }
                boolean truncated = i >= MAX_GROUP_WIDTH;
                b.append(ctx.indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ")
                        .append(truncated ? "..." : String.valueOf(i + 1)).append(" ----------------\n");
                ctx.depth++;
                if (!truncated) {
                    if (subs[i] instanceof PyBaseExc) {
                        formatException(t, (PyBaseExc) subs[i], b, seen, ctx);
                    } else {
                        ctx.emit(b, Ops.reprString(t, subs[i]) + "\n");
                    }
                } else {
                    int remaining = subs.length - MAX_GROUP_WIDTH;
                    ctx.emit(b, "and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
                }
                if (last && ctx.needClose) {
                    b.append(ctx.indent()).append("+------------------------------------\n");
                    ctx.needClose = false;
                }
                ctx.depth--;
            }
            if (top) {
                ctx.depth = 0;
            }
        } finally {
            Exprs.releaseAll(t.ts, subs);
        }
    }

    /**
     * An exception group's members (new references), or null when e is no exception group (a subclass of the
     * built-in BaseExceptionGroup, written in Python here).
     */
    private PyObject[] groupMembers(PyThread t, PyBaseExc e) {
        PyObject base = builtins.get(t.ts, str("BaseExceptionGroup"));
        try {
            if (!(base instanceof PyType) || !e.cls().isSubtypeOf((PyType) base)) {
                return null;
            }
        } finally {
            RefCount.xdecref(t.ts, base);
        }
        PyObject excs;
        try {
            excs = Ops.getAttrOrNull(t, e, str("exceptions"));
        } catch (PyRaise r) {
            r.release(t.ts);
            return null;
        }
        if (!(excs instanceof PyTuple)) {
            RefCount.xdecref(t.ts, excs);
            return null;
        }
        PyTuple tu = (PyTuple) excs;
        PyObject[] out = new PyObject[tu.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = RefCount.newRef(t.ts, tu.getItemBorrowed(i));
        }
        RefCount.decref(t.ts, excs);
        return out;
    }

    /** The traceback's frame lines ("  File ..., line N, in f" and the source), oldest first; "" when none. */
    private String frameLines(PyBaseExc e) {
        StringBuilder b = new StringBuilder();
        java.util.List<TraceEntry> tb;
        synchronized (e.traceback) {
            tb = new java.util.ArrayList<>(e.traceback);
        }
        TraceEntry last = null;
        int repeats = 0;
        for (int i = tb.size() - 1; i >= -1; i--) {
            TraceEntry en = i >= 0 ? tb.get(i) : null;
            if (en != null && last != null && en.file.equals(last.file) && en.line == last.line
                    && en.function.equals(last.function)) { // file, line and name, as CPython's
                if (++repeats >= 3) {
                    continue; // CPython prints a recursive frame three times, then counts the rest
                }
            } else {
                if (repeats >= 3) {
                    int more = repeats - 2;
                    b.append("  [Previous line repeated ").append(more).append(" more time")
                            .append(more == 1 ? "" : "s").append("]\n");
                }
                repeats = 0;
                last = en;
            }
            if (en == null) {
                break;
            }
            b.append("  File \"").append(en.file).append("\", line ").append(en.line).append(", in ").append(en.function)
                    .append('\n');
            b.append(TracebackSource.render(sourceLines(en.file), en.line, en.span));
        }
        return b.toString();
    }

    private static Integer intOrNull(PyObject o) {
        return o instanceof dev.freethread.objects.PyInt && ((dev.freethread.objects.PyInt) o).fitsLong()
                && !(o instanceof dev.freethread.objects.PyBool)
                ? (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, ((dev.freethread.objects.PyInt) o)
                .longValue())) : null;
    }

    /**
     * A syntax error's source line and carets, as CPython 3.13's traceback draws them: the line without its
     * newline and leading spaces (tabs stay), then {@code ^} from {@code offset} to {@code endOffset} (1-based;
     * the end is the offset's next column when it is missing, zero, not after the offset, or the error spans
     * lines), a tab before the offset kept so the carets line up; the line alone when there is no offset.
     */
    static String syntaxErrorSource(String text, Integer offset, boolean oneLine, Integer endOffset) {
        String rtext = text;
        while (rtext.endsWith("\n")) {
            rtext = rtext.substring(0, rtext.length() - 1);
        }
        int k = 0;
        while (k < rtext.length() && (rtext.charAt(k) == ' ' || rtext.charAt(k) == '\n' || rtext.charAt(k) == '\f')) {
            k++;
        }
        String ltext = rtext.substring(k);
        int spaces = k;
        StringBuilder b = new StringBuilder();
        b.append("    ").append(ltext).append('\n');
        if (offset == null) {
            return b.toString();
        }
        int off = offset;
        int end = oneLine ? (endOffset != null && endOffset != 0 ? endOffset : off) : rtext.length() + 1;
        if (!text.isEmpty() && off > text.length()) {
            off = rtext.length() + 1;
        }
        if (!text.isEmpty() && end > text.length()) {
            end = rtext.length() + 1;
        }
        if (off >= end || end < 0) {
            end = off + 1;
        }
        int colno = off - 1 - spaces;
        int endColno = end - 1 - spaces;
        if (colno >= 0) {
            b.append("    ");
            for (int i = 0; i < colno; i++) {
                char c = i < ltext.length() ? ltext.charAt(i) : ' ';
                b.append(Character.isWhitespace(c) ? c : ' ');
            }
            b.append("^".repeat(Math.max(0, endColno - colno))).append('\n');
        }
        return b.toString();
    }

    /** The exception's own line (a SyntaxError's location first), then its notes. */
    private String exceptionOnly(PyThread t, PyBaseExc e) {
        StringBuilder b = new StringBuilder();
        if (e.cls().isSubtypeOf(exceptionClass("SyntaxError")) && e.args().size() == 2
                && e.args().getItemBorrowed(1) instanceof PyTuple) {
            // CPython prints where the syntax error is, then only its message
            PyTuple d = (PyTuple) e.args().getItemBorrowed(1);
            String suffix = "";
            if (d.size() >= 4) {
                PyObject file = d.getItemBorrowed(0);
                PyObject lineno = d.getItemBorrowed(1);
                if (lineno != dev.freethread.objects.PyNone.NONE) {
                    b.append("  File \"").append(file == dev.freethread.objects.PyNone.NONE ? "<string>"
                            : Ops.strString(t, file)).append("\", line ").append(Ops.strString(t, lineno)).append('\n');
                } else if (file != dev.freethread.objects.PyNone.NONE) {
                    suffix = " (" + Ops.strString(t, file) + ")";
                }
                PyObject text = d.getItemBorrowed(3);
                if (text instanceof PyStr) {
                    PyObject offset = d.getItemBorrowed(2);
                    PyObject endLineno = d.size() >= 5 ? d.getItemBorrowed(4) : dev.freethread.objects.PyNone.NONE;
                    PyObject endOffset = d.size() >= 6 ? d.getItemBorrowed(5) : dev.freethread.objects.PyNone.NONE;
                    b.append(syntaxErrorSource(((PyStr) text).value(), intOrNull(offset),
                            java.util.Objects.equals(intOrNull(lineno), intOrNull(endLineno)), intOrNull(endOffset)));
                }
            }
            String name = e.cls().qualname();
            PyObject msg = e.args().getItemBorrowed(0);
            String m = msg == dev.freethread.objects.PyNone.NONE ? "" : Ops.strString(t, msg);
            b.append(name).append(": ").append(m.isEmpty() ? "<no detail available>" : m).append(suffix)
                    .append('\n');
        } else {
            b.append(exceptionLine(t, e)).append('\n');
        }
        appendNotes(t, e, b);
        return b.toString();
    }

    /**
     * The exception's notes (PEP 678) after its line, as CPython prints them: each line of each note of a list or
     * tuple; the repr of anything else.
     */
    private void appendNotes(PyThread t, PyBaseExc e, StringBuilder b) {
        PyObject notes;
        try {
            notes = Ops.getAttrOrNull(t, e, str("__notes__"));
        } catch (PyRaise r) {
            r.release(t.ts);
            return;
        }
        if (notes == null || notes == dev.freethread.objects.PyNone.NONE) {
            return;
        }
        try {
            if (notes instanceof dev.freethread.list.PyList || notes instanceof PyTuple) {
                PyObject snapshot = notes instanceof PyTuple ? RefCount.newRef(t.ts, notes)
                        : ((dev.freethread.list.PyList) notes).copy(t.ts); // str(note) may change the list
                try {
                    int n = snapshot instanceof PyTuple ? ((PyTuple) snapshot).size()
                            : ((dev.freethread.list.PyList) snapshot).size();
                    for (int i = 0; i < n; i++) {
                        PyObject note = snapshot instanceof PyTuple ? ((PyTuple) snapshot).getItemBorrowed(i)
                                : ((dev.freethread.list.PyList) snapshot).getItemBorrowed(t.ts, i);
                        String text;
                        try {
                            text = Ops.strString(t, note);
                        } catch (PyRaise r) {
                            r.release(t.ts);
                            text = "<note str() failed>";
                        }
                        for (String line : text.split("\n", -1)) {
                            b.append(line).append('\n');
                        }
                    }
                } finally {
                    RefCount.decref(t.ts, snapshot);
                }
            } else {
                try {
                    b.append(Ops.reprString(t, notes)).append('\n');
                } catch (PyRaise r) {
                    r.release(t.ts);
                    b.append("<__notes__ repr() failed>\n");
                }
            }
        } finally {
            RefCount.decref(t.ts, notes);
        }
    }

    String exceptionLine(PyThread t, PyBaseExc e) {
        return exceptionLine(t, e, true);
    }

    /**
     * The last line of an exception's display: its class and message, then the "Did you mean" CPython's
     * TracebackException adds; {@code withTraceback} false for {@code traceback.format_exception_only}, which reads no
     * frame (a NameError then gets no suggestion, as in CPython).
     */
    String exceptionLine(PyThread t, PyBaseExc e, boolean withTraceback) {
        String name = e.cls().module == null || e.cls().module.equals("builtins") || e.cls().module.equals("__main__")
                ? e.cls().qualname() : e.cls().module + "." + e.cls().qualname();
        String msg;
        try {
            msg = Ops.strString(t, e);
        } catch (PyRaise r) {
            r.release(t.ts);
            msg = "<exception str() failed>" + (System.getenv("FTPYTHON_DEBUG") != null ? r.exc.messageForJava() + r.exc.cls().name() : "");
        }
        String line = msg.isEmpty() ? name : name + ": " + msg;
        return line + Suggestions.suffix(t, e, withTraceback);
    }

    /**
     * Reports an error nobody can catch (a finalizer's, a callback's): {@code message} is the whole first line. A
     * {@code sys.unraisablehook} a script installed receives it (with {@code message}, less a trailing colon, as its
     * {@code err_msg} and no object); otherwise it is printed as CPython's default hook prints it.
     */
    void printUnraisable(PyThread t, PyRaise r, String message) {
        reportUnraisable(t, r, message.endsWith(":") ? message.substring(0, message.length() - 1) : message, null);
    }

    /**
     * The Python classes that stand in for native types as bases, loaded on first use: {@code class X(property)}
     * derives from {@code _pyproperty.property}, {@code class R(weakref.ref)} from {@code _pyweakref.ref}. Borrowed
     * (each module keeps its class until shutdown). isinstance and issubclass count their subclasses as the native
     * type's ({@link #isStandInSubclass}).
     */
    private final java.util.concurrent.ConcurrentHashMap<PyType, PyClass> standIns =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether {@code c} is one of the stand-in classes (made already): its own slots serve its implementation. */
    boolean isStandIn(PyClass c) {
        return standIns.containsValue(c);
    }

    /** The stand-in class for {@code nativeType} as a base (imported on first use), or null when it has none. */
    PyClass standIn(PyThread t, PyType nativeType) {
        String module = nativeType == Descriptors.Property.TYPE ? "_pyproperty"
                : nativeType == dev.freethread.refcount.PyWeakRef.TYPE ? "_pyweakref" : null;
        if (module == null) {
            return null;
        }
        PyClass p = standIns.get(nativeType);
        if (p == null) {
            PyObject m = Modules.importModule(t, module);
            try {
                PyObject c = Ops.getAttr(t, m, str(nativeType == Descriptors.Property.TYPE ? "property" : "ref"));
                RefCount.decref(t.ts, c); // borrowed from here on: the module's namespace holds it
                p = (PyClass) c;
                standIns.put(nativeType, p);
            } finally {
                RefCount.decref(t.ts, m);
            }
        }
        return p;
    }

    /** Whether {@code sub} derives from the stand-in of {@code nativeType} ({@code class X(property)}). */
    boolean isStandInSubclass(PyType sub, PyType nativeType) {
        if (standIns.isEmpty()) {
            return false; // no class has derived from one yet
        }
        PyClass p = standIns.get(nativeType);
        return p != null && sub.isSubtypeOf(p);
    }

    /**
     * Built-in types the builtins name whose construction is a builtin function's ({@code map}, {@code zip}). Filled by
     * Builtins.install before any other thread exists and only read after (Thread.start publishes it).
     */
    final Map<PyType, PyBuiltin> typeConstructors = new HashMap<>();

    /** The default {@code sys.unraisablehook} ({@code sys.__unraisablehook__}); set up with sys. */
    PyBuiltin defaultUnraisableHook;

    /**
     * CPython's {@code _PyErr_WriteUnraisableMsg}: {@code errMsg} (null for None, CPython's plain "Exception
     * ignored in") and the object involved (null for None) go to {@code sys.unraisablehook} as an
     * {@code UnraisableHookArgs}; the default hook prints "errMsg: repr(object)" and the traceback. A hook that raises has its own error printed instead, as
     * "Exception ignored in sys.unraisablehook: repr(hook)". Takes over {@code r}.
     */
    void reportUnraisable(PyThread t, PyRaise r, String errMsg, PyObject object) {
        ThreadState ts = t.ts;
        PyObject hook = customUnraisableHook(t);
        try {
            if (hook != null) {
                PyObject args = null;
                try {
                    args = unraisableArgs(t, r.exc, errMsg, object);
                    RefCount.decref(ts, Ops.call(t, hook, new PyObject[] {args}, null));
                    return;
                } catch (PyRaise hookError) {
                    r.release(ts);
                    r = hookError;
                    errMsg = "Exception ignored in sys.unraisablehook";
                    object = hook;
                } finally {
                    RefCount.xdecref(ts, args);
                }
            }
            // CPython's default hook: "err_msg: repr(object)", "Exception ignored in: repr(object)" without a
            // message, "err_msg:" without an object
            String line = (errMsg == null ? "Exception ignored in" : errMsg) + ":";
            if (object != null) {
                String repr;
                try {
                    repr = Ops.reprString(t, object);
                } catch (PyRaise e) {
                    e.release(ts);
                    repr = "<object repr() failed>";
                }
                line += " " + repr;
            }
            StringBuilder b = new StringBuilder(line).append('\n');
            formatException(t, r.exc, b);
            writeStderr(t, b.toString());
        } finally {
            r.release(ts);
            RefCount.xdecref(ts, hook);
        }
    }

    /**
     * Writes {@code text} where CPython's hooks write it: to {@code sys.stderr} as it is now (a script may have
     * redirected it: contextlib.redirect_stderr, test.support.captured_stderr), straight to the process's stream
     * when it is still the original; nothing when it is None. An error from the script's stream falls back to ours.
     */
    void writeStderr(PyThread t, String text) {
        ThreadState ts = t.ts;
        PyObject sys = modules.get("sys");
        PyObject s = null;
        PyObject orig = null;
        if (sys instanceof PyModule && ((PyModule) sys).dict() != null) {
            s = Ops.getOrNull(ts, ((PyModule) sys).dict(), str("stderr"));
            orig = Ops.getOrNull(ts, ((PyModule) sys).dict(), str("__stderr__"));
        }
        try {
            if (s == dev.freethread.objects.PyNone.NONE) {
                return;
            }
            if (s != null && s != orig) {
                try {
                    PyObject txt = PyStr.of(ts, text);
                    try {
                        RefCount.decref(ts, Ops.callAttr(t, s, str("write"), new PyObject[] {txt}, null));
                    } finally {
                        RefCount.decref(ts, txt);
                    }
                    PyObject fl = Ops.getAttrOrNull(t, s, str("flush"));
                    if (fl != null) {
                        try {
                            RefCount.decref(ts, Ops.call(t, fl, new PyObject[0], null));
                        } finally {
                            RefCount.decref(ts, fl);
                        }
                    }
                    return;
                } catch (PyRaise r) {
                    r.release(ts);
                }
            }
            flush();
            err.print(text);
            err.flush();
        } finally {
            RefCount.xdecref(ts, s);
            RefCount.xdecref(ts, orig);
        }
    }

    /** {@code sys.unraisablehook} when a script replaced the default (a new reference), else null. */
    private PyObject customUnraisableHook(PyThread t) {
        PyObject sys = modules.get("sys");
        if (!(sys instanceof PyModule) || ((PyModule) sys).dict() == null) {
            return null; // early in start-up, or sys cleared at shutdown: the default prints
        }
        PyObject h = Ops.getOrNull(t.ts, ((PyModule) sys).dict(), str("unraisablehook"));
        if (h == null || h == defaultUnraisableHook || h == dev.freethread.objects.PyNone.NONE) {
            RefCount.xdecref(t.ts, h);
            return null;
        }
        return h;
    }

    /** A new {@code UnraisableHookArgs(exc_type, exc_value, exc_traceback, err_msg, object)}. */
    private PyObject unraisableArgs(PyThread t, PyBaseExc e, String errMsg, PyObject object) {
        ThreadState ts = t.ts;
        PyObject cls = Ops.getOrNull(ts, ((PyModule) modules.get("sys")).dict(), str("_unraisable_hook_args"));
        if (cls == null) {
            throw Errors.raise(t, "RuntimeError", "sys._unraisable_hook_args (the UnraisableHookArgs type) is missing");
        }
        PyObject fields = PyTuple.stealing(ts, RefCount.newRef(ts, e.cls()), RefCount.newRef(ts, e),
                PyTraceback.of(ts, e), errMsg == null ? dev.freethread.objects.PyNone.NONE : PyStr.of(ts, errMsg),
                RefCount.newRef(ts, object == null ? dev.freethread.objects.PyNone.NONE : object));
        try {
            return Ops.call(t, cls, new PyObject[] {fields}, null);
        } finally {
            RefCount.decref(ts, fields);
            RefCount.decref(ts, cls);
        }
    }

    private void unraisable(Throwable error, String context, PyObject object) {
        ThreadState ts = rt.currentThreadState();
        if (ts == null) {
            dev.freethread.objects.UnraisableHook.PRINT.unraisable(error, context, object);
            return;
        }
        if (!ts.isAttached()) {
            // A detached thread may neither make nor free objects: the handshake watchdog reports from the thread
            // that waits, detached, for the handshake (the collector's, when a script's thread never polls). The
            // report is printed as text, in CPython's unraisable form, without an exception object.
            flush();
            String type = error instanceof dev.freethread.objects.PyException
                    ? ((dev.freethread.objects.PyException) error).pyType() : "RuntimeError";
            String msg = error.getMessage();
            err.print("Exception ignored in: " + context + "\n" + type + (msg == null || msg.isEmpty() ? "" : ": "
                    + msg) + "\n");
            err.flush();
            return;
        }
        PyThread t = thread(ts);
        PyRaise r = Errors.fromJava(t, error);
        if (object instanceof PyInstance && context.startsWith("finalizer")) {
            // CPython names the __del__ function (the hook's object is that function)
            PyObject del = ((PyInstance) object).cls().lookup(t, "__del__");
            if (del != null) {
                try {
                    reportUnraisable(t, r, null, del);
                } finally {
                    RefCount.decref(ts, del);
                }
                return;
            }
        } else if (object instanceof PyGenerator && context.startsWith("finalizer")) {
            reportUnraisable(t, r, null, object); // a generator closed as it was freed
            return;
        }
        reportUnraisable(t, r, "Exception ignored in " + context, null);
    }

    /**
     * Ends the interpreter as CPython's finalization does: waits for the non-daemon threads, clears the main module
     * and the imported modules (finalizers run), collects the cycles that remain, and answers the number of objects
     * still alive (0 unless something leaked).
     */
    long shutdown() {
        PyThread t = main;
        ThreadState ts = t.ts;
        // threading._shutdown: the main thread is finished before its non-daemon threads are waited for, so one
        // that joins it returns (CPython's order)
        PyObject threading = modules.get("threading");
        if (threading instanceof PyModule) {
            try {
                PyObject r = Ops.callAttr(t, threading, str("_shutdown"), Ops.NO_ARGS, null);
                RefCount.decref(ts, r);
            } catch (PyRaise r) {
                printUnraisable(t, r, "Exception ignored in threading._shutdown:");
            }
        }
        for (Thread th : new java.util.ArrayList<>(pythonThreads)) {
            if (th.isDaemon()) {
                continue;
            }
            ts.detach();
            try {
                th.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                ts.attach();
            }
        }
        // atexit's functions, after the non-daemon threads and before the modules go, as CPython runs them.
        PyObject atexit = modules.get("atexit");
        if (atexit instanceof PyModule) {
            try {
                RefCount.decref(ts, Ops.callAttr(t, atexit, str("_run_exitfuncs"), Ops.NO_ARGS, null));
            } catch (PyRaise r) {
                printUnraisable(t, r, "Exception ignored in atexit:");
            }
        }
        // Daemon threads stop for good at their next check. The flags are set with the world stopped: a daemon that
        // is running Python code is parked in a poll, and the first thing it does when the poll returns is that check,
        // so none runs another statement once the modules are being cleared (CPython's free-threaded finalization
        // stops the world for the same reason). One in a blocking wait checks when it wakes up.
        rt.stopTheWorld(ts);
        try {
            finalizing = true;
            interrupted = true;
        } finally {
            rt.startTheWorld(ts);
        }
        SignalModule.restore(this); // the process's handlers as they were: no Python handler runs from here on
        try {
            sysModules = null; // borrowed from sys's dict, which the clearing below frees
            if (mainGlobals != null) {
                clearNamespace(t, mainGlobals);
                RefCount.decref(ts, mainGlobals);
                mainGlobals = null;
            }
            for (String name : new java.util.ArrayList<>(modules.keySet())) {
                PyObject m = modules.remove(name);
                if (m instanceof PyModule && ((PyModule) m).dict() != builtins) { // restored below, not cleared
                    clearNamespace(t, ((PyModule) m).dict());
                }
                RefCount.decref(ts, m);
            }
            for (PyObject m : new java.util.ArrayList<>(retiredModules)) {
                if (m instanceof PyModule && ((PyModule) m).dict() != null) {
                    clearNamespace(t, ((PyModule) m).dict());
                }
                RefCount.decref(ts, m);
            }
            retiredModules.clear();
            restoreBuiltins(t);
            for (String n : PYTHON_BUILTINS) {
                // the built-ins written in Python (the builtins dict is immortal and keeps what it holds)
                RefCount.xdecref(ts, Ops.popOrNull(ts, builtins, str(n)));
            }
            if (gcCallbacks != null) {
                gcCallbacks.clear(ts);
                RefCount.decref(ts, gcCallbacks);
                gcCallbacks = null;
            }
            if (gcGarbage != null) {
                gcGarbage.clear(ts);
                RefCount.decref(ts, gcGarbage);
                gcGarbage = null;
            }
            gc.collect(ts);
            stopCoroutineRunners(t); // their thread states hold per-thread counts the last collections fold
            gc.collect(ts);
            gc.collect(ts);
            stopCoroutineRunners(t); // any a finalizer of those collections needed
        } catch (PyRaise r) {
            printUnraisable(t, r, "Exception ignored during interpreter shutdown:");
        }
        flush();
        long live = rt.liveObjects();
        if (live != 0 && System.getenv("FTPYTHON_DEBUG") != null) {
            err.println("objects alive after shutdown: " + rt.liveObjectsByType());
        }
        return live;
    }

    /**
     * Finalization: the idle coroutine runners leave (PyCoroutine.Runner), and the main thread waits, detached, up
     * to a second for them, so their thread states are closed before the interpreter counts what is left alive. A
     * runner still running a coroutine (one nobody resumes) is a daemon thread and is left to the JVM's exit.
     */
    void stopCoroutineRunners(PyThread t) {
        PyCoroutine.Runner r;
        while ((r = idleRunners.pollFirst()) != null) {
            r.stop();
        }
        t.ts.detach();
        try {
            long deadline = System.nanoTime() + 1_000_000_000L;
            for (Thread th : new java.util.ArrayList<>(coroutineRunnerThreads)) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    break;
                }
                try {
                    th.join(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        } finally {
            t.ts.attach();
        }
    }

    /** CPython's module cleanup: names starting with one underscore first, then the rest, in insertion order. */
    private void clearNamespace(PyThread t, PyDict d) {
        ThreadState ts = t.ts;
        for (int pass = 0; pass < 2; pass++) {
            PyObject keys = Builtins.listOf(t, d);
            try {
                dev.freethread.list.PyList l = (dev.freethread.list.PyList) keys;
                for (int i = 0; i < l.size(); i++) {
                    PyObject k = l.getItem(ts, i);
                    try {
                        String n = k instanceof PyStr ? ((PyStr) k).value() : "";
                        boolean under = n.startsWith("_") && !n.startsWith("__");
                        if (pass == 0 ? under : !n.equals("__builtins__")) {
                            PyObject old = Ops.popOrNull(ts, d, k);
                            if (old != null) {
                                try {
                                    RefCount.decref(ts, old);
                                } catch (PyRaise r) {
                                    printUnraisable(t, r, "Exception ignored while clearing a module");
                                }
                            }
                        }
                    } finally {
                        RefCount.decref(ts, k);
                    }
                }
            } finally {
                RefCount.decref(ts, keys);
            }
        }
    }

    /** The interpreter thread state of the calling thread, from its toolkit state. */
    static PyThread thread(ThreadState ts) {
        Interp ip = ts.runtime().attachment(KEY, () -> null);
        PyThread t = ip.threads.get();
        if (t == null || t.ts != ts) {
            t = new PyThread(ip, ts, Thread.currentThread().getName());
            ip.threads.set(t);
        }
        return t;
    }

    /** A Python thread started by {@code _thread} (its stack: {@link ThreadObjects#STACK_BYTES}). */
    PyThread register(ThreadState ts, String name) {
        PyThread t = new PyThread(this, ts, name, ThreadObjects.STACK_BYTES);
        threads.set(t);
        return t;
    }

    void unregister() {
        threads.remove();
    }

    /** An interned, immortal str for a name. */
    PyStr str(String s) {
        return rt.intern(s);
    }

    boolean hasExceptionClass(String name) {
        return exceptions.containsKey(name);
    }

    PyClass exceptionClass(String name) {
        PyClass c = exceptions.get(name);
        if (c == null) {
            throw new IllegalStateException("no exception class " + name);
        }
        return c;
    }

    Map<String, PyClass> exceptionClasses() {
        return exceptions;
    }

    private void makeExceptions(ThreadState ts) {
        String[][] tree = {
            {"BaseException", null},
            {"SystemExit", "BaseException"},
            {"KeyboardInterrupt", "BaseException"},
            {"GeneratorExit", "BaseException"},
            {"Exception", "BaseException"},
            {"ArithmeticError", "Exception"},
            {"FloatingPointError", "ArithmeticError"},
            {"OverflowError", "ArithmeticError"},
            {"ZeroDivisionError", "ArithmeticError"},
            {"AssertionError", "Exception"},
            {"AttributeError", "Exception"},
            {"BufferError", "Exception"},
            {"EOFError", "Exception"},
            {"ImportError", "Exception"},
            {"ModuleNotFoundError", "ImportError"},
            {"LookupError", "Exception"},
            {"IndexError", "LookupError"},
            {"KeyError", "LookupError"},
            {"MemoryError", "Exception"},
            {"NameError", "Exception"},
            {"UnboundLocalError", "NameError"},
            {"OSError", "Exception"},
            {"FileNotFoundError", "OSError"},
            {"FileExistsError", "OSError"},
            {"IsADirectoryError", "OSError"},
            {"NotADirectoryError", "OSError"},
            {"PermissionError", "OSError"},
            {"TimeoutError", "OSError"},
            {"BlockingIOError", "OSError"},
            {"ChildProcessError", "OSError"},
            {"ConnectionError", "OSError"},
            {"BrokenPipeError", "ConnectionError"},
            {"ConnectionAbortedError", "ConnectionError"},
            {"ConnectionRefusedError", "ConnectionError"},
            {"ConnectionResetError", "ConnectionError"},
            {"InterruptedError", "OSError"},
            {"ProcessLookupError", "OSError"},
            {"ReferenceError", "Exception"},
            {"RuntimeError", "Exception"},
            {"NotImplementedError", "RuntimeError"},
            {"RecursionError", "RuntimeError"},
            {"PythonFinalizationError", "RuntimeError"},
            {"StopIteration", "Exception"},
            {"StopAsyncIteration", "Exception"},
            {"SyntaxError", "Exception"},
            {"IndentationError", "SyntaxError"},
            {"TabError", "IndentationError"},
            {"SystemError", "Exception"},
            {"TypeError", "Exception"},
            {"ValueError", "Exception"},
            {"UnicodeError", "ValueError"},
            {"UnicodeEncodeError", "UnicodeError"},
            {"UnicodeDecodeError", "UnicodeError"},
            {"UnicodeTranslateError", "UnicodeError"},
            {"Warning", "Exception"},
            {"DeprecationWarning", "Warning"},
            {"RuntimeWarning", "Warning"},
            {"UserWarning", "Warning"},
            {"PendingDeprecationWarning", "Warning"},
            {"SyntaxWarning", "Warning"},
            {"FutureWarning", "Warning"},
            {"ImportWarning", "Warning"},
            {"UnicodeWarning", "Warning"},
            {"BytesWarning", "Warning"},
            {"ResourceWarning", "Warning"},
            {"EncodingWarning", "Warning"},
        };
        for (String[] e : tree) {
            PyDict ns = PyDict.create(ts);
            RefCount.makeImmortal(ts, ns);
            ns.setItem(ts, str("__qualname__"), str(e[0]));
            ns.setItem(ts, str("__module__"), str("builtins"));
            PyType base = e[1] == null ? PyType.OBJECT : exceptions.get(e[1]);
            PyClass c = new PyClass(ts, e[0], "builtins", base, ns, 0, true);
            c.immutable = true;
            RefCount.makeImmortal(ts, c);
            exceptions.put(e[0], c);
        }
    }

    /** Counts the interpreter keeps for {@code --stats}. */
    static final class Stats {
        final java.util.concurrent.atomic.LongAdder calls = new java.util.concurrent.atomic.LongAdder();
    }
}
