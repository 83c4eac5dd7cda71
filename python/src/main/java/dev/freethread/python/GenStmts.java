// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyException;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;
import dev.freethread.python.text.TextError;
import dev.freethread.refcount.RefCount;

/**
 * Generators on a tree-walking evaluator: the statements of a generator's body that contain a {@code yield} are
 * <em>resumable</em>. Suspending unwinds the Java stack: the yield answers {@link Stmt#YIELD}, and every resumable
 * statement on the way out has already saved where it is (its {@link GenState#pc} slot) and what it holds (its
 * {@link GenState#saved} slot: a for loop's iterator, a with statement's exit, a try statement's exception). Resuming
 * runs the body again from the top with {@link GenState#resuming} set: each resumable statement goes straight back to
 * the child it suspended in, without evaluating anything, down to the yield, which clears the flag and answers the
 * value sent (or raises the exception thrown in). Statements with no yield inside are the ordinary nodes and always
 * run to their end within one resumption; so an ordinary function costs nothing for this.
 *
 * <p>A yield is a statement here ({@code yield x}, {@code yield from it}, {@code v = yield x},
 * {@code v = (yield)}): the parser refuses one nested inside another expression, whose half-evaluated operands would have to be saved too.
 *
 * <p>Unwinding on a yield must not run what an exception or a normal end runs: a for loop keeps its iterator, a with
 * statement does not call {@code __exit__}, a try statement does not run its finally clause and keeps the exception
 * its handler handles. Each therefore tests for YIELD before any clean-up, and cleans up in {@code catch} blocks, never
 * in {@code finally} blocks that a yield would pass through. A handler's exception leaves the thread's stack of
 * exceptions being handled when its body suspends and goes back on it when it resumes (in the resuming thread's stack),
 * as CPython's generator keeps its own exception state.
 */
final class GenStmts {
    private GenStmts() {
    }

