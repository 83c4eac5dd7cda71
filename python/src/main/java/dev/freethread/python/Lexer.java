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

    /**
     * Issues a SyntaxWarning of a token (CPython's {@code _PyPegen_warn_invalid_escape_sequence}): the Parser's,
     * which calls {@code warnings.warn_explicit} and turns a warning that the filters make an error into a SyntaxError
     * at the token. The Lexer calls it only for the strings before a SyntaxError of its own ({@link #tokenize}); the
     * Parser issues the others as it reads them ({@link Token#warning}).
     */
    interface Warner {
        void warn(String message, int line, int col);
    }

    Warner warner;

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

    /**
     * The tokens of the whole source. A SyntaxError found here comes after the warnings of the strings before it (the
     * parser has read none of them yet), as CPython's tokenizer, which the parser drives, issues them.
     */
    List<Token> tokenize() {
        try {
            return tokenizeAll();
        } catch (SyntaxErrorException e) {
            if (warner != null) {
                for (Token tk : out) {
                    if (tk.warning != null && !tk.warned) {
                        tk.warned = true;
                        warner.warn(tk.warning, tk.line, tk.col);
                    }
                }
            }
            throw e;
        }
    }

    /** Sets the end of the tokens from {@code from} on to where the lexer stands; answers the count of tokens. */
    private int endTokens(int from) {
        int n = out.size();
        for (int i = from; i < n; i++) {
            Token tk = out.get(i);
            tk.endLine = line;
            tk.endCol = pos - lineStart + 1;
        }
        return n;
    }

    private List<Token> tokenizeAll() {
        boolean atLineStart = true;
        int ended = 0; // the tokens before it have their ends: each step's tokens end where the step left pos
        while (pos < src.length()) {
            ended = endTokens(ended);
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
                        throw new SyntaxErrorException("IndentationError", // CPython's offset: past the line
                                "unindent does not match any outer indentation level", file, line,
                                sourceLine(line).length() + 1, sourceLine(line));
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
                int at = pos - lineStart + 1;
                pos += src.charAt(pos + 1) == '\r' ? 3 : 2;
                if (pos >= src.length() && depth == 0) { // nothing continues the line (bpo-2180)
                    throw error("unexpected EOF while parsing", line, at + 1);
                }
                newLine();
                continue;
            }
            int col = pos - lineStart + 1;
            if (c == '\\') { // a backslash no newline follows: the tokenizer's error, at the character after it
                throw error("unexpected character after line continuation character", line, col + 1);
            }
            int cp = src.codePointAt(pos); // identifiers by code point: a character beyond the BMP is a pair
            if (Strs.isIdentifierStart(cp)) { // PEP 3131: XID_Start, as CPython 3.13 (Unicode 15.1)
                int start = pos;
                boolean ascii = true;
                while (pos < src.length()) {
                    int p = src.codePointAt(pos);
                    if (!Strs.isIdentifierPart(p)) {
                        break;
                    }
                    ascii &= p < 128;
                    pos += Character.charCount(p);
                }
                String word = src.substring(start, pos);
                if (!ascii) { // PEP 3131: identifiers are NFKC-normalized (µ is μ, 𝔘 is U)
                    word = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFKC);
                }
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
                if (!dev.freethread.python.text.StrMethods.isprintable(new String(Character.toChars(cp)))) { // CPython names it by number only
                    throw error("invalid non-printable character U+" + String.format("%04X", cp), line, col);
                }
                throw error("invalid character '" + new String(Character.toChars(cp)) + "' (U+"
                        + String.format("%04X", cp) + ")", line, col);
            }
            switch (op) {
                case "(": case "[": case "{":
                    depth++;
                    if (depth > 200) { // CPython's tokenizer MAXLEVEL: 200 levels, the 201st bracket refused
                        throw error("too many nested parentheses", line, col);
                    }
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
        endTokens(ended);
        if (depth > 0) {
            int[] open = brackets.peek(); // the innermost, as CPython reports
            throw error("'" + (char) open[0] + "' was never closed", open[1], open[2])
                    .endingAt(open[1], 0); // CPython's end_offset for it
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
            char kind = Character.toLowerCase(src.charAt(pos + 1));
            String name = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
            pos += 2;
            int digits = pos;
            while (pos < src.length()) { // CPython's tokenizer: digits of the base, single underscores between
                char c = src.charAt(pos);
                if (c == '_') {
                    pos++;
                    if (pos < src.length() && kind != 'x' && Character.isDigit(src.charAt(pos))
                            && !isDigitOf(src.charAt(pos), kind)) { // 0b1_2
                        throw error("invalid digit '" + src.charAt(pos) + "' in " + name + " literal", line,
                                pos - lineStart + 1);
                    }
                    if (pos >= src.length() || !isDigitOf(src.charAt(pos), kind)) {
                        throw error("invalid " + name + " literal", line, pos - lineStart); // CPython's offset
                    }
                } else if (isDigitOf(c, kind)) {
                    pos++;
                } else {
                    break;
                }
            }
            char c = pos < src.length() ? src.charAt(pos) : ' ';
            if (kind != 'x' && Character.isDigit(c)) {
                throw error("invalid digit '" + c + "' in " + name + " literal", line, pos - lineStart + 1);
            }
            if (pos == digits || Character.isLetterOrDigit(c) && !keywordAt(pos)) {
                // CPython's tokenizer reports it at the offending character's 0-based index (its cur pointer)
                throw error("invalid " + name + " literal", line, pos - lineStart);
            }
            out.add(new Token(Token.Kind.NUMBER, src.substring(start, pos), line, col));
            return;
        }
        decimalDigits();
        if (pos < src.length() && src.charAt(pos) == '.') {
            pos++;
            if (pos < src.length() && src.charAt(pos) == '_') {
                throw error("invalid decimal literal", line, pos - lineStart); // 1._1, at CPython's offset
            }
            decimalDigits();
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            boolean sign = false;
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                pos++;
                sign = true;
            }
            if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                decimalDigits();
            } else if (sign) { // 1e+x: no exponent after its sign (CPython's tokenizer, at the character after it)
                throw error("invalid decimal literal", line, pos - lineStart);
            } else {
                pos = save;
            }
        }
        if (pos < src.length() && (src.charAt(pos) == 'j' || src.charAt(pos) == 'J')) {
            pos++; // an imaginary literal: 2j, 1.5e3J
            if (pos < src.length() && Character.isLetterOrDigit(src.charAt(pos)) && !keywordAt(pos)) {
                throw error("invalid imaginary literal", line, pos - lineStart); // 1.2j3
            }
        }
        if (pos < src.length() && Character.isLetter(src.charAt(pos)) && !keywordAt(pos)) {
            // 1abc (1if x: a warning in CPython, kept); at CPython's offset, the letter's 0-based index
            throw error("invalid decimal literal", line, pos - lineStart);
        }
        out.add(new Token(Token.Kind.NUMBER, src.substring(start, pos), line, col));
    }

    /** Digits, each underscore between two of them (CPython's tokenizer: {@code 1_e1}, {@code 1__0} are errors). */
    private void decimalDigits() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '_') {
                if (pos + 1 >= src.length() || !Character.isDigit(src.charAt(pos + 1))) {
                    throw error("invalid decimal literal", line, pos - lineStart + 1);
                }
                pos++;
            } else if (Character.isDigit(c)) {
                pos++;
            } else {
                return;
            }
        }
    }

    private static boolean isDigitOf(char c, char kind) {
        switch (kind) {
            case 'x':
                return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            case 'o':
                return c >= '0' && c <= '7';
            default:
                return c == '0' || c == '1';
        }
    }

    /**
     * Whether a keyword CPython's tokenizer lets follow a number directly starts at {@code p} ({@code 1if x else 0}:
     * a SyntaxWarning there, tokens here).
     */
    private boolean keywordAt(int p) {
        for (String kw : new String[] {"and", "else", "for", "if", "in", "is", "not", "or"}) {
            if (src.startsWith(kw, p)) {
                return true;
            }
        }
        return false;
    }

    private static String unterminated(int startLine, boolean escapedQuote) {
        return "unterminated string literal (detected at line " + startLine + ")"
                + (escapedQuote ? "; perhaps you escaped the end quote?" : "");
    }

    private void readString(String prefix, int col) {
        boolean bytes = prefix.contains("b");
        boolean raw = prefix.contains("r");
        boolean f = prefix.contains("f");
        char q = src.charAt(pos);
        boolean triple = src.startsWith(String.valueOf(q).repeat(3), pos);
        int startLine = line;
        if (f) {
            readFString(q, triple, raw, startLine, col);
            return;
        }
        pos += triple ? 3 : 1;
        int contentStart = pos;
        StringBuilder sb = new StringBuilder();
        String[] firstInvalid = new String[1]; // CPython warns once per literal, for its first invalid escape
        java.util.function.Consumer<String> invalid = m -> {
            if (firstInvalid[0] == null) {
                firstInvalid[0] = m;
            }
        };
        boolean escapedQuote = false; // CPython's tokenizer then hints "perhaps you escaped the end quote?"
        while (true) {
            if (pos >= src.length()) {
                // the last line of the source (its final newline, which may be one added here, starts none)
                throw error(triple ? "unterminated triple-quoted string literal (detected at line "
                        + lineAt(src.length() - 1) + ")" : unterminated(startLine, escapedQuote), startLine, col);
            }
            char c = src.charAt(pos);
            if (c == q && (!triple || src.startsWith(String.valueOf(q).repeat(3), pos))) {
                pos += triple ? 3 : 1;
                break;
            }
            if (c == '\n') {
                if (!triple) {
                    throw error(unterminated(startLine, escapedQuote), startLine, col);
                }
                sb.append(c);
                pos++;
                newLine();
                continue;
            }
            if (c == '\\' && pos + 1 < src.length()) {
                char n = src.charAt(pos + 1);
                escapedQuote |= n == q;
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
                    invalid.accept("invalid escape sequence '\\" + n + "'");
                    continue;
                }
                pos = escape(n, sb, pos, startLine, col, contentStart, bytes, invalid);
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
        tk.warning = firstInvalid[0];
        out.add(tk);
    }

    /**
     * Reads an f-string token whose opening quote is at {@code pos}. Its text stays raw source for the parser; its end
     * is found by PEP 701's grammar (a field may hold strings in the same quotes, and newlines).
     */
    private void readFString(char q, boolean triple, boolean raw, int startLine, int col) {
        FStringScanner scanner = new FStringScanner(src);
        int end = scanner.endOfString(pos, true, raw);
        if (end < 0 && scanner.error != null) {
            int at = scanner.errorAt;
            if (at < pos) { // no place given: the f-string's start
                throw error(scanner.error, startLine, col);
            }
            int errLine = startLine; // the line and column of the place the scanner names, as CPython points there
            int errLineStart = lineStart;
            for (int p = pos; p < at && p < src.length(); p++) {
                if (src.charAt(p) == '\n') {
                    errLine++;
                    errLineStart = p + 1;
                }
            }
            throw error(scanner.error, errLine, at - errLineStart + 1); // col is the 1-based offset
        }
        if (end < 0) {
            throw error(triple ? "unterminated triple-quoted f-string literal (detected at line " + lineAt(src.length() - 1)
                    + ")" : "unterminated f-string literal (detected at line " + startLine + ")", startLine, col);
        }
        int q0 = pos + (triple ? 3 : 1);
        int q1 = end - (triple ? 3 : 1);
        String text = src.substring(q0, q1);
        for (int p = pos; p < end; p++) {
            if (src.charAt(p) == '\n') {
                line++;
                lineStart = p + 1;
            }
        }
        pos = end;
        out.add(new Token(Token.Kind.STRING, text, startLine, col, true, raw));
    }

    private int lineAt(int p) {
        int n = 1;
        for (int k = 0; k < p && k < src.length(); k++) {
            if (src.charAt(k) == '\n') {
                n++;
            }
        }
        return Math.min(n, lines.length - 1);
    }

    private static boolean isAsciiHexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** Processes the escape after a backslash ({@code n} at {@code p - 1}); returns the position after it. */
    int escape(char n, StringBuilder sb, int p, int ln, int col, int contentStart, boolean bytes,
            java.util.function.Consumer<String> invalid) {
        return unescape(src, n, sb, p, contentStart, bytes, msg -> error(msg, ln, col), invalid);
    }

    /**
     * Processes the escape whose letter {@code n} stands at {@code p - 1} of {@code s}; returns the position after it.
     * A malformed escape is reported through {@code err} with CPython's message, whose positions count from
     * {@code base} (the start of the literal's text). An escape that is valid but means nothing (CPython 3.12+'s
     * SyntaxWarning: {@code \\z} stays as written; an octal escape above 0o377 is that code point in a str and its
     * low byte in bytes) is reported to {@code invalid} with CPython's message.
     */
    static int unescape(String s, char n, StringBuilder sb, int p, int base, boolean bytes,
            java.util.function.Function<String, RuntimeException> err, java.util.function.Consumer<String> invalid) {
        int at = p - 2 - base; // the backslash's position in the literal
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
            case 'N': {
                String prefix = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + at + "-";
                int close = p < s.length() && s.charAt(p) == '{' ? s.indexOf('}', p) : -1;
                int lineEnd = s.indexOf('\n', p);
                if (close < 0 || lineEnd >= 0 && lineEnd < close || close == p + 1) {
                    int last = p - 1;
                    if (p < s.length() && s.charAt(p) == '{') { // to the literal's end: a quote or the line's end
                        last = p;
                        while (last + 1 < s.length() && "\n'\"".indexOf(s.charAt(last + 1)) < 0) {
                            last++;
                        }
                    }
                    throw err.apply(prefix + (Math.max(last - base, at + 1)) + ": malformed \\N character escape");
                }
                int named = UnicodeDataModule.lookup(s.substring(p + 1, close)); // unicodedata.lookup's names
                if (named < 0) {
                    throw err.apply(prefix + (close - base) + ": unknown Unicode character name");
                }
                sb.appendCodePoint(named);
                return close + 1;
            }
            case 'x': case 'u': case 'U': {
                int len = n == 'x' ? 2 : n == 'u' ? 4 : 8;
                int k = 0;
                while (k < len && p + k < s.length() && isAsciiHexDigit(s.charAt(p + k))) { // not fullwidth ones
                    k++;
                }
                if (k < len) {
                    if (bytes) {
                        throw err.apply("(value error) invalid \\x escape at position " + at);
                    }
                    throw err.apply("(unicode error) 'unicodeescape' codec can't decode bytes in position " + at + "-"
                            + (p - 1 + k - base) + ": truncated \\" + n + "X".repeat(len) + " escape");
                }
                long cp = Long.parseLong(s.substring(p, p + len), 16); // \Uffffffff is past an int's range
                if (cp > Character.MAX_CODE_POINT) {
                    throw err.apply("(unicode error) 'unicodeescape' codec can't decode bytes in position " + at + "-"
                            + (p - 1 + len - base) + ": illegal Unicode character");
                }
                sb.appendCodePoint((int) cp);
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
                    if (v > 0377) {
                        invalid.accept("invalid octal escape sequence '\\" + s.substring(p - 3, p) + "'");
                        if (bytes) {
                            v &= 0377;
                        }
                    }
                    sb.append((char) v);
                    return p;
                }
                sb.append('\\').append(n); // an unknown escape stays as written (a SyntaxWarning since 3.12)
                invalid.accept("invalid escape sequence '\\" + n + "'");
                return p;
        }
    }

    /**
     * Processes the escapes of an f-string's literal part; a malformed one throws IllegalArgumentException, an
     * invalid one goes to {@code invalid} (as {@link #unescape}).
     */
    static String unescapeAll(String s, java.util.function.Consumer<String> invalid) {
        StringBuilder sb = new StringBuilder();
        int p = 0;
        while (p < s.length()) {
            char c = s.charAt(p);
            if (c == '\\' && p + 1 < s.length()) {
                p = unescape(s, s.charAt(p + 1), sb, p + 2, 0, false, IllegalArgumentException::new, invalid);
            } else {
                sb.append(c);
                p++;
            }
        }
        return sb.toString();
    }
}
