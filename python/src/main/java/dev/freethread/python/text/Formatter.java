// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python.text;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code format(value, spec)} for {@code int}, {@code float} and {@code str}, matching CPython 3.13's
 * {@code _PyLong_FormatAdvancedWriter}, {@code _PyFloat_FormatAdvancedWriter} and
 * {@code _PyUnicode_FormatAdvancedWriter} ({@code Python/formatter_unicode.c}): the padding, alignment, sign,
 * alternate-form prefixes, zero padding (with separators inside the zeros, {@code format(1234, '010,') ==
 * '00,001,234'}), grouping and errors are CPython's. The {@code n} type formats as in the C locale CPython starts
 * with (no grouping, a {@code .} point). Widths and fills count code points.
 */
public final class Formatter {
    private Formatter() {
    }

    /**
     * {@code format(v, spec)} for an {@code int}.
     *
     * @param v the value
     * @param spec the format specification; empty gives {@code str(v)}
     * @return the formatted text
     * @throws TextError with CPython's type and message for a bad specification
     */
    public static String formatInt(BigInteger v, String spec) {
        return formatInt(v, spec, "int");
    }

    /**
     * {@code format(v, spec)} for an {@code int} or a subclass.
     *
     * @param v the value
     * @param spec the format specification; empty gives the decimal digits
     * @param typeName the Python type's name for error messages, such as {@code "bool"}
     * @return the formatted text
     * @throws TextError with CPython's type and message for a bad specification
     */
    public static String formatInt(BigInteger v, String spec, String typeName) {
        return formatInt(v, spec, typeName, IntParse.DEFAULT_MAX_STR_DIGITS);
    }

