// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.list.PyList;
import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyException;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.util.ArrayList;
import java.util.List;

/** The expression nodes. Each {@code eval} answers a new reference; operands are released as soon as used. */
final class Exprs {
    private Exprs() {
    }

    /** A constant: immortal (code constants are made immortal, as CPython 3.13's free-threaded build does). */
    static final class Const extends Expr {
        final PyObject value;

        Const(PyObject value) {
            this.value = value;
        }

        @Override
        PyObject eval(Frame f) {
            return value;
        }

        @Override
        boolean evalFloat(Frame f) {
            if (value instanceof PyFloat) {
                f.floatValue = ((PyFloat) value).value;
                return true;
            }
            f.boxed = value;
            return false;
        }
    }

    /** A variable, resolved once the whole module is parsed ({@link Scope}). */
    static final class Name extends Expr {
        static final int LOCAL = 0;
        static final int CELL = 1;
        static final int FREE = 2;
        static final int GLOBAL = 3;
        static final int NAME = 4;
        static final int CLASSFREE = 5;

        final String id;
        PyStr name;
        int kind = -1;
        int slot;

        Name(String id) {
            this.id = id;
        }

        @Override
        boolean isTarget() {
            return true;
        }

        @Override
        PyObject eval(Frame f) {
            try {
                switch (kind) {
                    case LOCAL: {
                        PyObject v = f.locals[slot];
                        if (v == null) {
                            throw unbound(f);
                        }
                        RefCount.incref(f.ts, v);
                        return v;
                    }
                    case CELL: {
                        PyObject v = ((PyCell) f.locals[slot]).getRef(f.ts);
                        if (v == null) {
                            throw unbound(f);
                        }
                        return v;
                    }
                    case FREE: {
                        PyObject v = f.closure[slot].getRef(f.ts);
                        if (v == null) {
                            throw Errors.raise(f.t, "NameError", "cannot access free variable '" + id
                                    + "' where it is not associated with a value in enclosing scope");
                        }
                        return v;
                    }
                    case CLASSFREE: {
                        PyObject v = f.nsGet(name);
                        if (v != null) {
                            return v;
                        }
                        v = f.closure[slot].value;
                        if (v == null) {
                            throw Errors.raise(f.t, "NameError", "cannot access free variable '" + id
                                    + "' where it is not associated with a value in enclosing scope");
                        }
                        RefCount.incref(f.ts, v);
                        return v;
                    }
                    case NAME: {
                        PyObject v = f.nsGet(name);
                        if (v != null) {
                            return v;
                        }
                        return global(f);
                    }
                    default:
                        return global(f);
                }
            } catch (RuntimeException r) {
                throw PyRaise.at(f, this, r);
            }
        }

        @Override
        boolean borrows() {
            return kind == LOCAL;
        }

        @Override
        PyObject evalBorrowed(Frame f) {
            try {
                PyObject v = f.locals[slot];
                if (v == null) {
                    throw unbound(f);
                }
                return v;
            } catch (RuntimeException r) {
                throw PyRaise.at(f, this, r);
            }
        }

        @Override
        boolean evalFloat(Frame f) {
            if (kind == LOCAL) {
                PyObject v = f.locals[slot];
                if (v instanceof PyFloat) { // read in place: no reference taken
                    f.floatValue = ((PyFloat) v).value;
                    return true;
                }
            }
            return super.evalFloat(f);
        }

        private PyObject global(Frame f) {
            PyObject v = Ops.getOrNull(f.ts, f.globals, name);
            if (v != null) {
                return v;
            }
            v = f.t.interp.lookupBuiltin(f.t, f.builtins, name);
            if (v != null) {
                return v;
            }
            throw ExceptionFields.nameError(f, id);
        }

        /**
         * A function stored in a module's globals (a closure or lambda made per call, now reachable from every
         * thread) becomes per-thread counted, as module-level functions are from birth: threads that call it then
         * count it in their own slots instead of one shared word. Only its owner may convert it (the toolkit's
         * contract); it is then freed by the collector.
         */
        static void shareable(ThreadState ts, PyObject v) {
            if (v instanceof PyFunction && RefCount.isOwnedBy(ts, v) && !RefCount.isPerThread(v)) {
                RefCount.makePerThread(ts, v);
            }
        }

        private PyRaise unbound(Frame f) {
            return Errors.raise(f.t, "UnboundLocalError", "cannot access local variable '" + id
                    + "' where it is not associated with a value");
        }

        @Override
        void assign(Frame f, PyObject v) {
            ThreadState ts = f.ts;
            switch (kind) {
                case LOCAL: {
                    RefCount.incref(ts, v);
                    PyObject old = f.locals[slot];
                    f.locals[slot] = v;
                    if (f.borrowedSlot == slot) {
                        f.borrowedSlot = -1; // the old value was borrowed (a for loop's): not ours to drop
                    } else if (old != null) {
                        RefCount.decref(ts, old);
                    }
                    return;
                }
                case CELL:
                case FREE: {
                    PyCell c = kind == CELL ? (PyCell) f.locals[slot] : f.closure[slot];
                    PyObject old = c.swap(ts, v);
                    if (old != null) {
                        RefCount.decref(ts, old);
                    }
                    return;
                }
                case NAME:
                case CLASSFREE:
                    f.nsSet(name, v);
                    return;
                default:
                    shareable(ts, v);
                    f.globals.setItem(ts, name, v);
            }
        }

        @Override
        void delete(Frame f) {
            try {
                ThreadState ts = f.ts;
                switch (kind) {
                    case LOCAL: {
                        PyObject old = f.locals[slot];
                        if (old == null) {
                            throw unbound(f);
                        }
                        f.locals[slot] = null;
                        if (f.borrowedSlot == slot) {
                            f.borrowedSlot = -1; // borrowed (a for loop's): not ours to drop
                        } else {
                            RefCount.decref(ts, old);
                        }
                        return;
                    }
                    case CELL:
                    case FREE: {
                        PyCell c = kind == CELL ? (PyCell) f.locals[slot] : f.closure[slot];
                        PyObject old = c.swap(ts, null);
                        if (old == null) {
                            throw unbound(f);
                        }
                        RefCount.decref(ts, old);
                        return;
                    }
                    default: {
                        if (kind == NAME || kind == CLASSFREE) {
                            if (!f.nsDelete(name)) {
                                throw ExceptionFields.nameError(f, id);
                            }
                            return;
                        }
                        PyObject old = Ops.popOrNull(ts, f.globals, name);
                        if (old == null) {
                            throw ExceptionFields.nameError(f, id);
                        }
                        RefCount.decref(ts, old);
                    }
                }
            } catch (RuntimeException r) {
                throw PyRaise.at(f, this, r);
            }
        }
    }

    static final class Attribute extends Expr {
        /**
         * A raise here is at the whole {@code obj.name}; when that spans lines, from the name on (CPython 3.13
         * narrows an attribute's location so: {@code (None\n  .method)} is at {@code method}).
         */
        @Override
        void spanInto(int[] sp) {
            super.spanInto(sp);
            if (startLine != endLine && nameLine != 0) {
                sp[0] = nameLine;
                sp[1] = nameCol;
            }
        }

        /** Where the attribute's name is written (line, 0-based column; line 0: unknown). Set by the Parser. */
        int nameLine;
        int nameCol;

        final Expr obj;
        final PyStr name;

        Attribute(Expr obj, PyStr name) {
            this.obj = obj;
            this.name = name;
        }

        @Override
        boolean isTarget() {
            return true;
        }

        // A local object is held borrowed (Expr.hold): no count taken on it, which for an object every thread shares
        // is a contended atomic; its frame slot keeps it alive, and nothing the operation runs can rebind that slot.

        @Override
        PyObject eval(Frame f) {
            try {
                PyObject o = obj.hold(f);
                try {
                    return Ops.getAttr(f.t, o, name);
                } finally {
                    obj.release(f, o);
                }
            } catch (RuntimeException r) {
                throw PyRaise.at(f, this, r);
            }
        }

        @Override
        void assign(Frame f, PyObject v) {
            try {
                PyObject o = obj.hold(f);
                try {
                    Ops.setAttr(f.t, o, name, v);
                } finally {
                    obj.release(f, o);
                }
            } catch (RuntimeException r) {
                throw PyRaise.at(f, this, r);
            }
        }

        @Override
        void delete(Frame f) {
            try {
                PyObject o = obj.hold(f);
                try {
                    Ops.delAttr(f.t, o, name);
                } finally {
                    obj.release(f, o);
                }
            } catch (RuntimeException r) {
                throw PyRaise.at(f, this, r);
            }
        }
    }

