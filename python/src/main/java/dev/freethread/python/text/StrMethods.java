// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Python's {@code str} methods on Java strings, with CPython 3.13's semantics and error messages
 * ({@code Objects/unicodeobject.c}, {@code Objects/stringlib/}). A Python string is a sequence of code points, so
 * every index, width and length here counts code points: a surrogate pair in the Java string is one character, a
 * lone surrogate is one character too. Character classes and case mappings follow CPython 3.13's Unicode 15.1 data
 * ({@code Objects/unicodectype.c}); the final-sigma rule of {@code lower} follows {@code handle_capital_sigma}.
 *
 * <p>Optional start and end indices are {@code Long}s, {@code null} standing for Python's {@code None}; like
 * CPython's {@code ADJUST_INDICES} a negative index counts from the end and an index out of range is clamped.
 */
public final class StrMethods {
    private StrMethods() {
    }

    // ------------------------------------------------------------------ code point helpers

    private static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Python's {@code len(s)}: the number of code points. */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Whether a UTF-16 offset falls between the two halves of a surrogate pair. */
    private static boolean splitsPair(String s, int i) {
        return i > 0 && i < s.length() && Character.isHighSurrogate(s.charAt(i - 1))
                && Character.isLowSurrogate(s.charAt(i));
    }

    /** {@code s.indexOf(sub, from)} restricted to matches on code point boundaries. */
    private static int indexOf(String s, String sub, int from) {
        int i = search(s, sub, from);
        while (i >= 0 && (splitsPair(s, i) || splitsPair(s, i + sub.length()))) {
            i = search(s, sub, i + 1);
        }
        return i;
    }

    /**
     * The first match of {@code sub} that lies within {@code s[from:to]} (char offsets), on code point boundaries:
     * a bounded search, where the JDK's {@code indexOf} would look on to the end of {@code s}.
     */
    private static int indexOfWithin(String s, String sub, int from, int to) {
        int last = to - sub.length();
        char first = sub.charAt(0);
        for (int i = from; i <= last; i++) {
            if (s.charAt(i) == first && s.regionMatches(i, sub, 0, sub.length()) && !splitsPair(s, i)
                    && !splitsPair(s, i + sub.length())) {
                return i;
            }
        }
        return -1;
    }

    /** {@code s.lastIndexOf(sub, from)} restricted to matches on code point boundaries. */
    private static int lastIndexOf(String s, String sub, int from) {
        int i = searchBack(s, sub, from);
        while (i >= 0 && (splitsPair(s, i) || splitsPair(s, i + sub.length()))) {
            i = i == 0 ? -1 : searchBack(s, sub, i - 1);
        }
        return i;
    }

    /**
     * A needle this long is searched in linear time: the JDK's {@code indexOf} compares naively, which for a long
     * needle over a haystack of near matches ({@code ('a' * N + 'b' * N) in text}) takes N * M steps, where
     * CPython's str.find is O(N + M). Shorter needles keep the JDK's vectorized search.
     */
    private static final int LINEAR_SEARCH_MIN_NEEDLE = 32;

    /** {@code s.indexOf(p, from)}, linear in the lengths for a long needle (Knuth-Morris-Pratt). */
    private static int search(String s, String p, int from) {
        int m = p.length();
        if (m < LINEAR_SEARCH_MIN_NEEDLE) {
            return s.indexOf(p, from);
        }
        int start = Math.max(from, 0);
        if (s.length() - start < m) {
            return -1;
        }
        int[] border = borders(p, false);
        for (int i = start, k = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            while (k > 0 && c != p.charAt(k)) {
                k = border[k - 1];
            }
            if (c == p.charAt(k) && ++k == m) {
                return i - m + 1;
            }
        }
        return -1;
    }

    /** {@code s.lastIndexOf(p, from)}: the same search run from the end, over the needle read backwards. */
    private static int searchBack(String s, String p, int from) {
        int m = p.length();
        if (m < LINEAR_SEARCH_MIN_NEEDLE) {
            return s.lastIndexOf(p, from);
        }
        int last = Math.min(from, s.length() - m); // the latest start a match may have
        if (last < 0) {
            return -1;
        }
        int[] border = borders(p, true);
        for (int i = last + m - 1, k = 0; i >= 0; i--) {
            char c = s.charAt(i);
            while (k > 0 && c != p.charAt(m - 1 - k)) {
                k = border[k - 1];
            }
            if (c == p.charAt(m - 1 - k) && ++k == m) {
                return i;
            }
        }
        return -1;
    }

