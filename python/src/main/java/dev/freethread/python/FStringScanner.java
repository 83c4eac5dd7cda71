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
        char q = s.charAt(i);
        String qqq = new String(new char[] {q, q, q});
        boolean triple = s.startsWith(qqq, i);
        i += triple ? 3 : 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                if (f && !raw && n == 'N' && i + 2 < s.length() && s.charAt(i + 2) == '{') {
                    int close = s.indexOf('}', i + 3);
                    if (close < 0) {
                        return -1;
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
            while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            i = skipSpaces(i);
        }
        if (i < s.length() && s.charAt(i) == ':') {
            i = endOfSpec(i + 1, q, triple);
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
        if (error == null) {
            error = "f-string: expecting '}'";
        }
        return -1;
    }

    /**
     * Returns the index of the format spec's closing {@code '}'} (the spec starts at {@code i}, after the ':'), or -1.
     * The spec is literal text with nested replacement fields, and no doubled braces; the enclosing f-string's quote
     * ends it, as an error.
     */
    int endOfSpec(int i, char q, boolean triple) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{') { // in a spec, "{{" is no escape: "{x:{{}}}" formats x by the dict {}'s str, as CPython
                i = endOfField(i + 1, q, triple);
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
        if (error == null) {
            error = "f-string: expecting '}', or format specs";
        }
        return -1;
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
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth > 0) {
                    depth--;
                } else if (c == '}') {
                    return i;
                } // a stray ')' or ']' is the parser's to report
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
        if (error == null) {
            error = "'{' was never closed";
        }
        return -1;
    }

    private int nestedString(int i, boolean f, boolean raw, char q, boolean triple) {
        char nq = s.charAt(i);
        boolean nestedTriple = s.startsWith(new String(new char[] {nq, nq, nq}), i);
        int end = endOfString(i, f, raw);
        if (end < 0 && error == null && nq == q && nestedTriple == triple) {
            error = "f-string: expecting '}'"; // the f-string's own closing quote, read as a new string
        }
        return end;
    }

    private int skipSpaces(int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