    /** {@code name := value} (PEP 572): assigns and answers the value. */
    static final class NamedExpr extends Expr {
        final Name target;
        final Expr value;

        NamedExpr(Name target, Expr value) {
            this.target = target;
            this.value = value;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject v = value.eval(f);
            try {
                target.assign(f, v);
            } catch (RuntimeException e) {
                RefCount.decref(f.ts, v);
                throw e;
            }
            return v;
        }
    }

    static final class Subscript extends Expr {
        final Expr obj;
        final Expr index;

        Subscript(Expr obj, Expr index) {
            this.obj = obj;
            this.index = index;
        }

        /** The carets' anchor is the brackets: from '[' (made at its token) to the end. */
        @Override
        void spanInto(int[] sp) {
            if (tokLine > 0) {
                spanInto(sp, tokLine, tokCol, endLine, endCol, false);
            } else {
                super.spanInto(sp);
            }
        }

        @Override
        boolean isTarget() {
            return true;
        }

        @Override
        PyObject eval(Frame f) {
            try {
                PyObject o = obj.hold(f);
                try {
                    PyObject k = index.hold(f);
                    try {
                        return Ops.getItem(f.t, o, k);
                    } finally {
                        index.release(f, k);
                    }
                } finally {
                    obj.release(f, o);
                }
            } catch (RuntimeException r) {
                throw PyRaise.at(f, this, r);
            }
        }

        /**
         * The item as a <em>borrowed</em> reference, for a consumer that uses it at once and reaches no safepoint
         * meanwhile (numeric augmented assignment): only from a list or dict local to this frame that another thread
         * owns (a shared container, which the borrowed read marks shared-read, so its writers defer what they
         * remove), with an int index or an exact str/int key; null when that does not apply or the item is missing
         * (the caller then takes the counted path, which raises as Python does). A container the reading thread
         * owns is never read borrowed: single-threaded programs keep CPython's immediate {@code __del__}.
         */
        PyObject evalItemBorrowed(Frame f) {
            try {
                if (!obj.borrows() || !index.borrows()) {
                    return null;
                }
                PyObject o = obj.evalBorrowed(f);
                PyObject k = index.evalBorrowed(f);
                ThreadState ts = f.ts;
                if (o instanceof PyList && o.type() == PyList.TYPE && k instanceof dev.freethread.objects.PyInt
                        && !(k instanceof PyBool) && ((dev.freethread.objects.PyInt) k).fitsLong()
                        && !RefCount.isOwnedBy(ts, o)) {
                    long i = ((dev.freethread.objects.PyInt) k).longValue();
                    int n = ((PyList) o).size();
                    if (i < -n || i >= n) {
                        return null;
                    }
                    try {
                        return ((PyList) o).getItemBorrowed(ts, i);
                    } catch (PyException e) {
                        return null; // shrank meanwhile: the counted path raises IndexError
                    }
                }
                if (o instanceof PyDict && o.type() == PyDict.TYPE && (k.type() == PyStr.TYPE
                        || k.type() == dev.freethread.objects.PyInt.TYPE) && !RefCount.isOwnedBy(ts, o)) {
                    return ((PyDict) o).getBorrowed(ts, k);
                }
                return null;
            } catch (RuntimeException r) {
                throw PyRaise.at(f, this, r);
            }
        }

        @Override
        void assign(Frame f, PyObject v) {
            try {
                PyObject o = obj.hold(f);
                try {
                    PyObject k = index.hold(f);
                    try {
                        Ops.setItem(f.t, o, k, v);
                    } finally {
                        index.release(f, k);
                    }
                } finally {
                    obj.release(f, o);
                }
            } catch (RuntimeException r) {
                throw PyRaise.at(f, this, r);
            }
        }

        @Override
        void delete(Frame f) {
            try {
                PyObject o = obj.hold(f);
                try {
                    PyObject k = index.hold(f);
                    try {
                        Ops.delItem(f.t, o, k);
                    } finally {
                        index.release(f, k);
                    }
                } finally {
                    obj.release(f, o);
                }
            } catch (RuntimeException r) {
                throw PyRaise.at(f, this, r);
            }
        }
    }

    /** {@code a:b:c} inside a subscript: a slice object. */
    static final class SliceExpr extends Expr {
        final Expr lo;
        final Expr hi;
        final Expr step;

        SliceExpr(Expr lo, Expr hi, Expr step) {
            this.lo = lo;
            this.hi = hi;
            this.step = step;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject a = lo == null ? PyNone.NONE : lo.eval(f);
            PyObject b = null;
            PyObject c = null;
            try {
                b = hi == null ? PyNone.NONE : hi.eval(f);
                c = step == null ? PyNone.NONE : step.eval(f);
                return new Descriptors.PySlice(f.ts, a, b, c);
            } finally {
                RefCount.decref(f.ts, a);
                RefCount.xdecref(f.ts, b);
                RefCount.xdecref(f.ts, c);
            }
        }
    }

    /** Evaluates expressions into an array of new references, releasing them all if one fails. */
    static PyObject[] evalAll(Frame f, Expr[] es) {
        PyObject[] out = new PyObject[es.length];
        int i = 0;
        try {
            for (; i < es.length; i++) {
                out[i] = es[i].eval(f);
            }
            return out;
        } catch (RuntimeException e) {
            for (int j = 0; j < i; j++) {
                RefCount.decref(f.ts, out[j]);
            }
            throw e;
        }
    }

    static void releaseAll(ThreadState ts, PyObject[] vs) {
        for (PyObject v : vs) {
            if (v != null) {
                RefCount.decref(ts, v);
            }
        }
    }

    /** {@code *x} in a call's arguments. */
    /** {@code *args: *Ts} (PEP 646): the annotation is the starred value's first item ({@code Unpack[Ts]}). */
    static final class UnpackAnnotation extends Expr {
        final Expr value;

        UnpackAnnotation(Expr value) {
            this.value = value;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject v = value.eval(f);
            try {
                PyObject it = Ops.iter(f.t, v);
                try {
                    PyObject first = Ops.next(f.t, it);
                    if (first == null) {
                        throw Errors.typeError(f.t, "value after * must be an iterable with an item");
                    }
                    return first;
                } finally {
                    RefCount.decref(f.ts, it);
                }
            } finally {
                RefCount.decref(f.ts, v);
            }
        }
    }

    static final class Starred extends Expr {
        final Expr value;

        Starred(Expr value) {
            this.value = value;
        }

        @Override
        PyObject eval(Frame f) {
            return value.eval(f);
        }

        /** A starred target ({@code a, *rest = ...}): receives the list of the values between the others. */
        @Override
        boolean isTarget() {
            return value.isTarget();
        }

        @Override
        void assign(Frame f, PyObject v) {
            value.assign(f, v);
        }
    }

    /**
     * How CPython names a callee in an argument error ({@code _PyObject_FunctionStr}): {@code module.qualname()} for a
     * function (or a method bound to one), {@code name()} for a builtin, {@code type.attr()} for a method called on
     * an object, {@code repr()} otherwise.
     */
    static String functionStr(PyThread t, PyObject fn, CallAttr attr) {
        if (attr != null) {
            PyObject m = Ops.getAttrOrNull(t, fn, attr.name);
            try {
                return m instanceof PyMethod || m instanceof PyFunction ? functionStr(t, m, null)
                        : fn.type().name() + "." + attr.name.value() + "()"; // a builtin type's method: list.append()
            } finally {
                if (m != null) {
                    RefCount.decref(t.ts, m);
                }
            }
        }
        if (fn instanceof PyMethod) {
            return functionStr(t, ((PyMethod) fn).func(), null);
        }
        if (fn instanceof PyFunction) {
            PyFunction pf = (PyFunction) fn;
            PyObject mod = pf.globals.get(t.ts, t.interp.str("__name__"));
            try {
                String prefix = mod instanceof PyStr && !((PyStr) mod).value().equals("builtins")
                        ? ((PyStr) mod).value() + "." : "";
                return prefix + pf.code.qualname + "()";
            } finally {
                if (mod != null) {
                    RefCount.decref(t.ts, mod);
                }
            }
        }
        if (fn instanceof PyBuiltin) {
            return ((PyBuiltin) fn).name + "()";
        }
        // CPython's _PyObject_FunctionStr: "module.qualname()" (no module for builtins), or str(fn) when it has no
        // __qualname__ (an instance with __call__, None: "None argument after *")
        PyObject qn = Ops.getAttrOrNull(t, fn, t.interp.str("__qualname__"));
        if (qn == null) {
            return Ops.strString(t, fn);
        }
        PyObject mod = null;
        try {
            mod = Ops.getAttrOrNull(t, fn, t.interp.str("__module__"));
            String q = Ops.strString(t, qn);
            if (mod != null && mod != PyNone.NONE && !(mod instanceof PyStr && ((PyStr) mod).value().equals("builtins"))) {
                return Ops.strString(t, mod) + "." + q + "()";
            }
            return q + "()";
        } finally {
            RefCount.decref(t.ts, qn);
            RefCount.xdecref(t.ts, mod);
        }
    }

