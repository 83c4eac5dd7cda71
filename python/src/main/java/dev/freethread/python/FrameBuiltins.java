// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

/**
 * The built-ins that read their caller's frame: {@code globals()}, {@code locals()}, {@code vars()} and {@code dir()}
 * without an argument, {@code eval} and {@code exec}. ftpython's frames are not Python objects, so a call of one of
 * these written in Python code lends the calling frame for that call ({@link PyThread#callerFrame}, set by
 * {@link Exprs.Call}); called any other way ({@code map(locals, ...)}, from Java) there is none, and the call is a
 * TypeError saying so.
 *
 * <p>As in CPython 3.13 (PEP 667): in a function, {@code locals()} is a new snapshot dict of the frame's local and
 * free variables; at module level it is the module's globals, in a class body the class namespace. {@code exec} and
 * {@code eval} run their source with the given globals (the caller's by default) and, when a locals mapping is given
 * or the caller is a function or class body, with that namespace looked up first (the caller's snapshot by default):
 * so {@code exec} in a function cannot rebind the function's locals, as in CPython.
 */
final class FrameBuiltins {
    private FrameBuiltins() {
    }

    static void install(Interp ip) {
        ThreadState ts = ip.main.ts;
        def(ip, ts, "globals", (t, a, kw) -> {
            Args.noKw(t, "globals", kw);
            Args.count(t, "globals", a, kw, 0, 0);
            return RefCount.newRef(t.ts, caller(t, "globals").globals);
        });
        def(ip, ts, "locals", (t, a, kw) -> {
            Args.noKw(t, "locals", kw);
            Args.count(t, "locals", a, kw, 0, 0);
            return locals(t, caller(t, "locals"));
        });
        def(ip, ts, "eval", (t, a, kw) -> run(t, a, kw, "eval"));
        def(ip, ts, "exec", (t, a, kw) -> run(t, a, kw, "exec"));
        def(ip, ts, "compile", FrameBuiltins::compile);
        for (String name : new String[] {"dir", "vars"}) { // without an argument: the caller's local names
            PyBuiltin withArg = (PyBuiltin) ip.builtins.get(ts, ip.str(name));
            def(ip, ts, name, (t, a, kw) -> {
                if (a.length > 0) {
                    return withArg.impl.call(t, a, kw);
                }
                PyObject l = locals(t, caller(t, name));
                if (name.equals("vars")) {
                    return l;
                }
                try {
                    PyObject keys;
                    if (l instanceof PyDict) {
                        keys = ((PyDict) l).keys(ts);
                    } else { // a mapping given to exec or eval as locals: its keys() (CPython's PyMapping_Keys)
                        PyObject m = Ops.getAttr(t, l, t.interp.str("keys"));
                        try {
                            keys = Ops.call(t, m, Ops.NO_ARGS, null);
                        } finally {
                            RefCount.decref(t.ts, m);
                        }
                    }
                    try {
                        return Builtins.sorted(t, new PyObject[] {keys}, null);
                    } finally {
                        RefCount.decref(t.ts, keys);
                    }
                } finally {
                    RefCount.decref(t.ts, l);
                }
            });
        }
    }

    private static void def(Interp ip, ThreadState ts, String name, PyBuiltin.Impl impl) {
        ip.builtins.setItem(ts, ip.str(name), PyBuiltin.withFrame(name, impl));
    }

    /** The frame lent to this call, or a TypeError naming the built-in. */
    static Frame caller(PyThread t, String what) {
        Frame f = t.callerFrame;
        if (f == null) {
            throw Errors.typeError(t, what + "() needs the frame of the Python code calling it: ftpython lends it "
                    + "only to a direct call");
        }
        return f;
    }

