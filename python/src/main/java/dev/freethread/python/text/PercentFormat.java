// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python.text;

import java.math.BigInteger;
import java.util.List;

/**
 * Python's {@code str % args}, matching CPython 3.13's {@code PyUnicode_Format} ({@code Objects/unicodeobject.c}):
 * the conversions {@code %s %r %a %d %i %u %o %x %X %e %E %f %F %g %G %c %%}, the flags {@code - + space # 0},
 * widths and precisions (also from the arguments with {@code *}), the ignored length modifiers {@code h l L},
 * {@code %(name)s} keys looked up in a mapping, and CPython's errors in CPython's order.
 *
 * <p>The formatter knows nothing about Python objects: it reaches them through a {@link Conv} the interpreter
 * supplies.
 */
public final class PercentFormat {
    private PercentFormat() {
    }

    /** How the formatter sees the Python objects it formats. */
    public interface Conv {
        /**
         * Python's {@code str(o)}.
         *
         * @param o an argument
         * @return its str
         */
        String str(Object o);

        /**
         * Python's {@code repr(o)}.
         *
         * @param o an argument
         * @return its repr
         */
        String repr(Object o);

        /**
         * The number {@code o} stands for, if it is one: a {@link Long} or {@link BigInteger} for an int (a bool
         * included), a {@link Double} for a float (or another real number that is not an int).
         *
         * @param o an argument
         * @return the number, or {@code null} when {@code o} is not a number
         */
        Object number(Object o);

        /**
         * The int an object that is no number answers for an integer conversion: through {@code __index__} when
         * {@code index} ({@code %x}, {@code %o}, {@code %c}), else as {@code int(o)} does ({@code __int__}, then
         * {@code __index__}: {@code %d}); a {@link Long} or {@link BigInteger}, or {@code null} when it has neither
         * method (CPython's {@code PyNumber_Check} fails).
         *
         * @param o an argument
         * @param index whether only {@code __index__} may answer
         * @return the int, or {@code null}
         */
        default Object integer(Object o, boolean index) {
            return null;
        }

        /**
         * The float an object that is no number answers for {@code %e %f %g}, as {@code PyFloat_AsDouble}
         * ({@code __float__}, else {@code __index__}), or {@code null} when it has neither method.
         *
         * @param o an argument
         * @return a {@link Double}, or {@code null}
         */
        default Double real(Object o) {
            return null;
        }

        /**
         * The name of {@code o}'s Python type, as {@code type(o).__name__}.
         *
         * @param o an argument
         * @return the name, such as {@code "str"} or {@code "NoneType"}
         */
        String typeName(Object o);

        /**
         * The interpreter's limit on the digits of a decimal conversion ({@code sys.set_int_max_str_digits}).
         *
         * @return the limit, 0 for none
         */
        default int maxStrDigits() {
            return IntParse.DEFAULT_MAX_STR_DIGITS;
        }

        /**
         * Python's {@code mapping[key]}; raises the interpreter's own {@code KeyError} (or other error) as it
         * likes.
         *
         * @param mapping the right operand of {@code %}
         * @param key the key between the parentheses of {@code %(key)s}
         * @return the value
         */
        Object mappingGet(Object mapping, String key);

        /**
         * CPython's {@code PyMapping_Check(o)}: whether {@code o} has {@code __getitem__} (a dict, but a list too);
         * it is only asked about a right operand that is not a tuple, and should answer false for a str.
         *
         * @param o the right operand of {@code %}
         * @return whether it is a mapping
         */
        boolean isMapping(Object o);

        /**
         * The text of {@code o} if it is a Python str (or a subclass), else {@code null}; {@code %c} accepts a
         * one-character str. The default treats Java strings as Python strs.
         *
         * @param o an argument
         * @return the string, or {@code null}
         */
        default String strValue(Object o) {
            return o instanceof String ? (String) o : null;
        }

        /**
         * Python's {@code ascii(o)}; the default escapes the non-ASCII characters of {@link #repr(Object)}.
         *
         * @param o an argument
         * @return its ASCII repr
         */
        default String ascii(Object o) {
            return StrMethods.escapeNonAscii(repr(o));
        }
    }

    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;