    /** Whether {@code o}'s class defines a callable {@code __iter__} (CPython's tp_iter slot is set). */
    private static boolean definesIter(PyThread t, PyObject o) {
        if (!(o.type() instanceof PyClass)) {
            return false;
        }
        PyObject m = ((PyClass) o.type()).lookup(t, "__iter__");
        try {
            return m != null && m != PyNone.NONE;
        } finally {
            RefCount.xdecref(t.ts, m);
        }
    }

    /** Whether any of {@code es} is a {@link Starred} item ({@code *xs} in a display or a target list). */
    static boolean anyStarred(Expr[] es) {
        for (Expr e : es) {
            if (e instanceof Starred) {
                return true;
            }
        }
        return false;
    }

    /**
     * Appends the values {@code seq} iterates to {@code out}, as new references; when {@code seq} is not iterable,
     * CPython's TypeError "{@code what} must be an iterable, not T" ({@code what}: "Value after *" in a list or tuple
     * display and in a call's mixed arguments, "f() argument after *" for a call's sole {@code *x}), or with
     * {@code what} null the iteration's own TypeError.
     */
    static void expandInto(PyThread t, PyObject seq, List<PyObject> out, String what) {
        expandInto(t, seq, out, what == null ? null : () -> what);
    }

    /** As above, with the message's subject made only when it is needed (naming the callee may run its code). */
    static void expandInto(PyThread t, PyObject seq, List<PyObject> out, java.util.function.Supplier<String> what) {
        PyObject it;
        try {
            it = Ops.iter(t, seq);
        } catch (PyRaise r) {
            // CPython replaces the TypeError only when the value has no __iter__ and is no sequence: an __iter__
            // that raises TypeError keeps its own (test_extcall: g(*BrokenIterable1()) is "TypeError: myerror")
            if (what == null || r.exc.cls() != t.interp.exceptionClass("TypeError") || definesIter(t, seq)) {
                throw r;
            }
            r.release(t.ts);
            throw Errors.typeError(t, what.get() + " must be an iterable, not " + seq.type().name());
        }
        try {
            for (PyObject v = Ops.next(t, it); v != null; v = Ops.next(t, it)) {
                out.add(v);
            }
        } finally {
            RefCount.decref(t.ts, it);
        }
    }

    /**
     * Evaluates display items, expanding each {@code *xs} into the values it iterates (new references, in order);
     * CPython's TypeError when a starred value is not iterable.
     */
    static PyObject[] evalExpanding(Frame f, Expr[] es) {
        return evalExpanding(f, es, "Value after *");
    }

    /** As above; {@code what} null keeps the iteration's own TypeError (a set display's, in CPython 3.13). */
    static PyObject[] evalExpanding(Frame f, Expr[] es, String what) {
        if (!anyStarred(es)) {
            return evalAll(f, es);
        }
        ThreadState ts = f.ts;
        List<PyObject> out = new ArrayList<>();
        try {
            for (Expr e : es) {
                if (!(e instanceof Starred)) {
                    out.add(e.eval(f));
                    continue;
                }
                PyObject seq = e.eval(f);
                try {
                    if (Builtins.snapshotSource(seq) != null) { // [*d]: one state of the dict, as list(d)
                        for (PyObject v : Builtins.snapshotItems(f.t, seq)) {
                            out.add(v);
                        }
                        continue;
                    }
                    expandInto(f.t, seq, out, what);
                } finally {
                    RefCount.decref(ts, seq);
                }
            }
            return out.toArray(new PyObject[0]);
        } catch (RuntimeException e) {
            for (PyObject v : out) {
                RefCount.decref(ts, v);
            }
            throw e;
        }
    }

    /** A call. {@code args} may contain {@link Starred}; {@code kwargs} values with a null name are {@code **d}. */
    static final class Call extends Expr {
        final Expr func;
        final Expr[] args;
        final String[] kwnames;
        final Expr[] kwvalues;
        final boolean simple;
        /** The whole value of a {@code return f(...)} or {@code x = f(...)} statement: no carets (CPython's rule). */
        boolean wholeStatement;

        /** The carets' anchor is the parentheses: from '(' (made at its token) to the end. */
        @Override
        void spanInto(int[] sp) {
            if (tokLine > 0) {
                spanInto(sp, tokLine, tokCol, endLine, endCol, wholeStatement);
            } else {
                super.spanInto(sp);
            }
        }

        Call(Expr func, Expr[] args, String[] kwnames, Expr[] kwvalues) {
            this.func = func;
            this.args = args;
            this.kwnames = kwnames;
            this.kwvalues = kwvalues;
            boolean s = true;
            for (Expr a : args) {
                if (a instanceof Starred) {
                    s = false;
                }
            }
            for (String n : kwnames) {
                if (n == null) {
                    s = false;
                }
            }
            this.simple = s;
        }

        @Override
        PyObject eval(Frame f) {
            try {
                PyObject fn = func.eval(f);
                try {
                    return callWith(f, fn, this.args, this.kwnames, this.kwvalues, this.simple, null);
                } finally {
                    RefCount.decref(f.ts, fn);
                }
            } catch (RuntimeException r) {
                throw PyRaise.at(f, this, r);
            }
        }

        /** Evaluates the arguments and calls {@code fn} (borrowed); with {@code self}, calls a method attribute. */
        static PyObject callWith(Frame f, PyObject fn, Expr[] args, String[] kwnames, Expr[] kwvalues,
                                 boolean simple, CallAttr attr) {
            return callWith(f, fn, args, kwnames, kwvalues, simple, attr, null);
        }

        /**
         * Calls {@code fn}, evaluating the arguments. When {@code attr} is not null, {@code fn} is the attribute
         * {@code attr.name} of {@code receiver}, already looked up; they only name the callee in error messages.
         */
        static PyObject callWith(Frame f, PyObject fn, Expr[] args, String[] kwnames, Expr[] kwvalues,
                                 boolean simple, CallAttr attr, PyObject receiver) {
            if (fn instanceof PyBuiltin && ((PyBuiltin) fn).wantsFrame && attr == null) {
                PyThread t = f.t; // locals(), eval(...): the built-in reads this frame
                Frame saved = t.callerFrame;
                try {
                    return callEvaluating(f, fn, args, kwnames, kwvalues, simple, null, true, null);
                } finally {
                    t.callerFrame = saved;
                }
            }
            return callEvaluating(f, fn, args, kwnames, kwvalues, simple, attr, false, receiver);
        }