    /** {@code sub in s}: the JDK's search for a short needle, a linear one for a long one. */
    public static boolean contains(String s, String sub) {
        return search(s, sub, 0) >= 0;
    }

    /** KMP's table: for each prefix of p (of p read backwards when {@code reversed}), its longest proper border. */
    private static int[] borders(String p, boolean reversed) {
        int m = p.length();
        int[] border = new int[m];
        for (int i = 1, k = 0; i < m; i++) {
            char c = p.charAt(reversed ? m - 1 - i : i);
            while (k > 0 && c != p.charAt(reversed ? m - 1 - k : k)) {
                k = border[k - 1];
            }
            if (c == p.charAt(reversed ? m - 1 - k : k)) {
                k++;
            }
            border[i] = k;
        }
        return border;
    }

    /** The UTF-16 offset of code point index {@code cp} (0 to length). */
    private static int offset(String s, boolean surrogates, int cp) {
        return surrogates ? s.offsetByCodePoints(0, cp) : cp;
    }

    private static int cpIndex(String s, boolean surrogates, int offset) {
        return surrogates ? s.codePointCount(0, offset) : offset;
    }

    /** CPython's {@code ADJUST_INDICES}: returns {@code {start, end}} clamped to {@code [0, len]}. */
    private static long[] adjust(Long start, Long end, int len) {
        long e = end == null ? len : end;
        long b = start == null ? 0 : start;
        if (e > len) {
            e = len;
        } else if (e < 0) {
            e += len;
            if (e < 0) {
                e = 0;
            }
        }
        if (b < 0) {
            b += len;
            if (b < 0) {
                b = 0;
            }
        }
        return new long[] {b, e};
    }

    private static TextError emptySeparator() {
        return TextError.valueError("empty separator");
    }

    // ------------------------------------------------------------------ split family

    /**
     * {@code s.split(sep, maxsplit)}.
     *
     * @param s the string
     * @param sep the separator, or {@code null} to split at runs of whitespace and drop empty strings
     * @param maxsplit the most splits to do, negative for no limit
     * @return the pieces
     * @throws TextError {@code ValueError: empty separator}
     */
    public static List<String> split(String s, String sep, int maxsplit) {
        int max = maxsplit < 0 ? Integer.MAX_VALUE : maxsplit;
        List<String> out = new ArrayList<>();
        int len = s.length();
        if (sep == null) {
            int i = 0;
            while (max-- > 0) {
                while (i < len && UnicodeTables.isSpace(s.charAt(i))) {
                    i++;
                }
                if (i == len) {
                    break;
                }
                int j = i;
                i++;
                while (i < len && !UnicodeTables.isSpace(s.charAt(i))) {
                    i++;
                }
                out.add(s.substring(j, i));
            }
            if (i < len) {
                while (i < len && UnicodeTables.isSpace(s.charAt(i))) {
                    i++;
                }
                if (i != len) {
                    out.add(s.substring(i));
                }
            }
            return out;
        }
        if (sep.isEmpty()) {
            throw emptySeparator();
        }
        int i = 0;
        while (max-- > 0) {
            int pos = indexOf(s, sep, i);
            if (pos < 0) {
                break;
            }
            out.add(s.substring(i, pos));
            i = pos + sep.length();
        }
        out.add(s.substring(i));
        return out;
    }

    /** {@code s.split()}: split at runs of whitespace. */
    public static List<String> split(String s) {
        return split(s, null, -1);
    }