    /**
     * {@link #formatInt(BigInteger, String, String)} under an interpreter's digit limit for decimal digits
     * ({@code sys.set_int_max_str_digits}).
     *
     * @param v the value
     * @param spec the format specification; empty gives the decimal digits
     * @param typeName the Python type's name for error messages, such as {@code "bool"}
     * @param maxDigits the most decimal digits, 0 for no limit
     * @return the formatted text
     * @throws TextError with CPython's type and message for a bad specification, or the limit's
     */
    public static String formatInt(BigInteger v, String spec, String typeName, int maxDigits) {
        if (spec.isEmpty()) {
            return IntParse.toDecimalString(v, maxDigits);
        }
        FormatSpec f = FormatSpec.parse(spec, 'd', '>', typeName);
        switch (f.type) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                return formatLong(v, f, maxDigits);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return formatDouble(intToDouble(v), f);
            default:
                throw unknownType(f.type, typeName);
        }
    }

    /**
     * Python's {@code float(v)} for an int: the nearest double.
     *
     * @param v the value
     * @return the double
     * @throws TextError {@code OverflowError: int too large to convert to float}
     */
    public static double intToDouble(BigInteger v) {
        double d = v.doubleValue();
        if (Double.isInfinite(d)) {
            throw TextError.overflowError("int too large to convert to float");
        }
        return d;
    }

    /**
     * {@code format(v, spec)} for a {@code float}.
     *
     * @param v the value
     * @param spec the format specification; empty gives {@code str(v)}
     * @return the formatted text
     * @throws TextError with CPython's type and message for a bad specification
     */
    public static String formatFloat(double v, String spec) {
        return formatFloat(v, spec, "float");
    }

    /**
     * {@code format(v, spec)} for a {@code float} or a subclass.
     *
     * @param v the value
     * @param spec the format specification; empty gives {@code repr(v)}
     * @param typeName the Python type's name for error messages
     * @return the formatted text
     * @throws TextError with CPython's type and message for a bad specification
     */
    public static String formatFloat(double v, String spec, String typeName) {
        if (spec.isEmpty()) {
            return FloatFormat.repr(v);
        }
        FormatSpec f = FormatSpec.parse(spec, 0, '>', typeName);
        switch (f.type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                return formatDouble(v, f);
            default:
                throw unknownType(f.type, typeName);
        }
    }

    /**
     * {@code format(v, spec)} for a {@code str}.
     *
     * @param v the value
     * @param spec the format specification; empty gives {@code v}
     * @return the formatted text
     * @throws TextError with CPython's type and message for a bad specification
     */
    public static String formatStr(String v, String spec) {
        return formatStr(v, spec, "str");
    }

    /**
     * {@code format(v, spec)} for a {@code str} or a subclass.
     *
     * @param v the value
     * @param spec the format specification; empty gives {@code v}
     * @param typeName the Python type's name for error messages
     * @return the formatted text
     * @throws TextError with CPython's type and message for a bad specification
     */
    public static String formatStr(String v, String spec, String typeName) {
        if (spec.isEmpty()) {
            return v;
        }
        FormatSpec f = FormatSpec.parse(spec, 's', '<', typeName);
        if (f.type != 's') {
            throw unknownType(f.type, typeName);
        }
        if (f.sign != 0) {
            throw TextError.valueError(f.sign == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (f.noNegZero) {
            throw TextError.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate) {
            throw TextError.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw TextError.valueError("'=' alignment not allowed in string format specifier");
        }
        int len = v.codePointCount(0, v.length());
        String text = v;
        if (f.precision >= 0 && len > f.precision) {
            len = (int) f.precision;
            text = v.substring(0, v.offsetByCodePoints(0, len));
        }
        return pad(text, len, f.width, f.align, f.fill);
    }

    /**
     * Pads {@code text} of {@code len} code points to {@code width} with {@code fill}, as CPython's
     * {@code calc_padding} places it for {@code <}, {@code >}, {@code ^} (and {@code =}, which pads right).
     */
    private static String pad(String text, long len, long width, char align, int fill) {
        long total = width >= 0 && width > len ? width : len;
        long left;
        if (align == '>') {
            left = total - len;
        } else if (align == '^') {
            left = (total - len) / 2;
        } else {
            left = 0;
        }
        long right = total - len - left;
        if (left == 0 && right == 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder((int) Math.min(Integer.MAX_VALUE, text.length() + left + right));
        repeat(sb, fill, left);
        sb.append(text);
        repeat(sb, fill, right);
        return sb.toString();
    }

    private static void repeat(StringBuilder sb, int cp, long n) {
        for (long i = 0; i < n; i++) {
            sb.appendCodePoint(cp);
        }
    }

    static TextError unknownType(int type, String typeName) {
        return TextError.valueError("Unknown format code " + FormatSpec.typeChar(type) + " for object of type '"
                + typeName + "'");
    }

    // ------------------------------------------------------------------ int

    private static String formatLong(BigInteger v, FormatSpec f, int maxDigits) {
        if (f.precision != -1) {
            throw TextError.valueError("Precision not allowed in integer format specifier");
        }
        if (f.noNegZero) {
            throw TextError.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (f.type == 'c') {
            if (f.sign != 0) {
                throw TextError.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate) {
                throw TextError.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (v.bitLength() > 63) {
                throw TextError.overflowError("Python int too large to convert to C long");
            }
            long x = v.longValue();
            if (x < 0 || x > 0x10FFFF) {
                throw TextError.overflowError("%c arg not in range(0x110000)");
            }
            return number(f, (char) 0, "", "", false, new String(Character.toChars((int) x)), 1);
        }
        int base;
        String prefix;
        switch (f.type) {
            case 'b': base = 2; prefix = "0b"; break;
            case 'o': base = 8; prefix = "0o"; break;
            case 'x': base = 16; prefix = "0x"; break;
            case 'X': base = 16; prefix = "0X"; break;
            default: base = 10; prefix = ""; break;
        }
        String digits = base == 10 ? IntParse.toDecimalString(v.abs(), maxDigits) : IntParse.digits(v, base);
        if (f.type == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        return number(f, v.signum() < 0 ? '-' : 0, f.alternate ? prefix : "", digits, false, "", 0);
    }

    // ------------------------------------------------------------------ float

    private static String formatDouble(double value, FormatSpec f) {
        if (f.precision > Integer.MAX_VALUE) {
            throw TextError.valueError("precision too big");
        }
        int precision = (int) f.precision;
        int type = f.type;
        int flags = 0;
        int defaultPrecision = 6;
        if (f.alternate) {
            flags |= FloatFormat.ALT;
        }
        if (f.noNegZero) {
            flags |= FloatFormat.NO_NEG_0;
        }
        if (type == 0) {
            flags |= FloatFormat.ADD_DOT_0;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';
        }
        double val = value;
        boolean percent = false;
        if (type == '%') {
            type = 'f';
            val *= 100;
            percent = true;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String s = FloatFormat.toString(val, (char) type, precision, flags);
        if (percent) {
            s = s + "%";
        }
        if (f.sign != '+' && f.sign != ' ' && f.width == -1 && f.grouping == 0) {
            return s;
        }
        char signChar = 0;
        int i = 0;
        if (s.charAt(0) == '-') {
            signChar = '-';
            i = 1;
        }
        int d = i;
        while (d < s.length() && s.charAt(d) >= '0' && s.charAt(d) <= '9') {
            d++;
        }
        String digits = s.substring(i, d);
        boolean hasDecimal = d < s.length() && s.charAt(d) == '.';
        String remainder = s.substring(hasDecimal ? d + 1 : d);
        return number(f, signChar, "", digits, hasDecimal, remainder, remainder.length());
    }

    // ------------------------------------------------------------------ number layout

    /**
     * CPython's {@code calc_number_widths} and {@code fill_number}: lays out
     * {@code [lpad][sign][prefix][spad][grouped digits][.][remainder][rpad]}.
     */
    private static String number(FormatSpec f, char signChar, String prefix, String digits, boolean hasDecimal,
            String remainder, int remainderLen) {
        char sign = 0;
        if (f.sign == '+') {
            sign = signChar == '-' ? '-' : '+';
        } else if (f.sign == ' ') {
            sign = signChar == '-' ? '-' : ' ';
        } else if (signChar == '-') {
            sign = '-';
        }
        long nonDigits = (sign != 0 ? 1 : 0) + prefix.length() + (hasDecimal ? 1 : 0) + remainderLen;
        long minWidth = f.fill == '0' && f.align == '=' ? f.width - nonDigits : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, f.grouping == 0 ? "" : String.valueOf(
                f.grouping), f.grouping == 0 || f.type == 'n' ? 0 : f.groupSize);
        long padding = f.width - (nonDigits + grouped.length());
        long lpad = 0;
        long spad = 0;
        long rpad = 0;
        if (padding > 0) {
            switch (f.align) {
                case '<': rpad = padding; break;
                case '^': lpad = padding / 2; rpad = padding - lpad; break;
                case '=': spad = padding; break;
                default: lpad = padding; break;
            }
        }
        StringBuilder sb = new StringBuilder();
        repeat(sb, f.fill, lpad);
        if (sign != 0) {
            sb.append(sign);
        }
        sb.append(prefix);
        repeat(sb, f.fill, spad);
        sb.append(grouped);
        if (hasDecimal) {
            sb.append('.');
        }
        sb.append(remainder);
        repeat(sb, f.fill, rpad);
        return sb.toString();
    }

    /**
     * CPython's {@code _PyUnicode_InsertThousandsGrouping}: inserts {@code sep} every {@code size} digits from the
     * right (never when {@code size} is 0), padding with zeros, separated too, to at least {@code minWidth}.
     */
    private static String group(String digits, long minWidth, String sep, int size) {
        long width = Math.max(0, minWidth);
        List<String> pieces = new ArrayList<>();
        long remaining = digits.length();
        int pos = digits.length();
        boolean useSep = false;
        boolean done = false;
        if (size > 0) {
            while (true) {
                long len = Math.min(size, Math.max(Math.max(remaining, width), 1));
                pos = piece(pieces, digits, pos, remaining, len, useSep ? sep : null);
                useSep = true;
                remaining -= Math.max(0, Math.min(remaining, len));
                width -= len;
                if (remaining <= 0 && width <= 0) {
                    done = true;
                    break;
                }
                width -= sep.length();
            }
        }
        if (!done) {
            long len = Math.max(Math.max(remaining, width), 1);
            piece(pieces, digits, pos, remaining, len, useSep ? sep : null);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = pieces.size() - 1; i >= 0; i--) {
            sb.append(pieces.get(i));
        }
        return sb.toString();
    }

    /** Adds, right to left, the separator, then the group's digits, then its zero padding. */
    private static int piece(List<String> pieces, String digits, int pos, long remaining, long len, String sep) {
        long zeros = Math.max(0, len - remaining);
        int chars = (int) Math.max(0, Math.min(remaining, len));
        if (sep != null) {
            pieces.add(sep);
        }
        pieces.add(digits.substring(pos - chars, pos));
        if (zeros > 0) {
            pieces.add("0".repeat((int) zeros));
        }
        return pos - chars;
    }
}