        private static PyObject callEvaluating(Frame f, PyObject fn, Expr[] args, String[] kwnames,
                                               Expr[] kwvalues, boolean simple, CallAttr attr, boolean lendFrame,
                                               PyObject receiver) {
            PyObject named = attr != null ? receiver : fn; // what functionStr names the callee by
            ThreadState ts = f.ts;
            if (simple && kwnames.length == 0 && fn instanceof PyFunction
                    && ((PyFunction) fn).takesExactly(args.length)) {
                // The common call: the evaluated arguments become the callee's first locals (no copy, no counts).
                PyFunction pf = (PyFunction) fn;
                PyObject[] locals = new PyObject[pf.code.nlocals()];
                int i = 0;
                try {
                    for (; i < args.length; i++) {
                        locals[i] = args[i].eval(f);
                    }
                } catch (RuntimeException e) {
                    for (int j = 0; j < i; j++) {
                        RefCount.decref(ts, locals[j]);
                    }
                    throw e;
                }
                return pf.run(f.t, locals);
            }
            if (simple) {
                PyObject[] av;
                if (kwnames.length == 0) {
                    av = evalAll(f, args);
                } else {
                    av = new PyObject[args.length + kwnames.length];
                    int i = 0;
                    try {
                        for (; i < args.length; i++) {
                            av[i] = args[i].eval(f);
                        }
                        for (int k = 0; k < kwnames.length; k++, i++) {
                            av[i] = kwvalues[k].eval(f);
                        }
                    } catch (RuntimeException e) {
                        releaseAll(ts, av);
                        throw e;
                    }
                }
                try {
                    if (lendFrame) {
                        f.t.callerFrame = f; // after the arguments, whose own calls may lend theirs
                    }
                    return Ops.call(f.t, fn, av, kwnames.length == 0 ? null : kwnames);
                } finally {
                    releaseAll(ts, av);
                }
            }
            List<PyObject> pos = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<PyObject> vals = new ArrayList<>();
            try {
                for (Expr a : args) {
                    if (a instanceof Starred) {
                        PyObject seq = a.eval(f);
                        try {
                            // CPython names the callee only when `*x` is the sole positional argument (it is then
                            // the call's argument tuple); otherwise the arguments are built as a list first
                            expandInto(f.t, seq, pos, args.length == 1
                                    ? () -> functionStr(f.t, named, attr) + " argument after *" : () -> "Value after *");
                        } finally {
                            RefCount.decref(ts, seq);
                        }
                    } else {
                        pos.add(a.eval(f));
                    }
                }
                for (int k = 0; k < kwnames.length; k++) {
                    PyObject v = kwvalues[k].eval(f);
                    if (kwnames[k] != null) {
                        if (names.contains(kwnames[k])) { // (f(a=1, a=2) is refused by the parser) a ** before it
                            RefCount.decref(ts, v);
                            throw Errors.typeError(f.t, functionStr(f.t, named, attr)
                                    + " got multiple values for keyword argument '" + kwnames[k] + "'");
                        }
                        names.add(kwnames[k]);
                        vals.add(v);
                        continue;
                    }
                    PyDict copied = null;
                    try {
                        if (!(v instanceof PyDict)) { // any mapping: its keys() and [] (a dict subclass, UserDict)
                            PyObject keys = Ops.getAttrOrNull(f.t, v, f.t.interp.str("keys"));
                            if (keys == null) {
                                throw Errors.typeError(f.t, functionStr(f.t, named, attr)
                                        + " argument after ** must be a mapping, not " + v.type().name());
                            }
                            RefCount.decref(ts, keys);
                            copied = PyDict.create(ts);
                            mergeMapping(f.t, copied, v);
                        } else {
                            // a snapshot, copied atomically under the dict's section, as CPython's call copies it:
                            // another thread may resize the dict while this call reads it (gh-86199), which an
                            // iterator over the dict itself would raise for
                            copied = ((PyDict) v).copy(ts);
                        }
                        PyObject it = Ops.itemsIterator(ts, copied);
                        try {
                            for (PyObject kv = Ops.next(f.t, it); kv != null; kv = Ops.next(f.t, it)) {
                                PyTuple pair = (PyTuple) kv;
                                PyObject key = pair.getItemBorrowed(0);
                                if (!(key instanceof PyStr)) {
                                    RefCount.decref(ts, kv);
                                    throw Errors.typeError(f.t, "keywords must be strings");
                                }
                                String kn = ((PyStr) key).value();
                                if (names.contains(kn)) {
                                    RefCount.decref(ts, kv);
                                    throw Errors.typeError(f.t, functionStr(f.t, named, attr)
                                            + " got multiple values for keyword argument '" + kn + "'");
                                }
                                names.add(kn);
                                vals.add(RefCount.newRef(ts, pair.getItemBorrowed(1)));
                                RefCount.decref(ts, kv);
                            }
                        } finally {
                            RefCount.decref(ts, it);
                        }
                    } finally {
                        RefCount.xdecref(ts, copied);
                        RefCount.decref(ts, v);
                    }
                }
                PyObject[] av = new PyObject[pos.size() + vals.size()];
                for (int i = 0; i < pos.size(); i++) {
                    av[i] = pos.get(i);
                }
                for (int i = 0; i < vals.size(); i++) {
                    av[pos.size() + i] = vals.get(i);
                }
                String[] kn = names.isEmpty() ? null : names.toArray(new String[0]);
                if (lendFrame) {
                    f.t.callerFrame = f;
                }
                return Ops.call(f.t, fn, av, kn);
            } finally {
                for (PyObject p : pos) {
                    RefCount.decref(ts, p);
                }
                for (PyObject p : vals) {
                    RefCount.decref(ts, p);
                }
            }
        }
    }

    /** {@code obj.name(args)}: a method call that makes no bound method. */
    static final class CallAttr extends Expr {
        final Expr obj;
        final PyStr name;
        final Expr[] args;
        final String[] kwnames;
        final Expr[] kwvalues;
        final boolean simple;

        /** Where its '(' is (1-based column; 0: unknown), and where {@code obj.name} ends: for the spans. */
        final int openLine;
        final int openCol;
        final int attrEndLine;
        final int attrEndCol;
        /** As Call's. */
        boolean wholeStatement;
        /** Where the method's name is written, as Attribute's. */
        final int nameLine;
        final int nameCol;

        CallAttr(Expr obj, PyStr name, Call call, Expr attribute) {
            this.obj = obj;
            this.name = name;
            this.args = call.args;
            this.kwnames = call.kwnames;
            this.kwvalues = call.kwvalues;
            this.simple = call.simple;
            this.line = call.line;
            this.openLine = call.tokLine;
            this.openCol = call.tokLine > 0 ? call.tokCol + 1 : 0;
            this.attrEndLine = attribute.endLine;
            this.attrEndCol = attribute.endCol;
            this.nameLine = attribute instanceof Attribute ? ((Attribute) attribute).nameLine : 0;
            this.nameCol = attribute instanceof Attribute ? ((Attribute) attribute).nameCol : 0;
            this.startLine = call.startLine;
            this.startCol = call.startCol;
            this.endLine = call.endLine;
            this.endCol = call.endCol;
        }

        /** The carets' anchor is the parentheses, as Call's. */
        @Override
        void spanInto(int[] sp) {
            if (openCol > 0) {
                spanInto(sp, openLine, openCol - 1, endLine, endCol, wholeStatement);
            } else {
                super.spanInto(sp);
            }
        }

        /**
         * A failed lookup of the method is at {@code obj.name}, as CPython's LOAD_ATTR (the call's span is only for
         * what the call raises).
         */
        RuntimeException atAttribute(Frame f, RuntimeException x) {
            PyRaise r = PyRaise.raiseOf(f, x);
            if (r == null) {
                return x;
            }
            if (r.spannedIn != f && endLine != 0 && attrEndLine != 0) {
                r.spannedIn = f;
                int[] sp = r.span;
                boolean lines = startLine != attrEndLine && nameLine != 0; // narrowed to the name, as Attribute's
                sp[0] = lines ? nameLine : startLine;
                sp[1] = lines ? nameCol : startCol;
                sp[2] = attrEndLine;
                sp[3] = attrEndCol;
                sp[4] = 0;
                sp[8] = 0;
            }
            return r;
        }

        /**
         * {@code o.name(args)}: the attribute is looked up before the arguments are evaluated, as CPython's
         * LOAD_ATTR/LOAD_METHOD comes before them (a {@code __getattr__}, a property or a missing attribute is seen
         * first). A plain function found on an instance's class, and a built-in type's method, are called with the
         * receiver without making a bound method.
         */
        @Override
        PyObject eval(Frame f) {
            try {
                PyObject o = obj.hold(f); // a local receiver is lent, not counted (see Attribute)
                try {
                    PyThread t = f.t;
                    if (simple) {
                        if (o instanceof PyInstance && !((PyInstance) o).cls().hasHook(t, PyClass.HOOK_GETATTRIBUTE)) {
                            PyInstance inst = (PyInstance) o;
                            PyObject own = inst.getOwnAttr(f.ts, name);
                            if (own == null) {
                                PyObject m = inst.cls().lookup(t, name);
                                if (m instanceof PyFunction) {
                                    try {
                                        PyObject[] av = evalSimpleArgs(f);
                                        try {
                                            return ((PyFunction) m).callWith(t, o, av,
                                                    kwnames.length == 0 ? null : kwnames);
                                        } finally {
                                            releaseAll(f.ts, av);
                                        }
                                    } finally {
                                        RefCount.decref(f.ts, m);
                                    }
                                }
                                RefCount.xdecref(f.ts, m);
                            } else {
                                try {
                                    if (!inst.cls().lookupDataDescriptor(t, name)) {
                                        return Call.callWith(f, own, args, kwnames, kwvalues, true, null);
                                    }
                                } finally {
                                    RefCount.decref(f.ts, own);
                                }
                            }
                        } else if (!(o instanceof PyInstance) && !(o instanceof PyClass) && !(o instanceof PyModule)
                                && !(o instanceof dev.freethread.objects.PyType) && !(o instanceof Builtins.PySuper)
                                && !(o instanceof ThreadObjects.Local)) {
                            PyBuiltin.MethodImpl m = Builtins.method(t.interp, o.type(), name.value());
                            if (m != null) {
                                PyObject[] av = evalSimpleArgs(f);
                                try {
                                    return m.call(t, o, BuiltinBase.valueArgs(o.type(), name.value(), av),
                                            kwnames.length == 0 ? null : kwnames);
                                } finally {
                                    releaseAll(f.ts, av);
                                }
                            }
                        }
                    }
                    PyObject fn;
                    try {
                        fn = Ops.getAttr(t, o, name);
                    } catch (RuntimeException r) {
                        throw atAttribute(f, r);
                    }
                    try {
                        return Call.callWith(f, fn, args, kwnames, kwvalues, simple, this, o);
                    } finally {
                        RefCount.decref(f.ts, fn);
                    }
                } finally {
                    obj.release(f, o);
                }
            } catch (RuntimeException r) {
                throw PyRaise.at(f, this, r);
            }
        }

