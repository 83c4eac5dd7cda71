// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.list.PyList;
import dev.freethread.list.PyListIterator;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyException;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;
import dev.freethread.python.text.TextError;
import dev.freethread.refcount.RefCount;

/** The statement nodes. */
final class Stmts {
    private Stmts() {
    }

    static boolean truthOf(Frame f, Expr e) {
        PyObject v = e.eval(f);
        if (v == PyBool.TRUE) {
            return true;
        }
        if (v == PyBool.FALSE) {
            return false;
        }
        try {
            return Ops.truth(f.t, v);
        } catch (RuntimeException r) {
            throw PyRaise.at(f, e, r); // a __bool__ that raises: at the test, as CPython's
        } finally {
            RefCount.decref(f.ts, v);
        }
    }

    /** Turns any exception a statement may see into a {@link PyRaise} (the toolkit's, text errors, deep stacks). */
    static PyRaise asRaise(Frame f, RuntimeException e) {
        return Errors.fromJava(f.t, e);
    }

    /**
     * A loop's back-edge: the safepoint poll, Ctrl-C, and what the body's outcome means for the loop: -1 to go on,
     * else the status the loop statement answers (NORMAL after a break, RETURN to return).
     */
    static int backEdge(Frame f, int r) {
        f.ts.poll();
        if (f.t.interp.interrupted) {
            f.t.interp.checkInterrupt(f.t);
        }
        return r == Stmt.BREAK ? Stmt.NORMAL : r == Stmt.RETURN ? Stmt.RETURN : -1;
    }

    static final class Block extends Stmt {
        final Stmt[] body;

        Block(Stmt[] body) {
            this.body = body;
        }

        @Override
        int exec(Frame f) {
            for (Stmt s : body) {
                f.line = s.line;
                int r;
                try {
                    r = s.exec(f);
                } catch (RuntimeException x) {
                    throw PyRaise.at(f, s, x); // no expression of it noted the raise: the statement's span (a raise, an import)
                }
                if (r != NORMAL) {
                    return r;
                }
            }
            return NORMAL;
        }
    }

    static final class ExprStmt extends Stmt {
        final Expr value;

        ExprStmt(Expr value) {
            this.value = value;
        }

        /** Whether this is a string literal alone (a docstring when it comes first). */
        boolean isStringConstant() {
            return value instanceof Exprs.Const && ((Exprs.Const) value).value instanceof PyStr;
        }

        @Override
        int exec(Frame f) {
            RefCount.decref(f.ts, value.eval(f));
            return NORMAL;
        }
    }

    /** An expression statement of {@code compile(..., 'single')}'s code: its value goes to sys.displayhook. */
    static final class DisplayExpr extends Stmt {
        final Expr value;

        DisplayExpr(Expr value) {
            this.value = value;
        }

        @Override
        int exec(Frame f) {
            PyThread t = f.t;
            PyObject v = value.eval(f);
            try {
                PyObject hook = Modules.sysAttrOrNull(t, "displayhook");
                if (hook == null) {
                    throw Errors.raise(t, "RuntimeError", "lost sys.displayhook");
                }
                try {
                    RefCount.decref(f.ts, Ops.call(t, hook, new PyObject[] {v}, null));
                } finally {
                    RefCount.decref(f.ts, hook);
                }
            } finally {
                RefCount.decref(f.ts, v);
            }
            return NORMAL;
        }
    }

    static final class Pass extends Stmt {
        @Override
        int exec(Frame f) {
            return NORMAL;
        }
    }

    static final class Break extends Stmt {
        @Override
        int exec(Frame f) {
            return BREAK;
        }
    }

    static final class Continue extends Stmt {
        @Override
        int exec(Frame f) {
            return CONTINUE;
        }
    }

    static final class Return extends Stmt {
        final Expr value;

        Return(Expr value) {
            this.value = value;
        }

        @Override
        int exec(Frame f) {
            PyObject v = value == null ? PyNone.NONE : value.eval(f);
            PyObject old = f.retval;
            f.retval = v;
            if (old != null) {
                RefCount.decref(f.ts, old);
            }
            return RETURN;
        }
    }

    /**
     * An annotated assignment ({@code x: T = v}, or {@code x: T} alone). In a class body or at module level, with a
     * plain name as the target, the annotation is evaluated after the value and recorded in the namespace's
     * {@code __annotations__} (made at the body's start; once deleted, looked up as a name is), as CPython 3.13 does (dataclasses
     * read it); with another target ({@code (x): T}, {@code a.b: T}) there it is evaluated and dropped; elsewhere it is not
     * evaluated at all.
     */
    static final class AnnAssign extends Stmt {
        final Expr target;
        final Expr annotation;
        final Expr value;
        /** The target's name when the annotation is recorded, else null. */
        final String name;

        /** A module's or class body's annotation of a target that is not a plain name: evaluated and dropped. */
        final boolean evaluateOnly;

        AnnAssign(Expr target, Expr annotation, Expr value, String name, boolean evaluateOnly) {
            this.target = target;
            this.annotation = annotation;
            this.value = value;
            this.name = name;
            this.evaluateOnly = evaluateOnly;
        }

        @Override
        int exec(Frame f) {
            ThreadState ts = f.ts;
            if (value != null) {
                PyObject v = value.eval(f);
                try {
                    target.assign(f, v);
                } finally {
                    RefCount.decref(ts, v);
                }
            }
            if (value == null) { // a.b: T and a[i]: T evaluate a (and i), in a function too (CPython's check_ann_expr)
                Expr obj = target instanceof Exprs.Attribute ? ((Exprs.Attribute) target).obj
                        : target instanceof Exprs.Subscript ? ((Exprs.Subscript) target).obj : null;
                if (obj != null) {
                    RefCount.decref(ts, obj.eval(f));
                }
                if (target instanceof Exprs.Subscript) {
                    RefCount.decref(ts, ((Exprs.Subscript) target).index.eval(f));
                }
            }
            if (evaluateOnly) {
                RefCount.decref(ts, annotation.eval(f));
                return NORMAL;
            }
            if (name != null) {
                PyObject a = annotation.eval(f);
                try {
                    PyStr key = f.t.interp.str("__annotations__");
                    PyObject d = f.nsOrGlobalsGet(key); // made at the body's start (Frame.setupAnnotations)
                    if (d == null && f.ns != null) { // deleted since: CPython's LOAD_NAME looks on, to the globals
                        d = Ops.getOrNull(ts, f.globals, key);
                    }
                    if (d == null) {
                        d = f.t.interp.lookupBuiltin(f.t, f.builtins, key);
                    }
                    if (d == null) {
                        throw ExceptionFields.nameError(f, "__annotations__");
                    }
                    try {
                        Ops.setItem(f.t, d, f.t.interp.str(name), a);
                    } finally {
                        RefCount.decref(ts, d);
                    }
                } finally {
                    RefCount.decref(ts, a);
                }
            }
            return NORMAL;
        }
    }

    static final class Assign extends Stmt {
        final Expr[] targets;
        final Expr value;

        Assign(Expr[] targets, Expr value) {
            this.targets = targets;
            this.value = value;
        }

        @Override
        int exec(Frame f) {
            PyObject v = value.eval(f);
            try {
                for (Expr t : targets) {
                    t.assign(f, v);
                }
            } finally {
                RefCount.decref(f.ts, v);
            }
            return NORMAL;
        }
    }

    static final class AugAssign extends Stmt {
        final Expr target;
        final Arith.Op op;
        final Expr value;

        /**
         * {@code cur op= value} where {@code cur} is a float: the value evaluated unboxed and one float made, instead
         * of boxing the value first; anything else goes through {@link Arith#inplace}. Answers a new reference.
         */
        private PyObject combine(Frame f, PyObject cur) {
            if (value instanceof Exprs.Subscript && (cur instanceof PyInt || cur instanceof PyFloat)) {
                // total += shared[i]: the item read borrowed and consumed at once by int or float arithmetic (no user
                // code, no safepoint between the read and its use); anything else is counted before going on
                PyObject v = ((Exprs.Subscript) value).evalItemBorrowed(f);
                if (v != null) {
                    if (v instanceof PyInt || v instanceof PyFloat) {
                        return Arith.binary(f.t, op, cur, v);
                    }
                    RefCount.incref(f.ts, v);
                    try {
                        return Arith.inplace(f.t, op, cur, v);
                    } finally {
                        RefCount.decref(f.ts, v);
                    }
                }
            }
            if (cur instanceof PyFloat && (op == Arith.Op.ADD || op == Arith.Op.SUB || op == Arith.Op.MUL)) {
                if (value.evalFloat(f)) {
                    double x = ((PyFloat) cur).value;
                    double y = f.floatValue;
                    return new PyFloat(f.ts, op == Arith.Op.ADD ? x + y : op == Arith.Op.SUB ? x - y : x * y);
                }
                PyObject v = f.boxed;
                try {
                    return Arith.inplace(f.t, op, cur, v);
                } finally {
                    RefCount.decref(f.ts, v);
                }
            }
            PyObject v = value.eval(f);
            try {
                return Arith.inplace(f.t, op, cur, v);
            } finally {
                RefCount.decref(f.ts, v);
            }
        }

        AugAssign(Expr target, Arith.Op op, Expr value) {
            this.target = target;
            this.op = op;
            this.value = value;
        }

        @Override
        int exec(Frame f) {
            ThreadState ts = f.ts;
            if (target instanceof Exprs.Subscript) {
                Exprs.Subscript s = (Exprs.Subscript) target;
                PyObject o = s.obj.eval(f);
                try {
                    PyObject k = s.index.eval(f);
                    try {
                        PyObject cur = Ops.getItem(f.t, o, k);
                        PyObject r;
                        try {
                            r = combine(f, cur);
                        } finally {
                            RefCount.decref(ts, cur);
                        }
                        try {
                            Ops.setItem(f.t, o, k, r);
                        } finally {
                            RefCount.decref(ts, r);
                        }
                    } finally {
                        RefCount.decref(ts, k);
                    }
                } finally {
                    RefCount.decref(ts, o);
                }
                return NORMAL;
            }
            if (target instanceof Exprs.Attribute) {
                Exprs.Attribute a = (Exprs.Attribute) target;
                PyObject o = a.obj.eval(f);
                try {
                    PyObject cur = Ops.getAttr(f.t, o, a.name);
                    PyObject r;
                    try {
                        r = combine(f, cur);
                    } finally {
                        RefCount.decref(ts, cur);
                    }
                    try {
                        Ops.setAttr(f.t, o, a.name, r);
                    } finally {
                        RefCount.decref(ts, r);
                    }
                } finally {
                    RefCount.decref(ts, o);
                }
                return NORMAL;
            }
            PyObject cur = target.eval(f);
            PyObject r;
            try {
                r = combine(f, cur);
            } finally {
                RefCount.decref(ts, cur);
            }
            try {
                target.assign(f, r);
            } finally {
                RefCount.decref(ts, r);
            }
            return NORMAL;
        }
    }

    static final class If extends Stmt {
        final Expr test;
        final Stmt body;
        final Stmt orelse;

