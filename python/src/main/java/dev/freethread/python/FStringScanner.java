// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

/**
 * Finds where the pieces of an f-string end, by PEP 701's grammar (Python 3.12+): a replacement field's expression
 * may hold any string literal, including one quoted as the f-string itself ({@code f"{d["k"]}"}), another f-string,
 * backslashes, comments and newlines. A quote ends the f-string only in its literal part or its format spec, never
 * inside a field's expression.
 *
 * <p>Used twice: by the {@link Lexer}, to find the closing quote of an f-string token (whose text stays raw), and by
 * the {@link Parser}, to split that text into literal parts and fields. Both must agree, so both use this class.
 * Every method returns -1 when the text ends first (an unterminated string or field); {@link #error} then says why
 * in CPython's words, or is null where the caller's own message (an unterminated f-string) applies.
 *
 * <p>One scanner serves one scan of one text; it is not shared between threads.
 */
final class FStringScanner {
    private final String s;
    /** Why the scan failed, as CPython's tokenizer reports it; null for a plain unterminated f-string. */
    String error;
    /** Where in the text {@link #error} points (CPython's offset, less one), or -1 for the f-string's start. */
    int errorAt = -1;

    FStringScanner(String s) {
        this.s = s;
    }

    /**
     * Returns the index after the closing quote of the string literal whose opening quote is at {@code i}, or -1.
     *
     * @param f whether the literal is an f-string (its fields are skipped as a whole)
     * @param raw whether it is raw (then {@code \N{...}} is not an escape)
     */
    int endOfString(int i, boolean f, boolean raw) {
        if (f && ++fstringDepth > MAX_FSTRING_DEPTH) { // CPython's tokenizer keeps 150 levels
            return fail(i, "too many nested f-strings");
        }
        try {
            return endOfStringAt(i, f, raw);
        } finally {
            if (f) {
                fstringDepth--;
            }
        }
    }

    /** CPython's MAXFSTRINGLEVEL. */
    private static final int MAX_FSTRING_DEPTH = 150;
    private int fstringDepth;

