// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The source lines a traceback entry shows under its {@code File} line, as CPython 3.13's
 * {@code StackSummary.format_frame_summary} draws them: the lines of the span that raised (PyRaise#span: the
 * expression CPython's position names), dedented, with a row of carets under each shown line unless the span is the
 * whole line or the whole value of a {@code return f(...)} or {@code x = f(...)} statement. Where the span has anchors
 * (a binary operator, a subscript's or a call's brackets) the carets are {@code ~} with {@code ^} under the anchor,
 * else all {@code ^}. A span of many lines shows its first and last lines and those around the anchors; a gap of more
 * than one line is shown as {@code ...<N lines>...}. Without a span, the entry's line alone, stripped.
 *
 * <p>Columns here count chars; Python's {@code colno} counts UTF-8 bytes ({@link #charColumn} converts). The carets
 * are laid out in display columns, a wide East Asian character taking two ({@link #width}), as CPython's.
 */
final class TracebackSource {
    private TracebackSource() {
    }

    /**
     * The text under an entry's {@code File} line, each line indented by four spaces and ended; "" when there is no
     * source. {@code lines} are the file's lines ({@code lines[0]} is line 1), or null.
     */
    static String render(String[] lines, int line, int[] span) {
        if (lines == null) {
            return "";
        }
        if (span == null || span[0] < 1 || span[2] < span[0] || span[2] > lines.length) {
            return line >= 1 && line <= lines.length && !lines[line - 1].isBlank()
                    ? "    " + lines[line - 1].strip() + "\n" : "";
        }
        String[] seg = new String[span[2] - span[0] + 1];
        for (int i = 0; i < seg.length; i++) {
            seg[i] = lines[span[0] - 1 + i];
        }
        return render(seg, span);
    }

    /** As {@link #render(String[], int, int[])}, over the span's own lines ({@code seg[0]} is line {@code span[0]}). */
    static String render(String[] seg, int[] span) {
        int n = seg.length;
        String[] orig = new String[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            orig[i] = seg[i].stripTrailing();
            any |= !orig[i].isBlank();
        }
        if (!any) {
            return "";
        }
        String[] ded = dedent(orig);
        int shift = orig[0].length() - ded[0].length();
        int start = Math.max(0, span[1] - shift);
        int end = Math.max(0, span[3] - shift);
        int leftLine = -1;
        int leftCol = 0;
        int rightLine = -1;
        int rightCol = 0;
        if (span[4] > 0) {
            leftLine = span[4] - span[0];
            leftCol = span[5] - shift;
            rightLine = span[6] - span[0];
            rightCol = span[7] - shift;
            if (leftLine < 0 || leftLine >= n || rightLine < 0 || rightLine >= n) {
                leftLine = -1;
            }
        }
        boolean anchors = leftLine >= 0;
        boolean carets;
        if (span[8] != 0) {
            carets = false; // the whole value of return f(...) or x = f(...): CPython draws none
        } else if (anchors) {
            carets = true;
        } else {
            String first = ded[0];
            String last = ded[n - 1];
            carets = !first.substring(0, Math.min(start, first.length())).isBlank()
                    || !last.substring(Math.min(end, last.length())).isBlank();
        }
        // from here on, columns are display columns: a wide East Asian character takes two, as CPython's carets
        if (anchors) {
            leftCol = width(ded[leftLine], leftCol);
            rightCol = width(ded[rightLine], rightCol);
        }
        start = width(ded[0], start);
        end = width(ded[n - 1], end);
        TreeSet<Integer> shown = new TreeSet<>();
        shown.add(0);
        shown.add(n - 1);
        if (anchors) {
            for (int d = -1; d <= 1; d++) {
                shown.add(leftLine + d);
                shown.add(rightLine + d);
            }
        }
        shown.removeIf(i -> i < 0 || i >= n);
        List<String> out = new ArrayList<>();
        char primary = anchors ? '~' : '^';
        int prev = -1;
        for (int i : shown) {
            if (prev >= 0) {
                int gap = i - prev;
                if (gap == 2) {
                    emit(out, ded, prev + 1, carets, start, end, anchors, leftLine, leftCol, rightLine, rightCol,
                            primary);
                } else if (gap > 2) {
                    out.add("...<" + (gap - 1) + " lines>...");
                }
            }
            emit(out, ded, i, carets, start, end, anchors, leftLine, leftCol, rightLine, rightCol, primary);
            prev = i;
        }
        StringBuilder b = new StringBuilder();
        for (String s : dedent(out.toArray(new String[0]))) {
            b.append("    ").append(s).append('\n');
        }
        return b.toString();
    }

    private static void emit(List<String> out, String[] ded, int i, boolean carets, int start, int end,
                             boolean anchors, int leftLine, int leftCol, int rightLine, int rightCol, char primary) {
        String text = ded[i];
        out.add(text);
        if (!carets) {
            return;
        }
        int n = ded.length;
        int spaces = text.length() - text.stripLeading().length();
        int count = i == n - 1 ? end : width(text, text.length());
        StringBuilder c = new StringBuilder(count);
        for (int col = 0; col < count; col++) {
            if (col < spaces || i == 0 && col < start) {
                c.append(' ');
            } else if (anchors && (i > leftLine || i == leftLine && col >= leftCol)
                    && (i < rightLine || i == rightLine && col < rightCol)) {
                c.append('^');
            } else {
                c.append(primary);
            }
        }
        out.add(c.toString());
    }

    /**
     * The display width of {@code line}'s first {@code offset} chars (CPython's {@code _display_width}): two columns
     * for a wide or full-width East Asian character, one for any other.
     */
    static int width(String line, int offset) {
        int end = Math.min(offset, line.length());
        boolean ascii = true;
        for (int i = 0; i < end && ascii; i++) {
            ascii = line.charAt(i) < 0x80;
        }
        if (ascii) {
            return offset;
        }
        int w = 0;
        for (int i = 0; i < end; ) {
            int cp = line.codePointAt(i);
            String eaw = UnicodeDataModule.eastAsianWidth(cp);
            w += eaw.equals("W") || eaw.equals("F") ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w + Math.max(0, offset - line.length());
    }

    /**
     * Python's {@code textwrap.dedent}: the whitespace prefix common to the lines that are not blank is removed from
     * each; a blank line becomes empty.
     */
    static String[] dedent(String[] lines) {
        String margin = null;
        for (String s : lines) {
            if (s.isBlank()) {
                continue;
            }
            int k = 0;
            while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
                k++;
            }
            String indent = s.substring(0, k);
            if (margin == null) {
                margin = indent;
            } else {
                int m = 0;
                while (m < margin.length() && m < indent.length() && margin.charAt(m) == indent.charAt(m)) {
                    m++;
                }
                margin = margin.substring(0, m);
            }
        }
        String[] out = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String s = lines[i];
            out[i] = s.isBlank() ? "" : s.substring(margin == null ? 0 : margin.length());
        }
        return out;
    }

    /** The char column of UTF-8 byte offset {@code bytes} in {@code line} (Python's colno to a Java index). */
    static int charColumn(String line, int bytes) {
        int b = 0;
        int i = 0;
        while (i < line.length() && b < bytes) {
            int cp = line.codePointAt(i);
            b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        return i;
    }

    /** The UTF-8 byte offset of char column {@code col} in {@code line} (a Java index to Python's colno). */
    static int byteColumn(String line, int col) {
        int b = 0;
        for (int i = 0; i < Math.min(col, line.length()); ) {
            int cp = line.codePointAt(i);
            b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        return b + Math.max(0, col - line.length());
    }
}