    /** The parsing state of one {@code format} call: CPython's {@code unicode_formatter_t}. */
    private static final class State {
        final int[] fmt;
        int pos;
        final Conv conv;
        List<Object> tuple;
        Object single;
        int argLen;
        int argIdx;
        final Object dict;

        State(int[] fmt, List<Object> args, boolean argsIsTuple, Conv conv) {
            this.fmt = fmt;
            this.conv = conv;
            if (argsIsTuple) {
                tuple = args;
                argLen = args.size();
                argIdx = 0;
                dict = null;
            } else {
                if (args.size() != 1) {
                    throw new IllegalArgumentException("a non-tuple right operand is one argument");
                }
                single = args.get(0);
                argLen = -1;
                argIdx = -2;
                Object a = single;
                dict = conv.isMapping(a) && conv.strValue(a) == null ? a : null;
            }
        }

        Object nextArg() {
            if (argIdx < argLen) {
                int i = argIdx++;
                return argLen < 0 ? single : tuple.get(i);
            }
            throw TextError.typeError("not enough arguments for format string");
        }
    }

    /**
     * Python's {@code fmt % args}.
     *
     * @param fmt the format string
     * @param args the arguments: a tuple's items, or the single right operand when it is not a tuple
     * @param argsIsTuple whether the right operand is a tuple
     * @param conv how to see the arguments
     * @return the formatted string
     * @throws TextError with CPython's type and message
     */
    public static String format(String fmt, List<Object> args, boolean argsIsTuple, Conv conv) {
        int[] cp = fmt.codePoints().toArray();
        State st = new State(cp, args, argsIsTuple, conv);
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        int n = cp.length;
        while (st.pos < n) {
            int c = cp[st.pos];
            if (c != '%') {
                out.appendCodePoint(c);
                st.pos++;
                continue;
            }
            st.pos++;
            formatOne(st, out);
        }
        if (st.argIdx < st.argLen && st.dict == null) {
            throw TextError.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static TextError incomplete() {
        return TextError.valueError("incomplete format");
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** Parses and formats the conversion after a {@code %}; {@code st.pos} is just past the {@code %}. */
    private static void formatOne(State st, StringBuilder out) {
        int[] fmt = st.fmt;
        int n = fmt.length;
        if (st.pos < n && fmt[st.pos] == '%') {
            out.append('%');
            st.pos++;
            return;
        }
        if (st.pos < n && fmt[st.pos] == '(') {
            if (st.dict == null) {
                throw TextError.typeError("format requires a mapping");
            }
            st.pos++;
            int keyStart = st.pos;
            int depth = 1;
            while (depth > 0 && st.pos < n) {
                int c = fmt[st.pos];
                if (c == ')') {
                    depth--;
                } else if (c == '(') {
                    depth++;
                }
                st.pos++;
            }
            if (depth > 0) {
                throw TextError.valueError("incomplete format key");
            }
            String key = new String(fmt, keyStart, st.pos - 1 - keyStart);
            st.single = st.conv.mappingGet(st.dict, key);
            st.tuple = null;
            st.argLen = -1;
            st.argIdx = -2;
        }
        int flags = 0;
        int ch = -1;
        boolean eof = true;
        while (st.pos < n) {
            ch = fmt[st.pos++];
            if (ch == '-') {
                flags |= F_LJUST;
            } else if (ch == '+') {
                flags |= F_SIGN;
            } else if (ch == ' ') {
                flags |= F_BLANK;
            } else if (ch == '#') {
                flags |= F_ALT;
            } else if (ch == '0') {
                flags |= F_ZERO;
            } else {
                eof = false;
                break;
            }
        }
        if (eof) {
            throw incomplete();
        }
        long width = -1;
        if (ch == '*') {
            Object v = st.nextArg();
            width = starArg(st.conv, v, false);
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            if (st.pos >= n) {
                throw incomplete();
            }
            ch = fmt[st.pos++];
        } else if (isDigit(ch)) {
            width = ch - '0';
            while (true) {
                if (st.pos >= n) {
                    throw incomplete();
                }
                ch = fmt[st.pos++];
                if (!isDigit(ch)) {
                    break;
                }
                if (width > (Long.MAX_VALUE - (ch - '0')) / 10) {
                    throw TextError.valueError("width too big");
                }
                width = width * 10 + (ch - '0');
            }
        }
        int prec = -1;
        if (ch == '.') {
            prec = 0;
            if (st.pos >= n) {
                throw incomplete();
            }
            ch = fmt[st.pos++];
            if (ch == '*') {
                Object v = st.nextArg();
                prec = (int) starArg(st.conv, v, true);
                if (prec < 0) {
                    prec = 0;
                }
                if (st.pos >= n) {
                    throw incomplete();
                }
                ch = fmt[st.pos++];
            } else if (isDigit(ch)) {
                prec = ch - '0';
                while (true) {
                    if (st.pos >= n) {
                        throw incomplete();
                    }
                    ch = fmt[st.pos++];
                    if (!isDigit(ch)) {
                        break;
                    }
                    if (prec > (Integer.MAX_VALUE - (ch - '0')) / 10) {
                        throw TextError.valueError("precision too big");
                    }
                    prec = prec * 10 + (ch - '0');
                }
            }
        }
        if (ch == 'h' || ch == 'l' || ch == 'L') {
            if (st.pos >= n) {
                throw incomplete();
            }
            ch = fmt[st.pos++];
        }
        Object v = st.nextArg();
        boolean sign;
        String str;
        Conv conv = st.conv;
        switch (ch) {
            case 's':
                str = conv.str(v);
                sign = false;
                break;
            case 'r':
                str = conv.repr(v);
                sign = false;
                break;
            case 'a':
                str = conv.ascii(v);
                sign = false;
                break;
            case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
                str = formatLong(conv, v, (char) ch, (flags & F_ALT) != 0, prec);
                sign = true;
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                str = FloatFormat.toString(toDouble(conv, v), (char) ch, prec < 0 ? 6 : prec,
                        (flags & F_ALT) != 0 ? FloatFormat.ALT : 0);
                sign = true;
                break;
            case 'c':
                str = new String(Character.toChars(formatChar(conv, v)));
                sign = false;
                break;
            default:
                throw TextError.valueError("unsupported format character '" + (ch >= 31 && ch <= 126 ? (char) ch : '?')
                        + "' (0x" + Integer.toHexString(ch) + ") at index " + (st.pos - 1));
        }
        output(out, str, ch, flags, width, prec, sign);
        if (st.dict != null && st.argIdx < st.argLen) {
            throw TextError.typeError("not all arguments converted during string formatting");
        }
    }

    /** A {@code *} width or precision: an int that fits a C {@code ssize_t} (width) or {@code int} (precision). */
    private static long starArg(Conv conv, Object v, boolean precision) {
        Object num = conv.number(v);
        if (!(num instanceof Long || num instanceof BigInteger)) {
            throw TextError.typeError("* wants int");
        }
        BigInteger big = num instanceof Long ? BigInteger.valueOf((Long) num) : (BigInteger) num;
        if (precision) {
            if (big.bitLength() > 31) {
                throw TextError.overflowError("Python int too large to convert to C int");
            }
        } else if (big.bitLength() > 63) {
            throw TextError.overflowError("Python int too large to convert to C ssize_t");
        }
        return big.longValue();
    }

    /** {@code PyFloat_AsDouble} of an argument of {@code %e %f %g}. */
    private static double toDouble(Conv conv, Object v) {
        Object num = conv.number(v);
        if (num == null) {
            num = conv.real(v);
        }
        if (num instanceof Double) {
            return (Double) num;
        }
        if (num instanceof Long) {
            return (Long) num;
        }
        if (num instanceof BigInteger) {
            return Formatter.intToDouble((BigInteger) num);
        }
        throw TextError.typeError("must be real number, not " + conv.typeName(v));
    }

    /** CPython's {@code formatchar}: the code point for {@code %c}. */
    private static int formatChar(Conv conv, Object v) {
        String s = conv.strValue(v);
        if (s != null) {
            if (!s.isEmpty() && s.codePointCount(0, s.length()) == 1) {
                return s.codePointAt(0);
            }
            throw TextError.typeError("%c requires int or char");
        }
        Object num = conv.number(v);
        if (num == null) {
            num = conv.integer(v, true);
        }
        if (num instanceof Long || num instanceof BigInteger) {
            BigInteger big = num instanceof Long ? BigInteger.valueOf((Long) num) : (BigInteger) num;
            if (big.signum() < 0 || big.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                throw TextError.overflowError("%c arg not in range(0x110000)");
            }
            return big.intValue();
        }
        throw TextError.typeError("%c requires int or char");
    }

    /** CPython's {@code mainformatlong} and {@code _PyUnicode_FormatLong}. */
    private static String formatLong(Conv conv, Object v, char type, boolean alt, int prec) {
        Object num = conv.number(v);
        if (num == null) {
            num = conv.integer(v, type == 'o' || type == 'x' || type == 'X');
        }
        BigInteger big;
        if (num instanceof Long) {
            big = BigInteger.valueOf((Long) num);
        } else if (num instanceof BigInteger) {
            big = (BigInteger) num;
        } else if (num instanceof Double && type != 'o' && type != 'x' && type != 'X') {
            big = FloatFormat.toInt((Double) num);
        } else if (type == 'o' || type == 'x' || type == 'X') {
            throw TextError.typeError("%" + type + " format: an integer is required, not " + conv.typeName(v));
        } else {
            throw TextError.typeError("%" + type + " format: a real number is required, not " + conv.typeName(v));
        }
        if (prec > Integer.MAX_VALUE - 3) {
            throw TextError.overflowError("precision too large");
        }
        String digits;
        String prefix = "";
        switch (type) {
            case 'o':
                digits = IntParse.digits(big, 8);
                prefix = alt ? "0o" : "";
                break;
            case 'x':
                digits = IntParse.digits(big, 16);
                prefix = alt ? "0x" : "";
                break;
            case 'X':
                digits = IntParse.digits(big, 16).toUpperCase(java.util.Locale.ROOT);
                prefix = alt ? "0X" : "";
                break;
            default:
                digits = IntParse.toDecimalString(big.abs(), conv.maxStrDigits());
                break;
        }
        StringBuilder sb = new StringBuilder(digits.length() + 4 + Math.max(prec, 0));
        if (big.signum() < 0) {
            sb.append('-');
        }
        sb.append(prefix);
        for (int i = digits.length(); i < prec; i++) {
            sb.append('0');
        }
        sb.append(digits);
        return sb.toString();
    }

    /** CPython's {@code unicode_format_arg_output}: sign, prefix, padding and truncation. */
    private static void output(StringBuilder out, String str, int ch, int flags, long widthArg, int prec,
            boolean signArg) {
        boolean sign = signArg;
        int fill = sign && (flags & F_ZERO) != 0 ? '0' : ' ';
        long width = widthArg;
        long len = str.codePointCount(0, str.length());
        if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && (flags & (F_SIGN | F_BLANK)) == 0) {
            out.append(str);
            return;
        }
        if ((ch == 's' || ch == 'r' || ch == 'a') && prec >= 0 && len >= prec) {
            len = prec;
        }
        int p = 0; // UTF-16 offset into str
        char signChar = 0;
        if (sign) {
            char c = str.isEmpty() ? 0 : str.charAt(0);
            if (c == '-' || c == '+') {
                signChar = c;
                len--;
                p++;
            } else if ((flags & F_SIGN) != 0) {
                signChar = '+';
            } else if ((flags & F_BLANK) != 0) {
                signChar = ' ';
            } else {
                sign = false;
            }
        }
        if (width < len) {
            width = len;
        }
        if (sign) {
            if (fill != ' ') {
                out.append(signChar);
            }
            if (width > len) {
                width--;
            }
        }
        boolean prefix = (flags & F_ALT) != 0 && (ch == 'x' || ch == 'X' || ch == 'o');
        if (prefix) {
            if (fill != ' ') {
                out.append(str, p, p + 2);
                p += 2;
            }
            width -= 2;
            if (width < 0) {
                width = 0;
            }
            len -= 2;
        }
        if (width > len && (flags & F_LJUST) == 0) {
            for (long i = len; i < width; i++) {
                out.appendCodePoint(fill);
            }
            width = len;
        }
        if (fill == ' ') {
            if (sign) {
                out.append(signChar);
            }
            if (prefix) {
                out.append(str, p, p + 2);
                p += 2;
            }
        }
        if (len > 0) {
            out.append(str, p, str.offsetByCodePoints(p, (int) len));
        }
        for (long i = len; i < width; i++) {
            out.append(' ');
        }
    }
}