        /** The positional arguments, then the keyword arguments' values, evaluated in order (new references). */
        private PyObject[] evalSimpleArgs(Frame f) {
            if (kwnames.length == 0) {
                return evalAll(f, args);
            }
            PyObject[] av = new PyObject[args.length + kwnames.length];
            int i = 0;
            try {
                for (; i < args.length; i++) {
                    av[i] = args[i].eval(f);
                }
                for (int k = 0; k < kwnames.length; k++, i++) {
                    av[i] = kwvalues[k].eval(f);
                }
            } catch (RuntimeException e) {
                releaseAll(f.ts, av);
                throw e;
            }
            return av;
        }
    }

    static final class BinOp extends Expr {
        final Arith.Op op;
        final Expr left;
        final Expr right;

        BinOp(Arith.Op op, Expr left, Expr right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        /** The carets' anchor is the operator, made at its token. */
        @Override
        void spanInto(int[] sp) {
            if (tokLine > 0) {
                spanInto(sp, tokLine, tokCol, tokLine, tokCol + op.symbol.length(), false);
            } else {
                super.spanInto(sp);
            }
        }

        /** +, -, * and /: the operators whose float results can stay unboxed inside a chain. */
        private boolean floatOp() {
            return op == Arith.Op.ADD || op == Arith.Op.SUB || op == Arith.Op.MUL || op == Arith.Op.TRUEDIV;
        }

        /**
         * Self-specialisation (as a Truffle node would): set once this node has produced a float, after which it
         * evaluates unboxed. Int code never pays for the float path.
         */
        private boolean seenFloat;

        @Override
        PyObject eval(Frame f) {
            try {
                if (seenFloat) {
                    return evalFloat(f) ? new PyFloat(f.ts, f.floatValue) : f.boxed;
                }
                PyObject a = left.eval(f);
                PyObject r;
                try {
                    PyObject b = right.eval(f);
                    try {
                        r = Arith.binary(f.t, op, a, b);
                    } finally {
                        RefCount.decref(f.ts, b);
                    }
                } finally {
                    RefCount.decref(f.ts, a);
                }
                if (r instanceof PyFloat && floatOp()) {
                    seenFloat = true;
                }
                return r;
            } catch (RuntimeException r) {
                throw PyRaise.at(f, this, r);
            }
        }

        @Override
        boolean evalFloat(Frame f) {
            try {
                if (!floatOp() || !seenFloat) {
                    PyObject r = eval(f);
                    if (r instanceof PyFloat) {
                        f.floatValue = ((PyFloat) r).value;
                        RefCount.decref(f.ts, r);
                        return true;
                    }
                    f.boxed = r;
                    return false;
                }
                ThreadState ts = f.ts;
                PyObject a = null;
                double x = 0;
                if (left.evalFloat(f)) {
                    x = f.floatValue;
                } else {
                    a = f.boxed;
                }
                PyObject b = null;
                double y = 0;
                try {
                    if (right.evalFloat(f)) {
                        y = f.floatValue;
                    } else {
                        b = f.boxed;
                    }
                } catch (RuntimeException e) {
                    RefCount.xdecref(ts, a);
                    throw e;
                }
                if (a == null && b == null || a == null && exactDouble(b) || b == null && exactDouble(a)) {
                    if (a != null) {
                        x = (double) ((dev.freethread.objects.PyInt) a).longValue();
                        RefCount.decref(ts, a);
                    }
                    if (b != null) {
                        y = (double) ((dev.freethread.objects.PyInt) b).longValue();
                        RefCount.decref(ts, b);
                    }
                    if (op != Arith.Op.TRUEDIV || y != 0) {
                        f.floatValue = op == Arith.Op.ADD ? x + y : op == Arith.Op.SUB ? x - y
                                : op == Arith.Op.MUL ? x * y : x / y;
                        return true;
                    }
                    a = new PyFloat(ts, x); // division by zero: the generic path raises CPython's error
                    b = new PyFloat(ts, y);
                } else {
                    if (a == null) {
                        a = new PyFloat(ts, x);
                    }
                    if (b == null) {
                        b = new PyFloat(ts, y);
                    }
                }
                try {
                    f.boxed = Arith.binary(f.t, op, a, b);
                    return false;
                } finally {
                    RefCount.decref(ts, a);
                    RefCount.decref(ts, b);
                }
            } catch (RuntimeException r) {
                throw PyRaise.at(f, this, r);
            }
        }

        /** An int whose value a double holds exactly (float arithmetic with it is Python's). */
        private static boolean exactDouble(PyObject o) {
            if (!(o instanceof dev.freethread.objects.PyInt) || o instanceof PyBool) {
                return false;
            }
            dev.freethread.objects.PyInt i = (dev.freethread.objects.PyInt) o;
            return i.fitsLong() && Math.abs(i.longValue()) < (1L << 53);
        }
    }

    static final class Unary extends Expr {
        final String op;
        final Expr operand;

        Unary(String op, Expr operand) {
            this.op = op;
            this.operand = operand;
        }

        @Override
        PyObject eval(Frame f) {
            try {
                PyObject a = operand.eval(f);
                try {
                    switch (op) {
                        case "-": return Arith.negate(f.t, a);
                        case "+": return Arith.positive(f.t, a);
                        case "~": return Arith.invert(f.t, a);
                        default: return PyBool.of(!Ops.truth(f.t, a));
                    }
                } finally {
                    RefCount.decref(f.ts, a);
                }
            } catch (RuntimeException r) {
                throw PyRaise.at(f, this, r);
            }
        }
    }

    /** {@code a and b}, {@code a or b}: the deciding operand itself. */
    static final class BoolOp extends Expr {
        final boolean isAnd;
        final Expr[] values;

        BoolOp(boolean isAnd, Expr[] values) {
            this.isAnd = isAnd;
            this.values = values;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject v = null;
            for (int i = 0; i < values.length; i++) {
                v = values[i].eval(f);
                if (i == values.length - 1) {
                    return v;
                }
                boolean tv;
                try {
                    tv = Ops.truth(f.t, v);
                } catch (RuntimeException e) {
                    RefCount.decref(f.ts, v);
                    throw e;
                }
                if (tv != isAnd) {
                    return v;
                }
                RefCount.decref(f.ts, v);
            }
            return v;
        }
    }

    /** A chain of comparisons {@code a < b <= c}, each operand evaluated once. */
    static final class Compare extends Expr {
        static final int LT = 0;
        static final int LE = 1;
        static final int GT = 2;
        static final int GE = 3;
        static final int EQ = 4;
        static final int NE = 5;
        static final int IS = 6;
        static final int IS_NOT = 7;
        static final int IN = 8;
        static final int NOT_IN = 9;

        final Expr[] operands;
        final int[] ops;
        /** The common case, one comparison: its operands, without the chain's loop. */
        private final Expr left;
        private final Expr right;
        private final int op0;

        Compare(Expr[] operands, String[] ops) {
            this.operands = operands;
            this.ops = new int[ops.length];
            for (int i = 0; i < ops.length; i++) {
                this.ops[i] = code(ops[i]);
            }
            this.left = operands[0];
            this.right = operands[1];
            this.op0 = this.ops[0];
        }