        If(Expr test, Stmt body, Stmt orelse) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        int exec(Frame f) {
            if (truthOf(f, test)) {
                return body.exec(f);
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    static final class While extends Stmt {
        final Expr test;
        final Stmt body;
        final Stmt orelse;

        While(Expr test, Stmt body, Stmt orelse) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        int exec(Frame f) {
            while (true) {
                f.line = line;
                if (!truthOf(f, test)) {
                    break;
                }
                int r = backEdge(f, body.exec(f));
                if (r >= 0) {
                    return r;
                }
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    static final class For extends Stmt {
        final Expr target;
        final Expr iter;
        final Stmt body;
        final Stmt orelse;

        For(Expr target, Expr iter, Stmt body, Stmt orelse) {
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        int exec(Frame f) {
            ThreadState ts = f.ts;
            PyObject src = null;
            if (iter instanceof Exprs.Call && ((Exprs.Call) iter).simple && ((Exprs.Call) iter).kwnames.length == 0) {
                // for i in range(...): no range object and no iterator, when range is the built-in
                Exprs.Call c = (Exprs.Call) iter;
                PyObject fn = c.func.eval(f);
                try {
                    PyObject[] av = Exprs.evalAll(f, c.args);
                    try {
                        if (fn == PyRange.TYPE) {
                            long[] b = Builtins.rangeArgs(f.t, av);
                            if (b != null) {
                                return rangeLoop(f, b[0], b[1], b[2]);
                            }
                        }
                        src = Ops.call(f.t, fn, av, null);
                    } finally {
                        Exprs.releaseAll(ts, av);
                    }
                } finally {
                    RefCount.decref(ts, fn);
                }
            }
            if (src == null) {
                src = iter.eval(f);
            }
            int localSlot = target instanceof Exprs.Name && ((Exprs.Name) target).kind == Exprs.Name.LOCAL
                    ? ((Exprs.Name) target).slot : -1;
            PyObject it;
            try {
                it = Ops.iter(f.t, src);
            } catch (PyRaise r) {
                RefCount.decref(ts, src);
                throw r.at(f, iter);
            } catch (RuntimeException | Error e) {
                RefCount.decref(ts, src);
                throw e;
            }
            // not in a generator's frame, which the collector may traverse while this loop runs (PyGenerator)
            if (localSlot >= 0 && f.borrowedSlot < 0 && f.gen == null && it instanceof PyListIterator
                    && src.type() == PyList.TYPE
                    && !RefCount.isOwnedBy(ts, src)) {
                int r;
                try {
                    r = borrowingLoop(f, (PyListIterator) it, localSlot);
                } finally {
                    RefCount.decref(ts, it);
                    RefCount.decref(ts, src); // held through the loop: see borrowingLoop
                }
                if (r >= 0) {
                    return r;
                }
                return orelse == null ? NORMAL : orelse.exec(f);
            }
            RefCount.decref(ts, src);
            try {
                while (true) {
                    f.line = line; // an iterator that raises does it on the for line (a generator's body, __next__)
                    PyObject v;
                    try {
                        v = Ops.next(f.t, it);
                    } catch (RuntimeException r) {
                        throw PyRaise.at(f, iter, r); // at the iterable, as CPython's FOR_ITER
                    }
                    if (v == null) {
                        break;
                    }
                    assignStolen(f, localSlot, v);
                    int r = backEdge(f, body.exec(f));
                    if (r >= 0) {
                        return r;
                    }
                }
            } finally {
                RefCount.decref(ts, it);
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }

        /**
         * The loop over a list another thread owns, with a local target: each item is read borrowed
         * ({@code nextBorrowed}: no count, so no atomic on a shared item's count) and kept borrowed in the local
         * slot, marked in {@link Frame#borrowedSlot}. The mark is what makes that safe: an assignment or deletion of
         * the local by the body clears it instead of dropping the value, and this thread promotes the value to a
         * counted one before any quiescent state it reports ({@link PyThread#promoteBorrowed}, the toolkit's
         * BorrowedReferences), so the value is alive while marked: a writer that removes it from the shared-read list
         * defers its reference until this thread's next quiescent state. The caller holds its reference to the list
         * until the loop is over, so the iterator's release of the list at the end cannot free the list, and with it
         * the last item, under the mark. When the loop ends, however it ends, a value still marked is promoted: the
         * frame owns its locals again. Returns a statement result, or -1 when the list was exhausted.
         */
        private int borrowingLoop(Frame f, PyListIterator it, int slot) {
            ThreadState ts = f.ts;
            PyThread t = f.t;
            t.borrowing.add(f);
            try {
                while (true) {
                    PyObject v = it.nextBorrowed(ts);
                    if (v == null) {
                        return -1;
                    }
                    PyObject old = f.locals[slot];
                    boolean oldBorrowed = f.borrowedSlot == slot;
                    f.locals[slot] = v;
                    f.borrowedSlot = slot; // marked before the decref below, which may reach a safepoint
                    if (old != null && !oldBorrowed) {
                        RefCount.decref(ts, old);
                    }
                    int r = backEdge(f, body.exec(f));
                    if (r >= 0) {
                        return r;
                    }
                }
            } finally {
                if (f.borrowedSlot == slot) {
                    f.borrowedSlot = -1;
                    RefCount.incref(ts, f.locals[slot]);
                }
                t.borrowing.remove(t.borrowing.size() - 1);
            }
        }

        /**
         * Binds the target to {@code v}, taking over that new reference. A local target ({@code localSlot >= 0})
         * keeps it as it is: no incref and decref pair, which on a shared container's items are two contended atomics
         * per iteration. Other targets assign (which counts) and the reference is dropped.
         */
        private void assignStolen(Frame f, int localSlot, PyObject v) {
            if (localSlot >= 0) {
                PyObject old = f.locals[localSlot];
                f.locals[localSlot] = v;
                if (old != null) {
                    RefCount.decref(f.ts, old);
                }
                return;
            }
            try {
                target.assign(f, v);
            } finally {
                RefCount.decref(f.ts, v);
            }
        }

        private int rangeLoop(Frame f, long start, long stop, long step) {
            ThreadState ts = f.ts;
            int localSlot = target instanceof Exprs.Name && ((Exprs.Name) target).kind == Exprs.Name.LOCAL
                    ? ((Exprs.Name) target).slot : -1;
            // counting the items left, not comparing with stop: i + step past the last item may overflow
            long left = PyRange.length(start, stop, step);
            for (long i = start; left > 0; i = --left > 0 ? i + step : i) {
                assignStolen(f, localSlot, PyInt.of(ts, i));
                int r = backEdge(f, body.exec(f));
                if (r >= 0) {
                    return r;
                }
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    /** {@code def}: the function (decorated) bound to its name. */
    static final class Def extends Stmt {
        final Expr target;
        final Exprs.MakeFunction function;
        final Expr[] decorators;

        Def(Expr target, Exprs.MakeFunction function, Expr[] decorators) {
            this.target = target;
            this.function = function;
            this.decorators = decorators;
        }

        @Override
        int exec(Frame f) {
            PyObject[] decs = Exprs.evalAll(f, decorators);
            try {
                PyObject v = function.eval(f);
                for (int i = decs.length - 1; i >= 0; i--) {
                    PyObject nv;
                    try {
                        nv = Ops.call(f.t, decs[i], new PyObject[] {v}, null);
                    } finally {
                        RefCount.decref(f.ts, v);
                    }
                    v = nv;
                }
                try {
                    target.assign(f, v);
                } finally {
                    RefCount.decref(f.ts, v);
                }
            } finally {
                Exprs.releaseAll(f.ts, decs);
            }
            return NORMAL;
        }
    }

    static final class ClassDef extends Stmt {
        final String name;
        final String qualname;
        final Expr target;
        final Expr[] bases;
        final Code body;
        final Expr[] decorators;
        int[] cellSources = new int[0];
        /** The class statement's keyword arguments ({@code metaclass=...}, PEP 487's for __init_subclass__). */
        String[] kwNames = new String[0];
        Expr[] kwValues = new Expr[0];
        /** CPython 3.13's {@code __static_attributes__}, sorted: what the body's methods store as {@code self.X}. */
        String[] staticAttributes = new String[0];

        ClassDef(String name, String qualname, Expr target, Expr[] bases, Code body, Expr[] decorators) {
            this.name = name;
            this.qualname = qualname;
            this.target = target;
            this.bases = bases;
            this.body = body;
            this.decorators = decorators;
        }

        /** The bases, with {@code *iterable} ones expanded (new references). */
        private PyObject[] evalBases(Frame f) {
            boolean starred = false;
            for (Expr b : bases) {
                starred |= b instanceof Exprs.Starred;
            }
            if (!starred) {
                return Exprs.evalAll(f, bases);
            }
            java.util.List<PyObject> out = new java.util.ArrayList<>();
            try {
                for (Expr b : bases) {
                    if (!(b instanceof Exprs.Starred)) {
                        out.add(b.eval(f));
                        continue;
                    }
                    PyObject it = ((Exprs.Starred) b).value.eval(f);
                    PyObject l;
                    try {
                        l = Builtins.listOf(f.t, it);
                    } finally {
                        RefCount.decref(f.ts, it);
                    }
                    try {
                        dev.freethread.list.PyList pl = (dev.freethread.list.PyList) l;
                        for (int i = 0; i < pl.size(); i++) {
                            out.add(pl.getItem(f.ts, i));
                        }
                    } finally {
                        RefCount.decref(f.ts, l);
                    }
                }
            } catch (RuntimeException e) {
                Exprs.releaseAll(f.ts, out.toArray(new PyObject[0]));
                throw e;
            }
            return out.toArray(new PyObject[0]);
        }

        /**
         * The keywords with each {@code **mapping} (a null name) expanded, as a call expands them: new references,
         * the names added to {@code names}; a key that is not a str, or a name given twice, is CPython's TypeError.
         */
        private static PyObject[] unpackKeywords(PyThread t, String[] kwNames, PyObject[] kws,
                                                 java.util.List<String> names) {
            ThreadState ts = t.ts;
            java.util.List<PyObject> out = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < kwNames.length; i++) {
                    if (kwNames[i] != null) {
                        if (names.contains(kwNames[i])) {
                            throw Errors.typeError(t, "__build_class__() got multiple values for keyword argument '"
                                    + kwNames[i] + "'");
                        }
                        names.add(kwNames[i]);
                        out.add(RefCount.newRef(ts, kws[i]));
                        continue;
                    }
                    PyObject keys = Builtins.listOf(t, kws[i]);
                    try {
                        dev.freethread.list.PyList kl = (dev.freethread.list.PyList) keys;
                        for (int k = 0; k < kl.size(); k++) {
                            PyObject key = kl.getItem(ts, k);
                            try {
                                if (!(key instanceof PyStr)) {
                                    throw Errors.typeError(t, "keywords must be strings");
                                }
                                String n = ((PyStr) key).value();
                                if (names.contains(n)) {
                                    throw Errors.typeError(t, "__build_class__() got multiple values for keyword "
                                            + "argument '" + n + "'");
                                }
                                out.add(Ops.getItem(t, kws[i], key));
                                names.add(n);
                            } finally {
                                RefCount.decref(ts, key);
                            }
                        }
                    } finally {
                        RefCount.decref(ts, keys);
                    }
                }
            } catch (RuntimeException e) {
                Exprs.releaseAll(ts, out.toArray(new PyObject[0]));
                throw e;
            }
            return out.toArray(new PyObject[0]);
        }

        @Override
        int exec(Frame f) {
            ThreadState ts = f.ts;
            PyThread t = f.t;
            PyObject[] decs = Exprs.evalAll(f, decorators);
            java.util.List<PyObject> keep = new java.util.ArrayList<>();
            PyObject[] bs = null;
            PyObject[] kws = null;
            PyObject ns = null;
            try {
                bs = evalBases(f);
                kws = Exprs.evalAll(f, kwValues);
                String[] kwNames = this.kwNames;
                if (java.util.Arrays.asList(kwNames).contains(null)) {
                    java.util.List<String> names = new java.util.ArrayList<>();
                    PyObject[] unpacked = unpackKeywords(t, kwNames, kws, names);
                    Exprs.releaseAll(ts, kws);
                    kws = unpacked;
                    kwNames = names.toArray(new String[0]);
                }
                String[] subclassKwNames = kwNames;
                PyObject[] subclassKws = kws;
                int meta = java.util.Arrays.asList(kwNames).indexOf("metaclass");
                PyObject explicit = meta >= 0 ? kws[meta] : null;
                // An explicit metaclass that is no subtype of type gets the bases as they resolve (PEP 560), types
                // or not, as CPython's __build_class__ passes them: class A(0, 1, metaclass=f) calls f('A', (0, 1), ns)
                boolean anyBases = explicit != null && explicit != PyType.TYPE && !TypeMethods.isMetaclass(explicit);
                PyObject[] resolved = anyBases ? mroEntries(t, bs, keep) : null;
                PyType[] baseTypes = anyBases ? null : baseTypes(t, bs, keep);
                // The metaclass to call (CPython's __build_class__): the most derived of the explicit one and the
                // bases' types when that is a metaclass of ours; an explicit one that is no subtype of type (a
                // function, say) is called as it is; none when the class is type's.
                PyObject callMeta = null;
                if (explicit != null && explicit != PyType.TYPE && !TypeMethods.isMetaclass(explicit)) {
                    callMeta = explicit;
                } else {
                    PyType start = explicit != null ? (PyType) explicit : PyType.TYPE;
                    PyType winner = TypeMethods.calculateMetaclass(t, start, baseTypes);
                    if (winner != PyType.TYPE) {
                        callMeta = winner;
                    }
                }
                if (meta >= 0) {
                    subclassKwNames = new String[kwNames.length - 1];
                    subclassKws = new PyObject[kws.length - 1];
                    for (int i = 0, j = 0; i < kwNames.length; i++) {
                        if (i != meta) {
                            subclassKwNames[j] = kwNames[i];
                            subclassKws[j++] = kws[i];
                        }
                    }
                }
                java.util.List<PyType> mro = callMeta == null ? PyClass.c3(t, baseTypes) : null;
                PyObject basesTuple = callMeta == null ? null : anyBases ? tupleOf(ts, resolved.clone())
                        : basesTuple(ts, bs.length == 0 ? new PyType[0] : baseTypes);
                if (basesTuple != null) {
                    keep.add(basesTuple);
                }
                ns = callMeta == null ? PyDict.create(ts)
                        : prepare(t, callMeta, name, basesTuple, subclassKwNames, subclassKws);
                // __module__ = __name__, a name load as the body's first statement: the namespace, then the globals
                PyObject modName = nsLoad(t, ns, t.interp.str("__name__"));
                if (modName == null) {
                    modName = f.globals.get(ts, t.interp.str("__name__"));
                }
                String module = modName instanceof PyStr ? ((PyStr) modName).value() : "__main__";
                if (modName != null) {
                    try { // a mapping's __setitem__ may raise: each value stored is dropped either way
                        nsStore(t, ns, t.interp.str("__module__"), modName);
                    } finally {
                        RefCount.decref(ts, modName);
                    }
                }
                nsStore(t, ns, t.interp.str("__qualname__"), t.interp.str(qualname));
                PyInt firstLine = PyInt.of(ts, line); // CPython 3.13's __firstlineno__
                try {
                    nsStore(t, ns, t.interp.str("__firstlineno__"), firstLine);
                } finally {
                    RefCount.decref(ts, firstLine);
                }
                if (body.doc != null) { // the class body's first statement, as CPython's compiler stores it
                    PyStr doc = PyStr.of(ts, body.doc);
                    try {
                        nsStore(t, ns, t.interp.str("__doc__"), doc);
                    } finally {
                        RefCount.decref(ts, doc);
                    }
                }
                PyCell[] cells = new PyCell[cellSources.length];
                for (int i = 0; i < cells.length; i++) {
                    int s = cellSources[i];
                    cells[i] = s >= 0 ? (PyCell) f.locals[s] : f.closure[-s - 1];
                }
                PyObject[] locals = new PyObject[body.nlocals()];
                Frame cf = new Frame(t, body, locals, f.globals, f.builtins, cells, null, ns);
                cf.line = body.firstLine;
                Frame caller = t.current;
                cf.back = caller;
                t.current = cf;
                try {
                    body.body.exec(cf);
                } catch (PyRaise r) {
                    cf.traceHere(r);
                    throw r;
                } catch (PyException | StackOverflowError | TextError e) {
                    PyRaise r = Errors.fromJava(t, e);
                    cf.traceHere(r);
                    throw r;
                } finally {
                    t.current = caller;
                    cf.done = true;
                    Exprs.releaseAll(ts, locals);
                }
                // the body's last store, as CPython 3.13's compiler ends a class body
                PyObject[] attrs = new PyObject[staticAttributes.length];
                for (int i = 0; i < attrs.length; i++) {
                    attrs[i] = t.interp.str(staticAttributes[i]);
                }
                PyObject staticAttrs = PyTuple.stealing(ts, attrs); // interned names: immortal
                try {
                    nsStore(t, ns, t.interp.str("__static_attributes__"), staticAttrs);
                } finally {
                    RefCount.decref(ts, staticAttrs);
                }
                PyObject[] asResolved = anyBases ? resolved : baseTypes;
                boolean entriesUsed = bs.length > 0 && bs.length != asResolved.length;
                for (int i = 0; !entriesUsed && i < bs.length; i++) {
                    entriesUsed = bs[i] != asResolved[i];
                }
                if (entriesUsed) { // PEP 560: the bases as written, before __mro_entries__ (Generic[T], list[int])
                    PyObject orig = tupleOf(ts, bs);
                    try {
                        nsStore(t, ns, t.interp.str("__orig_bases__"), orig);
                    } finally {
                        RefCount.decref(ts, orig);
                    }
                }
                // (read only for the class made here: a metaclass reads its namespace itself)
                PyObject bodyModule = callMeta == null ? nsLoad(t, ns, t.interp.str("__module__")) : null;
                if (bodyModule != null) { // the body may set its own __module__, which the class then reports
                    if (bodyModule instanceof PyStr) {
                        module = ((PyStr) bodyModule).value();
                    }
                    RefCount.decref(ts, bodyModule);
                }
                PyObject v;
                if (callMeta == null) {
                    v = makeClass(t, name, qualname, module, baseTypes, mro, (PyDict) ns, subclassKwNames, subclassKws);
                } else {
                    PyObject[] args = new PyObject[3 + subclassKws.length];
                    args[0] = t.interp.str(name);
                    args[1] = basesTuple;
                    args[2] = ns;
                    System.arraycopy(subclassKws, 0, args, 3, subclassKws.length);
                    v = Ops.call(t, callMeta, args, subclassKwNames.length == 0 ? null : subclassKwNames);
                }
                for (int i = decs.length - 1; i >= 0; i--) {
                    PyObject nv;
                    try {
                        nv = Ops.call(t, decs[i], new PyObject[] {v}, null);
                    } finally {
                        RefCount.decref(ts, v);
                    }
                    v = nv;
                }
                try {
                    target.assign(f, v);
                } finally {
                    RefCount.decref(ts, v);
                }
            } finally {
                Exprs.releaseAll(ts, decs);
                if (bs != null) {
                    Exprs.releaseAll(ts, bs);
                }
                if (kws != null) {
                    Exprs.releaseAll(ts, kws);
                }
                for (PyObject k : keep) {
                    RefCount.decref(ts, k);
                }
                if (ns != null) {
                    RefCount.decref(ts, ns);
                }
            }
            return NORMAL;
        }

        private static PyObject basesTuple(ThreadState ts, PyType[] bases) {
            PyObject[] items = new PyObject[bases.length];
            for (int i = 0; i < items.length; i++) {
                items[i] = RefCount.newRef(ts, bases[i]);
            }
            return PyTuple.stealing(ts, items);
        }

        /**
         * The namespace a metaclass prepares for the class body: {@code meta.__prepare__(name, bases, **kwds)} (type's
         * answers an empty dict). Any mapping, as CPython's {@code __build_class__} takes: the body's stores and loads
         * of names go through a mapping's own {@code __setitem__} and {@code __getitem__} ({@link Frame#nsSet}), a
         * dict subclass's included (enum's and ORMs' recording namespaces); a metaclass gets it as it is.
         */
        private static PyObject prepare(PyThread t, PyObject meta, String name, PyObject bases, String[] kwNames,
                                        PyObject[] kwValues) {
            PyObject prep = meta instanceof PyType ? Ops.getAttrOrNull(t, meta, t.interp.str("__prepare__")) : null;
            if (prep == null) {
                return PyDict.create(t.ts);
            }
            PyObject ns;
            try {
                PyObject[] args = new PyObject[2 + kwValues.length];
                args[0] = t.interp.str(name);
                args[1] = bases;
                System.arraycopy(kwValues, 0, args, 2, kwValues.length);
                ns = Ops.call(t, prep, args, kwNames.length == 0 ? null : kwNames);
            } finally {
                RefCount.decref(t.ts, prep);
            }
            if (ns instanceof PyDict || FrameBuiltins.isMapping(t, ns)) {
                return ns;
            }
            String tn = Ops.typeName(ns);
            RefCount.decref(t.ts, ns);
            throw Errors.typeError(t, (meta instanceof PyType ? ((PyType) meta).name() : "<metaclass>")
                    + ".__prepare__() must return a mapping, not " + tn);
        }

        /** {@code key} in a class body's namespace (a new reference, or null): a mapping's KeyError is null. */
        private static PyObject nsLoad(PyThread t, PyObject ns, PyObject key) {
            if (ns instanceof PyDict) {
                return Ops.getOrNull(t.ts, (PyDict) ns, key);
            }
            try {
                return Ops.getItem(t, ns, key);
            } catch (PyRaise r) {
                if (!r.exc.cls().isSubtypeOf(t.interp.exceptionClass("KeyError"))) {
                    throw r;
                }
                r.release(t.ts);
                return null;
            }
        }

        /** Stores {@code key} in a class body's namespace: a dict's entry, or a mapping's {@code __setitem__}. */
        private static void nsStore(PyThread t, PyObject ns, PyObject key, PyObject v) {
            if (ns instanceof PyDict) {
                ((PyDict) ns).setItem(t.ts, key, v);
            } else {
                Ops.setItem(t, ns, key, v);
            }
        }

        /** The built-in types CPython refuses as bases (Py_TPFLAGS_BASETYPE unset), with its message. */
        private static final java.util.Set<String> NOT_ACCEPTABLE = java.util.Set.of("bool", "range", "NoneType",
                "function", "builtin_function_or_method", "method", "generator", "slice", "ellipsis",
                "NotImplementedType", "cell", "code", "frame");

        /** The bases of a class statement or of {@code type(name, bases, dict)}: object when none. */
        static PyType[] baseTypes(PyThread t, PyObject[] bs, java.util.List<PyObject> keep) {
            bs = mroEntries(t, bs, keep);
            PyType[] baseTypes = bs.length == 0 ? new PyType[] {PyType.OBJECT} : new PyType[bs.length];
            for (int i = 0; i < bs.length; i++) {
                if (!(bs[i] instanceof PyType)) {
                    throw Errors.typeError(t, "bases must be types");
                }
                PyType b = (PyType) bs[i];
                PyClass standIn = t.interp.standIn(t, b); // class cached(property): _pyproperty's property
                if (standIn != null) {
                    b = standIn;
                    keep.add(RefCount.newRef(t.ts, b));
                }
                if (NOT_ACCEPTABLE.contains(b.name())) {
                    throw Errors.typeError(t, "type '" + b.name() + "' is not an acceptable base type");
                }
                if (!(b instanceof PyClass) && b != PyType.OBJECT && b != PyType.TYPE && !BuiltinBase.isSubclassable(b)) {
                    throw Errors.typeError(t, "subclassing the built-in type '" + b.name()
                            + "' is not supported by ftpython");
                }
                baseTypes[i] = b;
            }
            return baseTypes;
        }

        /**
         * PEP 560: a base that is not a class but has {@code __mro_entries__} ({@code Generic[T]}, {@code list[int]})
         * is replaced by the classes it answers for the tuple of all the bases. Each class answered gets a reference
         * in {@code keep}, which the caller drops once the class is made (it then holds its bases).
         */
        private static PyObject[] mroEntries(PyThread t, PyObject[] bs, java.util.List<PyObject> keep) {
            java.util.List<PyObject> out = null;
            for (int i = 0; i < bs.length; i++) {
                PyObject b = bs[i];
                PyObject m = b instanceof PyType ? null : Ops.getAttrOrNull(t, b, t.interp.str("__mro_entries__"));
                if (m == null) {
                    if (out != null) {
                        out.add(b);
                    }
                    continue;
                }
                if (out == null) {
                    out = new java.util.ArrayList<>(java.util.Arrays.asList(bs).subList(0, i));
                }
                PyObject r;
                PyObject all = tupleOf(t.ts, bs);
                try {
                    r = Ops.call(t, m, new PyObject[] {all}, null);
                } finally {
                    RefCount.decref(t.ts, all);
                    RefCount.decref(t.ts, m);
                }
                try {
                    if (!(r instanceof PyTuple)) {
                        throw Errors.typeError(t, "__mro_entries__ must return a tuple");
                    }
                    PyTuple tu = (PyTuple) r;
                    for (int k = 0; k < tu.size(); k++) {
                        PyObject e = tu.getItemBorrowed(k);
                        keep.add(RefCount.newRef(t.ts, e));
                        out.add(e);
                    }
                } finally {
                    RefCount.decref(t.ts, r);
                }
            }
            return out == null ? bs : out.toArray(new PyObject[0]);
        }

        /**
         * Makes the class of a class statement or of {@code type(name, bases, dict)} over its finished namespace: a
         * new reference, per-thread counted, its functions adopted for {@code super()}.
         */
        static PyClass makeClass(PyThread t, String name, String qualname, String module, PyType[] baseTypes,
                                 java.util.List<PyType> mro, PyDict ns) {
            return makeClass(t, name, qualname, module, baseTypes, mro, ns, new String[0], Ops.NO_ARGS);
        }

        /** As {@link #makeClass}, passing the class statement's keyword arguments to {@code __init_subclass__}. */
        static PyClass makeClass(PyThread t, String name, String qualname, String module, PyType[] baseTypes,
                                 java.util.List<PyType> mro, PyDict ns, String[] kwNames, PyObject[] kwValues) {
            return makeClass(t, PyType.TYPE, name, qualname, module, baseTypes, mro, ns, kwNames, kwValues);
        }

        /** As {@link #makeClass}, the new class an instance of {@code metatype} (type, or a metaclass of ours). */
        static PyClass makeClass(PyThread t, PyType metatype, String name, String qualname, String module,
                                 PyType[] baseTypes, java.util.List<PyType> mro, PyDict ns, String[] kwNames,
                                 PyObject[] kwValues) {
            ThreadState ts = t.ts;
            int flags = 0;
            if (ns.contains(ts, t.interp.str("__del__"))) {
                flags |= PyType.FLAG_HAS_FINALIZER;
            }
            if (ns.contains(ts, t.interp.str("__eq__")) && !ns.contains(ts, t.interp.str("__hash__"))) {
                ns.setItem(ts, t.interp.str("__hash__"), PyNone.NONE);
            }
            PyObject newFn = Ops.getOrNull(ts, ns, t.interp.str("__new__"));
            if (newFn != null) { // __new__ is a static method, as CPython's type_new makes it: super().__new__(cls)
                try {
                    if (newFn instanceof PyFunction) {
                        PyObject sm = new Descriptors.StaticMethod(ts, newFn);
                        ns.setItem(ts, t.interp.str("__new__"), sm);
                        RefCount.decref(ts, sm);
                    }
                } finally {
                    RefCount.decref(ts, newFn);
                }
            }
            for (String implicit : new String[] {"__init_subclass__", "__class_getitem__"}) {
                // implicit class methods (PEP 487, PEP 560), as type_new makes them: C.__init_subclass__() works
                PyObject fn = Ops.getOrNull(ts, ns, t.interp.str(implicit));
                if (fn != null) {
                    try {
                        if (fn instanceof PyFunction) {
                            PyObject cm = new Descriptors.ClassMethod(ts, fn);
                            ns.setItem(ts, t.interp.str(implicit), cm);
                            RefCount.decref(ts, cm);
                        }
                    } finally {
                        RefCount.decref(ts, fn);
                    }
                }
            }
            boolean isExc = false;
            for (PyType m : mro) { // a finalizer or an exception base anywhere in the MRO (a mixin's too)
                if (m instanceof PyClass) {
                    isExc |= ((PyClass) m).isException;
                    if (m.hasFinalizer()) {
                        flags |= PyType.FLAG_HAS_FINALIZER;
                    }
                }
            }
            checkLayout(t, mro, isExc);
            // the namespace's __qualname__ (the class statement's own, or one the body assigned) is the class's, and
            // leaves the namespace, as CPython's type_new takes it
            PyObject nsQual = Ops.getOrNull(ts, ns, t.interp.str("__qualname__"));
            if (nsQual != null) {
                try {
                    if (!(nsQual instanceof PyStr)) {
                        throw Errors.typeError(t, "type __qualname__ must be a str, not " + Ops.typeName(nsQual));
                    }
                    qualname = ((PyStr) nsQual).value();
                } finally {
                    RefCount.decref(ts, nsQual);
                }
                ns.delItem(ts, t.interp.str("__qualname__"));
            }
            PyClass.checkName(t, name);
            PyClass cls = new PyClass(ts, metatype, name, module, baseTypes, mro, ns, flags, isExc);
            cls.qualname = qualname;
            try {
                cls.applySlots(t);
                cls.addInstanceAttrs(t);
                if (!ns.contains(ts, t.interp.str("__doc__"))) { // type_new: a class without a docstring has None
                    ns.setItem(ts, t.interp.str("__doc__"), PyNone.NONE);
                }
            } catch (RuntimeException e) {
                RefCount.decref(ts, cls);
                throw e;
            }
            RefCount.makePerThread(ts, cls);
            adopt(t, cls, ns);
            try {
                setNames(t, cls, ns);
            } catch (RuntimeException e) {
                RefCount.decref(ts, cls);
                throw e;
            }
            // PEP 487: the nearest base's __init_subclass__ (an implicit class method) hears of the new class
            PyObject hook = cls.lookupAfter(t, cls, t.interp.str("__init_subclass__"));
            if (hook == null && kwNames.length > 0) { // object's __init_subclass__ takes none
                RefCount.decref(ts, cls);
                throw Errors.typeError(t, name + ".__init_subclass__() takes no keyword arguments");
            }
            if (hook != null) {
                try {
                    PyObject fn = hook instanceof Descriptors.ClassMethod ? ((Descriptors.ClassMethod) hook).func()
                            : hook;
                    PyObject[] args = new PyObject[1 + kwValues.length];
                    args[0] = cls;
                    System.arraycopy(kwValues, 0, args, 1, kwValues.length);
                    RefCount.decref(ts, Ops.call(t, fn, args, kwNames.length == 0 ? null : kwNames));
                } catch (RuntimeException e) {
                    RefCount.decref(ts, cls);
                    throw e;
                } finally {
                    RefCount.decref(ts, hook);
                }
            }
            return cls;
        }

        /**
         * PEP 487's {@code __set_name__}: each attribute of the new class whose class defines it hears its owner and
         * name, in the namespace's order, before {@code __init_subclass__} runs (CPython's {@code type_new_set_names}
         * walks a copy of the namespace, so a hook that adds attributes does not see them called).
         */
        private static void setNames(PyThread t, PyClass cls, PyDict ns) {
            ThreadState ts = t.ts;
            PyDict copy = ns.copy(ts);
            try {
                PyObject it = Ops.itemsIterator(ts, copy);
                try {
                    for (PyObject kv = Ops.next(t, it); kv != null; kv = Ops.next(t, it)) {
                        try {
                            PyObject v = ((PyTuple) kv).getItemBorrowed(1);
                            if (v instanceof Descriptors.Property) { // property.__set_name__: its __name__
                                ((Descriptors.Property) v).setName(ts, ((PyTuple) kv).getItemBorrowed(0));
                            }
                            if (v instanceof PyInstance) {
                                PyObject hook = ((PyInstance) v).cls().lookup(t, "__set_name__");
                                if (hook != null) {
                                    try {
                                        RefCount.decref(ts, Ops.callMethod(t, hook, v,
                                                new PyObject[] {cls, ((PyTuple) kv).getItemBorrowed(0)}, null));
                                    } catch (PyRaise | dev.freethread.objects.PyException ex) {
                                        // 3.12: a note names the descriptor, the name and the class
                                        PyRaise e = ex instanceof PyRaise ? (PyRaise) ex : Errors.fromJava(t, ex);
                                        PyStr note = PyStr.of(ts, "Error calling __set_name__ on '"
                                                + ((PyInstance) v).cls().name() + "' instance "
                                                + Ops.reprString(t, ((PyTuple) kv).getItemBorrowed(0)) + " in '"
                                                + cls.name() + "'");
                                        try {
                                            RefCount.decref(ts, Ops.addNote(t, e.exc, new PyObject[] {note}, null));
                                        } finally {
                                            RefCount.decref(ts, note);
                                        }
                                        throw e;
                                    } finally {
                                        RefCount.decref(ts, hook);
                                    }
                                }
                            }
                        } finally {
                            RefCount.decref(ts, kv);
                        }
                    }
                } finally {
                    RefCount.decref(ts, it);
                }
            } finally {
                RefCount.decref(ts, copy);
            }
        }

        /**
         * CPython's "multiple bases have instance lay-out conflict": at most one built-in base with a value of its
         * own along the MRO (dict and list, or an exception and str, cannot share an instance).
         */
        private static void checkLayout(PyThread t, java.util.List<PyType> mro, boolean isExc) {
            PyType found = null;
            for (PyType m : mro) {
                if (!(m instanceof PyClass) && m != PyType.OBJECT) {
                    if (isExc || found != null && !found.isSubtypeOf(m)) {
                        throw Errors.typeError(t, "multiple bases have instance lay-out conflict");
                    }
                    if (found == null) {
                        found = m;
                    }
                }
            }
        }

        /**
         * Tells the class's functions which class defined them (for {@code super()}): CPython's {@code __class__}
         * cell, which the class whose body holds the def fills. A function that already has a class keeps it unless
         * its code was compiled in a body of this class's qualified name (the class a slots dataclass or a
         * NamedTuple remakes from the namespace), so a getter that a subclass's property reuses
         * ({@code @D.foo.setter} in class E) still searches after D.
         */
        private static boolean adopts(PyClass cls, PyFunction f) {
            if (!f.code.usesSuper) {
                return false;
            }
            if (f.definingClass() == null) {
                return true;
            }
            String q = f.code.qualname;
            int dot = q == null ? -1 : q.lastIndexOf('.');
            return dot > 0 && q.substring(0, dot).equals(cls.qualname());
        }

        private static void adopt(PyThread t, PyClass cls, PyDict ns) {
            PyObject view = ns.values(t.ts);
            PyObject it = ((dev.freethread.dict.PyDictView) view).iter(t.ts);
            RefCount.decref(t.ts, view);
            try {
                for (PyObject v = Ops.next(t, it); v != null; v = Ops.next(t, it)) {
                    try {
                        PyObject fn = v;
                        if (v instanceof Descriptors.Holder && !(v instanceof Descriptors.PySlice)) {
                            for (PyObject r : ((Descriptors.Holder) v).refs) {
                                if (r instanceof PyFunction && adopts(cls, (PyFunction) r)) {
                                    ((PyFunction) r).setDefiningClass(t.ts, cls);
                                }
                            }
                        }
                        if (fn instanceof PyFunction && adopts(cls, (PyFunction) fn)) {
                            ((PyFunction) fn).setDefiningClass(t.ts, cls);
                        }
                    } finally {
                        RefCount.decref(t.ts, v);
                    }
                }
            } finally {
                RefCount.decref(t.ts, it);
            }
        }
    }

    static final class Delete extends Stmt {
        final Expr[] targets;

        Delete(Expr[] targets) {
            this.targets = targets;
        }

        @Override
        int exec(Frame f) {
            for (Expr t : targets) {
                t.delete(f);
            }
            return NORMAL;
        }
    }

    static final class Assert extends Stmt {
        final Expr test;
        final Expr msg;

        Assert(Expr test, Expr msg) {
            this.test = test;
            this.msg = msg;
        }

        @Override
        int exec(Frame f) {
            if (f.t.interp.flags.optimize > 0 || truthOf(f, test)) { // -O: CPython compiles no assert at all
                return NORMAL;
            }
            if (msg == null) {
                throw Errors.raise(f.t, "AssertionError", null).at(f, test); // at the test, as CPython's
            }
            PyObject m = msg.eval(f);
            try {
                throw Errors.raiseWith(f.t, "AssertionError", m).at(f, test);
            } finally {
                RefCount.decref(f.ts, m);
            }
        }
    }

    static final class Raise extends Stmt {
        final Expr exc;
        final Expr cause;

        Raise(Expr exc, Expr cause) {
            this.exc = exc;
            this.cause = cause;
        }

        @Override
        int exec(Frame f) {
            PyThread t = f.t;
            ThreadState ts = f.ts;
            if (exc == null) {
                if (t.handling.isEmpty()) {
                    throw Errors.raise(t, "RuntimeError", "No active exception to reraise");
                }
                PyBaseExc e = t.handling.get(t.handling.size() - 1);
                RefCount.incref(ts, e);
                PyRaise again = new PyRaise(e);
                again.tracedIn = f; // CPython's bare raise adds no entry for the frame it runs in
                again.bare = true;
                throw again;
            }
            PyBaseExc e = instantiate(t, exc.eval(f), "exceptions must derive from BaseException");
            try {
                if (cause != null) {
                    PyObject c = cause.eval(f);
                    try {
                        if (c == PyNone.NONE) {
                            e.setCause(ts, null);
                        } else {
                            PyBaseExc ce = instantiate(t, RefCount.newRef(ts, c),
                                    "exception causes must derive from BaseException");
                            e.setCause(ts, ce);
                            RefCount.decref(ts, ce);
                        }
                        e.suppressContext = true;
                    } finally {
                        RefCount.decref(ts, c);
                    }
                }
                if (!t.handling.isEmpty()) { // CPython sets it on every raise while handling, whatever it was
                    e.setContext(ts, t.handling.get(t.handling.size() - 1));
                    e.contextFixed = true;
                }
            } catch (RuntimeException x) {
                RefCount.decref(ts, e);
                throw x;
            }
            throw new PyRaise(e);
        }

        /** An exception instance from a raised value (taken over): an instance, or a class called with no args. */
        static PyBaseExc instantiate(PyThread t, PyObject v, String message) {
            ThreadState ts = t.ts;
            if (v instanceof PyBaseExc) {
                return (PyBaseExc) v;
            }
            try {
                if (v instanceof PyClass && ((PyClass) v).isException) {
                    PyObject inst = Ops.call(t, v, Ops.NO_ARGS, null);
                    if (!(inst instanceof PyBaseExc)) { // a __new__ that answered something else: CPython's do_raise
                        String got = Ops.reprString(t, inst.type());
                        RefCount.decref(ts, inst);
                        throw Errors.typeError(t, "calling " + Ops.reprString(t, v)
                                + " should have returned an instance of BaseException, not " + got);
                    }
                    return (PyBaseExc) inst;
                }
                throw Errors.typeError(t, message);
            } finally {
                RefCount.decref(ts, v);
            }
        }
    }

    /** One {@code except} clause. */
    static final class Handler {
        final Expr type;
        final Expr name;
        final Stmt body;
        final int line;

        Handler(Expr type, Expr name, Stmt body, int line) {
            this.type = type;
            this.name = name;
            this.body = body;
            this.line = line;
        }
    }

    static final class Try extends Stmt {
        final Stmt body;
        final Handler[] handlers;
        final Stmt orelse;
        final Stmt finalbody;
        /** The handlers are except* clauses (PEP 654): {@link #handleStar}. Set by the parser. */
        boolean star;

        Try(Stmt body, Handler[] handlers, Stmt orelse, Stmt finalbody) {
            this.body = body;
            this.handlers = handlers;
            this.orelse = orelse;
            this.finalbody = finalbody;
        }

        @Override
        int exec(Frame f) {
            if (finalbody == null) {
                return tryExcept(f);
            }
            int r;
            try {
                r = tryExcept(f);
            } catch (RuntimeException | StackOverflowError e) {
                PyRaise pending = e instanceof PyRaise ? (PyRaise) e : Errors.fromJava(f.t, e);
                f.traceHere(pending); // at the line the exception reached, before the finally clause moves f.line
                f.t.handling.add(pending.exc);
                int fr;
                try {
                    fr = finalbody.exec(f);
                } catch (RuntimeException e2) {
                    PyRaise r2 = e2 instanceof PyRaise ? (PyRaise) e2 : Errors.fromJava(f.t, e2);
                    if (r2 != pending) { // a bare raise of the same exception is a raise owning its own reference
                        if (r2.exc != pending.exc && r2.exc.context == null && !r2.exc.contextFixed) {
                            r2.exc.setContext(f.ts, pending.exc);
                        }
                        pending.release(f.ts);
                    }
                    throw r2;
                } finally {
                    f.t.handling.remove(f.t.handling.size() - 1);
                }
                if (fr != NORMAL) {
                    pending.release(f.ts); // a return, break or continue in finally discards the exception
                    return fr;
                }
                throw pending;
            }
            PyObject saved = null;
            if (r == RETURN) {
                saved = f.retval;
                f.retval = null;
            }
            int fr;
            try {
                fr = finalbody.exec(f);
            } catch (RuntimeException e) {
                if (saved != null) {
                    RefCount.decref(f.ts, saved);
                }
                throw e;
            }
            if (fr != NORMAL) {
                if (saved != null) {
                    RefCount.decref(f.ts, saved);
                }
                return fr;
            }
            if (saved != null) {
                f.retval = saved;
            }
            return r;
        }

        private int tryExcept(Frame f) {
            if (handlers.length == 0) {
                int r = body.exec(f);
                return r == NORMAL && orelse != null ? orelse.exec(f) : r;
            }
            PyRaise raised;
            try {
                int r = body.exec(f);
                if (r != NORMAL || orelse == null) {
                    return r;
                }
            } catch (PyRaise e) {
                raised = e;
                f.traceHere(raised); // before the handlers move f.line
                return star ? handleStar(f, raised) : handle(f, raised);
            } catch (PyException | TextError | SyntaxErrorException | StackOverflowError
                    | ArithmeticException e) { // a SyntaxError from an import or compile in the body, too
                raised = Errors.fromJava(f.t, e);
                f.traceHere(raised);
                return star ? handleStar(f, raised) : handle(f, raised);
            }
            return orelse.exec(f);
        }

        /**
         * The index of the first handler whose class matches {@code raised}, or -1; an error while evaluating or
         * matching a handler's class releases {@code raised} and propagates (also GenStmts.Try's).
         */
        static int matchingHandler(Frame f, Handler[] handlers, PyRaise raised) {
            PyThread t = f.t;
            ThreadState ts = f.ts;
            for (int k = 0; k < handlers.length; k++) {
                Handler h = handlers[k];
                f.line = h.line;
                if (h.type == null) {
                    return k;
                }
                PyObject ty;
                try {
                    ty = h.type.eval(f);
                } catch (RuntimeException e) {
                    raised.release(ts);
                    throw e;
                }
                try {
                    if (matches(t, raised.exc, ty)) {
                        return k;
                    }
                } catch (RuntimeException e) {
                    raised.release(ts);
                    throw e;
                } finally {
                    RefCount.decref(ts, ty);
                }
            }
            return -1;
        }

        private int handle(Frame f, PyRaise raised) {
            PyThread t = f.t;
            ThreadState ts = f.ts;
            PyBaseExc exc = raised.exc;
            int k = matchingHandler(f, handlers, raised);
            if (k >= 0) {
                Handler h = handlers[k];
                t.handling.add(exc);
                try {
                    if (h.name != null) {
                        h.name.assign(f, exc);
                    }
                    int r;
                    try {
                        r = h.body.exec(f);
                    } catch (RuntimeException e) {
                        PyRaise r2 = e instanceof PyRaise ? (PyRaise) e : Errors.fromJava(t, e);
                        if (r2.exc != exc && r2.exc.context == null && !r2.exc.contextFixed) {
                            r2.exc.setContext(ts, exc);
                        }
                        throw r2;
                    } finally {
                        if (h.name != null) {
                            try {
                                h.name.delete(f);
                            } catch (PyRaise ignored) {
                                ignored.release(ts); // the handler deleted the name itself
                            }
                        }
                    }
                    return r;
                } finally {
                    t.handling.remove(t.handling.size() - 1);
                    raised.release(ts);
                }
            }
            throw raised;
        }

        /**
         * The except* clauses (PEP 654), as CPython 3.13 runs them: a raised exception that is not a group is wrapped
         * in one ({@code ExceptionGroup('', (exc,))}); each clause takes what {@code split} matches of what the
         * earlier clauses left, bound as a group, and runs once if anything matched. What goes on: nothing, if every
         * leaf was handled and no handler raised; else the handlers' new exceptions (each with the group it handled
         * as its context) followed by the leaves re-raised (a bare {@code raise}) or left unmatched, kept in the
         * original group's structure ({@code split} by identity); one item alone as it is, several in an
         * {@code ExceptionGroup('', [...])}. A raised exception that no clause matched goes on unchanged.
         */
        private int handleStar(Frame f, PyRaise raised) {
            PyThread t = f.t;
            ThreadState ts = f.ts;
            PyBaseExc orig = raised.exc;
            PyObject baseGroup = Ops.getOrNull(ts, t.interp.builtins, t.interp.str("BaseExceptionGroup"));
            RefCount.decref(ts, baseGroup); // a built-in: the builtins dict keeps it
            boolean naked = !(baseGroup instanceof PyType) || !orig.cls().isSubtypeOf((PyType) baseGroup);
            java.util.List<PyObject> added = new java.util.ArrayList<>(); // new exceptions, then re-raised groups
            java.util.List<PyObject> reraised = new java.util.ArrayList<>();
            PyObject rest = null;
            try {
                rest = RefCount.newRef(ts, orig);
                for (Handler h : handlers) {
                    if (rest == null) {
                        break;
                    }
                    f.line = h.line;
                    PyObject match;
                    PyObject ty = h.type.eval(f);
                    try {
                        checkStarType(t, ty, (PyType) baseGroup);
                        if (naked) { // matched as it is, and handled wrapped: ExceptionGroup('', (exc,))
                            if (!matches(t, orig, ty)) {
                                continue;
                            }
                            PyObject one = PyTuple.stealing(ts, RefCount.newRef(ts, orig));
                            try {
                                match = Ops.call(t, baseGroup, new PyObject[] {t.interp.str(""), one}, null);
                            } finally {
                                RefCount.decref(ts, one);
                            }
                            RefCount.decref(ts, rest);
                            rest = null;
                        } else {
                            PyObject pair = Ops.callAttr(t, rest, t.interp.str("split"), new PyObject[] {ty}, null);
                            try {
                                PyTuple p = (PyTuple) pair;
                                PyObject m = p.getItemBorrowed(0);
                                match = m == PyNone.NONE ? null : RefCount.newRef(ts, m);
                                PyObject r = p.getItemBorrowed(1);
                                RefCount.decref(ts, rest);
                                rest = r == PyNone.NONE ? null : RefCount.newRef(ts, r);
                            } finally {
                                RefCount.decref(ts, pair);
                            }
                        }
                    } finally {
                        RefCount.decref(ts, ty);
                    }
                    if (match == null) {
                        continue;
                    }
                    t.handling.add((PyBaseExc) match);
                    try {
                        if (h.name != null) {
                            h.name.assign(f, match);
                        }
                        h.body.exec(f); // no return, break or continue here (the parser refuses them)
                    } catch (RuntimeException e) {
                        PyRaise r2 = e instanceof PyRaise ? (PyRaise) e : Errors.fromJava(t, e);
                        if (r2.bare && r2.exc == match) {
                            reraised.add(RefCount.newRef(ts, match));
                        } else {
                            if (r2.exc != match && r2.exc.context == null && !r2.exc.contextFixed) {
                                r2.exc.setContext(ts, (PyBaseExc) match);
                            }
                            added.add(RefCount.newRef(ts, r2.exc));
                        }
                        r2.release(ts);
                    } finally {
                        if (h.name != null) {
                            try {
                                h.name.delete(f);
                            } catch (PyRaise ignored) {
                                ignored.release(ts); // the handler deleted the name itself
                            }
                        }
                        t.handling.remove(t.handling.size() - 1);
                        RefCount.decref(ts, match);
                    }
                }
                if (naked && rest != null) {
                    releaseAll(ts, added);
                    releaseAll(ts, reraised);
                    RefCount.decref(ts, rest);
                    rest = null;
                    throw raised; // no clause matched: it goes on as it was
                }
                if (naked) {
                    added.addAll(reraised); // the wrapping group, re-raised
                    reraised.clear();
                } else if (rest != null || !reraised.isEmpty()) {
                    added.add(keptPart(t, orig, rest, reraised));
                }
                if (added.isEmpty()) {
                    raised.release(ts);
                    return NORMAL;
                }
                PyObject result;
                if (added.size() == 1) {
                    result = added.remove(0);
                } else {
                    PyObject list = dev.freethread.list.PyList.of(ts, added.toArray(new PyObject[0]));
                    try {
                        result = Ops.call(t, baseGroup, new PyObject[] {t.interp.str(""), list}, null);
                    } finally {
                        RefCount.decref(ts, list);
                    }
                }
                if (result == orig) {
                    RefCount.decref(ts, result);
                    throw raised;
                }
                raised.release(ts);
                PyRaise out = new PyRaise((PyBaseExc) result);
                out.starResult = true;
                throw out;
            } catch (RuntimeException e) {
                if (e == raised || e instanceof PyRaise && ((PyRaise) e).starResult) {
                    throw e;
                }
                // an error of the clauses' own (a bad type, a failing split): raised while handling the original
                PyRaise r2 = e instanceof PyRaise ? (PyRaise) e : Errors.fromJava(t, e);
                if (r2.exc != orig && r2.exc.context == null && !r2.exc.contextFixed) {
                    r2.exc.setContext(ts, orig);
                }
                raised.release(ts);
                throw r2;
            } finally {
                releaseAll(ts, added);
                releaseAll(ts, reraised);
                RefCount.xdecref(ts, rest);
            }
        }

        private static void releaseAll(ThreadState ts, java.util.List<PyObject> objects) {
            for (PyObject o : objects) {
                RefCount.decref(ts, o);
            }
            objects.clear();
        }

        /** except*'s clause type: an exception class or a tuple of them, never an exception group's class. */
        private static void checkStarType(PyThread t, PyObject ty, PyType baseGroup) {
            if (ty instanceof PyTuple) {
                PyTuple tu = (PyTuple) ty;
                for (int i = 0; i < tu.size(); i++) {
                    checkStarType(t, tu.getItemBorrowed(i), baseGroup);
                }
                return;
            }
            if (!(ty instanceof PyClass) || !((PyClass) ty).isException) {
                throw Errors.typeError(t, "catching classes that do not inherit from BaseException is not allowed");
            }
            if (((PyClass) ty).isSubtypeOf(baseGroup)) {
                throw Errors.typeError(t, "catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }

        /**
         * The part of {@code orig} whose leaves are in {@code rest} or in a re-raised group: {@code orig.split} by
         * identity, so the original nesting, message and metadata are kept.
         */
        private static PyObject keptPart(PyThread t, PyBaseExc orig, PyObject rest, java.util.List<PyObject> reraised) {
            java.util.Set<PyObject> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            if (rest != null) {
                leaves(t, rest, keep);
            }
            for (PyObject g : reraised) {
                leaves(t, g, keep);
            }
            PyObject pred = new PyBuiltin("_kept", (tt, a, kw) -> PyBool.of(a.length == 1 && keep.contains(a[0])));
            PyObject pair = Ops.callAttr(t, orig, t.interp.str("split"), new PyObject[] {pred}, null);
            try {
                return RefCount.newRef(t.ts, ((PyTuple) pair).getItemBorrowed(0));
            } finally {
                RefCount.decref(t.ts, pair);
            }
        }

        /** The exceptions that are not groups, at any depth of group {@code g}. */
        private static void leaves(PyThread t, PyObject g, java.util.Set<PyObject> into) {
            PyObject excs = Ops.getAttrOrNull(t, g, t.interp.str("exceptions"));
            if (!(excs instanceof PyTuple)) {
                RefCount.xdecref(t.ts, excs);
                into.add(g);
                return;
            }
            try {
                PyTuple tu = (PyTuple) excs;
                for (int i = 0; i < tu.size(); i++) {
                    leaves(t, tu.getItemBorrowed(i), into);
                }
            } finally {
                RefCount.decref(t.ts, excs);
            }
        }

        static boolean matches(PyThread t, PyBaseExc exc, PyObject ty) {
            if (ty instanceof PyTuple) {
                PyTuple tu = (PyTuple) ty;
                for (int i = 0; i < tu.size(); i++) { // every entry checked first, as CPython's CHECK_EXC_MATCH
                    PyObject c = tu.getItemBorrowed(i);
                    if (!(c instanceof PyClass) || !((PyClass) c).isException) {
                        throw Errors.typeError(t, "catching classes that do not inherit from BaseException is not "
                                + "allowed");
                    }
                }
                for (int i = 0; i < tu.size(); i++) {
                    if (exc.cls().isSubtypeOf((PyType) tu.getItemBorrowed(i))) {
                        return true;
                    }
                }
                return false;
            }
            if (!(ty instanceof PyClass) || !((PyClass) ty).isException) {
                throw Errors.typeError(t, "catching classes that do not inherit from BaseException is not allowed");
            }
            return exc.cls().isSubtypeOf((PyType) ty);
        }
    }

    static final class With extends Stmt {
        final Expr ctx;
        final Expr target;
        final Stmt body;

        With(Expr ctx, Expr target, Stmt body) {
            this.ctx = ctx;
            this.target = target;
            this.body = body;
        }

        @Override
        int exec(Frame f) {
            PyThread t = f.t;
            ThreadState ts = f.ts;
            PyObject mgr = ctx.eval(f);
            try {
                PyStr enterName = t.interp.str("__enter__");
                PyStr exitName = t.interp.str("__exit__");
                PyObject exit = Ops.getAttrOrNull(t, mgr, exitName);
                if (exit == null || !hasAttr(t, mgr, enterName)) {
                    RefCount.xdecref(ts, exit);
                    throw noContextManager(t, mgr, "__enter__", "__exit__", "");
                }
                try {
                    PyObject entered = Ops.callAttr(t, mgr, enterName, Ops.NO_ARGS, null);
                    try {
                        if (target != null) {
                            target.assign(f, entered);
                        }
                    } finally {
                        RefCount.decref(ts, entered);
                    }
                    int r;
                    try {
                        r = body.exec(f);
                    } catch (RuntimeException e) {
                        // the traceback names the body's line, where it raised; __exit__ then runs on the with
                        // statement's line, as CPython's (the line was set first, and the entry took the with's)
                        PyRaise raised = e instanceof PyRaise ? (PyRaise) e : Errors.fromJava(t, e);
                        f.traceHere(raised);
                        f.line = line;
                        return exitOnRaise(f, exit, raised);
                    }
                    f.line = line;
                    RefCount.decref(ts, Ops.call(t, exit, new PyObject[] {PyNone.NONE, PyNone.NONE, PyNone.NONE},
                            null));
                    return r;
                } finally {
                    RefCount.decref(ts, exit);
                }
            } finally {
                RefCount.decref(ts, mgr);
            }
        }
    }

    /**
     * {@code async with} (PEP 492), in a coroutine: as a with statement, but {@code type(mgr).__aenter__} and
     * {@code __aexit__}, each awaited ({@link Exprs#awaitValue}).
     */
    static final class AsyncWith extends Stmt {
        final Expr ctx;
        final Expr target;
        final Stmt body;

        AsyncWith(Expr ctx, Expr target, Stmt body) {
            this.ctx = ctx;
            this.target = target;
            this.body = body;
        }

        @Override
        int exec(Frame f) {
            PyThread t = f.t;
            ThreadState ts = f.ts;
            PyObject mgr = ctx.eval(f);
            try {
                PyClass cls = mgr instanceof PyInstance ? ((PyInstance) mgr).cls() : null;
                PyObject enter = cls == null ? null : cls.lookup(t, "__aenter__");
                PyObject exit = cls == null ? null : cls.lookup(t, "__aexit__");
                if (enter == null || exit == null) {
                    RefCount.xdecref(ts, enter);
                    RefCount.xdecref(ts, exit);
                    throw Errors.typeError(t, "'" + mgr.type().name()
                            + "' object does not support the asynchronous context manager protocol"
                            + (enter != null ? " (missed __aexit__ method)" : ""));
                }
                try {
                    PyObject entered;
                    PyObject awaitable = Ops.callMethod(t, enter, mgr, Ops.NO_ARGS, null);
                    try {
                        entered = Exprs.awaitValue(t, awaitable,
                                "'async with' received an object from __aenter__ that does not implement __await__");
                    } finally {
                        RefCount.decref(ts, awaitable);
                    }
                    try {
                        if (target != null) {
                            target.assign(f, entered);
                        }
                    } finally {
                        RefCount.decref(ts, entered);
                    }
                    int r;
                    try {
                        r = body.exec(f);
                    } catch (RuntimeException e) {
                        PyRaise raised = e instanceof PyRaise ? (PyRaise) e : Errors.fromJava(t, e);
                        f.traceHere(raised);
                        PyObject res;
                        t.handling.add(raised.exc);
                        PyObject tb = PyTraceback.of(ts, raised.exc);
                        try {
                            res = awaitCall(t, exit, mgr, new PyObject[] {raised.exc.cls(), raised.exc, tb}, AEXIT);
                        } catch (RuntimeException e2) {
                            throw raisedInExit(t, raised, e2);
                        } finally {
                            RefCount.decref(ts, tb);
                            t.handling.remove(t.handling.size() - 1);
                        }
                        boolean suppress;
                        try {
                            suppress = Ops.truth(t, res);
                        } finally {
                            RefCount.decref(ts, res);
                        }
                        if (suppress) {
                            raised.release(ts);
                            return NORMAL;
                        }
                        throw raised;
                    }
                    RefCount.decref(ts, awaitCall(t, exit, mgr, new PyObject[] {PyNone.NONE, PyNone.NONE,
                        PyNone.NONE}, AEXIT));
                    return r;
                } finally {
                    RefCount.decref(ts, enter);
                    RefCount.decref(ts, exit);
                }
            } finally {
                RefCount.decref(ts, mgr);
            }
        }
    }

    /** {@code type(src).__aiter__(src)} (a new reference), as {@code async for} takes it. */
    static PyObject aiter(PyThread t, PyObject src) {
        if (src instanceof PyCoroutine && ((PyCoroutine) src).asyncGen) {
            return RefCount.newRef(t.ts, src);
        }
        PyObject m = src instanceof PyInstance ? ((PyInstance) src).cls().lookup(t, "__aiter__") : null;
        if (m == null) {
            throw Errors.typeError(t, "'async for' requires an object with __aiter__ method, got "
                    + Ops.typeName(src));
        }
        try {
            return Ops.callMethod(t, m, src, Ops.NO_ARGS, null);
        } finally {
            RefCount.decref(t.ts, m);
        }
    }

    /** {@code await type(it).__anext__(it)} (a new reference), or null at StopAsyncIteration. */
    static PyObject anext(PyThread t, PyObject it) {
        ThreadState ts = t.ts;
        try {
            if (it instanceof PyCoroutine && ((PyCoroutine) it).asyncGen) {
                PyCoroutine.ASend step = new PyCoroutine.ASend(ts, (PyCoroutine) it, null, null, false);
                try {
                    return step.await(t);
                } finally {
                    RefCount.decref(ts, step);
                }
            }
            PyObject m = it instanceof PyInstance ? ((PyInstance) it).cls().lookup(t, "__anext__") : null;
            if (m == null) {
                throw Errors.typeError(t, "'async for' received an object from __aiter__ that does not implement "
                        + "__anext__: " + Ops.typeName(it));
            }
            try {
                return awaitCall(t, m, it, Ops.NO_ARGS, "'async for' received an invalid object from __anext__");
            } finally {
                RefCount.decref(ts, m);
            }
        } catch (PyRaise e) {
            if (e.exc.cls().isSubtypeOf(t.interp.exceptionClass("StopAsyncIteration"))) {
                e.release(ts);
                return null;
            }
            throw e;
        }
    }

    /** CPython 3.13's message for an {@code __aexit__} whose result cannot be awaited (then ": TYPE"). */
    private static final String AEXIT = "'async with' received an object from __aexit__ that does not implement "
            + "__await__";

    /** {@code await method(self, *args)} (a new reference). */
    static PyObject awaitCall(PyThread t, PyObject method, PyObject self, PyObject[] args) {
        return awaitCall(t, method, self, args, null);
    }

    /** As above, with the statement's message for a result that cannot be awaited ({@link Exprs#awaitValue}). */
    static PyObject awaitCall(PyThread t, PyObject method, PyObject self, PyObject[] args, String notAwaitable) {
        PyObject awaitable = Ops.callMethod(t, method, self, args, null);
        try {
            return Exprs.awaitValue(t, awaitable, notAwaitable);
        } finally {
            RefCount.decref(t.ts, awaitable);
        }
    }

    /**
     * {@code async for} (PEP 492), in a coroutine: {@code type(x).__aiter__(x)} once, then {@code await
     * type(it).__anext__(it)} for each item until StopAsyncIteration; break, continue, return and else as a for loop.
     */
    static final class AsyncFor extends Stmt {
        final Expr target;
        final Expr iter;
        final Stmt body;
        final Stmt orelse;

        AsyncFor(Expr target, Expr iter, Stmt body, Stmt orelse) {
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        int exec(Frame f) {
            PyThread t = f.t;
            ThreadState ts = f.ts;
            PyObject src = iter.eval(f);
            if (src instanceof PyCoroutine && ((PyCoroutine) src).asyncGen) {
                try {
                    return overAsyncGenerator(f, (PyCoroutine) src);
                } finally {
                    RefCount.decref(ts, src);
                }
            }
            PyObject it;
            try {
                PyObject aiter = src instanceof PyInstance ? ((PyInstance) src).cls().lookup(t, "__aiter__") : null;
                if (aiter == null) {
                    throw Errors.typeError(t, "'async for' requires an object with __aiter__ method, got "
                            + Ops.typeName(src));
                }
                try {
                    it = Ops.callMethod(t, aiter, src, Ops.NO_ARGS, null);
                } finally {
                    RefCount.decref(ts, aiter);
                }
            } finally {
                RefCount.decref(ts, src);
            }
            if (it instanceof PyCoroutine && ((PyCoroutine) it).asyncGen) { // an async def __aiter__ with yields
                try {
                    return overAsyncGenerator(f, (PyCoroutine) it);
                } finally {
                    RefCount.decref(ts, it);
                }
            }
            try {
                PyObject anext = it instanceof PyInstance ? ((PyInstance) it).cls().lookup(t, "__anext__") : null;
                if (anext == null) {
                    throw Errors.typeError(t, "'async for' received an object from __aiter__ that does not "
                            + "implement __anext__: " + Ops.typeName(it));
                }
                try {
                    while (true) {
                        f.line = line;
                        PyObject v;
                        try {
                            v = awaitCall(t, anext, it, Ops.NO_ARGS,
                                    "'async for' received an invalid object from __anext__");
                        } catch (PyRaise e) {
                            if (e.exc.cls().isSubtypeOf(t.interp.exceptionClass("StopAsyncIteration"))) {
                                e.release(ts);
                                break;
                            }
                            throw e;
                        }
                        try {
                            target.assign(f, v);
                        } finally {
                            RefCount.decref(ts, v);
                        }
                        int r = backEdge(f, body.exec(f));
                        if (r >= 0) {
                            return r;
                        }
                    }
                } finally {
                    RefCount.decref(ts, anext);
                }
            } finally {
                RefCount.decref(ts, it);
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }

        /** {@code async for} over an asynchronous generator of ours: each step awaits its {@code __anext__()}. */
        private int overAsyncGenerator(Frame f, PyCoroutine gen) {
            PyThread t = f.t;
            ThreadState ts = f.ts;
            while (true) {
                f.line = line;
                PyObject v;
                PyCoroutine.ASend step = new PyCoroutine.ASend(ts, gen, null, null, false);
                try {
                    v = step.await(t);
                } catch (PyRaise e) {
                    if (e.exc.cls().isSubtypeOf(t.interp.exceptionClass("StopAsyncIteration"))) {
                        e.release(ts);
                        break;
                    }
                    throw e;
                } finally {
                    RefCount.decref(ts, step);
                }
                try {
                    target.assign(f, v);
                } finally {
                    RefCount.decref(ts, v);
                }
                int r = backEdge(f, body.exec(f));
                if (r >= 0) {
                    return r;
                }
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    /**
     * A with statement's body raised {@code e}: {@code __exit__} hears of it (while it is being handled); NORMAL when
     * it suppresses it, else the exception goes on (also GenStmts.With's).
     */
    /**
     * CPython 3.13's TypeError for a with statement's manager without {@code exitName}: it names the missing
     * {@code __exit__} when the manager has {@code __enter__}.
     */
    private static boolean hasAttr(PyThread t, PyObject o, PyStr name) {
        PyObject v = Ops.getAttrOrNull(t, o, name);
        RefCount.xdecref(t.ts, v);
        return v != null;
    }

    static PyRaise noContextManager(PyThread t, PyObject mgr, String enterName, String exitName, String kind) {
        PyObject enter = Ops.getAttrOrNull(t, mgr, t.interp.str(enterName));
        RefCount.xdecref(t.ts, enter);
        return Errors.typeError(t, "'" + mgr.type().name() + "' object does not support the " + kind
                + "context manager protocol" + (enter != null ? " (missed " + exitName + " method)" : ""));
    }

    /**
     * {@code __exit__} raised {@code e2} while it was told of {@code raised}: the new exception's context is the one
     * being handled (also when Java raised it, a NameError say), as CPython chains it; {@code raised}'s reference is
     * dropped.
     */
    static PyRaise raisedInExit(PyThread t, PyRaise raised, RuntimeException e2) {
        PyRaise r2 = e2 instanceof PyRaise ? (PyRaise) e2 : Errors.fromJava(t, e2);
        if (r2.exc != raised.exc && r2.exc.context == null && !r2.exc.contextFixed) {
            r2.exc.setContext(t.ts, raised.exc);
        }
        raised.release(t.ts); // as before: the exit call's exception owns its own reference
        return r2;
    }

    static int exitOnRaise(Frame f, PyObject exit, RuntimeException e) {
        PyThread t = f.t;
        ThreadState ts = f.ts;
        PyRaise raised = e instanceof PyRaise ? (PyRaise) e : Errors.fromJava(t, e);
        f.traceHere(raised);
        PyObject res;
        t.handling.add(raised.exc);
        PyObject tb = PyTraceback.of(ts, raised.exc);
        try {
            res = Ops.call(t, exit, new PyObject[] {raised.exc.cls(), raised.exc, tb}, null);
        } catch (RuntimeException e2) {
            throw raisedInExit(t, raised, e2);
        } finally {
            RefCount.decref(ts, tb);
            t.handling.remove(t.handling.size() - 1);
        }
        boolean suppress;
        try {
            suppress = Ops.truth(t, res);
        } finally {
            RefCount.decref(ts, res);
        }
        if (suppress) {
            raised.release(ts);
            return Stmt.NORMAL;
        }
        throw raised;
    }

    /** {@code global} and {@code nonlocal}: declarations only (resolution used them). */
    static final class Declaration extends Stmt {
        @Override
        int exec(Frame f) {
            return NORMAL;
        }
    }

    /** {@code import m [as n]} and {@code from m import a [as b]}. */
    static final class Import extends Stmt {
        /** The names of {@code from m import *}: the module's {@code __all__}, or its public names. */
        static final String[] STAR = {"*"};

        final String module;
        final Expr target; // for "import m"
        final String[] names; // for "from m import ..."
        final Expr[] targets;
        /** {@code import a.b} without {@code as}: binds {@code a}, once {@code a.b} is found. */
        boolean bindsTop;
        /** The leading dots of {@code from .m import x}: 0 for an absolute import. */
        int level;

        Import(String module, Expr target, String[] names, Expr[] targets) {
            this.module = module;
            this.target = target;
            this.names = names;
            this.targets = targets;
        }

        @Override
        int exec(Frame f) {
            // CPython's IMPORT_NAME calls the __import__ its builtins hold: a replaced one (an import hook, a test's
            // mock) is called as CPython calls it; the built-in one is the direct path below.
            PyObject imp = f.t.interp.lookupBuiltin(f.t, f.builtins, f.t.interp.str("__import__"));
            if (imp == null) {
                throw Errors.raise(f.t, "ImportError", "__import__ not found");
            }
            if (!(imp instanceof PyBuiltin && ((PyBuiltin) imp).name.equals("__import__"))) {
                try {
                    return execThrough(f, imp);
                } finally {
                    RefCount.decref(f.ts, imp);
                }
            }
            RefCount.decref(f.ts, imp);
            String module = level == 0 ? this.module : Modules.resolveRelative(f.t, f.globals, this.module, level);
            PyObject m = Modules.importModule(f.t, module);
            try {
                if (names == null) {
                    if (bindsTop) {
                        PyObject top = Modules.importModule(f.t, module.substring(0, module.indexOf('.')));
                        try {
                            target.assign(f, top);
                        } finally {
                            RefCount.decref(f.ts, top);
                        }
                        return NORMAL;
                    }
                    target.assign(f, m);
                    return NORMAL;
                }
                if (names == STAR) {
                    importStar(f, m);
                    return NORMAL;
                }
                for (int i = 0; i < names.length; i++) {
                    PyObject v = Ops.getAttrOrNull(f.t, m, f.t.interp.str(names[i]));
                    if (v == null) {
                        v = Modules.importFromPackage(f.t, m, module, names[i]);
                    }
                    if (v == null) {
                        throw Modules.cannotImportName(f.t, m, module, names[i]);
                    }
                    try {
                        targets[i].assign(f, v);
                    } finally {
                        RefCount.decref(f.ts, v);
                    }
                }
                return NORMAL;
            } finally {
                RefCount.decref(f.ts, m);
            }
        }

        /**
         * The statement through a replaced {@code __import__}: {@code imp(name, globals, locals, fromlist, level)} as
         * CPython's IMPORT_NAME calls it (locals: a class body's namespace or exec's mapping, a module's globals, None
         * in a function; fromlist None for {@code import m}, the names for {@code from m import ...}). {@code import a.b}
         * binds what it answers; {@code import a.b as c} and {@code from} take attributes of it, falling back to
         * sys.modules for a submodule (CPython's IMPORT_FROM).
         */
        private int execThrough(Frame f, PyObject imp) {
            PyThread t = f.t;
            ThreadState ts = f.ts;
            PyObject fromlist;
            if (names == null) {
                fromlist = PyNone.NONE;
            } else {
                PyObject[] items = new PyObject[names.length];
                for (int i = 0; i < items.length; i++) {
                    items[i] = t.interp.str(names[i]);
                }
                fromlist = PyTuple.stealing(ts, items); // interned names: immortal
            }
            PyObject locals = f.ns != null ? f.ns : f.func == null ? f.globals : PyNone.NONE;
            PyObject lv = PyInt.of(ts, level);
            PyObject m;
            try {
                m = Ops.call(t, imp, new PyObject[] {t.interp.str(module), f.globals, locals, fromlist, lv}, null);
            } finally {
                RefCount.decref(ts, lv);
                RefCount.decref(ts, fromlist);
            }
            try {
                if (names == null) {
                    if (bindsTop || !module.contains(".")) {
                        target.assign(f, m);
                        return NORMAL;
                    }
                    PyObject v = RefCount.newRef(ts, m); // import a.b.c as d: a's b's c
                    String[] parts = module.split("\\.");
                    for (int i = 1; i < parts.length; i++) {
                        PyObject next;
                        try {
                            next = importFrom(t, v, parts[i]);
                        } finally {
                            RefCount.decref(ts, v);
                        }
                        v = next;
                    }
                    try {
                        target.assign(f, v);
                    } finally {
                        RefCount.decref(ts, v);
                    }
                    return NORMAL;
                }
                if (names == STAR) {
                    importStar(f, m);
                    return NORMAL;
                }
                for (int i = 0; i < names.length; i++) {
                    PyObject v = importFrom(t, m, names[i]);
                    try {
                        targets[i].assign(f, v);
                    } finally {
                        RefCount.decref(ts, v);
                    }
                }
                return NORMAL;
            } finally {
                RefCount.decref(ts, m);
            }
        }

        /**
         * CPython's IMPORT_FROM: {@code m.name}, else the submodule {@code m.__name__ + '.' + name} in sys.modules,
         * else ImportError naming the module ({@code '<unknown module name>'} for an object without a str
         * {@code __name__}) and its file.
         */
        private static PyObject importFrom(PyThread t, PyObject m, String name) {
            PyObject v = Ops.getAttrOrNull(t, m, t.interp.str(name));
            if (v != null) {
                return v;
            }
            PyObject pn = Ops.getAttrOrNull(t, m, t.interp.str("__name__"));
            String pkg = pn instanceof PyStr ? ((PyStr) pn).value() : null;
            RefCount.xdecref(t.ts, pn);
            if (pkg != null) {
                PyObject sub = t.interp.modules.get(pkg + "." + name);
                if (sub != null) {
                    return RefCount.newRef(t.ts, sub);
                }
            }
            throw Modules.cannotImportName(t, m, pkg == null ? "<unknown module name>" : pkg, name);
        }

        /**
         * {@code from m import *} (CPython's {@code import_all_from}): the names in {@code m.__all__}, each of which
         * must be a str and an attribute of {@code m}, or else every name in the module's dict that does not start
         * with an underscore; bound in the frame's namespace (a module's globals, or a class body's).
         */
        private void importStar(Frame f, PyObject m) {
            ThreadState ts = f.ts;
            boolean intoGlobals = f.ns == null;
            PyObject all = Ops.getAttrOrNull(f.t, m, f.t.interp.str("__all__"));
            PyObject names;
            boolean skipPrivate = all == null;
            if (all != null) {
                names = all;
            } else if (m instanceof PyDictHolder) {
                names = PyList.create(ts);
                PyDict d = ((PyDictHolder) m).dict();
                PyObject keys = Ops.iter(f.t, d);
                try {
                    for (PyObject k; (k = Ops.next(f.t, keys)) != null; ) {
                        ((PyList) names).append(ts, k);
                        RefCount.decref(ts, k);
                    }
                } finally {
                    RefCount.decref(ts, keys);
                }
            } else {
                throw Errors.raise(f.t, "ImportError", "from-import-* object has no __dict__ and no __all__");
            }
            try {
                PyObject it = Ops.iter(f.t, names);
                try {
                    for (PyObject name; (name = Ops.next(f.t, it)) != null; ) {
                        try {
                            if (!(name instanceof PyStr)) {
                                throw Errors.typeError(f.t, (skipPrivate ? "Key in " + module + ".__dict__"
                                        : "Item in " + module + ".__all__") + " must be str, not " + Ops.typeName(name));
                            }
                            if (skipPrivate && ((PyStr) name).value().startsWith("_")) {
                                continue;
                            }
                            PyObject v = Ops.getAttr(f.t, m, (PyStr) name);
                            try {
                                if (intoGlobals) {
                                    Exprs.Name.shareable(ts, v);
                                }
                                f.nsOrGlobalsSet(name, v);
                            } finally {
                                RefCount.decref(ts, v);
                            }
                        } finally {
                            RefCount.decref(ts, name);
                        }
                    }
                } finally {
                    RefCount.decref(ts, it);
                }
            } finally {
                RefCount.decref(ts, names);
            }
        }
    }

    /** The body of a comprehension's function: nested loops and conditions adding to the result. */
    static final class CompBody extends Stmt {
        static final int LIST = 0;
        static final int SET = 1;
        static final int DICT = 2;
        static final int GEN = 3;
        /** An asynchronous generator expression's body: each element is yielded to the consumer from the runner. */
        static final int AGEN = 4;

        final int kind;
        final Expr[] targets;
        final Expr[] iters; // iters[0] is unused: the function's argument ".0" (slot 0)
        final Expr[][] conds;
        final Expr elt;
        final Expr value; // dict comprehensions
        /** Which clauses are {@code async for} (an asynchronous comprehension), or null for none. */
        boolean[] async;
        /** The first iterable (evaluated in the enclosing scope): where a raise of its iterator is, for tracebacks. */
        Expr firstIter;

        /** Notes the raise of level {@code level}'s iterator at its iterable, as CPython's FOR_ITER; answers it. */
        RuntimeException atIterable(Frame f, RuntimeException x, int level) {
            Expr src = level == 0 ? firstIter : iters[level];
            return src == null ? x : PyRaise.at(f, src, x);
        }

        CompBody(int kind, Expr[] targets, Expr[] iters, Expr[][] conds, Expr elt, Expr value) {
            this.kind = kind;
            this.targets = targets;
            this.iters = iters;
            this.conds = conds;
            this.elt = elt;
            this.value = value;
        }

        @Override
        int exec(Frame f) {
            ThreadState ts = f.ts;
            if (kind == AGEN) {
                loop(f, 0, f.locals[0], null);
                return NORMAL;
            }
            PyObject result = kind == DICT ? PyDict.create(ts) : kind == SET ? new PySet(ts)
                    : dev.freethread.list.PyList.create(ts);
            try {
                loop(f, 0, f.locals[0], result);
            } catch (RuntimeException e) {
                RefCount.decref(ts, result);
                throw e;
            }
            if (kind == GEN) {
                PyObject it = ((dev.freethread.list.PyList) result).iter(ts);
                RefCount.decref(ts, result);
                result = it;
            }
            f.retval = result;
            return RETURN;
        }

        private void loop(Frame f, int level, PyObject it, PyObject result) {
            ThreadState ts = f.ts;
            boolean isAsync = async != null && async[level];
            while (true) {
                PyObject v;
                try {
                    v = isAsync ? anext(f.t, it) : Ops.next(f.t, it);
                } catch (RuntimeException r) {
                    throw atIterable(f, r, level);
                }
                if (v == null) {
                    return;
                }
                try {
                    targets[level].assign(f, v);
                } finally {
                    RefCount.decref(ts, v);
                }
                boolean ok = true;
                for (Expr c : conds[level]) {
                    if (!truthOf(f, c)) {
                        ok = false;
                        break;
                    }
                }
                if (!ok) {
                    continue;
                }
                if (level + 1 < targets.length) {
                    PyObject src = iters[level + 1].eval(f);
                    PyObject inner;
                    try {
                        inner = async != null && async[level + 1] ? aiter(f.t, src) : Ops.iter(f.t, src);
                    } catch (RuntimeException r) {
                        throw atIterable(f, r, level + 1);
                    } finally {
                        RefCount.decref(ts, src);
                    }
                    try {
                        loop(f, level + 1, inner, result);
                    } finally {
                        RefCount.decref(ts, inner);
                    }
                    continue;
                }
                if (kind == DICT) {
                    PyObject k = elt.eval(f);
                    try {
                        PyObject val = value.eval(f);
                        try {
                            ((PyDict) result).setItem(ts, k, val);
                        } finally {
                            RefCount.decref(ts, val);
                        }
                    } finally {
                        RefCount.decref(ts, k);
                    }
                } else if (kind == AGEN) {
                    PyObject sent = f.asyncGen.asyncYield(f.t, elt.eval(f)); // the element handed over
                    RefCount.xdecref(ts, sent);
                } else {
                    PyObject e = elt.eval(f);
                    try {
                        if (kind == SET) {
                            ((PySet) result).add(ts, e);
                        } else {
                            ((dev.freethread.list.PyList) result).append(ts, e);
                        }
                    } finally {
                        RefCount.decref(ts, e);
                    }
                }
                ts.poll();
            }
        }
    }

    static PyObject tupleOf(ThreadState ts, PyObject... items) {
        for (PyObject o : items) {
            RefCount.incref(ts, o);
        }
        return PyTuple.stealing(ts, items);
    }
}