    /** Whether {@code s} contains a yield of its own function (nested functions and classes are other scopes). */
    static boolean containsYield(Stmt s) {
        if (s instanceof Yield) {
            return true;
        }
        if (s instanceof Stmts.Block) {
            for (Stmt c : ((Stmts.Block) s).body) {
                if (containsYield(c)) {
                    return true;
                }
            }
            return false;
        }
        if (s instanceof Stmts.If) {
            Stmts.If i = (Stmts.If) s;
            return containsYield(i.body) || i.orelse != null && containsYield(i.orelse);
        }
        if (s instanceof Stmts.While) {
            Stmts.While w = (Stmts.While) s;
            return containsYield(w.body) || w.orelse != null && containsYield(w.orelse);
        }
        if (s instanceof Stmts.For) {
            Stmts.For l = (Stmts.For) s;
            return containsYield(l.body) || l.orelse != null && containsYield(l.orelse);
        }
        if (s instanceof Stmts.Try) {
            Stmts.Try t = (Stmts.Try) s;
            if (containsYield(t.body) || t.orelse != null && containsYield(t.orelse)
                    || t.finalbody != null && containsYield(t.finalbody)) {
                return true;
            }
            for (Stmts.Handler h : t.handlers) {
                if (containsYield(h.body)) {
                    return true;
                }
            }
            return false;
        }
        if (s instanceof Stmts.With) {
            return containsYield(((Stmts.With) s).body);
        }
        if (s instanceof Patterns.Match) {
            for (Patterns.Case c : ((Patterns.Match) s).cases) {
                if (containsYield(c.body)) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * The resumable form of a generator's body: each statement that contains a yield replaced by its resumable node,
     * numbered in {@code code.genSlots}; the others kept as they are.
     */
    static Stmt genify(Stmt s, Code code) {
        if (s == null || !containsYield(s)) {
            return s;
        }
        Stmt g;
        if (s instanceof Yield) {
            Yield y = (Yield) s;
            if (y.from) {
                y.slot = code.genSlots++;
            }
            return y;
        } else if (s instanceof Stmts.Block) {
            Stmt[] body = ((Stmts.Block) s).body.clone();
            for (int i = 0; i < body.length; i++) {
                body[i] = genify(body[i], code);
            }
            g = new Block(body, code.genSlots++);
        } else if (s instanceof Stmts.If) {
            Stmts.If i = (Stmts.If) s;
            g = new If(i.test, genify(i.body, code), genify(i.orelse, code), code.genSlots++);
        } else if (s instanceof Stmts.While) {
            Stmts.While w = (Stmts.While) s;
            g = new While(w.test, genify(w.body, code), genify(w.orelse, code), code.genSlots++);
        } else if (s instanceof Stmts.For) {
            Stmts.For l = (Stmts.For) s;
            g = new For(l.target, l.iter, genify(l.body, code), genify(l.orelse, code), code.genSlots++);
        } else if (s instanceof Stmts.Try) {
            Stmts.Try t = (Stmts.Try) s;
            Stmts.Handler[] hs = new Stmts.Handler[t.handlers.length];
            for (int k = 0; k < hs.length; k++) {
                Stmts.Handler h = t.handlers[k];
                hs[k] = new Stmts.Handler(h.type, h.name, genify(h.body, code), h.line);
            }
            g = new Try(genify(t.body, code), hs, genify(t.orelse, code), genify(t.finalbody, code), code.genSlots++);
        } else if (s instanceof Stmts.With) {
            Stmts.With w = (Stmts.With) s;
            g = new With(w.ctx, w.target, genify(w.body, code), code.genSlots++);
        } else if (s instanceof Patterns.Match) {
            Patterns.Match m = (Patterns.Match) s;
            Stmt[] bodies = new Stmt[m.cases.length];
            for (int i = 0; i < bodies.length; i++) {
                bodies[i] = genify(m.cases[i].body, code);
            }
            g = new Match(m, bodies, code.genSlots++);
        } else {
            throw new IllegalStateException("a yield inside " + s.getClass().getSimpleName());
        }
        g.line = s.line;
        return g;
    }

    /** The loops' back-edge for a resumable body: YIELD passes through (no poll: the resumer polled). */
    private static int backEdge(Frame f, int r) {
        return r == Stmt.YIELD ? Stmt.YIELD : Stmts.backEdge(f, r);
    }

    /**
     * {@code yield [value]}, {@code yield from value}, and either as the right side of an assignment to
     * {@code targets}.
     */
    static final class Yield extends Stmt {
        final Expr value;
        final boolean from;
        /** The assignment's targets, or null for a yield statement. */
        final Expr[] targets;
        /** A yield from's slot (its sub-iterator), or -1. */
        int slot = -1;

        Yield(Expr value, boolean from, Expr[] targets) {
            this.value = value;
            this.from = from;
            this.targets = targets;
        }

        @Override
        int exec(Frame f) {
            if (f.asyncGen != null) { // an asynchronous generator's yield: its runner waits for the consumer
                PyObject v = value == null ? PyNone.NONE : value.eval(f);
                PyObject sent = f.asyncGen.asyncYield(f.t, v);
                return assignStolen(f, sent == null ? PyNone.NONE : sent);
            }
            GenState g = f.gen;
            if (from) {
                return yieldFrom(f, g);
            }
            if (g.resuming) {
                g.resuming = false;
                PyRaise thrown = g.thrown;
                if (thrown != null) {
                    g.thrown = null;
                    chainToHandled(f, thrown);
                    throw thrown;
                }
                PyObject v = g.sent;
                g.sent = null;
                return assignStolen(f, v == null ? PyNone.NONE : v);
            }
            g.yielded = value == null ? PyNone.NONE : value.eval(f);
            return YIELD;
        }

        /**
         * An exception thrown in at a yield inside an except clause has the exception being handled there as its
         * {@code __context__}, as one raised there would (CPython chains it when the throw raises it in the frame).
         */
        private static void chainToHandled(Frame f, PyRaise thrown) {
            java.util.List<PyBaseExc> handling = f.t.handling;
            if (!handling.isEmpty() && thrown.exc.context == null) {
                PyBaseExc top = handling.get(handling.size() - 1);
                if (top != thrown.exc) {
                    thrown.exc.setContext(f.ts, top);
                }
            }
        }

        /** Binds the targets to {@code v} (a new reference, dropped here). */
        private int assignStolen(Frame f, PyObject v) {
            try {
                if (targets != null) {
                    for (Expr t : targets) {
                        t.assign(f, v);
                    }
                }
            } finally {
                RefCount.decref(f.ts, v);
            }
            return NORMAL;
        }

        /**
         * PEP 380: each value the sub-iterator produces is yielded from here; a value sent is passed on ({@code send}
         * for a value other than None, else {@code next}), an exception thrown in is thrown into it ({@code throw},
         * or {@code close} for GeneratorExit, which is then raised here), and its return value (StopIteration's) is
         * the expression's value.
         */
        private int yieldFrom(Frame f, GenState g) {
            PyThread t = f.t;
            ThreadState ts = f.ts;
            PyObject it;
            PyObject[] ret = new PyObject[1];
            PyObject v;
            if (g.resuming) {
                g.resuming = false;
                it = (PyObject) g.saved[slot];
                PyRaise thrown = g.thrown;
                PyObject sent = g.sent;
                g.thrown = null;
                g.sent = null;
                try {
                    v = thrown != null ? throwInto(t, it, thrown, ret) : sendInto(t, it, sent, ret);
                } catch (RuntimeException | Error e) {
                    g.saved[slot] = null;
                    RefCount.decref(ts, it);
                    throw e;
                }
            } else {
                PyObject src = value.eval(f);
                try {
                    it = Ops.iter(t, src);
                } finally {
                    RefCount.decref(ts, src);
                }
                g.saved[slot] = it;
                try {
                    v = sendInto(t, it, null, ret);
                } catch (RuntimeException | Error e) {
                    g.saved[slot] = null;
                    RefCount.decref(ts, it);
                    throw e;
                }
            }
            if (v != null) {
                g.yielded = v;
                return YIELD;
            }
            g.saved[slot] = null;
            RefCount.decref(ts, it);
            return assignStolen(f, ret[0] == null ? PyNone.NONE : ret[0]);
        }

        /**
         * One step of the sub-iterator with {@code sent} (a new reference, dropped here; null or None: {@code next}):
         * the value it produced (a new reference), or null when it ended, its return value then in {@code ret[0]}.
         */
        static PyObject sendInto(PyThread t, PyObject it, PyObject sent, PyObject[] ret) {
            ThreadState ts = t.ts;
            try {
                if (it instanceof PyGenerator) {
                    PyObject s = sent;
                    sent = null; // resume takes it over (dropping it here too freed a value sent through yield from)
                    return ((PyGenerator) it).resume(t, s, null, ret);
                }
                if (it instanceof PyCoroutine.Wrapper && ((PyCoroutine.Wrapper) it).coroutine() != null) {
                    PyObject s = sent;
                    sent = null; // resume takes it over
                    return ((PyCoroutine.Wrapper) it).coroutine().resume(t, s == PyNone.NONE ? null : s, null, ret);
                }
                if (sent == null || sent == PyNone.NONE) {
                    if (it instanceof PyInstance) {
                        return callCatchingStop(t, it, "__next__", Ops.NO_ARGS, ret);
                    }
                    return Ops.next(t, it);
                }
                return callCatchingStop(t, it, "send", new PyObject[] {sent}, ret);
            } finally {
                RefCount.xdecref(ts, sent);
            }
        }

        /** Throws {@code thrown} (owned) into the sub-iterator, as {@link #sendInto} answers. */
        static PyObject throwInto(PyThread t, PyObject it, PyRaise thrown, PyObject[] ret) {
            ThreadState ts = t.ts;
            if (thrown.exc.cls().isSubtypeOf(t.interp.exceptionClass("GeneratorExit"))) {
                try {
                    if (it instanceof PyGenerator) {
                        RefCount.decref(ts, ((PyGenerator) it).close(t));
                    } else {
                        PyObject close = Ops.getAttrOrNull(t, it, t.interp.str("close"));
                        if (close != null) {
                            try {
                                RefCount.decref(ts, Ops.call(t, close, Ops.NO_ARGS, null));
                            } finally {
                                RefCount.decref(ts, close);
                            }
                        }
                    }
                } catch (RuntimeException e) {
                    thrown.release(ts);
                    throw e;
                }
                throw thrown;
            }
            if (it instanceof PyGenerator) {
                return ((PyGenerator) it).resume(t, null, thrown, ret);
            }
            if (it instanceof PyCoroutine.Wrapper && ((PyCoroutine.Wrapper) it).coroutine() != null) {
                return ((PyCoroutine.Wrapper) it).coroutine().resume(t, null, thrown, ret);
            }
            PyObject m;
            try {
                m = Ops.getAttrOrNull(t, it, t.interp.str("throw"));
            } catch (RuntimeException e) {
                thrown.release(ts);
                throw e;
            }
            if (m == null) {
                throw thrown;
            }
            try {
                PyObject r;
                try {
                    r = callCatchingStopFn(t, m, new PyObject[] {thrown.exc}, ret);
                } finally {
                    thrown.release(ts);
                }
                return r;
            } finally {
                RefCount.decref(ts, m);
            }
        }

        private static PyObject callCatchingStop(PyThread t, PyObject it, String name, PyObject[] args,
                                                 PyObject[] ret) {
            ThreadState ts = t.ts;
            PyObject m = Ops.getAttrOrNull(t, it, t.interp.str(name));
            if (m == null) {
                throw Errors.attributeError(t, "'" + Ops.typeName(it) + "' object has no attribute '" + name + "'");
            }
            try {
                return callCatchingStopFn(t, m, args, ret);
            } finally {
                RefCount.decref(ts, m);
            }
        }

        /** Calls {@code m}; a StopIteration it raises ends the sub-iterator with its value in {@code ret[0]}. */
        private static PyObject callCatchingStopFn(PyThread t, PyObject m, PyObject[] args, PyObject[] ret) {
            try {
                return Ops.call(t, m, args, null);
            } catch (PyRaise r) {
                if (!r.exc.cls().isSubtypeOf(t.interp.exceptionClass("StopIteration"))) {
                    throw r;
                }
                PyObject value = r.exc.args().size() == 0 ? PyNone.NONE : r.exc.args().getItemBorrowed(0);
                ret[0] = RefCount.newRef(t.ts, value);
                r.release(t.ts);
                return null;
            }
        }
    }

    static final class Block extends Stmt {
        final Stmt[] body;
        final int slot;

        Block(Stmt[] body, int slot) {
            this.body = body;
            this.slot = slot;
        }

        @Override
        int exec(Frame f) {
            GenState g = f.gen;
            int i = g.resuming ? g.pc[slot] : 0;
            for (; i < body.length; i++) {
                Stmt s = body[i];
                f.line = s.line;
                g.pc[slot] = i;
                int r;
                try {
                    r = s.exec(f);
                } catch (RuntimeException x) {
                    throw PyRaise.at(f, s, x); // as Stmts.Block
                }
                if (r != NORMAL) {
                    return r;
                }
            }
            return NORMAL;
        }
    }

    static final class If extends Stmt {
        final Expr test;
        final Stmt body;
        final Stmt orelse;
        final int slot;

        If(Expr test, Stmt body, Stmt orelse, int slot) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
            this.slot = slot;
        }

        @Override
        int exec(Frame f) {
            GenState g = f.gen;
            int branch;
            if (g.resuming) {
                branch = g.pc[slot];
            } else {
                branch = Stmts.truthOf(f, test) ? 0 : 1;
                g.pc[slot] = branch;
            }
            Stmt s = branch == 0 ? body : orelse;
            return s == null ? NORMAL : s.exec(f);
        }
    }

    /** A match statement whose case bodies yield: the chosen case is kept across a suspension. */
    static final class Match extends Stmt {
        final Patterns.Match match;
        final Stmt[] bodies;
        final int slot;

        Match(Patterns.Match match, Stmt[] bodies, int slot) {
            this.match = match;
            this.bodies = bodies;
            this.slot = slot;
        }

        @Override
        int exec(Frame f) {
            GenState g = f.gen;
            int chosen;
            if (g.resuming) {
                chosen = g.pc[slot];
            } else {
                chosen = match.choose(f); // patterns and guards hold no yield (one in an expression is refused)
                g.pc[slot] = chosen;
            }
            return chosen < 0 ? NORMAL : bodies[chosen].exec(f);
        }
    }

    static final class While extends Stmt {
        final Expr test;
        final Stmt body;
        final Stmt orelse;
        final int slot;

        While(Expr test, Stmt body, Stmt orelse, int slot) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
            this.slot = slot;
        }

        @Override
        int exec(Frame f) {
            GenState g = f.gen;
            if (g.resuming) {
                if (g.pc[slot] == 1) {
                    return orelse.exec(f);
                }
                int r = backEdge(f, body.exec(f));
                if (r >= 0) {
                    return r;
                }
            }
            while (true) {
                f.line = line;
                if (!Stmts.truthOf(f, test)) {
                    break;
                }
                g.pc[slot] = 0;
                int r = backEdge(f, body.exec(f));
                if (r >= 0) {
                    return r;
                }
            }
            if (orelse == null) {
                return NORMAL;
            }
            g.pc[slot] = 1;
            return orelse.exec(f);
        }
    }

    static final class For extends Stmt {
        final Expr target;
        final Expr iter;
        final Stmt body;
        final Stmt orelse;
        final int slot;

        For(Expr target, Expr iter, Stmt body, Stmt orelse, int slot) {
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
            this.slot = slot;
        }

        @Override
        int exec(Frame f) {
            GenState g = f.gen;
            boolean resumed = g.resuming;
            if (resumed && g.pc[slot] == 1) {
                return orelse.exec(f);
            }
            PyObject it;
            if (resumed) {
                it = (PyObject) g.saved[slot];
            } else {
                PyObject src = iter.eval(f);
                try {
                    it = Ops.iter(f.t, src);
                } catch (RuntimeException r) {
                    throw PyRaise.at(f, iter, r);
                } finally {
                    RefCount.decref(f.ts, src);
                }
                g.saved[slot] = it;
                g.pc[slot] = 0;
            }
            int r;
            try {
                r = loop(f, it, resumed);
            } catch (RuntimeException | Error e) {
                g.saved[slot] = null;
                RefCount.decref(f.ts, it);
                throw e;
            }
            if (r == YIELD) {
                return YIELD; // the iterator stays in its slot
            }
            g.saved[slot] = null;
            RefCount.decref(f.ts, it);
            if (r >= 0) {
                return r;
            }
            if (orelse == null) {
                return NORMAL;
            }
            g.pc[slot] = 1;
            return orelse.exec(f);
        }

        /** The loop from where it is: a statement result, YIELD, or -1 when the iterator was exhausted. */
        private int loop(Frame f, PyObject it, boolean resumed) {
            if (resumed) {
                int r = backEdge(f, body.exec(f));
                if (r >= 0) {
                    return r;
                }
            }
            while (true) {
                f.line = line;
                PyObject v;
                try {
                    v = Ops.next(f.t, it);
                } catch (RuntimeException r) {
                    throw PyRaise.at(f, iter, r); // at the iterable, as CPython's FOR_ITER
                }
                if (v == null) {
                    return -1;
                }
                try {
                    target.assign(f, v);
                } finally {
                    RefCount.decref(f.ts, v);
                }
                int r = backEdge(f, body.exec(f));
                if (r >= 0) {
                    return r;
                }
            }
        }
    }

    /**
     * A generator expression's body, lazy as in CPython: its loops over the argument {@code .0} (the first iterable's
     * iterator, made in the enclosing scope) and the inner iterables, yielding each element. Slot 0's pc is the level
     * it suspended at; saved slot k (1 and up) holds level k's iterator (level 0's is local 0).
     */
    static final class Comp extends Stmt {
        final Stmts.CompBody c;

        Comp(Stmts.CompBody c) {
            this.c = c;
        }

        @Override
        int exec(Frame f) {
            GenState g = f.gen;
            int level = 0;
            if (g.resuming) {
                g.resuming = false;
                PyRaise thrown = g.thrown;
                if (thrown != null) {
                    g.thrown = null;
                    releaseInner(f, g);
                    throw thrown;
                }
                RefCount.xdecref(f.ts, g.sent);
                g.sent = null;
                level = g.pc[0];
            }
            try {
                while (true) {
                    f.ts.poll();
                    PyObject it = level == 0 ? f.locals[0] : (PyObject) g.saved[level];
                    PyObject v;
                    try {
                        v = Ops.next(f.t, it);
                    } catch (RuntimeException r) {
                        throw c.atIterable(f, r, level);
                    }
                    if (v == null) {
                        if (level == 0) {
                            return NORMAL;
                        }
                        g.saved[level] = null;
                        RefCount.decref(f.ts, it);
                        level--;
                        continue;
                    }
                    try {
                        c.targets[level].assign(f, v);
                    } finally {
                        RefCount.decref(f.ts, v);
                    }
                    boolean ok = true;
                    for (Expr cond : c.conds[level]) {
                        if (!Stmts.truthOf(f, cond)) {
                            ok = false;
                            break;
                        }
                    }
                    if (!ok) {
                        continue;
                    }
                    if (level + 1 < c.targets.length) {
                        PyObject src = c.iters[level + 1].eval(f);
                        PyObject inner;
                        try {
                            inner = Ops.iter(f.t, src);
                        } finally {
                            RefCount.decref(f.ts, src);
                        }
                        level++;
                        g.saved[level] = inner;
                        continue;
                    }
                    g.yielded = c.elt.eval(f);
                    g.pc[0] = level;
                    return YIELD;
                }
            } catch (RuntimeException | Error e) {
                releaseInner(f, g);
                throw e;
            }
        }

        private static void releaseInner(Frame f, GenState g) {
            for (int k = 1; k < g.saved.length; k++) {
                Object o = g.saved[k];
                if (o != null) {
                    g.saved[k] = null;
                    RefCount.decref(f.ts, (PyObject) o);
                }
            }
        }
    }

    /** A with statement's manager and bound {@code __exit__}, both counted, kept while its body is suspended. */
    static final class WithState {
        final PyObject mgr;
        final PyObject exit;

        WithState(PyObject mgr, PyObject exit) {
            this.mgr = mgr;
            this.exit = exit;
        }
    }

    static final class With extends Stmt {
        final Expr ctx;
        final Expr target;
        final Stmt body;
        final int slot;

        With(Expr ctx, Expr target, Stmt body, int slot) {
            this.ctx = ctx;
            this.target = target;
            this.body = body;
            this.slot = slot;
        }

        @Override
        int exec(Frame f) {
            GenState g = f.gen;
            WithState w;
            if (g.resuming) {
                w = (WithState) g.saved[slot];
            } else {
                w = enter(f);
                g.saved[slot] = w;
            }
            PyThread t = f.t;
            ThreadState ts = f.ts;
            int r;
            try {
                r = body.exec(f);
            } catch (RuntimeException e) {
                g.saved[slot] = null;
                try {
                    return Stmts.exitOnRaise(f, w.exit, e);
                } finally {
                    RefCount.decref(ts, w.exit);
                    RefCount.decref(ts, w.mgr);
                }
            }
            if (r == YIELD) {
                return YIELD; // the manager and its exit stay in the slot
            }
            g.saved[slot] = null;
            try {
                RefCount.decref(ts, Ops.call(t, w.exit, new PyObject[] {PyNone.NONE, PyNone.NONE, PyNone.NONE}, null));
            } finally {
                RefCount.decref(ts, w.exit);
                RefCount.decref(ts, w.mgr);
            }
            return r;
        }

        /** Evaluates the manager, calls {@code __enter__} and binds the target; as Stmts.With does. */
        private WithState enter(Frame f) {
            PyThread t = f.t;
            ThreadState ts = f.ts;
            PyObject mgr = ctx.eval(f);
            PyObject exit = null;
            try {
                exit = Ops.getAttrOrNull(t, mgr, t.interp.str("__exit__"));
                PyObject enter = exit == null ? null : Ops.getAttrOrNull(t, mgr, t.interp.str("__enter__"));
                RefCount.xdecref(ts, enter);
                if (enter == null) {
                    throw Stmts.noContextManager(t, mgr, "__enter__", "__exit__", ""); // the catch drops exit
                }
                PyObject entered = Ops.callAttr(t, mgr, t.interp.str("__enter__"), Ops.NO_ARGS, null);
                try {
                    if (target != null) {
                        target.assign(f, entered);
                    }
                } finally {
                    RefCount.decref(ts, entered);
                }
            } catch (RuntimeException e) {
                RefCount.xdecref(ts, exit);
                RefCount.decref(ts, mgr);
                throw e;
            }
            return new WithState(mgr, exit);
        }
    }

    /** A try statement suspended in a handler or in its finally clause: what it holds (counted) and how it ended. */
    static final class TryState {
        /** In a handler: its index and the exception it handles. */
        int handler;
        PyRaise handled;
        /** In the finally clause: the exception to raise again after it, or null; else the try part's result. */
        PyRaise pending;
        int status;
        /** A return's value kept across the finally clause, or null. */
        PyObject retval;
    }

    static final class Try extends Stmt {
        static final int BODY = 0;
        static final int ELSE = 1;
        static final int HANDLER = 2;
        static final int FINALLY = 3;

        final Stmt body;
        final Stmts.Handler[] handlers;
        final Stmt orelse;
        final Stmt finalbody;
        final int slot;

        Try(Stmt body, Stmts.Handler[] handlers, Stmt orelse, Stmt finalbody, int slot) {
            this.body = body;
            this.handlers = handlers;
            this.orelse = orelse;
            this.finalbody = finalbody;
            this.slot = slot;
        }

        @Override
        int exec(Frame f) {
            GenState g = f.gen;
            if (g.resuming && g.pc[slot] == FINALLY) {
                return runFinally(f, g, (TryState) g.saved[slot]);
            }
            if (finalbody == null) {
                return tryExcept(f, g);
            }
            int r;
            try {
                r = tryExcept(f, g);
            } catch (RuntimeException | StackOverflowError e) {
                PyRaise pending = e instanceof PyRaise ? (PyRaise) e : Errors.fromJava(f.t, e);
                f.traceHere(pending);
                TryState st = new TryState();
                st.pending = pending;
                return runFinally(f, g, st);
            }
            if (r == YIELD) {
                return YIELD;
            }
            TryState st = new TryState();
            st.status = r;
            if (r == RETURN) {
                st.retval = f.retval;
                f.retval = null;
            }
            return runFinally(f, g, st);
        }

        private int runFinally(Frame f, GenState g, TryState st) {
            g.pc[slot] = FINALLY;
            g.saved[slot] = st;
            PyThread t = f.t;
            ThreadState ts = f.ts;
            PyRaise pending = st.pending;
            if (pending != null) {
                t.handling.add(pending.exc);
            }
            int fr;
            try {
                fr = finalbody.exec(f);
            } catch (RuntimeException e2) {
                g.saved[slot] = null;
                PyRaise r2 = e2 instanceof PyRaise ? (PyRaise) e2 : Errors.fromJava(t, e2);
                if (pending != null && r2 != pending) { // a bare raise of it owns a reference of its own
                    if (r2.exc != pending.exc && r2.exc.context == null && !r2.exc.contextFixed) {
                        r2.exc.setContext(ts, pending.exc);
                    }
                    pending.release(ts);
                }
                RefCount.xdecref(ts, st.retval);
                throw r2;
            } finally {
                if (pending != null) {
                    t.handling.remove(t.handling.size() - 1);
                }
            }
            if (fr == YIELD) {
                return YIELD; // st stays in the slot
            }
            g.saved[slot] = null;
            if (fr != NORMAL) { // a return, break or continue in finally discards the exception or the return value
                if (pending != null) {
                    pending.release(ts);
                }
                RefCount.xdecref(ts, st.retval);
                return fr;
            }
            if (pending != null) {
                throw pending;
            }
            if (st.retval != null) {
                f.retval = st.retval;
            }
            return st.status;
        }

        private int tryExcept(Frame f, GenState g) {
            if (g.resuming) {
                int phase = g.pc[slot];
                if (phase == ELSE) {
                    return orelse.exec(f);
                }
                if (phase == HANDLER) {
                    return runHandler(f, g, (TryState) g.saved[slot], true);
                }
            }
            g.pc[slot] = BODY;
            if (handlers.length == 0) {
                return body.exec(f);
            }
            PyRaise raised;
            try {
                int r = body.exec(f);
                if (r != NORMAL || orelse == null) {
                    return r;
                }
                raised = null;
            } catch (PyRaise e) {
                raised = e;
            } catch (PyException | TextError | SyntaxErrorException | StackOverflowError
                    | ArithmeticException e) { // a SyntaxError from an import or compile in the body, too
                raised = Errors.fromJava(f.t, e);
            }
            if (raised != null) {
                f.traceHere(raised); // before the handlers move f.line
                return handle(f, g, raised);
            }
            g.pc[slot] = ELSE;
            return orelse.exec(f);
        }

        private int handle(Frame f, GenState g, PyRaise raised) {
            int k = Stmts.Try.matchingHandler(f, handlers, raised);
            if (k < 0) {
                throw raised;
            }
            TryState st = new TryState();
            st.handler = k;
            st.handled = raised;
            g.pc[slot] = HANDLER;
            g.saved[slot] = st;
            return runHandler(f, g, st, false);
        }

        /** Runs (or resumes) handler {@code st.handler} over {@code st.handled}, which it releases unless it yields. */
        private int runHandler(Frame f, GenState g, TryState st, boolean resumed) {
            PyThread t = f.t;
            ThreadState ts = f.ts;
            Stmts.Handler h = handlers[st.handler];
            PyRaise raised = st.handled;
            PyBaseExc exc = raised.exc;
            boolean suspended = false;
            t.handling.add(exc);
            try {
                if (!resumed && h.name != null) {
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
                }
                suspended = r == YIELD;
                return r;
            } finally {
                t.handling.remove(t.handling.size() - 1);
                if (!suspended) {
                    g.saved[slot] = null;
                    if (h.name != null) {
                        try {
                            h.name.delete(f);
                        } catch (PyRaise ignored) {
                            ignored.release(ts); // the handler deleted the name itself
                        }
                    }
                    raised.release(ts);
                }
            }
        }
    }
}