        /** The comparison operators as written, for a node rebuilt from this one. */
        String[] opStrings() {
            String[] names = {"<", "<=", ">", ">=", "==", "!=", "is", "is not", "in", "not in"};
            String[] out = new String[ops.length];
            for (int i = 0; i < ops.length; i++) {
                out[i] = names[ops[i]];
            }
            return out;
        }

        private static int code(String op) {
            switch (op) {
                case "<": return LT;
                case "<=": return LE;
                case ">": return GT;
                case ">=": return GE;
                case "==": return EQ;
                case "!=": return NE;
                case "is": return IS;
                case "is not": return IS_NOT;
                case "in": return IN;
                default: return NOT_IN;
            }
        }

        @Override
        PyObject eval(Frame f) {
            try {
                ThreadState ts = f.ts;
                if (ops.length == 1) {
                    PyObject a = left.eval(f);
                    try {
                        PyObject b = right.eval(f);
                        try {
                            return compare(f.t, op0, a, b);
                        } finally {
                            RefCount.decref(ts, b);
                        }
                    } finally {
                        RefCount.decref(ts, a);
                    }
                }
                PyObject a = operands[0].eval(f);
                try {
                    for (int i = 0; i < ops.length; i++) {
                        PyObject b = operands[i + 1].eval(f);
                        PyObject r;
                        try {
                            r = compare(f.t, ops[i], a, b);
                        } catch (RuntimeException e) {
                            RefCount.decref(ts, b);
                            throw e;
                        }
                        if (i == ops.length - 1) {
                            RefCount.decref(ts, b);
                            return r;
                        }
                        boolean tv;
                        try {
                            tv = Ops.truth(f.t, r);
                        } catch (RuntimeException e) {
                            RefCount.decref(ts, b);
                            RefCount.decref(ts, r);
                            throw e;
                        }
                        if (!tv) {
                            RefCount.decref(ts, b);
                            return r;
                        }
                        RefCount.decref(ts, r);
                        RefCount.decref(ts, a);
                        a = b;
                    }
                    return PyBool.TRUE;
                } finally {
                    RefCount.decref(ts, a);
                }
            } catch (RuntimeException r) {
                throw PyRaise.at(f, this, r);
            }
        }

        static PyObject compare(PyThread t, int op, PyObject a, PyObject b) {
            if (op <= NE && a instanceof dev.freethread.objects.PyInt && b instanceof dev.freethread.objects.PyInt) {
                int c = ((dev.freethread.objects.PyInt) a).compareTo((dev.freethread.objects.PyInt) b);
                switch (op) {
                    case LT: return PyBool.of(c < 0);
                    case LE: return PyBool.of(c <= 0);
                    case GT: return PyBool.of(c > 0);
                    case GE: return PyBool.of(c >= 0);
                    case EQ: return PyBool.of(c == 0);
                    default: return PyBool.of(c != 0);
                }
            }
            switch (op) {
                case LT: return Ops.compare(t, a, b, CompareOp.LT);
                case LE: return Ops.compare(t, a, b, CompareOp.LE);
                case GT: return Ops.compare(t, a, b, CompareOp.GT);
                case GE: return Ops.compare(t, a, b, CompareOp.GE);
                case EQ: return Ops.compare(t, a, b, CompareOp.EQ);
                case NE: return Ops.compare(t, a, b, CompareOp.NE);
                case IS: return PyBool.of(a == b);
                case IS_NOT: return PyBool.of(a != b);
                case IN: return PyBool.of(Ops.contains(t, b, a));
                default: return PyBool.of(!Ops.contains(t, b, a));
            }
        }
    }

    static final class IfExp extends Expr {
        final Expr test;
        final Expr body;
        final Expr orelse;

        IfExp(Expr test, Expr body, Expr orelse) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        PyObject eval(Frame f) {
            return Stmts.truthOf(f, test) ? body.eval(f) : orelse.eval(f);
        }
    }

    /** A tuple or list display: also an assignment target when every element is one ({@code a, [b, c] = ...}). */
    abstract static class Display extends Expr {
        final Expr[] elts;

        Display(Expr[] elts) {
            this.elts = elts;
        }

        @Override
        final boolean isTarget() {
            for (Expr e : elts) {
                if (!e.isTarget()) {
                    return false;
                }
            }
            return true;
        }

        @Override
        final void assign(Frame f, PyObject v) {
            try {
                unpack(f, elts, v);
            } catch (RuntimeException r) {
                throw PyRaise.at(f, this, r); // too many or too few values: at the targets, as CPython's UNPACK_SEQUENCE
            }
        }

        @Override
        final void delete(Frame f) {
            for (Expr e : elts) {
                e.delete(f);
            }
        }
    }

    static final class TupleExpr extends Display {
        /** Written in parentheses: CPython's messages for an invalid target inside differ from a bare tuple's. */
        boolean parenthesized;

        TupleExpr(Expr[] elts) {
            super(elts);
        }

        @Override
        PyObject eval(Frame f) {
            if (elts.length == 0) {
                return PyTuple.EMPTY;
            }
            PyObject[] vs = evalExpanding(f, elts);
            return vs.length == 0 ? PyTuple.EMPTY : PyTuple.stealing(f.ts, vs);
        }
    }

    /** Unpacks {@code v} (borrowed) into the targets, with CPython's messages. */
    static void unpack(Frame f, Expr[] targets, PyObject v) {
        ThreadState ts = f.ts;
        PyThread t = f.t;
        if (anyStarred(targets)) {
            unpackStarred(f, targets, v);
            return;
        }
        if (v instanceof PyTuple && ((PyTuple) v).size() == targets.length) {
            PyTuple tu = (PyTuple) v;
            for (int i = 0; i < targets.length; i++) {
                targets[i].assign(f, tu.getItemBorrowed(i));
            }
            return;
        }
        if (v instanceof PyList && ((PyList) v).size() == targets.length) {
            PyObject[] vals = new PyObject[targets.length];
            try {
                for (int i = 0; i < targets.length; i++) {
                    vals[i] = ((PyList) v).getItem(ts, i);
                }
                for (int i = 0; i < targets.length; i++) {
                    targets[i].assign(f, vals[i]);
                }
                return;
            } catch (PyException e) {
                // the list shrank meanwhile: fall back to iteration below, after releasing what was read
            } finally {
                releaseAll(ts, vals);
            }
        }
        PyObject it = iterForUnpack(t, v);
        PyObject[] vals = new PyObject[targets.length];
        try {
            for (int i = 0; i < targets.length; i++) {
                PyObject x = Ops.next(t, it);
                if (x == null) {
                    throw Errors.valueError(t, "not enough values to unpack (expected " + targets.length + ", got "
                            + i + ")");
                }
                vals[i] = x;
            }
            PyObject extra = Ops.next(t, it);
            if (extra != null) {
                RefCount.decref(ts, extra);
                throw Errors.valueError(t, "too many values to unpack (expected " + targets.length + ")");
            }
            for (int i = 0; i < targets.length; i++) {
                targets[i].assign(f, vals[i]);
            }
        } finally {
            releaseAll(ts, vals);
            RefCount.decref(ts, it);
        }
    }

    /** {@code iter(v)} for an unpacking, with CPython's "cannot unpack non-iterable T object". A new reference. */
    static PyObject iterForUnpack(PyThread t, PyObject v) {
        try {
            return Ops.iter(t, v);
        } catch (PyRaise r) {
            if (r.exc.cls() == t.interp.exceptionClass("TypeError")) {
                r.release(t.ts);
                throw Errors.typeError(t, "cannot unpack non-iterable " + v.type().name() + " object");
            }
            throw r;
        }
    }

    /**
     * {@code a, *rest, z = v}: every value is taken first (CPython's UNPACK_EX), then the targets before the star get
     * the first ones, those after it the last ones, and the starred target a new list of what is between.
     */
    private static void unpackStarred(Frame f, Expr[] targets, PyObject v) {
        ThreadState ts = f.ts;
        PyThread t = f.t;
        int star = 0;
        while (!(targets[star] instanceof Starred)) {
            star++;
        }
        int after = targets.length - star - 1;
        PyObject it = iterForUnpack(t, v);
        List<PyObject> vals = new ArrayList<>();
        try {
            try {
                for (PyObject x = Ops.next(t, it); x != null; x = Ops.next(t, it)) {
                    vals.add(x);
                }
            } finally {
                RefCount.decref(ts, it);
            }
            if (vals.size() < targets.length - 1) {
                throw Errors.valueError(t, "not enough values to unpack (expected at least " + (targets.length - 1)
                        + ", got " + vals.size() + ")");
            }
            for (int i = 0; i < star; i++) {
                targets[i].assign(f, vals.get(i));
            }
            PyList middle = PyList.of(ts, vals.subList(star, vals.size() - after).toArray(new PyObject[0]));
            try {
                targets[star].assign(f, middle);
            } finally {
                RefCount.decref(ts, middle);
            }
            for (int i = 0; i < after; i++) {
                targets[star + 1 + i].assign(f, vals.get(vals.size() - after + i));
            }
        } finally {
            for (PyObject x : vals) {
                RefCount.decref(ts, x);
            }
        }
    }