    /**
     * {@code s.rsplit(sep, maxsplit)}: like {@link #split(String, String, int)} but the splits are done from the
     * right.
     *
     * @param s the string
     * @param sep the separator, or {@code null} for runs of whitespace
     * @param maxsplit the most splits to do, negative for no limit
     * @return the pieces, in order
     * @throws TextError {@code ValueError: empty separator}
     */
    public static List<String> rsplit(String s, String sep, int maxsplit) {
        int max = maxsplit < 0 ? Integer.MAX_VALUE : maxsplit;
        List<String> out = new ArrayList<>();
        if (sep == null) {
            int i = s.length() - 1;
            while (max-- > 0) {
                while (i >= 0 && UnicodeTables.isSpace(s.charAt(i))) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                int j = i;
                i--;
                while (i >= 0 && !UnicodeTables.isSpace(s.charAt(i))) {
                    i--;
                }
                out.add(s.substring(i + 1, j + 1));
            }
            if (i >= 0) {
                while (i >= 0 && UnicodeTables.isSpace(s.charAt(i))) {
                    i--;
                }
                if (i >= 0) {
                    out.add(s.substring(0, i + 1));
                }
            }
            Collections.reverse(out);
            return out;
        }
        if (sep.isEmpty()) {
            throw emptySeparator();
        }
        int j = s.length();
        while (max-- > 0) {
            int from = j - sep.length();
            int pos = from < 0 ? -1 : lastIndexOf(s, sep, from);
            if (pos < 0) {
                break;
            }
            out.add(s.substring(pos + sep.length(), j));
            j = pos;
        }
        out.add(s.substring(0, j));
        Collections.reverse(out);
        return out;
    }

    /**
     * {@code s.splitlines(keepends)}: splits at {@code \n}, {@code \r}, {@code \r\n}, {@code \v}, {@code \f},
     * {@code \x1c}, {@code \x1d}, {@code \x1e}, {@code \x85}, U+2028 and U+2029.
     *
     * @param s the string
     * @param keepends whether each line keeps its line break
     * @return the lines; no empty string after a final line break
     */
    public static List<String> splitlines(String s, boolean keepends) {
        List<String> out = new ArrayList<>();
        int len = s.length();
        int i = 0;
        while (i < len) {
            int j = i;
            while (i < len && !UnicodeTables.isLineBreak(s.charAt(i))) {
                i++;
            }
            int eol = i;
            if (i < len) {
                if (s.charAt(i) == '\r' && i + 1 < len && s.charAt(i + 1) == '\n') {
                    i += 2;
                } else {
                    i++;
                }
                if (keepends) {
                    eol = i;
                }
            }
            out.add(s.substring(j, eol));
        }
        return out;
    }

    /**
     * {@code s.partition(sep)}.
     *
     * @param s the string
     * @param sep the separator
     * @return {@code {head, sep, tail}} split at the first {@code sep}, or {@code {s, "", ""}}
     * @throws TextError {@code ValueError: empty separator}
     */
    public static String[] partition(String s, String sep) {
        if (sep.isEmpty()) {
            throw emptySeparator();
        }
        int pos = indexOf(s, sep, 0);
        if (pos < 0) {
            return new String[] {s, "", ""};
        }
        return new String[] {s.substring(0, pos), sep, s.substring(pos + sep.length())};
    }

    /**
     * {@code s.rpartition(sep)}.
     *
     * @param s the string
     * @param sep the separator
     * @return {@code {head, sep, tail}} split at the last {@code sep}, or {@code {"", "", s}}
     * @throws TextError {@code ValueError: empty separator}
     */
    public static String[] rpartition(String s, String sep) {
        if (sep.isEmpty()) {
            throw emptySeparator();
        }
        int pos = lastIndexOf(s, sep, s.length());
        if (pos < 0) {
            return new String[] {"", "", s};
        }
        return new String[] {s.substring(0, pos), sep, s.substring(pos + sep.length())};
    }

    // ------------------------------------------------------------------ strip

