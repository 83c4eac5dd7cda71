// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import java.util.ArrayList;
import java.util.List;

/**
 * PEP 695's type parameter syntax (Python 3.12+), by rewriting the statement's tokens into code the parser already
 * knows, before it is parsed:
 *
 * <pre>
 *   &#64;dec                               def __type_params_of_f():
 *   def f[T: int, *Ts](x: T) -> T:   =>        T = typing._pep695_param('T', 0, lambda: (int), None)
 *       body                                  Ts = typing._pep695_param('Ts', 1, None, None)
 *                                             def f(x: T) -> T:
 *                                                 body
 *                                             f.__type_params__ = (T, Ts)
 *                                             f = (dec)(f)
 *                                             return f
 *                                         f = __type_params_of_f()
 *                                         del __type_params_of_f
 * </pre>
 *
 * A generic class gets {@code typing.Generic[T, ...]} as its last positional base, as CPython adds it; {@code type X[T]
 * = v} makes a {@code typing.TypeAliasType} whose value is evaluated on first use. The type parameters live in the
 * wrapper function's scope, so the definition's annotations, defaults and body see them (as closures) and the
 * enclosing scope does not; bounds, constraints and defaults are evaluated lazily, as CPython's. ({@code typing}
 * is reached through {@code __import__}, so no name is bound.) Unlike CPython's annotation scopes, the wrapper does
 * not see the names of an enclosing class body.
 */
final class Pep695 {
    private Pep695() {
    }

    /** The wrapper's name; a class body's is mangled consistently, so it never collides with a user's. */
    private static final String WRAPPER = "__type_params_of_";

    /** Whether a def is a wrapper made here: it adds nothing to the qualified names inside it. */
    static boolean isWrapper(String defName) {
        return defName.startsWith(WRAPPER);
    }