    static final class ListExpr extends Display {
        ListExpr(Expr[] elts) {
            super(elts);
        }

        @Override
        PyObject eval(Frame f) {
            PyObject[] vs = evalExpanding(f, elts);
            try {
                return PyList.of(f.ts, vs);
            } finally {
                releaseAll(f.ts, vs);
            }
        }
    }

    static final class DictExpr extends Expr {
        final Expr[] keys;
        final Expr[] values;

        DictExpr(Expr[] keys, Expr[] values) {
            this.keys = keys;
            this.values = values;
        }

        @Override
        PyObject eval(Frame f) {
            PyDict d = PyDict.create(f.ts);
            try {
                for (int i = 0; i < keys.length; i++) {
                    if (keys[i] == null) { // {**m}
                        PyObject m = values[i].eval(f);
                        try {
                            mergeMapping(f.t, d, m);
                        } finally {
                            RefCount.decref(f.ts, m);
                        }
                        continue;
                    }
                    PyObject k = keys[i].eval(f);
                    try {
                        PyObject v = values[i].eval(f);
                        try {
                            d.setItem(f.ts, k, v);
                        } finally {
                            RefCount.decref(f.ts, v);
                        }
                    } finally {
                        RefCount.decref(f.ts, k);
                    }
                }
                return d;
            } catch (RuntimeException e) {
                RefCount.decref(f.ts, d);
                throw e;
            }
        }
    }

    /**
     * {@code **m} in a dict display: a dict's items, or for another object {@code m[k]} for each {@code k} of
     * {@code m.keys()}; CPython's TypeError for an object without {@code keys}.
     */
    static void mergeMapping(PyThread t, PyDict d, PyObject m) {
        ThreadState ts = t.ts;
        if (m instanceof PyDict) {
            d.update(ts, (PyDict) m);
            return;
        }
        PyStr keysName = t.interp.str("keys");
        PyObject keysMethod = Ops.getAttrOrNull(t, m, keysName);
        if (keysMethod == null) {
            throw Errors.typeError(t, "'" + m.type().name() + "' object is not a mapping");
        }
        PyObject ks;
        try {
            ks = Ops.call(t, keysMethod, Ops.NO_ARGS, null);
        } finally {
            RefCount.decref(ts, keysMethod);
        }
        try {
            PyObject it = Ops.iter(t, ks);
            try {
                for (PyObject k = Ops.next(t, it); k != null; k = Ops.next(t, it)) {
                    try {
                        PyObject v = Ops.getItem(t, m, k);
                        try {
                            d.setItem(ts, k, v);
                        } finally {
                            RefCount.decref(ts, v);
                        }
                    } finally {
                        RefCount.decref(ts, k);
                    }
                }
            } finally {
                RefCount.decref(ts, it);
            }
        } finally {
            RefCount.decref(ts, ks);
        }
    }

    static final class SetExpr extends Expr {
        final Expr[] elts;
        /** Three or more constants: CPython makes the set from a frozenset constant (SetOrder). */
        private final boolean constants;

        SetExpr(Expr[] elts) {
            this.elts = elts;
            boolean c = elts.length > 2;
            for (Expr e : elts) {
                c &= isConstant(e);
            }
            this.constants = c;
        }

        private static boolean isConstant(Expr e) {
            if (e instanceof Const) {
                return true;
            }
            if (e instanceof TupleExpr) {
                for (Expr x : ((TupleExpr) e).elts) {
                    if (!isConstant(x)) {
                        return false;
                    }
                }
                return true;
            }
            return false;
        }

        @Override
        PyObject eval(Frame f) {
            PySet s = new PySet(f.ts);
            try {
                if (anyStarred(elts)) {
                    PyObject[] vs = evalExpanding(f, elts, null);
                    try {
                        for (PyObject v : vs) {
                            s.add(f.ts, v);
                        }
                    } finally {
                        releaseAll(f.ts, vs);
                    }
                    return s;
                }
                for (Expr e : elts) {
                    PyObject v = e.eval(f);
                    try {
                        s.add(f.ts, v);
                    } finally {
                        RefCount.decref(f.ts, v);
                    }
                }
                if (constants) {
                    PyObject[] ks = PySet.keys(f.t, s);
                    s.literal = ks.clone(); // identities only
                    PySet.release(f.ts, ks);
                }
                return s;
            } catch (RuntimeException e) {
                RefCount.decref(f.ts, s);
                throw e;
            }
        }
    }

    /** {@code def}'s and {@code lambda}'s function object: defaults evaluated now, cells taken from the frame. */
    static final class MakeFunction extends Expr {
        final Code code;
        final Expr[] defaults;
        final Expr[] kwDefaults;
        /** For each free variable of {@code code}: a local slot of this frame holding a cell (>= 0), or
         *  {@code -(i + 1)} for this frame's own closure cell i. Filled by resolution. */
        int[] cellSources;
        /** A function made once (module or class level): per-thread counted. Nested ones are counted normally, so
         *  a closure made per call is freed at its last reference, as in CPython. */
        boolean perThread;
        /** The parameters' and the return's annotations ({@code __annotations__}), or null when there are none. */
        String[] annNames;
        Expr[] annExprs;

        MakeFunction(Code code, Expr[] defaults, Expr[] kwDefaults) {
            this.code = code;
            this.defaults = defaults;
            this.kwDefaults = kwDefaults;
        }

        /** The annotations evaluated in the defining frame, after the defaults (CPython 3.13's order), in a new dict. */
        private PyDict annotations(Frame f) {
            ThreadState ts = f.ts;
            PyDict ann = PyDict.create(ts);
            try {
                for (int i = 0; i < annExprs.length; i++) {
                    PyObject v = annExprs[i].eval(f);
                    try {
                        ann.setItem(ts, f.t.interp.str(annNames[i]), v);
                    } finally {
                        RefCount.decref(ts, v);
                    }
                }
            } catch (RuntimeException e) {
                RefCount.decref(ts, ann);
                throw e;
            }
            return ann;
        }

        @Override
        PyObject eval(Frame f) {
            ThreadState ts = f.ts;
            PyObject[] d = evalAll(f, defaults);
            PyObject[] kd = new PyObject[kwDefaults.length];
            try {
                for (int i = 0; i < kwDefaults.length; i++) {
                    kd[i] = kwDefaults[i] == null ? null : kwDefaults[i].eval(f);
                }
                PyCell[] cells = new PyCell[cellSources.length];
                for (int i = 0; i < cells.length; i++) {
                    int s = cellSources[i];
                    cells[i] = s >= 0 ? (PyCell) f.locals[s] : f.closure[-s - 1];
                }
                PyDict ann = annExprs == null ? null : annotations(f);
                PyFunction fn = new PyFunction(ts, code, f.globals, f.t.interp.builtinsFrom(ts, f.globals), d, kd, cells);
                PyClass outerClass = f.func == null ? null : f.func.definingClass();
                if (code.usesSuper && outerClass != null) { // a function nested in a method: the method's __class__
                    fn.setDefiningClass(ts, outerClass);
                }
                if (ann != null) {
                    fn.setAnnotations(ts, ann); // takes the reference
                }
                if (perThread) {
                    RefCount.makePerThread(ts, fn);
                }
                return fn;
            } finally {
                releaseAll(ts, d);
                releaseAll(ts, kd);
            }
        }
    }

    /** An f-string: literal parts and formatted fields, joined. */
    static final class FString extends Expr {
        final Object[] parts; // String, or Field

        FString(Object[] parts) {
            this.parts = parts;
        }

        static final class Field {
            final Expr value;
            final char conversion; // 0, 's', 'r', 'a'
            final Expr spec; // null, or an FString/Const
            final String debugText;

            Field(Expr value, char conversion, Expr spec, String debugText) {
                this.value = value;
                this.conversion = conversion;
                this.spec = spec;
                this.debugText = debugText;
            }
        }