    /** {@code locals()} of frame {@code f} (a new reference). */
    static PyObject locals(PyThread t, Frame f) {
        ThreadState ts = t.ts;
        if (f.func == null) {
            return RefCount.newRef(ts, f.ns != null ? f.ns : f.globals); // a class body, or module level
        }
        PyDict d = PyDict.create(ts);
        try {
            String[] names = f.code.localNames;
            for (int i = 0; i < names.length && i < f.locals.length; i++) {
                PyObject v = f.locals[i];
                boolean cell = v instanceof PyCell && isCellSlot(f.code, i);
                if (cell) {
                    v = ((PyCell) v).getRef(ts); // another thread may rebind a captured variable (PyCell [CELL1])
                }
                try {
                    // the yield lowering's temporaries ($y0...) are not Python's names
                    if (v != null && names[i] != null && !names[i].startsWith("$")) {
                        d.setItem(ts, t.interp.str(names[i]), v);
                    }
                } finally {
                    if (cell) {
                        RefCount.xdecref(ts, v);
                    }
                }
            }
            String[] free = f.code.freeNames;
            for (int i = 0; i < free.length && f.closure != null && i < f.closure.length; i++) {
                PyObject v = f.closure[i].getRef(ts);
                if (v != null) {
                    try {
                        d.setItem(ts, t.interp.str(free[i]), v);
                    } finally {
                        RefCount.decref(ts, v);
                    }
                }
            }
            return d;
        } catch (RuntimeException e) {
            RefCount.decref(ts, d);
            throw e;
        }
    }