    /**
     * Rewrites the statement at {@code pos} when it is a generic def, class or a type alias statement (with its
     * decorators, if it starts with '@'); answers whether it did. The parser leaves the wrapper out of qualified
     * names ({@link #isWrapper}), so the definition's is what it would be without it.
     */
    static boolean rewrite(List<Token> tokens, int pos, Lexer lexer) {
        int p = pos;
        List<int[]> decorators = new ArrayList<>(); // [start, end) of each decorator's expression
        while (at(tokens, p, "@")) {
            int start = p + 1;
            int end = start;
            while (end < tokens.size() && tokens.get(end).kind != Token.Kind.NEWLINE) {
                end++;
            }
            decorators.add(new int[] {start, end});
            p = end + 1;
        }
        int defAt = p;
        boolean isAsync = at(tokens, p, "async") && at(tokens, p + 1, "def");
        if (isAsync) {
            p++;
        }
        boolean isDef = at(tokens, p, "def");
        boolean isClass = at(tokens, p, "class");
        boolean isType = decorators.isEmpty() && !isAsync && at(tokens, p, "type")
                && tokens.get(p).kind == Token.Kind.NAME && p + 1 < tokens.size()
                && tokens.get(p + 1).kind == Token.Kind.NAME && (at(tokens, p + 2, "[") || at(tokens, p + 2, "="));
        if (!isDef && !isClass && !isType) {
            return false;
        }
        if (p + 2 >= tokens.size() || tokens.get(p + 1).kind != Token.Kind.NAME) {
            return false;
        }
        String name = tokens.get(p + 1).text;
        Token anchor = tokens.get(p);
        List<Param> params = new ArrayList<>();
        int afterParams = p + 2;
        if (at(tokens, p + 2, "[")) {
            int close = matching(tokens, p + 2);
            if (close < 0) {
                return false; // the parser reports the unclosed bracket
            }
            if (close == p + 3) {
                Token open = tokens.get(p + 2);
                throw lexer.error("Type parameter list cannot be empty", open.line, open.col);
            }
            params = params(tokens, p + 3, close, anchor, lexer);
            afterParams = close + 1;
        } else if (!isType) {
            return false; // an ordinary def or class
        }
        List<Token> out = new ArrayList<>();
        Emitter e = new Emitter(out, anchor);
        if (isType) {
            forbidScopeExpressions(tokens, afterParams + 1, lineEnd(tokens, afterParams + 1), "a type alias", lexer);
        }
        if (isClass && !params.isEmpty() && at(tokens, afterParams, "(")) {
            forbidScopeExpressions(tokens, afterParams + 1, matching(tokens, afterParams), "the definition of a generic",
                    lexer);
        }
        if (isType && params.isEmpty()) { // type X = v: no wrapper
            int valueStart = afterParams + 1;
            int valueEnd = lineEnd(tokens, valueStart);
            e.name(name).op("=");
            aliasCall(e, name, tokens, valueStart, valueEnd, List.of());
            e.newline();
            replace(tokens, pos, valueEnd + 1, out);
            return true;
        }
        String wrapper = WRAPPER + name;
        e.name("def").name(wrapper).op("(").op(")").op(":").newline().indent();
        for (Param q : params) {
            e.name(q.name).op("=").typing().op(".").name("_pep695_param").op("(").str(q.name).op(",")
                    .num(String.valueOf(q.kind)).op(",");
            thunk(e, q.bound);
            e.op(",");
            e.name(q.constraints ? "True" : "False").op(",");
            thunk(e, q.dflt);
            e.op(")").newline();
        }
        int end;
        if (isType) {
            int valueStart = afterParams + 1;
            end = lineEnd(tokens, valueStart);
            e.name("return");
            aliasCall(e, name, tokens, valueStart, end, params);
            e.newline();
            end++; // past the NEWLINE
        } else {
            // the definition itself, without its decorators and type parameters
            e.copy(tokens, defAt, p + 2);
            int headerStart = afterParams;
            if (isClass) {
                headerStart = classBases(e, tokens, afterParams, params);
            }
            end = blockEnd(tokens, headerStart);
            e.copy(tokens, headerStart, end);
            e.name(name).op(".").name("__type_params__").op("=").op("(");
            for (Param q : params) {
                e.name(q.name).op(",");
            }
            e.op(")").newline();
            if (!decorators.isEmpty()) { // f = (a)((b)(f)): the decorators apply outermost first, as written
                e.name(name).op("=");
                for (int[] d : decorators) {
                    e.op("(").copy(tokens, d[0], d[1]).op(")").op("(");
                }
                e.name(name);
                for (int i = 0; i < decorators.size(); i++) {
                    e.op(")");
                }
                e.newline();
            }
            e.name("return").name(name).newline();
        }
        e.dedent();
        e.name(name).op("=").name(wrapper).op("(").op(")").newline();
        e.name("del").name(wrapper).newline();
        replace(tokens, pos, end, out);
        return true;
    }

    /** One type parameter: its name, kind (0 TypeVar, 1 TypeVarTuple, 2 ParamSpec), bound and default tokens. */
    private static final class Param {
        String name;
        int kind;
        List<Token> bound;
        boolean constraints;
        List<Token> dflt;
    }

