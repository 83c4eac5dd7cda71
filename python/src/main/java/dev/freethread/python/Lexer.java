// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Python's tokenizer: names, numbers, strings (with escapes; f-strings are kept raw for the parser), operators, and
 * the NEWLINE/INDENT/DEDENT structure from indentation (tabs to the next multiple of 8, as CPython), with implicit
 * joining inside brackets and explicit joining with a backslash.
 */
final class Lexer {
    private static final String[] OPS = {
        "**=", "//=", ">>=", "<<=", "...", "->", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=",
        "/=", "%=", "&=", "|=", "^=", "@=", ":=", "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(",
        ")", "[", "]", "{", "}", ",", ":", ".", ";", "=",
    };

    private final String src;
    private final String file;
    private final String[] lines;
    private int pos;
    private int line = 1;
    private int lineStart;
    private int depth;
    private final Deque<Integer> indents = new ArrayDeque<>();
    /** Open brackets: their characters and positions, for "'(' was never closed" and mismatches. */
    private final Deque<int[]> brackets = new ArrayDeque<>();
    private final List<Token> out = new ArrayList<>();

    Lexer(String src, String file) {
        this.src = src.endsWith("\n") ? src : src + "\n";
        this.file = file;
        this.lines = this.src.split("\n", -1);
        indents.push(0);
    }

    String sourceLine(int n) {
        return n >= 1 && n <= lines.length ? lines[n - 1] : "";
    }

    SyntaxErrorException error(String msg, int ln, int col) {
        return new SyntaxErrorException("SyntaxError", msg, file, ln, col, sourceLine(ln));
    }

