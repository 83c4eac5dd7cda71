// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python.text;

/**
 * A parsed format specification of Python's mini-language,
 * {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}, as CPython 3.13's
 * {@code parse_internal_render_format_spec} ({@code Python/formatter_unicode.c}) reads it, with the same errors.
 * {@link Formatter} renders values with it.
 */
public final class FormatSpec {
    /** The fill character, a code point; a space unless given (or {@code '0'} from the {@code 0} flag). */
    public final int fill;
    /** The alignment: {@code '<'}, {@code '>'}, {@code '='} or {@code '^'}. */
    public final char align;
    /** The sign option: {@code '+'}, {@code '-'}, {@code ' '}, or 0 when not given. */
    public final char sign;
    /** Whether {@code z} asks to turn negative zero into zero. */
    public final boolean noNegZero;
    /** Whether {@code #} asks for the alternate form. */
    public final boolean alternate;
    /** The minimum width in code points, or -1 when not given. */
    public final long width;
    /** The thousands separator: {@code ','}, {@code '_'}, or 0 for none. */
    public final char grouping;
    /** The digits between separators: 3, or 4 for {@code _} with types b, o, x and X. */
    public final int groupSize;
    /** The precision, or -1 when not given. */
    public final long precision;
    /** The presentation type, a code point, or the default type given to {@link #parse}. */
    public final int type;

    private FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate, long width,
            char grouping, int groupSize, long precision, int type) {
        this.fill = fill;
        this.align = align;
        this.sign = sign;
        this.noNegZero = noNegZero;
        this.alternate = alternate;
        this.width = width;
        this.grouping = grouping;
        this.groupSize = groupSize;
        this.precision = precision;
        this.type = type;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /**
     * Parses a non-empty format specification.
     *
     * @param spec the specification, such as {@code "*^+#012,.3f"}
     * @param defaultType the type when none is given: {@code 'd'} for int, 0 for float, {@code 's'} for str
     * @param defaultAlign the alignment when none is given: {@code '>'} for numbers, {@code '<'} for str
     * @param typeName the Python type's name for the error messages, such as {@code "int"}
     * @return the parsed specification
     * @throws TextError {@code ValueError} with CPython's message for a malformed specification
     */
    public static FormatSpec parse(String spec, int defaultType, char defaultAlign, String typeName) {
        int[] cp = spec.codePoints().toArray();
        int end = cp.length;
        int pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        boolean fillSpecified = false;
        boolean alignSpecified = false;
        if (end - pos >= 2 && isAlign(cp[pos + 1])) {
            align = (char) cp[pos + 1];
            fill = cp[pos];
            fillSpecified = true;
            alignSpecified = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(cp[pos])) {
            align = (char) cp[pos];
            alignSpecified = true;
            pos++;
        }
        char sign = 0;
        if (pos < end && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' ')) {
            sign = (char) cp[pos++];
        }
        boolean noNegZero = false;
        if (pos < end && cp[pos] == 'z') {
            noNegZero = true;
            pos++;
        }
        boolean alternate = false;
        if (pos < end && cp[pos] == '#') {
            alternate = true;
            pos++;
        }
        if (!fillSpecified && pos < end && cp[pos] == '0') {
            fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        long[] num = new long[1];
        int consumed = integer(cp, pos, num);
        long width = consumed == 0 ? -1 : num[0];
        pos += consumed;
        char grouping = 0;
        if (pos < end && cp[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (pos < end && cp[pos] == '_') {
            if (grouping != 0) {
                throw TextError.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
        }
        if (pos < end && cp[pos] == ',' && grouping == '_') {
            throw TextError.valueError("Cannot specify both ',' and '_'.");
        }
        long precision = -1;
        if (pos < end && cp[pos] == '.') {
            pos++;
            consumed = integer(cp, pos, num);
            if (consumed == 0) {
                throw TextError.valueError("Format specifier missing precision");
            }
            precision = num[0];
            pos += consumed;
        }
        if (end - pos > 1) {
            throw TextError.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        int type = defaultType;
        if (end - pos == 1) {
            type = cp[pos];
        }
        int groupSize = 3;
        if (grouping != 0) {
            switch (type) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (grouping == '_') {
                        groupSize = 4;
                        break;
                    }
                    throw TextError.valueError("Cannot specify '" + grouping + "' with " + typeChar(type) + ".");
                default:
                    throw TextError.valueError("Cannot specify '" + grouping + "' with " + typeChar(type) + ".");
            }
        }
        return new FormatSpec(fill, align, sign, noNegZero, alternate, width, grouping, groupSize, precision, type);
    }

    /** A presentation type as CPython's messages quote it: {@code 'x'}, or {@code '\x1234'} outside ASCII. */
    static String typeChar(int type) {
        if (type > 32 && type < 128) {
            return "'" + (char) type + "'";
        }
        return "'\\x" + Integer.toHexString(type) + "'";
    }

    /** CPython's {@code get_integer}: reads decimal digits into {@code out[0]}, returns how many it read. */
    private static int integer(int[] cp, int pos, long[] out) {
        long acc = 0;
        int n = 0;
        while (pos + n < cp.length) {
            int digit = UnicodeTables.decimalValue(cp[pos + n]);
            if (digit < 0) {
                break;
            }
            if (acc > (Long.MAX_VALUE - digit) / 10) {
                throw TextError.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + digit;
            n++;
        }
        out[0] = acc;
        return n;
    }
}
