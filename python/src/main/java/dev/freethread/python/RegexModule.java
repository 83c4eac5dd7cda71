// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.list.PyList;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.python.text.StrMethods;
import dev.freethread.refcount.RefCount;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code _re} module under {@code re.py}: Python's regular expressions over {@link java.util.regex}. A Python
 * pattern is translated once (named groups become numbered ones with the names kept here, {@code \Z} becomes
 * {@code \z}, {@code {,n}} gets its zero, a brace that is not a quantifier and a bracket inside a class are escaped),
 * and compiled with the flags that give Python's meaning: {@code UNIX_LINES} (only {@code \n} ends a line),
 * {@code UNICODE_CHARACTER_CLASS} unless {@code re.ASCII} ({@code \w}, {@code \d}, {@code \s} and {@code \b} are
 * Unicode for str patterns), and search positions that do not move {@code ^}. Indices are code points, as Python's.
 * Conditional groups {@code (?(1)yes|no)}, which Java lacks, are rewritten over marker groups ({@link Translation#markers}):
 * the Python groups then map to other Java groups ({@link PyPattern#javaGroup}).
 */
final class RegexModule {
    private RegexModule() {
    }

    static final int I = 2;
    static final int L = 4;
    static final int M = 8;
    static final int S = 16;
    static final int U = 32;
    static final int X = 64;
    static final int A = 256;

    /** A compiled pattern ({@code re.Pattern}). */
    static final class PyPattern extends PyObject {
        static final PyType TYPE = PyType.staticType("re.Pattern", 0);

        final String source;
        final int flags;
        final Pattern compiled;
        final int groups;
        /** Group names to numbers, in the order they appear. */
        final java.util.LinkedHashMap<String, Integer> groupIndex;
        /** The Java group of each group (0 first), or null where they are the same (Translation.markers). */
        final int[] javaGroup;

        PyPattern(ThreadState ts, String source, int flags, Pattern compiled, int groups,
                  java.util.LinkedHashMap<String, Integer> groupIndex, int[] javaGroup) {
            super(TYPE, ts);
            this.source = source;
            this.flags = flags;
            this.compiled = compiled;
            this.groups = groups;
            this.groupIndex = groupIndex;
            this.javaGroup = javaGroup;
        }

        /** Patterns are equal when their source and flags are, as CPython's pattern_richcompare. */
        @Override
        public PyObject richCompare(ThreadState ts, PyObject other, dev.freethread.objects.CompareOp op) {
            if (!(other instanceof PyPattern) || op != dev.freethread.objects.CompareOp.EQ
                    && op != dev.freethread.objects.CompareOp.NE) {
                return dev.freethread.objects.PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyPattern o = (PyPattern) other;
            boolean eq = o == this || flags == o.flags && source.equals(o.source);
            return PyBool.of(eq == (op == dev.freethread.objects.CompareOp.EQ));
        }

        @Override
        public long pyHash(ThreadState ts) {
            PyObject text = PyStr.of(ts, source);
            try {
                long h = text.pyHash(ts) ^ (flags * 1000003L);
                return h == -1 ? -2 : h;
            } finally {
                RefCount.decref(ts, text);
            }
        }

        /** {@link #nonEmptyHere}'s pattern, made on first use. */
        private volatile Pattern nonEmptyHere;

        /**
         * The pattern that finds what {@link #compiled} finds, except an empty match where the search starts (the
         * region's start, which {@code \G} is after a reset): Python's next search after an empty match.
         */
        Pattern nonEmptyHere() {
            Pattern p = nonEmptyHere;
            if (p == null) {
                p = Pattern.compile("(?:" + compiled.pattern() + ")(?!\\G)", compiled.flags());
                nonEmptyHere = p; // racy but idempotent: any thread's copy is the same pattern
            }
            return p;
        }

        /** CPython's pattern_repr: the pattern's repr cut at 200 characters, then the flags by name, the rest in hex. */
        @Override
        public String repr(ThreadState ts) {
            String r = StrMethods.repr(source);
            if (r.codePointCount(0, r.length()) > 200) {
                r = r.substring(0, r.offsetByCodePoints(0, 200));
            }
            StringBuilder b = new StringBuilder("re.compile(").append(r);
            int shown = (flags & (L | U | A)) == U ? flags & ~U : flags; // a str pattern's default UNICODE unsaid
            if (shown != 0) {
                java.util.List<String> names = new java.util.ArrayList<>();
                String[] n = {"IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "UNICODE", "VERBOSE", "DEBUG", "ASCII"};
                for (int bit = 1; bit <= n.length; bit++) {
                    if ((shown & (1 << bit)) != 0) {
                        names.add("re." + n[bit - 1]);
                        shown &= ~(1 << bit);
                    }
                }
                if (shown != 0) {
                    names.add("0x" + Integer.toHexString(shown));
                }
                b.append(", ").append(String.join("|", names));
            }
            return b.append(')').toString();
        }
    }

    /** One match ({@code re.Match}): the subject, the pattern and the groups' code-point spans. */
    static final class PyMatch extends PyObject {
        static final PyType TYPE = PyType.staticType("re.Match", PyType.FLAG_GC);

        private volatile PyObject pattern;
        private volatile PyObject string;
        final String subject;
        /** start and end of each group (group 0 first), in code points; -1 where a group did not take part. */
        final int[] spans;
        final int pos;
        final int endpos;
        final int lastindex;

        PyMatch(ThreadState ts, PyPattern pattern, PyStr string, Matcher m, int pos, int endpos) {
            super(TYPE, ts);
            RefCount.incref(ts, pattern);
            RefCount.incref(ts, string);
            this.pattern = pattern;
            this.string = string;
            this.subject = string.value();
            this.pos = pos;
            this.endpos = endpos;
            int[] map = pattern.javaGroup;
            int n = map == null ? m.groupCount() : map.length - 1;
            spans = new int[2 * (n + 1)];
            int last = -1;
            int lastJava = -1;
            for (int g = 0; g <= n; g++) {
                int jg = map == null ? g : map[g];
                int s = m.start(jg);
                spans[2 * g] = s < 0 ? -1 : cp(subject, s);
                spans[2 * g + 1] = s < 0 ? -1 : cp(subject, m.end(jg));
                // the group that closed last: the greatest end, then the outermost (smallest start, then index)
                if (g > 0 && s >= 0 && (last < 0 || m.end(jg) > m.end(lastJava)
                        || m.end(jg) == m.end(lastJava) && s < m.start(lastJava))) {
                    last = g;
                    lastJava = jg;
                }
            }
            this.lastindex = last;
        }

        PyPattern pattern() {
            return (PyPattern) pattern;
        }

        PyStr string() {
            return (PyStr) string;
        }

        String group(int g) {
            int s = spans[2 * g];
            return s < 0 ? null : substring(subject, s, spans[2 * g + 1]);
        }

        @Override
        public String repr(ThreadState ts) {
            return "<re.Match object; span=(" + spans[0] + ", " + spans[1] + "), match=" + StrMethods.repr(group(0))
                    + ">";
        }

        @Override
        public void traverse(ReferenceVisitor v) {
            PyObject p = pattern;
            if (p != null) {
                v.visit(p);
            }
            PyObject s = string;
            if (s != null) {
                v.visit(s);
            }
        }

        @Override
        public void clearReferences(ReferenceVisitor v) {
            PyObject p = pattern;
            pattern = null;
            PyObject s = string;
            string = null;
            if (p != null) {
                v.visit(p);
            }
            if (s != null) {
                v.visit(s);
            }
        }
    }

    /** The code-point index of UTF-16 index {@code i} of {@code s}. */
    static int cp(String s, int i) {
        return s.codePointCount(0, i);
    }

    /** The UTF-16 index of code-point index {@code i} of {@code s} (clamped to the string). */
    static int utf16(String s, int i) {
        int n = s.codePointCount(0, s.length());
        i = Math.max(0, Math.min(i, n));
        return s.offsetByCodePoints(0, i);
    }

    static String substring(String s, int cpStart, int cpEnd) {
        int a = s.offsetByCodePoints(0, cpStart);
        return s.substring(a, s.offsetByCodePoints(a, cpEnd - cpStart));
    }

    // ---- translation

    /** A Python pattern as a Java one: the groups counted and named, Python-only syntax rewritten. */
    private static final class Translation {
        final StringBuilder out = new StringBuilder();
        final java.util.LinkedHashMap<String, Integer> names = new java.util.LinkedHashMap<>();
        int groups;
        int extraFlags;
        /**
         * Whether each group ends in an empty marker group (a pattern with conditionals): {@code (?(n)yes|no)} becomes
         * {@code (?:(?=\M)yes|(?!\M)no)}, M the marker of group n, since a Java back reference to a group that did
         * not take part fails and to one that did (always empty here) succeeds; Java has no conditionals.
         */
        boolean markers;
        /** The Java group of each Python group (index 0: the whole match); markers shift them. */
        final java.util.ArrayList<Integer> javaOf = new java.util.ArrayList<>(java.util.List.of(0));
        /** The Java marker group of each closed Python group (markers only). */
        final java.util.HashMap<Integer, Integer> markerOf = new java.util.HashMap<>();
        int javaGroups;
        /** The first conditional that refers to a group after it: {group, position}, or null. */
        int[] forwardRef;
        /** The open parentheses: {kind, data, flag}: kind 0 any, 1 a group (data: its number), 2 a conditional. */
        final java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>();

        /** Whether group {@code g} is still open (a reference to it inside it). */
        boolean isOpen(int g) {
            for (int[] o : open) {
                if (o[0] == 1 && o[1] == g) {
                    return true;
                }
            }
            return false;
        }

        void openGroup() {
            groups++;
            javaGroups++;
            javaOf.add(javaGroups);
            open.push(new int[] {1, groups, 0});
        }

        /** The Java number of Python group {@code g}, for a back reference (unmapped past the groups known). */
        int java(int g) {
            return g < javaOf.size() ? javaOf.get(g) : g;
        }

        /** The map of Python groups to Java ones, or null where they are the same. */
        int[] groupMap() {
            if (!markers) {
                return null;
            }
            int[] m = new int[javaOf.size()];
            for (int g = 0; g < m.length; g++) {
                m[g] = javaOf.get(g);
            }
            return m;
        }
    }

    /**
     * Python's {@code \s} for str patterns is str.isspace(): Java's Unicode {@code \s} (White_Space) less
     * U+001C..U+001F, which Python counts as space (they are separators in Unicode's bidirectional classes).
     */
    /** What may come before global flags: more of them (and in verbose mode, whitespace and comments). */
    private static final Pattern GLOBAL_FLAGS = Pattern.compile("(?:\\(\\?[aiLmsux]+\\))*");
    private static final Pattern GLOBAL_FLAGS_VERBOSE = Pattern.compile("(?:\\(\\?[aiLmsux]+\\)|\\s|#[^\\n]*)*");

    /** The flag of each inline flag letter of {@code "aiLmsux"}. */
    private static final int[] INLINE_FLAGS = {A, I, L, M, S, U, X};

    private static final String EXTRA_SPACE = "\\x1c-\\x1f";

    private static Translation translate(PyThread t, PyObject module, String p, boolean verbose,
            boolean unicodeSpace, boolean multiline) {
        Translation tr = new Translation();
        tr.markers = p.contains("(?("); // a conditional (perhaps): every group gets a marker
        StringBuilder o = tr.out;
        int n = p.length();
        boolean inClass = false;
        int classStart = -1;
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                if (i + 1 >= n) {
                    throw error(t, module, "bad escape (end of pattern)", p, i);
                }
                char d = p.charAt(i + 1);
                if (d == 'Z' && !inClass) {
                    o.append("\\z");
                } else if (d == 'x' || d == 'u' || d == 'U') {
                    // exactly 2, 4 or 8 hex digits, as sre_parse reads them (Java takes fewer, and \\x{...})
                    int want = d == 'x' ? 2 : d == 'u' ? 4 : 8;
                    int j = i + 2;
                    while (j < n && j < i + 2 + want && Character.digit(p.charAt(j), 16) >= 0
                            && p.charAt(j) < 128) {
                        j++;
                    }
                    if (j - i - 2 != want) {
                        throw error(t, module, "incomplete escape " + p.substring(i, j), p, i);
                    }
                    long v = Long.parseLong(p.substring(i + 2, j), 16);
                    if (v > Character.MAX_CODE_POINT) {
                        throw error(t, module, "bad escape " + p.substring(i, j), p, i);
                    }
                    o.append("\\x{").append(Long.toHexString(v)).append('}');
                    i = j - 1;
                    continue;
                } else if (d == 'N' && (i + 2 >= n || p.charAt(i + 2) != '{')) {
                    throw error(t, module, "missing {", p, i + 2);
                } else if (d == 'N' && i + 2 < n && p.charAt(i + 2) == '{') {
                    int close = p.indexOf('}', i);
                    if (close < 0) { // sre_parse's messages (a Java StringIndexOutOfBoundsException before)
                        throw error(t, module, i + 3 >= n ? "missing character name"
                                : "missing }, unterminated name", p, i + 3);
                    }
                    String name = p.substring(i + 3, close);
                    if (name.isEmpty()) {
                        throw error(t, module, "missing character name", p, i + 3);
                    }
                    // the name as unicodedata.lookup reads it (aliases too; named sequences are no character)
                    int cp = UnicodeDataModule.lookup(name);
                    if (cp < 0) {
                        throw error(t, module, "undefined character name " + StrMethods.repr(name), p, i);
                    }
                    o.append("\\x{").append(Integer.toHexString(cp)).append('}');
                    i = close;
                    continue;
                } else if (inClass && (d == '8' || d == '9')) {
                    throw error(t, module, "bad escape \\" + d, p, i);
                } else if (d >= '0' && d <= '7' && (inClass || d == '0' || i + 3 < n
                        && isOctalDigit(p.charAt(i + 2)) && isOctalDigit(p.charAt(i + 3)))) {
                    // an octal escape (Python's): up to three digits in a class or after \0, exactly three
                    // elsewhere (\1 to \99 are group references); Java wants \0 before every octal escape
                    int j = i + 1;
                    int limit = i + 4;
                    int v = 0;
                    while (j < n && j < limit && isOctalDigit(p.charAt(j))) {
                        v = v * 8 + (p.charAt(j) - '0');
                        j++;
                    }
                    if (v > 0377) {
                        throw error(t, module, "octal escape value \\" + p.substring(i + 1, j)
                                + " outside of range 0-0o377", p, i);
                    }
                    o.append("\\x{").append(Integer.toHexString(v)).append('}');
                    i = j - 1;
                    continue;
                } else if (!inClass && d >= '1' && d <= '9') {
                    int j = i + 1;
                    while (j < n && j < i + 3 && Character.isDigit(p.charAt(j))) {
                        j++;
                    }
                    int ref = Integer.parseInt(p.substring(i + 1, j));
                    if (ref > tr.groups) { // sre_parse's checks: a group before this point, closed
                        throw error(t, module, "invalid group reference " + ref, p, i + 1);
                    }
                    if (tr.isOpen(ref)) {
                        throw error(t, module, "cannot refer to an open group", p, i);
                    }
                    o.append('\\').append(tr.markers ? String.valueOf(tr.java(Integer.parseInt(p.substring(i + 1, j))))
                            : p.substring(i + 1, j));
                    if (j < n && Character.isDigit(p.charAt(j))) {
                        o.append("(?:)"); // Java would read a following digit into the group number
                    }
                    i = j - 2;
                } else if (d < 128 && Character.isLetter(d) && ("dDwWsSbBAnrtfvx0abuU".indexOf(d) < 0
                        || inClass && (d == 'A' || d == 'B'))) { // a set holds no anchor
                    throw error(t, module, "bad escape \\" + d, p, i);
                } else if (d == 'B' && !inClass) {
                    o.append("(?:(?!\\A\\z)\\B)"); // never in the empty string, as CPython 3.13's (Java's matches)
                } else if (d == 'v') {
                    o.append("\\x0B");
                } else if (d == 'a') {
                    o.append("\\x07");
                } else if (d == 'b' && inClass) {
                    o.append("\\x08");
                } else if (d == 's' && unicodeSpace) {
                    o.append(inClass ? "\\s" + EXTRA_SPACE : "[\\s" + EXTRA_SPACE + "]");
                } else if (d == 'S' && unicodeSpace) {
                    o.append(inClass ? "[\\S&&[^" + EXTRA_SPACE + "]]" : "[^\\s" + EXTRA_SPACE + "]");
                } else {
                    o.append(c).append(d);
                }
                i++;
                continue;
            }
            if (inClass) {
                if (c == ']' && i > classStart + 1 && !(i == classStart + 2 && p.charAt(classStart + 1) == '^')) {
                    inClass = false;
                    o.append(c);
                } else if (c == '[' || c == '&' || (c == '#' || c == ' ') && verbose) {
                    o.append('\\').append(c);
                } else if (c == ']') {
                    o.append("\\]");
                } else {
                    o.append(c);
                }
                continue;
            }
            if (verbose && c == '#') {
                // a verbose comment runs to the end of the line: its parentheses are no groups (test_strtod's
                // "(possibly empty)" counted one, and every later group's number was off by one)
                while (i + 1 < n && p.charAt(i + 1) != '\n') {
                    i++;
                }
                continue;
            }
            switch (c) {
                case '[':
                    inClass = true;
                    classStart = i;
                    o.append(c);
                    if (i + 1 < n && p.charAt(i + 1) == '^') {
                        o.append('^');
                        i++;
                        classStart = i - 1;
                    }
                    break;
                case '(':
                    if (i + 1 < n && p.charAt(i + 1) == '?') {
                        if (i + 2 < n && p.charAt(i + 2) == 'P') {
                            if (i + 3 < n && p.charAt(i + 3) == '<') { // (?P<name>...)
                                int close = p.indexOf('>', i);
                                if (close < 0) {
                                    throw error(t, module, "missing >, unterminated name", p, i + 4);
                                }
                                String name = p.substring(i + 4, close);
                                if (name.isEmpty()) {
                                    throw error(t, module, "missing group name", p, i + 4);
                                }
                                if (!isIdentifier(name)) {
                                    throw error(t, module, "bad character in group name '" + name + "'", p, i + 4);
                                }
                                if (tr.names.containsKey(name)) {
                                    throw error(t, module, "redefinition of group name '" + name + "' as group "
                                            + (tr.groups + 1) + "; was group " + tr.names.get(name), p, i + 4);
                                }
                                tr.openGroup();
                                tr.names.put(name, tr.groups);
                                o.append('(');
                                i = close;
                            } else if (i + 3 < n && p.charAt(i + 3) == '=') { // (?P=name)
                                int close = p.indexOf(')', i);
                                if (close < 0) {
                                    throw error(t, module, "missing ), unterminated name", p, i + 4);
                                }
                                String name = p.substring(i + 4, close);
                                if (name.isEmpty()) {
                                    throw error(t, module, "missing group name", p, i + 4);
                                }
                                Integer g = tr.names.get(name);
                                if (g == null) {
                                    throw error(t, module, "unknown group name '" + name + "'", p, i + 4);
                                }
                                o.append("(?:\\").append(tr.java(g)).append(')');
                                i = close;
                            } else {
                                throw error(t, module, "unknown extension ?P" + (i + 3 < n ? p.charAt(i + 3) : ""),
                                        p, i + 1);
                            }
                        } else if (i + 2 < n && p.charAt(i + 2) == '<' && i + 3 < n && p.charAt(i + 3) != '='
                                && p.charAt(i + 3) != '!') { // (?<name>...): not Python 3.13's (sre_parse refuses it)
                            throw error(t, module, "unknown extension ?<" + p.charAt(i + 3), p, i + 1);
                        } else if (i + 2 < n && p.charAt(i + 2) == '(') { // (?(group)yes|no)
                            i = conditional(t, module, tr, p, i);
                        } else if (i + 2 < n && p.charAt(i + 2) == '#') { // a comment group
                            int close = p.indexOf(')', i);
                            if (close < 0) { // it looped from the pattern's start for ever before
                                throw error(t, module, "missing ), unterminated comment", p, i);
                            }
                            i = close;
                        } else {
                            // inline flags: (?aiLmsux) and (?flags:...); a and L are Python's only
                            int j = i + 2;
                            StringBuilder fl = new StringBuilder();
                            while (j < n && "aiLmsux-".indexOf(p.charAt(j)) >= 0) {
                                char f = p.charAt(j);
                                if (f == 'a') {
                                    tr.extraFlags |= A;
                                } else if (f != 'L' && f != 'u') {
                                    fl.append(f == 'x' ? 'x' : f);
                                }
                                j++;
                            }
                            if (j > i + 2) {
                                if (j < n && p.charAt(j) == ')' && p.lastIndexOf('-', j) < i) {
                                    // global flags, (?imx): the pattern's flags include them, as CPython's; only
                                    // at the start (after other global flags, and a verbose pattern's spaces)
                                    if (!(verbose ? GLOBAL_FLAGS_VERBOSE : GLOBAL_FLAGS).matcher(p).region(0, i)
                                            .matches()) {
                                        throw error(t, module, "global flags not at the start of the expression", p,
                                                i);
                                    }
                                    for (int k = i + 2; k < j; k++) {
                                        tr.extraFlags |= INLINE_FLAGS["aiLmsux".indexOf(p.charAt(k))];
                                    }
                                    if (fl.indexOf("x") >= 0) {
                                        verbose = true; // (?x) for the whole pattern: comments from here on
                                    }
                                }
                                o.append("(?").append(fl);
                                if (fl.length() == 0 && j < n && p.charAt(j) == ')') {
                                    o.append(":"); // (?a) alone: an empty group
                                }
                                tr.open.push(new int[] {0, 0, 0});
                                i = j - 1;
                            } else {
                                o.append("(?");
                                tr.open.push(new int[] {0, 0, 0});
                                i++;
                            }
                        }
                    } else {
                        tr.openGroup();
                        o.append('(');
                    }
                    break;
                case ')': {
                    int[] top = tr.open.poll();
                    if (top != null && top[0] == 1 && tr.markers) {
                        tr.javaGroups++; // the group's marker: empty, and set only where the group took part
                        tr.markerOf.put(top[1], tr.javaGroups);
                        o.append("()");
                    } else if (top != null && top[0] == 2 && top[2] == 0) {
                        o.append("|(?!\\").append(top[1]).append(')'); // no "no" branch: empty when unset
                    }
                    o.append(')');
                    break;
                }
                case '|': {
                    int[] top = tr.open.peek();
                    if (top != null && top[0] == 2) {
                        if (top[2] != 0) {
                            throw error(t, module, "conditional backref with more than two branches", p, i);
                        }
                        top[2] = 1;
                        o.append("|(?!\\").append(top[1]).append(')');
                    } else {
                        o.append('|');
                    }
                    break;
                }
                case '{': {
                    int j = i + 1;
                    while (j < n && Character.isDigit(p.charAt(j))) {
                        j++;
                    }
                    boolean lower = j > i + 1;
                    boolean quant = false;
                    if (j < n && p.charAt(j) == '}') {
                        quant = lower;
                    } else if (j < n && p.charAt(j) == ',') {
                        int k = j + 1;
                        while (k < n && Character.isDigit(p.charAt(k))) {
                            k++;
                        }
                        quant = k < n && p.charAt(k) == '}' && (lower || k > j + 1);
                        if (quant && !lower) {
                            o.append("{0");
                            i = j - 1;
                            break;
                        }
                    }
                    o.append(quant ? "{" : "\\{");
                    break;
                }
                case '}':
                    o.append(isQuantifierEnd(p, i) ? "}" : "\\}");
                    break;
                case '^':
                    // MULTILINE: at the start and after every '\n', the string's end too (Java's ^ is not there)
                    o.append(multiline ? "(?<![^\\n])" : "^");
                    break;
                default:
                    o.append(c);
            }
        }
        if (inClass) {
            throw error(t, module, "unterminated character set", p, classStart);
        }
        if (tr.forwardRef != null) {
            throw error(t, module, tr.forwardRef[0] > tr.groups ? "invalid group reference " + tr.forwardRef[0]
                    : "a conditional that refers to a later group is not supported by ftpython", p, tr.forwardRef[1]);
        }
        return tr;
    }

    /**
     * {@code (?(ref)}: checks the group reference as sre_parse does and opens {@code (?:(?=\M)}, M the group's marker;
     * the {@code |} and {@code )} that belong to it finish the rewriting. Answers the index of the reference's
     * {@code )}.
     */
    private static int conditional(PyThread t, PyObject module, Translation tr, String p, int i) {
        int at = i + 3;
        int close = p.indexOf(')', at);
        if (close < 0) {
            throw error(t, module, at >= p.length() ? "missing group name" : "missing ), unterminated name", p, at);
        }
        String ref = p.substring(at, close);
        if (ref.isEmpty()) {
            throw error(t, module, "missing group name", p, at);
        }
        int g;
        if (ref.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            g = ref.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(ref);
            if (g == 0) {
                throw error(t, module, "bad group number", p, at);
            }
        } else if (!isIdentifier(ref)) {
            throw error(t, module, "bad character in group name '" + ref + "'", p, at);
        } else {
            Integer named = tr.names.get(ref);
            if (named == null) {
                throw error(t, module, "unknown group name '" + ref + "'", p, at);
            }
            g = named;
        }
        Integer marker = tr.markerOf.get(g);
        if (marker == null && g <= tr.groups) {
            throw error(t, module, "a conditional inside the group it refers to is not supported by ftpython", p, at);
        }
        if (marker == null) { // a later group, or none: which one is known at the pattern's end
            if (tr.forwardRef == null) {
                tr.forwardRef = new int[] {g, at};
            }
            marker = 0;
        }
        tr.out.append("(?:(?=\\").append(marker).append(')');
        tr.open.push(new int[] {2, marker, 0});
        return close;
    }

    private static boolean isOctalDigit(char c) {
        return c >= '0' && c <= '7';
    }

    private static boolean isQuantifierEnd(String p, int i) {
        int j = i - 1;
        while (j >= 0 && (Character.isDigit(p.charAt(j)) || p.charAt(j) == ',')) {
            j--;
        }
        return j >= 0 && j < i - 1 && p.charAt(j) == '{' && (j == 0 || p.charAt(j - 1) != '\\');
    }

    /** Whether a group name is a Python identifier (PEP 3131, by code point: names beyond the BMP too). */
    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !UnicodeDataModule.isXidStart(s.codePointAt(0))) {
            return false;
        }
        for (int i = Character.charCount(s.codePointAt(0)); i < s.length(); i += Character.charCount(
                s.codePointAt(i))) {
            if (!UnicodeDataModule.isXidContinue(s.codePointAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code re.error} (the module's class, set by re.py) with CPython's message form. */
    private static PyRaise error(PyThread t, PyObject module, String msg, String pattern, int pos) {
        PyObject cls = Ops.getAttrOrNull(t, module, t.interp.str("error"));
        String text = pos >= 0 ? msg + " at position " + pos : msg;
        if (cls == null) {
            return Errors.raise(t, "ValueError", text);
        }
        // re.PatternError(msg, pattern, pos) composes "msg at position pos" (and the line and column), as CPython's
        PyObject msgObj = PyStr.of(t.ts, msg);
        PyObject patObj = PyStr.of(t.ts, pattern);
        PyObject posObj = pos >= 0 ? PyInt.of(t.ts, pos) : PyNone.NONE;
        try {
            PyObject e = Ops.call(t, cls, new PyObject[] {msgObj, patObj, posObj}, null);
            if (e instanceof PyBaseExc) {
                return new PyRaise((PyBaseExc) e);
            }
            RefCount.decref(t.ts, e);
            return Errors.raise(t, "ValueError", text);
        } finally {
            RefCount.decref(t.ts, msgObj);
            RefCount.decref(t.ts, patObj);
            RefCount.decref(t.ts, posObj);
            RefCount.decref(t.ts, cls);
        }
    }

    /**
     * CPython's {@code sre_parse} message and position for a pattern Java refused: unbalanced or unterminated
     * parentheses, a repeat with nothing to repeat or of a repeat, {@code {m,n}} with m > n, a reversed character
     * range, and {@code (?} at the end; null for anything else. Escapes and character classes are skipped over as
     * sre_parse reads them; in verbose mode, whitespace and comments too.
     */
    static Object[] cpythonError(String p, boolean verbose) {
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        int n = p.length();
        boolean canRepeat = false; // something before that a quantifier may apply to
        boolean afterRepeat = false;
        boolean afterModifier = false; // a repeat's lazy or possessive mark was read: nothing more may follow
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            if (verbose && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b)) {
                continue;
            }
            if (verbose && c == '#') {
                while (i < n && p.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            switch (c) {
                case '\\':
                    i++;
                    canRepeat = true;
                    afterRepeat = false;
                    afterModifier = false;
                    break;
                case '[': {
                    int start = i;
                    int j = i + 1;
                    if (j < n && p.charAt(j) == '^') {
                        j++;
                    }
                    boolean first = true;
                    int prev = -1; // the previous literal in the set, for a range
                    for (; j < n; j++) {
                        char d = p.charAt(j);
                        if (d == ']' && !first) {
                            break;
                        }
                        first = false;
                        int lit;
                        int litAt = j;
                        if (d == '\\') {
                            j++;
                            lit = j < n && Character.isLetterOrDigit(p.charAt(j)) ? -1 : j < n ? p.charAt(j) : -1;
                        } else {
                            lit = d;
                        }
                        if (d == '-' && prev >= 0 && j + 1 < n && p.charAt(j + 1) != ']') {
                            char e = p.charAt(j + 1);
                            if (e == '\\' && j + 2 < n && "dDsSwW".indexOf(p.charAt(j + 2)) >= 0) {
                                return new Object[] {"bad character range " + (char) prev + "-\\" + p.charAt(j + 2),
                                    litAt - 1};
                            }
                            int hi = e == '\\' ? -1 : e;
                            if (hi >= 0 && hi < prev) {
                                return new Object[] {"bad character range " + (char) prev + "-" + e, litAt - 1};
                            }
                            j++;
                            prev = -1;
                            continue;
                        }
                        prev = lit;
                    }
                    if (j >= n) {
                        return new Object[] {"unterminated character set", start};
                    }
                    i = j;
                    canRepeat = true;
                    afterRepeat = false;
                    afterModifier = false;
                    break;
                }
                case '(':
                    if (i + 1 < n && p.charAt(i + 1) == '?' && i + 2 >= n) {
                        return new Object[] {"unexpected end of pattern", i + 2};
                    }
                    java.util.regex.Matcher flags = java.util.regex.Pattern.compile("\\(\\?[aiLmsux-]+\\)")
                            .matcher(p).region(i, n);
                    if (flags.lookingAt()) { // (?i): flags, no item: a repeat after it repeats nothing
                        i = flags.end() - 1;
                        afterRepeat = false;
                        afterModifier = false;
                        break;
                    }
                    open.push(i);
                    canRepeat = false;
                    afterRepeat = false;
                    afterModifier = false;
                    if (i + 1 < n && p.charAt(i + 1) == '?') {
                        // (?:, (?P<name>, (?=, (?<!, (?i:...: the prefix is no item, so a repeat right after it
                        // repeats nothing
                        java.util.regex.Matcher prefix = java.util.regex.Pattern.compile(
                                "\\(\\?(?:[:=!>]|<[=!]|P<[^>]*>|[aiLmsux]*-?[aiLmsux]*:)").matcher(p).region(i, n);
                        i = prefix.lookingAt() ? prefix.end() - 1 : i + 1;
                    }
                    break;
                case ')':
                    if (open.isEmpty()) {
                        return new Object[] {"unbalanced parenthesis", i};
                    }
                    open.pop();
                    canRepeat = true;
                    afterRepeat = false;
                    afterModifier = false;
                    break;
                case '|':
                    canRepeat = false;
                    afterRepeat = false;
                    afterModifier = false;
                    break;
                case '*':
                case '+':
                case '?':
                case '{': {
                    int end = i;
                    if (c == '{') {
                        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d*)(,(\\d*))?\\}")
                                .matcher(p).region(i, n);
                        if (!m.lookingAt()) { // a literal '{'
                            canRepeat = true;
                            afterRepeat = false;
                            afterModifier = false;
                            break;
                        }
                        end = m.end() - 1;
                        String lo = m.group(1);
                        String hi = m.group(2) == null ? lo : m.group(3);
                        if (!lo.isEmpty() && !hi.isEmpty() && lo.length() < 10 && hi.length() < 10
                                && Long.parseLong(lo) > Long.parseLong(hi)) {
                            return new Object[] {"min repeat greater than max repeat", i + 1};
                        }
                    }
                    if (afterRepeat) {
                        if ((c == '?' || c == '+') && !afterModifier) {
                            afterModifier = true; // lazy x*? (and Python 3.11's possessive x*+, x{1,2}+)
                            i = end;
                            break;
                        }
                        return new Object[] {"multiple repeat", i}; // x** and x*?* alike
                    }
                    if (!canRepeat) {
                        return new Object[] {"nothing to repeat", i};
                    }
                    afterRepeat = true;
                    afterModifier = false;
                    i = end;
                    break;
                }
                default:
                    canRepeat = c != '^' && c != '$' || canRepeat;
                    afterRepeat = false;
                    afterModifier = false;
            }
        }
        if (!open.isEmpty()) {
            return new Object[] {"missing ), unterminated subpattern", open.peek()};
        }
        return null;
    }

    static PyPattern compile(PyThread t, PyObject module, String source, int flags) {
        Translation tr = translate(t, module, source, (flags & X) != 0, (flags & A) == 0, (flags & M) != 0);
        if ((tr.extraFlags & A) != 0 && (flags & A) == 0 // an inline (?a): \s is ASCII's after all
                || (tr.extraFlags & M) != 0 && (flags & M) == 0 && source.indexOf('^') >= 0) { // an inline (?m)
            int all = flags | tr.extraFlags;
            tr = translate(t, module, source, (flags & X) != 0, (all & A) == 0, (all & M) != 0);
        }
        flags |= tr.extraFlags;
        if ((flags & A) == 0) {
            flags |= U;
        }
        int jflags = Pattern.UNIX_LINES;
        if ((flags & I) != 0) {
            jflags |= Pattern.CASE_INSENSITIVE | ((flags & A) == 0 ? Pattern.UNICODE_CASE : 0);
        }
        if ((flags & M) != 0) {
            jflags |= Pattern.MULTILINE;
        }
        if ((flags & S) != 0) {
            jflags |= Pattern.DOTALL;
        }
        if ((flags & X) != 0) {
            jflags |= Pattern.COMMENTS;
        }
        if ((flags & A) == 0) {
            jflags |= Pattern.UNICODE_CHARACTER_CLASS;
        }
        Pattern p;
        try {
            p = Pattern.compile(tr.out.toString(), jflags);
        } catch (PatternSyntaxException e) {
            // Java's description and index are of the translated pattern: find CPython's message and position in the
            // source for the common mistakes, else keep Java's words
            Object[] cp = cpythonError(source, (flags & X) != 0);
            if (cp != null) {
                throw error(t, module, (String) cp[0], source, (Integer) cp[1]);
            }
            throw error(t, module, e.getDescription(), source, -1);
        }
        {
            // Java takes some repeats of a repeat or of nothing: {m,n} as a literal or a second count ('{1,2}',
            // 'x*{1,2}', 'a{3}{2}'), a repeated anchor ('^*'); sre_parse refuses them (test_re's
            // test_nothing_to_repeat, test_multiple_repeat)
            Object[] cp = cpythonError(source, (flags & X) != 0);
            if (cp != null && ("multiple repeat".equals(cp[0]) || "nothing to repeat".equals(cp[0]))) {
                throw error(t, module, (String) cp[0], source, (Integer) cp[1]);
            }
        }
        return new PyPattern(t.ts, source, flags, p, tr.groups, tr.names, tr.groupMap());
    }

    // ---- the pattern's operations

    /**
     * A matcher over {@code s} from code point {@code pos} to {@code endpos}. The text ends at endpos ("as if the
     * string is endpos characters long": {@code $}, {@code \Z} and lookaheads end there) while what comes before pos
     * stays visible ({@code ^} and lookbehinds see it), so the input is cut at endpos and the region starts at pos.
     */
    private static Matcher matcher(PyPattern p, String s, int pos, int endpos) {
        return matcher(p.compiled, s, pos, endpos);
    }

    private static Matcher matcher(Pattern compiled, String s, int pos, int endpos) {
        int end = utf16(s, endpos);
        Matcher m = compiled.matcher(end < s.length() ? s.substring(0, end) : s);
        m.useAnchoringBounds(false);
        m.useTransparentBounds(true);
        m.region(utf16(s, pos), utf16(s, endpos));
        return m;
    }

    /** search, match or fullmatch: a Match, or None. */
    static PyObject find(PyThread t, PyPattern p, PyStr string, int pos, int endpos, int mode) {
        String s = string.value();
        int len = s.codePointCount(0, s.length());
        pos = Math.max(0, Math.min(pos, len));
        endpos = Math.max(pos, Math.min(endpos, len));
        Matcher m = matcher(p, s, pos, endpos);
        boolean ok = mode == 0 ? m.find() : mode == 1 ? m.lookingAt() : m.matches();
        return ok ? new PyMatch(t.ts, p, string, m, pos, endpos) : PyNone.NONE;
    }

    /**
     * Every match, in order, Python's way (3.7+): an empty match right after the previous match is allowed, and after
     * an empty match the next one may start at the same place if it is not empty (java.util.regex moves one character
     * on instead: {@code re.split(r"\b|:+", "a::bc")} lost the {@code ::} then). That search runs over
     * {@link PyPattern#nonEmptyHere}.
     */
    private static java.util.List<PyMatch> all(PyThread t, PyPattern p, PyStr string, int pos, int endpos,
                                               int limit) {
        String s = string.value();
        int len = s.codePointCount(0, s.length());
        pos = Math.max(0, Math.min(pos, len));
        endpos = Math.max(pos, Math.min(endpos, len));
        Matcher m = matcher(p, s, pos, endpos);
        Matcher advancing = null;
        int from = utf16(s, pos);
        int end = utf16(s, endpos);
        java.util.List<PyMatch> out = new java.util.ArrayList<>();
        boolean mustAdvance = false;
        while (limit <= 0 || out.size() < limit) {
            Matcher use = m;
            if (mustAdvance) {
                if (advancing == null) {
                    advancing = matcher(p.nonEmptyHere(), s, pos, endpos);
                }
                use = advancing;
            }
            use.region(from, end);
            if (!use.find()) {
                break;
            }
            out.add(new PyMatch(t.ts, p, string, use, pos, endpos));
            mustAdvance = use.start() == use.end();
            from = use.end();
            t.ts.poll();
        }
        return out;
    }

    private static void releaseAll(ThreadState ts, java.util.List<PyMatch> ms) {
        for (PyMatch m : ms) {
            RefCount.decref(ts, m);
        }
    }

    static PyObject findall(PyThread t, PyPattern p, PyStr string, int pos, int endpos) {
        ThreadState ts = t.ts;
        java.util.List<PyMatch> ms = all(t, p, string, pos, endpos, 0);
        try {
            PyList out = PyList.create(ts);
            for (PyMatch m : ms) {
                PyObject item;
                if (p.groups == 0) {
                    item = PyStr.of(ts, m.group(0));
                } else if (p.groups == 1) {
                    String g = m.group(1);
                    item = PyStr.of(ts, g == null ? "" : g);
                } else {
                    PyObject[] gs = new PyObject[p.groups];
                    for (int g = 1; g <= p.groups; g++) {
                        String v = m.group(g);
                        gs[g - 1] = PyStr.of(ts, v == null ? "" : v);
                    }
                    item = PyTuple.stealing(ts, gs);
                }
                try {
                    out.append(ts, item);
                } finally {
                    RefCount.decref(ts, item);
                }
            }
            return out;
        } finally {
            releaseAll(ts, ms);
        }
    }

    static PyObject finditer(PyThread t, PyPattern p, PyStr string, int pos, int endpos) {
        ThreadState ts = t.ts;
        java.util.List<PyMatch> ms = all(t, p, string, pos, endpos, 0);
        PyList out = PyList.create(ts);
        try {
            for (PyMatch m : ms) {
                out.append(ts, m);
            }
            return out.iter(ts);
        } finally {
            releaseAll(ts, ms);
            RefCount.decref(ts, out);
        }
    }

    static PyObject split(PyThread t, PyPattern p, PyStr string, int maxsplit) {
        ThreadState ts = t.ts;
        String s = string.value();
        java.util.List<PyMatch> ms = all(t, p, string, 0, Integer.MAX_VALUE, maxsplit);
        try {
            PyList out = PyList.create(ts);
            int last = 0;
            for (PyMatch m : ms) {
                appendStr(ts, out, substring(s, last, m.spans[0]));
                for (int g = 1; g <= p.groups; g++) {
                    String v = m.group(g);
                    if (v == null) {
                        out.append(ts, PyNone.NONE);
                    } else {
                        appendStr(ts, out, v);
                    }
                }
                last = m.spans[1];
            }
            appendStr(ts, out, substring(s, last, s.codePointCount(0, s.length())));
            return out;
        } finally {
            releaseAll(ts, ms);
        }
    }

    private static void appendStr(ThreadState ts, PyList l, String v) {
        PyObject o = PyStr.of(ts, v);
        try {
            l.append(ts, o);
        } finally {
            RefCount.decref(ts, o);
        }
    }

    /** sub and subn: the new string and the number of replacements. */
    static PyObject sub(PyThread t, PyObject module, PyPattern p, PyObject repl, PyStr string, int count,
                        boolean withCount) {
        ThreadState ts = t.ts;
        String s = string.value();
        java.util.List<PyMatch> ms = all(t, p, string, 0, Integer.MAX_VALUE, count);
        try {
            StringBuilder b = new StringBuilder();
            int last = 0;
            PyObject replText = BuiltinBase.operand(repl); // a str subclass's instance is a template too
            String template = replText instanceof PyStr ? ((PyStr) replText).value() : null;
            if (template == null && !(repl instanceof Callable || repl instanceof PyType
                    || repl instanceof PyInstance)) {
                throw Errors.typeError(t, "expected str instance, " + Ops.typeName(repl) + " found");
            }
            for (PyMatch m : ms) {
                b.append(substring(s, last, m.spans[0]));
                if (template != null) {
                    b.append(expand(t, module, p, m, template));
                } else {
                    PyObject r = Ops.call(t, repl, new PyObject[] {m}, null);
                    try {
                        if (!(r instanceof PyStr)) {
                            throw Errors.typeError(t, "expected str instance, " + Ops.typeName(r) + " found");
                        }
                        b.append(((PyStr) r).value());
                    } finally {
                        RefCount.decref(ts, r);
                    }
                }
                last = m.spans[1];
            }
            b.append(substring(s, last, s.codePointCount(0, s.length())));
            PyObject text = PyStr.of(ts, b.toString());
            if (!withCount) {
                return text;
            }
            return PyTuple.stealing(ts, text, PyInt.of(ts, ms.size()));
        } finally {
            releaseAll(ts, ms);
        }
    }

    /** A replacement template: {@code \1}, {@code \g<1>}, {@code \g<name>} and the character escapes. */
    static String expand(PyThread t, PyObject module, PyPattern p, PyMatch m, String template) {
        StringBuilder b = new StringBuilder();
        int n = template.length();
        for (int i = 0; i < n; i++) {
            char c = template.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (i + 1 >= n) {
                throw error(t, module, "bad escape (end of pattern)", template, i);
            }
            char d = template.charAt(++i);
            int group = -1;
            if (d == 'g') {
                int close = template.indexOf('>', i);
                if (i + 1 >= n || template.charAt(i + 1) != '<' || close < 0) {
                    throw error(t, module, "missing <", template, i + 1);
                }
                String name = template.substring(i + 2, close);
                if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                    group = Integer.parseInt(name);
                } else if (p.groupIndex.containsKey(name)) {
                    group = p.groupIndex.get(name);
                } else {
                    PyRaise r = Errors.raise(t, "IndexError", "unknown group name '" + name + "'");
                    throw r;
                }
                i = close;
            } else if (d >= '0' && d <= '9') {
                int j = i;
                while (j < n && j < i + 2 && Character.isDigit(template.charAt(j))) {
                    j++;
                }
                if (d == '0' || j < n && j == i + 2 && isOctal(template, i, 3)) {
                    int k = i;
                    int v = 0;
                    while (k < n && k < i + 3 && template.charAt(k) >= '0' && template.charAt(k) <= '7') {
                        v = v * 8 + (template.charAt(k) - '0');
                        k++;
                    }
                    b.append((char) v);
                    i = k - 1;
                    continue;
                }
                group = Integer.parseInt(template.substring(i, j));
                i = j - 1;
            } else {
                switch (d) {
                    case 'n': b.append('\n'); continue;
                    case 't': b.append('\t'); continue;
                    case 'r': b.append('\r'); continue;
                    case 'f': b.append('\f'); continue;
                    case 'v': b.append('\u000b'); continue;
                    case 'a': b.append('\u0007'); continue;
                    case 'b': b.append('\b'); continue;
                    case '\\': b.append('\\'); continue;
                    default:
                        if (Character.isLetter(d) && d < 128) {
                            throw error(t, module, "bad escape \\" + d, template, i - 1);
                        }
                        b.append('\\').append(d);
                        continue;
                }
            }
            if (group > p.groups) {
                throw error(t, module, "invalid group reference " + group, template, i);
            }
            String v = m.group(group);
            if (v != null) {
                b.append(v);
            }
        }
        return b.toString();
    }

    private static boolean isOctal(String s, int i, int len) {
        if (i + len > s.length()) {
            return false;
        }
        for (int k = i; k < i + len; k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '7') {
                return false;
            }
        }
        return true;
    }

    // ---- the module

    private static PyStr str(PyThread t, PyObject o, String what) {
        if (BuiltinBase.operand(o) instanceof PyStr) { // a str subclass's instance: its text (CPython matches it)
            o = BuiltinBase.operand(o);
        }
        if (!(o instanceof PyStr)) {
            if (o instanceof PyBytes || o instanceof PyByteArray) {
                throw Errors.typeError(t, "cannot use a string pattern on a bytes-like object");
            }
            throw Errors.typeError(t, "expected string or bytes-like object, got '" + Ops.typeName(o) + "'");
        }
        return (PyStr) o;
    }

    private static int intArg(PyThread t, PyObject v, String name, int dflt) {
        if (v == null || v == PyNone.NONE) {
            return dflt;
        }
        long l = Args.toLong(t, v, name);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, l));
    }

    /**
     * A method's arguments by position or keyword, as CPython's argument clinic binds them: {@code names} in order,
     * the first {@code required} of them required; null for an optional one not given. CPython's messages for a
     * missing argument (checked first), too many, an unknown keyword and one given twice.
     */
    static PyObject[] bind(PyThread t, String f, PyObject[] a, String[] kw, int required, String... names) {
        int npos = Args.npos(a, kw);
        if (npos > names.length) {
            throw Errors.typeError(t, f + "() takes at most " + names.length + " argument"
                    + (names.length == 1 ? "" : "s") + " (" + npos + " given)");
        }
        PyObject[] v = new PyObject[names.length];
        System.arraycopy(a, 0, v, 0, npos);
        if (kw != null) {
            for (int k = 0; k < kw.length; k++) {
                int at = java.util.Arrays.asList(names).indexOf(kw[k]);
                if (at >= 0 && at < npos) {
                    throw Errors.typeError(t, "argument for " + f + "() given by name ('" + kw[k]
                            + "') and position (" + (at + 1) + ")");
                }
                if (at >= 0) {
                    v[at] = a[npos + k];
                }
            }
        }
        for (int i = 0; i < required; i++) {
            if (v[i] == null) {
                throw Errors.typeError(t, f + "() missing required argument '" + names[i] + "' (pos " + (i + 1)
                        + ")");
            }
        }
        if (kw != null) {
            for (String k : kw) {
                if (!java.util.Arrays.asList(names).contains(k)) {
                    throw Errors.typeError(t, f + "() got an unexpected keyword argument '" + k + "'");
                }
            }
        }
        return v;
    }

    /** A group by number (an int, or anything with {@code __index__}) or by name, as CPython's match_getindex. */
    private static int groupIndex(PyThread t, PyMatch m, PyObject g) {
        PyObject name = BuiltinBase.operand(g); // a str subclass's instance names a group as its text does
        if (name instanceof PyStr) {
            Integer i = m.pattern().groupIndex.get(((PyStr) name).value());
            if (i != null) {
                return i;
            }
        } else if (g instanceof PyInt || g instanceof PyInstance && hasIndex(t, (PyInstance) g)) {
            long i = Ops.index(t, g, "no such group");
            if (i >= 0 && i <= m.pattern().groups) {
                return (int) i;
            }
        }
        throw Errors.raise(t, "IndexError", "no such group");
    }

    private static boolean hasIndex(PyThread t, PyInstance o) {
        PyObject m = o.cls().lookup(t, "__index__");
        RefCount.xdecref(t.ts, m);
        return m != null;
    }

    private static PyObject groupValue(PyThread t, PyMatch m, int g, PyObject dflt) {
        String v = m.group(g);
        return v == null ? RefCount.newRef(t.ts, dflt) : PyStr.of(t.ts, v);
    }

    static void install(PyThread t, PyModule module) {
        Modules.define(t, module, "compile", (tt, a, kw) -> {
            Args.count(tt, "compile", a, kw, 1, 2);
            return compile(tt, module, str(tt, a[0], "pattern").value(), a.length > 1 ? (int) Args.toLong(tt, a[1],
                    "flags") : 0);
        });
        Map<String, PyBuiltin.MethodImpl> pm = Builtins.table(t.interp, PyPattern.TYPE);
        String[] finders = {"search", "match", "fullmatch"};
        for (int mode = 0; mode < 3; mode++) {
            int md = mode;
            pm.put(finders[mode], (tt, self, a, kw) -> {
                PyObject[] v = bind(tt, finders[md], a, kw, 1, "string", "pos", "endpos");
                return find(tt, (PyPattern) self, str(tt, v[0], "string"), intArg(tt, v[1], "pos", 0),
                        intArg(tt, v[2], "endpos", Integer.MAX_VALUE), md);
            });
        }
        pm.put("findall", (tt, self, a, kw) -> {
            PyObject[] v = bind(tt, "findall", a, kw, 1, "string", "pos", "endpos");
            return findall(tt, (PyPattern) self, str(tt, v[0], "string"), intArg(tt, v[1], "pos", 0),
                    intArg(tt, v[2], "endpos", Integer.MAX_VALUE));
        });
        pm.put("finditer", (tt, self, a, kw) -> {
            PyObject[] v = bind(tt, "finditer", a, kw, 1, "string", "pos", "endpos");
            return finditer(tt, (PyPattern) self, str(tt, v[0], "string"), intArg(tt, v[1], "pos", 0),
                    intArg(tt, v[2], "endpos", Integer.MAX_VALUE));
        });
        pm.put("split", (tt, self, a, kw) -> {
            PyObject[] v = bind(tt, "split", a, kw, 1, "string", "maxsplit");
            return split(tt, (PyPattern) self, str(tt, v[0], "string"), intArg(tt, v[1], "maxsplit", 0));
        });
        pm.put("sub", (tt, self, a, kw) -> {
            PyObject[] v = bind(tt, "sub", a, kw, 2, "repl", "string", "count");
            return sub(tt, module, (PyPattern) self, v[0], str(tt, v[1], "string"), intArg(tt, v[2], "count", 0),
                    false);
        });
        pm.put("subn", (tt, self, a, kw) -> {
            PyObject[] v = bind(tt, "subn", a, kw, 2, "repl", "string", "count");
            return sub(tt, module, (PyPattern) self, v[0], str(tt, v[1], "string"), intArg(tt, v[2], "count", 0),
                    true);
        });
        pm.put("scanner", (tt, self, a, kw) -> {
            // CPython's SRE_Scanner: match() and search() step through the string; re.py's class keeps the place
            PyObject[] v = bind(tt, "scanner", a, kw, 1, "string", "pos", "endpos");
            str(tt, v[0], "string"); // the type is checked now, as CPython's
            PyObject make = Ops.getAttr(tt, module, tt.interp.str("_Scanner"));
            try {
                return Ops.call(tt, make, new PyObject[] {self, v[0], v[1] == null ? PyNone.NONE : v[1],
                    v[2] == null ? PyNone.NONE : v[2]}, null);
            } finally {
                RefCount.decref(tt.ts, make);
            }
        });
        for (Map<String, PyBuiltin.MethodImpl> table : java.util.List.of(pm, Builtins.table(t.interp,
                PyMatch.TYPE))) { // patterns and matches are immutable: a copy is the object itself, as CPython's
            table.put("__copy__", (tt, self, a, kw) -> {
                Args.count(tt, "__copy__", a, kw, 0, 0);
                return RefCount.newRef(tt.ts, self);
            });
            table.put("__deepcopy__", (tt, self, a, kw) -> {
                Args.count(tt, "__deepcopy__", a, kw, 1, 1);
                return RefCount.newRef(tt.ts, self);
            });
        }

        Map<String, PyBuiltin.MethodImpl> mm = Builtins.table(t.interp, PyMatch.TYPE);
        mm.put("group", (tt, self, a, kw) -> {
            PyMatch m = (PyMatch) self;
            if (a.length == 0) {
                return groupValue(tt, m, 0, PyNone.NONE);
            }
            if (a.length == 1) {
                return groupValue(tt, m, groupIndex(tt, m, a[0]), PyNone.NONE);
            }
            int[] gs = new int[a.length];
            for (int i = 0; i < a.length; i++) { // every index checked before any value is made
                gs[i] = groupIndex(tt, m, a[i]);
            }
            PyObject[] out = new PyObject[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = groupValue(tt, m, gs[i], PyNone.NONE);
            }
            return PyTuple.stealing(tt.ts, out);
        });
        mm.put("__getitem__", (tt, self, a, kw) -> {
            Args.count(tt, "__getitem__", a, kw, 1, 1);
            return groupValue(tt, (PyMatch) self, groupIndex(tt, (PyMatch) self, a[0]), PyNone.NONE);
        });
        mm.put("groups", (tt, self, a, kw) -> {
            PyMatch m = (PyMatch) self;
            PyObject dflt = Args.npos(a, kw) > 0 ? a[0] : Args.kw(a, kw, "default");
            PyObject[] out = new PyObject[m.pattern().groups];
            for (int g = 1; g <= out.length; g++) {
                out[g - 1] = groupValue(tt, m, g, dflt == null ? PyNone.NONE : dflt);
            }
            return PyTuple.stealing(tt.ts, out);
        });
        mm.put("groupdict", (tt, self, a, kw) -> {
            PyMatch m = (PyMatch) self;
            PyObject dflt = Args.npos(a, kw) > 0 ? a[0] : Args.kw(a, kw, "default");
            PyDict d = PyDict.create(tt.ts);
            for (Map.Entry<String, Integer> e : m.pattern().groupIndex.entrySet()) {
                PyObject v = groupValue(tt, m, e.getValue(), dflt == null ? PyNone.NONE : dflt);
                try {
                    d.setItem(tt.ts, tt.interp.str(e.getKey()), v);
                } finally {
                    RefCount.decref(tt.ts, v);
                }
            }
            return d;
        });
        mm.put("start", (tt, self, a, kw) -> {
            Args.count(tt, "start", a, kw, 0, 1);
            return PyInt.of(tt.ts, ((PyMatch) self).spans[2 * (a.length == 0 ? 0
                    : groupIndex(tt, (PyMatch) self, a[0]))]);
        });
        mm.put("end", (tt, self, a, kw) -> {
            Args.count(tt, "end", a, kw, 0, 1);
            return PyInt.of(tt.ts, ((PyMatch) self).spans[2 * (a.length == 0 ? 0
                    : groupIndex(tt, (PyMatch) self, a[0])) + 1]);
        });
        mm.put("span", (tt, self, a, kw) -> {
            Args.count(tt, "span", a, kw, 0, 1);
            PyMatch m = (PyMatch) self;
            int g = a.length == 0 ? 0 : groupIndex(tt, m, a[0]);
            return PyTuple.stealing(tt.ts, PyInt.of(tt.ts, m.spans[2 * g]), PyInt.of(tt.ts, m.spans[2 * g + 1]));
        });
        mm.put("expand", (tt, self, a, kw) -> {
            Args.count(tt, "expand", a, kw, 1, 1);
            PyMatch m = (PyMatch) self;
            return PyStr.of(tt.ts, expand(tt, module, m.pattern(), m, str(tt, a[0], "template").value()));
        });
    }

    /** The data attributes of patterns and matches ({@code p.pattern}, {@code m.string}, {@code m.lastgroup}). */
    static PyObject attr(PyThread t, PyObject o, String n) {
        ThreadState ts = t.ts;
        if (o instanceof PyPattern) {
            PyPattern p = (PyPattern) o;
            switch (n) {
                case "pattern":
                    return PyStr.of(ts, p.source);
                case "flags":
                    return PyInt.of(ts, p.flags);
                case "groups":
                    return PyInt.of(ts, p.groups);
                case "groupindex": { // a read-only mapping, as CPython's (re.py's _readonly makes it)
                    PyDict d = PyDict.create(ts);
                    PyObject readonly = null;
                    try {
                        for (Map.Entry<String, Integer> e : p.groupIndex.entrySet()) {
                            PyObject v = PyInt.of(ts, e.getValue());
                            try {
                                d.setItem(ts, t.interp.str(e.getKey()), v);
                            } finally {
                                RefCount.decref(ts, v);
                            }
                        }
                        PyObject module = Modules.importModule(t, "_re");
                        try {
                            readonly = Ops.getAttrOrNull(t, module, t.interp.str("_readonly"));
                        } finally {
                            RefCount.decref(ts, module);
                        }
                        return readonly == null ? RefCount.newRef(ts, d) : Ops.call(t, readonly, new PyObject[] {d},
                                null);
                    } finally {
                        RefCount.xdecref(ts, readonly);
                        RefCount.decref(ts, d);
                    }
                }
                default:
                    return null;
            }
        }
        if (o instanceof PyMatch) {
            PyMatch m = (PyMatch) o;
            switch (n) {
                case "string":
                    return RefCount.newRef(ts, m.string());
                case "re":
                    return RefCount.newRef(ts, m.pattern());
                case "pos":
                    return PyInt.of(ts, m.pos);
                case "endpos":
                    return PyInt.of(ts, m.endpos);
                case "lastindex":
                    return m.lastindex < 0 ? PyNone.NONE : PyInt.of(ts, m.lastindex);
                case "lastgroup": {
                    for (Map.Entry<String, Integer> e : m.pattern().groupIndex.entrySet()) {
                        if (e.getValue() == m.lastindex) {
                            return PyStr.of(ts, e.getKey());
                        }
                    }
                    return PyNone.NONE;
                }
                case "regs": { // every group's span, (-1, -1) where it did not take part
                    PyObject[] spans = new PyObject[m.spans.length / 2];
                    for (int g = 0; g < spans.length; g++) {
                        spans[g] = PyTuple.stealing(ts, PyInt.of(ts, m.spans[2 * g]), PyInt.of(ts, m.spans[2 * g + 1]));
                    }
                    return PyTuple.stealing(ts, spans);
                }
                default:
                    return null;
            }
        }
        return null;
    }
}