    List<Token> tokenize() {
        boolean atLineStart = true;
        while (pos < src.length()) {
            if (atLineStart && depth == 0) {
                atLineStart = false;
                int col = 0;
                int p = pos;
                while (p < src.length()) {
                    char c = src.charAt(p);
                    if (c == ' ') {
                        col++;
                    } else if (c == '\t') {
                        col = (col / 8 + 1) * 8;
                    } else if (c == '\f') {
                        col = 0;
                    } else {
                        break;
                    }
                    p++;
                }
                if (p >= src.length()) {
                    pos = p;
                    break;
                }
                char c = src.charAt(p);
                if (c == '\n' || c == '#' || c == '\r') {
                    // a blank or comment-only line: no indentation change, no NEWLINE
                    pos = p;
                    skipToLineEnd();
                    if (pos < src.length()) {
                        pos++;
                        newLine();
                    }
                    atLineStart = true;
                    continue;
                }
                pos = p;
                if (col > indents.peek()) {
                    indents.push(col);
                    out.add(new Token(Token.Kind.INDENT, "", line, col + 1));
                } else {
                    while (col < indents.peek()) {
                        indents.pop();
                        out.add(new Token(Token.Kind.DEDENT, "", line, col + 1));
                    }
                    if (col != indents.peek()) {
                        throw new SyntaxErrorException("IndentationError",
                                "unindent does not match any outer indentation level", file, line, col + 1,
                                sourceLine(line));
                    }
                }
            }
            char c = src.charAt(pos);
            if (c == '\n') {
                if (depth == 0) {
                    out.add(new Token(Token.Kind.NEWLINE, "", line, pos - lineStart + 1));
                    atLineStart = true;
                }
                pos++;
                newLine();
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
                pos++;
                continue;
            }
            if (c == '#') {
                skipToLineEnd();
                continue;
            }
            if (c == '\\' && pos + 1 < src.length() && (src.charAt(pos + 1) == '\n'
                    || src.charAt(pos + 1) == '\r')) {
                pos += src.charAt(pos + 1) == '\r' ? 3 : 2;
                newLine();
                continue;
            }
            int col = pos - lineStart + 1;
            if (Character.isLetter(c) || c == '_' || c > 127 && Character.isUnicodeIdentifierStart(c)) {
                int start = pos;
                while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_'
                        || src.charAt(pos) > 127 && Character.isUnicodeIdentifierPart(src.charAt(pos)))) {
                    pos++;
                }
                String word = src.substring(start, pos);
                if (pos < src.length() && (src.charAt(pos) == '"' || src.charAt(pos) == '\'') && isPrefix(word)) {
                    readString(word.toLowerCase(), col);
                } else {
                    out.add(new Token(Token.Kind.NAME, word, line, col));
                }
                continue;
            }
            if (Character.isDigit(c) || c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1))) {
                readNumber(col);
                continue;
            }
            if (c == '"' || c == '\'') {
                readString("", col);
                continue;
            }
            String op = null;
            for (String o : OPS) {
                if (src.startsWith(o, pos)) {
                    op = o;
                    break;
                }
            }
            if (op == null) {
                if (c == '$' || c == '?' || c == '`' || c == '!') {
                    throw error("invalid syntax", line, col);
                }
                throw error("invalid character '" + c + "' (U+" + String.format("%04X", (int) c) + ")", line, col);
            }
            switch (op) {
                case "(": case "[": case "{":
                    depth++;
                    brackets.push(new int[] {op.charAt(0), line, col});
                    break;
                case ")": case "]": case "}":
                    if (depth == 0) {
                        throw error("unmatched '" + op + "'", line, col);
                    }
                    int[] open = brackets.pop();
                    char want = open[0] == '(' ? ')' : open[0] == '[' ? ']' : '}';
                    if (op.charAt(0) != want) {
                        throw error("closing parenthesis '" + op + "' does not match opening parenthesis '"
                                + (char) open[0] + "'" + (open[1] != line ? " on line " + open[1] : ""), line, col);
                    }
                    depth--;
                    break;
                default:
            }
            pos += op.length();
            out.add(new Token(Token.Kind.OP, op, line, col));
        }
        if (depth > 0) {
            int[] open = brackets.peek(); // the innermost, as CPython reports
            throw error("'" + (char) open[0] + "' was never closed", open[1], open[2]);
        }
        if (!out.isEmpty() && out.get(out.size() - 1).kind != Token.Kind.NEWLINE
                && out.get(out.size() - 1).kind != Token.Kind.DEDENT) {
            out.add(new Token(Token.Kind.NEWLINE, "", line, 1));
        }
        while (indents.peek() > 0) {
            indents.pop();
            out.add(new Token(Token.Kind.DEDENT, "", line, 1));
        }
        out.add(new Token(Token.Kind.EOF, "", line, 1));
        return out;
    }

    private static boolean isPrefix(String w) {
        switch (w.toLowerCase()) {
            case "r": case "u": case "f": case "b": case "rb": case "br": case "fr": case "rf":
                return true;
            default:
                return false;
        }
    }

    private void newLine() {
        line++;
        lineStart = pos;
    }

    private void skipToLineEnd() {
        while (pos < src.length() && src.charAt(pos) != '\n') {
            pos++;
        }
    }

    private void readNumber(int col) {
        int start = pos;
        if (src.charAt(pos) == '0' && pos + 1 < src.length() && "xXoObB".indexOf(src.charAt(pos + 1)) >= 0) {
            pos += 2;
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                pos++;
            }
            out.add(new Token(Token.Kind.NUMBER, src.substring(start, pos), line, col));
            return;
        }
        while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
        if (pos < src.length() && src.charAt(pos) == '.') {
            pos++;
            while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                pos++;
            }
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                    pos++;
                }
            } else {
                pos = save;
            }
        }
        if (pos < src.length() && (src.charAt(pos) == 'j' || src.charAt(pos) == 'J')) {
            pos++; // an imaginary literal: 2j, 1.5e3J
        }
        if (pos < src.length() && Character.isLetter(src.charAt(pos))) {
            throw error("invalid decimal literal", line, pos - lineStart + 1);
        }
        out.add(new Token(Token.Kind.NUMBER, src.substring(start, pos), line, col));
    }

    private void readString(String prefix, int col) {
        boolean bytes = prefix.contains("b");
        boolean raw = prefix.contains("r");
        boolean f = prefix.contains("f");
        char q = src.charAt(pos);
        boolean triple = src.startsWith(String.valueOf(q).repeat(3), pos);
        int startLine = line;
        pos += triple ? 3 : 1;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= src.length()) {
                throw error(triple ? "unterminated triple-quoted string literal (detected at line " + line + ")"
                        : "unterminated string literal (detected at line " + startLine + ")", startLine, col);
            }
            char c = src.charAt(pos);
            if (c == q && (!triple || src.startsWith(String.valueOf(q).repeat(3), pos))) {
                pos += triple ? 3 : 1;
                break;
            }
            if (c == '\n') {
                if (!triple) {
                    throw error("unterminated string literal (detected at line " + startLine + ")", startLine, col);
                }
                sb.append(c);
                pos++;
                newLine();
                continue;
            }
            if (c == '\\' && pos + 1 < src.length()) {
                char n = src.charAt(pos + 1);
                if (raw || f) {
                    sb.append(c).append(n);
                    pos += 2;
                    if (n == '\n') {
                        newLine();
                    }
                    continue;
                }
                pos += 2;
                if (n == '\n') {
                    newLine();
                    continue;
                }
                if (bytes && (n == 'u' || n == 'U' || n == 'N')) {
                    sb.append('\\').append(n); // not escapes in bytes: kept as written, as CPython does
                    continue;
                }
                pos = escape(n, sb, pos, startLine, col);
                continue;
            }
            if (bytes && c > 0x7f) {
                throw error("bytes can only contain ASCII literal characters", line, col);
            }
            sb.append(c);
            pos++;
        }
        Token tk = new Token(Token.Kind.STRING, sb.toString(), startLine, col, f, raw);
        tk.bytes = bytes;
        out.add(tk);
    }

    /** Processes the escape after a backslash ({@code n} at {@code p - 1}); returns the position after it. */
    int escape(char n, StringBuilder sb, int p, int ln, int col) {
        return unescape(src, n, sb, p, () -> error("invalid escape", ln, col));
    }

    static int unescape(String s, char n, StringBuilder sb, int p, java.util.function.Supplier<RuntimeException> err) {
        switch (n) {
            case 'n': sb.append('\n'); return p;
            case 't': sb.append('\t'); return p;
            case 'r': sb.append('\r'); return p;
            case '\\': sb.append('\\'); return p;
            case '\'': sb.append('\''); return p;
            case '"': sb.append('"'); return p;
            case 'a': sb.append('\007'); return p;
            case 'b': sb.append('\b'); return p;
            case 'f': sb.append('\f'); return p;
            case 'v': sb.append('\013'); return p;
            case '\n': return p;
            case 'x': case 'u': case 'U': {
                int len = n == 'x' ? 2 : n == 'u' ? 4 : 8;
                if (p + len > s.length()) {
                    throw err.get();
                }
                try {
                    int cp = Integer.parseInt(s.substring(p, p + len), 16);
                    sb.appendCodePoint(cp);
                } catch (IllegalArgumentException e) {
                    throw err.get();
                }
                return p + len;
            }
            default:
                if (n >= '0' && n <= '7') {
                    int v = n - '0';
                    int k = 0;
                    while (k < 2 && p < s.length() && s.charAt(p) >= '0' && s.charAt(p) <= '7') {
                        v = v * 8 + (s.charAt(p) - '0');
                        p++;
                        k++;
                    }
                    sb.append((char) v);
                    return p;
                }
                sb.append('\\').append(n); // an unknown escape stays as written (a DeprecationWarning in CPython)
                return p;
        }
    }

    /** Processes the escapes of an f-string's literal part. */
    static String unescapeAll(String s) {
        StringBuilder sb = new StringBuilder();
        int p = 0;
        while (p < s.length()) {
            char c = s.charAt(p);
            if (c == '\\' && p + 1 < s.length()) {
                p = unescape(s, s.charAt(p + 1), sb, p + 2, () -> new IllegalArgumentException("bad escape"));
            } else {
                sb.append(c);
                p++;
            }
        }
        return sb.toString();
    }
}