        @Override
        PyObject eval(Frame f) {
            try {
                StringBuilder b = new StringBuilder();
                for (Object p : parts) {
                    if (p instanceof String) {
                        b.append((String) p);
                        continue;
                    }
                    Field fd = (Field) p;
                    if (fd.debugText != null) {
                        b.append(fd.debugText);
                    }
                    PyObject v = fd.value.eval(f);
                    try {
                        String spec = "";
                        if (fd.spec != null) {
                            PyObject s = fd.spec.eval(f);
                            spec = ((PyStr) s).value();
                            RefCount.decref(f.ts, s);
                        }
                        char conv = fd.conversion;
                        if (conv == 0 && fd.debugText != null && fd.spec == null) {
                            conv = 'r';
                        }
                        if (conv == 'r' || conv == 'a') {
                            String r = Ops.reprString(f.t, v);
                            b.append(Builtins.formatValue(f.t, PyStr.of(f.ts, conv == 'a' ? Builtins.asciiEscaped(r) : r),
                                    spec, true));
                        } else if (conv == 's') {
                            b.append(Builtins.formatValue(f.t, PyStr.of(f.ts, Ops.strString(f.t, v)), spec, true));
                        } else {
                            b.append(Builtins.formatValue(f.t, v, spec, false));
                        }
                    } finally {
                        RefCount.decref(f.ts, v);
                    }
                }
                return PyStr.of(f.ts, b.toString());
            } catch (RuntimeException r) {
                throw PyRaise.at(f, this, r);
            }
        }
    }

    /** A comprehension (list, set, dict) or generator expression: a call of its own nested function. */
    static final class Comprehension extends Expr {
        final MakeFunction function;
        final Expr firstIter;
        /** Whether the first clause is {@code async for}: its iterable is taken by {@code __aiter__}. */
        boolean firstAsync;
        /**
         * A list, set or dict comprehension that awaits (an async for, or an await in it): a generator expression
         * holding it is asynchronous (the parser's check).
         */
        boolean awaits;

        Comprehension(MakeFunction function, Expr firstIter) {
            this.function = function;
            this.firstIter = firstIter;
        }

        @Override
        PyObject eval(Frame f) {
            try {
                PyObject src = firstIter.eval(f);
                PyObject it;
                try {
                    it = firstAsync ? Stmts.aiter(f.t, src) : Ops.iter(f.t, src);
                } catch (RuntimeException r) {
                    throw PyRaise.at(f, firstIter, r); // at the iterable, as CPython's GET_ITER
                } finally {
                    RefCount.decref(f.ts, src);
                }
                try {
                    PyObject fn = function.eval(f);
                    try {
                        return ((PyFunction) fn).call(f.t, new PyObject[] {it}, null);
                    } finally {
                        RefCount.decref(f.ts, fn);
                    }
                } finally {
                    RefCount.decref(f.ts, it);
                }
            } catch (RuntimeException r) {
                throw PyRaise.at(f, this, r);
            }
        }
    }

    /** A method's implicit {@code __class__}: the class whose body defined the function (CPython's class cell). */
    static final class ClassCell extends Expr {
        @Override
        PyObject eval(Frame f) {
            PyFunction fn = f.func;
            PyClass cls = fn == null ? null : fn.definingClass();
            if (cls == null) {
                throw Errors.raise(f.t, "NameError", "cannot access free variable '__class__' where it is not "
                        + "associated with a value in enclosing scope");
            }
            return RefCount.newRef(f.ts, cls);
        }
    }

    /** {@code super()} with no arguments: the function's defining class and its first argument. */
    static final class SuperExpr extends Expr {
        int selfSlot;
        boolean selfIsCell;

        @Override
        PyObject eval(Frame f) {
            PyFunction fn = f.func;
            PyClass cls = fn == null ? null : fn.definingClass();
            if (cls == null) {
                throw Errors.raise(f.t, "RuntimeError", "super(): no arguments");
            }
            PyObject self = f.locals.length == 0 ? null : f.locals[selfSlot];
            if (self instanceof PyCell && selfIsCell) { // captured: another thread may rebind it ([CELL1])
                PyObject s = ((PyCell) self).getRef(f.ts);
                if (s == null) {
                    throw Errors.raise(f.t, "RuntimeError", "super(): no arguments");
                }
                try {
                    Builtins.checkSuperObject(f.t, cls, s);
                    return new Builtins.PySuper(f.ts, cls, s);
                } finally {
                    RefCount.decref(f.ts, s);
                }
            }
            if (self == null) {
                throw Errors.raise(f.t, "RuntimeError", "super(): no arguments");
            }
            Builtins.checkSuperObject(f.t, cls, self);
            return new Builtins.PySuper(f.ts, cls, self);
        }
    }

    /**
     * A yield inside an expression ({@code print((yield x))}, {@code return (yield from it)}). In a generator the
     * parser lowers every one of these into statements before the body is made resumable (YieldLowering), so only an
     * asynchronous generator evaluates this node: its runner thread suspends here, as at a yield statement.
     */
    static final class YieldExpr extends Expr {
        final Expr value;
        final boolean from;

        YieldExpr(Expr value, boolean from) {
            this.value = value;
            this.from = from;
        }

        @Override
        PyObject eval(Frame f) {
            if (f.asyncGen == null || from) {
                throw new IllegalStateException("a yield expression the parser did not lower, at line " + line);
            }
            PyObject v = value == null ? PyNone.NONE : value.eval(f);
            PyObject sent = f.asyncGen.asyncYield(f.t, v);
            return sent == null ? PyNone.NONE : sent;
        }
    }

    /**
     * {@code await e} (PEP 492): a coroutine runs inline, on this thread; anything else gives an iterator by its
     * {@code __await__}, driven as {@code yield from} drives one, each value it yields suspending the coroutine this
     * thread runs ({@link PyCoroutine#suspend}) until its driver resumes it.
     */
    static final class Await extends Expr {
        final Expr value;

        Await(Expr value) {
            this.value = value;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject x = value.eval(f);
            try {
                return awaitValue(f.t, x);
            } finally {
                RefCount.decref(f.ts, x);
            }
        }
    }

    /** The value of {@code await x} on {@code t} (a new reference). */
    static PyObject awaitValue(PyThread t, PyObject x) {
        return awaitValue(t, x, null);
    }

    /**
     * As {@link #awaitValue(PyThread, PyObject)}; {@code notAwaitable} is the start of CPython's message when x has
     * no {@code __await__} in the statement awaiting it ("'async with' received an object from __aenter__ that does
     * not implement __await__"), followed by ": TYPE"; null for an await expression's own message.
     */
    static PyObject awaitValue(PyThread t, PyObject x, String notAwaitable) {
        ThreadState ts = t.ts;
        if (x instanceof PyCoroutine && !((PyCoroutine) x).asyncGen) {
            return ((PyCoroutine) x).awaitInline(t);
        }
        if (x instanceof PyCoroutine.ASend) {
            return ((PyCoroutine.ASend) x).await(t);
        }
        PyObject m = x instanceof PyInstance ? ((PyInstance) x).cls().lookup(t, "__await__") : null;
        if (m == null) { // CPython 3.13's messages
            throw Errors.typeError(t, notAwaitable != null ? notAwaitable + ": " + Ops.typeName(x)
                    : "object " + Ops.typeName(x) + " can't be used in 'await' expression");
        }
        PyObject it;
        try {
            it = Ops.callMethod(t, m, x, Ops.NO_ARGS, null);
        } finally {
            RefCount.decref(ts, m);
        }
        try {
            if (it instanceof PyCoroutine) {
                throw Errors.typeError(t, "__await__() returned a coroutine");
            }
            if (!Ops.isIterator(it)) {
                throw Errors.typeError(t, "__await__() returned non-iterator of type '" + Ops.typeName(it) + "'");
            }
            PyObject sent = null;
            PyRaise thrown = null;
            while (true) {
                PyObject[] ret = new PyObject[1];
                PyObject y = thrown != null ? GenStmts.Yield.throwInto(t, it, thrown, ret)
                        : GenStmts.Yield.sendInto(t, it, sent, ret);
                sent = null;
                thrown = null;
                if (y == null) {
                    return ret[0] == null ? PyNone.NONE : ret[0];
                }
                PyCoroutine runner = t.coroutineRunner;
                if (runner == null) {
                    RefCount.decref(ts, y);
                    throw Errors.raise(t, "RuntimeError", "await outside a coroutine driven by send()");
                }
                try {
                    sent = runner.suspend(t, y);
                } catch (PyRaise e) {
                    thrown = e;
                }
            }
        } finally {
            RefCount.decref(ts, it);
        }
    }
}
