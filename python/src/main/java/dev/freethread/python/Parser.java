// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.refcount.RefCount;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written recursive-descent parser for ftpython's subset of Python 3, producing executable nodes directly.
 * Names are resolved by {@link Scope} once the module is parsed. Syntax outside the subset is refused with a
 * {@code SyntaxError} saying it is not supported, never run wrongly.
 */
final class Parser {
    private final Interp interp;
    private final PyThread t;
    private final Lexer lexer;
    private final String file;
    private List<Token> tokens;
    private int pos;
    private Scope scope;
    private final List<String> qualPrefix = new ArrayList<>();
    /** The targets of the assignment expressions parsed so far (a comprehension in a class body refuses them). */
    private final java.util.Set<Exprs.Name> walrusTargets =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** How many comprehension iterables are being parsed around the current position (CPython's comp_iter_expr). */
    private int compIterDepth;

    /**
     * Awaits outside a coroutine, each with its error: an await in a generator expression's element is parsed before
     * the {@code for} shows it is one (which makes it legal), so the error waits for the end of the source.
     */
    private final java.util.Map<Exprs.Await, SyntaxErrorException> strayAwaits = new java.util.LinkedHashMap<>();
    /**
     * {@code compile(..., 'single')}: each expression statement of the top level (also inside its compound
     * statements) passes its value to {@code sys.displayhook}.
     */
    boolean single;

    Parser(PyThread t, String source, String file) {
        this.t = t;
        this.interp = t.interp;
        this.file = file;
        this.lexer = new Lexer(source, file);
        this.lexer.warner = this::syntaxWarning;
    }

    /**
     * A SyntaxWarning at a token (CPython's {@code _PyPegen_warn_invalid_escape_sequence} and its callers):
     * {@code warnings.warn_explicit(message, SyntaxWarning, filename, line)}; if the filters turn it into an error,
     * the compilation fails with a SyntaxError at the token instead (the warning's own exception is dropped), as
     * CPython's {@code RAISE_SYNTAX_ERROR_KNOWN_LOCATION} there does.
     */
    private void syntaxWarning(String message, int line, int col) {
        PyObject warnings = Modules.importModule(t, "warnings");
        PyObject[] args = {PyStr.of(t.ts, message), interp.exceptionClass("SyntaxWarning"), PyStr.of(t.ts, file),
                PyInt.of(t.ts, line)};
        try {
            RefCount.decref(t.ts, Ops.callAttr(t, warnings, interp.str("warn_explicit"), args, null));
        } catch (PyRaise r) {
            if (!Ops.isInstance(r.exc, interp.exceptionClass("SyntaxWarning"))) {
                throw r;
            }
            r.release(t.ts);
            throw lexer.error(message, line, col);
        } finally {
            RefCount.decref(t.ts, args[0]);
            RefCount.decref(t.ts, args[2]);
            RefCount.decref(t.ts, args[3]);
            RefCount.decref(t.ts, warnings);
        }
    }

    /** Parses a module: its code (a function-less body run with the module's globals). */
    Code parseModule() {
        return parseModule(false);
    }

    /**
     * Parses a module's code; {@code withNamespace}: code that {@code exec} or {@code eval} runs with a locals
     * mapping apart from its globals, whose names resolve as a class body's (the namespace first, then globals and
     * builtins; functions it defines see only the globals), as CPython's exec with separate locals does.
     */
    /** Whether the source is eval's input (an expression list), not a module. */
    boolean evalInput;

    Code parseModule(boolean withNamespace) {
        tokens = lexer.tokenize();
        Code code = new Code("<module>", file, 1);
        scope = new Scope(withNamespace ? Scope.Kind.CLASS : Scope.Kind.MODULE, null, code);
        List<Stmt> body = new ArrayList<>();
        if (evalInput) { // eval's grammar: expressions, NEWLINE*, the end; no statement is tried (nor its messages)
            while (peek().kind == Token.Kind.NEWLINE) {
                next();
            }
            if (peek().kind != Token.Kind.EOF) {
                Token tk = peek();
                if (at("*")) { // eval's expressions take no starred item
                    throw error("invalid syntax", tk);
                }
                Expr e = testList();
                while (peek().kind == Token.Kind.NEWLINE) {
                    next();
                }
                if (peek().kind != Token.Kind.EOF) {
                    throw error("invalid syntax", peek());
                }
                body.add(at(new Stmts.ExprStmt(e), tk));
            }
        }
        while (peek().kind != Token.Kind.EOF) {
            if (peek().kind == Token.Kind.NEWLINE) {
                next();
                continue;
            }
            List<Stmt> parsed = statement();
            for (Stmt st : parsed) { // a docstring and future imports may come before a future import
                boolean docstring = body.isEmpty() && st instanceof Stmts.ExprStmt
                        && ((Stmts.ExprStmt) st).isStringConstant();
                if (!docstring && !(st instanceof Stmts.Import && "__future__".equals(((Stmts.Import) st).module)
                        && ((Stmts.Import) st).level == 0)) {
                    futureAllowed = false;
                }
            }
            body.addAll(parsed);
        }
        code.body = new Stmts.Block(body.toArray(new Stmt[0]));
        code.doc = interp.flags.optimize >= 2 ? null : docstring(code.body); // the module's __doc__ (-OO: none)
        if (!strayAwaits.isEmpty()) { // as CPython's compiler, after the whole source parsed
            throw strayAwaits.values().iterator().next();
        }
        scope.resolve(lexer);
        return code;
    }

    /** Parses one interactive input: like a module, but a lone expression's value is printed by the caller. */
    Code parseInteractive(boolean[] isExpression) {
        Code c = parseModule();
        Stmt[] body = ((Stmts.Block) c.body).body;
        isExpression[0] = body.length == 1 && body[0] instanceof Stmts.ExprStmt;
        return c;
    }

    // ---- tokens

    private Token peek() {
        return tokens.get(pos);
    }

    private Token peek(int k) {
        return tokens.get(Math.min(pos + k, tokens.size() - 1));
    }

    private Token next() {
        return tokens.get(pos++);
    }

    private boolean at(String op) {
        Token tk = peek();
        return tk.kind == Token.Kind.OP && tk.text.equals(op);
    }

    private boolean atKeyword(String kw) {
        Token tk = peek();
        return tk.kind == Token.Kind.NAME && tk.text.equals(kw);
    }

    private boolean accept(String op) {
        if (at(op)) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean acceptKeyword(String kw) {
        if (atKeyword(kw)) {
            pos++;
            return true;
        }
        return false;
    }

    private Token expect(String op) {
        if (!at(op)) {
            Token tk = peek();
            if (op.equals(":") && tk.kind == Token.Kind.NEWLINE) {
                throw error("expected ':'", tk);
            }
            if (op.equals(")") || op.equals("]") || op.equals("}")) {
                throw error("invalid syntax", tk);
            }
            throw error(op.equals(":") ? "expected ':'" : "invalid syntax", tk);
        }
        return next();
    }

    private void expectKeyword(String kw) {
        if (!atKeyword(kw)) {
            throw error("invalid syntax", peek());
        }
        pos++;
    }

    /** An identifier, mangled if it is a private name inside a class ({@link #mangle}). */
    private String expectName() {
        return mangle(expectRawName());
    }

    /** An identifier as written: a def's or class's own name, a module's name, a class statement's keyword. */
    private String expectRawName() {
        Token tk = peek();
        if (tk.kind != Token.Kind.NAME || isKeyword(tk.text)) {
            throw error("invalid syntax", tk);
        }
        pos++;
        return tk.text;
    }

    /**
     * CPython's private name mangling: inside a class body (and the functions and comprehensions in it), an
     * identifier {@code __x} that does not end with two underscores becomes {@code _Class__x}, the innermost class's
     * name stripped of its leading underscores (none if that leaves nothing). It applies to names, attribute names,
     * parameters and the names a def or class binds, not to a call's keyword names or a module's name.
     */
    private String mangle(String id) {
        if (!id.startsWith("__") || id.endsWith("__") || id.indexOf('.') >= 0) {
            return id;
        }
        for (Scope s = scope; s != null; s = s.parent) {
            if (s.kind == Scope.Kind.CLASS && s.parent != null) { // a class statement's (not exec's namespace)
                String cls = s.code.name;
                int i = 0;
                while (i < cls.length() && cls.charAt(i) == '_') {
                    i++;
                }
                return i == cls.length() ? id : "_" + cls.substring(i) + id;
            }
        }
        return id;
    }

    /** The source spelling of a name {@link #mangle} changed (CPython's messages name what was written). */
    private String unmangle(String id) {
        for (Scope s = scope; s != null; s = s.parent) {
            if (s.kind == Scope.Kind.CLASS && s.parent != null) {
                String cls = s.code.name;
                int i = 0;
                while (i < cls.length() && cls.charAt(i) == '_') {
                    i++;
                }
                String prefix = "_" + cls.substring(i);
                return i < cls.length() && id.startsWith(prefix + "__") ? id.substring(prefix.length()) : id;
            }
        }
        return id;
    }

    private SyntaxErrorException error(String msg, Token at) {
        if (msg.equals("invalid syntax")) {
            Token legacy = legacyStatement(at);
            if (legacy != null) {
                Token last = legacy; // the error covers the statement, to its line's end
                for (int i = tokens.indexOf(legacy) + 1; i < tokens.size() && tokens.get(i).kind != Token.Kind.NEWLINE
                        && tokens.get(i).kind != Token.Kind.EOF && !tokens.get(i).is(";"); i++) {
                    last = tokens.get(i);
                }
                SyntaxErrorException x = lexer.error("Missing parentheses in call to '" + legacy.text
                        + "'. Did you mean " + legacy.text + "(...)?", legacy.line, legacy.col);
                return last.endLine != 0 ? x.endingAt(last.endLine, last.endCol) : x;
            }
        }
        return lexer.error(msg, at.line, at.col);
    }

    /**
     * CPython's hint for Python 2's statements ({@code invalid_legacy_expression}): the name {@code print} or
     * {@code exec} followed, where the syntax failed, by something that begins an expression other than '('.
     */
    private Token legacyStatement(Token at) {
        int i = -1;
        for (int k = Math.min(pos, tokens.size() - 1); k >= 0; k--) {
            if (tokens.get(k) == at) {
                i = k;
                break;
            }
        }
        if (i <= 0) {
            return null;
        }
        Token before = tokens.get(i - 1);
        if (before.kind != Token.Kind.NAME || !(before.text.equals("print") || before.text.equals("exec"))) {
            return null;
        }
        boolean startsExpression = at.kind == Token.Kind.STRING || at.kind == Token.Kind.NUMBER
                || (at.kind == Token.Kind.NAME && (!KEYWORDS.contains(at.text) || at.text.equals("None")
                || at.text.equals("True") || at.text.equals("False") || at.text.equals("not")
                || at.text.equals("lambda")))
                || (at.kind == Token.Kind.OP && (at.text.equals("[") || at.text.equals("{")));
        if (!startsExpression) {
            return null;
        }
        // and what follows parses as an expression list (CPython's b=star_expressions): print {1:(foo.)} is plain
        // invalid syntax; a trial parse, its effects on the scope moot since an error is thrown either way
        int saved = pos;
        Scope savedScope = scope;
        pos = i;
        try {
            testListStarred();
            return before;
        } catch (SyntaxErrorException e) {
            return null;
        } finally {
            pos = saved;
            scope = savedScope;
        }
    }

    private SyntaxErrorException notSupported(String what, Token at) {
        return lexer.error(what + " is not supported by ftpython", at.line, at.col);
    }

    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("False", "None", "True", "and", "as",
            "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except",
            "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
            "raise", "return", "try", "while", "with", "yield");

    private static boolean isKeyword(String s) {
        return KEYWORDS.contains(s);
    }

    private <T extends Expr> T at(T e, Token tk) {
        e.line = tk.line;
        e.col = tk.col;
        if (e.endLine == 0) {
            span(e, tk);
        }
        return e;
    }

    /**
     * Sets {@code e}'s span (Expr#startLine): it ends with the last token read (the parser makes a node once its last
     * token is read); an infix or postfix node starts where its left operand does (at the parentheses around it, if
     * any), any other at {@code tk}. Unknown when a token has no place (f-string fields' tokens).
     */
    private void span(Expr e, Token tk) {
        Token last = pos > 0 ? tokens.get(pos - 1) : null;
        if (last == null || last.endLine == 0 || tk.endLine == 0) {
            return;
        }
        e.tokLine = tk.startLine();
        e.tokCol = tk.startCol() - 1;
        Expr left = leftOperand(e);
        if (left != null) {
            if (left.endLine == 0) {
                return;
            }
            e.startLine = left.parenLine != 0 ? left.parenLine : left.startLine;
            e.startCol = left.parenLine != 0 ? left.parenCol : left.startCol;
        } else {
            e.startLine = tk.startLine();
            e.startCol = tk.startCol() - 1;
        }
        e.endLine = last.endLine;
        e.endCol = last.endCol - 1;
    }

    /**
     * A comprehension's span anew, once its closing bracket is read: from {@code tk} (its opening bracket) to the last
     * token read. A comprehension has no left operand, so {@link #span} starts it at {@code tk}.
     */
    private void respan(Expr e, Token tk) {
        e.endLine = 0;
        span(e, tk);
    }

    /** The operand an infix or postfix expression starts with, or null for a prefix or atomic one. */
    private static Expr leftOperand(Expr e) {
        return e instanceof Exprs.BinOp ? ((Exprs.BinOp) e).left
                : e instanceof Exprs.Subscript ? ((Exprs.Subscript) e).obj
                : e instanceof Exprs.Attribute ? ((Exprs.Attribute) e).obj
                : e instanceof Exprs.Call ? ((Exprs.Call) e).func
                : e instanceof Exprs.CallAttr ? ((Exprs.CallAttr) e).obj
                : e instanceof Exprs.Compare ? ((Exprs.Compare) e).operands[0]
                : e instanceof Exprs.BoolOp ? ((Exprs.BoolOp) e).values[0]
                : e instanceof Exprs.IfExp ? ((Exprs.IfExp) e).body
                : e instanceof Exprs.NamedExpr ? ((Exprs.NamedExpr) e).target : null;
    }

    /**
     * Where an expression starts, as CPython's error locations give it (an infix or postfix expression starts at its
     * left operand, not at the operator the parser made it at): {line, col}.
     */
    static int[] startOf(Expr e) {
        while (true) {
            Expr left = leftOperand(e);
            if (left == null || left.col < 0) {
                return new int[] {e.line, e.col};
            }
            e = left;
        }
    }

    /** A SyntaxError at the start of {@code e}, or at {@code tk} when the parser recorded no place for it. */
    private SyntaxErrorException errorAt(String message, Expr e, Token tk) {
        int[] at = startOf(e);
        SyntaxErrorException x = at[1] < 0 || at[0] <= 0 ? lexer.error(message, tk.line, tk.col)
                : lexer.error(message, at[0], at[1]);
        // CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION: from the node's start to its end
        return e.endLine != 0 && at[1] >= 0 && at[0] > 0 ? x.endingAt(e.endLine, e.endCol + 1) : x;
    }

    /**
     * CPython's compiler refuses to bind {@code __debug__} (forbidden_name): a name, an attribute, a parameter, a
     * keyword argument, a walrus target. "cannot assign to __debug__" ({@code what} "assign to") or "cannot delete".
     */
    private void checkNotDebug(Expr e, String what, Token tk) {
        String n = e instanceof Exprs.Name ? ((Exprs.Name) e).id
                : e instanceof Exprs.Attribute ? ((Exprs.Attribute) e).name.value() : null;
        if ("__debug__".equals(n)) {
            throw errorAt("cannot " + what + " __debug__", e, tk);
        }
    }

    /** {@code del __debug__}, {@code del (a, __debug__)}: CPython's "cannot delete __debug__" (an attribute may go). */
    private void checkNotDebugDeleted(Expr e, Token tk) {
        if (e instanceof Exprs.Display) {
            for (Expr x : ((Exprs.Display) e).elts) {
                checkNotDebugDeleted(x, tk);
            }
            return;
        }
        if (e instanceof Exprs.Name) {
            checkNotDebug(e, "delete", tk);
        }
    }

    /** The first item of a del or assignment target that is no target, depth first (the target itself if none). */
    private static Expr firstInvalidTarget(Expr e) {
        if (e instanceof Exprs.Display && !(e instanceof Exprs.SetExpr)) {
            for (Expr x : ((Exprs.Display) e).elts) {
                if (!x.isTarget()) {
                    return firstInvalidTarget(x);
                }
            }
        }
        return e;
    }

    private <T extends Stmt> T at(T s, Token tk) {
        s.line = tk.line;
        return s;
    }

    // ---- statements

    /** CPython's IndentationError for an indent no block opens: its offset counts the indenting characters. */
    private SyntaxErrorException unexpectedIndent(Token tk) {
        String src = lexer.sourceLine(tk.line);
        int n = 0;
        while (n < src.length() && (src.charAt(n) == ' ' || src.charAt(n) == '\t' || src.charAt(n) == '\f')) {
            n++;
        }
        return new SyntaxErrorException("IndentationError", "unexpected indent", file, tk.line, n, src)
                .endingAt(tk.line, -1); // CPython's end_offset for it
    }

    private List<Stmt> statement() {
        if (Pep695.rewrite(tokens, pos, lexer)) { // def f[T], class C[T], type X = ...: rewritten, then parsed
            return statement();
        }
        Token tk = peek();
        if (tk.kind == Token.Kind.INDENT) {
            throw unexpectedIndent(tk);
        }
        if (tk.kind == Token.Kind.NAME) {
            switch (tk.text) {
                case "if": return List.of(ifStmt());
                case "while": return List.of(whileStmt());
                case "for": return List.of(forStmt());
                case "try": return List.of(tryStmt());
                case "with": return List.of(withStmt());
                case "def": return List.of(defStmt(new Expr[0]));
                case "class": return List.of(classStmt(new Expr[0]));
                case "async": return List.of(asyncStmt(new Expr[0]));
                case "match": {
                    Stmt m = matchStmt(); // a soft keyword: null when this line uses 'match' as a name
                    if (m != null) {
                        return List.of(m);
                    }
                    break;
                }
                default:
            }
        }
        if (tk.kind == Token.Kind.OP && tk.text.equals("@")) {
            List<Expr> decs = new ArrayList<>();
            while (accept("@")) {
                Expr dec = test();
                decs.add(at(":=") ? walrus(dec) : dec); // PEP 614: a named expression
                expectNewline();
            }
            Expr[] d = decs.toArray(new Expr[0]);
            if (atKeyword("def")) {
                return List.of(defStmt(d));
            }
            if (atKeyword("async") && peek(1).kind == Token.Kind.NAME && peek(1).text.equals("def")) {
                return List.of(asyncStmt(d));
            }
            if (atKeyword("class")) {
                return List.of(classStmt(d));
            }
            throw error("invalid syntax", peek());
        }
        List<Stmt> out = new ArrayList<>();
        out.add(spannedSimpleStmt());
        while (accept(";")) {
            if (peek().kind == Token.Kind.NEWLINE) {
                break;
            }
            out.add(spannedSimpleStmt());
        }
        expectNewline();
        return out;
    }

    /**
     * A simple statement with its span (Stmt#endLine); and when it is {@code return f(...)} (f a name) or
     * {@code x = f(...)} first on its line, its call is marked as the whole statement, whose traceback line CPython
     * draws no carets under.
     */
    private Stmt spannedSimpleStmt() {
        Token first = peek();
        boolean firstOnLine = pos == 0 || tokens.get(pos - 1).kind != Token.Kind.OP;
        Stmt s = simpleStmt();
        Token last = pos > 0 ? tokens.get(pos - 1) : null;
        if (last != null && last.endLine != 0 && first.endLine != 0 && s.endLine == 0 && s.line == first.line
                && first.spanLine == 0) {
            s.startCol = first.col - 1;
            s.endLine = last.endLine;
            s.endCol = last.endCol - 1;
        }
        if (firstOnLine) {
            Expr v = s instanceof Stmts.Return ? ((Stmts.Return) s).value
                    : s instanceof Stmts.Assign && ((Stmts.Assign) s).targets.length == 1
                    && ((Stmts.Assign) s).targets[0] instanceof Exprs.Name ? ((Stmts.Assign) s).value : null;
            if (v instanceof Exprs.Call && (s instanceof Stmts.Assign || ((Exprs.Call) v).func instanceof Exprs.Name)) {
                ((Exprs.Call) v).wholeStatement = true;
            } else if (v instanceof Exprs.CallAttr && s instanceof Stmts.Assign) {
                ((Exprs.CallAttr) v).wholeStatement = true;
            }
        }
        return s;
    }

    private void expectNewline() {
        Token tk = peek();
        if (tk.kind != Token.Kind.NEWLINE) {
            throw error("invalid syntax", tk);
        }
        pos++;
    }

    private Stmt block() {
        return block(null);
    }

    /** A suite after a colon; {@code what} names the statement for IndentationError ("'if' statement"). */
    private Stmt block(String what) {
        Token colon = expect(":");
        List<Stmt> body = new ArrayList<>();
        if (peek().kind == Token.Kind.NEWLINE) {
            next();
            if (peek().kind != Token.Kind.INDENT) {
                Token tk = peek();
                SyntaxErrorException x = new SyntaxErrorException("IndentationError", "expected an indented block after "
                        + (what == null ? "line" : what + " on line") + " " + colon.line, file, tk.line, tk.col,
                        lexer.sourceLine(tk.line));
                throw tk.endLine != 0 ? x.endingAt(tk.endLine, tk.endCol) : x; // the token's span, as CPython's
            }
            next();
            int outerYields = scope.pendingYields; // a compound statement's header: lowered with that statement
            scope.pendingYields = 0;
            while (peek().kind != Token.Kind.DEDENT && peek().kind != Token.Kind.EOF) {
                if (peek().kind == Token.Kind.NEWLINE) {
                    next();
                    continue;
                }
                Token at = peek();
                body.addAll(lowerYields(statement(), at));
            }
            scope.pendingYields = outerYields;
            if (peek().kind == Token.Kind.DEDENT) {
                next();
            }
        } else {
            int outerYields = scope.pendingYields;
            scope.pendingYields = 0;
            do {
                if (peek().kind == Token.Kind.NEWLINE) {
                    break;
                }
                Token at = peek();
                body.addAll(lowerYields(List.of(spannedSimpleStmt()), at));
            } while (accept(";"));
            scope.pendingYields = outerYields;
            expectNewline();
        }
        // Always a Block, even for one statement: the Block records each statement's line for tracebacks.
        Stmts.Block b = new Stmts.Block(body.toArray(new Stmt[0]));
        b.line = colon.line;
        return b;
    }

    private Stmt ifStmt() {
        Token tk = next(); // if / elif
        Expr test = namedTest();
        Stmt body = block("'" + tk.text + "' statement");
        Stmt orelse = null;
        if (atKeyword("elif")) {
            orelse = ifStmt();
        } else if (acceptKeyword("else")) {
            orelse = block("'else' statement");
        }
        return at(new Stmts.If(test, body, orelse), tk);
    }

    private Expr namedTest() {
        Expr e = test();
        meantEquality(e);
        return at(":=") ? walrus(e) : e;
    }

    /**
     * {@code if x = 3:}, {@code [z=3]}: CPython's invalid_named_expression, where a named expression stands and '='
     * follows one: a name gets "Maybe you meant '==' or ':='", another expression "cannot assign to X here".
     */
    private void meantEquality(Expr e) {
        if (!at("=") || peek(1).is("=")) {
            return;
        }
        if (e instanceof Exprs.Name) {
            throw errorAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, peek());
        }
        boolean excluded = e instanceof Exprs.TupleExpr || e instanceof Exprs.ListExpr
                || e instanceof Exprs.Comprehension && ((Exprs.Comprehension) e).function.code.name.equals("<genexpr>")
                || e instanceof Exprs.Const && (((Exprs.Const) e).value == PyBool.TRUE
                || ((Exprs.Const) e).value == PyBool.FALSE || ((Exprs.Const) e).value == PyNone.NONE);
        if (!excluded && !e.isTarget() || e instanceof Exprs.Attribute || e instanceof Exprs.Subscript) {
            String what = e instanceof Exprs.Attribute ? "attribute" : e instanceof Exprs.Subscript ? "subscript"
                    : exprName(e);
            throw errorAt("cannot assign to " + what + " here. Maybe you meant '==' instead of '='?", e, peek());
        }
    }

    /**
     * {@code target := value} (PEP 572) after its target was parsed: the target must be a plain name. It binds in
     * the current scope, except in a comprehension, where it binds in the nearest enclosing scope that is not one
     * (and a comprehension in a class body may not use it), as CPython does.
     */
    private Expr walrus(Expr target) {
        Token op = next();
        if (!(target instanceof Exprs.Name)) {
            throw lexer.error("cannot use assignment expressions with "
                    + (target instanceof Exprs.Attribute ? "attribute" : target instanceof Exprs.Subscript
                    ? "subscript" : target instanceof Exprs.TupleExpr ? "tuple" : target instanceof Exprs.ListExpr
                    ? "list" : exprName(target)), op.line, op.col);
        }
        if (compIterDepth > 0) { // CPython's symtable: checked at the walrus, before any rebinding check
            throw lexer.error("assignment expression cannot be used in a comprehension iterable expression",
                    op.line, 1);
        }
        checkNotDebug(target, "assign to", op);
        String id = ((Exprs.Name) target).id;
        Scope s = scope;
        java.util.List<Scope> comprehensions = new ArrayList<>();
        while (s.kind == Scope.Kind.FUNCTION && isComprehension(s.code) && s.parent != null) {
            comprehensions.add(s);
            s = s.parent;
        }
        // exec(code, g, l) parses its top level as a namespace (a CLASS scope without a parent); CPython compiles it
        // as a module, where a comprehension's walrus target is a global
        boolean execTop = s.kind == Scope.Kind.CLASS && s.parent == null;
        if (!comprehensions.isEmpty() && s.kind == Scope.Kind.CLASS && !execTop) {
            throw lexer.error("assignment expression within a comprehension cannot be used in a class body",
                    op.line, op.col);
        }
        s.assigned.add(id);
        for (Scope c : comprehensions) {
            if (s.kind == Scope.Kind.MODULE || execTop || s.globals.contains(id)) {
                c.globals.add(id);
            } else {
                c.nonlocals.add(id);
            }
        }
        walrusTargets.add((Exprs.Name) target);
        Expr value = test();
        return at(new Exprs.NamedExpr((Exprs.Name) target, value), op);
    }

    private static boolean isComprehension(Code c) {
        return c.name.equals("<listcomp>") || c.name.equals("<setcomp>") || c.name.equals("<dictcomp>")
                || c.name.equals("<genexpr>");
    }

    // ---- the match statement (PEP 634)

    /**
     * {@code match subject:} followed by an indented block of {@code case} clauses, or null (nothing consumed) when
     * the line only uses {@code match} as a name ({@code match = re.match(...)}, {@code match(x)}): 'match' is a soft
     * keyword, so the subject is parsed speculatively and the parser backs out unless a colon, a new line, an indent
     * and {@code case} follow.
     */
    private Stmt matchStmt() {
        int save = pos;
        int[] mark = mark();
        Token tk = next();
        Expr subject;
        try {
            if (at("=") || at(".") || at(":") || peek().kind == Token.Kind.NEWLINE) {
                throw error("not a match statement", tk);
            }
            Expr first = at("*") ? starred() : namedTest();
            if (at(",")) {
                List<Expr> items = new ArrayList<>();
                items.add(first);
                while (accept(",")) {
                    if (at(":")) {
                        break;
                    }
                    items.add(at("*") ? starred() : test());
                }
                first = at(new Exprs.TupleExpr(items.toArray(new Expr[0])), tk);
            }
            subject = first;
            if (!at(":") || peek(1).kind != Token.Kind.NEWLINE || peek(2).kind != Token.Kind.INDENT
                    || !(peek(3).kind == Token.Kind.NAME && peek(3).text.equals("case"))) {
                throw error("not a match statement", tk);
            }
        } catch (SyntaxErrorException e) {
            pos = save; // 'match' is a name here: drop what the attempt registered
            scope.names.subList(mark[0], scope.names.size()).clear();
            scope.children.subList(mark[1], scope.children.size()).clear();
            return null;
        }
        next(); // :
        next(); // NEWLINE
        next(); // INDENT
        List<Patterns.Case> cases = new ArrayList<>();
        while (peek().kind != Token.Kind.DEDENT && peek().kind != Token.Kind.EOF) {
            if (peek().kind == Token.Kind.NEWLINE) {
                next();
                continue;
            }
            if (!atKeyword("case")) {
                throw error("invalid syntax", peek());
            }
            Token caseTk = next();
            Patterns.Pattern p = openPattern();
            checkPattern(p, new ArrayList<>(), caseTk);
            Expr guard = acceptKeyword("if") ? namedTest() : null;
            Stmt body = block("'case' statement");
            if (!cases.isEmpty()) {
                Patterns.Case previous = cases.get(cases.size() - 1);
                if (previous.guard == null && irrefutable(previous.pattern) != null) {
                    throw error(irrefutable(previous.pattern) + " makes remaining patterns unreachable", caseTk);
                }
            }
            cases.add(new Patterns.Case(p, guard, body));
        }
        if (peek().kind == Token.Kind.DEDENT) {
            next();
        }
        return at(new Patterns.Match(subject, cases.toArray(new Patterns.Case[0])), tk);
    }

    /**
     * CPython's compile-time checks of a pattern: no name bound twice, alternatives that bind the same names, an
     * irrefutable alternative only last, no keyword attribute repeated. Adds the names {@code p} binds to
     * {@code bound}.
     */
    private void checkPattern(Patterns.Pattern p, List<String> bound, Token at) {
        if (p instanceof Patterns.Capture) {
            bind(((Patterns.Capture) p).target, bound, at);
        } else if (p instanceof Patterns.As) {
            checkPattern(((Patterns.As) p).pattern, bound, at);
            bind(((Patterns.As) p).target, bound, at);
        } else if (p instanceof Patterns.Star) {
            bind(((Patterns.Star) p).target, bound, at);
        } else if (p instanceof Patterns.Sequence) {
            for (Patterns.Pattern item : ((Patterns.Sequence) p).items) {
                checkPattern(item, bound, at);
            }
        } else if (p instanceof Patterns.Mapping) {
            for (Patterns.Pattern v : ((Patterns.Mapping) p).values) {
                checkPattern(v, bound, at);
            }
            bind(((Patterns.Mapping) p).rest, bound, at);
        } else if (p instanceof Patterns.ClassPattern) {
            Patterns.ClassPattern c = (Patterns.ClassPattern) p;
            for (Patterns.Pattern item : c.positional) {
                checkPattern(item, bound, at);
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < c.kwNames.length; i++) {
                if (!seen.add(c.kwNames[i])) {
                    throw error("attribute name repeated in class pattern: " + c.kwNames[i], at);
                }
                checkPattern(c.kwPatterns[i], bound, at);
            }
        } else if (p instanceof Patterns.Or) {
            Patterns.Pattern[] alts = ((Patterns.Or) p).alternatives;
            java.util.Set<String> first = null;
            for (int i = 0; i < alts.length; i++) {
                if (i < alts.length - 1 && irrefutable(alts[i]) != null) {
                    throw error(irrefutable(alts[i]) + " makes remaining patterns unreachable", at);
                }
                List<String> names = new ArrayList<>(bound);
                checkPattern(alts[i], names, at);
                java.util.Set<String> mine = new java.util.HashSet<>(names.subList(bound.size(), names.size()));
                if (first == null) {
                    first = mine;
                } else if (!first.equals(mine)) {
                    throw error("alternative patterns bind different names", at);
                }
            }
            if (first != null) {
                bound.addAll(first);
            }
        }
    }

    private void bind(Expr target, List<String> bound, Token at) {
        if (target instanceof Exprs.Name) {
            String id = ((Exprs.Name) target).id;
            if (bound.contains(id)) {
                throw error("multiple assignments to name '" + id + "' in pattern", at);
            }
            bound.add(id);
        }
    }

    /** "name capture 'x'" or "wildcard" when {@code p} matches anything, else null. */
    private static String irrefutable(Patterns.Pattern p) {
        if (p instanceof Patterns.Wildcard) {
            return "wildcard";
        }
        if (p instanceof Patterns.Capture && ((Patterns.Capture) p).target instanceof Exprs.Name) {
            return "name capture '" + ((Exprs.Name) ((Patterns.Capture) p).target).id + "'";
        }
        if (p instanceof Patterns.As) {
            return irrefutable(((Patterns.As) p).pattern);
        }
        if (p instanceof Patterns.Or) {
            for (Patterns.Pattern a : ((Patterns.Or) p).alternatives) {
                String r = irrefutable(a);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    /** A case's pattern: {@code a, b} without brackets is a sequence pattern. */
    private Patterns.Pattern openPattern() {
        Patterns.Pattern p = maybeStarPattern();
        if (!at(",")) {
            if (p instanceof Patterns.Star) {
                throw error("invalid syntax", peek());
            }
            return p;
        }
        List<Patterns.Pattern> items = new ArrayList<>();
        items.add(p);
        while (accept(",")) {
            if (at(":") || atKeyword("if")) {
                break;
            }
            items.add(maybeStarPattern());
        }
        return sequencePattern(items);
    }

    private Patterns.Pattern sequencePattern(List<Patterns.Pattern> items) {
        int stars = 0;
        for (Patterns.Pattern i : items) {
            stars += i instanceof Patterns.Star ? 1 : 0;
        }
        if (stars > 1) {
            throw error("multiple starred names in sequence pattern", peek());
        }
        return new Patterns.Sequence(items.toArray(new Patterns.Pattern[0]));
    }

    private Patterns.Pattern maybeStarPattern() {
        if (accept("*")) {
            Token name = peek();
            String id = expectName();
            return new Patterns.Star(id.equals("_") ? null : captureTarget(id, name));
        }
        return pattern();
    }

    /** {@code or_pattern ['as' NAME]}. */
    private Patterns.Pattern pattern() {
        List<Patterns.Pattern> alts = new ArrayList<>();
        alts.add(closedPattern());
        while (accept("|")) {
            alts.add(closedPattern());
        }
        Patterns.Pattern p = alts.size() == 1 ? alts.get(0)
                : new Patterns.Or(alts.toArray(new Patterns.Pattern[0]));
        if (acceptKeyword("as")) {
            Token name = peek();
            String id = expectName();
            if (id.equals("_")) {
                throw error("cannot use '_' as a target", name);
            }
            return new Patterns.As(p, captureTarget(id, name));
        }
        return p;
    }

    /**
     * A literal pattern's {@code real + imaginary} or {@code real - imaginary} (PEP 634's complex_number), when a sign
     * and an imaginary number follow the number just parsed; else that number.
     */
    private Expr complexLiteral(Expr real, Token start) {
        if (!(at("+") || at("-")) || peek(1).kind != Token.Kind.NUMBER) {
            return real;
        }
        Token imagTk = peek(1);
        Token startNum = start.kind == Token.Kind.NUMBER ? start : tokens.get(tokens.indexOf(start) + 1);
        if (startNum.text.endsWith("j") || startNum.text.endsWith("J")) {
            throw error("real number required in complex literal", start);
        }
        if (!(imagTk.text.endsWith("j") || imagTk.text.endsWith("J"))) {
            throw error("imaginary number required in complex literal", imagTk);
        }
        Token op = next();
        Expr imag = atom();
        return at(new Exprs.BinOp(op.text.equals("+") ? Arith.Op.ADD : Arith.Op.SUB, real, imag), op);
    }

    /** A capture pattern's target: a name bound in the current scope. */
    private Expr captureTarget(String id, Token tk) {
        scope.assigned.add(id);
        return nameNode(id, tk);
    }

    private Patterns.Pattern closedPattern() {
        Token tk = peek();
        switch (tk.kind) {
            case NUMBER:
                return new Patterns.Value(complexLiteral(atom(), tk));
            case STRING: {
                Expr lit = strings();
                if (lit instanceof Exprs.FString) { // CPython's parser: an f-string is no literal pattern
                    throw error("patterns may only match literals and attribute lookups", tk);
                }
                return new Patterns.Value(lit);
            }
            case OP:
                switch (tk.text) {
                    case "-": {
                        if (peek(1).kind != Token.Kind.NUMBER) {
                            throw error("invalid syntax", tk);
                        }
                        return new Patterns.Value(complexLiteral(factor(), tk));
                    }
                    case "(": {
                        next();
                        if (accept(")")) {
                            return new Patterns.Sequence(new Patterns.Pattern[0]);
                        }
                        Patterns.Pattern first = maybeStarPattern();
                        if (accept(")")) {
                            if (first instanceof Patterns.Star) { // (*x) without its comma: CPython's invalid syntax
                                throw error("invalid syntax", tk);
                            }
                            return first; // a group
                        }
                        List<Patterns.Pattern> items = new ArrayList<>();
                        items.add(first);
                        while (accept(",")) {
                            if (at(")")) {
                                break;
                            }
                            items.add(maybeStarPattern());
                        }
                        expect(")");
                        return sequencePattern(items);
                    }
                    case "[": {
                        next();
                        List<Patterns.Pattern> items = new ArrayList<>();
                        while (!at("]")) {
                            items.add(maybeStarPattern());
                            if (!accept(",")) {
                                break;
                            }
                        }
                        expect("]");
                        return sequencePattern(items);
                    }
                    case "{":
                        return mappingPattern();
                    default:
                        throw error("invalid syntax", tk);
                }
            case NAME:
                switch (tk.text) {
                    case "None":
                    case "True":
                    case "False":
                        return new Patterns.Value(atom());
                    default:
                }
                if (isKeyword(tk.text)) {
                    throw error("invalid syntax", tk);
                }
                next();
                if (!at(".") && !at("(")) {
                    return tk.text.equals("_") ? new Patterns.Wildcard() : new Patterns.Capture(captureTarget(tk.text, tk));
                }
                Expr value = nameNode(mangle(tk.text), tk);
                while (accept(".")) {
                    Token attr = peek();
                    value = at(new Exprs.Attribute(value, interp.str(expectName())), attr);
                }
                if (at("(")) {
                    return classPattern(value);
                }
                return new Patterns.Value(value);
            default:
                throw error("invalid syntax", tk);
        }
    }

    private Patterns.Pattern classPattern(Expr cls) {
        expect("(");
        List<Patterns.Pattern> positional = new ArrayList<>();
        List<String> kwNames = new ArrayList<>();
        List<Patterns.Pattern> kwPatterns = new ArrayList<>();
        while (!at(")")) {
            Token tk = peek();
            if (tk.kind == Token.Kind.NAME && peek(1).is("=")) {
                next();
                next();
                if (kwNames.contains(tk.text)) {
                    throw error("attribute name repeated in class pattern: " + tk.text, tk);
                }
                kwNames.add(tk.text);
                kwPatterns.add(pattern());
            } else {
                if (!kwNames.isEmpty()) {
                    throw error("positional patterns follow keyword patterns", tk);
                }
                positional.add(pattern());
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        return new Patterns.ClassPattern(cls, positional.toArray(new Patterns.Pattern[0]),
                kwNames.toArray(new String[0]), kwPatterns.toArray(new Patterns.Pattern[0]));
    }

    private Patterns.Pattern mappingPattern() {
        expect("{");
        List<Expr> keys = new ArrayList<>();
        List<Patterns.Pattern> values = new ArrayList<>();
        Expr rest = null;
        while (!at("}")) {
            if (accept("**")) {
                Token name = peek();
                String id = expectName();
                if (id.equals("_")) { // {**_} is not a pattern (CPython: invalid syntax)
                    throw error("invalid syntax", name);
                }
                rest = captureTarget(id, name);
                accept(",");
                if (!at("}")) { // **rest must come last
                    throw error("invalid syntax", peek());
                }
                break;
            }
            Token tk = peek();
            Expr key;
            if (tk.kind == Token.Kind.NUMBER || tk.kind == Token.Kind.STRING || at("-")
                    || tk.kind == Token.Kind.NAME && (tk.text.equals("None") || tk.text.equals("True")
                    || tk.text.equals("False"))) {
                key = tk.kind == Token.Kind.STRING ? strings() : at("-") ? complexLiteral(factor(), tk)
                        : tk.kind == Token.Kind.NUMBER ? complexLiteral(atom(), tk) : atom();
                if (key instanceof Exprs.FString) {
                    throw error("mapping pattern keys may only match literals and attribute lookups", tk);
                }
            } else if (tk.kind == Token.Kind.NAME && peek(1).is(".")) {
                next();
                key = nameNode(mangle(tk.text), tk);
                while (accept(".")) {
                    Token attr = peek();
                    key = at(new Exprs.Attribute(key, interp.str(expectName())), attr);
                }
            } else {
                throw error("invalid syntax", tk);
            }
            expect(":");
            if (key instanceof Exprs.Const) { // CPython's compile-time check of literal keys (0, False, 0.0, 0j are one)
                for (Expr k : keys) {
                    if (k instanceof Exprs.Const && Ops.compareBool(t, ((Exprs.Const) k).value,
                            ((Exprs.Const) key).value, dev.freethread.objects.CompareOp.EQ)) {
                        throw error("mapping pattern checks duplicate key (" + Ops.reprString(t,
                                ((Exprs.Const) key).value) + ")", tk);
                    }
                }
            }
            keys.add(key);
            values.add(pattern());
            if (!accept(",")) {
                break;
            }
        }
        expect("}");
        return new Patterns.Mapping(keys.toArray(new Expr[0]), values.toArray(new Patterns.Pattern[0]), rest);
    }

    private Stmt whileStmt() {
        Token tk = next();
        Expr test = namedTest();
        Stmt body = loopBody("'while' statement");
        Stmt orelse = acceptKeyword("else") ? block("'else' statement") : null;
        return at(new Stmts.While(test, body, orelse), tk);
    }

    /** How many loops the statement being parsed is inside, in its function or class body (break, continue). */
    private static final String EXCEPT_STAR_JUMP =
            "'break', 'continue' and 'return' cannot appear in an except* block";
    private int loopDepth;
    /**
     * How many except* bodies enclose the statement being parsed in the current def or class body: a break or
     * continue there with no loop of its own gets CPython's except* message, which it checks before "outside loop".
     */
    private int exceptStarDepth;

    /** A loop's body, where break and continue are allowed (not its else clause). */
    private Stmt loopBody(String what) {
        loopDepth++;
        try {
            return block(what);
        } finally {
            loopDepth--;
        }
    }

    /** {@code async def}, {@code async with} or {@code async for} (PEP 492). */
    private Stmt asyncStmt(Expr[] decorators) {
        Token tk = next();
        if (atKeyword("def")) {
            return defStmt(decorators, true);
        }
        if (decorators.length == 0 && atKeyword("with")) {
            boolean outside = !inCoroutine();
            Stmt w = withStmt(true);
            if (outside) { // CPython's compiler: after the parser's errors in the statement (its block's indentation)
                throw error("'async with' outside async function", tk);
            }
            return w;
        }
        if (decorators.length == 0 && atKeyword("for")) {
            if (!inCoroutine()) { // after the parser's errors in the statement, as CPython's compiler
                next();
                targetList();
                expectKeyword("in");
                testList();
                loopBody("'for' statement");
                throw error("'async for' outside async function", tk);
            }
            Token ft = next();
            Expr target = targetList();
            expectKeyword("in");
            Expr iter = testList();
            Stmt body = loopBody("'for' statement");
            Stmt orelse = acceptKeyword("else") ? block("'else' statement") : null;
            return at(new Stmts.AsyncFor(target, iter, body, orelse), ft);
        }
        throw error("invalid syntax", peek());
    }

    /** Whether the code being parsed is a coroutine's body (list, set and dict comprehensions run inline in it). */
    private boolean inCoroutine() {
        for (Scope s = scope; s != null; s = s.parent) {
            if (s.kind != Scope.Kind.FUNCTION) {
                return false;
            }
            if (s.code.name.equals("<genexpr>")) {
                return true; // an await or async for in a generator expression makes it an asynchronous one
            }
            if (!s.code.inlinedInTracebacks) {
                return s.code.isCoroutine;
            }
        }
        return false;
    }

    private Stmt forStmt() {
        Token tk = next();
        Expr target = targetList();
        expectKeyword("in");
        Token itk = peek();
        Expr iter = at("*") ? starred() : test(); // star_expressions (3.9+): for x in *a, *b:
        if (at(",")) {
            List<Expr> items = new ArrayList<>();
            items.add(iter);
            while (accept(",")) {
                if (at(":")) {
                    break;
                }
                items.add(at("*") ? starred() : test());
            }
            iter = at(new Exprs.TupleExpr(items.toArray(new Expr[0])), itk);
        } else if (iter instanceof Exprs.Starred) {
            throw error("can't use starred expression here", itk);
        }
        Stmt body = loopBody("'for' statement");
        Stmt orelse = acceptKeyword("else") ? block("'else' statement") : null;
        return at(new Stmts.For(target, iter, body, orelse), tk);
    }

    private Expr targetList() {
        return targetList(false);
    }

    /** A for loop's targets; in a comprehension CPython wants 'in' next before it checks them. */
    private Expr targetList(boolean comprehension) {
        Token tk = peek();
        List<Expr> ts = new ArrayList<>();
        ts.add(at("*") ? starred() : orExpr());
        boolean tuple = false;
        while (accept(",")) {
            tuple = true;
            if (atKeyword("in") || at("=")) {
                break;
            }
            ts.add(at("*") ? starred() : orExpr());
        }
        Expr e = tuple ? at(new Exprs.TupleExpr(ts.toArray(new Expr[0])), tk) : ts.get(0);
        if (comprehension && !atKeyword("in")) { // [x for x if y]: CPython's invalid_for_if_clause
            throw error("'in' expected after for-loop variables", peek());
        }
        markAssigned(e, tk);
        return e;
    }

    private void markAssigned(Expr e, Token tk) {
        if (e instanceof Exprs.Starred) {
            // CPython's message for `*a = ...` (a starred target is only an item of a tuple or list target)
            throw lexer.error("starred assignment target must be in a list or tuple", tk.line, tk.col);
        }
        markTarget(e, tk);
    }

    /** Whether the targets being marked are a del statement's. */
    private boolean deleting;
    /** Whether the target being marked is an augmented assignment's (not a static attribute: CPython 3.13's). */
    private boolean augmenting;

    /**
     * CPython 3.13's {@code __static_attributes__}: a store to {@code self.NAME} (the name {@code self}, whatever the
     * method's first parameter is called) in a function, however nested, is recorded for the nearest class whose
     * body encloses it through functions only; a store in the class body itself is not. Assignment, for, with and
     * comprehension targets and an annotated assignment with a value count; augmented assignment and del do not.
     */
    private void recordStaticAttribute(Exprs.Attribute a) {
        if (!(a.obj instanceof Exprs.Name) || !((Exprs.Name) a.obj).id.equals("self")
                || scope.kind != Scope.Kind.FUNCTION) {
            return;
        }
        Scope s = scope;
        while (s != null && s.kind == Scope.Kind.FUNCTION) {
            s = s.parent;
        }
        if (s != null && s.kind == Scope.Kind.CLASS && s.parent != null) {
            s.staticAttributes.add(a.name.value());
        }
    }

    /** Whether the targets being marked are an assignment statement's (CPython then suggests '=='). */
    private boolean assignStatement;

    /**
     * CPython's name for an expression in its target errors ({@code _PyPegen_get_expr_name}): "function call",
     * "literal", "generator expression", "comparison", ...
     */
    static String exprName(Expr e) {
        if (e instanceof Exprs.Call || e instanceof Exprs.CallAttr) {
            return "function call";
        }
        if (e instanceof Exprs.Const) {
            PyObject v = ((Exprs.Const) e).value;
            return v == PyNone.NONE ? "None" : v == PyBool.TRUE ? "True" : v == PyBool.FALSE ? "False"
                    : v == Builtins.Ellipsis.INSTANCE ? "ellipsis" : "literal";
        }
        if (e instanceof Exprs.Comprehension) {
            String n = ((Exprs.Comprehension) e).function.code.name;
            return n.equals("<listcomp>") ? "list comprehension" : n.equals("<setcomp>") ? "set comprehension"
                    : n.equals("<dictcomp>") ? "dict comprehension" : "generator expression";
        }
        if (e instanceof Exprs.DictExpr) {
            return "dict literal";
        }
        if (e instanceof Exprs.SetExpr) {
            return "set display";
        }
        if (e instanceof Exprs.FString) {
            return "f-string expression";
        }
        if (e instanceof Exprs.IfExp) {
            return "conditional expression";
        }
        if (e instanceof Exprs.MakeFunction) {
            return "lambda";
        }
        if (e instanceof Exprs.Compare) {
            return "comparison";
        }
        if (e instanceof Exprs.YieldExpr) {
            return "yield expression";
        }
        if (e instanceof Exprs.Await) {
            return "await expression";
        }
        if (e instanceof Exprs.NamedExpr) {
            return "named expression";
        }
        if (e instanceof Exprs.Starred) {
            return "starred";
        }
        return "expression";
    }

    /**
     * Whether CPython adds "here. Maybe you meant '==' instead of '='?" for this invalid assignment target: an
     * operand of a comparison could be meant (not a generator expression, a conditional, a lambda, a comparison,
     * None/True/False or a not).
     */
    private static boolean suggestsEquality(Expr e) {
        String n = exprName(e);
        return !(n.equals("generator expression") || n.equals("conditional expression") || n.equals("lambda")
                || n.equals("comparison") || n.equals("None") || n.equals("True") || n.equals("False")
                || e instanceof Exprs.Unary && ((Exprs.Unary) e).op.equals("not")
                || e instanceof Exprs.BoolOp);
    }

    private void markTarget(Expr e, Token tk) {
        markTarget(e, tk, assignStatement);
    }

    private void markTarget(Expr e, Token tk, boolean suggest) {
        if (e instanceof Exprs.Name) {
            if (((Exprs.Name) e).id.equals("__debug__")) {
                throw lexer.error("cannot assign to __debug__", tk.line, tk.col);
            }
            scope.assigned.add(((Exprs.Name) e).id);
        } else if (e instanceof Exprs.Attribute) {
            if (!deleting) { // CPython checks an attribute's name only where it is stored
                checkNotDebug(e, "assign to", tk);
                if (!augmenting) {
                    recordStaticAttribute((Exprs.Attribute) e);
                }
            }
        } else if (e instanceof Exprs.Display) {
            int stars = 0;
            for (Expr x : ((Exprs.Display) e).elts) {
                if (x instanceof Exprs.Starred) {
                    if (++stars > 1) {
                        throw lexer.error("multiple starred expressions in assignment", tk.line, tk.col);
                    }
                    markTarget(((Exprs.Starred) x).value, tk, false);
                } else { // an unparenthesized tuple's items keep the suggestion (a, f() = ...), a list's do not
                    markTarget(x, tk, suggest && e instanceof Exprs.TupleExpr && !((Exprs.TupleExpr) e).parenthesized);
                }
            }
        } else if (e instanceof Exprs.Starred) {
            throw lexer.error("starred assignment target must be in a list or tuple", tk.line, tk.col);
        } else if (!e.isTarget()) {
            throw errorAt("cannot assign to " + exprName(e)
                    + (suggest && suggestsEquality(e) ? " here. Maybe you meant '==' instead of '='?" : ""), e, tk);
        }
    }

    private Stmt tryStmt() {
        Token tk = next();
        Stmt body = block("'try' statement");
        List<Stmts.Handler> handlers = new ArrayList<>();
        Boolean star = null; // except or except* (PEP 654), the same for every clause of one try
        Token bare = null; // a bare 'except:', which must be the last clause
        while (atKeyword("except")) {
            if (bare != null) { // CPython's compiler: at the bare clause
                throw error("default 'except:' must be last", bare);
            }
            Token ht = next();
            boolean isStar = accept("*");
            if (star != null && star != isStar) {
                throw error("cannot have both 'except' and 'except*' on the same 'try'", ht);
            }
            star = isStar;
            if (isStar && at(":")) {
                throw error("expected one or more exception types", peek());
            }
            Expr type = null;
            Expr name = null;
            if (!at(":")) {
                type = test();
                if (at(",")) { // Python 2's `except A, e` and 3.14's unparenthesized list (PEP 758): 3.13 refuses both
                    throw errorAt("multiple exception types must be parenthesized", type, ht);
                }
                if (acceptKeyword("as")) {
                    Token nt = peek();
                    name = nameNode(expectName(), nt);
                    scope.assigned.add(((Exprs.Name) name).id);
                }
            }
            Stmt hb;
            if (isStar) {
                exceptStarDepth++;
                try {
                    hb = block("'except*' statement");
                } finally {
                    exceptStarDepth--;
                }
            } else {
                hb = block("'except' statement");
            }
            if (isStar) {
                Token jump = jumpOutOf(hb, false);
                if (jump != null) {
                    throw error(EXCEPT_STAR_JUMP, jump);
                }
            }
            handlers.add(new Stmts.Handler(type, name, hb, ht.line));
            if (type == null && !isStar) {
                bare = ht;
            }
        }
        Stmt orelse = null;
        if (acceptKeyword("else")) {
            if (handlers.isEmpty()) {
                throw error("invalid syntax", tokens.get(pos - 1));
            }
            orelse = block("'else' statement");
        }
        Stmt fin = null;
        if (acceptKeyword("finally")) {
            fin = block("'finally' statement");
        }
        if (handlers.isEmpty() && fin == null) {
            throw error("expected 'except' or 'finally' block", peek());
        }
        Stmts.Try tryNode = at(new Stmts.Try(body, handlers.toArray(new Stmts.Handler[0]), orelse, fin), tk);
        tryNode.star = Boolean.TRUE.equals(star);
        return tryNode;
    }

    /** A try statement with except* clauses in {@code s} that contains a yield, or null. */
    private static Stmt starTryWithYield(Stmt s) {
        if (s instanceof Stmts.Try && ((Stmts.Try) s).star) {
            return GenStmts.containsYield(s) ? s : null;
        }
        if (s instanceof Stmts.Block) {
            for (Stmt c : ((Stmts.Block) s).body) {
                Stmt t = starTryWithYield(c);
                if (t != null) {
                    return t;
                }
            }
            return null;
        }
        if (s instanceof Stmts.If) {
            Stmts.If i = (Stmts.If) s;
            Stmt t = starTryWithYield(i.body);
            return t != null || i.orelse == null ? t : starTryWithYield(i.orelse);
        }
        if (s instanceof Stmts.While) {
            Stmts.While w = (Stmts.While) s;
            Stmt t = starTryWithYield(w.body);
            return t != null || w.orelse == null ? t : starTryWithYield(w.orelse);
        }
        if (s instanceof Stmts.For) {
            Stmts.For l = (Stmts.For) s;
            Stmt t = starTryWithYield(l.body);
            return t != null || l.orelse == null ? t : starTryWithYield(l.orelse);
        }
        if (s instanceof Stmts.Try) {
            Stmts.Try tr = (Stmts.Try) s;
            Stmt t = starTryWithYield(tr.body);
            for (int k = 0; t == null && k < tr.handlers.length; k++) {
                t = starTryWithYield(tr.handlers[k].body);
            }
            if (t == null && tr.orelse != null) {
                t = starTryWithYield(tr.orelse);
            }
            return t != null || tr.finalbody == null ? t : starTryWithYield(tr.finalbody);
        }
        if (s instanceof Stmts.With) {
            return starTryWithYield(((Stmts.With) s).body);
        }
        return null;
    }

    /**
     * The token of a return, or of a break or continue that would leave {@code s} (one not inside a loop of its own
     * within {@code s}), or null: CPython refuses them in an except* block. Nested functions and classes are not
     * part of the block.
     */
    private Token jumpOutOf(Stmt s, boolean inLoop) {
        if (s instanceof Stmts.Return || !inLoop && (s instanceof Stmts.Break || s instanceof Stmts.Continue)) {
            return new Token(Token.Kind.NAME, "return", s.line, 1);
        }
        if (s instanceof Stmts.Block) {
            for (Stmt c : ((Stmts.Block) s).body) {
                Token j = jumpOutOf(c, inLoop);
                if (j != null) {
                    return j;
                }
            }
            return null;
        }
        if (s instanceof Stmts.If) {
            Stmts.If i = (Stmts.If) s;
            Token j = jumpOutOf(i.body, inLoop);
            return j != null || i.orelse == null ? j : jumpOutOf(i.orelse, inLoop);
        }
        if (s instanceof Stmts.While) {
            Stmts.While w = (Stmts.While) s;
            Token j = jumpOutOf(w.body, true);
            return j != null || w.orelse == null ? j : jumpOutOf(w.orelse, inLoop);
        }
        if (s instanceof Stmts.For) {
            Stmts.For l = (Stmts.For) s;
            Token j = jumpOutOf(l.body, true);
            return j != null || l.orelse == null ? j : jumpOutOf(l.orelse, inLoop);
        }
        if (s instanceof Stmts.Try) {
            Stmts.Try t = (Stmts.Try) s;
            Token j = jumpOutOf(t.body, inLoop);
            for (int k = 0; j == null && k < t.handlers.length; k++) {
                j = jumpOutOf(t.handlers[k].body, inLoop);
            }
            if (j == null && t.orelse != null) {
                j = jumpOutOf(t.orelse, inLoop);
            }
            return j != null || t.finalbody == null ? j : jumpOutOf(t.finalbody, inLoop);
        }
        if (s instanceof Stmts.With) {
            return jumpOutOf(((Stmts.With) s).body, inLoop);
        }
        return null;
    }

    private Stmt withStmt() {
        return withStmt(false);
    }

    private Stmt withStmt(boolean async) {
        Token tk = next();
        List<Expr> ctxs = new ArrayList<>();
        List<Expr> targets = new ArrayList<>();
        boolean paren = false;
        if (at("(") && isParenthesizedWithItems()) {
            next();
            paren = true;
        }
        do {
            if (paren && at(")")) {
                break;
            }
            ctxs.add(test());
            Expr target = null;
            if (acceptKeyword("as")) {
                Token at = peek();
                target = orExpr();
                markAssigned(target, at);
            }
            targets.add(target);
        } while (accept(","));
        if (paren) {
            expect(")");
        }
        Stmt body = block("'with' statement");
        for (int i = ctxs.size() - 1; i >= 0; i--) {
            body = at(async ? new Stmts.AsyncWith(ctxs.get(i), targets.get(i), body)
                    : new Stmts.With(ctxs.get(i), targets.get(i), body), tk);
        }
        return body;
    }

    private boolean isParenthesizedWithItems() {
        int depth = 0;
        for (int i = pos; i < tokens.size(); i++) {
            Token tk = tokens.get(i);
            if (tk.is("(")) {
                depth++;
            } else if (tk.is(")")) {
                depth--;
                if (depth == 0) { // CPython's first alternative: '(' ','.with_item+ ','? ')' ':'
                    return tokens.get(i + 1).is(":") && i > pos + 1 && itemsOnly(pos + 1, i);
                }
            } else if (tk.kind == Token.Kind.NEWLINE) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the tokens from {@code from} to {@code to} (inside a with statement's parentheses) can be with items:
     * no generator expression ({@code for} at their level) and no starred item, which make the parentheses an
     * expression of the second alternative ({@code with (a for a in b):}).
     */
    private boolean itemsOnly(int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            Token tk = tokens.get(i);
            if (tk.is("(") || tk.is("[") || tk.is("{")) {
                depth++;
            } else if (tk.is(")") || tk.is("]") || tk.is("}")) {
                depth--;
            } else if (depth == 0 && (tk.kind == Token.Kind.NAME && tk.text.equals("for")
                    || tk.is("*") && (i == from || tokens.get(i - 1).is(",")))) {
                return false;
            }
        }
        return true;
    }

    private String qualname(String name) {
        if (scope != null && scope.globals.contains(name)) {
            return name; // declared global where it is defined: CPython's qualname is the bare name
        }
        StringBuilder b = new StringBuilder();
        for (String p : qualPrefix) {
            b.append(p).append('.');
        }
        return b.append(name).toString();
    }

    private Stmt defStmt(Expr[] decorators) {
        return defStmt(decorators, false);
    }

    private Stmt defStmt(Expr[] decorators, boolean async) {
        Token tk = next();
        String name = expectRawName(); // the function's __name__; it is bound under its mangled name
        String binding = mangle(name);
        scope.assigned.add(binding);
        Code code = new Code(name, file, tk.line);
        code.isCoroutine = async;
        code.qualname = qualname(name);
        Scope outer = scope;
        Scope inner = new Scope(Scope.Kind.FUNCTION, outer, code);
        if (!at("(")) { // def f: and def f -> int: (a PEP 695 list was rewritten away before)
            throw error("expected '('", peek());
        }
        expect("(");
        List<Expr> defaults = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        annNames.clear();
        annExprs.clear();
        parseParams(code, inner, defaults, kwDefaults, ")");
        expect(")");
        if (accept("->")) {
            annNames.add("return");
            annExprs.add(annotationExpr());
        }
        String[] fnAnnNames = annNames.isEmpty() ? null : annNames.toArray(new String[0]);
        Expr[] fnAnnExprs = annExprs.isEmpty() ? null : annExprs.toArray(new Expr[0]);
        boolean transparent = Pep695.isWrapper(name); // PEP 695's wrapper: what it defines keeps its own qualname
        List<String> savedPrefix = null;
        if (!transparent && outer.globals.contains(name)) { // a global function: its contents start afresh
            savedPrefix = new ArrayList<>(qualPrefix);
            qualPrefix.clear();
        }
        if (!transparent) {
            qualPrefix.add(name);
            qualPrefix.add("<locals>");
        }
        scope = inner;
        Stmt body;
        int outerLoops = loopDepth; // a def's body is outside every loop around the def
        int outerExceptStar = exceptStarDepth;
        loopDepth = 0;
        exceptStarDepth = 0;
        try {
            body = block("function definition");
        } finally {
            loopDepth = outerLoops;
            exceptStarDepth = outerExceptStar;
            scope = outer;
            if (!transparent) {
                qualPrefix.remove(qualPrefix.size() - 1);
                qualPrefix.remove(qualPrefix.size() - 1);
            }
            if (savedPrefix != null) {
                qualPrefix.addAll(savedPrefix);
            }
        }
        code.doc = interp.flags.optimize >= 2 ? null : docstring(body); // -OO drops docstrings
        if (code.isGenerator && code.isCoroutine && inner.returnWithValue != null) {
            Token r = inner.returnWithValue;
            throw lexer.error("'return' with value in async generator", r.line, r.col);
        }
        if (code.isGenerator && !code.isCoroutine) {
            Stmt starTry = starTryWithYield(body);
            if (starTry != null) { // GenStmts cannot suspend inside except*'s clauses
                throw notSupported("a yield inside a try statement with except* clauses",
                        new Token(Token.Kind.NAME, "try", starTry.line, 1));
            }
        }
        // an asynchronous generator is not genified: its runner thread suspends at its yields (PyCoroutine)
        code.body = code.isGenerator && !code.isCoroutine ? GenStmts.genify(body, code) : body;
        Exprs.MakeFunction mf = at(new Exprs.MakeFunction(code, defaults.toArray(new Expr[0]),
                kwDefaults.toArray(new Expr[0])), tk);
        mf.annNames = fnAnnNames;
        mf.annExprs = fnAnnExprs;
        mf.perThread = outer.kind != Scope.Kind.FUNCTION;
        outer.makers.put(inner, mf);
        return at(new Stmts.Def(nameNode(binding, tk), mf, decorators), tk);
    }

    private void parseParams(Code code, Scope inner, List<Expr> defaults, List<Expr> kwDefaults, String end) {
        // CPython's grammar errors (invalid_parameters, invalid_star_etc, invalid_kwds, invalid_default) come first,
        // in source order; duplicate names are its symtable's, found after the whole list parsed (checkDuplicates)
        List<String> pos = new ArrayList<>();
        List<String> kwonly = new ArrayList<>();
        List<Token> posTokens = new ArrayList<>();
        List<Token> kwonlyTokens = new ArrayList<>();
        String varargs = null;
        String varkw = null;
        Token varargsTk = null;
        Token varkwTk = null;
        boolean star = false;
        boolean slash = false;
        int posonly = 0;
        String kind = end.equals(":") ? "Lambda expression" : "Function";
        while (!at(end)) {
            Token tk = peek();
            if (varkw != null) { // def f(**k, a), (**k, *a), (**k, /)
                throw lexer.error("arguments cannot follow var-keyword argument", tk.line, tk.col);
            }
            if (accept("**")) {
                varkwTk = peek();
                varkw = expectName();
                annotation(end, varkw);
                if (at("=")) {
                    throw lexer.error("var-keyword argument cannot have default value", peek().line, peek().col);
                }
                if (!accept(",")) {
                    break;
                }
                continue;
            }
            if (at("*")) {
                if (star) {
                    throw lexer.error("* argument may appear only once", tk.line, tk.col);
                }
                next();
                star = true;
                if (at(",")) {
                    next();
                    if (at(end) || at("**")) { // def f(*, **k), def f(*,): CPython's message
                        throw lexer.error("named arguments must follow bare *", tk.line, tk.col);
                    }
                    continue;
                }
                if (at(end)) { // def f(*)
                    throw lexer.error("named arguments must follow bare *", tk.line, tk.col);
                }
                varargsTk = peek();
                varargs = expectName();
                if (!end.equals(":") && at(":") && peek(1).is("*")) { // *args: *Ts (PEP 646): the unpacked form
                    next();
                    int start = this.pos;
                    Token starTk = next();
                    Expr e = test();
                    annNames.add(varargs);
                    annExprs.add(futureAnnotations
                            ? at(new Exprs.Const(interp.str(unparseTokens(start, this.pos))), starTk)
                            : at(new Exprs.UnpackAnnotation(e), starTk));
                } else {
                    annotation(end, varargs);
                    if (at("=")) { // (not after *args: *Ts, where CPython's rule does not match: invalid syntax)
                        throw lexer.error("var-positional argument cannot have default value", peek().line,
                                peek().col);
                    }
                }
            } else if (at("/")) {
                if (pos.isEmpty() && !star) {
                    throw lexer.error("at least one argument must precede /", tk.line, tk.col);
                }
                if (slash) {
                    throw lexer.error("/ may appear only once", tk.line, tk.col);
                }
                if (star) {
                    throw lexer.error("/ must be ahead of *", tk.line, tk.col);
                }
                next();
                slash = true;
                posonly = pos.size(); // positional-only: the parameters so far are never bound by keyword
                if (at("*")) {
                    throw lexer.error("expected comma between / and *", peek().line, peek().col);
                }
            } else if (at("(")) { // def f(a, (b, c)): Python 2's tuple parameters
                throw lexer.error(kind + " parameters cannot be parenthesized", tk.line, tk.col);
            } else {
                String p = expectName();
                annotation(end, p);
                Expr dflt = null;
                if (at("=")) {
                    Token eq = next();
                    if (at(")") || at(",")) {
                        throw lexer.error("expected default value expression", eq.line, eq.col);
                    }
                    dflt = test();
                }
                if (star) {
                    kwonly.add(p);
                    kwonlyTokens.add(tk);
                    kwDefaults.add(dflt);
                } else {
                    pos.add(p);
                    posTokens.add(tk);
                    if (dflt != null) {
                        defaults.add(dflt);
                    } else if (!defaults.isEmpty()) {
                        throw lexer.error("parameter without a default follows parameter with a default", tk.line,
                                tk.col);
                    }
                }
            }
            if (!accept(",")) {
                break;
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < pos.size(); i++) {
            duplicateCheck(seen, pos.get(i), posTokens.get(i));
        }
        for (int i = 0; i < kwonly.size(); i++) {
            duplicateCheck(seen, kwonly.get(i), kwonlyTokens.get(i));
        }
        if (varargs != null) {
            duplicateCheck(seen, varargs, varargsTk);
        }
        if (varkw != null) {
            duplicateCheck(seen, varkw, varkwTk);
        }
        List<String> all = new ArrayList<>(pos);
        all.addAll(kwonly);
        code.argcount = pos.size();
        code.posonlycount = posonly;
        code.kwonlycount = kwonly.size();
        code.paramNames = all.toArray(new String[0]);
        inner.params.addAll(all);
        if (varargs != null) {
            inner.params.add(varargs);
        }
        if (varkw != null) {
            inner.params.add(varkw);
        }
        // slots: parameters first, in order; *args and **kwargs after them
        int k = all.size();
        if (varargs != null) {
            code.varargsSlot = k++;
        }
        if (varkw != null) {
            code.varkwSlot = k;
        }
    }

    /** CPython's symtable order: parameters, keyword-only ones, *args, **kwargs; the first repeated name fails. */
    private void duplicateCheck(java.util.Set<String> seen, String name, Token tk) {
        if (name.equals("__debug__")) {
            throw lexer.error("cannot assign to __debug__", tk.line, tk.col);
        }
        if (!seen.add(name)) {
            throw lexer.error("duplicate argument '" + name + "' in function definition", tk.line, tk.col);
        }
    }

    /** {@code from __future__ import annotations} (PEP 563): annotations are kept as their source's strings. */
    private boolean futureAnnotations;
    /** Whether a {@code from __future__} import may still stand here: only a docstring and others come before. */
    private boolean futureAllowed = true;

    private static final java.util.Set<String> FUTURE_FEATURES = java.util.Set.of("nested_scopes", "generators",
            "division", "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
            "generator_stop", "annotations");

    /**
     * An annotation: its expression, or under PEP 563 a str constant holding it as CPython's {@code ast.unparse}
     * writes it (rebuilt from the tokens), evaluated by nobody until {@code typing.get_type_hints} asks.
     */
    private Expr annotationExpr() {
        int start = pos;
        Token first = peek();
        Expr e = test();
        if (!futureAnnotations) {
            return e;
        }
        return at(new Exprs.Const(interp.str(unparseTokens(start, pos))), first);
    }

    /** The source of tokens [from, to) as one line, spaced as {@code ast.unparse} spaces an annotation. */
    private String unparseTokens(int from, int to) {
        StringBuilder b = new StringBuilder();
        Token prev = null;
        boolean prevUnary = false;
        java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>(); // a ':' inside [] is a slice's: unspaced
        for (int i = from; i < to; i++) {
            Token tk = tokens.get(i);
            if (tk.kind == Token.Kind.NEWLINE || tk.kind == Token.Kind.INDENT || tk.kind == Token.Kind.DEDENT) {
                continue;
            }
            boolean op = tk.kind == Token.Kind.OP;
            boolean unary = op && (tk.text.equals("*") || tk.text.equals("**") || tk.text.equals("-")
                    || tk.text.equals("+") || tk.text.equals("~"))
                    && (prev == null || prev.kind == Token.Kind.OP && !prev.text.equals(")") && !prev.text.equals("]")
                    && !prev.text.equals("}") && !prev.text.equals("..."));
            boolean slice = prev != null && prev.is(":") && "[".equals(open.peek());
            if (prev != null && !prevUnary && !slice && spaced(prev, tk)) {
                b.append(' ');
            }
            if (op && (tk.text.equals("(") || tk.text.equals("[") || tk.text.equals("{"))) {
                open.push(tk.text);
            } else if (op && (tk.text.equals(")") || tk.text.equals("]") || tk.text.equals("}")) && !open.isEmpty()) {
                open.pop();
            }
            if (tk.kind == Token.Kind.STRING && !tk.fstring && !tk.bytes) {
                b.append(Ops.reprString(t, interp.str(tk.text)));
            } else {
                b.append(tk.text);
            }
            prev = tk;
            prevUnary = unary;
        }
        return b.toString();
    }

    private static boolean spaced(Token prev, Token tk) {
        String p = prev.kind == Token.Kind.OP ? prev.text : null;
        String c = tk.kind == Token.Kind.OP ? tk.text : null;
        if (c != null && (c.equals(")") || c.equals("]") || c.equals("}") || c.equals(",") || c.equals(".")
                || c.equals(":") || c.equals("="))) {
            return false;
        }
        if (p != null && (p.equals("(") || p.equals("[") || p.equals("{") || p.equals(".") || p.equals("="))) {
            return false;
        }
        if (c != null && (c.equals("(") || c.equals("["))) {
            return p != null && !p.equals(")") && !p.equals("]") && !p.equals("...");
        }
        return true;
    }

    /**
     * Checks a {@code from __future__ import} (the tokens after {@code import}, not consumed) as CPython's compiler
     * does, and turns on the features it names; the statement then also runs as an import of the module.
     */
    private void futureImport(Token tk) {
        if (!futureAllowed || scope.kind != Scope.Kind.MODULE || scope.parent != null) {
            throw error("from __future__ imports must occur at the beginning of the file", tk);
        }
        int p = pos;
        while (p < tokens.size() && tokens.get(p).kind != Token.Kind.NEWLINE && !tokens.get(p).is(";")) {
            Token n = tokens.get(p);
            boolean isAs = p > 0 && tokens.get(p - 1).is("as");
            if (n.kind == Token.Kind.NAME && !n.text.equals("as") && !isAs) {
                if (n.text.equals("braces")) {
                    throw error("not a chance", n);
                }
                if (!FUTURE_FEATURES.contains(n.text)) {
                    throw error("future feature " + n.text + " is not defined", n);
                }
                if (n.text.equals("annotations")) {
                    futureAnnotations = true;
                }
            }
            p++;
        }
    }

    /** A def's parameter and return annotations, in order (PEP 3107), while its header is parsed. */
    private final List<String> annNames = new ArrayList<>();
    private final List<Expr> annExprs = new ArrayList<>();

    /** A parameter's annotation, if any (none in a lambda, whose parameters end at ':'), evaluated where the def is. */
    private void annotation(String end, String param) {
        if (!end.equals(":") && accept(":")) {
            annNames.add(param);
            annExprs.add(annotationExpr());
        }
    }

    private Stmt classStmt(Expr[] decorators) {
        Token tk = next();
        String name = expectRawName(); // the class's __name__; it is bound under its mangled name
        String binding = mangle(name);
        scope.assigned.add(binding);
        List<Expr> bases = new ArrayList<>();
        List<String> kwNames = new ArrayList<>();
        List<Expr> kwValues = new ArrayList<>();
        if (accept("(")) {
            while (!at(")")) {
                if (accept("**")) { // class C(**kw): unpacked at the class statement, as a call's
                    kwNames.add(null);
                    kwValues.add(test());
                } else if (at("*")) { // class C(*bases)
                    if (!kwNames.isEmpty() && kwNames.get(kwNames.size() - 1) == null) {
                        throw lexer.error("iterable argument unpacking follows keyword argument unpacking",
                                peek().line, peek().col);
                    }
                    Token star = next();
                    bases.add(at(new Exprs.Starred(test()), star));
                } else if (peek().kind == Token.Kind.NAME && peek(1).is("=")) { // class C(Base, flag=1): PEP 487
                    Token k = next();
                    expect("=");
                    if (kwNames.contains(k.text)) {
                        throw lexer.error("keyword argument repeated: " + k.text, k.line, k.col);
                    }
                    kwNames.add(k.text);
                    kwValues.add(test());
                } else {
                    if (!kwNames.isEmpty()) {
                        throw lexer.error("positional argument follows keyword argument", peek().line, peek().col);
                    }
                    bases.add(test());
                }
                if (!accept(",")) {
                    break;
                }
            }
            expect(")");
        }
        Code code = new Code(name, file, tk.line);
        code.qualname = qualname(name);
        Scope outer = scope;
        Scope inner = new Scope(Scope.Kind.CLASS, outer, code);
        List<String> savedPrefix = null;
        if (outer.globals.contains(name)) { // a global class: its methods are named from it alone
            savedPrefix = new ArrayList<>(qualPrefix);
            qualPrefix.clear();
        }
        qualPrefix.add(name);
        scope = inner;
        Stmt body;
        int outerLoops = loopDepth;
        int outerExceptStar = exceptStarDepth;
        loopDepth = 0;
        exceptStarDepth = 0;
        try {
            body = block("class definition");
        } finally {
            loopDepth = outerLoops;
            exceptStarDepth = outerExceptStar;
            scope = outer;
            qualPrefix.remove(qualPrefix.size() - 1);
            if (savedPrefix != null) {
                qualPrefix.addAll(savedPrefix);
            }
        }
        code.doc = interp.flags.optimize >= 2 ? null : docstring(body); // -OO drops docstrings
        code.body = body;
        Stmts.ClassDef cd = at(new Stmts.ClassDef(name, code.qualname, nameNode(binding, tk),
                bases.toArray(new Expr[0]), code, decorators), tk);
        cd.kwNames = kwNames.toArray(new String[0]);
        cd.kwValues = kwValues.toArray(new Expr[0]);
        cd.staticAttributes = inner.staticAttributes.toArray(new String[0]);
        outer.makers.put(inner, cd);
        return cd;
    }

    /**
     * The method whose class a reading of {@code __class__} in scope {@code s} means: {@code s} itself, or the
     * function scope nearest a class body that encloses {@code s} through functions only; null if none.
     */
    private static Scope methodScopeOf(Scope s) {
        while (s != null && s.kind == Scope.Kind.FUNCTION) {
            if (s.parent != null && s.parent.kind == Scope.Kind.CLASS) {
                return s;
            }
            s = s.parent;
        }
        return null;
    }

    private Exprs.Name nameNode(String id, Token tk) {
        Exprs.Name n = at(new Exprs.Name(id), tk);
        n.name = interp.str(id);
        scope.names.add(n);
        scope.nameUses.add(n);
        return n;
    }

    private Stmt simpleStmt() {
        Token tk = peek();
        if (tk.kind == Token.Kind.NAME) {
            switch (tk.text) {
                case "pass": next(); return at(new Stmts.Pass(), tk);
                case "break":
                    if (loopDepth == 0) {
                        throw error(exceptStarDepth > 0 ? EXCEPT_STAR_JUMP : "'break' outside loop", tk);
                    }
                    next();
                    return at(new Stmts.Break(), tk);
                case "continue":
                    if (loopDepth == 0) {
                        throw error(exceptStarDepth > 0 ? EXCEPT_STAR_JUMP : "'continue' not properly in loop", tk);
                    }
                    next();
                    return at(new Stmts.Continue(), tk);
                case "return": {
                    next();
                    if (scope.kind != Scope.Kind.FUNCTION) {
                        throw lexer.error("'return' outside function", tk.line, tk.col);
                    }
                    Expr v = atEndOfSimple() ? null : testListStarred(); // return 1, *rest (3.8)
                    if (v instanceof Exprs.Starred) {
                        throw lexer.error("can't use starred expression here", tk.line, tk.col + 7);
                    }
                    if (v != null && scope.returnWithValue == null) {
                        scope.returnWithValue = tk; // refused in an async generator, once its yields are known
                    }
                    return at(new Stmts.Return(v), tk);
                }
                case "raise": {
                    next();
                    if (atEndOfSimple()) {
                        return at(new Stmts.Raise(null, null), tk);
                    }
                    Expr e = test();
                    Expr cause = acceptKeyword("from") ? test() : null;
                    return at(new Stmts.Raise(e, cause), tk);
                }
                case "global":
                case "nonlocal": {
                    next();
                    boolean global = tk.text.equals("global");
                    do {
                        String n = expectName();
                        String kind = global ? "global" : "nonlocal";
                        if (scope.params.contains(n)) {
                            throw lexer.error("name '" + n + "' is parameter and " + kind, tk.line, tk.col);
                        }
                        if (global ? scope.nonlocals.contains(n) : scope.globals.contains(n)) {
                            throw lexer.error("name '" + n + "' is nonlocal and global", tk.line, tk.col);
                        }
                        if (scope.annotated.contains(n)) {
                            throw lexer.error("annotated name '" + n + "' can't be " + kind, tk.line, tk.col);
                        }
                        if (scope.assigned.contains(n)) { // also after an earlier declaration, as CPython
                            throw lexer.error("name '" + n + "' is assigned to before " + kind + " declaration",
                                    tk.line, tk.col);
                        }
                        for (Exprs.Name used : scope.names) {
                            if (used.id.equals(n)) {
                                throw lexer.error("name '" + n + "' is used prior to " + kind + " declaration",
                                        tk.line, tk.col);
                            }
                        }
                        if (global) {
                            scope.globals.add(n);
                            // CPython records every global declaration in the top block's table too, so exec(code,
                            // g, l)'s top level stores such a name in g, not l
                            Scope top = scope;
                            while (top.parent != null) {
                                top = top.parent;
                            }
                            top.globals.add(n);
                        } else {
                            if (scope.kind == Scope.Kind.MODULE) {
                                throw lexer.error("nonlocal declaration not allowed at module level", tk.line, tk.col);
                            }
                            scope.nonlocals.add(n);
                        }
                    } while (accept(","));
                    return at(new Stmts.Declaration(), tk);
                }
                case "del": {
                    next();
                    List<Expr> targets = new ArrayList<>();
                    do {
                        if (atEndOfSimple()) {
                            break;
                        }
                        Expr e;
                        parsingDelTargets = true;
                        try {
                            e = at("*") ? starred() : orExpr();
                        } finally {
                            parsingDelTargets = false;
                        }
                        if (!e.isTarget()) { // CPython names the first item that is no target, where it starts
                            Expr bad = firstInvalidTarget(e);
                            throw errorAt("cannot delete " + (bad instanceof Exprs.Starred ? "starred" : exprName(bad)),
                                    bad, tk);
                        }
                        Expr star = firstStarred(e);
                        if (star != null) {
                            throw errorAt("cannot delete starred", star, tk);
                        }
                        checkNotDebugDeleted(e, tk);
                        deleting = true;
                        try {
                            markAssigned(e, tk);
                        } finally {
                            deleting = false;
                        }
                        targets.add(e);
                    } while (accept(","));
                    return at(new Stmts.Delete(targets.toArray(new Expr[0])), tk);
                }
                case "assert": {
                    next();
                    Expr test = test();
                    if (test instanceof Exprs.TupleExpr && ((Exprs.TupleExpr) test).elts.length > 0) {
                        syntaxWarningOnce("assertion is always true, perhaps remove parentheses?", tk.line, tk.col);
                    }
                    Expr msg = accept(",") ? test() : null;
                    return at(new Stmts.Assert(test, msg), tk);
                }
                case "import": {
                    next();
                    if (peek().kind == Token.Kind.NEWLINE) {
                        throw error("Expected one or more names after 'import'", peek());
                    }
                    List<Stmt> imports = new ArrayList<>();
                    boolean anyAs = false;
                    do {
                        String mod = dottedName();
                        boolean hasAs = acceptKeyword("as");
                        anyAs |= hasAs;
                        String as = hasAs ? expectName() : mod.split("\\.")[0];
                        scope.assigned.add(as);
                        Stmts.Import imp = at(new Stmts.Import(mod, nameNode(as, tk), null, null), tk);
                        imp.bindsTop = !hasAs && mod.contains("."); // import os.path binds os
                        imports.add(imp);
                    } while (accept(","));
                    if (!anyAs && atKeyword("from")) { // import a from b: CPython's invalid_import
                        throw error("Did you mean to use 'from ... import ...' instead?", tk);
                    }
                    if (imports.size() == 1) {
                        return imports.get(0);
                    }
                    Stmts.Block b = new Stmts.Block(imports.toArray(new Stmt[0]));
                    b.line = tk.line;
                    return b;
                }
                case "from": {
                    next();
                    int level = 0; // from . import x, from ..pkg import y: PEP 328's relative imports
                    while (at(".") || at("...")) {
                        level += at(".") ? 1 : 3;
                        next();
                    }
                    String mod = level > 0 && atKeyword("import") ? ""
                            : dottedName();
                    expectKeyword("import");
                    if (level == 0 && mod.equals("__future__")) {
                        futureImport(tk);
                    }
                    if (at("*")) {
                        // the top level only: a module, or the code exec() runs with a separate namespace
                        if (scope.kind == Scope.Kind.FUNCTION || scope.parent != null) {
                            throw error("import * only allowed at module level", tk);
                        }
                        next();
                        Stmts.Import star = at(new Stmts.Import(mod, null, Stmts.Import.STAR, null), tk);
                        star.level = level;
                        return star;
                    }
                    if (peek().kind == Token.Kind.NEWLINE) {
                        throw error("Expected one or more names after 'import'", peek());
                    }
                    boolean paren = accept("(");
                    List<String> names = new ArrayList<>();
                    List<Expr> targets = new ArrayList<>();
                    do {
                        if (paren && at(")")) {
                            break;
                        }
                        if (!paren && !names.isEmpty() && peek().kind == Token.Kind.NEWLINE) {
                            throw error("trailing comma not allowed without surrounding parentheses", peek());
                        }
                        String n = expectRawName(); // the module's attribute, as written; the binding is mangled
                        String as = acceptKeyword("as") ? expectName() : mangle(n);
                        names.add(n);
                        scope.assigned.add(as);
                        targets.add(nameNode(as, tk));
                    } while (accept(","));
                    if (paren) {
                        expect(")");
                    }
                    Stmts.Import from = at(new Stmts.Import(mod, null, names.toArray(new String[0]),
                            targets.toArray(new Expr[0])), tk);
                    from.level = level;
                    return from;
                }
                case "yield":
                    return yieldStmt(null);
                default:
            }
        }
        Expr first = testListStarred();
        if (at("=")) {
            List<Expr> targets = new ArrayList<>();
            targets.add(first);
            Expr value = null;
            while (accept("=")) {
                if (atKeyword("yield")) {
                    for (Expr target : targets) {
                        markAssigned(target, tk);
                    }
                    Stmt y = yieldStmt(targets.toArray(new Expr[0]));
                    if (at("=")) {
                        throw error("assignment to yield expression not possible", peek());
                    }
                    y.line = tk.line;
                    return y;
                }
                value = testListStarred();
                if (value instanceof Exprs.YieldExpr && at("=")) {
                    throw error("cannot assign to yield expression", tk);
                }
                if (at("=")) {
                    targets.add(value);
                } else if (value instanceof Exprs.Starred) {
                    throw lexer.error("can't use starred expression here", tk.line, tk.col);
                }
            }
            assignStatement = targets.size() == 1; // a chained assignment gets no hint, as CPython's
            try {
                for (Expr target : targets) {
                    markAssigned(target, tk);
                }
            } finally {
                assignStatement = false;
            }
            if (value instanceof Exprs.YieldExpr) { // v = (yield x): a yield statement, as the unparenthesized form
                return at(asYieldStmt((Exprs.YieldExpr) value, targets.toArray(new Expr[0])), tk);
            }
            return at(new Stmts.Assign(targets.toArray(new Expr[0]), value), tk);
        }
        Token op = peek();
        if (op.kind == Token.Kind.OP && op.text.length() >= 2 && op.text.endsWith("=") && !op.text.equals("==")
                && !op.text.equals("<=") && !op.text.equals(">=") && !op.text.equals("!=")) {
            next();
            Arith.Op aop = binaryOp(op.text.substring(0, op.text.length() - 1));
            if (aop == null) {
                throw error("invalid syntax", op);
            }
            if (!(first instanceof Exprs.Name || first instanceof Exprs.Attribute
                    || first instanceof Exprs.Subscript)) {
                throw lexer.error("'" + (first instanceof Exprs.TupleExpr || first instanceof Exprs.ListExpr
                        || first instanceof Exprs.Starred ? describe(first) : exprName(first))
                        + "' is an illegal expression for augmented assignment", tk.line, tk.col)
                        .endingAt(first.endLine != 0 ? first.endLine : tk.line,
                                first.endLine != 0 ? first.endCol + 1 : tk.col + 1); // the target's span
            }
            augmenting = true;
            try {
                markAssigned(first, tk);
            } finally {
                augmenting = false;
            }
            Expr value = atKeyword("yield") ? yieldExpr() : testList();
            return at(new Stmts.AugAssign(first, aop, value), tk);
        }
        if (at(":")) {
            if (first instanceof Exprs.TupleExpr || first instanceof Exprs.ListExpr) {
                throw lexer.error("only single target (not " + (first instanceof Exprs.TupleExpr ? "tuple" : "list")
                        + ") can be annotated", tk.line, tk.col);
            }
            if (!(first instanceof Exprs.Name || first instanceof Exprs.Attribute
                    || first instanceof Exprs.Subscript)) {
                throw lexer.error("illegal target for annotation", tk.line, tk.col);
            }
            checkNotDebug(first, "assign to", tk);
            next();
            Expr annotation = annotationExpr();
            // (x): T is not a simple target (CPython's AnnAssign.simple == 0): it makes no local and is not recorded
            boolean simple = first instanceof Exprs.Name && !(tk.kind == Token.Kind.OP && tk.text.equals("("));
            if (simple) {
                String id = ((Exprs.Name) first).id;
                if (scope.globals.contains(id) || scope.nonlocals.contains(id)) {
                    throw lexer.error("annotated name '" + id + "' can't be "
                            + (scope.globals.contains(id) ? "global" : "nonlocal"), first.line, first.col);
                }
                scope.assigned.add(id);
                scope.annotated.add(id);
            }
            Expr value = null;
            if (accept("=")) { // the right side of a plain assignment: a, *b, c too (CPython 3.8+)
                value = atKeyword("yield") ? yieldExpr() : testListStarred();
                if (value instanceof Exprs.Starred) {
                    throw lexer.error("can't use starred expression here", tk.line, tk.col);
                }
                markAssigned(first, tk);
            }
            if (scope.kind != Scope.Kind.FUNCTION) {
                scope.code.setupAnnotations = true;
            }
            // recorded in __annotations__ by a class body or a module, for a plain name (not in a function)
            String recorded = scope.kind != Scope.Kind.FUNCTION && simple ? ((Exprs.Name) first).id : null;
            if (first instanceof Exprs.Name && !simple && value == null) { // (x): T binds and reads nothing
                scope.names.remove(first);
            }
            // a module's or class body's annotation of another target is evaluated, not recorded (CPython's
            // check_annotation), after the target's object and index (check_ann_expr)
            boolean evaluate = scope.kind != Scope.Kind.FUNCTION && recorded == null;
            if (recorded == null && value == null && !evaluate && first instanceof Exprs.Name) {
                return at(new Stmts.Pass(), tk);
            }
            return at(new Stmts.AnnAssign(first, annotation, value, recorded, evaluate), tk);
        }
        if (first instanceof Exprs.Starred) {
            throw lexer.error("can't use starred expression here", tk.line, tk.col);
        }
        if (first instanceof Exprs.YieldExpr) { // (yield x) alone: a yield statement
            return at(asYieldStmt((Exprs.YieldExpr) first, null), tk);
        }
        if (single && scope.parent == null) { // compile(..., 'single'): shown by sys.displayhook, as the prompt's
            return at(new Stmts.DisplayExpr(first), tk);
        }
        return at(new Stmts.ExprStmt(first), tk);
    }

    /** A display's item followed by {@code :=}: a named expression, which a starred item cannot be. */
    private Expr itemWalrus(Expr item) {
        if (item instanceof Exprs.Starred) {
            throw lexer.error("invalid syntax", peek().line, peek().col);
        }
        return walrus(item);
    }

    /** A body's docstring: its first statement when that is a string literal alone. */
    private static String docstring(Stmt body) {
        if (body instanceof Stmts.Block && ((Stmts.Block) body).body.length > 0
                && ((Stmts.Block) body).body[0] instanceof Stmts.ExprStmt) {
            Expr e = ((Stmts.ExprStmt) ((Stmts.Block) body).body[0]).value;
            if (e instanceof Exprs.Const && ((Exprs.Const) e).value instanceof PyStr) {
                return cleanDoc(((PyStr) ((Exprs.Const) e).value).value());
            }
        }
        return null;
    }

    /**
     * CPython 3.13's compile-time docstring cleaning: the first line loses its leading spaces, the others the
     * indentation they have in common (blank lines do not count).
     */
    static String cleanDoc(String doc) {
        String[] lines = doc.split("\n", -1);
        int margin = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i];
            int k = 0;
            while (k < l.length() && l.charAt(k) == ' ') {
                k++;
            }
            if (k < l.length()) {
                margin = Math.min(margin, k);
            }
        }
        if (margin == Integer.MAX_VALUE) {
            margin = 0;
        }
        StringBuilder b = new StringBuilder(doc.length());
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            int k = 0;
            while (k < l.length() && l.charAt(k) == ' ' && (i == 0 || k < margin)) {
                k++;
            }
            if (i > 0) {
                b.append('\n');
            }
            b.append(l, k, l.length());
        }
        return b.toString();
    }

    /**
     * A yield as a statement or as the right side of an assignment to {@code targets}: {@code yield}, {@code yield x},
     * {@code yield a, b}, {@code yield from it}. It makes the enclosing function a generator. Elsewhere in an
     * expression a yield is refused (GenStmts says why).
     */
    private Stmt yieldStmt(Expr[] targets) {
        Token tk = next(); // yield
        if (scope.kind != Scope.Kind.FUNCTION) {
            throw lexer.error("'yield' outside function", tk.line, tk.col);
        }
        boolean from = acceptKeyword("from");
        if (from && scope.code.isCoroutine) {
            throw lexer.error("'yield from' inside async function", tk.line, tk.col);
        }
        Expr v;
        if (from) {
            v = test();
        } else {
            v = atEndOfSimple() || at(")") ? null : testListStarred();
            if (v instanceof Exprs.Starred) {
                throw lexer.error("can't use starred expression here", tk.line, tk.col);
            }
        }
        scope.code.isGenerator = true;
        return at(new GenStmts.Yield(v, from, targets), tk);
    }

    /**
     * A yield inside an expression: {@code (yield x)}, or the right side of an augmented or annotated assignment. It
     * makes the function a generator, and the statement holding it is lowered into yield statements when it is
     * complete (YieldLowering; an asynchronous generator evaluates it as it stands).
     */
    private Exprs.YieldExpr yieldExpr() {
        Token tk = next(); // yield
        if (scope.kind != Scope.Kind.FUNCTION) {
            throw lexer.error("'yield' outside function", tk.line, tk.col);
        }
        if (isComprehension(scope.code)) {
            throw lexer.error("'yield' inside " + comprehensionKind(scope.code), tk.line, tk.col);
        }
        boolean from = acceptKeyword("from");
        if (from && scope.code.isCoroutine) {
            throw lexer.error("'yield from' inside async function", tk.line, tk.col);
        }
        Expr v;
        if (from) {
            v = test();
        } else {
            v = atEndOfSimple() || at(")") || at("=") ? null : testListStarred();
            if (v instanceof Exprs.Starred) {
                throw lexer.error("can't use starred expression here", tk.line, tk.col);
            }
        }
        scope.code.isGenerator = true;
        scope.pendingYields++;
        return at(new Exprs.YieldExpr(v, from), tk);
    }

    /** A parenthesized yield that is a whole statement (or an assignment's whole right side): one yield statement. */
    private Stmt asYieldStmt(Exprs.YieldExpr y, Expr[] targets) {
        scope.pendingYields--;
        GenStmts.Yield s = new GenStmts.Yield(y.value, y.from, targets);
        s.line = y.line;
        return s;
    }

    private static String comprehensionKind(Code c) {
        switch (c.name) {
            case "<listcomp>": return "list comprehension";
            case "<setcomp>": return "set comprehension";
            case "<dictcomp>": return "dict comprehension";
            default: return "generator expression";
        }
    }

    /**
     * The statements that replace {@code parsed} (one line's statements, or one compound statement) in a function
     * whose expressions there hold yields: each lowered into yield statements (YieldLowering); a yield in a place that
     * is not lowered is refused. An asynchronous generator's yields are evaluated where they stand.
     */
    private List<Stmt> lowerYields(List<Stmt> parsed, Token tk) {
        if (scope.pendingYields == 0) {
            return parsed;
        }
        int pending = scope.pendingYields;
        scope.pendingYields = 0;
        if (scope.code.isCoroutine) {
            return parsed;
        }
        List<Stmt> out = new ArrayList<>();
        int lowered = 0;
        for (Stmt s : parsed) {
            YieldLowering l = new YieldLowering(id -> nameNode(id, tk), () -> {
                String t = "$y" + scope.temps++;
                scope.assigned.add(t);
                return t;
            }, s.line);
            out.addAll(l.lower(s));
            lowered += l.lowered;
        }
        if (lowered < pending) {
            throw notSupported("a yield expression in this part of a statement", tk);
        }
        return out;
    }

    /** Whether {@code e} is a starred item or a tuple or list target with one at any depth. */
    private static boolean containsStarred(Expr e) {
        return firstStarred(e) != null;
    }

    /** The first {@code *x} in {@code e} or its nested displays, depth first; null if none. */
    private static Expr firstStarred(Expr e) {
        if (e instanceof Exprs.Starred) {
            return e;
        }
        if (e instanceof Exprs.Display) {
            for (Expr x : ((Exprs.Display) e).elts) {
                Expr s = firstStarred(x);
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    private static String describe(Expr e) {
        if (e instanceof Exprs.Starred) {
            return "starred";
        }
        if (e instanceof Exprs.TupleExpr) {
            return "tuple";
        }
        if (e instanceof Exprs.ListExpr) {
            return "list";
        }
        return "expression";
    }

    private String dottedName() {
        StringBuilder b = new StringBuilder(expectRawName()); // a module's name is never mangled
        while (accept(".")) {
            b.append('.').append(expectRawName());
        }
        return b.toString();
    }

    private boolean atEndOfSimple() {
        Token tk = peek();
        return tk.kind == Token.Kind.NEWLINE || tk.kind == Token.Kind.EOF || tk.is(";");
    }

    static Arith.Op binaryOp(String s) {
        switch (s) {
            case "+": return Arith.Op.ADD;
            case "-": return Arith.Op.SUB;
            case "*": return Arith.Op.MUL;
            case "/": return Arith.Op.TRUEDIV;
            case "//": return Arith.Op.FLOORDIV;
            case "%": return Arith.Op.MOD;
            case "**": return Arith.Op.POW;
            case "<<": return Arith.Op.LSHIFT;
            case ">>": return Arith.Op.RSHIFT;
            case "&": return Arith.Op.AND;
            case "|": return Arith.Op.OR;
            case "^": return Arith.Op.XOR;
            case "@": return Arith.Op.MATMUL;
            default: return null;
        }
    }

    // ---- expressions

    /** testlist with starred items allowed (the right side of an assignment, a target list). */
    private Expr testListStarred() {
        Token tk = peek();
        Expr first = at("*") ? starred() : test();
        if (!at(",")) {
            return first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (accept(",")) {
            if (atEndOfSimple() || at("=") || at(")")) {
                break;
            }
            items.add(at("*") ? starred() : test());
        }
        return at(new Exprs.TupleExpr(items.toArray(new Expr[0])), tk);
    }

    private Expr starred() {
        Token tk = expect("*");
        return at(new Exprs.Starred(orExpr()), tk);
    }

    private Expr testList() {
        Token tk = peek();
        Expr first = test();
        if (!at(",")) {
            return first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (accept(",")) {
            if (atEndOfSimple() || at("=") || at(")") || at(":")) {
                break;
            }
            items.add(test());
        }
        return at(new Exprs.TupleExpr(items.toArray(new Expr[0])), tk);
    }

    Expr test() {
        Token tk = peek();
        if (atKeyword("lambda")) {
            return lambda();
        }
        if (atKeyword("yield")) {
            throw error("invalid syntax", tk);
        }
        Expr e = orTest();
        if (atKeyword("if") && !isComprehensionIf()) {
            next();
            Expr cond = orTest();
            if (!atKeyword("else") && !at(":")) { // CPython's invalid_expression
                throw errorAt("expected 'else' after 'if' expression", e, tk);
            }
            expectKeyword("else");
            Expr orelse = test();
            return at(new Exprs.IfExp(cond, e, orelse), tk);
        }
        return e;
    }

    private boolean isComprehensionIf() {
        return false;
    }

    private Expr lambda() {
        Token tk = next();
        Code code = new Code("<lambda>", file, tk.line);
        code.qualname = qualname("<lambda>");
        Scope outer = scope;
        Scope inner = new Scope(Scope.Kind.FUNCTION, outer, code);
        List<Expr> defaults = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        parseParams(code, inner, defaults, kwDefaults, ":");
        expect(":");
        scope = inner;
        qualPrefix.add("<lambda>");
        qualPrefix.add("<locals>");
        Expr body;
        Stmt ret;
        try {
            body = test();
            ret = at(new Stmts.Return(body), tk);
            if (inner.pendingYields > 0) { // lambda: (yield x) is a generator function
                List<Stmt> lowered = lowerYields(List.of(ret), tk);
                ret = at(new Stmts.Block(lowered.toArray(new Stmt[0])), tk);
            }
        } finally {
            scope = outer;
            qualPrefix.remove(qualPrefix.size() - 1);
            qualPrefix.remove(qualPrefix.size() - 1);
        }
        code.body = code.isGenerator && !code.isCoroutine ? GenStmts.genify(ret, code) : ret;
        Exprs.MakeFunction mf = at(new Exprs.MakeFunction(code, defaults.toArray(new Expr[0]),
                kwDefaults.toArray(new Expr[0])), tk);
        outer.makers.put(inner, mf);
        return mf;
    }

    private Expr orTest() {
        Token tk = peek();
        Expr e = andTest();
        if (!atKeyword("or")) {
            return e;
        }
        List<Expr> vs = new ArrayList<>();
        vs.add(e);
        while (acceptKeyword("or")) {
            vs.add(andTest());
        }
        return at(new Exprs.BoolOp(false, vs.toArray(new Expr[0])), tk);
    }

    private Expr andTest() {
        Token tk = peek();
        Expr e = notTest();
        if (!atKeyword("and")) {
            return e;
        }
        List<Expr> vs = new ArrayList<>();
        vs.add(e);
        while (acceptKeyword("and")) {
            vs.add(notTest());
        }
        return at(new Exprs.BoolOp(true, vs.toArray(new Expr[0])), tk);
    }

    private Expr notTest() {
        Token tk = peek();
        if (acceptKeyword("not")) {
            return at(new Exprs.Unary("not", notTest()), tk);
        }
        return comparison();
    }

    private Expr comparison() {
        Token tk = peek();
        Expr e = orExpr();
        List<Expr> operands = null;
        List<String> ops = null;
        while (true) {
            String op = null;
            Token o = peek();
            if (o.kind == Token.Kind.OP) {
                switch (o.text) {
                    case "<": case ">": case "==": case ">=": case "<=": case "!=":
                        op = o.text;
                        next();
                        break;
                    default:
                }
            } else if (o.kind == Token.Kind.NAME) {
                if (o.text.equals("in")) {
                    next();
                    op = "in";
                } else if (o.text.equals("not") && peek(1).is("in")) {
                    next();
                    next();
                    op = "not in";
                } else if (o.text.equals("is")) {
                    next();
                    op = acceptKeyword("not") ? "is not" : "is";
                }
            }
            if (op == null) {
                break;
            }
            if (operands == null) {
                operands = new ArrayList<>();
                ops = new ArrayList<>();
                operands.add(e);
            }
            ops.add(op);
            operands.add(orExpr());
        }
        if (operands == null) {
            return e;
        }
        for (int i = 0; i < ops.size(); i++) { // CPython's compiler warns of `x is 1` (check_is_arg)
            if (ops.get(i).startsWith("is")) {
                Expr lit = isLiteralOperand(operands.get(i)) ? operands.get(i)
                        : isLiteralOperand(operands.get(i + 1)) ? operands.get(i + 1) : null;
                if (lit != null) {
                    boolean not = ops.get(i).equals("is not");
                    String kind = lit instanceof Exprs.Const ? ((Exprs.Const) lit).value.type().name() : "tuple";
                    syntaxWarningOnce("\"" + ops.get(i) + "\" with '" + kind + "' literal. Did you mean \""
                            + (not ? "!=" : "==") + "\"?", tk.line, tk.col);
                }
            }
        }
        return at(new Exprs.Compare(operands.toArray(new Expr[0]), ops.toArray(new String[0])), tk);
    }

    /**
     * A constant other than None, True, False and Ellipsis, or a tuple of constants (which CPython folds into one): an
     * operand of {@code is} that CPython warns of.
     */
    private static boolean isLiteralOperand(Expr e) {
        if (e instanceof Exprs.TupleExpr) {
            Expr[] elts = ((Exprs.TupleExpr) e).elts;
            for (Expr x : elts) {
                if (!(x instanceof Exprs.Const) && !(x instanceof Exprs.TupleExpr && isLiteralOperand(x))) {
                    return false;
                }
            }
            return true;
        }
        if (!(e instanceof Exprs.Const)) {
            return false;
        }
        PyObject v = ((Exprs.Const) e).value;
        return v != PyNone.NONE && v != PyBool.TRUE && v != PyBool.FALSE && v != Builtins.Ellipsis.INSTANCE;
    }

    /** Warnings already issued (message at line and column): a construct the parser reads twice warns once. */
    private final java.util.Set<String> warned = new java.util.HashSet<>();

    /** True while a {@code del} statement's targets are parsed ({@link #atDelTargetEnd}). */
    private boolean parsingDelTargets;

    private void syntaxWarningOnce(String message, int line, int col) {
        if (warned.add(line + ":" + col + ":" + message)) {
            syntaxWarning(message, line, col);
        }
    }

    private Expr orExpr() {
        Expr e = xorExpr();
        while (at("|")) {
            Token tk = next();
            e = at(new Exprs.BinOp(Arith.Op.OR, e, xorExpr()), tk);
        }
        return e;
    }

    private Expr xorExpr() {
        Expr e = andExpr();
        while (at("^")) {
            Token tk = next();
            e = at(new Exprs.BinOp(Arith.Op.XOR, e, andExpr()), tk);
        }
        return e;
    }

    private Expr andExpr() {
        Expr e = shiftExpr();
        while (at("&")) {
            Token tk = next();
            e = at(new Exprs.BinOp(Arith.Op.AND, e, shiftExpr()), tk);
        }
        return e;
    }

    private Expr shiftExpr() {
        Expr e = arith();
        while (at("<<") || at(">>")) {
            Token tk = next();
            e = at(new Exprs.BinOp(binaryOp(tk.text), e, arith()), tk);
        }
        return e;
    }

    private Expr arith() {
        Expr e = term();
        while (at("+") || at("-")) {
            Token tk = next();
            notAfterOperator();
            e = at(new Exprs.BinOp(binaryOp(tk.text), e, term()), tk);
        }
        return e;
    }

    private Expr term() {
        Expr e = factor();
        while (at("*") || at("/") || at("//") || at("%") || at("@")) {
            Token tk = next();
            notAfterOperator();
            e = at(new Exprs.BinOp(binaryOp(tk.text), e, factor()), tk);
        }
        return e;
    }

    /** {@code 3 + not x}, {@code - not x}: CPython's invalid_arithmetic and invalid_factor. */
    private void notAfterOperator() {
        if (atKeyword("not")) {
            throw error("'not' after an operator must be parenthesized", peek());
        }
    }

    private Expr factor() {
        Token tk = peek();
        if (at("-") || at("+") || at("~")) {
            next();
            notAfterOperator();
            Expr operand = factor();
            if (tk.text.equals("-") && operand instanceof Exprs.Const && ((Exprs.Const) operand).value instanceof PyInt
                    && !(((Exprs.Const) operand).value instanceof PyBool)) {
                PyInt v = (PyInt) ((Exprs.Const) operand).value;
                return at(new Exprs.Const(constInt(v.bigValue().negate())), tk);
            }
            if (tk.text.equals("-") && operand instanceof Exprs.Const
                    && ((Exprs.Const) operand).value instanceof PyFloat) {
                PyFloat v = new PyFloat(t.ts, -((PyFloat) ((Exprs.Const) operand).value).value);
                RefCount.makeImmortal(t.ts, v); // a constant, as CPython folds -1.5
                return at(new Exprs.Const(v), tk);
            }
            return at(new Exprs.Unary(tk.text, operand), tk);
        }
        return power();
    }

    private Expr power() {
        Expr e;
        if (atKeyword("await")) { // await_primary: binds tighter than ** (await x ** 2 is (await x) ** 2)
            Token tk = next();
            SyntaxErrorException stray = inCoroutine() ? null : error(scope.kind == Scope.Kind.FUNCTION
                    ? "'await' outside async function" : "'await' outside function", tk);
            Exprs.Await a = at(new Exprs.Await(primary()), tk);
            if (stray != null) { // unless it turns out to be a generator expression's element (see strayAwaits)
                strayAwaits.put(a, stray);
            }
            e = a;
        } else {
            e = primary();
        }
        if (at("**")) {
            Token tk = next();
            return at(new Exprs.BinOp(Arith.Op.POW, e, factor()), tk);
        }
        return e;
    }

    private Expr primary() {
        Expr e = atom();
        while (true) {
            Token tk = peek();
            if (accept("(")) {
                e = call(e, tk);
            } else if (accept("[")) {
                Expr index = subscript();
                expect("]");
                if (!atAssignment() && !atDelTargetEnd()) { // CPython checks loads only (check_subscripter, ...)
                    warnSubscript(e, index, tk);
                }
                e = at(new Exprs.Subscript(e, index), tk);
            } else if (accept(".")) {
                String name = expectName();
                scope.nameUses.add(name);
                Exprs.Attribute attr = at(new Exprs.Attribute(e, interp.str(name)), tk);
                Token nameTk = tokens.get(pos - 1);
                if (nameTk.endLine != 0) {
                    attr.nameLine = nameTk.startLine();
                    attr.nameCol = nameTk.startCol() - 1;
                }
                e = attr;
            } else {
                return e;
            }
        }
    }

    /**
     * The type CPython's compiler infers for a literal (infer_type): a constant's, a display's or comprehension's, a
     * lambda's, an f-string's; null for any other expression.
     */
    private static String inferredType(Expr e) {
        if (e instanceof Exprs.Const) {
            return ((Exprs.Const) e).value.type().name();
        }
        if (e instanceof Exprs.TupleExpr) {
            return "tuple";
        }
        if (e instanceof Exprs.ListExpr) {
            return "list";
        }
        if (e instanceof Exprs.DictExpr) {
            return "dict";
        }
        if (e instanceof Exprs.SetExpr) {
            return "set";
        }
        if (e instanceof Exprs.FString) {
            return "str";
        }
        if (e instanceof Exprs.Comprehension) {
            String n = ((Exprs.Comprehension) e).function.code.name;
            return n.equals("<listcomp>") ? "list" : n.equals("<setcomp>") ? "set" : n.equals("<dictcomp>") ? "dict"
                    : "generator";
        }
        if (e instanceof Exprs.MakeFunction && ((Exprs.MakeFunction) e).code.name.equals("<lambda>")) {
            return "function";
        }
        return null;
    }

    /** CPython's check_caller: a literal called, "perhaps you missed a comma?" (a lambda may be called). */
    private void warnCall(Expr func, Token tk) {
        String type = inferredType(func);
        if (type != null && !type.equals("function")) {
            syntaxWarningOnce("'" + type + "' object is not callable; perhaps you missed a comma?", lineOf(func, tk),
                    tk.col);
        }
    }

    /**
     * CPython's check_subscripter and check_index: a literal that cannot be subscripted (None, a number, a set, a
     * generator, a lambda), or a str, bytes, tuple or list literal indexed by a literal that is no int and no slice.
     */
    private void warnSubscript(Expr value, Expr index, Token tk) {
        String type = inferredType(value);
        if (type == null) {
            return;
        }
        boolean constant = value instanceof Exprs.Const;
        if (constant ? type.equals("NoneType") || type.equals("ellipsis") || type.equals("int") || type.equals("bool")
                || type.equals("float") || type.equals("complex") || type.equals("set") || type.equals("frozenset")
                : type.equals("set") || type.equals("generator") || type.equals("function")) {
            syntaxWarningOnce("'" + type + "' object is not subscriptable; perhaps you missed a comma?",
                    lineOf(value, tk), tk.col);
            return;
        }
        String indexType = inferredType(index);
        if (indexType == null || indexType.equals("int") || indexType.equals("bool")) {
            return;
        }
        if (constant ? type.equals("str") || type.equals("bytes") || type.equals("tuple")
                : type.equals("tuple") || type.equals("list") || type.equals("str")) {
            syntaxWarningOnce(type + " indices must be integers or slices, not " + indexType
                    + "; perhaps you missed a comma?", lineOf(value, tk), tk.col);
        }
    }

    private static int lineOf(Expr e, Token tk) {
        return e.line > 0 ? e.line : tk.line;
    }

    /** Whether an assignment's '=' or an augmented assignment's operator follows: the expression is a target. */
    /**
     * Whether a subscript just parsed ends a {@code del} target (a deletion, which CPython's compiler does not check
     * as it checks a load): the target list's comma, a closing parenthesis, or the statement's end.
     */
    private boolean atDelTargetEnd() {
        if (!parsingDelTargets) {
            return false;
        }
        Token n = peek();
        return atEndOfSimple() || n.kind == Token.Kind.OP && (n.text.equals(",") || n.text.equals(")"));
    }

    private boolean atAssignment() {
        Token n = peek();
        if (n.kind != Token.Kind.OP) {
            return false;
        }
        switch (n.text) {
            case "=": case "+=": case "-=": case "*=": case "/=": case "//=": case "%=": case "@=": case "&=": case "|=":
            case "^=": case ">>=": case "<<=": case "**=":
                return true;
            default:
                return false;
        }
    }

    private Expr call(Expr func, Token tk) {
        warnCall(func, tk);
        List<Expr> args = new ArrayList<>();
        List<String> kwnames = new ArrayList<>();
        List<Expr> kwvalues = new ArrayList<>();
        while (!at(")")) {
            Token at = peek();
            if (accept("**")) {
                kwnames.add(null);
                Expr kv = test();
                if (at("=")) {
                    throw errorAt("cannot assign to keyword argument unpacking", kv, at);
                }
                kwvalues.add(kv);
            } else if (at("*") && (peek(1).is(")") || peek(1).is(",") || peek(1).is(":"))) {
                throw error("Invalid star expression", at); // f(x, *): CPython's invalid_starred_expression
            } else if (at("*")) {
                if (kwnames.contains(null)) { // f(**k, *a)
                    throw lexer.error("iterable argument unpacking follows keyword argument unpacking", at.line,
                            at.col);
                }
                Token star = next(); // a call's *args takes a whole expression (f(*a or b)), a display's only a '|'
                args.add(at(new Exprs.Starred(test()), star));
                if (at("=")) {
                    throw errorAt("cannot assign to iterable argument unpacking", args.get(args.size() - 1), star);
                }
                if (atCompFor()) {
                    throw lexer.error("iterable unpacking cannot be used in comprehension", at.line, at.col);
                }
            } else if (at.kind == Token.Kind.NAME && peek(1).is("=") && !isKeyword(at.text)) {
                if (at.text.equals("__debug__")) {
                    throw lexer.error("cannot assign to __debug__", at.line, at.col);
                }
                if (peek(2).is(")") || peek(2).is(",")) { // f(a=): CPython's invalid_kwarg
                    throw lexer.error("expected argument value expression", at.line, at.col);
                }
                next();
                Token eq = next();
                if (kwnames.contains(at.text)) {
                    throw lexer.error("keyword argument repeated: " + at.text, at.line, at.col);
                }
                kwnames.add(at.text);
                kwvalues.add(test());
                if (atCompFor()) { // f(a = x for x in y): CPython's hint
                    throw lexer.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", eq.line,
                            eq.col);
                }
            } else {
                int[] mark = mark();
                Expr a = test();
                if (at(":=")) {
                    a = walrus(a); // f(x := 1)
                }
                if (at("=")) { // f(a.b=1): CPython's invalid_kwarg
                    PyObject v = a instanceof Exprs.Const ? ((Exprs.Const) a).value : null;
                    throw errorAt(v == PyBool.TRUE || v == PyBool.FALSE || v == PyNone.NONE
                            ? "cannot assign to " + exprName(a)
                            : "expression cannot contain assignment, perhaps you meant \"==\"?", a, at);
                }
                if (atCompFor()) {
                    a = comprehension(Stmts.CompBody.GEN, a, null, at, mark);
                    if (!args.isEmpty() || !kwnames.isEmpty() || !at(")")) { // only a sole argument may be bare
                        SyntaxErrorException x = lexer.error("Generator expression must be parenthesized", at.line,
                                at.col);
                        throw a.endLine != 0 ? x.endingAt(a.endLine, a.endCol + 1) : x;
                    }
                }
                if (!kwnames.isEmpty() && !(a instanceof Exprs.Starred)) {
                    throw lexer.error("positional argument follows keyword argument"
                            + (kwnames.contains(null) ? " unpacking" : ""), at.line, at.col);
                }
                args.add(a);
            }
            if (!accept(",")) {
                if (!kwvalues.isEmpty() && !at(")")) {
                    forgotComma(kwvalues.get(kwvalues.size() - 1));
                } else if (!args.isEmpty() && !at(")")) {
                    forgotComma(args.get(args.size() - 1));
                }
                break;
            }
        }
        expect(")");
        if (func instanceof Exprs.Name && ((Exprs.Name) func).id.equals("super") && args.isEmpty()
                && kwnames.isEmpty()) {
            if (scope.kind == Scope.Kind.FUNCTION && scope.code.argcount > 0) {
                scope.code.usesSuper = true;
                Exprs.SuperExpr s = at(new Exprs.SuperExpr(), tk);
                scope.supers.add(s);
                return s;
            }
        }
        Exprs.Call c = at(new Exprs.Call(func, args.toArray(new Expr[0]), kwnames.toArray(new String[0]),
                kwvalues.toArray(new Expr[0])), tk);
        if (func instanceof Exprs.Attribute) {
            Exprs.Attribute a = (Exprs.Attribute) func;
            return new Exprs.CallAttr(a.obj, a.name, c, a);
        }
        return c;
    }

    private Expr subscript() {
        Token tk = peek();
        Expr first = sliceItem();
        if (!at(",")) {
            if (first instanceof Exprs.Starred) { // x[*a]: the tuple (*a,), as PEP 646 reads it
                return at(new Exprs.TupleExpr(new Expr[] {first}), tk);
            }
            return first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (accept(",")) {
            if (at("]")) {
                break;
            }
            items.add(sliceItem());
        }
        return at(new Exprs.TupleExpr(items.toArray(new Expr[0])), tk);
    }

    private Expr sliceItem() {
        Token tk = peek();
        if (accept("*")) { // tuple[int, *Ts] (PEP 646): unpacked into the subscript's tuple
            return at(new Exprs.Starred(orExpr()), tk);
        }
        Expr lo = null;
        if (!at(":")) {
            lo = test();
            if (at(":=")) {
                return walrus(lo); // a[b := 0]: a named expression is a subscript (PEP 572, 3.10)
            }
            if (!at(":")) {
                return lo;
            }
        }
        expect(":");
        Expr hi = at("]") || at(":") || at(",") ? null : test();
        Expr step = null;
        if (accept(":")) {
            step = at("]") || at(",") ? null : test();
        }
        return at(new Exprs.SliceExpr(lo, hi, step), tk);
    }

    private Expr atom() {
        Token tk = peek();
        switch (tk.kind) {
            case NAME:
                switch (tk.text) {
                    case "None": next(); return at(new Exprs.Const(PyNone.NONE), tk);
                    case "True": next(); return at(new Exprs.Const(PyBool.TRUE), tk);
                    case "False": next(); return at(new Exprs.Const(PyBool.FALSE), tk);
                    case "yield": throw error("invalid syntax", tk);
                    default:
                }
                if (isKeyword(tk.text)) {
                    throw error("invalid syntax", tk);
                }
                next();
                if (tk.text.equals("__class__") && !at("=") && !at(":=") && methodScopeOf(scope) != null) {
                    // a method's implicit __class__ (the class it is in), also from a function nested in it: each
                    // function on the way is told its defining class (the class's adoption, then MakeFunction)
                    for (Scope s = scope; s != methodScopeOf(scope).parent; s = s.parent) {
                        s.code.usesSuper = true;
                    }
                    return at(new Exprs.ClassCell(), tk);
                }
                return nameNode(mangle(tk.text), tk);
            case NUMBER:
                next();
                return at(new Exprs.Const(number(tk)), tk);
            case STRING:
                return strings();
            case OP:
                switch (tk.text) {
                    case "(": {
                        next();
                        if (accept(")")) {
                            return at(new Exprs.TupleExpr(new Expr[0]), tk);
                        }
                        if (atKeyword("yield")) {
                            Expr y = yieldExpr();
                            expect(")");
                            return y;
                        }
                        int[] mark = mark();
                        Expr first = at("*") ? starred() : test();
                        meantEquality(first);
                        if (at(":=")) {
                            first = walrus(first);
                        }
                        if (atCompFor()) {
                            if (first instanceof Exprs.Starred) {
                                throw lexer.error("iterable unpacking cannot be used in comprehension", tk.line,
                                        tk.col);
                            }
                            Expr g = comprehension(Stmts.CompBody.GEN, first, null, tk, mark);
                            expect(")");
                            respan(g, tk);
                            return g;
                        }
                        if (accept(")")) {
                            if (first instanceof Exprs.Starred) {
                                throw errorAt("cannot use starred expression here", first, tk);
                            }
                            if (tk.endLine != 0) { // a parent's span starts at the outermost parenthesis
                                first.parenLine = tk.startLine();
                                first.parenCol = tk.startCol() - 1;
                            }
                            return first;
                        }
                        List<Expr> items = new ArrayList<>();
                        items.add(first);
                        while (accept(",")) {
                            if (at(")")) {
                                break;
                            }
                            Expr item = at("*") ? starred() : test();
                            meantEquality(item);
                            items.add(at(":=") ? itemWalrus(item) : item); // (1, y := 2): a named expression
                        }
                        forgotComma(items.get(items.size() - 1));
                        expect(")");
                        Exprs.TupleExpr tuple = at(new Exprs.TupleExpr(items.toArray(new Expr[0])), tk);
                        tuple.parenthesized = true;
                        return tuple;
                    }
                    case "[": {
                        next();
                        if (accept("]")) {
                            return at(new Exprs.ListExpr(new Expr[0]), tk);
                        }
                        int[] mark = mark();
                        Token firstTk = peek();
                        Expr first = at("*") ? starred() : test();
                        meantEquality(first);
                        if (at(":=")) {
                            first = walrus(first); // [y := f(x) for x in xs] binds y outside the comprehension
                        }
                        if (atCompFor()) {
                            if (first instanceof Exprs.Starred) {
                                throw lexer.error("iterable unpacking cannot be used in comprehension", tk.line,
                                        tk.col);
                            }
                            Expr c = comprehension(Stmts.CompBody.LIST, first, null, tk, mark);
                            expect("]");
                            respan(c, tk);
                            return c;
                        }
                        List<Expr> items = new ArrayList<>();
                        items.add(first);
                        while (accept(",")) {
                            if (at("]")) {
                                break;
                            }
                            if (atCompFor()) { // [a, for a in x]
                                throw comprehensionTargetError(firstTk);
                            }
                            Expr item = at("*") ? starred() : test();
                            meantEquality(item);
                            items.add(at(":=") ? walrus(item) : item);
                        }
                        if (atCompFor()) { // [a, b for a, b in x]: CPython's hint
                            throw comprehensionTargetError(firstTk);
                        }
                        forgotComma(items.get(items.size() - 1));
                        expect("]");
                        return at(new Exprs.ListExpr(items.toArray(new Expr[0])), tk);
                    }
                    case "{": {
                        next();
                        if (accept("}")) {
                            return at(new Exprs.DictExpr(new Expr[0], new Expr[0]), tk);
                        }
                        int[] mark = mark();
                        Token firstTk = peek();
                        Expr first = null;
                        Expr v = null;
                        if (accept("**")) {
                            v = orExpr(); // {**m, ...}: a null key
                            if (atCompFor()) {
                                throw lexer.error("dict unpacking cannot be used in dict comprehension", tk.line,
                                        tk.col);
                            }
                        } else {
                            first = at("*") ? starred() : test();
                            meantEquality(first);
                            if (at(":=")) {
                                first = itemWalrus(first); // {y := 1, 2}, {y := f(x) for x in xs}: a set's item
                                if (at(":")) { // a dict's key must be parenthesized to be one
                                    throw lexer.error("invalid syntax", peek().line, peek().col);
                                }
                            }
                        }
                        if (first == null || at(":")) {
                            if (first != null) {
                                v = dictValue();
                            }
                            if (atCompFor()) {
                                Expr c = comprehension(Stmts.CompBody.DICT, first, v, tk, mark);
                                expect("}");
                                respan(c, tk);
                                return c;
                            }
                            List<Expr> ks = new ArrayList<>();
                            List<Expr> vs = new ArrayList<>();
                            ks.add(first);
                            vs.add(v);
                            while (accept(",")) {
                                if (at("}")) {
                                    break;
                                }
                                if (accept("**")) {
                                    ks.add(null);
                                    vs.add(orExpr());
                                    continue;
                                }
                                Expr k = test();
                                ks.add(k);
                                if (!at(":")) { // {1: 2, 3}: CPython's invalid_kvpair
                                    forgotComma(k);
                                    if (at(",") || at("}")) {
                                        Token last = tokens.get(pos - 1);
                                        throw lexer.error("':' expected after dictionary key", last.line, last.col);
                                    }
                                }
                                vs.add(dictValue());
                            }
                            forgotComma(vs.get(vs.size() - 1));
                            expect("}");
                            return at(new Exprs.DictExpr(ks.toArray(new Expr[0]), vs.toArray(new Expr[0])), tk);
                        }
                        if (atCompFor()) {
                            if (first instanceof Exprs.Starred) {
                                throw lexer.error("iterable unpacking cannot be used in comprehension", tk.line,
                                        tk.col);
                            }
                            Expr c = comprehension(Stmts.CompBody.SET, first, null, tk, mark);
                            expect("}");
                            respan(c, tk);
                            return c;
                        }
                        List<Expr> items = new ArrayList<>();
                        items.add(first);
                        while (accept(",")) {
                            if (at("}")) {
                                break;
                            }
                            if (atCompFor()) { // [a, for a in x]
                                throw comprehensionTargetError(firstTk);
                            }
                            Expr item = at("*") ? starred() : test();
                            meantEquality(item);
                            items.add(at(":=") ? itemWalrus(item) : item);
                        }
                        if (atCompFor()) { // [a, b for a, b in x]: CPython's hint
                            throw comprehensionTargetError(firstTk);
                        }
                        forgotComma(items.get(items.size() - 1));
                        expect("}");
                        return at(new Exprs.SetExpr(items.toArray(new Expr[0])), tk);
                    }
                    case "...":
                        next();
                        return at(new Exprs.Const(interp.ellipsis()), tk);
                    default:
                }
                break;
            case INDENT:
                throw unexpectedIndent(tk);
            case NEWLINE:
            case EOF:
                throw error("invalid syntax", tk);
            default:
        }
        throw error("invalid syntax", tk);
    }

    /**
     * A dict display's value after its key: the ':' (current), then an expression; CPython's messages for none and
     * for a starred one.
     */
    private Expr dictValue() {
        Token colon = next();
        if (at("}") || at(",")) {
            throw lexer.error("expression expected after dictionary key and ':'", colon.line, colon.col);
        }
        if (at("*")) {
            throw lexer.error("cannot use a starred expression in a dictionary value", peek().line, peek().col);
        }
        return test();
    }

    /**
     * Two expressions side by side inside brackets ({@code [1, 2 3]}): CPython's "Perhaps you forgot a comma?",
     * unless the first is a name before a string (a misspelt prefix) or a soft keyword.
     */
    private void forgotComma(Expr prev) {
        Token n = peek();
        boolean starts = n.kind == Token.Kind.NUMBER || n.kind == Token.Kind.STRING
                || n.kind == Token.Kind.NAME && (!isKeyword(n.text) || n.text.equals("True") || n.text.equals("False")
                        || n.text.equals("None") || n.text.equals("lambda") || n.text.equals("await"))
                || n.kind == Token.Kind.OP && (n.text.equals("(") || n.text.equals("[") || n.text.equals("{")
                        || n.text.equals("~") || n.text.equals("..."));
        if (!starts || prev instanceof Exprs.Name && (n.kind == Token.Kind.STRING
                || SOFT_KEYWORDS.contains(((Exprs.Name) prev).id))) {
            return;
        }
        throw errorAt("invalid syntax. Perhaps you forgot a comma?", prev, n);
    }

    private static final java.util.Set<String> SOFT_KEYWORDS = java.util.Set.of("match", "case", "type", "_");

    /** A comprehension: its own function scope; the first iterable evaluated in the enclosing scope. */
    /** Where the current scope's name and child lists end: what an element parsed next may have to move. */
    private int[] mark() {
        return new int[] {scope.names.size(), scope.children.size()};
    }

    private Expr comprehension(int kind, Expr elt, Expr value, Token tk, int[] eltMark) {
        // The element (and value) were parsed in the enclosing scope; re-home their names into the new scope.
        Scope outer = scope;
        String name = kind == Stmts.CompBody.LIST ? "<listcomp>" : kind == Stmts.CompBody.SET ? "<setcomp>"
                : kind == Stmts.CompBody.DICT ? "<dictcomp>" : "<genexpr>";
        Code code = new Code(name, file, tk.line);
        code.qualname = qualname(name);
        code.inlinedInTracebacks = kind != Stmts.CompBody.GEN;
        Scope inner = new Scope(Scope.Kind.FUNCTION, outer, code);
        code.argcount = 1;
        code.paramNames = new String[] {".0"};
        inner.params.add(".0");
        int mark = eltMark[0];
        // children (lambdas, comprehensions) made inside the element belong to the new scope
        List<Scope> eltChildren = new ArrayList<>(outer.children.subList(eltMark[1], outer.children.size() - 1));
        for (Scope c : eltChildren) {
            outer.children.remove(c);
            inner.children.add(c);
            c.parent = inner;
            inner.makers.put(c, outer.makers.remove(c));
        }
        List<Expr> targets = new ArrayList<>();
        List<Expr> iters = new ArrayList<>();
        List<Expr[]> conds = new ArrayList<>();
        Expr firstIter = null;
        List<Boolean> asyncs = new ArrayList<>();
        while (atCompFor()) {
            boolean async = atKeyword("async");
            if (async) {
                Token at = next();
                if (kind != Stmts.CompBody.GEN && !inCoroutine()) {
                    throw error("asynchronous comprehension outside of an asynchronous function", at);
                }
            }
            next(); // for
            asyncs.add(async);
            scope = inner;
            Token at = peek();
            Expr target;
            try {
                target = targetList(true);
            } finally {
                scope = outer;
            }
            if (firstIter != null) { // a walrus in an earlier condition binds outside: no later loop may rebind it
                java.util.Set<String> stored = new java.util.HashSet<>();
                storedNames(target, stored);
                for (Expr[] done : conds) {
                    java.util.Set<Exprs.Name> names = java.util.Collections.newSetFromMap(
                            new java.util.IdentityHashMap<>());
                    collectNames(done, names);
                    for (Exprs.Name n : names) {
                        if (walrusTargets.contains(n) && stored.contains(n.id)) {
                            throw lexer.error("comprehension inner loop cannot rebind assignment expression target '"
                                    + unmangle(n.id) + "'", at.line, 1);
                        }
                    }
                }
            }
            expectKeyword("in");
            Expr iter;
            compIterDepth++; // a walrus anywhere in an iterable, nested lambdas and comprehensions too, is refused
            try {
                if (firstIter == null) {
                    iter = orTest(); // in the enclosing scope
                    firstIter = iter;
                    mark = moveNamesExcept(outer, inner, mark, iter);
                } else {
                    scope = inner;
                    try {
                        iter = orTest();
                    } finally {
                        scope = outer;
                    }
                }
            } finally {
                compIterDepth--;
            }
            targets.add(target);
            iters.add(iter);
            List<Expr> cs = new ArrayList<>();
            while (atKeyword("if")) {
                next();
                scope = inner;
                try {
                    Expr cond = orTestNoCond();
                    cs.add(at(":=") ? walrus(cond) : cond);
                } finally {
                    scope = outer;
                }
            }
            conds.add(cs.toArray(new Expr[0]));
            if (!atCompFor() && at.line < 0) {
                break;
            }
        }
        if (firstIter == null) {
            throw error("invalid syntax", peek());
        }
        if (YieldLowering.contains(elt) || YieldLowering.contains(value)) {
            throw lexer.error("'yield' inside " + comprehensionKind(code), tk.line, tk.col);
        }
        checkComprehensionWalrus(inner, targets, iters);
        // a generator expression with an async for clause, or an await in its element, conditions or inner
        // iterables, is an asynchronous generator expression (PEP 525): an async generator over the loops
        List<Exprs.Await> eltAwaits = new ArrayList<>(); // parsed before the for showed it a comprehension's
        YieldLowering.collectAwaits(elt, eltAwaits);
        YieldLowering.collectAwaits(value, eltAwaits);
        for (Exprs.Await a : eltAwaits) {
            if (kind == Stmts.CompBody.GEN) {
                strayAwaits.remove(a); // legal: it makes this an asynchronous generator expression
            } else if (strayAwaits.containsKey(a) && scope.kind == Scope.Kind.FUNCTION) {
                strayAwaits.put(a, error("asynchronous comprehension outside of an asynchronous function", tk));
            }
        }
        // an awaiting comprehension nested in the element, a condition or an inner iterable awaits in this one too
        // (CPython inlines it, PEP 709): ([x async for x in f(j)] for j in js) is an async generator expression
        boolean awaits = asyncs.contains(Boolean.TRUE)
                || YieldLowering.containsAwait(elt) || YieldLowering.containsAwait(value)
                || YieldLowering.containsAwait(iters.subList(1, iters.size()))
                || conds.stream().anyMatch(YieldLowering::containsAwait)
                || YieldLowering.containsAwaitingComprehension(elt) || YieldLowering.containsAwaitingComprehension(value)
                || iters.subList(1, iters.size()).stream().anyMatch(YieldLowering::containsAwaitingComprehension)
                || conds.stream().flatMap(java.util.Arrays::stream).anyMatch(YieldLowering::containsAwaitingComprehension);
        boolean asyncGen = kind == Stmts.CompBody.GEN && awaits;
        Stmts.CompBody body = at(new Stmts.CompBody(asyncGen ? Stmts.CompBody.AGEN : kind,
                targets.toArray(new Expr[0]), iters.toArray(new Expr[0]), conds.toArray(new Expr[0][]), elt, value),
                tk);
        body.firstIter = firstIter;
        if (asyncs.contains(Boolean.TRUE)) {
            body.async = new boolean[asyncs.size()];
            for (int i = 0; i < body.async.length; i++) {
                body.async[i] = asyncs.get(i);
            }
        }
        if (asyncGen) { // run by its runner thread, as an async def with yields is (PyCoroutine)
            code.isCoroutine = true;
            code.isGenerator = true;
            code.body = body;
        } else if (kind == Stmts.CompBody.GEN) { // lazy, as CPython's: a generator over the loops (GenStmts.Comp)
            code.isGenerator = true;
            code.genSlots = targets.size();
            code.body = at(new GenStmts.Comp(body), tk);
        } else {
            code.body = body;
        }
        Exprs.MakeFunction mf = at(new Exprs.MakeFunction(code, new Expr[0], new Expr[0]), tk);
        outer.makers.put(inner, mf);
        Exprs.Comprehension comp = at(new Exprs.Comprehension(mf, firstIter), tk);
        comp.firstAsync = asyncs.get(0);
        comp.awaits = kind != Stmts.CompBody.GEN && awaits; // a genexp made is not awaited where it is made
        return comp;
    }

    /** CPython's invalid_comprehension hint: a display of several items followed by a for clause. */
    private SyntaxErrorException comprehensionTargetError(Token first) {
        return lexer.error("did you forget parentheses around the comprehension target?", first.line, first.col);
    }

    /** At {@code for} or {@code async for} in a comprehension. */
    private boolean atCompFor() {
        return atKeyword("for") || atKeyword("async") && peek(1).kind == Token.Kind.NAME && peek(1).text.equals("for");
    }

    private Expr orTestNoCond() {
        return orTest();
    }

    /**
     * Moves the Name nodes parsed in {@code outer} since {@code mark} (the element and value, parsed before the
     * comprehension was known) into {@code inner}, except those inside {@code keep} (the first iterable, which runs
     * in the enclosing scope). Returns the new mark.
     */
    private int moveNamesExcept(Scope outer, Scope inner, int mark, Expr keep) {
        java.util.Set<Exprs.Name> keepNames = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        collectNames(keep, keepNames);
        List<Exprs.Name> moved = new ArrayList<>();
        List<Exprs.Name> sub = outer.names.subList(mark, outer.names.size());
        for (Exprs.Name n : new ArrayList<>(sub)) {
            if (!keepNames.contains(n)) {
                moved.add(n);
                if (outer.kind == Scope.Kind.CLASS && outer.parent != null && walrusTargets.contains(n)) {
                    // [q := 1 for _ in r] in a class body (exec's top-level namespace is a module's: allowed)
                    throw lexer.error("assignment expression within a comprehension cannot be used in a class body",
                            n.line, 1);
                }
            }
        }
        outer.names.removeAll(moved);
        inner.names.addAll(moved);
        return outer.names.size();
    }

    /**
     * CPython's symbol-table errors for an assignment expression in a comprehension (PEP 572): it may not rebind one
     * of the comprehension's iteration variables, nor appear in an iterable of its for clauses.
     */
    private void checkComprehensionWalrus(Scope inner, List<Expr> targets, List<Expr> iters) {
        java.util.Set<Exprs.Name> inIters = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        collectNames(iters.toArray(), inIters);
        for (Exprs.Name n : inIters) {
            if (walrusTargets.contains(n)) {
                throw lexer.error("assignment expression cannot be used in a comprehension iterable expression",
                        n.line, 1);
            }
        }
        java.util.Set<String> iterationVariables = new java.util.HashSet<>();
        for (Expr target : targets) {
            storedNames(target, iterationVariables);
        }
        checkRebinding(inner, iterationVariables);
    }

    /** A walrus in {@code s} or in a comprehension nested in it binds outside them all: it may not rebind these. */
    private void checkRebinding(Scope s, java.util.Set<String> iterationVariables) {
        for (Exprs.Name n : s.names) {
            if (walrusTargets.contains(n) && iterationVariables.contains(n.id)) {
                throw lexer.error("assignment expression cannot rebind comprehension iteration variable '"
                        + unmangle(n.id) + "'", n.line, 1);
            }
        }
        for (Scope c : s.children) {
            if (c.kind == Scope.Kind.FUNCTION && isComprehension(c.code)) {
                checkRebinding(c, iterationVariables);
            }
        }
    }

    /** The names a target stores to: a name, and those inside tuples, lists and starred targets (not a[i], a.b). */
    private static void storedNames(Expr target, java.util.Set<String> out) {
        if (target instanceof Exprs.Name) {
            out.add(((Exprs.Name) target).id);
        } else if (target instanceof Exprs.Starred) {
            storedNames(((Exprs.Starred) target).value, out);
        } else if (target instanceof Exprs.Display) {
            for (Expr e : ((Exprs.Display) target).elts) {
                storedNames(e, out);
            }
        }
    }

    /**
     * The Name nodes of an expression tree, found by reflection over every field of every class from the node's own
     * up to Expr (a display's items live in its superclass), through arrays and the helper objects that hold
     * expressions (an f-string's fields). Before, only the node's own class was searched: a comprehension whose first
     * iterable was a display ({@code [v for v in (a, b)]}) moved a and b into its own scope, and the enclosing frame
     * then read them from the comprehension's slots (an ArrayIndexOutOfBoundsException, or another variable's value).
     */
    private static void collectNames(Object e, java.util.Set<Exprs.Name> out) {
        if (e == null) {
            return;
        }
        if (e instanceof Exprs.Name) {
            out.add((Exprs.Name) e);
            return;
        }
        if (e instanceof Object[]) {
            for (Object x : (Object[]) e) {
                collectNames(x, out);
            }
            return;
        }
        if (!(e instanceof Expr) && !e.getClass().getName().startsWith("dev.freethread.python.Exprs$")) {
            return; // constants, strings, code: no names
        }
        for (Class<?> c = e.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (java.lang.reflect.Field fd : c.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(fd.getModifiers())) {
                    continue;
                }
                Class<?> ty = fd.getType();
                if (!Expr.class.isAssignableFrom(ty) && !ty.isArray() && !ty.getName().startsWith(
                        "dev.freethread.python.Exprs$")) {
                    continue;
                }
                try {
                    fd.setAccessible(true);
                    collectNames(fd.get(e), out);
                } catch (IllegalAccessException ex) {
                    throw new IllegalStateException(ex);
                }
            }
        }
    }

    // ---- literals

    private PyObject number(Token tk) {
        String s = tk.text.replace("_", "");
        if (tk.text.contains("__") || tk.text.endsWith("_")) {
            throw lexer.error("invalid decimal literal", tk.line, tk.col);
        }
        try {
            if (s.startsWith("0x") || s.startsWith("0X")) {
                return constInt(new BigInteger(s.substring(2), 16));
            }
            if (s.startsWith("0o") || s.startsWith("0O")) {
                return constInt(new BigInteger(s.substring(2), 8));
            }
            if (s.startsWith("0b") || s.startsWith("0B")) {
                return constInt(new BigInteger(s.substring(2), 2));
            }
            if (s.endsWith("j") || s.endsWith("J")) { // an imaginary literal
                PyComplex c = new PyComplex(t.ts, 0.0, Double.parseDouble(s.substring(0, s.length() - 1)));
                RefCount.makeImmortal(t.ts, c);
                return c;
            }
            if (s.contains(".") || s.contains("e") || s.contains("E")) {
                PyFloat f = new PyFloat(t.ts, Double.parseDouble(s));
                RefCount.makeImmortal(t.ts, f);
                return f;
            }
            if (s.length() > 1 && s.startsWith("0") && !s.matches("0+")) {
                throw lexer.error("leading zeros in decimal integer literals are not permitted; use an 0o prefix "
                        + "for octal integers", tk.line, tk.col);
            }
            return constInt(new BigInteger(s));
        } catch (NumberFormatException e) {
            throw lexer.error("invalid syntax", tk.line, tk.col);
        }
    }

    private PyObject constInt(BigInteger v) {
        PyInt i = v.bitLength() < 64 ? PyInt.of(t.ts, v.longValue()) : PyInt.of(t.ts, v);
        if (!RefCount.isImmortal(i)) {
            RefCount.makeImmortal(t.ts, i);
        }
        return i;
    }

    /** Issues a string token's SyntaxWarning (an invalid escape) the first time the literal is read. */
    private void warnOnce(Token tk) {
        if (tk.warning != null && !tk.warned) {
            tk.warned = true;
            syntaxWarning(tk.warning, tk.line, tk.col);
        }
    }

    private Expr strings() {
        Token first = peek();
        List<Object> parts = new ArrayList<>();
        boolean anyF = false;
        if (first.bytes) { // b'ab' b'cd': one bytes constant; str parts mixed in are an error
            StringBuilder b = new StringBuilder();
            while (peek().kind == Token.Kind.STRING) {
                Token tk = next();
                warnOnce(tk);
                if (!tk.bytes) {
                    throw error("cannot mix bytes and nonbytes literals", tk);
                }
                b.append(tk.text);
            }
            return at(new Exprs.Const(PyBytes.constant(t.ts, b.toString())), first);
        }
        while (peek().kind == Token.Kind.STRING) {
            Token tk = next();
            warnOnce(tk);
            if (tk.bytes) {
                throw error("cannot mix bytes and nonbytes literals", tk);
            }
            if (tk.fstring) {
                anyF = true;
                parseFString(tk, parts, false);
            } else {
                parts.add(tk.text);
            }
        }
        if (!anyF) {
            StringBuilder b = new StringBuilder();
            for (Object p : parts) {
                b.append((String) p);
            }
            return at(new Exprs.Const(interp.str(b.toString())), first);
        }
        List<Object> merged = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof String && !merged.isEmpty() && merged.get(merged.size() - 1) instanceof String) {
                merged.set(merged.size() - 1, merged.get(merged.size() - 1) + (String) p);
            } else {
                merged.add(p);
            }
        }
        return at(new Exprs.FString(merged.toArray()), first);
    }

    /** Splits an f-string's text (or a field's format spec, which has no doubled braces) into literals and fields. */
    private void parseFString(Token tk, List<Object> parts, boolean spec) {
        String s = tk.text;
        StringBuilder lit = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{') {
                if (!spec && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                    lit.append('{');
                    i += 2;
                    continue;
                }
                if (lit.length() > 0) {
                    parts.add(tk.raw ? lit.toString() : unescapeLiteral(lit.toString(), tk));
                    lit.setLength(0);
                }
                i = parseField(tk, s, i + 1, parts);
                continue;
            }
            if (c == '}') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '}') {
                    lit.append('}');
                    i += 2;
                    continue;
                }
                throw lexer.error("f-string: single '}' is not allowed", tk.line, tk.col);
            }
            if (c == '\\' && !tk.raw && i + 1 < s.length() && s.charAt(i + 1) == '{' && !spec
                    && (i + 2 >= s.length() || s.charAt(i + 2) != '{')) {
                // "\{x}": a backslash, then a field: an invalid escape (SyntaxWarning, 3.12+); before "{{" the
                // literal's decoding warns
                syntaxWarning("invalid escape sequence '\\{'", tk.line, tk.col);
            }
            if (c == '\\' && !tk.raw && i + 1 < s.length() && s.charAt(i + 1) != '{' && s.charAt(i + 1) != '}') {
                int to = i + 2; // an escape is literal text: "\N{EM DASH}"'s braces are no field
                if (s.charAt(i + 1) == 'N' && to < s.length() && s.charAt(to) == '{' && s.indexOf('}', to) > 0) {
                    to = s.indexOf('}', to) + 1;
                }
                lit.append(s, i, to);
                i = to;
                continue;
            }
            lit.append(c);
            i++;
        }
        if (lit.length() > 0) {
            parts.add(tk.raw ? lit.toString() : unescapeLiteral(lit.toString(), tk));
        }
    }

    private String unescapeLiteral(String text, Token tk) {
        String[] firstInvalid = new String[1]; // one warning per literal part, for its first invalid escape
        String value;
        try {
            value = Lexer.unescapeAll(text, m -> {
                if (firstInvalid[0] == null) {
                    firstInvalid[0] = m;
                }
            });
        } catch (IllegalArgumentException e) {
            throw lexer.error(e.getMessage(), tk.line, tk.col);
        }
        if (firstInvalid[0] != null) {
            syntaxWarning(firstInvalid[0], tk.line, tk.col);
        }
        return value;
    }

    /** Parses one {@code {expr!c:spec}} field starting after the brace; returns the index after the closing brace. */
    private int parseField(Token tk, String s, int start, List<Object> parts) {
        // The lexer checked the f-string's structure; this scan only finds the field's parts. The text has no
        // enclosing quote any more, so none is given (and a newline may stand anywhere).
        FStringScanner scanner = new FStringScanner(s);
        int i = scanner.endOfExpression(start, (char) 0, true);
        if (i < 0) {
            throw lexer.error("f-string: expecting '}'", tk.line, tk.col);
        }
        int exprEnd = -1;
        char conv = 0;
        boolean debug = false;
        StringBuilder debugText = null;
        if (s.charAt(i) == '=') {
            exprEnd = i;
            debug = true;
            i++;
            debugText = new StringBuilder(s.substring(start, i));
            // {x = }: the text keeps the spaces and newlines after '=', not a comment there (CPython 3.12+)
            while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '#')) {
                if (s.charAt(i) == '#') {
                    while (i < s.length() && s.charAt(i) != '\n') {
                        i++;
                    }
                } else {
                    debugText.append(s.charAt(i++));
                }
            }
        }
        if (exprEnd < 0) {
            exprEnd = i;
        }
        String exprText = s.substring(start, exprEnd);
        if (exprText.isBlank()) {
            throw lexer.error("f-string: valid expression required before '" + s.charAt(exprEnd) + "'", tk.line,
                    tk.col);
        }
        if (exprText.strip().matches("(?s)(.*,\\s*)?lambda\\b[^:]*") && i < s.length() && s.charAt(i) == ':') {
            throw lexer.error("f-string: lambda expressions are not allowed without parentheses", tk.line, tk.col);
        }
        if (i < s.length() && s.charAt(i) == '!') {
            int c0 = i + 1;
            int c1 = c0;
            while (c1 < s.length() && Character.isLetterOrDigit(s.charAt(c1))) {
                c1++;
            }
            String c = s.substring(c0, c1);
            if (c.isEmpty()) {
                throw lexer.error(c0 < s.length() && Character.isWhitespace(s.charAt(c0))
                        ? "f-string: conversion type must come right after the exclamanation mark" // sic, CPython's
                        : "f-string: missing conversion character", tk.line, tk.col);
            }
            if (c.length() != 1 || "sra".indexOf(c.charAt(0)) < 0) {
                throw lexer.error("f-string: invalid conversion character '" + c + "': expected 's', 'r', or 'a'",
                        tk.line, tk.col);
            }
            conv = c.charAt(0);
            i = c1;
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            if (i < s.length() && s.charAt(i) != ':' && s.charAt(i) != '}') {
                throw lexer.error("f-string: expecting ':' or '}'", tk.line, tk.col);
            }
        }
        Expr spec = null;
        if (i < s.length() && s.charAt(i) == ':') {
            int specStart = i + 1;
            i = scanner.endOfSpec(specStart, (char) 0, true);
            if (i < 0) {
                throw lexer.error("f-string: expecting '}'", tk.line, tk.col);
            }
            String specText = s.substring(specStart, i);
            List<Object> specParts = new ArrayList<>();
            Token specTok = new Token(Token.Kind.STRING, specText, tk.line, tk.col, true, tk.raw);
            parseFString(specTok, specParts, true);
            if (specParts.size() == 1 && specParts.get(0) instanceof String) {
                spec = new Exprs.Const(interp.str((String) specParts.get(0)));
            } else if (specParts.isEmpty()) {
                spec = new Exprs.Const(interp.str(""));
            } else {
                spec = new Exprs.FString(specParts.toArray());
            }
        }
        if (i >= s.length() || s.charAt(i) != '}') {
            throw lexer.error("f-string: expecting '}'", tk.line, tk.col);
        }
        Expr value;
        try {
            value = subExpression(exprText, tk, fieldStart(tk, s, start));
        } catch (SyntaxErrorException e) {
            if (e.getMessage().contains("cannot use starred expression here")) { // "{*x}"; "{*x, 1}" is a tuple
                throw lexer.error("can't use starred expression here", tk.line, tk.col);
            }
            throw e;
        }
        parts.add(new Exprs.FString.Field(value, conv, spec, debug ? debugText.toString() : null));
        return i + 1;
    }

    /** Parses an expression embedded in an f-string, in the current scope. */
    /**
     * Where index {@code k} of an f-string token's text is in the source, as {line, 1-based col}, for the spans of its
     * fields' expressions; null when the token has no place of its own (a format spec's made-up token).
     */
    private int[] fieldStart(Token tk, String text, int k) {
        if (tk.endLine == 0 || tk.spanLine != 0) {
            return null;
        }
        String src = lexer.sourceLine(tk.line);
        int p = tk.col - 1;
        while (p < src.length() && Character.isLetter(src.charAt(p))) {
            p++; // the prefix: f, rf, Fr, ...
        }
        if (p >= src.length()) {
            return null;
        }
        char q = src.charAt(p);
        p += src.startsWith(String.valueOf(q).repeat(3), p) ? 3 : 1;
        return advance(new int[] {tk.line, p + 1}, text, k);
    }

    private Expr subExpression(String text, Token tk) {
        return subExpression(text, tk, null);
    }

    /** A field's expression; {@code at}: where {@code text} starts in the source ({@link #fieldStart}), or null. */
    private Expr subExpression(String text, Token tk, int[] at) {
        List<Token> saveTokens = tokens;
        int savePos = pos;
        Lexer sub = new Lexer("(" + text.strip() + "\n)", file); // the newline ends a trailing comment
        sub.warner = (message, line, col) -> syntaxWarning(message, tk.line, tk.col); // at the f-string's token
        List<Token> ts;
        try {
            ts = sub.tokenize();
        } catch (SyntaxErrorException e) {
            if (e.getMessage().equals("invalid syntax")) { // a character no token starts with ("{a $ b}")
                int bad = Math.max(0, Math.min(text.strip().length(), e.col - 2)); // less the "(" put before it
                throw lexer.error(fieldError(text.strip().substring(0, bad), tk), tk.line, tk.col);
            }
            throw lexer.error(e.getMessage(), tk.line, tk.col); // the tokenizer's words, unprefixed (3.12+)
        }
        List<Token> relined = relined(ts, tk);
        if (at != null) {
            placeFieldTokens(ts, relined, text, at);
        }
        tokens = relined;
        pos = 0;
        try {
            return test();
        } catch (SyntaxErrorException e) {
            if (!e.getMessage().equals("invalid syntax") && !e.getMessage().endsWith("was never closed")) {
                throw e; // a specific message ("Perhaps you forgot a comma?") stands, as CPython's
            }
            // CPython's invalid_replacement_field: no expression at all, or one followed by what no field allows
            int failed = Math.min(pos, relined.size());
            boolean prefix = failed > 1 && parsesAlone(new ArrayList<>(relined.subList(0, failed)), tk);
            throw lexer.error(prefix ? "f-string: expecting '=', or '!', or ':', or '}'"
                    : "f-string: expecting a valid expression after '{'", tk.line, tk.col);
        } finally {
            tokens = saveTokens;
            pos = savePos;
        }
    }

    /** The sub-lexer's tokens placed at the f-string's token (where errors and warnings point). */
    /**
     * Gives a field's tokens their own places for spans (Token#spanLine, endLine), mapped from the sub-lexer's
     * {@code "(" + text.strip() + "\n)"} back to the source, where {@code text} starts at {@code at}.
     */
    private static void placeFieldTokens(List<Token> sub, List<Token> relined, String text, int[] at) {
        String stripped = text.strip();
        int lead = text.indexOf(stripped.isEmpty() ? text : stripped);
        String subSrc = "(" + stripped + "\n)";
        List<Integer> lineStarts = new ArrayList<>();
        lineStarts.add(0);
        for (int i = 0; i < subSrc.length(); i++) {
            if (subSrc.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
        for (int i = 0; i < sub.size(); i++) {
            Token x = sub.get(i);
            if (x.line < 1 || x.line > lineStarts.size() || x.endLine < 1 || x.endLine > lineStarts.size()) {
                continue;
            }
            int from = lineStarts.get(x.line - 1) + x.col - 1 - 1; // less the "(" put before the text
            int to = lineStarts.get(x.endLine - 1) + x.endCol - 1 - 1;
            if (x.kind == Token.Kind.NEWLINE || x.kind == Token.Kind.EOF || from < 0 || to > stripped.length()
                    || to < from) {
                continue;
            }
            int[] a = advance(at, text, lead + from);
            int[] b = advance(at, text, lead + to);
            Token y = relined.get(i);
            y.spanLine = a[0];
            y.spanCol = a[1];
            y.endLine = b[0];
            y.endCol = b[1];
        }
    }

    /** The place of index {@code k} of {@code text}, which starts at {@code at} ({line, 1-based col}). */
    private static int[] advance(int[] at, String text, int k) {
        int line = at[0];
        int col = at[1];
        for (int i = 0; i < k && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }

    private static List<Token> relined(List<Token> ts, Token tk) {
        List<Token> relined = new ArrayList<>();
        for (Token x : ts) {
            Token y = new Token(x.kind, x.text, tk.line, tk.col, x.fstring, x.raw);
            y.bytes = x.bytes;
            y.warning = x.warning; // issued at the f-string's token when the field's parse reads it
            relined.add(y);
        }
        return relined;
    }

    /** The message for a field whose text up to a bad character is {@code before}, as {@link #subExpression}'s. */
    private String fieldError(String before, Token tk) {
        if (!before.isBlank()) {
            Lexer sub = new Lexer("(" + before + "\n)", file);
            try {
                List<Token> ts = sub.tokenize();
                if (parsesAlone(new ArrayList<>(ts.subList(0, Math.max(1, ts.size() - 1))), tk)) {
                    return "f-string: expecting '=', or '!', or ':', or '}'";
                }
            } catch (SyntaxErrorException e) {
                // no expression before it either
            }
        }
        return "f-string: expecting a valid expression after '{'";
    }

    /**
     * Whether {@code prefix} (a "(" and the tokens after it, up to where a field's parse failed) closed with ")" is a
     * whole expression: the field had a valid expression before what failed.
     */
    private boolean parsesAlone(List<Token> prefix, Token tk) {
        Token close = new Token(Token.Kind.OP, ")", tk.line, tk.col, false, false);
        prefix.add(close);
        prefix.add(new Token(Token.Kind.NEWLINE, "\n", tk.line, tk.col, false, false));
        prefix.add(new Token(Token.Kind.EOF, "", tk.line, tk.col, false, false));
        List<Token> saveTokens = tokens;
        int savePos = pos;
        tokens = prefix;
        pos = 0;
        try {
            test();
            return peek().kind == Token.Kind.NEWLINE;
        } catch (SyntaxErrorException e) {
            return false;
        } finally {
            tokens = saveTokens;
            pos = savePos;
        }
    }

    static PyObject unused() {
        return PyStr.of(null, "");
    }
}