    private static List<Param> params(List<Token> tokens, int from, int to, Token anchor, Lexer lexer) {
        List<Param> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Param q = new Param();
            if (at(tokens, i, "*")) {
                q.kind = 1;
                i++;
            } else if (at(tokens, i, "**")) {
                q.kind = 2;
                i++;
            }
            if (i >= to || tokens.get(i).kind != Token.Kind.NAME) {
                throw lexer.error("invalid syntax", tokens.get(Math.min(i, to)).line, tokens.get(Math.min(i, to)).col);
            }
            q.name = tokens.get(i).text;
            i++;
            int partEnd = topLevel(tokens, i, to, ",");
            int eq = topLevel(tokens, i, partEnd, "=");
            if (at(tokens, i, ":")) {
                if (q.kind != 0) {
                    throw lexer.error(q.kind == 1 ? "cannot use bound with TypeVarTuple"
                            : "cannot use bound with ParamSpec", tokens.get(i).line, tokens.get(i).col);
                }
                q.bound = new ArrayList<>(tokens.subList(i + 1, eq));
                q.constraints = !q.bound.isEmpty() && q.bound.get(0).is("(")
                        && matching(q.bound, 0) == q.bound.size() - 1
                        && topLevel(q.bound, 1, q.bound.size() - 1, ",") < q.bound.size() - 1;
            }
            if (q.bound != null) {
                forbidScopeExpressions(q.bound, 0, q.bound.size(), q.constraints ? "a TypeVar constraint"
                        : "a TypeVar bound", lexer);
            }
            if (eq < partEnd) {
                q.dflt = new ArrayList<>(tokens.subList(eq + 1, partEnd));
                forbidScopeExpressions(q.dflt, 0, q.dflt.size(), q.kind == 0 ? "a TypeVar default" : q.kind == 1
                        ? "a TypeVarTuple default" : "a ParamSpec default", lexer);
            }
            for (Param seen : out) {
                if (seen.name.equals(q.name)) {
                    throw lexer.error("duplicate type parameter '" + q.name + "'", anchor.line, anchor.col);
                }
            }
            out.add(q);
            i = partEnd + 1;
        }
        return out;
    }

    /**
     * CPython's symtable refuses a walrus, a yield and an await in the annotation scopes PEP 695 makes (a bound, a
     * constraint, a default, an alias's value, a generic class's bases): "named expression cannot be used within a
     * TypeVar bound". The first in tokens {@code [from, to)} is reported; a lambda's body is a scope of its own.
     */
    private static void forbidScopeExpressions(List<Token> tokens, int from, int to, String where, Lexer lexer) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.kind == Token.Kind.NAME && t.text.equals("lambda")) {
                return; // what follows may be the lambda's own body: not checked (rare)
            }
            String what = t.kind == Token.Kind.OP && t.text.equals(":=") ? "named"
                    : t.kind == Token.Kind.NAME && t.text.equals("yield") ? "yield"
                    : t.kind == Token.Kind.NAME && t.text.equals("await") ? "await" : null;
            if (what != null) {
                throw lexer.error(what + " expression cannot be used within " + where, t.line, t.col);
            }
        }
    }

    /** Emits a class header's bases with typing.Generic[params] after the positional ones; answers where ':' is. */
    private static int classBases(Emitter e, List<Token> tokens, int at, List<Param> params) {
        if (at(tokens, at, "(")) {
            int close = matching(tokens, at);
            int i = at + 1;
            int insert = close; // before the first keyword argument or ** (positional bases come first)
            int depth = 0;
            for (int k = at + 1; k < close; k++) {
                Token tk = tokens.get(k);
                if (tk.is("(") || tk.is("[") || tk.is("{")) {
                    depth++;
                } else if (tk.is(")") || tk.is("]") || tk.is("}")) {
                    depth--;
                } else if (depth == 0 && (tk.is("**") || tk.kind == Token.Kind.NAME && at(tokens, k + 1, "=")
                        && (k == at + 1 || tokens.get(k - 1).is(",")))) {
                    insert = k;
                    break;
                }
            }
            e.op("(");
            e.copy(tokens, i, insert);
            if (insert > i && !tokens.get(insert - 1).is(",")) {
                e.op(",");
            }
            generic(e, params);
            if (insert < close) {
                e.op(",");
                e.copy(tokens, insert, close);
            }
            e.op(")");
            return close + 1;
        }
        e.op("(");
        generic(e, params);
        e.op(")");
        return at;
    }

    private static void generic(Emitter e, List<Param> params) {
        e.typing().op(".").name("Generic").op("[");
        for (Param q : params) {
            if (q.kind == 1) {
                e.op("*");
            }
            e.name(q.name).op(",");
        }
        e.op("]");
    }

    /** typing.TypeAliasType._lazy('X', lambda: (value), (params), __name__) */
    private static void aliasCall(Emitter e, String name, List<Token> tokens, int from, int to, List<Param> params) {
        e.typing().op(".").name("TypeAliasType").op(".").name("_lazy").op("(").str(name).op(",")
                .name("lambda").op(":").op("(").copy(tokens, from, to).op(")").op(",").op("(");
        for (Param q : params) {
            e.name(q.name).op(",");
        }
        e.op(")").op(",").name("__name__").op(")");
    }

    private static void thunk(Emitter e, List<Token> expr) {
        if (expr == null) {
            e.name("None");
            return;
        }
        e.name("lambda").op(":").op("(").copy(expr, 0, expr.size()).op(")");
    }

    // ---- token utilities

    private static boolean at(List<Token> tokens, int i, String text) {
        return i < tokens.size() && tokens.get(i).is(text);
    }

    /** The index of the bracket closing the one at {@code open}, or -1. */
    private static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Token tk = tokens.get(i);
            if (tk.kind != Token.Kind.OP) {
                continue;
            }
            if (tk.text.equals("(") || tk.text.equals("[") || tk.text.equals("{")) {
                depth++;
            } else if ((tk.text.equals(")") || tk.text.equals("]") || tk.text.equals("}")) && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The first index in [from, to) of {@code op} outside brackets, or {@code to}. */
    private static int topLevel(List<Token> tokens, int from, int to, String op) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            Token tk = tokens.get(i);
            if (tk.kind == Token.Kind.OP) {
                if (tk.text.equals("(") || tk.text.equals("[") || tk.text.equals("{")) {
                    depth++;
                } else if (tk.text.equals(")") || tk.text.equals("]") || tk.text.equals("}")) {
                    depth--;
                } else if (depth == 0 && tk.text.equals(op)) {
                    return i;
                }
            }
        }
        return to;
    }

    /** The index of the NEWLINE ending the logical line that starts at {@code from}. */
    private static int lineEnd(List<Token> tokens, int from) {
        int i = from;
        while (i < tokens.size() && tokens.get(i).kind != Token.Kind.NEWLINE && tokens.get(i).kind != Token.Kind.EOF) {
            i++;
        }
        return i;
    }

    /**
     * The index after a compound statement whose header continues at {@code from}: past the DEDENT closing its
     * block, or past the NEWLINE of a one-line body.
     */
    private static int blockEnd(List<Token> tokens, int from) {
        int i = lineEnd(tokens, from); // the header's NEWLINE (a one-line body is on it too)
        i++;
        if (i < tokens.size() && tokens.get(i).kind == Token.Kind.INDENT) {
            int depth = 0;
            for (; i < tokens.size(); i++) {
                Token.Kind k = tokens.get(i).kind;
                if (k == Token.Kind.INDENT) {
                    depth++;
                } else if (k == Token.Kind.DEDENT && --depth == 0) {
                    return i + 1;
                }
            }
        }
        return i;
    }

    private static void replace(List<Token> tokens, int from, int to, List<Token> with) {
        tokens.subList(from, to).clear();
        tokens.addAll(from, with);
    }

    /** Appends tokens, all placed at the rewritten statement's line. */
    private static final class Emitter {
        private final List<Token> out;
        private final Token anchor;

        Emitter(List<Token> out, Token anchor) {
            this.out = out;
            this.anchor = anchor;
        }

        private Emitter add(Token.Kind kind, String text) {
            out.add(new Token(kind, text, anchor.line, anchor.col));
            return this;
        }

        Emitter name(String s) {
            return add(Token.Kind.NAME, s);
        }

        Emitter op(String s) {
            return add(Token.Kind.OP, s);
        }

        Emitter num(String s) {
            return add(Token.Kind.NUMBER, s);
        }

        Emitter str(String s) {
            return add(Token.Kind.STRING, s);
        }

        Emitter newline() {
            return add(Token.Kind.NEWLINE, "\n");
        }

        Emitter indent() {
            return add(Token.Kind.INDENT, "");
        }

        Emitter dedent() {
            return add(Token.Kind.DEDENT, "");
        }

        /** __import__('typing') */
        Emitter typing() {
            return name("__import__").op("(").str("typing").op(")");
        }

        Emitter copy(List<Token> from, int start, int end) {
            for (int i = start; i < end; i++) {
                out.add(from.get(i));
            }
            return this;
        }
    }
}
