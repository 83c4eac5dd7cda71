// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

/** One token of Python source: its kind, its text (or a string literal's value) and where it starts. */
final class Token {
    enum Kind { NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, EOF }

    final Kind kind;
    /** The name, the operator, the number's source text, or a string literal's processed value. */
    final String text;
    final int line;
    final int col;
    /** For STRING: an f-string whose {@link #text} is still raw source (escapes and fields not yet processed). */
    final boolean fstring;
    /** For an f-string: a raw one ({@code rf"..."}), whose literal parts keep backslashes. */
    final boolean raw;
    /** For STRING: a bytes literal, whose {@link #text} holds one char (0-255) per byte. */
    boolean bytes;
    /**
     * For STRING: the SyntaxWarning of its first invalid escape ({@code invalid escape sequence '\z'}), or null; the
     * Parser issues it when it reads the literal (so warnings come in source order with the f-strings'), or the
     * Lexer, before a SyntaxError of its own.
     */
    String warning;
    /** Whether {@link #warning} was issued (a token read twice warns once). */
    boolean warned;
    /**
     * Where the token ends: the line, and the 1-based column just past its last character (0 when unknown: a token
     * the parser made or re-made, as an f-string's fields'). Expressions' spans come from it (Expr#endLine).
     */
    int endLine;
    int endCol;
    /**
     * Where the token starts for spans when that differs from {@link #line}/{@link #col} (0: it does not): an
     * f-string field's tokens keep the f-string's place for errors, and have their own place here.
     */
    int spanLine;
    int spanCol;

    int startLine() {
        return spanLine != 0 ? spanLine : line;
    }

    int startCol() {
        return spanLine != 0 ? spanCol : col;
    }

    Token(Kind kind, String text, int line, int col) {
        this(kind, text, line, col, false, false);
    }

    Token(Kind kind, String text, int line, int col, boolean fstring, boolean raw) {
        this.kind = kind;
        this.text = text;
        this.line = line;
        this.col = col;
        this.fstring = fstring;
        this.raw = raw;
    }

    boolean is(String op) {
        return (kind == Kind.OP || kind == Kind.NAME) && text.equals(op);
    }

    @Override
    public String toString() {
        return kind + "(" + text + ")@" + line + ":" + col;
    }
}
