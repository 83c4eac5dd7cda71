// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.gc.Garbage;
import dev.freethread.gc.Gc;
import dev.freethread.gc.GcCallback;
import dev.freethread.gc.RefList;
import dev.freethread.list.PyList;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.PyWeakRef;
import dev.freethread.refcount.RefCount;
import dev.freethread.refcount.WeakRefCallback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The modules a script may import: {@code sys}, {@code time}, {@code gc} (the toolkit's collector), {@code weakref}
 * (the toolkit's weak references), {@code _thread} (threads, locks, events over the toolkit's thread states) and
 * {@code threading}, written in Python over {@code _thread}. Modules are made once per interpreter (per-thread
 * counted; the interpreter's shutdown clears them and the collector frees them).
 */
final class Modules {
    private Modules() {
    }

    /**
     * {@code import name}: a new reference to the module, made on first import. {@code sys.modules} is asked first
     * (whatever a script stored there is the module, as in CPython); a dotted name imports its parent package first,
     * then finds the submodule on the parent's {@code __path__} (or, for a module that is not a package, takes its
     * attribute: {@code os.path}).
     *
     * <p>A module is registered before its code runs, so a circular import gets the partly initialised module, as
     * in CPython; other threads do not see it until it is complete ({@link Interp#initializing}): they wait for the
     * import lock, which the importing thread holds until its import ends. If the module's code raises, the module
     * is removed from {@code sys.modules} again.
     */
    static PyObject importModule(PyThread t, String name) {
        Interp ip = t.interp;
        PyObject m = loaded(t, name);
        if (m != null) {
            return notBlocked(t, name, m);
        }
        // Never wait for a Java monitor while attached: the importer runs Python code (threading.py), which may
        // stop the world, and a thread blocked on a monitor could not reach its safepoint. Wait detached.
        java.util.concurrent.locks.ReentrantLock lock = ip.importLock;
        if (!lock.tryLock()) {
            t.ts.detach();
            try {
                lock.lock();
            } finally {
                t.ts.attach();
            }
        }
        try {
            m = loaded(t, name); // under the lock: a module still initialising is this thread's (a circular import)
            if (m != null) {
                return notBlocked(t, name, m);
            }
            int dot = name.lastIndexOf('.');
            if (dot > 0) {
                return importSubmodule(t, name, dot);
            }
            PyObject cached = ip.modules.get(name);
            if (cached != null && !isUserModule(name)) {
                // deleted from sys.modules: a built-in module is not made again (CPython keeps one sys, one math)
                register(t, name, RefCount.newRef(t.ts, cached));
                return RefCount.newRef(t.ts, cached);
            }
            if (isUserModule(name)) {
                Found f = find(t, searchPath(t), name);
                if (f == null) {
                    throw ExceptionFields.importError(t, "ModuleNotFoundError", "No module named '" + name + "'", name, null,
                            null);
                }
                return load(t, name, f, null);
            }
            m = create(t, name);
            register(t, name, m);
            return RefCount.newRef(t.ts, m);
        } finally {
            lock.unlock();
        }
    }

    /**
     * {@code m}, unless it is None: {@code sys.modules[name] = None} blocks the import (CPython's
     * "import of X halted; None in sys.modules", a ModuleNotFoundError), as test.support's import_fresh_module uses.
     */
    private static PyObject notBlocked(PyThread t, String name, PyObject m) {
        if (m != PyNone.NONE) {
            return m;
        }
        throw ExceptionFields.importError(t, "ModuleNotFoundError", "import of " + name
                + " halted; None in sys.modules", name, null, null);
    }

    /**
     * The module already imported under {@code name} (a new reference), or null: {@code sys.modules}' entry once sys
     * exists, else the interpreter's. A module still initialising counts only for the thread holding the import lock.
     */
    private static PyObject loaded(PyThread t, String name) {
        Interp ip = t.interp;
        if (ip.initializing.contains(name) && !ip.importLock.isHeldByCurrentThread()) {
            return null; // another thread's import is running it: wait for the lock
        }
        PyDict sysModules = ip.sysModules;
        if (sysModules != null) {
            return Ops.getOrNull(t.ts, sysModules, ip.str(name));
        }
        PyObject m = ip.modules.get(name);
        return m == null ? null : RefCount.newRef(t.ts, m);
    }

    /** Whether {@code name} is looked for on sys.path (it is not one of ftpython's own modules). */
    private static boolean isUserModule(String name) {
        return !BUILT_IN_NAMES.contains(name);
    }

    /**
     * Records {@code m} (a reference taken over) as the module {@code name}: the interpreter's reference (an earlier
     * module of that name, deleted from sys.modules by a script, is kept until exit) and sys.modules' entry.
     */
    private static void register(PyThread t, String name, PyObject m) {
        Interp ip = t.interp;
        PyObject old = ip.modules.put(name, m);
        if (old != null) {
            if (old == m) {
                RefCount.decref(t.ts, old); // the same module again: one interpreter reference
            } else {
                ip.retiredModules.add(old);
            }
        }
        PyDict sysModules = ip.sysModules;
        if (sysModules != null) { // sys.modules lists what import made, as in CPython
            sysModules.setItem(t.ts, ip.str(name), m);
        }
    }

    /** Undoes {@link #register} after the module's code raised: CPython removes a failed import from sys.modules. */
    private static void unregister(PyThread t, String name, PyObject m) {
        Interp ip = t.interp;
        if (ip.modules.remove(name, m)) {
            RefCount.decref(t.ts, m);
        }
        PyDict sysModules = ip.sysModules;
        if (sysModules != null) {
            PyObject cur = Ops.getOrNull(t.ts, sysModules, ip.str(name));
            if (cur != null) {
                if (cur == m) {
                    RefCount.xdecref(t.ts, Ops.popOrNull(t.ts, sysModules, ip.str(name)));
                }
                RefCount.decref(t.ts, cur);
            }
        }
    }

    /** {@code import a.b}: {@code a} first, then {@code b} on {@code a.__path__}, or {@code a}'s module attribute. */
    private static PyObject importSubmodule(PyThread t, String name, int dot) {
        String parentName = name.substring(0, dot);
        String child = name.substring(dot + 1);
        PyObject parent = importModule(t, parentName);
        try {
            PyObject m = loaded(t, name); // the parent's code may have imported it
            if (m != null) {
                return m;
            }
            java.util.List<String> path = packagePath(t, parent);
            if (path != null) {
                Found f = find(t, path, child);
                if (f != null) {
                    return load(t, name, f, parent);
                }
            }
            PyObject sub = Ops.getAttrOrNull(t, parent, t.interp.str(child));
            if (sub instanceof PyModule) { // os.path, collections.abc: listed in sys.modules as CPython lists them
                PyDict sysModules = t.interp.sysModules;
                if (sysModules != null) {
                    sysModules.setItem(t.ts, t.interp.str(name), sub);
                }
                return sub;
            }
            RefCount.xdecref(t.ts, sub);
            throw ExceptionFields.importError(t, "ModuleNotFoundError", "No module named '" + name + "'"
                    + (path == null ? "; '" + parentName + "' is not a package" : ""), name, null, null);
        } finally {
            RefCount.decref(t.ts, parent);
        }
    }

    /**
     * {@code from pkg import name} where {@code name} is not an attribute of the package {@code m}: the submodule
     * {@code pkg.name} if one is found on its {@code __path__} (CPython's {@code _handle_fromlist}), else null.
     */
    static PyObject importFromPackage(PyThread t, PyObject m, String pkgName, String name) {
        java.util.List<String> path = packagePath(t, m);
        if (path == null || find(t, path, name) == null) {
            return null;
        }
        PyObject sub = importModule(t, pkgName + "." + name);
        RefCount.decref(t.ts, sub);
        return Ops.getAttrOrNull(t, m, t.interp.str(name)); // CPython answers the package's attribute
    }

    /**
     * CPython's ImportError for {@code from module import name} when the module has no such attribute or submodule:
     * it names the module's file, and says so when the module is still initialising (a circular import).
     */
    static PyRaise cannotImportName(PyThread t, PyObject m, String module, String name) {
        String where = "unknown location";
        if (m instanceof PyModule && ((PyModule) m).dict() != null) {
            PyObject file = Ops.getOrNull(t.ts, ((PyModule) m).dict(), t.interp.str("__file__"));
            if (file instanceof PyStr) {
                where = ((PyStr) file).value();
            }
            RefCount.xdecref(t.ts, file);
        }
        String path = where.equals("unknown location") ? null : where;
        if (t.interp.initializing.contains(module)) {
            return ExceptionFields.importError(t, "ImportError", "cannot import name '" + name + "' from partially "
                    + "initialized module '" + module + "' (most likely due to a circular import) (" + where + ")",
                    module, name, path);
        }
        return ExceptionFields.importError(t, "ImportError", "cannot import name '" + name + "' from '" + module
                + "' (" + where + ")", module, name, path);
    }

    /**
     * The absolute name of {@code from <level dots>name import ...} made in the module whose globals are
     * {@code globals} (CPython's {@code _calc___package__} and {@code _resolve_name}): its {@code __package__}, or
     * its {@code __name__} if it is a package (it has {@code __path__}), or its {@code __name__}'s parent; then
     * {@code level - 1} components fewer.
     */
    static String resolveRelative(PyThread t, PyDict globals, String name, int level) {
        Interp ip = t.interp;
        String pkg = null;
        if (globals != null) {
            PyObject p = Ops.getOrNull(t.ts, globals, ip.str("__package__"));
            try {
                if (p != null && p != PyNone.NONE) {
                    if (!(p instanceof PyStr)) {
                        throw Errors.typeError(t, "package must be a string");
                    }
                    pkg = ((PyStr) p).value();
                }
            } finally {
                RefCount.xdecref(t.ts, p);
            }
            if (pkg == null) {
                PyObject n = Ops.getOrNull(t.ts, globals, ip.str("__name__"));
                PyObject path = Ops.getOrNull(t.ts, globals, ip.str("__path__"));
                try {
                    if (n instanceof PyStr) {
                        String s = ((PyStr) n).value();
                        pkg = path != null ? s : s.lastIndexOf('.') < 0 ? "" : s.substring(0, s.lastIndexOf('.'));
                    }
                } finally {
                    RefCount.xdecref(t.ts, n);
                    RefCount.xdecref(t.ts, path);
                }
            }
        }
        if (pkg == null || pkg.isEmpty()) {
            throw Errors.raise(t, "ImportError", "attempted relative import with no known parent package");
        }
        String base = pkg;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw Errors.raise(t, "ImportError", "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /**
     * {@code __import__}'s fromlist on a package (CPython's {@code _handle_fromlist}): each str name that is not an
     * attribute of {@code m} is imported as a submodule if one is found; '*' and non-packages are left alone.
     */
    static void handleFromlist(PyThread t, PyObject m, String module, PyObject fromlist) {
        if (packagePath(t, m) == null) {
            return;
        }
        PyObject items = Builtins.listOf(t, fromlist);
        try {
            PyList l = (PyList) items;
            for (int i = 0; i < l.size(); i++) {
                PyObject e = l.getItem(t.ts, i);
                try {
                    if (!(e instanceof PyStr)) {
                        throw Errors.typeError(t, "Item in " + module + ".__all__ must be str, not " + Ops.typeName(e));
                    }
                    String n = ((PyStr) e).value();
                    if (n.equals("*")) {
                        continue;
                    }
                    PyObject v = Ops.getAttrOrNull(t, m, t.interp.str(n));
                    if (v == null) {
                        v = importFromPackage(t, m, module, n);
                    }
                    RefCount.xdecref(t.ts, v);
                } finally {
                    RefCount.decref(t.ts, e);
                }
            }
        } finally {
            RefCount.decref(t.ts, items);
        }
    }

    /** The str entries of {@code m.__path__} (a package), or null when {@code m} has no list there. */
    private static java.util.List<String> packagePath(PyThread t, PyObject m) {
        if (!(m instanceof PyModule) || ((PyModule) m).dict() == null) {
            return null;
        }
        PyObject p = Ops.getOrNull(t.ts, ((PyModule) m).dict(), t.interp.str("__path__"));
        if (p == null) {
            return null;
        }
        try {
            if (!(p instanceof PyList)) {
                return null;
            }
            java.util.List<String> dirs = new java.util.ArrayList<>();
            PyList l = (PyList) p;
            for (int i = 0; i < l.size(); i++) {
                PyObject e;
                try {
                    e = l.getItem(t.ts, i);
                } catch (dev.freethread.objects.PyException shrank) {
                    break;
                }
                if (e instanceof PyStr) {
                    dirs.add(((PyStr) e).value());
                }
                RefCount.decref(t.ts, e);
            }
            return dirs;
        } finally {
            RefCount.decref(t.ts, p);
        }
    }

    /** What {@link #find} found: a source file ({@code NAME.py} or a package's {@code __init__.py}), or a namespace. */
    private static final class Found {
        final java.nio.file.Path file; // null for a namespace package
        final boolean isPackage;
        final java.util.List<String> path; // a package's __path__

        Found(java.nio.file.Path file, boolean isPackage, java.util.List<String> path) {
            this.file = file;
            this.isPackage = isPackage;
            this.path = path;
        }
    }

    /**
     * Finds {@code name} in {@code dirs}, in order, as CPython's path finder does: in each directory a package
     * ({@code name/__init__.py}) comes before a module ({@code name.py}); a directory {@code name} without
     * {@code __init__.py} is a portion of a namespace package, which is the answer only when no directory has a
     * package or a module of that name. '' is the current directory; names that are not directories are skipped.
     */
    private static Found find(PyThread t, java.util.List<String> dirs, String name) {
        java.util.List<String> portions = new java.util.ArrayList<>();
        for (String d : dirs) {
            try {
                java.nio.file.Path dir = t.interp.cwd.resolve(d).toAbsolutePath();
                java.nio.file.Path pkg = dir.resolve(name);
                if (java.nio.file.Files.isDirectory(pkg)) {
                    java.nio.file.Path init = pkg.resolve("__init__.py");
                    if (java.nio.file.Files.isRegularFile(init)) {
                        return new Found(init, true, java.util.List.of(pkg.toString()));
                    }
                }
                java.nio.file.Path file = dir.resolve(name + ".py");
                if (java.nio.file.Files.isRegularFile(file)) {
                    return new Found(file, false, null);
                }
                if (java.nio.file.Files.isDirectory(pkg)) {
                    portions.add(pkg.toString());
                }
            } catch (java.nio.file.InvalidPathException e) {
                // not a name this system can have: as CPython, which finds nothing there
            }
        }
        return portions.isEmpty() ? null : new Found(null, true, portions);
    }

    /** The code {@code -m NAME} runs as {@code __main__}: its source, the file it came from, and its package. */
    static final class MainSource {
        final String src;
        final String file;
        final String argv0;
        final String pkg;

        MainSource(String src, String file, String argv0, String pkg) {
            this.src = src;
            this.file = file;
            this.argv0 = argv0;
            this.pkg = pkg;
        }
    }

    /** Why {@code -m NAME} has nothing to run, in CPython's words (printed after the program's name; status 1). */
    static final class NoMainModule extends RuntimeException {
        NoMainModule(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Finds what {@code ftpython -m name} runs, as CPython's runpy: a dotted name imports its parent packages first
     * (their code runs, as in CPython); a package runs its {@code __main__} submodule after its own
     * {@code __init__}; a module of ftpython's own library runs from its bundled source. An ImportError while
     * importing a parent becomes CPython's "Error while finding module specification" message; any other exception
     * propagates, and the caller prints its traceback.
     */
    static MainSource mainSource(PyThread t, String name) {
        return mainSource(t, name, true);
    }

    private static MainSource mainSource(PyThread t, String name, boolean packageAllowed) {
        if (name.isEmpty() || name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
            throw new NoMainModule("Relative module names not supported"); // CPython's words for '-m .x'
        }
        int dot = name.lastIndexOf('.');
        Found f;
        String pkg;
        if (dot > 0) {
            pkg = name.substring(0, dot);
            PyObject parent;
            try {
                parent = importModule(t, pkg);
            } catch (PyRaise r) {
                if (!r.exc.cls().isSubtypeOf(t.interp.exceptionClass("ImportError"))) {
                    throw r;
                }
                String why = r.exc.type().name() + ": " + Ops.strString(t, r.exc);
                r.release(t.ts);
                throw new NoMainModule("Error while finding module specification for '" + name + "' (" + why + ")");
            }
            try {
                java.util.List<String> path = packagePath(t, parent);
                f = path == null ? null : find(t, path, name.substring(dot + 1));
            } finally {
                RefCount.decref(t.ts, parent);
            }
        } else {
            pkg = "";
            if (!isUserModule(name)) {
                String src = bundledSource(t, name);
                if (src == null) {
                    throw new NoMainModule("No code object available for " + name); // sys, math: made in Java
                }
                // argv[0] as CPython's basename would show it (argparse's prog), the code named as the import names it
                return new MainSource(src, "<frozen " + name + ">", name + ".py", pkg);
            }
            f = find(t, searchPath(t), name);
        }
        if (f == null) {
            throw new NoMainModule("No module named " + name);
        }
        if (f.isPackage) {
            if (!packageAllowed) {
                throw new NoMainModule("Error while finding module specification for '" + name
                        + "' (ImportError: Cannot use package as __main__ module)");
            }
            RefCount.decref(t.ts, importModule(t, name)); // the package's __init__ runs first, as in CPython
            try {
                return mainSource(t, name + ".__main__", false);
            } catch (NoMainModule e) {
                if (e.getMessage().equals("No module named " + name + ".__main__")) {
                    throw new NoMainModule(e.getMessage() + "; '" + name + "' is a package and cannot be directly "
                            + "executed");
                }
                throw e;
            }
        }
        String src;
        try {
            src = java.nio.file.Files.readString(f.file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NoMainModule("can't open file '" + f.file + "': " + e.getMessage());
        }
        return new MainSource(src, f.file.toString(), f.file.toString(), pkg);
    }

    /** The source of one of ftpython's library modules written in Python, or null when it is made in Java. */
    private static String bundledSource(PyThread t, String name) {
        try (InputStream in = Modules.class.getResourceAsStream("lib/" + name + ".py")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Errors.raise(t, "ImportError", e.toString());
        }
    }

    /** The directories a top-level import searches: sys.path's str entries (before sys exists, the script's). */
    private static java.util.List<String> searchPath(PyThread t) {
        PyList path = t.interp.sysPath;
        java.util.List<String> dirs = new java.util.ArrayList<>();
        if (path == null) {
            if (!t.interp.flags.safePath) {
                dirs.add(t.interp.scriptDir.toString());
            }
            return dirs;
        }
        for (int i = 0; i < path.size(); i++) {
            PyObject entry;
            try {
                entry = path.getItem(t.ts, i);
            } catch (dev.freethread.objects.PyException shrank) {
                break; // another thread removed entries meanwhile: IndexError
            }
            if (entry instanceof PyStr) {
                dirs.add(((PyStr) entry).value());
            }
            RefCount.decref(t.ts, entry);
        }
        return dirs;
    }

    /**
     * Makes and runs the module {@code name} from what {@link #find} found: registered first (a circular import sees
     * it), with {@code __file__}, {@code __package__} and, for a package, {@code __path__}; bound as an attribute of
     * its parent package once its code has run. Import lock held.
     */
    private static PyObject load(PyThread t, String name, Found f, PyObject parent) {
        Interp ip = t.interp;
        ThreadState ts = t.ts;
        String src = null;
        if (f.file != null) {
            try {
                src = java.nio.file.Files.readString(f.file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw Errors.raise(t, "ImportError", "cannot read " + f.file + ": " + e.getMessage());
            }
        }
        PyModule m = module(t, name);
        PyDict d = m.dict();
        d.setItem(ts, ip.str("__builtins__"), ip.builtins); // a module's: the builtins dict, as CPython's
        if (f.file != null) {
            d.setItem(ts, ip.str("__file__"), ip.str(f.file.toString()));
        } else {
            d.setItem(ts, ip.str("__file__"), PyNone.NONE);
        }
        int dot = name.lastIndexOf('.');
        d.setItem(ts, ip.str("__package__"), ip.str(f.isPackage ? name : dot < 0 ? "" : name.substring(0, dot)));
        if (f.isPackage) {
            PyList path = PyList.create(ts);
            try {
                for (String p : f.path) {
                    path.append(ts, ip.str(p));
                }
                d.setItem(ts, ip.str("__path__"), path);
            } finally {
                RefCount.decref(ts, path);
            }
        }
        register(t, name, m); // the interpreter's reference is m's
        ip.initializing.add(name);
        try {
            if (src != null) {
                ip.exec(t, src, f.file.toString(), d);
            }
        } catch (RuntimeException e) {
            ip.initializing.remove(name);
            unregister(t, name, m);
            throw e;
        }
        ip.initializing.remove(name);
        if (parent instanceof PyModule && ((PyModule) parent).dict() != null) {
            ((PyModule) parent).dict().setItem(ts, ip.str(name.substring(dot + 1)), m);
        }
        PyObject done = loaded(t, name); // CPython answers sys.modules[name], which the code may have replaced
        return done != null ? done : RefCount.newRef(ts, m);
    }

    /** ftpython's own modules, Java or bundled Python: never looked for on sys.path. */
    static final java.util.Set<String> BUILT_IN_NAMES = java.util.Set.of(
            "sys", "_time", "gc", "_weakref", "_thread", "_itertools", "_heapq", "_ftfunctools", "_hashlib", "_binascii", "_struct", "_traceback", "_re",
            "_os", "_random", "math", "threading", "itertools", "functools", "operator", "collections",
            "dataclasses", "random", "typing", "string", "heapq", "bisect", "contextlib", "json", "abc", "_py_abc",
            "copy", "textwrap", "os", "posixpath", "re", "enum", "io", "queue", "hashlib", "base64", "binascii", "fractions",
            "statistics", "argparse", "time", "datetime", "concurrent", "_concurrent_futures", "traceback",
            "logging", "atexit", "types", "pprint", "warnings", "struct", "unittest", "shutil", "tempfile",
            "weakref", "_collections_abc", "keyword", "numbers", "cmath", "pathlib", "importlib", "errno", "stat",
            "shlex", "html", "platform", "inspect", "asyncio", "decimal", "contextvars", "_exceptiongroup",
            "_asyncbuiltins", "doctest", "pickle", "copyreg", "_codecs", "fnmatch", "glob", "timeit", "graphlib", "secrets",
            "uuid", "csv", "builtins", "__future__", "_sitebuiltins", "unicodedata", "_zlib", "zlib", "difflib", "calendar", "colorsys",
            "urllib", "_urllib_parse", "array", "reprlib", "getopt", "ipaddress", "configparser", "codecs", "locale",
            "gzip", "ast", "zipfile", "hmac", "linecache", "fileinput",
            "_unittest_mock", "xml", "_xml_etree", "_xml_etree_ElementTree", "multiprocessing", "_subprocess", "subprocess", "_signal", "signal",
            "_html_parser", "_html_unescape", "tomllib", "optparse", "sched", "filecmp",
            "gettext", "mimetypes", "getpass", "cmd", "pwd", "grp", "_structseq", "zoneinfo", "_importlib_util",
            "sysconfig", "_pyproperty", "_threading_local", "_pyweakref", "_string", "_logging_handlers", "_logging_config", "faulthandler",
            "_colorize", "_bisect", "_datetime", "_collections");

    private static PyObject create(PyThread t, String name) {
        switch (name) {
            case "sys": return sys(t);
            case "_time": return time(t);
            case "gc": return gc(t);
            case "_weakref": return weakref(t);
            case "_thread": return thread(t);
            case "_hashlib": return javaModule(t, name, BinaryModules::hashlib);
            case "_binascii": return javaModule(t, name, BinaryModules::binascii);
            case "_struct": return javaModule(t, name, BinaryModules::struct);
            case "_traceback": return javaModule(t, name, Modules::traceback);
            case "_re": return javaModule(t, name, RegexModule::install);
            case "_os": return javaModule(t, name, Modules::osNative);
            case "_random": return javaModule(t, name, RandomModule::install);
            case "math": return javaModule(t, name, MathModule::install);
            case "unicodedata": return javaModule(t, name, UnicodeDataModule::install);
            case "_zlib": return javaModule(t, name, ZlibModule::install);
            case "_subprocess": return javaModule(t, name, SubprocessModule::install);
            case "_signal": return javaModule(t, name, SignalModule::install);
            case "_itertools": return javaModule(t, name, Modules::itertoolsNative);
            case "_heapq": return javaModule(t, name, HeapqModule::install);
            case "_ftfunctools": return javaModule(t, name, FunctoolsModule::install);
            case "threading":
            case "itertools":
            case "functools":
            case "operator":
            case "collections":
            case "dataclasses":
            case "random":
            case "typing":
            case "string":
            case "heapq":
            case "bisect":
            case "contextlib":
            case "json":
            case "abc":
            case "_py_abc":
            case "copy":
            case "textwrap":
            case "os":
            case "posixpath":
            case "re":
            case "enum":
            case "io":
            case "queue":
            case "hashlib":
            case "base64":
            case "binascii":
            case "fractions":
            case "statistics":
            case "argparse":
            case "time":
            case "datetime":
            case "concurrent":
            case "_concurrent_futures":
            case "traceback":
            case "logging":
            case "atexit":
            case "types":
            case "pprint":
            case "warnings":
            case "struct":
            case "unittest":
            case "shutil":
            case "tempfile":
            case "weakref":
            case "_collections_abc":
            case "keyword":
            case "numbers":
            case "cmath":
            case "pathlib":
            case "importlib":
            case "errno":
            case "stat":
            case "shlex":
            case "_string":
            case "html":
            case "platform":
            case "inspect":
            case "asyncio":
            case "decimal":
            case "contextvars":
            case "_exceptiongroup":
            case "_asyncbuiltins":
            case "doctest":
            case "pickle":
            case "copyreg":
            case "_codecs":
            case "fnmatch":
            case "glob":
            case "timeit":
            case "graphlib":
            case "secrets":
            case "uuid":
            case "csv":
            case "__future__":
            case "_sitebuiltins":
            case "zlib":
            case "difflib":
            case "calendar":
            case "colorsys":
            case "urllib":
            case "_urllib_parse":
            case "array":
            case "reprlib":
            case "getopt":
            case "ipaddress":
            case "configparser":
            case "codecs":
            case "locale":
            case "gzip":
            case "ast":
            case "zipfile":
            case "hmac":
            case "linecache":
            case "fileinput":
            case "_unittest_mock":
            case "xml":
            case "_xml_etree":
            case "_xml_etree_ElementTree":
            case "multiprocessing":
            case "subprocess":
            case "signal":
            case "_html_parser":
            case "_html_unescape":
            case "tomllib":
            case "optparse":
            case "sched":
            case "filecmp":
            case "gettext":
            case "mimetypes":
            case "getpass":
            case "cmd":
            case "pwd":
            case "grp":
            case "_structseq":
            case "zoneinfo":
            case "_importlib_util":
            case "sysconfig":
            case "_pyproperty":
            case "_threading_local":
            case "_pyweakref":
            case "_logging_handlers":
            case "_logging_config":
            case "faulthandler":
            case "_colorize":
            case "_bisect":
            case "_datetime":
            case "_collections":
                return pythonModule(t, name);
            case "builtins": {
                PyModule m = new PyModule(t.ts, "builtins", t.interp.builtins);
                RefCount.makePerThread(t.ts, m);
                return m;
            }
            default:
                throw new IllegalStateException("not a built-in module: " + name);
        }
    }

    /**
     * A new module with an empty namespace. Modules are per-thread counted (every thread reads them) and live until
     * the interpreter shuts down, which clears their namespaces and lets the collector free them.
     */
    /** A module whose functions are Java: a fresh module, filled by {@code install}. */
    private static PyModule javaModule(PyThread t, String name,
                                       java.util.function.BiConsumer<PyThread, PyModule> install) {
        PyModule m = module(t, name);
        install.accept(t, m);
        return m;
    }

    /** {@code _traceback}: the interpreter's traceback text for an exception (ftpython has no traceback objects). */
    private static void traceback(PyThread t, PyModule m) {
        def(t, m, "format_exception", (tt, a, kw) -> {
            Args.count(tt, "format_exception", a, kw, 1, 2);
            PyBaseExc e = exception(tt, a[0], "format_exception");
            StringBuilder b = new StringBuilder();
            if (a.length < 2 || Ops.truth(tt, a[1])) {
                tt.interp.formatException(tt, e, b);
            } else {
                b.append(tt.interp.exceptionLine(tt, e)).append('\n');
            }
            return PyStr.of(tt.ts, b.toString());
        });
        def(t, m, "exception_line", (tt, a, kw) -> {
            Args.count(tt, "exception_line", a, kw, 1, 2); // (exc, with_traceback=False): a NameError's suggestion
            return PyStr.of(tt.ts, tt.interp.exceptionLine(tt, exception(tt, a[0], "exception_line"),
                    a.length > 1 && Ops.truth(tt, a[1])));
        });
        // syntax_error_source(text, offset, one_line, end_offset): a SyntaxError's source line and carets
        def(t, m, "syntax_error_source", (tt, a, kw) -> {
            Args.count(tt, "syntax_error_source", a, kw, 4, 4);
            Integer off = a[1] instanceof PyInt ? (int) Args.toLong(tt, a[1], "syntax_error_source") : null;
            Integer end = a[3] instanceof PyInt ? (int) Args.toLong(tt, a[3], "syntax_error_source") : null;
            return PyStr.of(tt.ts, Interp.syntaxErrorSource(Ops.strString(tt, a[0]), off, Ops.truth(tt, a[2]), end));
        });
        // source_block(lines, lineno, end_lineno, colno, end_colno, anchors, whole): a FrameSummary's source lines
        // with their carets (TracebackSource), its columns in UTF-8 bytes as CPython's; anchors is None or
        // (line, col, line, col) in the same units
        def(t, m, "source_block", (tt, a, kw) -> {
            Args.count(tt, "source_block", a, kw, 7, 7);
            java.util.List<String> lines = new java.util.ArrayList<>();
            PyObject[] items = Builtins.snapshotItems(tt, a[0]);
            try {
                for (PyObject x : items) {
                    lines.add(Ops.strString(tt, x));
                }
            } finally {
                Exprs.releaseAll(tt.ts, items);
            }
            int sl = (int) Args.toLong(tt, a[1], "source_block");
            int el = (int) Args.toLong(tt, a[2], "source_block");
            if (lines.size() != el - sl + 1 || lines.isEmpty()) {
                return PyStr.of(tt.ts, "");
            }
            String[] seg = lines.toArray(new String[0]);
            int[] sp = new int[9];
            sp[0] = sl;
            sp[1] = TracebackSource.charColumn(seg[0], (int) Args.toLong(tt, a[3], "source_block"));
            sp[2] = el;
            sp[3] = TracebackSource.charColumn(seg[seg.length - 1], (int) Args.toLong(tt, a[4], "source_block"));
            if (a[5] instanceof PyTuple && ((PyTuple) a[5]).size() == 4) {
                PyTuple an = (PyTuple) a[5];
                int l1 = (int) Args.toLong(tt, an.getItemBorrowed(0), "source_block");
                int l2 = (int) Args.toLong(tt, an.getItemBorrowed(2), "source_block");
                if (l1 >= sl && l1 <= el && l2 >= sl && l2 <= el) {
                    sp[4] = l1;
                    sp[5] = TracebackSource.charColumn(seg[l1 - sl],
                            (int) Args.toLong(tt, an.getItemBorrowed(1), "source_block"));
                    sp[6] = l2;
                    sp[7] = TracebackSource.charColumn(seg[l2 - sl],
                            (int) Args.toLong(tt, an.getItemBorrowed(3), "source_block"));
                }
            }
            sp[8] = Ops.truth(tt, a[6]) ? 1 : 0;
            return PyStr.of(tt.ts, TracebackSource.render(seg, sp));
        });
    }

    /**
     * {@code _itertools}: {@code serial(g)} makes generator {@code g} one that threads may share (PyGenerator's
     * [GEN5]) and answers it; lib/itertools.py wraps each of its generators so.
     */
    private static void itertoolsNative(PyThread t, PyModule m) {
        def(t, m, "serial", (tt, a, kw) -> {
            Args.count(tt, "serial", a, kw, 1, 1);
            if (!(a[0] instanceof PyGenerator)) {
                throw Errors.typeError(tt, "serial() argument must be a generator, not " + Ops.typeName(a[0]));
            }
            ((PyGenerator) a[0]).makeSerial();
            return RefCount.newRef(tt.ts, a[0]);
        });
    }

    private static PyBaseExc exception(PyThread t, PyObject o, String fname) {
        if (!(o instanceof PyBaseExc)) {
            throw Errors.typeError(t, fname + "() argument must be an exception, not " + Ops.typeName(o));
        }
        return (PyBaseExc) o;
    }

    /** {@code sys.<name>} as the script left it (a new reference), or null. */
    static PyObject sysAttrOrNull(PyThread t, String name) {
        PyDict mods = t.interp.sysModules;
        PyObject sys = mods == null ? null : Ops.getOrNull(t.ts, mods, t.interp.str("sys"));
        if (sys == null) {
            return null;
        }
        try {
            return sys instanceof PyModule ? Ops.getOrNull(t.ts, ((PyModule) sys).dict(), t.interp.str(name)) : null;
        } finally {
            RefCount.decref(t.ts, sys);
        }
    }

    static PyModule module(PyThread t, String name) {
        PyDict d = PyDict.create(t.ts);
        // A module's globals are read by every thread and referenced by each function made there (a closure made
        // per call counts it): per-thread counted, as CPython 3.14 counts module globals, so no shared count.
        RefCount.makePerThread(t.ts, d);
        d.setItem(t.ts, t.interp.str("__name__"), t.interp.str(name));
        PyModule m = new PyModule(t.ts, name, d);
        RefCount.decref(t.ts, d);
        RefCount.makePerThread(t.ts, m);
        return m;
    }

    private static void def(PyThread t, PyModule m, String name, PyBuiltin.Impl impl) {
        m.dict().setItem(t.ts, t.interp.str(name), new PyBuiltin(name, impl, m.name));
    }

    private static void set(PyThread t, PyModule m, String name, PyObject v) {
        m.dict().setItem(t.ts, t.interp.str(name), v);
    }

    /** Stores a new reference, taken over. */
    private static void setNew(PyThread t, PyModule m, String name, PyObject v) {
        try {
            set(t, m, name, v);
        } finally {
            RefCount.decref(t.ts, v);
        }
    }

    /** A module written in Python, bundled as a resource. */
    private static PyObject pythonModule(PyThread t, String name) {
        String src = bundledSource(t, name);
        if (src == null) {
            throw ExceptionFields.importError(t, "ModuleNotFoundError", "No module named '" + name + "'", name, null,
                    null);
        }
        PyModule m = module(t, name);
        m.dict().setItem(t.ts, t.interp.str("__builtins__"), t.interp.builtins); // a module's: the dict (CPython's)
        // in sys.modules while its code runs, as CPython's import does (sys.modules[__name__] inside it); the
        // caller's registration afterwards finds it there and keeps one reference
        Interp ip = t.interp;
        register(t, name, RefCount.newRef(t.ts, m));
        ip.initializing.add(name);
        try {
            ip.exec(t, src, "<frozen " + name + ">", m.dict());
        } catch (RuntimeException e) {
            ip.initializing.remove(name);
            unregister(t, name, m);
            RefCount.decref(t.ts, m);
            throw e;
        }
        ip.initializing.remove(name);
        return m;
    }

    // ---- sys

    /** {@code sys.stdout} and {@code sys.stderr}. */
    static final class Stream extends PyObject {
        static final PyType TYPE = PyType.staticType("_io.TextIOWrapper", PyType.FLAG_NO_WEAKREFS);
        private final Interp ip;
        private final boolean err;

        Stream(Interp ip, boolean err) {
            super(TYPE, Immortal.IMMORTAL);
            this.ip = ip;
            this.err = err;
        }

        boolean isStderr() {
            return err;
        }

        private StdStreams.Buffer buffer;

        /** {@code sys.stdout.buffer}: raw bytes to the same stream (made once; immortal, as this stream). */
        synchronized StdStreams.Buffer buffer(Interp interp) {
            if (buffer == null) {
                buffer = new StdStreams.Buffer(null, err ? interp.err : interp.out, err);
            }
            return buffer;
        }

        void write(String s) {
            if (err) {
                ip.flush();
                ip.err.print(s);
                ip.err.flush();
            } else {
                ip.write(s);
            }
        }
    }

    /** The language version this interpreter follows, CPython's 3.13.0 ("final"): {@code sys.version_info}. */
    private static final String VERSION_INFO_SRC = String.join("\n",
            "class version_info(tuple):",
            "    __slots__ = ()",
            "    major = property(lambda self: self[0])",
            "    minor = property(lambda self: self[1])",
            "    micro = property(lambda self: self[2])",
            "    releaselevel = property(lambda self: self[3])",
            "    serial = property(lambda self: self[4])",
            "    def __repr__(self):",
            "        return ('sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)'",
            "                % tuple(self))",
            "v = version_info((3, 13, 0, 'final', 0))",
            "def _structtype(name, fields):",
            "    ns = {'__slots__': (), '__module__': 'sys'}",
            "    for i, f in enumerate(fields):",
            "        ns[f] = property(lambda self, i=i: self[i])",
            "    def __repr__(self):",
            "        return 'sys.%s(%s)' % (name, ', '.join('%s=%r' % p for p in zip(fields, self)))",
            "    ns['__repr__'] = __repr__",
            "    ns['n_fields'] = ns['n_sequence_fields'] = len(fields)",
            "    ns['n_unnamed_fields'] = 0",
            "    return type(name, (tuple,), ns)",
            "def _structseq(name, fields, values):",
            "    return _structtype(name, fields)(values)",
            "_unraisable_hook_args = _structtype('UnraisableHookArgs', ('exc_type', 'exc_value', 'exc_traceback',",
            "    'err_msg', 'object'))",
            "float_info = _structseq('float_info', ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp',",
            "    'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'), (1.7976931348623157e+308, 1024, 308,",
            "    2.2250738585072014e-308, -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1))",
            "int_info = _structseq('int_info', ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits',",
            "    'str_digits_check_threshold'), (30, 4, 4300, 640))",
            "hash_info = _structseq('hash_info', ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits',",
            "    'seed_bits', 'cutoff'), (64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))",
            "flags = _structseq('flags', ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',",
            "    'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet',",
            "    'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path',",
            "    'int_max_str_digits'), _flag_values)",
            "class _Implementation:",
            "    def __init__(self, **kw):",
            "        self.__dict__.update(kw)",
            "    def __repr__(self):",
            "        return 'namespace(%s)' % ', '.join('%s=%r' % kv for kv in self.__dict__.items())",
            "thread_info = _structseq('thread_info', ('name', 'lock', 'version'), ('pthread', 'mutex+cond', None))",
            "implementation = _Implementation(name='ftpython', cache_tag=None, version=v, hexversion=0x30d00f0,",
            "    _multiarch='x86_64-linux-gnu', supports_isolated_interpreters=False)",
            "");

    /**
     * {@code sys.version_info}, {@code float_info}, {@code int_info} and {@code hash_info}: tuple subclasses with named
     * fields (CPython's struct sequences), set on the module.
     */
    private static void structSequences(PyThread t, PyModule m) {
        ThreadState ts = t.ts;
        PyDict g = PyDict.create(ts);
        try {
            g.setItem(ts, t.interp.str("__name__"), t.interp.str("sys"));
            Object[] fv = t.interp.flags.values(t.interp.maxStrDigits());
            PyObject[] items = new PyObject[fv.length];
            for (int i = 0; i < fv.length; i++) {
                items[i] = fv[i] instanceof Boolean ? dev.freethread.objects.PyBool.of((Boolean) fv[i])
                        : PyInt.of(ts, (Integer) fv[i]);
            }
            PyObject flagValues = PyTuple.stealing(ts, items);
            g.setItem(ts, t.interp.str("_flag_values"), flagValues);
            RefCount.decref(ts, flagValues);
            t.interp.exec(t, VERSION_INFO_SRC, "<sys>", g);
            setNew(t, m, "version_info", g.get(ts, t.interp.str("v")));
            // CPython's UnraisableHookArgs type is no attribute of sys: ftpython keeps it under a private name
            for (String n : new String[] {"float_info", "int_info", "hash_info", "implementation", "flags",
                "thread_info", "_unraisable_hook_args"}) {
                setNew(t, m, n, g.get(ts, t.interp.str(n)));
            }
        } finally {
            g.clear(ts); // the class and its functions refer to g: break the cycle at once
            RefCount.decref(ts, g);
        }
    }

    /** {@code sys.__unraisablehook__(unraisable)}: prints "err_msg: repr(object)" and the exception, as CPython's. */
    private static PyObject defaultUnraisableHook(PyThread t, PyObject[] a, String[] kw) {
        Args.count(t, "unraisablehook", a, kw, 1, 1);
        Interp ip = t.interp;
        PyObject value = Ops.getAttr(t, a[0], ip.str("exc_value"));
        PyObject msg = null;
        PyObject obj = null;
        try {
            msg = Ops.getAttr(t, a[0], ip.str("err_msg"));
            obj = Ops.getAttr(t, a[0], ip.str("object"));
            String line = (msg == PyNone.NONE ? "Exception ignored in" : Ops.strString(t, msg)) + ":";
            if (obj != PyNone.NONE) {
                line += " " + Ops.reprString(t, obj);
            }
            StringBuilder b = new StringBuilder(line).append('\n');
            if (value instanceof PyBaseExc) {
                ip.formatException(t, (PyBaseExc) value, b);
            } else {
                PyObject type = Ops.getAttr(t, a[0], ip.str("exc_type"));
                try {
                    b.append(type instanceof PyType ? ((PyType) type).name() : Ops.reprString(t, type)).append('\n');
                } finally {
                    RefCount.decref(t.ts, type);
                }
            }
            ip.writeStderr(t, b.toString());
            return PyNone.NONE;
        } finally {
            RefCount.decref(t.ts, value);
            RefCount.xdecref(t.ts, msg);
            RefCount.xdecref(t.ts, obj);
        }
    }

    /**
     * {@code sys.getsizeof}: CPython 3.13's size on a 64-bit build for the built-in values (the JVM's own layout is
     * not observable); 56 for anything else, an empty instance's.
     */
    static long approximateSize(PyObject o) {
        if (o instanceof PyBool) {
            return 28;
        }
        if (o instanceof PyInt) {
            java.math.BigInteger v = ((PyInt) o).bigValue().abs();
            int digits = Math.max(1, (v.bitLength() + 29) / 30);
            return v.signum() == 0 ? 28 : 24 + 4L * digits;
        }
        if (o instanceof PyFloat) {
            return 24;
        }
        if (o instanceof PyStr) {
            String s = ((PyStr) o).value();
            int max = s.codePoints().max().orElse(0);
            int n = s.codePointCount(0, s.length());
            if (max >= 128 && max < 256) {
                return n == 1 ? 61 : 57 + n; // a one-character latin-1 str is CPython's cached singleton, with its UTF-8
            }
            return max < 128 ? 41 + n : max < 65536 ? 58 + 2L * n : 60 + 4L * n;
        }
        if (o instanceof PyBytes) {
            return 33 + ((PyBytes) o).value.length;
        }
        if (o instanceof PyTuple) {
            return 40 + 8L * ((PyTuple) o).size();
        }
        if (o instanceof PyList) {
            return 56 + 8L * ((PyList) o).size();
        }
        if (o instanceof PyDict) {
            return ((PyDict) o).size() == 0 ? 64 : 224;
        }
        if (o instanceof PySet) {
            return 216;
        }
        if (o instanceof PyNone) {
            return 16;
        }
        return 56;
    }

    private static PyObject sys(PyThread t) {
        Interp ip = t.interp;
        ThreadState ts = t.ts;
        PyModule m = module(t, "sys");
        PyList argv = PyList.create(ts);
        for (String a : ip.argv) {
            argv.append(ts, ip.str(a));
        }
        set(t, m, "argv", argv);
        RefCount.decref(ts, argv);
        // sys.path: the script's directory, where import looks for a module the user wrote; a script may add more
        PyList path = PyList.create(ts);
        if (!ip.flags.safePath) { // -P and -I leave it out (CPython's safe_path)
            path.append(ts, ip.str(ip.scriptDir.toString()));
        }
        // then PYTHONPATH's directories, as CPython's (not under -E or -I)
        String pythonPath = ip.flags.ignoreEnvironment ? null : System.getenv("PYTHONPATH");
        if (pythonPath != null) {
            for (String dir : pythonPath.split(":")) {
                if (!dir.isEmpty()) {
                    PyObject d = PyStr.of(ts, java.nio.file.Path.of(dir).toAbsolutePath().normalize().toString());
                    path.append(ts, d);
                    RefCount.decref(ts, d);
                }
            }
        }
        ip.sysPath = path;
        set(t, m, "path", path);
        RefCount.decref(ts, path);
        Stream out = new Stream(ip, false);
        Stream err = new Stream(ip, true);
        set(t, m, "stdout", out);
        set(t, m, "stderr", err);
        set(t, m, "__stdout__", out); // the originals, which a script that replaced sys.stdout restores from
        set(t, m, "stdin", ip.stdinStream);
        set(t, m, "__stdin__", ip.stdinStream);
        // sys.displayhook: what the prompt and compile(..., 'single') show an expression statement's value with
        PyBuiltin display = new PyBuiltin("displayhook", (tt, a, kw) -> {
            Args.count(tt, "displayhook", a, kw, 1, 1);
            return Builtins.displayValue(tt, a[0]);
        });
        set(t, m, "displayhook", display);
        set(t, m, "__displayhook__", display);
        RefCount.decref(ts, display);
        // sys.breakpointhook and sys.__breakpointhook__ (lib/_sitebuiltins.py, which start-up imported)
        PyObject site = importModule(t, "_sitebuiltins");
        try {
            PyObject hook = Ops.getAttr(t, site, ip.str("breakpointhook"));
            set(t, m, "breakpointhook", hook);
            set(t, m, "__breakpointhook__", hook);
            RefCount.decref(ts, hook);
        } finally {
            RefCount.decref(ts, site);
        }
        set(t, m, "__stderr__", err);
        Map<String, PyBuiltin.MethodImpl> sm = Builtins.table(ip, Stream.TYPE);
        sm.put("write", (tt, self, a, kw) -> {
            Args.count(tt, "write", a, kw, 1, 1);
            String s = Args.str(tt, a[0], "write", 1);
            ((Stream) self).write(s);
            return PyInt.of(tt.ts, s.length());
        });
        sm.put("flush", (tt, self, a, kw) -> {
            tt.interp.flush();
            return PyNone.NONE;
        });
        setNew(t, m, "maxsize", PyInt.of(ts, Long.MAX_VALUE));
        setNew(t, m, "hexversion", PyInt.of(ts, 0x030d00f0L));
        // CPython's (name, branch, revision) of its source tree; platform.python_branch and python_revision
        setNew(t, m, "_git", PyTuple.stealing(ts, PyStr.of(ts, "ftpython"), PyStr.of(ts, ""), PyStr.of(ts, "")));
        setNew(t, m, "_framework", PyStr.of(ts, ""));
        setNew(t, m, "_java_version", PyStr.of(ts, System.getProperty("java.vm.name", "Java") + " "
                + java.lang.Runtime.version()));
        setNew(t, m, "byteorder", PyStr.of(ts, "little"));
        structSequences(t, m);
        // sys.unraisablehook: the default prints as CPython's; a script's replacement receives UnraisableHookArgs
        // (Interp.reportUnraisable)
        ip.defaultUnraisableHook = new PyBuiltin("unraisablehook", Modules::defaultUnraisableHook);
        set(t, m, "unraisablehook", ip.defaultUnraisableHook);
        set(t, m, "__unraisablehook__", ip.defaultUnraisableHook);
        PyDict mods = PyDict.create(ts);
        for (java.util.Map.Entry<String, PyObject> e : new java.util.TreeMap<>(ip.modules).entrySet()) {
            mods.setItem(ts, ip.str(e.getKey()), e.getValue());
        }
        if (ip.mainGlobals != null) {
            PyModule main = new PyModule(ts, "__main__", ip.mainGlobals);
            RefCount.makePerThread(ts, main); // as every module: threads read it (sys.modules[__name__].f)
            mods.setItem(ts, ip.str("__main__"), main);
            RefCount.decref(ts, main);
        }
        mods.setItem(ts, ip.str("sys"), m);
        ip.sysModules = mods;
        // sys.modules lists builtins from the start, as CPython's (pickle finds a built-in function's module there)
        RefCount.decref(ts, importModule(t, "builtins"));
        setNew(t, m, "modules", mods);
        setNew(t, m, "version", PyStr.of(ts,
                "3.13.0 experimental free-threading build (ftpython on the Freethread toolkit)"));
        // CPython's names for what ftpython mirrors: a Linux process (os.name is 'posix', os.uname() the kernel's),
        // a free-threaded build ('t' in abiflags, as 3.13t's; sysconfig's Py_GIL_DISABLED is 1)
        setNew(t, m, "platform", PyStr.of(ts, "linux"));
        setNew(t, m, "platlibdir", PyStr.of(ts, "lib"));
        setNew(t, m, "implementation_name", PyStr.of(ts, "ftpython"));
        def(t, m, "exit", (tt, a, kw) -> {
            Args.count(tt, "exit", a, kw, 0, 1);
            PyObject code = a.length == 0 ? PyNone.NONE : a[0];
            if (code == PyNone.NONE) { // CPython's PyErr_SetObject: None is no arguments, a tuple is the arguments
                code = PyTuple.EMPTY;
            }
            if (code instanceof PyTuple && code.type() == PyTuple.TYPE) { // so sys.exit((42,)) exits with 42
                PyObject cls = tt.interp.exceptionClass("SystemExit");
                PyObject exc = Ops.call(tt, cls, Methods.tupleItems((PyTuple) code), null);
                throw new PyRaise((PyBaseExc) exc); // takes the new reference
            }
            throw Errors.raiseWith(tt, "SystemExit", code);
        });
        def(t, m, "getrecursionlimit", (tt, a, kw) -> {
            if (a.length != 0) {
                throw Errors.typeError(tt, "sys.getrecursionlimit() takes no arguments (" + a.length + " given)");
            }
            return PyInt.of(tt.ts, tt.ts.runtime().recursionLimit());
        });
        def(t, m, "call_tracing", (tt, a, kw) -> { // sys.call_tracing(func, args): func(*args) (no tracing here)
            Args.count(tt, "call_tracing", a, kw, 2, 2);
            if (!(a[1] instanceof PyTuple)) {
                throw Errors.typeError(tt, "call_tracing() argument 2 must be tuple, not " + Ops.typeName(a[1]));
            }
            return Ops.call(tt, a[0], Methods.tupleItems((PyTuple) a[1]), null);
        });
        def(t, m, "_getframe", (tt, a, kw) -> { // the frame depth calls out from the caller's (0)
            Args.count(tt, "_getframe", a, kw, 0, 1);
            return PyFrameObject.getframe(tt, a.length == 0 ? 0 : Args.toLong(tt, a[0], "_getframe"));
        });
        def(t, m, "_getframemodulename", (tt, a, kw) -> {
            Args.onlyKw(tt, "_getframemodulename", kw, "depth");
            PyObject d = Args.npos(a, kw) > 0 ? a[0] : Args.kw(a, kw, "depth");
            PyStr name = PyFrameObject.moduleName(tt, d == null ? 0 : Args.toLong(tt, d, "depth"));
            return name == null ? PyNone.NONE : name;
        });
        def(t, m, "getdefaultencoding", (tt, a, kw) -> {
            Args.count(tt, "getdefaultencoding", a, kw, 0, 0);
            return PyStr.of(tt.ts, "utf-8");
        });
        def(t, m, "getfilesystemencoding", (tt, a, kw) -> {
            Args.count(tt, "getfilesystemencoding", a, kw, 0, 0);
            return PyStr.of(tt.ts, "utf-8");
        });
        def(t, m, "getfilesystemencodeerrors", (tt, a, kw) -> {
            Args.count(tt, "getfilesystemencodeerrors", a, kw, 0, 0);
            return PyStr.of(tt.ts, "surrogateescape");
        });
        setNew(t, m, "maxunicode", PyInt.of(ts, 0x10ffff));
        setNew(t, m, "executable", PyStr.of(ts, System.getProperty("ftpython.launcher", "")));
        setNew(t, m, "prefix", PyStr.of(ts, "/usr/local"));
        setNew(t, m, "base_prefix", PyStr.of(ts, "/usr/local"));
        setNew(t, m, "exec_prefix", PyStr.of(ts, "/usr/local"));
        setNew(t, m, "base_exec_prefix", PyStr.of(ts, "/usr/local"));
        setNew(t, m, "abiflags", PyStr.of(ts, "t"));
        setNew(t, m, "float_repr_style", PyStr.of(ts, "short"));
        setNew(t, m, "api_version", PyInt.of(ts, 1013));
        setNew(t, m, "copyright", PyStr.of(ts, "Copyright (c) 2001-2024 Python Software Foundation.\nAll Rights "
                + "Reserved."));
        set(t, m, "dont_write_bytecode", dev.freethread.objects.PyBool.TRUE);
        set(t, m, "pycache_prefix", PyNone.NONE);
        PyList warnOptions = PyList.create(ts); // PYTHONWARNINGS's, then -W's (the later win, as CPython's)
        String env = ip.flags.ignoreEnvironment ? null : System.getenv("PYTHONWARNINGS");
        java.util.List<String> opts = new java.util.ArrayList<>();
        if (env != null) {
            for (String o : env.split(",")) {
                if (!o.isBlank()) {
                    opts.add(o.trim());
                }
            }
        }
        opts.addAll(ip.warnOptions);
        for (String o : opts) {
            PyObject s = PyStr.of(ts, o);
            warnOptions.append(ts, s);
            RefCount.decref(ts, s);
        }
        setNew(t, m, "warnoptions", warnOptions);
        PyDict xopts = PyDict.create(ts); // -X's options: name to value, or to True without one
        for (java.util.Map.Entry<String, Object> e : ip.flags.xOptions.entrySet()) {
            PyObject k = PyStr.of(ts, e.getKey());
            PyObject v = e.getValue() instanceof String ? PyStr.of(ts, (String) e.getValue())
                    : dev.freethread.objects.PyBool.TRUE;
            xopts.setItem(ts, k, v);
            RefCount.decref(ts, k);
            RefCount.decref(ts, v);
        }
        setNew(t, m, "_xoptions", xopts);
        setNew(t, m, "meta_path", PyList.create(ts));
        setNew(t, m, "path_hooks", PyList.create(ts));
        setNew(t, m, "path_importer_cache", PyDict.create(ts));
        PyList orig = PyList.create(ts); // the command line as given: the launcher, then every argument
        String launcher = System.getProperty("ftpython.launcher");
        orig.append(ts, ip.str(launcher != null ? launcher : "ftpython"));
        for (String a : ip.origArgv != null ? ip.origArgv : ip.argv) {
            orig.append(ts, ip.str(a));
        }
        setNew(t, m, "orig_argv", orig);
        String[] builtinNames = {"_thread", "_weakref", "builtins", "gc", "math", "sys", "time", "unicodedata",
            "_zlib"};
        PyObject[] bn = new PyObject[builtinNames.length];
        for (int i = 0; i < bn.length; i++) {
            bn[i] = PyStr.of(ts, builtinNames[i]);
        }
        setNew(t, m, "builtin_module_names", PyTuple.stealing(ts, bn));
        // the modules ftpython carries itself (Java or bundled Python): what importlib.util.find_spec finds without
        // a file on sys.path
        PyObject[] own = BUILT_IN_NAMES.stream().sorted().map(n -> (PyObject) PyStr.of(ts, n)).toArray(PyObject[]::new);
        PyTuple ownTuple = PyTuple.stealing(ts, own);
        try {
            setNew(t, m, "stdlib_module_names", Ops.call(t, PySet.FROZEN, new PyObject[] {ownTuple}, null));
        } finally {
            RefCount.decref(ts, ownTuple);
        }
        def(t, m, "is_finalizing", (tt, a, kw) -> dev.freethread.objects.PyBool.of(tt.interp.finalizing));
        def(t, m, "getallocatedblocks", (tt, a, kw) -> PyInt.of(tt.ts, 0));
        def(t, m, "audit", (tt, a, kw) -> PyNone.NONE); // no audit hooks run in ftpython
        def(t, m, "addaudithook", (tt, a, kw) -> {
            Args.count(tt, "addaudithook", a, kw, 1, 1);
            return PyNone.NONE;
        });
        def(t, m, "gettrace", (tt, a, kw) -> PyNone.NONE);
        def(t, m, "getprofile", (tt, a, kw) -> PyNone.NONE);
        for (String hook : new String[] {"settrace", "setprofile"}) {
            def(t, m, hook, (tt, a, kw) -> {
                Args.count(tt, hook, a, kw, 1, 1);
                if (a[0] != PyNone.NONE) {
                    throw Errors.raise(tt, "NotImplementedError", "sys." + hook + "() is not supported by ftpython");
                }
                return PyNone.NONE;
            });
        }
        def(t, m, "getswitchinterval", (tt, a, kw) -> new PyFloat(tt.ts, 1e-6 * tt.interp.switchIntervalMicros));
        def(t, m, "setswitchinterval", (tt, a, kw) -> {
            Args.count(tt, "setswitchinterval", a, kw, 1, 1);
            double d = MathModule.num(tt, a[0]);
            if (d <= 0) {
                throw Errors.valueError(tt, "switch interval must be strictly positive");
            }
            // no GIL to switch: kept and answered in whole microseconds (at least one), as CPython keeps it
            tt.interp.switchIntervalMicros = Math.max(1L, (long) (1e6 * d));
            return PyNone.NONE;
        });
        def(t, m, "getsizeof", (tt, a, kw) -> {
            Args.count(tt, "getsizeof", a, kw, 1, 2);
            return PyInt.of(tt.ts, approximateSize(a[0]));
        });
        // PEP 525's hooks, which an event loop sets while it runs: per (logical) thread, as CPython's, in a dict of
        // sys's (PyCoroutine reads them)
        PyDict hooks = PyDict.create(ts);
        set(t, m, "_asyncgen_hooks", hooks);
        RefCount.decref(ts, hooks);
        def(t, m, "set_asyncgen_hooks", (tt, a, kw) -> {
            Args.onlyKw(tt, "set_asyncgen_hooks", kw, "firstiter", "finalizer");
            int n = Args.npos(a, kw);
            PyObject first = n > 0 ? a[0] : Args.kw(a, kw, "firstiter");
            PyObject fin = n > 1 ? a[1] : Args.kw(a, kw, "finalizer");
            String[] names = {"firstiter", "finalizer"};
            PyObject[] given = {first, fin};
            for (int i = 0; i < 2; i++) {
                if (given[i] != null && given[i] != PyNone.NONE && !Builtins.isCallable(tt, given[i])) {
                    throw Errors.typeError(tt, "callable " + names[i] + " expected, got " + Ops.typeName(given[i]));
                }
            }
            PyObject cur = PyCoroutine.asyncgenHooks(tt);
            PyObject newFirst = first != null ? first : ((PyTuple) cur).getItemBorrowed(0);
            PyObject newFin = fin != null ? fin : ((PyTuple) cur).getItemBorrowed(1);
            PyObject pair = PyTuple.stealing(tt.ts, RefCount.newRef(tt.ts, newFirst), RefCount.newRef(tt.ts, newFin));
            RefCount.decref(tt.ts, cur);
            try {
                PyCoroutine.setAsyncgenHooks(tt, pair);
            } finally {
                RefCount.decref(tt.ts, pair);
            }
            return PyNone.NONE;
        });
        def(t, m, "set_coroutine_origin_tracking_depth", (tt, a, kw) -> {
            Args.onlyKw(tt, "set_coroutine_origin_tracking_depth", kw, "depth");
            PyObject d = Args.npos(a, kw) > 0 ? a[0] : Args.kw(a, kw, "depth");
            if (d == null || a.length != 1) {
                throw Errors.typeError(tt, "set_coroutine_origin_tracking_depth() takes exactly one argument ("
                        + a.length + " given)");
            }
            if (!(d instanceof PyInt)) {
                throw Errors.typeError(tt, "'" + Ops.typeName(d) + "' object cannot be interpreted as an integer");
            }
            long depth = Args.toLong(tt, d, "set_coroutine_origin_tracking_depth");
            if (depth < 0) {
                throw Errors.valueError(tt, "depth must be >= 0");
            }
            tt.interp.coroutineOriginDepth = (int) Math.min(depth, Integer.MAX_VALUE);
            return PyNone.NONE;
        });
        def(t, m, "get_coroutine_origin_tracking_depth", (tt, a, kw) -> {
            Args.count(tt, "get_coroutine_origin_tracking_depth", a, kw, 0, 0);
            return PyInt.of(tt.ts, tt.interp.coroutineOriginDepth);
        });
        def(t, m, "get_asyncgen_hooks", (tt, a, kw) -> {
            Args.count(tt, "get_asyncgen_hooks", a, kw, 0, 0);
            return PyCoroutine.asyncgenHooks(tt);
        });
        def(t, m, "setrecursionlimit", (tt, a, kw) -> {
            Args.count(tt, "setrecursionlimit", a, kw, 1, 1);
            long n = Args.toLong(tt, a[0], "setrecursionlimit");
            if (n < 1) {
                throw Errors.valueError(tt, "recursion limit must be greater or equal than 1");
            }
            tt.ts.runtime().setRecursionLimit(tt.ts, (int) Math.min(n, Integer.MAX_VALUE));
            return PyNone.NONE;
        });
        def(t, m, "getrefcount", (tt, a, kw) -> {
            Args.count(tt, "getrefcount", a, kw, 1, 1);
            if (RefCount.isImmortal(a[0])) {
                return PyInt.of(tt.ts, 4294967295L);
            }
            // The count already holds the reference of the evaluated argument, as CPython 3.13's holds its stack
            // reference to it; nothing is added (golden 265 compares the two)
            return PyInt.of(tt.ts, RefCount.refCount(tt.ts, a[0]));
        });
        def(t, m, "get_int_max_str_digits", (tt, a, kw) -> {
            Args.count(tt, "sys.get_int_max_str_digits", a, kw, 0, 0);
            return PyInt.of(tt.ts, tt.interp.maxStrDigits());
        });
        def(t, m, "set_int_max_str_digits", (tt, a, kw) -> {
            // CPython's argument clinic: one argument, positional or `maxdigits=`; an unknown keyword reads as missing
            int n = Args.npos(a, kw);
            if (n > 1) {
                throw Errors.typeError(tt, "set_int_max_str_digits() takes at most 1 argument (" + n + " given)");
            }
            PyObject v = n == 1 ? a[0] : Args.kw(a, kw, "maxdigits");
            if (v == null) {
                throw Errors.typeError(tt, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
            }
            long digits = Args.toLong(tt, v, "set_int_max_str_digits");
            if (digits != (int) digits) {
                throw Errors.raise(tt, "OverflowError", "Python int too large to convert to C int");
            }
            tt.ts.runtime().setIntMaxStrDigits((int) digits); // ValueError below 640, as CPython's
            return PyNone.NONE;
        });
        def(t, m, "intern", (tt, a, kw) -> {
            Args.count(tt, "intern", a, kw, 1, 1);
            return tt.interp.str(Args.str(tt, a[0], "intern", 1));
        });
        def(t, m, "_is_gil_enabled", (tt, a, kw) -> PyBool.FALSE);
        // the exception being handled (an except clause, or a finally clause an exception is passing through)
        def(t, m, "exception", (tt, a, kw) -> {
            Args.count(tt, "sys.exception", a, kw, 0, 0);
            return RefCount.newRef(tt.ts, tt.handling.isEmpty() ? PyNone.NONE
                    : tt.handling.get(tt.handling.size() - 1));
        });
        PyBuiltin hook = new PyBuiltin("excepthook", (tt, a, kw) -> { // CPython's sys.__excepthook__
            Args.count(tt, "excepthook", a, kw, 3, 3);
            if (!(a[1] instanceof PyBaseExc)) { // CPython's print_exception writes this line and returns
                tt.interp.writeStderr(tt, "TypeError: print_exception(): Exception expected for value, "
                        + Ops.typeName(a[1]) + " found\n");
                return PyNone.NONE;
            }
            tt.interp.printException(tt, (PyBaseExc) a[1]);
            return PyNone.NONE;
        });
        set(t, m, "excepthook", hook);
        set(t, m, "__excepthook__", hook);
        ip.defaultExcepthook = hook;
        def(t, m, "exc_info", (tt, a, kw) -> {
            Args.count(tt, "sys.exc_info", a, kw, 0, 0);
            if (tt.handling.isEmpty()) {
                return Stmts.tupleOf(tt.ts, PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
            PyBaseExc e = tt.handling.get(tt.handling.size() - 1);
            PyObject tb = PyTraceback.of(tt.ts, e);
            RefCount.incref(tt.ts, e.cls());
            RefCount.incref(tt.ts, e);
            return PyTuple.stealing(tt.ts, e.cls(), e, tb);
        });
        return m;
    }

    // ---- time

    /**
     * {@code _time}: the clocks and sleep; {@code time} (bundled Python) adds struct_time, gmtime, localtime, mktime,
     * strftime and friends over them and {@link #utcOffset}.
     */
    private static PyObject time(PyThread t) {
        PyModule m = module(t, "_time");
        def(t, m, "perf_counter", (tt, a, kw) -> new PyFloat(tt.ts, System.nanoTime() / 1e9));
        def(t, m, "monotonic", (tt, a, kw) -> new PyFloat(tt.ts, System.nanoTime() / 1e9));
        def(t, m, "perf_counter_ns", (tt, a, kw) -> PyInt.of(tt.ts, System.nanoTime()));
        def(t, m, "monotonic_ns", (tt, a, kw) -> PyInt.of(tt.ts, System.nanoTime()));
        def(t, m, "time", (tt, a, kw) -> {
            java.time.Instant now = java.time.Instant.now();
            return new PyFloat(tt.ts, now.getEpochSecond() + now.getNano() / 1e9);
        });
        def(t, m, "time_ns", (tt, a, kw) -> {
            java.time.Instant now = java.time.Instant.now();
            return PyInt.of(tt.ts, now.getEpochSecond() * 1_000_000_000L + now.getNano());
        });
        def(t, m, "process_time_ns", (tt, a, kw) -> PyInt.of(tt.ts, processCpuNanos()));
        def(t, m, "process_time", (tt, a, kw) -> new PyFloat(tt.ts, processCpuNanos() / 1e9));
        def(t, m, "thread_time_ns", (tt, a, kw) -> PyInt.of(tt.ts, threadCpuNanos()));
        def(t, m, "thread_time", (tt, a, kw) -> new PyFloat(tt.ts, threadCpuNanos() / 1e9));
        def(t, m, "utc_offset", (tt, a, kw) -> { // (epoch seconds): the local zone's offset then, in seconds
            Args.count(tt, "utc_offset", a, kw, 1, 1);
            long secs = epochSeconds(tt, a[0]);
            return PyInt.of(tt.ts, java.time.ZoneId.systemDefault().getRules()
                    .getOffset(java.time.Instant.ofEpochSecond(secs)).getTotalSeconds());
        });
        def(t, m, "zone_name", (tt, a, kw) -> { // (epoch seconds, dst?): the local zone's abbreviation then
            Args.count(tt, "zone_name", a, kw, 1, 1);
            long secs = epochSeconds(tt, a[0]);
            java.time.ZonedDateTime z = java.time.Instant.ofEpochSecond(secs).atZone(java.time.ZoneId.systemDefault());
            return PyStr.of(tt.ts, java.time.format.DateTimeFormatter.ofPattern("zzz", java.util.Locale.ROOT)
                    .format(z));
        });
        def(t, m, "is_dst", (tt, a, kw) -> {
            Args.count(tt, "is_dst", a, kw, 1, 1);
            long secs = epochSeconds(tt, a[0]);
            return PyBool.of(java.time.ZoneId.systemDefault().getRules()
                    .isDaylightSavings(java.time.Instant.ofEpochSecond(secs)));
        });
        def(t, m, "sleep", (tt, a, kw) -> {
            Args.count(tt, "sleep", a, kw, 1, 1);
            double secs = Arith.toDouble(tt, a[0] instanceof PyInt || a[0] instanceof PyFloat ? a[0]
                    : bad(tt, a[0]));
            if (secs < 0) {
                throw Errors.valueError(tt, "sleep length must be non-negative");
            }
            long nanos = (long) (secs * 1e9);
            tt.interp.checkInterrupt(tt); // a Ctrl-C pressed just before: no sleep at all
            ThreadObjects.waitDetached(tt, secs, () -> true, n -> {
                Thread.sleep(n / 1_000_000, (int) (n % 1_000_000));
                return true;
            });
            return PyNone.NONE;
        });
        return m;
    }

    /** Python's file modes 'a', 'x' and 'w' as the JDK's open options. */
    private static java.nio.file.OpenOption[] openOptions(String mode) {
        if (mode.equals("a")) {
            return new java.nio.file.OpenOption[] {java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND};
        }
        if (mode.equals("x")) {
            return new java.nio.file.OpenOption[] {java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE};
        }
        return new java.nio.file.OpenOption[] {java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE};
    }

    /** A timestamp in whole seconds, within what java.time represents; CPython's OverflowError beyond it. */
    private static long epochSeconds(PyThread t, PyObject v) {
        double d = Math.floor(Arith.toDouble(t, v));
        if (Double.isNaN(d)) {
            throw Errors.valueError(t, "Invalid value NaN (not a number)");
        }
        if (d < java.time.Instant.MIN.getEpochSecond() || d > java.time.Instant.MAX.getEpochSecond()) {
            throw Errors.raise(t, "OverflowError", "timestamp out of range for platform time_t");
        }
        return (long) d;
    }

    /** The process's CPU time (the OS's accounting: about 10 ms granularity on Linux), else the monotonic clock. */
    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos)
                .orElseGet(System::nanoTime);
    }

    private static long threadCpuNanos() {
        java.lang.management.ThreadMXBean tb = java.lang.management.ManagementFactory.getThreadMXBean();
        return tb.isCurrentThreadCpuTimeSupported() ? tb.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static PyObject bad(PyThread t, PyObject o) {
        throw Errors.typeError(t, "'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
    }

    // ---- gc

    private static PyObject gc(PyThread t) {
        Interp ip = t.interp;
        ThreadState ts = t.ts;
        Gc gc = ip.gc;
        PyModule m = module(t, "gc");
        PyList callbacks = PyList.create(ts); // the interpreter's reference, dropped at shutdown
        PyList garbage = PyList.create(ts);
        ip.gcCallbacks = callbacks;
        ip.gcGarbage = garbage;
        set(t, m, "callbacks", callbacks);
        set(t, m, "garbage", garbage);
        gc.callbacks().add(new Bridge(ip));
        setNew(t, m, "DEBUG_STATS", PyInt.of(ts, Gc.DEBUG_STATS));
        setNew(t, m, "DEBUG_COLLECTABLE", PyInt.of(ts, Gc.DEBUG_COLLECTABLE));
        setNew(t, m, "DEBUG_UNCOLLECTABLE", PyInt.of(ts, Gc.DEBUG_UNCOLLECTABLE));
        setNew(t, m, "DEBUG_SAVEALL", PyInt.of(ts, Gc.DEBUG_SAVEALL));
        setNew(t, m, "DEBUG_LEAK", PyInt.of(ts, Gc.DEBUG_LEAK));
        def(t, m, "collect", (tt, a, kw) -> {
            Args.onlyKw(tt, "collect", kw, "generation");
            if (a.length > 1) {
                throw Errors.typeError(tt, "collect() takes at most 1 argument (" + a.length + " given)");
            }
            int gen = a.length == 0 ? 2 : (int) Args.toLong(tt, a[0], "generation");
            if (gen < 0 || gen > 2) {
                throw Errors.valueError(tt, "invalid generation");
            }
            int n = tt.interp.gc.collect(tt.ts, gen);
            return PyInt.of(tt.ts, n);
        });
        def(t, m, "enable", (tt, a, kw) -> {
            Args.count(tt, "gc.enable", a, kw, 0, 0);
            tt.interp.gc.enable();
            return PyNone.NONE;
        });
        def(t, m, "disable", (tt, a, kw) -> {
            Args.count(tt, "gc.disable", a, kw, 0, 0);
            tt.interp.gc.disable();
            return PyNone.NONE;
        });
        def(t, m, "isenabled", (tt, a, kw) -> {
            Args.count(tt, "gc.isenabled", a, kw, 0, 0);
            return PyBool.of(tt.interp.gc.isEnabled());
        });
        def(t, m, "get_count", (tt, a, kw) -> {
            Args.count(tt, "gc.get_count", a, kw, 0, 0);
            int[] c = tt.interp.gc.getCount(tt.ts);
            return PyTuple.stealing(tt.ts, PyInt.of(tt.ts, c[0]), PyInt.of(tt.ts, c[1]), PyInt.of(tt.ts, c[2]));
        });
        def(t, m, "get_threshold", (tt, a, kw) -> {
            Args.count(tt, "gc.get_threshold", a, kw, 0, 0);
            int[] c = tt.interp.gc.getThreshold();
            return PyTuple.stealing(tt.ts, PyInt.of(tt.ts, c[0]), PyInt.of(tt.ts, c[1]), PyInt.of(tt.ts, c[2]));
        });
        def(t, m, "set_threshold", (tt, a, kw) -> {
            Args.noKw(tt, "set_threshold", kw);
            if (a.length < 1 || a.length > 3) {
                throw Errors.typeError(tt, "gc.set_threshold requires 1 to 3 arguments");
            }
            int[] more = new int[Math.max(0, a.length - 1)];
            for (int i = 1; i < a.length; i++) {
                more[i - 1] = (int) Args.toLong(tt, a[i], "threshold");
            }
            tt.interp.gc.setThreshold((int) Args.toLong(tt, a[0], "threshold"), more);
            return PyNone.NONE;
        });
        def(t, m, "is_tracked", (tt, a, kw) -> {
            Args.count(tt, "gc.is_tracked", a, kw, 1, 1);
            return PyBool.of(Gc.isTracked(a[0]) && !RefCount.isImmortal(a[0]) || a[0] instanceof PyClass);
        });
        def(t, m, "is_finalized", (tt, a, kw) -> {
            Args.count(tt, "gc.is_finalized", a, kw, 1, 1);
            return PyBool.of(Gc.isFinalized(a[0]));
        });
        def(t, m, "set_debug", (tt, a, kw) -> {
            Args.count(tt, "gc.set_debug", a, kw, 1, 1);
            tt.interp.gc.setDebug((int) Args.toLong(tt, a[0], "flags"));
            return PyNone.NONE;
        });
        def(t, m, "get_debug", (tt, a, kw) -> {
            Args.count(tt, "gc.get_debug", a, kw, 0, 0);
            return PyInt.of(tt.ts, tt.interp.gc.getDebug());
        });
        def(t, m, "get_objects", (tt, a, kw) -> {
            // get_objects(generation=None): one generation here, as in CPython's free-threaded build, so every valid
            // generation answers every tracked object; the argument is still checked as CPython checks it
            Args.onlyKw(tt, "get_objects", kw, "generation");
            if (a.length > 1) {
                throw Errors.typeError(tt, "get_objects() takes at most 1 argument (" + a.length + " given)");
            }
            PyObject g = a.length == 1 ? a[0] : PyNone.NONE;
            if (g != PyNone.NONE) {
                if (!(g instanceof PyInt)) {
                    throw Errors.typeError(tt, "argument should be integer or None, not '" + Ops.typeName(g) + "'");
                }
                PyInt gi = (PyInt) g;
                if (!gi.fitsLong()) {
                    throw Errors.raise(tt, "OverflowError", "cannot fit 'int' into an index-sized integer");
                }
                long gen = gi.longValue();
                if (gen >= 3) {
                    throw Errors.valueError(tt, "generation parameter must be less than the number of available "
                            + "generations (3)");
                }
                if (gen < -1) { // -1 is None's synonym (CPython's test_gc: get_objects(-1000) is a ValueError)
                    throw Errors.valueError(tt, "generation parameter cannot be negative");
                }
            }
            return refList(tt, tt.interp.gc.getObjects(tt.ts));
        });
        def(t, m, "get_referrers", (tt, a, kw) -> {
            Args.noKw(tt, "get_referrers", kw);
            return refList(tt, tt.interp.gc.getReferrers(tt.ts, a));
        });
        def(t, m, "get_referents", (tt, a, kw) -> {
            Args.noKw(tt, "get_referents", kw);
            return refList(tt, tt.interp.gc.getReferents(tt.ts, a));
        });
        def(t, m, "freeze", (tt, a, kw) -> {
            Args.count(tt, "gc.freeze", a, kw, 0, 0);
            tt.interp.gc.freeze(tt.ts);
            return PyNone.NONE;
        });
        def(t, m, "unfreeze", (tt, a, kw) -> {
            Args.count(tt, "gc.unfreeze", a, kw, 0, 0);
            tt.interp.gc.unfreeze(tt.ts);
            return PyNone.NONE;
        });
        def(t, m, "get_freeze_count", (tt, a, kw) -> {
            Args.count(tt, "gc.get_freeze_count", a, kw, 0, 0);
            return PyInt.of(tt.ts, tt.interp.gc.getFreezeCount(tt.ts));
        });
        def(t, m, "get_stats", (tt, a, kw) -> {
            Args.count(tt, "gc.get_stats", a, kw, 0, 0);
            PyList l = PyList.create(tt.ts);
            for (Map<String, Long> g : tt.interp.gc.getStats()) {
                PyDict d = PyDict.create(tt.ts);
                for (Map.Entry<String, Long> e : g.entrySet()) {
                    PyObject v = PyInt.of(tt.ts, e.getValue());
                    d.setItem(tt.ts, tt.interp.str(e.getKey()), v);
                    RefCount.decref(tt.ts, v);
                }
                l.append(tt.ts, d);
                RefCount.decref(tt.ts, d);
            }
            return l;
        });
        return m;
    }

    private static PyObject refList(PyThread t, RefList r) {
        try (r) {
            return PyList.of(t.ts, r.toArray(new PyObject[0]));
        }
    }

    /** Runs {@code gc.callbacks} and moves the toolkit's {@code gc.garbage} into the Python list. */
    private static final class Bridge implements GcCallback {
        private final Interp ip;

        Bridge(Interp ip) {
            this.ip = ip;
        }

        @Override
        public void call(ThreadState ts, String phase, Map<String, Long> info) {
            PyThread t = Interp.thread(ts);
            if (ip.gcGarbage == null) {
                return; // the interpreter is shutting down
            }
            if (phase.equals("stop")) {
                Garbage g = ip.gc.garbage();
                int n = g.size();
                if (n > 0) {
                    for (int i = 0; i < n; i++) {
                        ip.gcGarbage.append(ts, g.get(i));
                    }
                    g.clear(ts);
                }
            }
            PyList cbs = ip.gcCallbacks;
            if (cbs.size() == 0) {
                return;
            }
            PyObject snapshot = cbs.copy(ts);
            PyDict d = PyDict.create(ts);
            try {
                for (Map.Entry<String, Long> e : info.entrySet()) {
                    PyObject v = PyInt.of(ts, e.getValue());
                    d.setItem(ts, ip.str(e.getKey()), v);
                    RefCount.decref(ts, v);
                }
                PyObject ph = ip.str(phase);
                PyList l = (PyList) snapshot;
                for (int i = 0; i < l.size(); i++) {
                    PyObject cb = l.getItem(ts, i);
                    try {
                        RefCount.decref(ts, Ops.call(t, cb, new PyObject[] {ph, d}, null));
                    } catch (PyRaise r) {
                        ip.reportUnraisable(t, r, null, cb); // CPython's: "Exception ignored in: <callback>"
                    } finally {
                        RefCount.decref(ts, cb);
                    }
                }
            } finally {
                RefCount.decref(ts, d);
                RefCount.decref(ts, snapshot);
            }
        }
    }

    // ---- weakref

    /** A weak reference's Python callback: holds the callable (counted) and calls it with the reference. */
    static final class CallbackAdapter extends PyObject implements WeakRefCallback {
        static final PyType TYPE = PyType.staticType("weakref_callback", PyType.FLAG_GC);
        private volatile PyObject callable;

        CallbackAdapter(ThreadState ts, PyObject callable) {
            super(TYPE, ts);
            RefCount.incref(ts, callable);
            this.callable = callable;
        }

        /** The callable (borrowed: the adapter holds it while its reference does), or null once cleared. */
        PyObject callable() {
            return callable;
        }

        @Override
        public void call(ThreadState ts, PyWeakRef ref) {
            PyObject c = callable;
            if (c == null) {
                return;
            }
            PyThread t = Interp.thread(ts);
            try {
                RefCount.decref(ts, Ops.call(t, c, new PyObject[] {ref}, null));
            } catch (PyRaise r) {
                t.interp.reportUnraisable(t, r, null, c); // CPython's: "Exception ignored in: <callable>"
            }
        }

        @Override
        public void traverse(ReferenceVisitor v) {
            PyObject c = callable;
            if (c != null) {
                v.visit(c);
            }
        }

        @Override
        public void clearReferences(ReferenceVisitor v) {
            PyObject c = callable;
            callable = null;
            if (c != null) {
                v.visit(c);
            }
        }
    }

    /** {@code weakref.ref(obj[, callback])}: a new weak reference, CPython's TypeError for types without the slot. */
    static PyObject newWeakRef(PyThread tt, PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(tt, "ref() takes no keyword arguments");
        }
        Args.count(tt, "__new__", a, kw, 1, 2); // CPython names weakref.__new__ in its message
        PyType rt = a[0].type();
        if (rt == PyList.TYPE || rt == PyDict.TYPE || rt == PyTuple.TYPE || rt == PyFloat.TYPE
                || rt == PyType.OBJECT || a[0] instanceof PyBuiltin || rt == PyInt.TYPE || rt == PyBool.TYPE
                || rt == PyStr.TYPE || rt == PyBytes.TYPE || rt == PyNone.TYPE || rt == PyComplex.TYPE
                || rt == PyByteArray.TYPE || rt == PyRange.TYPE
                || rt instanceof PyClass && !((PyClass) rt).instancesTakeWeakRefs()) {
            // as CPython: these built-in types have no weak-reference slot
            throw Errors.typeError(tt, "cannot create weak reference to '" + rt.name() + "' object");
        }
        PyObject cb = a.length > 1 && a[1] != PyNone.NONE ? a[1] : null;
        if (cb == null) {
            return PyWeakRef.of(tt.ts, a[0], null);
        }
        CallbackAdapter ad = new CallbackAdapter(tt.ts, cb);
        try {
            return PyWeakRef.of(tt.ts, a[0], ad);
        } finally {
            RefCount.decref(tt.ts, ad);
        }
    }

    /** {@code _weakref}: the toolkit's weak reference; {@code lib/weakref.py} builds the rest on it. */
    private static PyObject weakref(PyThread t) {
        PyModule m = module(t, "_weakref");
        // weakref.ref is the type itself, as in CPython (isinstance(r, weakref.ref), type(r) is weakref.ref); calling
        // it makes a reference (Builtins.construct -> newWeakRef)
        set(t, m, "ref", PyWeakRef.TYPE);
        set(t, m, "ReferenceType", PyWeakRef.TYPE);
        def(t, m, "getweakrefcount", (tt, a, kw) -> {
            Args.count(tt, "getweakrefcount", a, kw, 1, 1);
            return PyInt.of(tt.ts, PyWeakRef.countFor(tt.ts, a[0]));
        });
        def(t, m, "_refs_to", (tt, a, kw) -> { // the native references in CPython's order (weakref.getweakrefs)
            Args.count(tt, "_refs_to", a, kw, 1, 1);
            java.util.List<PyWeakRef> refs = Ops.weakRefsInListOrder(tt.ts, a[0]);
            PyList l = PyList.create(tt.ts);
            for (PyWeakRef r : refs) {
                l.append(tt.ts, r);
                RefCount.decref(tt.ts, r);
            }
            return l;
        });
        return m;
    }

    // ---- _os: what os.py and posixpath.py need from the JVM (the process, the environment, the file system)

    private static void osNative(PyThread t, PyModule m) {
        def(t, m, "getcwd", (tt, a, kw) -> {
            Args.count(tt, "getcwd", a, kw, 0, 0);
            return PyStr.of(tt.ts, tt.interp.cwd.toString());
        });
        def(t, m, "chdir", (tt, a, kw) -> { // the interpreter's own working directory: the JVM's cannot change
            Args.count(tt, "chdir", a, kw, 1, 1);
            String path = Args.str(tt, a[0], "chdir", 1);
            java.nio.file.Path p = tt.interp.cwd.resolve(path).normalize();
            if (!java.nio.file.Files.exists(p)) {
                throw osError(tt, new java.nio.file.NoSuchFileException(path), path);
            }
            if (!java.nio.file.Files.isDirectory(p)) {
                throw osError(tt, new java.nio.file.NotDirectoryException(path), path);
            }
            tt.interp.cwd = p;
            return PyNone.NONE;
        });
        def(t, m, "getpid", (tt, a, kw) -> PyInt.of(tt.ts, ProcessHandle.current().pid()));
        def(t, m, "getppid", (tt, a, kw) -> PyInt.of(tt.ts, ProcessHandle.current().parent()
                .map(ProcessHandle::pid).orElse(1L)));
        def(t, m, "realpath", (tt, a, kw) -> { // the path with symbolic links resolved, as far as it exists
            Args.count(tt, "realpath", a, kw, 1, 1);
            java.nio.file.Path p = tt.interp.cwd.resolve(Args.str(tt, a[0], "realpath", 1));
            java.nio.file.Path missing = null;
            while (p != null && !java.nio.file.Files.exists(p)) {
                missing = missing == null ? p.getFileName() : p.getFileName().resolve(missing);
                p = p.getParent();
            }
            try {
                java.nio.file.Path real = p == null ? java.nio.file.Path.of("/") : p.toRealPath();
                return PyStr.of(tt.ts, (missing == null ? real : real.resolve(missing)).normalize().toString());
            } catch (java.io.IOException e) {
                throw Errors.raise(tt, "OSError", String.valueOf(e.getMessage()));
            }
        });
        def(t, m, "disk_usage", (tt, a, kw) -> {
            Args.count(tt, "disk_usage", a, kw, 1, 1);
            java.io.File f = tt.interp.cwd.resolve(Args.str(tt, a[0], "disk_usage", 1)).toFile();
            return PyTuple.stealing(tt.ts, PyInt.of(tt.ts, f.getTotalSpace()), PyInt.of(tt.ts, f.getUsableSpace()));
        });
        def(t, m, "urandom", (tt, a, kw) -> { // os.urandom(n): the JDK's SecureRandom, as CPython's reads the OS's
            Args.count(tt, "urandom", a, kw, 1, 1);
            long n = Args.toLong(tt, a[0], "urandom");
            if (n < 0) {
                throw Errors.valueError(tt, "negative argument not allowed");
            }
            if (n > Integer.MAX_VALUE - 8) {
                throw Errors.raise(tt, "OverflowError", "Python int too large to convert to C ssize_t");
            }
            byte[] b = new byte[(int) n];
            new java.security.SecureRandom().nextBytes(b);
            return PyBytes.of(tt.ts, b);
        });
        def(t, m, "cpu_count", (tt, a, kw) -> PyInt.of(tt.ts, java.lang.Runtime.getRuntime().availableProcessors()));
        def(t, m, "environ", (tt, a, kw) -> {
            PyDict d = PyDict.create(tt.ts);
            for (java.util.Map.Entry<String, String> e : new java.util.TreeMap<>(System.getenv()).entrySet()) {
                PyObject k = PyStr.of(tt.ts, e.getKey());
                PyObject v = PyStr.of(tt.ts, e.getValue());
                try {
                    d.setItem(tt.ts, k, v);
                } finally {
                    RefCount.decref(tt.ts, k);
                    RefCount.decref(tt.ts, v);
                }
            }
            return d;
        });
        def(t, m, "stat_kind", (tt, a, kw) -> { // 0 missing, 1 file, 2 directory, 3 other
            Args.count(tt, "stat_kind", a, kw, 1, 1);
            java.nio.file.Path p = tt.interp.cwd.resolve(Args.str(tt, a[0], "stat_kind", 1));
            int kind = java.nio.file.Files.isDirectory(p) ? 2 : java.nio.file.Files.isRegularFile(p) ? 1
                    : java.nio.file.Files.exists(p) ? 3 : 0;
            return PyInt.of(tt.ts, kind);
        });
        def(t, m, "read_text", (tt, a, kw) -> { // (path, encoding[, errors]): the whole text, newlines as they are
            Args.count(tt, "read_text", a, kw, 2, 3);
            String errors = a.length > 2 && a[2] != PyNone.NONE ? Args.str(tt, a[2], "read_text", 3) : "strict";
            return onFile(tt, Args.str(tt, a[0], "read_text", 1),
                    p -> PyStr.of(tt.ts, BytesMethods.decode(tt, java.nio.file.Files.readAllBytes(p),
                            encodingName(tt, a[1]), errors)));
        });
        def(t, m, "read_bytes", (tt, a, kw) -> { // (path): the whole file
            Args.count(tt, "read_bytes", a, kw, 1, 1);
            return onFile(tt, Args.str(tt, a[0], "read_bytes", 1),
                    p -> PyBytes.of(tt.ts, java.nio.file.Files.readAllBytes(p)));
        });
        def(t, m, "write_bytes", (tt, a, kw) -> { // (path, data, mode 'w' | 'a' | 'x')
            Args.count(tt, "write_bytes", a, kw, 3, 3);
            String path = Args.str(tt, a[0], "write_bytes", 1);
            java.nio.file.OpenOption[] opts = openOptions(Args.str(tt, a[2], "write_bytes", 3));
            byte[] data = BytesMethods.bytesLike(tt, a[1], "write_bytes");
            return onFile(tt, path, p -> {
                java.nio.file.Files.write(p, data, opts);
                return PyNone.NONE;
            });
        });
        def(t, m, "write_text", (tt, a, kw) -> { // (path, text, mode 'w' | 'a' | 'x', encoding[, errors])
            Args.count(tt, "write_text", a, kw, 4, 5);
            String errors = a.length > 4 && a[4] != PyNone.NONE ? Args.str(tt, a[4], "write_text", 5) : "strict";
            String path = Args.str(tt, a[0], "write_text", 1);
            String mode = Args.str(tt, a[2], "write_text", 3);
            java.nio.file.OpenOption[] opts = openOptions(mode);
            String text = Args.str(tt, a[1], "write_text", 2);
            String enc = encodingName(tt, a[3]);
            return onFile(tt, path, p -> {
                // a byte order mark (utf-8-sig, utf-16...) only where the file starts: not for nothing written, not
                // when appending to what the file holds
                boolean starts = !mode.equals("a") || !java.nio.file.Files.exists(p) || java.nio.file.Files.size(p) == 0;
                byte[] data = text.isEmpty() ? new byte[0] : starts ? BytesMethods.encode(tt, text, enc, errors)
                        : BytesMethods.encode(tt, text, enc.toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                                .startsWith("utf-8-sig") || enc.equalsIgnoreCase("utf8-sig") ? "utf-8" : enc, errors);
                java.nio.file.Files.write(p, data, opts);
                return PyNone.NONE;
            });
        });
        def(t, m, "remove", (tt, a, kw) -> {
            Args.count(tt, "remove", a, kw, 1, 1);
            String path = Args.str(tt, a[0], "remove", 1);
            return onFile(tt, path, p -> {
                if (java.nio.file.Files.isDirectory(p)) { // Files.delete would remove an empty one
                    throw new IOException("Is a directory");
                }
                java.nio.file.Files.delete(p);
                return PyNone.NONE;
            });
        });
        def(t, m, "chmod", (tt, a, kw) -> { // (path, mode, follow_symlinks): the permission bits, as POSIX's
            Args.count(tt, "chmod", a, kw, 3, 3);
            int mode = (int) Args.toLong(tt, a[1], "chmod");
            boolean follow = Ops.truth(tt, a[2]);
            return onFile(tt, Args.str(tt, a[0], "chmod", 1), p -> {
                java.util.Set<java.nio.file.attribute.PosixFilePermission> perms =
                        java.util.EnumSet.noneOf(java.nio.file.attribute.PosixFilePermission.class);
                java.nio.file.attribute.PosixFilePermission[] order = java.nio.file.attribute.PosixFilePermission.values();
                for (int i = 0; i < 9; i++) { // OWNER_READ .. OTHERS_EXECUTE: bits 8 down to 0
                    if ((mode & (1 << (8 - i))) != 0) {
                        perms.add(order[i]);
                    }
                }
                java.nio.file.LinkOption[] lo = follow ? new java.nio.file.LinkOption[0]
                        : new java.nio.file.LinkOption[] {java.nio.file.LinkOption.NOFOLLOW_LINKS};
                java.nio.file.Files.getFileAttributeView(p, java.nio.file.attribute.PosixFileAttributeView.class, lo)
                        .setPermissions(perms);
                return PyNone.NONE;
            });
        });
        def(t, m, "utime", (tt, a, kw) -> { // (path, atime_ns, mtime_ns, follow_symlinks)
            Args.count(tt, "utime", a, kw, 4, 4);
            long at = Args.toLong(tt, a[1], "utime");
            long mt = Args.toLong(tt, a[2], "utime");
            boolean follow = Ops.truth(tt, a[3]);
            return onFile(tt, Args.str(tt, a[0], "utime", 1), p -> {
                java.nio.file.LinkOption[] lo = follow ? new java.nio.file.LinkOption[0]
                        : new java.nio.file.LinkOption[] {java.nio.file.LinkOption.NOFOLLOW_LINKS};
                java.nio.file.Files.getFileAttributeView(p, java.nio.file.attribute.BasicFileAttributeView.class, lo)
                        .setTimes(java.nio.file.attribute.FileTime.from(java.time.Instant.ofEpochSecond(0, mt)),
                                java.nio.file.attribute.FileTime.from(java.time.Instant.ofEpochSecond(0, at)), null);
                return PyNone.NONE;
            });
        });
        def(t, m, "symlink", (tt, a, kw) -> { // (target, link path)
            Args.count(tt, "symlink", a, kw, 2, 2);
            String target = Args.str(tt, a[0], "symlink", 1);
            return onFile(tt, Args.str(tt, a[1], "symlink", 2), p -> {
                java.nio.file.Files.createSymbolicLink(p, java.nio.file.Path.of(target));
                return PyNone.NONE;
            });
        });
        def(t, m, "readlink", (tt, a, kw) -> {
            Args.count(tt, "readlink", a, kw, 1, 1);
            return onFile(tt, Args.str(tt, a[0], "readlink", 1),
                    p -> PyStr.of(tt.ts, java.nio.file.Files.readSymbolicLink(p).toString()));
        });
        def(t, m, "link", (tt, a, kw) -> { // (existing, new path)
            Args.count(tt, "link", a, kw, 2, 2);
            java.nio.file.Path existing = tt.interp.cwd.resolve(Args.str(tt, a[0], "link", 1));
            return onFile(tt, Args.str(tt, a[1], "link", 2), p -> {
                java.nio.file.Files.createLink(p, existing);
                return PyNone.NONE;
            });
        });
        def(t, m, "truncate", (tt, a, kw) -> { // (path, length): cut, or extended with zero bytes
            Args.count(tt, "truncate", a, kw, 2, 2);
            long length = Args.toLong(tt, a[1], "truncate");
            return onFile(tt, Args.str(tt, a[0], "truncate", 1), p -> {
                try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(p,
                        java.nio.file.StandardOpenOption.WRITE)) {
                    long size = ch.size();
                    if (length < size) {
                        ch.truncate(length);
                    } else if (length > size) {
                        ch.write(java.nio.ByteBuffer.allocate(1), length - 1);
                    }
                }
                return PyNone.NONE;
            });
        });
        def(t, m, "rmdir", (tt, a, kw) -> {
            Args.count(tt, "rmdir", a, kw, 1, 1);
            return onFile(tt, Args.str(tt, a[0], "rmdir", 1), p -> {
                java.nio.file.Files.delete(p);
                return PyNone.NONE;
            });
        });
        def(t, m, "mkdir", (tt, a, kw) -> { // (path, parents, exist_ok)
            Args.count(tt, "mkdir", a, kw, 3, 3);
            String path = Args.str(tt, a[0], "mkdir", 1);
            boolean parents = Ops.truth(tt, a[1]);
            boolean existOk = Ops.truth(tt, a[2]);
            return onFile(tt, path, p -> {
                if (parents) {
                    if (java.nio.file.Files.isDirectory(p) && !existOk) {
                        throw new java.nio.file.FileAlreadyExistsException(path);
                    }
                    java.nio.file.Files.createDirectories(p);
                } else {
                    java.nio.file.Files.createDirectory(p);
                }
                return PyNone.NONE;
            });
        });
        def(t, m, "rename", (tt, a, kw) -> {
            Args.count(tt, "rename", a, kw, 2, 2);
            java.nio.file.Path to = tt.interp.cwd.resolve(Args.str(tt, a[1], "rename", 2));
            return onFile(tt, Args.str(tt, a[0], "rename", 1), p -> {
                java.nio.file.Files.move(p, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                return PyNone.NONE;
            });
        });
        // (path, follow): (mode, size, atime, mtime, ctime, ino, nlink, uid, gid, dev, rdev, atime_ns, mtime_ns,
        // ctime_ns), the times in seconds (floats) and nanoseconds (ints); posixpath reads the first five
        def(t, m, "stat", (tt, a, kw) -> {
            Args.count(tt, "stat", a, kw, 2, 2);
            boolean follow = Ops.truth(tt, a[1]);
            return onFile(tt, Args.str(tt, a[0], "stat", 1), p -> {
                java.nio.file.LinkOption[] lo = follow ? new java.nio.file.LinkOption[0]
                        : new java.nio.file.LinkOption[] {java.nio.file.LinkOption.NOFOLLOW_LINKS};
                java.util.Map<String, Object> u;
                try {
                    u = java.nio.file.Files.readAttributes(p, "unix:mode,size,lastAccessTime,lastModifiedTime,"
                            + "ctime,ino,nlink,uid,gid,dev,rdev", lo);
                } catch (UnsupportedOperationException e) { // no unix view: the basic attributes, a mode of our own
                    java.nio.file.attribute.BasicFileAttributes b = java.nio.file.Files.readAttributes(p,
                            java.nio.file.attribute.BasicFileAttributes.class, lo);
                    u = new java.util.HashMap<>();
                    u.put("mode", b.isDirectory() ? 0040755 : b.isSymbolicLink() ? 0120777 : 0100644);
                    u.put("size", b.size());
                    u.put("lastAccessTime", b.lastAccessTime());
                    u.put("lastModifiedTime", b.lastModifiedTime());
                    u.put("ctime", b.lastModifiedTime());
                    u.put("ino", 0L);
                    u.put("nlink", 1);
                    u.put("uid", 0);
                    u.put("gid", 0);
                    u.put("dev", 0L);
                    u.put("rdev", 0L);
                }
                return PyTuple.stealing(tt.ts, PyInt.of(tt.ts, ((Number) u.get("mode")).longValue()),
                        PyInt.of(tt.ts, ((Number) u.get("size")).longValue()),
                        seconds(tt, u.get("lastAccessTime")), seconds(tt, u.get("lastModifiedTime")),
                        seconds(tt, u.get("ctime")), PyInt.of(tt.ts, ((Number) u.get("ino")).longValue()),
                        PyInt.of(tt.ts, ((Number) u.get("nlink")).longValue()),
                        PyInt.of(tt.ts, ((Number) u.get("uid")).longValue()),
                        PyInt.of(tt.ts, ((Number) u.get("gid")).longValue()),
                        PyInt.of(tt.ts, ((Number) u.get("dev")).longValue()),
                        PyInt.of(tt.ts, ((Number) u.get("rdev")).longValue()),
                        nanoseconds(tt, u.get("lastAccessTime")), nanoseconds(tt, u.get("lastModifiedTime")),
                        nanoseconds(tt, u.get("ctime")));
            });
        });
        def(t, m, "getsize", (tt, a, kw) -> {
            Args.count(tt, "getsize", a, kw, 1, 1);
            return onFile(tt, Args.str(tt, a[0], "getsize", 1),
                    p -> PyInt.of(tt.ts, java.nio.file.Files.size(p)));
        });
        def(t, m, "listdir", (tt, a, kw) -> {
            Args.count(tt, "listdir", a, kw, 0, 1);
            String dir = a.length == 0 ? "." : Args.str(tt, a[0], "listdir", 1);
            return onFile(tt, dir, p -> {
                PyList l = PyList.create(tt.ts);
                try (java.nio.file.DirectoryStream<java.nio.file.Path> entries =
                             java.nio.file.Files.newDirectoryStream(p)) {
                    for (java.nio.file.Path f : entries) {
                        PyObject n = PyStr.of(tt.ts, f.getFileName().toString());
                        try {
                            l.append(tt.ts, n);
                        } finally {
                            RefCount.decref(tt.ts, n);
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    RefCount.decref(tt.ts, l);
                    throw e;
                }
                return l;
            });
        });
    }

    /** A text file's encoding argument: its name (Python's codec names), UTF-8 for None or 'locale'. */
    private static String encodingName(PyThread t, PyObject enc) {
        if (enc == PyNone.NONE) {
            return "utf-8";
        }
        String name = Args.str(t, enc, "encoding", 1);
        return name.equals("locale") ? "utf-8" : name;
    }

    private static java.nio.charset.Charset charset(PyThread t, PyObject enc) {
        if (enc == PyNone.NONE) {
            return StandardCharsets.UTF_8;
        }
        String name = Args.str(t, enc, "encoding", 1);
        try {
            return java.nio.charset.Charset.forName(name);
        } catch (RuntimeException e) {
            throw Errors.raise(t, "LookupError", "unknown encoding: " + name);
        }
    }

    /** A file operation on one path that may fail with an IOException. */
    @FunctionalInterface
    private interface FileOp {
        PyObject run(java.nio.file.Path p) throws IOException;
    }

    /** Runs {@code op} on {@code path}, raising CPython's OSError subclass ({@link #osError}) when it fails. */
    private static PyObject onFile(PyThread t, String path, FileOp op) {
        try {
            return op.run(t.interp.cwd.resolve(path)); // relative to os.chdir's directory
        } catch (IOException e) {
            throw osError(t, e, path);
        }
    }

    /** The OSError subclass CPython raises for a failed file operation, with its errno and message. */
    /** A file time as float seconds since the epoch (os.stat's st_mtime). */
    private static PyObject seconds(PyThread t, Object time) {
        java.nio.file.attribute.FileTime ft = (java.nio.file.attribute.FileTime) time;
        java.time.Instant i = ft.toInstant();
        return new PyFloat(t.ts, i.getEpochSecond() + i.getNano() / 1e9);
    }

    /** A file time in nanoseconds since the epoch (an int of any size, as st_mtime_ns). */
    private static PyObject nanoseconds(PyThread t, Object time) {
        java.time.Instant i = ((java.nio.file.attribute.FileTime) time).toInstant();
        return PyInt.of(t.ts, java.math.BigInteger.valueOf(i.getEpochSecond()).multiply(
                java.math.BigInteger.valueOf(1_000_000_000L)).add(java.math.BigInteger.valueOf(i.getNano())));
    }

    private static PyRaise osError(PyThread t, IOException e, String path) {
        String cls;
        int errno;
        String msg;
        if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.io.FileNotFoundException) {
            cls = "FileNotFoundError";
            errno = 2;
            msg = "No such file or directory";
        } else if (e instanceof java.nio.file.FileAlreadyExistsException) {
            cls = "FileExistsError";
            errno = 17;
            msg = "File exists";
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            cls = "PermissionError";
            errno = 13;
            msg = "Permission denied";
        } else if (e instanceof java.nio.file.NotDirectoryException) {
            cls = "NotADirectoryError";
            errno = 20;
            msg = "Not a directory";
        } else if (e instanceof java.nio.file.NotLinkException) {
            cls = "OSError";
            errno = 22;
            msg = "Invalid argument";
        } else if (e instanceof java.nio.file.DirectoryNotEmptyException) {
            cls = "OSError";
            errno = 39;
            msg = "Directory not empty";
        } else if (String.valueOf(e.getMessage()).contains("Is a directory")) {
            cls = "IsADirectoryError";
            errno = 21;
            msg = "Is a directory";
        } else {
            cls = "OSError";
            errno = 5;
            msg = String.valueOf(e.getMessage());
        }
        PyClass c = t.interp.exceptionClass(cls);
        PyObject[] args = {PyInt.of(t.ts, errno), PyStr.of(t.ts, msg), PyStr.of(t.ts, path)};
        try {
            PyObject ex = Ops.call(t, c, args, null);
            return new PyRaise((PyBaseExc) ex);
        } finally {
            for (PyObject o : args) {
                RefCount.decref(t.ts, o);
            }
        }
    }

    // ---- _thread

    private static PyObject thread(PyThread t) {
        PyModule m = module(t, "_thread");
        ThreadObjects.install(t, m);
        return m;
    }

    static void define(PyThread t, PyModule m, String name, PyBuiltin.Impl impl) {
        def(t, m, name, impl);
    }

    static void put(PyThread t, PyModule m, String name, PyObject v) {
        set(t, m, name, v);
    }
}
