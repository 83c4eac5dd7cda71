// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyObject;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Lowers the yields nested inside a generator's expressions ({@code print((yield x))}, {@code return (yield from g)},
 * {@code a + (yield) + b}) into yield <em>statements</em>, which GenStmts knows how to suspend and resume.
 *
 * <p>A statement whose expressions contain a yield becomes a list of statements: everything the expression evaluates
 * before a yield is computed into a fresh local temporary first ({@code $y0 = a}), each yield becomes
 * {@code $y1 = yield x}, and the statement itself then reads the temporaries ({@code print($y0 + $y1)}). Since the
 * frame's locals survive a suspension, so do the half-evaluated operands, and the order of evaluation is CPython's:
 * every operand to the left of a yield is evaluated before it (a name is read before it, as LOAD_NAME does), every
 * operand to its right after it. Short-circuiting forms keep their laziness: {@code a and (yield)}, {@code x if c else
 * (yield)} and a comparison chain become if statements, so a yield in an operand that is not reached never runs. The
 * temporaries are names no Python code can spell; the statement unbinds them when it completes (a value sent in is
 * not kept alive after the statement that used it, as CPython's stack would not keep it), and {@code locals()} hides
 * them.
 *
 * <p>What is not lowered (a yield in an assignment's target, a decorator, a default, a class's bases, an except
 * clause's type, an assert's message) stays, and the parser refuses it as not supported: {@link #lowered} then falls
 * short of the yields the statement holds.
 */
final class YieldLowering {
    /** A fresh Name node for {@code id}, registered in the function's scope (so it resolves to the local slot). */
    private final Function<String, Exprs.Name> names;
    /** The name of a fresh temporary, made a local of the function. */
    private final Supplier<String> temps;
    private final int line;
    /** The temporaries this statement made, unbound when it completes. */
    private final List<String> made = new ArrayList<>();
    /** How many yield expressions were replaced. */
    int lowered;

    YieldLowering(Function<String, Exprs.Name> names, Supplier<String> temps, int line) {
        this.names = names;
        this.temps = temps;
        this.line = line;
    }

    /** Whether {@code e} holds a yield expression of this function (not of a nested function or comprehension). */
    static boolean contains(Expr e) {
        if (e == null || e instanceof Exprs.Const || e instanceof Exprs.Name || e instanceof Exprs.SuperExpr) {
            return false;
        }
        if (e instanceof Exprs.YieldExpr) {
            return true;
        }
        for (Expr c : children(e)) {
            if (contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} holds an await of this scope (a nested function's or comprehension's is its own). */
    static boolean containsAwait(Expr e) {
        if (e == null || e instanceof Exprs.Const || e instanceof Exprs.Name || e instanceof Exprs.SuperExpr) {
            return false;
        }
        if (e instanceof Exprs.Await) {
            return true;
        }
        for (Expr c : children(e)) {
            if (containsAwait(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} holds a list, set or dict comprehension that awaits (an async for, or an await in it). */
    static boolean containsAwaitingComprehension(Expr e) {
        if (e == null || e instanceof Exprs.Const || e instanceof Exprs.Name || e instanceof Exprs.SuperExpr) {
            return false;
        }
        if (e instanceof Exprs.Comprehension && ((Exprs.Comprehension) e).awaits) {
            return true;
        }
        for (Expr c : children(e)) {
            if (containsAwaitingComprehension(c)) {
                return true;
            }
        }
        return false;
    }

    /** Appends the awaits of this scope in {@code e} to {@code out}. */
    static void collectAwaits(Expr e, List<Exprs.Await> out) {
        if (e == null || e instanceof Exprs.Const || e instanceof Exprs.Name || e instanceof Exprs.SuperExpr) {
            return;
        }
        if (e instanceof Exprs.Await) {
            out.add((Exprs.Await) e);
        }
        for (Expr c : children(e)) {
            collectAwaits(c, out);
        }
    }

    static boolean containsAwait(Expr[] es) {
        return containsAwait(List.of(es));
    }

    static boolean containsAwait(List<Expr> es) {
        for (Expr e : es) {
            if (containsAwait(e)) {
                return true;
            }
        }
        return false;
    }

    /** A node's operands in the order they are evaluated (nulls included), for the kinds that are lowered. */
    private static List<Expr> children(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Exprs.Attribute) {
            out.add(((Exprs.Attribute) e).obj);
        } else if (e instanceof Exprs.NamedExpr) {
            out.add(((Exprs.NamedExpr) e).value);
        } else if (e instanceof Exprs.Subscript) {
            out.add(((Exprs.Subscript) e).obj);
            out.add(((Exprs.Subscript) e).index);
        } else if (e instanceof Exprs.SliceExpr) {
            Exprs.SliceExpr s = (Exprs.SliceExpr) e;
            out.add(s.lo);
            out.add(s.hi);
            out.add(s.step);
        } else if (e instanceof Exprs.Starred) {
            out.add(((Exprs.Starred) e).value);
        } else if (e instanceof Exprs.Call) {
            Exprs.Call c = (Exprs.Call) e;
            out.add(c.func);
            out.addAll(List.of(c.args));
            out.addAll(List.of(c.kwvalues));
        } else if (e instanceof Exprs.CallAttr) {
            Exprs.CallAttr c = (Exprs.CallAttr) e;
            out.add(c.obj);
            out.addAll(List.of(c.args));
            out.addAll(List.of(c.kwvalues));
        } else if (e instanceof Exprs.BinOp) {
            out.add(((Exprs.BinOp) e).left);
            out.add(((Exprs.BinOp) e).right);
        } else if (e instanceof Exprs.Unary) {
            out.add(((Exprs.Unary) e).operand);
        } else if (e instanceof Exprs.BoolOp) {
            out.addAll(List.of(((Exprs.BoolOp) e).values));
        } else if (e instanceof Exprs.Compare) {
            out.addAll(List.of(((Exprs.Compare) e).operands));
        } else if (e instanceof Exprs.IfExp) {
            Exprs.IfExp i = (Exprs.IfExp) e;
            out.add(i.test);
            out.add(i.body);
            out.add(i.orelse);
        } else if (e instanceof Exprs.Display) {
            out.addAll(List.of(((Exprs.Display) e).elts));
        } else if (e instanceof Exprs.SetExpr) {
            out.addAll(List.of(((Exprs.SetExpr) e).elts));
        } else if (e instanceof Exprs.DictExpr) {
            Exprs.DictExpr d = (Exprs.DictExpr) e;
            for (int i = 0; i < d.keys.length; i++) {
                out.add(d.keys[i]);
                out.add(d.values[i]);
            }
        } else if (e instanceof Exprs.FString) {
            for (Object p : ((Exprs.FString) e).parts) {
                if (p instanceof Exprs.FString.Field) {
                    out.add(((Exprs.FString.Field) p).value);
                    out.add(((Exprs.FString.Field) p).spec);
                }
            }
        } else if (e instanceof Exprs.Comprehension) {
            out.add(((Exprs.Comprehension) e).firstIter); // the rest runs in the comprehension's own scope
        } else if (e instanceof Exprs.MakeFunction) {
            Exprs.MakeFunction m = (Exprs.MakeFunction) e;
            out.addAll(List.of(m.defaults));
            out.addAll(List.of(m.kwDefaults));
            if (m.annExprs != null) {
                out.addAll(List.of(m.annExprs));
            }
        } else if (e instanceof Exprs.Await) {
            out.add(((Exprs.Await) e).value);
        } else if (e instanceof Exprs.YieldExpr) {
            out.add(((Exprs.YieldExpr) e).value);
        }
        return out;
    }

    // ---- statements

    /** The statements that replace {@code s}, whose expressions hold at least one yield. */
    List<Stmt> lower(Stmt s) {
        List<Stmt> out = new ArrayList<>();
        Stmt last = lowerInto(s, out);
        if (last != null) {
            out.add(last);
        }
        return out;
    }

    /**
     * Appends to {@code pre} what runs before {@code s}'s own work and answers {@code s} rebuilt (null when the
     * statements in {@code pre} are all of it).
     */
    private Stmt lowerInto(Stmt s, List<Stmt> pre) {
        if (s instanceof Stmts.ExprStmt) {
            Expr v = lowerExpr(((Stmts.ExprStmt) s).value, pre);
            if (!(v instanceof Exprs.Name)) { // a statement that was only a yield leaves nothing more to evaluate
                pre.add(at(new Stmts.ExprStmt(v)));
            }
            addClear(pre);
            return null;
        }
        if (s instanceof Stmts.Return) {
            return at(new Stmts.Return(lowerExpr(((Stmts.Return) s).value, pre)));
        }
        if (s instanceof Stmts.Assign) {
            Stmts.Assign a = (Stmts.Assign) s;
            pre.add(at(new Stmts.Assign(a.targets, lowerExpr(a.value, pre))));
            addClear(pre);
            return null;
        }
        if (s instanceof Stmts.AnnAssign) {
            Stmts.AnnAssign a = (Stmts.AnnAssign) s;
            pre.add(at(new Stmts.AnnAssign(a.target, a.annotation, lowerExpr(a.value, pre), a.name, a.evaluateOnly)));
            addClear(pre);
            return null;
        }
        if (s instanceof Stmts.AugAssign) {
            lowerAugAssign((Stmts.AugAssign) s, pre);
            addClear(pre);
            return null;
        }
        if (s instanceof GenStmts.Yield) {
            GenStmts.Yield y = (GenStmts.Yield) s;
            pre.add(at(new GenStmts.Yield(lowerExpr(y.value, pre), y.from, y.targets)));
            addClear(pre);
            return null;
        }
        if (s instanceof Stmts.If) {
            return lowerIf((Stmts.If) s, pre);
        }
        if (s instanceof Stmts.While) {
            lowerWhile((Stmts.While) s, pre);
            return null;
        }
        if (s instanceof Stmts.For) {
            Stmts.For l = (Stmts.For) s;
            pre.add(at(new Stmts.For(l.target, lowerExpr(l.iter, pre), l.body, l.orelse)));
            addClear(pre);
            return null;
        }
        if (s instanceof Stmts.With) {
            Stmts.With w = (Stmts.With) s;
            Expr ctx = lowerExpr(w.ctx, pre);
            Stmt body = w.body;
            if (body instanceof Stmts.With && contains(((Stmts.With) body).ctx)) { // with a, (yield) as b:
                body = block(lower(body));
            }
            pre.add(at(new Stmts.With(ctx, w.target, body)));
            addClear(pre);
            return null;
        }
        if (s instanceof Patterns.Match) {
            Patterns.Match m = (Patterns.Match) s;
            pre.add(at(new Patterns.Match(lowerExpr(m.subject, pre), m.cases)));
            addClear(pre);
            return null;
        }
        if (s instanceof Stmts.Raise) {
            Stmts.Raise r = (Stmts.Raise) s;
            Expr[] ops = lowerAll(new Expr[] {r.exc, r.cause}, pre);
            return at(new Stmts.Raise(ops[0], ops[1]));
        }
        if (s instanceof Stmts.Assert) {
            Stmts.Assert a = (Stmts.Assert) s;
            pre.add(at(new Stmts.Assert(lowerExpr(a.test, pre), a.msg)));
            addClear(pre);
            return null;
        }
        return s; // not lowered: the parser finds the yields left and refuses them
    }

    /**
     * {@code target op= value} with a yield in the value: the target's container, key and current value are read
     * first (as CPython's augmented assignment does), the yield after, then the in-place operation and the store.
     */
    private void lowerAugAssign(Stmts.AugAssign a, List<Stmt> pre) {
        Expr target = a.target;
        Expr current;
        Expr store;
        if (target instanceof Exprs.Attribute) {
            Exprs.Attribute at = (Exprs.Attribute) target;
            Expr obj = spill(at.obj, pre);
            current = node(new Exprs.Attribute(obj, at.name));
            store = node(new Exprs.Attribute(copy(obj), at.name));
        } else if (target instanceof Exprs.Subscript) {
            Exprs.Subscript sub = (Exprs.Subscript) target;
            Expr[] ops = spillAll(new Expr[] {sub.obj, sub.index}, pre);
            current = node(new Exprs.Subscript(ops[0], ops[1]));
            store = node(new Exprs.Subscript(copy(ops[0]), copy(ops[1])));
        } else {
            current = target;
            store = target;
        }
        String t = temp();
        pre.add(at(new Stmts.Assign(new Expr[] {name(t)}, current)));
        Expr v = lowerExpr(a.value, pre);
        pre.add(at(new Stmts.AugAssign(name(t), a.op, v)));
        pre.add(at(new Stmts.Assign(new Expr[] {store}, name(t))));
    }

    /** {@code if (yield): ...}, also in an elif: the test's statements run only where the test would be evaluated. */
    private Stmt lowerIf(Stmts.If i, List<Stmt> pre) {
        Expr test = lowerExpr(i.test, pre);
        Stmt orelse = i.orelse;
        if (orelse instanceof Stmts.If && contains(((Stmts.If) orelse).test)) {
            orelse = block(lower(orelse));
        }
        List<String> live = new ArrayList<>(made);
        made.clear();
        return at(new Stmts.If(test, withClear(live, i.body), withClear(live, orelse)));
    }

    /**
     * {@code while (yield): body else: rest} becomes {@code while True: pre; if not test: break; body}; the else
     * clause runs after the loop when a flag says the test ended it (not a break), so that a break or continue inside
     * the else clause still means the enclosing loop's.
     */
    private void lowerWhile(Stmts.While w, List<Stmt> pre) {
        String flag = w.orelse == null ? null : temp();
        List<String> outer = new ArrayList<>(made);
        made.clear();
        if (flag != null) {
            pre.add(at(new Stmts.Assign(new Expr[] {name(flag)}, node(new Exprs.Const(PyBool.FALSE)))));
        }
        List<Stmt> loop = new ArrayList<>();
        Expr test = lowerExpr(w.test, loop);
        List<Stmt> exit = new ArrayList<>();
        addClear(exit);
        if (flag != null) {
            exit.add(at(new Stmts.Assign(new Expr[] {name(flag)}, node(new Exprs.Const(PyBool.TRUE)))));
        }
        exit.add(at(new Stmts.Break()));
        loop.add(at(new Stmts.If(node(new Exprs.Unary("not", test)), block(exit), null)));
        addClear(loop);
        loop.add(w.body);
        pre.add(at(new Stmts.While(node(new Exprs.Const(PyBool.TRUE)), block(loop), null)));
        made.addAll(outer);
        if (flag != null) {
            pre.add(at(new Stmts.If(name(flag), w.orelse, null)));
            made.add(flag);
        }
        addClear(pre);
    }

    // ---- expressions

    /** {@code e} with its yields replaced by temporaries, what it evaluates before them appended to {@code pre}. */
    private Expr lowerExpr(Expr e, List<Stmt> pre) {
        if (!contains(e)) {
            return e;
        }
        if (e instanceof Exprs.YieldExpr) {
            Exprs.YieldExpr y = (Exprs.YieldExpr) e;
            Expr v = lowerExpr(y.value, pre);
            String t = temp();
            GenStmts.Yield stmt = new GenStmts.Yield(v, y.from, new Expr[] {name(t)});
            stmt.line = y.line;
            pre.add(stmt);
            lowered++;
            return name(t);
        }
        if (e instanceof Exprs.Attribute) {
            Exprs.Attribute a = (Exprs.Attribute) e;
            return node(new Exprs.Attribute(lowerExpr(a.obj, pre), a.name), e);
        }
        if (e instanceof Exprs.NamedExpr) {
            Exprs.NamedExpr n = (Exprs.NamedExpr) e;
            return node(new Exprs.NamedExpr(n.target, lowerExpr(n.value, pre)), e);
        }
        if (e instanceof Exprs.Subscript) {
            Exprs.Subscript s = (Exprs.Subscript) e;
            Expr[] ops = lowerAll(new Expr[] {s.obj, s.index}, pre);
            return node(new Exprs.Subscript(ops[0], ops[1]), e);
        }
        if (e instanceof Exprs.SliceExpr) {
            Exprs.SliceExpr s = (Exprs.SliceExpr) e;
            Expr[] ops = lowerAll(new Expr[] {s.lo, s.hi, s.step}, pre);
            return node(new Exprs.SliceExpr(ops[0], ops[1], ops[2]), e);
        }
        if (e instanceof Exprs.Starred) {
            return node(new Exprs.Starred(lowerExpr(((Exprs.Starred) e).value, pre)), e);
        }
        if (e instanceof Exprs.Call) {
            Exprs.Call c = (Exprs.Call) e;
            Expr[] ops = lowerAll(concat(new Expr[] {c.func}, c.args, c.kwvalues), pre);
            return node(new Exprs.Call(ops[0], slice(ops, 1, c.args.length),
                    c.kwnames, slice(ops, 1 + c.args.length, c.kwvalues.length)), e);
        }
        if (e instanceof Exprs.CallAttr) {
            Exprs.CallAttr c = (Exprs.CallAttr) e;
            Expr[] rest = concat(new Expr[0], c.args, c.kwvalues);
            if (!anyContains(rest)) { // only the receiver: the method is still looked up after it
                Expr obj = lowerExpr(c.obj, pre);
                Exprs.Call call = new Exprs.Call(obj, c.args, c.kwnames, c.kwvalues);
                call.line = c.line;
                return node(new Exprs.CallAttr(obj, c.name, call, call), e);
            }
            // the bound method is looked up before the arguments, as CallAttr does
            Expr obj = lowerExpr(c.obj, pre);
            Expr method = spill(node(new Exprs.Attribute(obj, c.name), e), pre);
            Expr[] ops = lowerAll(rest, pre);
            return node(new Exprs.Call(method, slice(ops, 0, c.args.length), c.kwnames,
                    slice(ops, c.args.length, c.kwvalues.length)), e);
        }
        if (e instanceof Exprs.BinOp) {
            Exprs.BinOp b = (Exprs.BinOp) e;
            Expr[] ops = lowerAll(new Expr[] {b.left, b.right}, pre);
            return node(new Exprs.BinOp(b.op, ops[0], ops[1]), e);
        }
        if (e instanceof Exprs.Unary) {
            Exprs.Unary u = (Exprs.Unary) e;
            return node(new Exprs.Unary(u.op, lowerExpr(u.operand, pre)), e);
        }
        if (e instanceof Exprs.BoolOp) {
            return lowerBoolOp((Exprs.BoolOp) e, pre);
        }
        if (e instanceof Exprs.Compare) {
            return lowerCompare((Exprs.Compare) e, pre);
        }
        if (e instanceof Exprs.IfExp) {
            Exprs.IfExp i = (Exprs.IfExp) e;
            Expr test = lowerExpr(i.test, pre);
            if (!contains(i.body) && !contains(i.orelse)) {
                return node(new Exprs.IfExp(test, i.body, i.orelse), e);
            }
            String r = temp();
            pre.add(at(new Stmts.If(test, assignLowered(r, i.body), assignLowered(r, i.orelse))));
            return name(r);
        }
        if (e instanceof Exprs.TupleExpr) {
            return node(new Exprs.TupleExpr(lowerAll(((Exprs.TupleExpr) e).elts, pre)), e);
        }
        if (e instanceof Exprs.ListExpr) {
            return node(new Exprs.ListExpr(lowerAll(((Exprs.ListExpr) e).elts, pre)), e);
        }
        if (e instanceof Exprs.SetExpr) {
            return node(new Exprs.SetExpr(lowerAll(((Exprs.SetExpr) e).elts, pre)), e);
        }
        if (e instanceof Exprs.DictExpr) {
            Exprs.DictExpr d = (Exprs.DictExpr) e;
            Expr[] pairs = new Expr[d.keys.length * 2];
            for (int i = 0; i < d.keys.length; i++) {
                pairs[2 * i] = d.keys[i];
                pairs[2 * i + 1] = d.values[i];
            }
            Expr[] ops = lowerAll(pairs, pre);
            Expr[] keys = new Expr[d.keys.length];
            Expr[] values = new Expr[d.keys.length];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = ops[2 * i];
                values[i] = ops[2 * i + 1];
            }
            return node(new Exprs.DictExpr(keys, values), e);
        }
        if (e instanceof Exprs.FString) {
            Object[] parts = ((Exprs.FString) e).parts.clone();
            List<Expr> ops = new ArrayList<>();
            for (Object p : parts) {
                if (p instanceof Exprs.FString.Field) {
                    ops.add(((Exprs.FString.Field) p).value);
                    ops.add(((Exprs.FString.Field) p).spec);
                }
            }
            Expr[] lowered = lowerAll(ops.toArray(new Expr[0]), pre);
            int k = 0;
            for (int i = 0; i < parts.length; i++) {
                if (parts[i] instanceof Exprs.FString.Field) {
                    Exprs.FString.Field fd = (Exprs.FString.Field) parts[i];
                    parts[i] = new Exprs.FString.Field(lowered[k], fd.conversion, lowered[k + 1], fd.debugText);
                    k += 2;
                }
            }
            return node(new Exprs.FString(parts), e);
        }
        if (e instanceof Exprs.Comprehension) {
            Exprs.Comprehension c = (Exprs.Comprehension) e;
            Exprs.Comprehension out = node(new Exprs.Comprehension(c.function, lowerExpr(c.firstIter, pre)), e);
            out.firstAsync = c.firstAsync;
            return out;
        }
        return e; // not lowered (a lambda's default): refused by the parser
    }

    /**
     * {@code a and b and c} with a yield after the first operand: the operands before the yield's are evaluated
     * into {@code r}, and the rest only when {@code r} does not already decide the result.
     */
    private Expr lowerBoolOp(Exprs.BoolOp b, List<Stmt> pre) {
        Expr[] vs = b.values;
        int k = 1;
        while (k < vs.length && !contains(vs[k])) {
            k++;
        }
        if (k == vs.length) { // only the first operand holds a yield
            Expr[] out = vs.clone();
            out[0] = lowerExpr(vs[0], pre);
            return node(new Exprs.BoolOp(b.isAnd, out), b);
        }
        Expr head = k == 1 ? vs[0] : node(new Exprs.BoolOp(b.isAnd, slice(vs, 0, k)), b);
        Expr tail = vs.length - k == 1 ? vs[k] : node(new Exprs.BoolOp(b.isAnd, slice(vs, k, vs.length - k)), b);
        String r = temp();
        pre.add(at(new Stmts.Assign(new Expr[] {name(r)}, lowerExpr(head, pre))));
        Expr test = b.isAnd ? name(r) : node(new Exprs.Unary("not", name(r)), b);
        pre.add(at(new Stmts.If(test, assignLowered(r, tail), null)));
        return name(r);
    }

    /**
     * A comparison chain {@code a < b < c} with a yield in an operand after the second: each link's result goes to
     * {@code r} and the next link runs only while {@code r} is true, its middle operand evaluated once.
     */
    private Expr lowerCompare(Exprs.Compare c, List<Stmt> pre) {
        Expr[] xs = c.operands;
        String[] ops = c.opStrings();
        boolean later = false;
        for (int i = 2; i < xs.length; i++) {
            later |= contains(xs[i]);
        }
        if (!later) {
            Expr[] out = xs.clone();
            Expr[] firstTwo = lowerAll(new Expr[] {xs[0], xs[1]}, pre);
            out[0] = firstTwo[0];
            out[1] = firstTwo[1]; // the chain evaluates each operand once, in order
            return node(new Exprs.Compare(out, ops), c);
        }
        String r = temp();
        Expr left = spill(lowerExpr(xs[0], pre), pre);
        chainLink(c, ops, 0, left, r, pre);
        return name(r);
    }

    /** Link {@code i} of a chain into {@code r}, the next links nested under {@code if r:}. */
    private void chainLink(Exprs.Compare c, String[] ops, int i, Expr left, String r, List<Stmt> out) {
        Expr right = spill(lowerExpr(c.operands[i + 1], out), out);
        out.add(at(new Stmts.Assign(new Expr[] {name(r)},
                node(new Exprs.Compare(new Expr[] {copy(left), copy(right)}, new String[] {ops[i]}), c))));
        if (i < ops.length - 1) {
            List<Stmt> next = new ArrayList<>();
            chainLink(c, ops, i + 1, right, r, next);
            out.add(at(new Stmts.If(name(r), block(next), null)));
        }
    }

    /** A block that evaluates {@code e} (lowered) into the temporary {@code r}. */
    private Stmt assignLowered(String r, Expr e) {
        List<Stmt> body = new ArrayList<>();
        body.add(at(new Stmts.Assign(new Expr[] {name(r)}, lowerExpr(e, body))));
        return block(body);
    }

    /**
     * The operands lowered in order: every operand before the last one holding a yield is evaluated into a
     * temporary first (it must be evaluated before that yield), the last yield's operand lowered, the rest left.
     */
    private Expr[] lowerAll(Expr[] xs, List<Stmt> pre) {
        int last = -1;
        for (int i = 0; i < xs.length; i++) {
            if (contains(xs[i])) {
                last = i;
            }
        }
        if (last < 0) {
            return xs;
        }
        Expr[] out = xs.clone();
        for (int i = 0; i < last; i++) {
            out[i] = spill(lowerExpr(xs[i], pre), pre);
        }
        out[last] = lowerExpr(xs[last], pre);
        return out;
    }

    private Expr[] spillAll(Expr[] xs, List<Stmt> pre) {
        Expr[] out = new Expr[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = spill(xs[i], pre);
        }
        return out;
    }

    /**
     * {@code e} evaluated now into a temporary, answering the temporary (a constant, null and a temporary stay as they
     * are; a starred operand spills its value, still unpacked where it is used).
     */
    private Expr spill(Expr e, List<Stmt> pre) {
        if (e == null || e instanceof Exprs.Const || isTemp(e)) {
            return e;
        }
        if (e instanceof Exprs.Starred) {
            return node(new Exprs.Starred(spill(((Exprs.Starred) e).value, pre)), e);
        }
        String t = temp();
        pre.add(at(new Stmts.Assign(new Expr[] {name(t)}, e)));
        return name(t);
    }

    private static boolean isTemp(Expr e) {
        return e instanceof Exprs.Name && ((Exprs.Name) e).id.startsWith("$");
    }

    /** A second use of an operand {@link #spill} answered: a temporary needs its own node. */
    private Expr copy(Expr e) {
        if (isTemp(e)) {
            return name(((Exprs.Name) e).id);
        }
        if (e instanceof Exprs.Starred && isTemp(((Exprs.Starred) e).value)) {
            return node(new Exprs.Starred(copy(((Exprs.Starred) e).value)), e);
        }
        return e;
    }

    // ---- helpers

    private String temp() {
        String t = temps.get();
        made.add(t);
        return t;
    }

    private Exprs.Name name(String id) {
        Exprs.Name n = names.apply(id);
        n.line = line;
        return n;
    }

    /** Unbinds the temporaries made so far (silently: a short-circuit may have left one unbound). */
    private void addClear(List<Stmt> out) {
        if (!made.isEmpty()) {
            out.add(clear(made));
            made.clear();
        }
    }

    private Stmt clear(List<String> ids) {
        Exprs.Name[] ns = new Exprs.Name[ids.size()];
        for (int i = 0; i < ns.length; i++) {
            ns[i] = name(ids.get(i));
        }
        return at(new ClearTemps(ns));
    }

    /** {@code body} with the temporaries {@code live} unbound first (a new block, or one of its own when null). */
    private Stmt withClear(List<String> live, Stmt body) {
        if (live.isEmpty()) {
            return body;
        }
        List<Stmt> out = new ArrayList<>();
        out.add(clear(live));
        if (body instanceof Stmts.Block) {
            out.addAll(List.of(((Stmts.Block) body).body));
        } else if (body != null) {
            out.add(body);
        }
        return block(out);
    }

    private Stmt block(List<Stmt> body) {
        return at(new Stmts.Block(body.toArray(new Stmt[0])));
    }

    private <T extends Stmt> T at(T s) {
        s.line = line;
        return s;
    }

    private <T extends Expr> T node(T e) {
        e.line = line;
        return e;
    }

    private static <T extends Expr> T node(T e, Expr like) {
        e.line = like.line;
        e.startLine = like.startLine; // the span, for tracebacks (no anchors: its tokens are not at hand)
        e.startCol = like.startCol;
        e.endLine = like.endLine;
        e.endCol = like.endCol;
        return e;
    }

    private static boolean anyContains(Expr[] xs) {
        for (Expr x : xs) {
            if (contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static Expr[] concat(Expr[] a, Expr[] b, Expr[] c) {
        Expr[] out = new Expr[a.length + b.length + c.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        System.arraycopy(c, 0, out, a.length + b.length, c.length);
        return out;
    }

    private static Expr[] slice(Expr[] xs, int from, int n) {
        Expr[] out = new Expr[n];
        System.arraycopy(xs, from, out, 0, n);
        return out;
    }

    /** Unbinds a statement's temporaries when it completes; one never bound (a branch not taken) is skipped. */
    static final class ClearTemps extends Stmt {
        private final Exprs.Name[] temps;

        ClearTemps(Exprs.Name[] temps) {
            this.temps = temps;
        }

        @Override
        int exec(Frame f) {
            for (Exprs.Name n : temps) {
                PyObject v = f.locals[n.slot];
                if (v != null) {
                    n.delete(f);
                }
            }
            return NORMAL;
        }
    }
}