    private static boolean stripped(int cp, String chars) {
        if (chars == null) {
            return UnicodeTables.isSpace(cp);
        }
        if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT && !Character.isSurrogate((char) cp)) {
            return chars.indexOf(cp) >= 0;
        }
        for (int i = 0; i < chars.length(); ) {
            int c = chars.codePointAt(i);
            if (c == cp) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private static String doStrip(String s, String chars, boolean left, boolean right) {
        int b = 0;
        int e = s.length();
        if (left) {
            while (b < e) {
                int cp = s.codePointAt(b);
                if (!stripped(cp, chars)) {
                    break;
                }
                b += Character.charCount(cp);
            }
        }
        if (right) {
            while (e > b) {
                int cp = s.codePointBefore(e);
                if (!stripped(cp, chars)) {
                    break;
                }
                e -= Character.charCount(cp);
            }
        }
        return s.substring(b, e);
    }

    /**
     * {@code s.strip(chars)}.
     *
     * @param s the string
     * @param chars the characters to remove from both ends, or {@code null} for whitespace
     * @return the stripped string
     */
    public static String strip(String s, String chars) {
        return doStrip(s, chars, true, true);
    }

    /**
     * {@code s.lstrip(chars)}.
     *
     * @param s the string
     * @param chars the characters to remove from the start, or {@code null} for whitespace
     * @return the stripped string
     */
    public static String lstrip(String s, String chars) {
        return doStrip(s, chars, true, false);
    }

    /**
     * {@code s.rstrip(chars)}.
     *
     * @param s the string
     * @param chars the characters to remove from the end, or {@code null} for whitespace
     * @return the stripped string
     */
    public static String rstrip(String s, String chars) {
        return doStrip(s, chars, false, true);
    }

    // ------------------------------------------------------------------ replace

    /**
     * {@code s.replace(old, new, count)}. An empty {@code old} inserts {@code replacement} before every character
     * and at the end, {@code count} times at most.
     *
     * @param s the string
     * @param old the substring to replace
     * @param replacement its replacement
     * @param count the most replacements to make, negative for all
     * @return the new string
     */
    public static String replace(String s, String old, String replacement, int count) {
        int max = count < 0 ? Integer.MAX_VALUE : count;
        if (max == 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        if (old.isEmpty()) {
            int i = 0;
            int n = 0;
            while (n < max) {
                sb.append(replacement);
                n++;
                if (i >= s.length()) {
                    break;
                }
                int cp = s.codePointAt(i);
                sb.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            sb.append(s, i, s.length());
            return sb.toString();
        }
        int i = 0;
        int n = 0;
        while (n < max) {
            int pos = indexOf(s, old, i);
            if (pos < 0) {
                break;
            }
            sb.append(s, i, pos).append(replacement);
            i = pos + old.length();
            n++;
        }
        if (n == 0) {
            return s;
        }
        sb.append(s, i, s.length());
        return sb.toString();
    }

    /** {@code s.replace(old, new)}: replaces every occurrence. */
    public static String replace(String s, String old, String replacement) {
        return replace(s, old, replacement, -1);
    }

    // ------------------------------------------------------------------ find family

    /**
     * {@code s.find(sub, start, end)}.
     *
     * @param s the string
     * @param sub the substring to look for
     * @param start where to start looking, or {@code null}
     * @param end where to stop looking, or {@code null}
     * @return the code point index of the first match in {@code s[start:end]}, or -1
     */
    public static int find(String s, String sub, Long start, Long end) {
        return findImpl(s, sub, start, end, true);
    }

    /** {@code s.find(sub)}. */
    public static int find(String s, String sub) {
        return findImpl(s, sub, null, null, true);
    }

    /**
     * {@code s.rfind(sub, start, end)}.
     *
     * @param s the string
     * @param sub the substring to look for
     * @param start where to start looking, or {@code null}
     * @param end where to stop looking, or {@code null}
     * @return the code point index of the last match in {@code s[start:end]}, or -1
     */
    public static int rfind(String s, String sub, Long start, Long end) {
        return findImpl(s, sub, start, end, false);
    }

    /** {@code s.rfind(sub)}. */
    public static int rfind(String s, String sub) {
        return findImpl(s, sub, null, null, false);
    }

    /**
     * {@code s.index(sub, start, end)}: {@link #find(String, String, Long, Long)} that raises when not found.
     *
     * @param s the string
     * @param sub the substring to look for
     * @param start where to start looking, or {@code null}
     * @param end where to stop looking, or {@code null}
     * @return the code point index of the first match
     * @throws TextError {@code ValueError: substring not found}
     */
    public static int index(String s, String sub, Long start, Long end) {
        int i = findImpl(s, sub, start, end, true);
        if (i < 0) {
            throw TextError.valueError("substring not found");
        }
        return i;
    }

    /**
     * {@code s.rindex(sub, start, end)}: {@link #rfind(String, String, Long, Long)} that raises when not found.
     *
     * @param s the string
     * @param sub the substring to look for
     * @param start where to start looking, or {@code null}
     * @param end where to stop looking, or {@code null}
     * @return the code point index of the last match
     * @throws TextError {@code ValueError: substring not found}
     */
    public static int rindex(String s, String sub, Long start, Long end) {
        int i = findImpl(s, sub, start, end, false);
        if (i < 0) {
            throw TextError.valueError("substring not found");
        }
        return i;
    }

    /**
     * {@code s.find(sub, start, end)} and {@code rfind} for a str whose surrogate check is known ({@code sSur}: a
     * PyStr caches it), so that a search from an offset costs what it searches, not a scan of the whole string (a
     * file read line by line with find was quadratic).
     */
    public static int find(String s, boolean sSur, String sub, Long start, Long end, boolean forward) {
        return findImpl(s, sSur, sub, start, end, forward);
    }

    private static int findImpl(String s, String sub, Long start, Long end, boolean forward) {
        return findImpl(s, hasSurrogates(s), sub, start, end, forward);
    }

    private static int findImpl(String s, boolean sSur, String sub, Long start, Long end, boolean forward) {
        boolean sur = sSur || hasSurrogates(sub);
        int len = sur ? length(s) : s.length();
        int subLen = sur ? length(sub) : sub.length();
        long[] se = adjust(start, end, len);
        if (se[1] - se[0] < subLen) {
            return -1;
        }
        int b = (int) se[0];
        int e = (int) se[1];
        if (subLen == 0) {
            return forward ? b : e;
        }
        int ob = offset(s, sur, b);
        int oe = offset(s, sur, e);
        int pos;
        if (forward) {
            pos = oe == s.length() ? indexOf(s, sub, ob) : indexOfWithin(s, sub, ob, oe);
            if (pos >= 0 && pos + sub.length() > oe) {
                pos = -1;
            }
        } else {
            int from = oe - sub.length();
            pos = from < ob ? -1 : lastIndexOf(s, sub, from);
            if (pos >= 0 && pos < ob) {
                pos = -1;
            }
        }
        return pos < 0 ? -1 : cpIndex(s, sur, pos);
    }

    /**
     * {@code s.count(sub, start, end)}: the number of non-overlapping occurrences.
     *
     * @param s the string
     * @param sub the substring to count; an empty one matches between every two characters and at both ends
     * @param start where to start counting, or {@code null}
     * @param end where to stop counting, or {@code null}
     * @return the count
     */
    public static int count(String s, String sub, Long start, Long end) {
        boolean sur = hasSurrogates(s) || hasSurrogates(sub);
        int len = sur ? length(s) : s.length();
        int subLen = sur ? length(sub) : sub.length();
        long[] se = adjust(start, end, len);
        if (se[1] - se[0] < subLen) {
            return 0;
        }
        if (subLen == 0) {
            return (int) (se[1] - se[0] + 1);
        }
        int ob = offset(s, sur, (int) se[0]);
        int oe = offset(s, sur, (int) se[1]);
        int n = 0;
        int i = ob;
        while (true) {
            int pos = indexOf(s, sub, i);
            if (pos < 0 || pos + sub.length() > oe) {
                return n;
            }
            n++;
            i = pos + sub.length();
        }
    }

    /** {@code s.count(sub)}. */
    public static int count(String s, String sub) {
        return count(s, sub, null, null);
    }

    private static boolean tailMatch(String s, String sub, Long start, Long end, boolean atEnd) {
        boolean sur = hasSurrogates(s) || hasSurrogates(sub);
        int len = sur ? length(s) : s.length();
        int subLen = sur ? length(sub) : sub.length();
        long[] se = adjust(start, end, len);
        long b = se[0];
        long e = se[1] - subLen;
        if (e < b) {
            return false;
        }
        if (subLen == 0) {
            return true;
        }
        int at = offset(s, sur, (int) (atEnd ? e : b));
        return s.startsWith(sub, at);
    }

    /**
     * {@code s.startswith(prefix, start, end)}.
     *
     * @param s the string
     * @param prefix the prefix
     * @param start where the slice starts, or {@code null}
     * @param end where the slice ends, or {@code null}
     * @return whether {@code s[start:end]} starts with {@code prefix}
     */
    public static boolean startswith(String s, String prefix, Long start, Long end) {
        return tailMatch(s, prefix, start, end, false);
    }

    /** {@code s.startswith(prefix)}. */
    public static boolean startswith(String s, String prefix) {
        return tailMatch(s, prefix, null, null, false);
    }

    /**
     * {@code s.endswith(suffix, start, end)}.
     *
     * @param s the string
     * @param suffix the suffix
     * @param start where the slice starts, or {@code null}
     * @param end where the slice ends, or {@code null}
     * @return whether {@code s[start:end]} ends with {@code suffix}
     */
    public static boolean endswith(String s, String suffix, Long start, Long end) {
        return tailMatch(s, suffix, start, end, true);
    }

    /** {@code s.endswith(suffix)}. */
    public static boolean endswith(String s, String suffix) {
        return tailMatch(s, suffix, null, null, true);
    }

    // ------------------------------------------------------------------ padding

    private static int fillChar(String fillChar) {
        if (fillChar == null) {
            return ' ';
        }
        if (fillChar.isEmpty() || fillChar.codePointCount(0, fillChar.length()) != 1) {
            throw TextError.typeError("The fill character must be exactly one character long");
        }
        return fillChar.codePointAt(0);
    }

    private static String pad(String s, int left, int right, int fill) {
        if (left <= 0 && right <= 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + Math.max(left, 0) + Math.max(right, 0));
        for (int i = 0; i < left; i++) {
            sb.appendCodePoint(fill);
        }
        sb.append(s);
        for (int i = 0; i < right; i++) {
            sb.appendCodePoint(fill);
        }
        return sb.toString();
    }

    /**
     * {@code s.center(width, fillchar)}; when the padding is odd the extra character goes left only if
     * {@code width} is odd, as CPython does.
     *
     * @param s the string
     * @param width the width to reach
     * @param fillChar the fill character, or {@code null} for a space
     * @return the padded string
     * @throws TextError {@code TypeError: The fill character must be exactly one character long}
     */
    public static String center(String s, int width, String fillChar) {
        int fill = fillChar(fillChar);
        int len = length(s);
        if (len >= width) {
            return s;
        }
        int marg = width - len;
        int left = marg / 2 + (marg & width & 1);
        return pad(s, left, marg - left, fill);
    }

    /**
     * {@code s.ljust(width, fillchar)}.
     *
     * @param s the string
     * @param width the width to reach
     * @param fillChar the fill character, or {@code null} for a space
     * @return the padded string
     * @throws TextError {@code TypeError: The fill character must be exactly one character long}
     */
    public static String ljust(String s, int width, String fillChar) {
        int fill = fillChar(fillChar);
        int len = length(s);
        return len >= width ? s : pad(s, 0, width - len, fill);
    }

    /**
     * {@code s.rjust(width, fillchar)}.
     *
     * @param s the string
     * @param width the width to reach
     * @param fillChar the fill character, or {@code null} for a space
     * @return the padded string
     * @throws TextError {@code TypeError: The fill character must be exactly one character long}
     */
    public static String rjust(String s, int width, String fillChar) {
        int fill = fillChar(fillChar);
        int len = length(s);
        return len >= width ? s : pad(s, width - len, 0, fill);
    }

    /**
     * {@code s.zfill(width)}: pads with zeros on the left, after a leading sign.
     *
     * @param s the string
     * @param width the width to reach
     * @return the padded string
     */
    public static String zfill(String s, int width) {
        int len = length(s);
        if (len >= width) {
            return s;
        }
        int fill = width - len;
        StringBuilder sb = new StringBuilder(width);
        int start = 0;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            sb.append(s.charAt(0));
            start = 1;
        }
        for (int i = 0; i < fill; i++) {
            sb.append('0');
        }
        sb.append(s, start, s.length());
        return sb.toString();
    }

    /**
     * {@code s.expandtabs(tabsize)}: replaces each tab by spaces up to the next multiple of {@code tabsize} columns;
     * {@code \n} and {@code \r} reset the column; a {@code tabsize} of 0 or less removes the tabs.
     *
     * @param s the string
     * @param tabsize the tab width
     * @return the expanded string
     */
    public static String expandtabs(String s, int tabsize) {
        if (s.indexOf('\t') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        long col = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                if (tabsize > 0) {
                    long incr = tabsize - (col % tabsize);
                    col += incr;
                    for (long k = 0; k < incr; k++) {
                        sb.append(' ');
                    }
                }
            } else {
                col++;
                sb.appendCodePoint(cp);
                if (cp == '\n' || cp == '\r') {
                    col = 0;
                }
            }
        }
        return sb.toString();
    }

    /** {@code s.expandtabs()}: tabs of 8 columns. */
    public static String expandtabs(String s) {
        return expandtabs(s, 8);
    }

    // ------------------------------------------------------------------ predicates

    /** The test one {@code str.isX} method applies to each character. */
    private interface CharTest {
        boolean test(int cp);
    }

    private static boolean all(String s, CharTest test) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!test.test(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** {@code s.isdigit()}: non-empty and every character has Numeric_Type Digit or Decimal. */
    public static boolean isdigit(String s) {
        return all(s, UnicodeTables::isDigit);
    }

    /** {@code s.isdecimal()}: non-empty and every character is a decimal digit (category Nd). */
    public static boolean isdecimal(String s) {
        return all(s, UnicodeTables::isDecimal);
    }

    /** {@code s.isnumeric()}: non-empty and every character has a Numeric_Type. */
    public static boolean isnumeric(String s) {
        return all(s, UnicodeTables::isNumeric);
    }

    /** {@code s.isalpha()}: non-empty and every character is a letter (categories Lm, Lt, Lu, Ll, Lo). */
    public static boolean isalpha(String s) {
        return all(s, UnicodeTables::isAlpha);
    }

    /** {@code s.isalnum()}: non-empty and every character is alphabetic, decimal, a digit or numeric. */
    public static boolean isalnum(String s) {
        return all(s, UnicodeTables::isAlnum);
    }

    /** {@code s.isspace()}: non-empty and every character is whitespace. */
    public static boolean isspace(String s) {
        return all(s, UnicodeTables::isSpace);
    }

    /** {@code s.isprintable()}: every character is printable (true for the empty string). */
    public static boolean isprintable(String s) {
        return s.isEmpty() || all(s, UnicodeTables::isPrintable);
    }

    /** {@code s.isascii()}: every character is below U+0080 (true for the empty string). */
    public static boolean isascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@code s.isupper()}: at least one cased character, and no lower-case or title-case one. */
    public static boolean isupper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (UnicodeTables.isLower(cp) || UnicodeTables.isTitle(cp)) {
                return false;
            }
            if (!cased && UnicodeTables.isUpper(cp)) {
                cased = true;
            }
        }
        return cased;
    }

    /** {@code s.islower()}: at least one cased character, and no upper-case or title-case one. */
    public static boolean islower(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (UnicodeTables.isUpper(cp) || UnicodeTables.isTitle(cp)) {
                return false;
            }
            if (!cased && UnicodeTables.isLower(cp)) {
                cased = true;
            }
        }
        return cased;
    }

    /**
     * {@code s.istitle()}: at least one cased character; upper-case and title-case characters only after uncased
     * ones, lower-case characters only after cased ones.
     */
    public static boolean istitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (UnicodeTables.isUpper(cp) || UnicodeTables.isTitle(cp)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (UnicodeTables.isLower(cp)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    // ------------------------------------------------------------------ case mapping

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** CPython's {@code handle_capital_sigma}: whether the U+03A3 at UTF-16 offset {@code i} ends a word. */
    private static boolean finalSigma(String s, int i) {
        int j = i;
        int c = 0;
        boolean found = false;
        while (j > 0) {
            c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!UnicodeTables.isCaseIgnorable(c)) {
                found = true;
                break;
            }
        }
        if (!found || !UnicodeTables.isCased(c)) {
            return false;
        }
        j = i + 1;
        while (j < s.length()) {
            c = s.codePointAt(j);
            j += Character.charCount(c);
            if (!UnicodeTables.isCaseIgnorable(c)) {
                return !UnicodeTables.isCased(c);
            }
        }
        return true;
    }

    /** Appends the lower-case mapping of the character at offset {@code i}, applying the final-sigma rule. */
    private static void appendLowerAt(StringBuilder sb, String s, int i, int cp) {
        if (cp == 0x3A3) {
            sb.append(finalSigma(s, i) ? '\u03C2' : '\u03C3');
        } else {
            UnicodeTables.appendLower(sb, cp);
        }
    }

    /** {@code s.lower()}: full lower-case mapping, with the final-sigma rule for U+03A3. */
    public static String lower(String s) {
        if (isAscii(s)) {
            return asciiLower(s);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            appendLowerAt(sb, s, i, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static String asciiLower(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = (char) (c + 32);
            }
        }
        return out == null ? s : new String(out);
    }

    private static String asciiUpper(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = (char) (c - 32);
            }
        }
        return out == null ? s : new String(out);
    }

    /** {@code s.upper()}: full upper-case mapping ({@code '\N{LATIN SMALL LETTER SHARP S}'.upper() == 'SS'}). */
    public static String upper(String s) {
        if (isAscii(s)) {
            return asciiUpper(s);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            UnicodeTables.appendUpper(sb, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** {@code s.casefold()}: full case folding ({@code '\N{LATIN SMALL LETTER SHARP S}'.casefold() == 'ss'}). */
    public static String casefold(String s) {
        if (isAscii(s)) {
            return asciiLower(s);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            UnicodeTables.appendFold(sb, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** {@code s.swapcase()}: upper-case characters to lower case and lower-case ones to upper case. */
    public static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (UnicodeTables.isUpper(cp)) {
                appendLowerAt(sb, s, i, cp);
            } else if (UnicodeTables.isLower(cp)) {
                UnicodeTables.appendUpper(sb, cp);
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /**
     * {@code s.title()}: each character after a cased one to lower case, each other one to title case (so
     * {@code "they're".title() == "They'Re"}, as in CPython).
     */
    public static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (previousCased) {
                appendLowerAt(sb, s, i, cp);
            } else {
                UnicodeTables.appendTitle(sb, cp);
            }
            previousCased = UnicodeTables.isCased(cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** {@code s.capitalize()}: the first character to title case, the rest to lower case. */
    public static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int cp = s.codePointAt(0);
        UnicodeTables.appendTitle(sb, cp);
        for (int i = Character.charCount(cp); i < s.length(); ) {
            cp = s.codePointAt(i);
            appendLowerAt(sb, s, i, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ repr

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static void hex(StringBuilder sb, int value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(value >> shift) & 0xF]);
        }
    }

    private static void escapeCodePoint(StringBuilder sb, int cp) {
        if (cp <= 0xFF) {
            sb.append("\\x");
            hex(sb, cp, 2);
        } else if (cp <= 0xFFFF) {
            sb.append("\\u");
            hex(sb, cp, 4);
        } else {
            sb.append("\\U");
            hex(sb, cp, 8);
        }
    }

    /**
     * Python's {@code repr(s)}: single quotes unless {@code s} holds a single quote and no double quote; escapes
     * for the quote, backslash, {@code \t}, {@code \n}, {@code \r}, {@code \xNN} for other control characters and
     * {@code \x7f}, and {@code \xNN}, {@code \}{@code uNNNN} or {@code \UNNNNNNNN} for other non-printable characters;
     * printable non-ASCII characters are kept.
     *
     * @param s the string
     * @return its repr
     */
    public static String repr(String s) {
        return repr(s, false);
    }

    /**
     * Python's {@code ascii(s)} for a string: {@link #repr(String)} with every non-ASCII character escaped.
     *
     * @param s the string
     * @return its ASCII-only repr
     */
    public static String ascii(String s) {
        return repr(s, true);
    }

    private static String repr(String s, boolean asciiOnly) {
        char quote = '\'';
        if (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) {
            quote = '"';
        }
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < ' ' || cp == 0x7F) {
                sb.append("\\x");
                hex(sb, cp, 2);
            } else if (cp < 0x7F) {
                sb.append((char) cp);
            } else if (!asciiOnly && UnicodeTables.isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else {
                escapeCodePoint(sb, cp);
            }
        }
        sb.append(quote);
        return sb.toString();
    }

    /**
     * Escapes every non-ASCII character of an already printable text the way Python's {@code ascii()} does after
     * {@code repr()}: {@code \xNN}, {@code \}{@code uNNNN} or {@code \UNNNNNNNN}.
     *
     * @param repr a repr
     * @return the repr with only ASCII characters
     */
    public static String escapeNonAscii(String repr) {
        if (isAscii(repr)) {
            return repr;
        }
        StringBuilder sb = new StringBuilder(repr.length() + 16);
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) cp);
            } else {
                escapeCodePoint(sb, cp);
            }
        }
        return sb.toString();
    }
}