    private static boolean isCellSlot(Code code, int slot) {
        for (int s : code.cellSlots) {
            if (s == slot) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code eval(source, globals=None, locals=None)} and {@code exec(...)}: source is a str (ftpython has no code
     * objects). eval answers the expression's value; exec answers None.
     */
    private static PyObject run(PyThread t, PyObject[] a, String[] kw, String what) {
        ThreadState ts = t.ts;
        int n = Args.npos(a, kw);
        if (kw != null && kw.length > 0) {
            for (String k : kw) {
                if (!k.equals("globals") && !k.equals("locals")) {
                    throw Errors.typeError(t, what + "() got an unexpected keyword argument '" + k + "'");
                }
            }
        }
        if (n < 1) {
            throw Errors.typeError(t, what + " expected at least 1 argument, got 0");
        }
        if (n > 3) {
            throw Errors.typeError(t, what + " expected at most 3 arguments, got " + n);
        }
        PyObject src = a[0];
        PyObject g = n > 1 ? a[1] : Args.kw(a, kw, "globals");
        PyObject l = n > 2 ? a[2] : Args.kw(a, kw, "locals");
        g = g == PyNone.NONE ? null : g;
        l = l == PyNone.NONE ? null : l;
        if (g != null && !(BuiltinBase.operand(g) instanceof PyDict)) {
            throw Errors.typeError(t, what + "() globals must be a dict, not " + Ops.typeName(g));
        }
        if (l != null && !(l instanceof PyDict) && !isMapping(t, l)) {
            throw Errors.typeError(t, what.equals("eval") ? "locals must be a mapping"
                    : "locals must be a mapping or None, not " + Ops.typeName(l));
        }
        if (l == null && g != null && !(g instanceof PyDict)) {
            l = g; // a dict subclass: module-level names go through its own __getitem__ and __setitem__ (CPython's)
        }
        PyObject srcValue = BuiltinBase.operand(src);
        String file = "<string>";
        String mode = what;
        String text;
        if (srcValue instanceof PyCode) {
            PyCode pc = (PyCode) srcValue;
            if (pc.source == null) {
                throw Errors.typeError(t, what + "() of a function's code object is not supported by ftpython");
            }
            text = pc.source;
            file = pc.code.file;
            mode = pc.mode;
        } else {
            text = sourceText(t, srcValue, what + "() arg 1 must be a string, bytes or code object");
            if (what.equals("eval")) {
                int lead = 0; // CPython's eval strips leading spaces and tabs only (a newline stays)
                while (lead < text.length() && (text.charAt(lead) == ' ' || text.charAt(lead) == '\t')) {
                    lead++;
                }
                text = text.substring(lead);
            }
        }
        PyDict globals;
        PyObject ns;
        if (g == null) { // the caller's: its globals, and its locals (a snapshot in a function)
            Frame f = caller(t, what);
            globals = f.globals;
            RefCount.incref(ts, globals);
            ns = l != null ? RefCount.newRef(ts, l) : (f.func == null && f.ns == null ? null : locals(t, f));
        } else {
            globals = (PyDict) BuiltinBase.operand(g); // a dict subclass's dict part
            RefCount.incref(ts, globals);
            ns = l != null && l != globals ? RefCount.newRef(ts, l) : null;
        }
        PyObject builtins = null; // the code's builtins (Interp.builtinsFrom), kept for the run
        try {
            PyStr builtinsKey = t.interp.str("__builtins__");
            if (!globals.contains(ts, builtinsKey)) { // as CPython, a fresh globals dict gets the caller's builtins
                Frame caller = t.callerFrame;
                globals.setItem(ts, builtinsKey, caller != null && caller.builtins != null ? caller.builtins
                        : t.interp.builtins);
            }
            builtins = t.interp.builtinsFrom(ts, globals);
            Parser p = new Parser(t, text, file);
            p.single = mode.equals("single");
            p.evalInput = mode.equals("eval");
            Code code = p.parseModule(ns != null);
            Frame frame = new Frame(t, code, new PyObject[code.nlocals()], globals, builtins, null, null, ns);
            frame.line = 1;
            if (mode.equals("eval")) {
                Stmt[] body = ((Stmts.Block) code.body).body;
                if (body.length != 1 || !(body[0] instanceof Stmts.ExprStmt)) {
                    throw notAnExpression(file, text, body);
                }
                PyObject v = evalIn(t, frame, ((Stmts.ExprStmt) body[0]).value);
                if (what.equals("eval")) {
                    return v;
                }
                RefCount.decref(ts, v); // exec(compile(s, f, 'eval')) evaluates and answers None
                return PyNone.NONE;
            }
            if (code.doc != null && !p.single) { // a module-level docstring is stored as __doc__ (CPython's)
                PyStr d = PyStr.of(ts, code.doc);
                try {
                    frame.nsOrGlobalsSet(t.interp.str("__doc__"), d);
                } finally {
                    RefCount.decref(ts, d);
                }
            }
            execIn(t, frame, code);
            return PyNone.NONE;
        } catch (SyntaxErrorException e) {
            throw Errors.fromJava(t, e);
        } finally {
            RefCount.decref(ts, globals);
            if (ns != null) {
                RefCount.decref(ts, ns);
            }
            if (builtins != null) {
                RefCount.decref(ts, builtins);
            }
        }
    }

    /** CPython's {@code PyMapping_Check}: the object's type has {@code __getitem__}. */
    static boolean isMapping(PyThread t, PyObject o) {
        if (o instanceof dev.freethread.objects.PyType) {
            return false; // a class's __getitem__ would be for its instances (CPython's __class_getitem__ is no slot)
        }
        PyObject m = Ops.getAttrOrNull(t, o.type(), t.interp.str("__getitem__"));
        if (m == null) {
            return false;
        }
        RefCount.decref(t.ts, m);
        return true;
    }

    /** The source text of a str, bytes or bytearray argument (bytes decoded as UTF-8), or CPython's TypeError. */
    private static String sourceText(PyThread t, PyObject src, String message) {
        if (src instanceof PyStr) {
            return ((PyStr) src).value();
        }
        if (src instanceof PyBytes || src instanceof PyByteArray) { // UTF-8, a leading byte order mark dropped
            byte[] b = src instanceof PyBytes ? ((PyBytes) src).value : ((PyByteArray) src).snapshot();
            boolean bom = b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
            return new String(b, bom ? 3 : 0, bom ? b.length - 3 : b.length, java.nio.charset.StandardCharsets.UTF_8);
        }
        throw Errors.typeError(t, message);
    }

    /**
     * {@code compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)}: checks the source's syntax
     * now (a SyntaxError names the file), and answers a code object that exec and eval run (they parse the source
     * again, for the namespaces they are given). ASTs are not supported (ftpython has no ast module).
     */
    private static PyObject compile(PyThread t, PyObject[] a, String[] kw) {
        Args.onlyKw(t, "compile", kw, "source", "filename", "mode", "flags", "dont_inherit", "optimize",
                "_feature_version");
        int n = Args.npos(a, kw);
        if (n > 6) {
            throw Errors.typeError(t, "compile() takes at most 6 arguments (" + n + " given)");
        }
        PyObject src = n > 0 ? a[0] : Args.kw(a, kw, "source");
        PyObject filename = n > 1 ? a[1] : Args.kw(a, kw, "filename");
        PyObject mode = n > 2 ? a[2] : Args.kw(a, kw, "mode");
        PyObject flags = n > 3 ? a[3] : Args.kw(a, kw, "flags");
        if (src == null || filename == null || mode == null) {
            String missing = src == null ? "'source' (pos 1)" : filename == null ? "'filename' (pos 2)"
                    : "'mode' (pos 3)";
            throw Errors.typeError(t, "compile() missing required argument " + missing);
        }
        if (!(BuiltinBase.operand(mode) instanceof PyStr)) {
            throw Errors.typeError(t, "compile() argument 'mode' must be str, not " + Ops.typeName(mode));
        }
        String m = ((PyStr) BuiltinBase.operand(mode)).value();
        if (flags != null && !(flags instanceof dev.freethread.objects.PyInt)) {
            throw Errors.typeError(t, "'" + Ops.typeName(flags) + "' object cannot be interpreted as an integer");
        }
        if (flags != null && (Args.toLong(t, flags, "compile") & 0x400) != 0) {
            throw Errors.raise(t, "NotImplementedError", "compile() to an AST (PyCF_ONLY_AST) is not supported by "
                    + "ftpython");
        }
        if (!m.equals("exec") && !m.equals("eval") && !m.equals("single")) {
            throw Errors.valueError(t, "compile() mode must be 'exec', 'eval' or 'single'");
        }
        PyObject fn = BuiltinBase.operand(filename);
        String file;
        if (fn instanceof PyStr) {
            file = ((PyStr) fn).value();
        } else if (fn instanceof PyBytes) {
            file = new String(((PyBytes) fn).value, java.nio.charset.StandardCharsets.UTF_8);
        } else {
            PyObject hook = Ops.getAttrOrNull(t, filename.type(), t.interp.str("__fspath__"));
            RefCount.xdecref(t.ts, hook);
            PyObject p = hook == null ? null
                    : Ops.callAttr(t, filename, t.interp.str("__fspath__"), Ops.NO_ARGS, null);
            try {
                if (!(p instanceof PyStr)) {
                    throw Errors.typeError(t, "expected str, bytes or os.PathLike object, not "
                            + Ops.typeName(p == null ? filename : p));
                }
                file = ((PyStr) p).value();
            } finally {
                RefCount.xdecref(t.ts, p);
            }
        }
        PyObject sv = BuiltinBase.operand(src);
        String text = sourceText(t, sv, "compile() arg 1 must be a string, bytes or AST object");
        if (text.indexOf('\0') >= 0) {
            throw Errors.raise(t, "SyntaxError", "source code string cannot contain null bytes");
        }
        try {
            Parser p = new Parser(t, text, file);
            p.evalInput = m.equals("eval");
            Code code = p.parseModule(false);
            if (m.equals("eval")) {
                Stmt[] body = ((Stmts.Block) code.body).body;
                if (body.length != 1 || !(body[0] instanceof Stmts.ExprStmt)) {
                    throw notAnExpression(file, text, body);
                }
            }
            return new PyCode(t.ts, code, text, m);
        } catch (SyntaxErrorException e) {
            throw Errors.fromJava(t, e);
        }
    }

    /**
     * eval's or compile(..., 'eval')'s SyntaxError for source that is no single expression, with CPython's location:
     * line 0 for nothing at all, else where the first statement ends (a ';' or the next line).
     */
    private static SyntaxErrorException notAnExpression(String file, String text, Stmt[] body) {
        if (body.length == 0) {
            return new SyntaxErrorException("SyntaxError", "invalid syntax", file, 0, 0, "");
        }
        String[] lines = text.split("\n", -1);
        int line = Math.max(1, body[0].line);
        String src = line <= lines.length ? lines[line - 1] : "";
        int semi = src.indexOf(';');
        if (semi < 0 && body.length > 1 && body[1].line > line) { // the second statement on a line of its own
            line = body[1].line;
            src = line <= lines.length ? lines[line - 1] : "";
        }
        return new SyntaxErrorException("SyntaxError", "invalid syntax", file, line, semi >= 0 ? semi + 1 : 1, src);
    }

    private static PyObject evalIn(PyThread t, Frame frame, Expr e) {
        t.ts.enterRecursiveCall(" in eval");
        Frame caller = t.current;
        frame.back = caller;
        t.current = frame;
        try {
            return e.eval(frame);
        } catch (PyRaise r) {
            frame.traceHere(r);
            throw r;
        } finally {
            t.current = caller;
            frame.done = true;
            t.ts.leaveRecursiveCall();
        }
    }

    private static void execIn(PyThread t, Frame frame, Code code) {
        t.ts.enterRecursiveCall(" in exec");
        Frame caller = t.current;
        frame.back = caller;
        t.current = frame;
        try {
            code.body.exec(frame);
        } catch (PyRaise r) {
            frame.traceHere(r);
            throw r;
        } finally {
            t.current = caller;
            frame.done = true;
            Exprs.releaseAll(t.ts, frame.locals);
            t.ts.leaveRecursiveCall();
        }
    }
}