    private int endOfStringAt(int i, boolean f, boolean raw) {
        char q = s.charAt(i);
        String qqq = new String(new char[] {q, q, q});
        boolean triple = s.startsWith(qqq, i);
        i += triple ? 3 : 1;
        int segment = i; // where the literal part being read starts (after the quote or the last field)
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                if (f && !raw && n == 'N' && i + 2 < s.length() && s.charAt(i + 2) == '{') {
                    int close = i + 3; // a name: letters, digits, spaces and hyphens, then '}'
                    while (close < s.length() && (Character.isLetterOrDigit(s.charAt(close))
                            || s.charAt(close) == ' ' || s.charAt(close) == '-')) {
                        close++;
                    }
                    if (close >= s.length() || s.charAt(close) != '}') { // as the literal's decoding reports it
                        int end = close;
                        while (end < s.length() && s.charAt(end) != q && s.charAt(end) != '\n') {
                            end++;
                        }
                        return fail(end, "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + (i - segment) + "-" + (end - 1 - segment) + ": malformed \\N character escape");
                    }
                    i = close + 1;
                } else if (f && (n == '{' || n == '}')) {
                    i++; // "\{x}" is a backslash and then a field, as in CPython
                } else {
                    i += 2; // an escaped quote or newline never ends the string
                }
                continue;
            }
            if (c == q && (!triple || s.startsWith(qqq, i))) {
                return i + (triple ? 3 : 1);
            }
            if (c == '\n' && !triple) {
                return -1;
            }
            if (f && c == '{') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '{') {
                    i += 2;
                    continue;
                }
                i = endOfField(i + 1, q, triple);
                if (i < 0) {
                    return -1;
                }
                segment = i;
                continue;
            }
            i++;
        }
        return -1;
    }

    /**
     * Returns the index after the {@code '}'} that closes the replacement field whose expression starts at {@code i}
     * (after its {@code '{'}), or -1. The field's conversion and format spec (with its nested fields) are included.
     * {@code q} and {@code triple} are the enclosing f-string's quote.
     */
    int endOfField(int i, char q, boolean triple) {
        return endOfField(i, q, triple, 0);
    }

    /** {@link #endOfField} for a field inside {@code level} format specs (CPython allows two). */
    private int endOfField(int i, char q, boolean triple, int level) {
        int first = skipWhitespace(i);
        while (first < s.length() && s.charAt(first) == '#') { // comments only: no expression either
            while (first < s.length() && s.charAt(first) != '\n') {
                first++;
            }
            first = skipWhitespace(first);
        }
        if (first < s.length() && "=!:}".indexOf(s.charAt(first)) >= 0) { // CPython's invalid_replacement_field
            return fail(first, "f-string: valid expression required before '" + s.charAt(first) + "'");
        }
        i = endOfExpression(i, q, triple);
        if (i < 0) {
            return -1;
        }
        if (s.charAt(i) == '=') { // the self-documenting "{x=}": spaces, newlines and comments may follow
            i++;
            while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '#')) {
                if (s.charAt(i) == '#') {
                    while (i < s.length() && s.charAt(i) != '\n') {
                        i++;
                    }
                } else {
                    i++;
                }
            }
        }
        if (i < s.length() && s.charAt(i) == '!') {
            i++;
            if (i < s.length() && (s.charAt(i) == ':' || s.charAt(i) == '}')) {
                return fail(i, "f-string: missing conversion character");
            }
            if (i < s.length() && !Character.isWhitespace(s.charAt(i)) && !Character.isLetter(s.charAt(i))
                    && s.charAt(i) != '_' && s.charAt(i) != q) { // no name after '!' ("{x!!}")
                return fail(i, "f-string: invalid conversion character");
            }
            while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            i = skipSpaces(i);
        }
        if (i < s.length() && s.charAt(i) == ':') {
            if (level >= 2) {
                return fail(i, "f-string: expressions nested too deeply");
            }
            i = endOfSpec(i + 1, q, triple, level);
            if (i < 0) {
                return -1;
            }
        }
        if (i < s.length() && s.charAt(i) == '}') {
            return i + 1;
        }
        if (i < s.length() && s.charAt(i) != q && s.charAt(i) != '\n') {
            return i; // "{x!r=}": the parser reports what stands here
        }
        return fail(Math.min(i, s.length()), "f-string: expecting '}'");
    }

    /**
     * Returns the index of the format spec's closing {@code '}'} (the spec starts at {@code i}, after the ':'), or -1.
     * The spec is literal text with nested replacement fields, and no doubled braces; the enclosing f-string's quote
     * ends it, as an error.
     */
    int endOfSpec(int i, char q, boolean triple) {
        return endOfSpec(i, q, triple, 0);
    }

    /** {@link #endOfSpec} for the spec of a field inside {@code level} specs. */
    private int endOfSpec(int i, char q, boolean triple, int level) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{') { // in a spec, "{{" is no escape: "{x:{{}}}" formats x by the dict {}'s str, as CPython
                i = endOfField(i + 1, q, triple, level + 1);
                if (i < 0) {
                    return -1;
                }
                continue;
            }
            if (c == '}') {
                return i;
            }
            if (c == '\\' && i + 1 < s.length()) {
                i += 2;
                continue;
            }
            if (c == q && (!triple || s.startsWith(new String(new char[] {q, q, q}), i)) || c == '\n' && !triple) {
                break;
            }
            i++;
        }
        return fail(Math.min(i, s.length()), "f-string: expecting '}', or format specs");
    }

    /**
     * Returns the index of the first character after a field's expression, which starts at {@code i}: a {@code '}'},
     * a {@code ':'} starting the spec, a {@code '!'} starting the conversion or the {@code '='} of a self-documenting
     * field, all outside brackets and nested strings; or -1. {@code q} and {@code triple} are the enclosing f-string's
     * quote: a nested string in that quote left unterminated means the field's '}' is missing, as CPython reports it.
     */
    int endOfExpression(int i, char q, boolean triple) {
        int start = i;
        int depth = 0;
        StringBuilder open = new StringBuilder(); // the brackets open in the expression, innermost last
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isLetter(c) || c == '_') {
                int w = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                    i++;
                }
                if (i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == '\'') && i - w <= 2) {
                    String prefix = s.substring(w, i).toLowerCase();
                    if (prefix.matches("[rubf]|rb|br|fr|rf")) {
                        i = nestedString(i, prefix.contains("f"), prefix.contains("r"), q, triple);
                        if (i < 0) {
                            return -1;
                        }
                    }
                }
                continue;
            }
            if (c == '"' || c == '\'') {
                i = nestedString(i, false, false, q, triple);
                if (i < 0) {
                    return -1;
                }
                continue;
            }
            if (c == '#') { // a comment runs to the line's end
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
                open.append(c);
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    if (c == '}') {
                        return i;
                    }
                    return fail(i, "f-string: unmatched '" + c + "'"); // the tokenizer's check, as CPython's
                }
                char o = open.charAt(depth - 1);
                if ("([{".indexOf(o) != ")]}".indexOf(c)) {
                    return fail(i, "closing parenthesis '" + c + "' does not match opening parenthesis '" + o + "'");
                }
                depth--;
                open.setLength(depth);
            } else if (depth == 0) {
                char n = i + 1 < s.length() ? s.charAt(i + 1) : 0;
                if (c == '!' && n != '=' || c == ':') {
                    return i;
                }
                if (c == '=' && n != '=' && i > start && "=!<>".indexOf(s.charAt(i - 1)) < 0) {
                    return i;
                }
            }
            i++;
        }
        return fail(start - 1, "'{' was never closed");
    }

    private int nestedString(int i, boolean f, boolean raw, char q, boolean triple) {
        char nq = s.charAt(i);
        boolean nestedTriple = s.startsWith(new String(new char[] {nq, nq, nq}), i);
        int end = endOfString(i, f, raw);
        if (end < 0 && error == null && nq == q && nestedTriple == triple) {
            error = "f-string: expecting '}'"; // the f-string's own closing quote, read as a new string
        } else if (end < 0 && error == null) { // a string of the expression's own left open, as the tokenizer says
            int line = 1;
            for (int k = 0; k < (nestedTriple ? s.length() : i); k++) {
                line += s.charAt(k) == '\n' ? 1 : 0;
            }
            fail(i, (nestedTriple ? "unterminated triple-quoted string literal" : "unterminated string literal")
                    + " (detected at line " + line + ")");
        }
        return end;
    }

    /** Records the first error of the scan, at {@code at}; answers -1 for the caller to return. */
    private int fail(int at, String message) {
        if (error == null) {
            error = message;
            errorAt = at;
        }
        return -1;
    }

    private int skipWhitespace(int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private int skipSpaces(int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
