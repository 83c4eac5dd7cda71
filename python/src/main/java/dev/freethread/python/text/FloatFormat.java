// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's conversions between {@code float} and text, matching CPython 3.13: {@link #repr(double)} is
 * {@code float_repr} (the shortest string that reads back as the same double, as {@code _Py_dg_dtoa} mode 0 finds
 * it), {@link #parse(String)} is {@code float(str)} ({@code float_from_string_inner} with
 * {@code _Py_string_to_number_with_underscores} and {@code _PyOS_ascii_strtod}), {@link #round(double, int)} and
 * {@link #roundToInt(double)} are {@code float.__round__}, and
 * {@link #toString(double, char, int, int)} is {@code PyOS_double_to_string} ({@code Python/pystrtod.c}), on
 * which {@link Formatter} and {@link PercentFormat} build.
 *
 * <p>All rounding is done on the exact binary value with round-half-even, as David Gay's {@code dtoa.c} does, so
 * {@code format(2.675, '.2f') == '2.67'} and {@code format(0.125, '.2f') == '0.12'}; the digits come from
 * {@link BigDecimal}, which holds every double exactly.
 */
public final class FloatFormat {
    private FloatFormat() {
    }

    /** Flag of {@link #toString(double, char, int, int)}: always write a sign ({@code Py_DTSF_SIGN}). */
    public static final int SIGN = 0x01;
    /** Flag: give an integral value in fixed notation a {@code .0} ({@code Py_DTSF_ADD_DOT_0}). */
    public static final int ADD_DOT_0 = 0x02;
    /** Flag: the alternate form, keeping the decimal point and trailing zeros ({@code Py_DTSF_ALT}). */
    public static final int ALT = 0x04;
    /** Flag: drop the minus sign of a result that rounds to zero ({@code Py_DTSF_NO_NEG_0}). */
    public static final int NO_NEG_0 = 0x08;

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal TWO_POW_1024 = new BigDecimal(BigInteger.ONE.shiftLeft(1024));
    private static final MathContext MC15 = new MathContext(15, RoundingMode.HALF_EVEN);

    /**
     * A decimal digit string without trailing zeros and its decimal point position: the value is
     * {@code 0.DIGITS * 10**decpt}, as {@code _Py_dg_dtoa} returns it.
     */
    private static final class Digits {
        final String digits;
        final int decpt;

        Digits(String digits, int decpt) {
            this.digits = digits;
            this.decpt = decpt;
        }
    }

    private static Digits digitsOf(BigDecimal positive) {
        BigDecimal d = positive.stripTrailingZeros();
        String digits = d.unscaledValue().toString();
        return new Digits(digits, digits.length() - d.scale());
    }

    // ------------------------------------------------------------------ digit generation

    /** {@code _Py_dg_dtoa} mode 0: the shortest digits that read back as {@code v}, the nearest such if several. */
    private static Digits shortest(double v) {
        if (v == 0) {
            return new Digits("0", 1);
        }
        BigDecimal exact = new BigDecimal(v);
        if (v >= Double.MIN_NORMAL) {
            // A normal double's round-trip interval is narrower than the gap between 15-digit decimals, so at most
            // one of them reads back: when the nearest does, it is the only candidate of 15 digits or fewer.
            BigDecimal r15 = exact.round(MC15);
            if (Double.parseDouble(r15.toString()) == v) {
                return digitsOf(r15);
            }
        }
        BigDecimal below = new BigDecimal(Math.nextDown(v));
        BigDecimal above = v == Double.MAX_VALUE ? TWO_POW_1024 : new BigDecimal(Math.nextUp(v));
        BigDecimal lo = exact.add(below).multiply(HALF);
        BigDecimal hi = exact.add(above).multiply(HALF);
        boolean even = (Double.doubleToRawLongBits(v) & 1) == 0;
        // Whether some n-digit decimal reads back as v only grows with n, so search for the least such n; a normal
        // double that failed the 15-digit test needs 16 or 17.
        int low = v >= Double.MIN_NORMAL ? 16 : 1;
        int high = 17;
        BigDecimal best = null;
        while (low < high) {
            int mid = (low + high) >>> 1;
            BigDecimal c = candidate(exact, mid, lo, hi, even);
            if (c != null) {
                high = mid;
                best = c;
            } else {
                low = mid + 1;
            }
        }
        if (best == null || best.precision() > low) {
            best = candidate(exact, low, lo, hi, even);
        }
        return digitsOf(best);
    }

    /** The n-digit decimal nearest to {@code exact} that reads back as the same double, or {@code null}. */
    private static BigDecimal candidate(BigDecimal exact, int n, BigDecimal lo, BigDecimal hi, boolean even) {
        BigDecimal nearest = exact.round(new MathContext(n, RoundingMode.HALF_EVEN));
        if (readsBack(nearest, lo, hi, even)) {
            return nearest;
        }
        int cmp = nearest.compareTo(exact);
        BigDecimal other = exact.round(new MathContext(n, cmp > 0 ? RoundingMode.FLOOR : RoundingMode.CEILING));
        return readsBack(other, lo, hi, even) ? other : null;
    }

    private static boolean readsBack(BigDecimal c, BigDecimal lo, BigDecimal hi, boolean even) {
        int a = c.compareTo(lo);
        int b = c.compareTo(hi);
        return (a > 0 && b < 0) || (even && (a == 0 || b == 0));
    }

    /** {@code _Py_dg_dtoa} mode 2: {@code n} significant digits, correctly rounded, trailing zeros dropped. */
    private static Digits significant(double v, int n) {
        if (v == 0) {
            return new Digits("0", 1);
        }
        return digitsOf(new BigDecimal(v).round(new MathContext(n, RoundingMode.HALF_EVEN)));
    }

    /** {@code _Py_dg_dtoa} mode 3: rounded to {@code places} digits after the point, trailing zeros dropped. */
    private static Digits fixed(double v, int places) {
        if (v == 0) {
            return new Digits("0", 1);
        }
        BigDecimal r = new BigDecimal(v).setScale(places, RoundingMode.HALF_EVEN);
        if (r.signum() == 0) {
            return new Digits("", -places);
        }
        return digitsOf(r);
    }

    // ------------------------------------------------------------------ PyOS_double_to_string

    /**
     * {@code PyOS_double_to_string}: formats {@code val} in one of Python's float styles.
     *
     * @param val the value
     * @param formatCode {@code 'e'}, {@code 'E'}, {@code 'f'}, {@code 'F'}, {@code 'g'}, {@code 'G'} or
     *     {@code 'r'} (the repr's shortest digits; {@code precision} must be 0)
     * @param precision digits after the point for e and f, significant digits for g (0 meaning 1)
     * @param flags a combination of {@link #SIGN}, {@link #ADD_DOT_0}, {@link #ALT} and {@link #NO_NEG_0}
     * @return the text, such as {@code "1.5e+300"}, {@code "-inf"} or {@code "nan"} ({@code "INF"} and
     *     {@code "NAN"} for the upper-case codes)
     * @throws IllegalArgumentException for another format code, or a precision with {@code 'r'}
     */
    public static String toString(double val, char formatCode, int precision, int flags) {
        boolean upper = false;
        char code = formatCode;
        int n = precision;
        switch (code) {
            case 'E':
                upper = true;
                code = 'e';
                n++;
                break;
            case 'e':
                n++;
                break;
            case 'F':
                upper = true;
                code = 'f';
                break;
            case 'f':
                break;
            case 'G':
                upper = true;
                code = 'g';
                if (n == 0) {
                    n = 1;
                }
                break;
            case 'g':
                if (n == 0) {
                    n = 1;
                }
                break;
            case 'r':
                if (n != 0) {
                    throw new IllegalArgumentException("precision must be 0 for 'r'");
                }
                break;
            default:
                throw new IllegalArgumentException("bad format code " + formatCode);
        }
        boolean alwaysSign = (flags & SIGN) != 0;
        boolean neg = (Double.doubleToRawLongBits(val) < 0);
        if (Double.isNaN(val) || Double.isInfinite(val)) {
            StringBuilder sb = new StringBuilder(4);
            if (Double.isNaN(val)) {
                if (alwaysSign) {
                    sb.append('+');
                }
                sb.append(upper ? "NAN" : "nan");
            } else {
                sb.append(neg ? '-' : alwaysSign ? "+" : "");
                sb.append(upper ? "INF" : "inf");
            }
            return sb.toString();
        }
        double abs = Math.abs(val);
        Digits d;
        if (code == 'r') {
            d = shortest(abs);
        } else if (code == 'f') {
            d = fixed(abs, n);
        } else {
            d = significant(abs, n);
        }
        if (neg && (flags & NO_NEG_0) != 0 && (d.digits.isEmpty() || d.digits.equals("0"))) {
            neg = false;
        }
        return layout(neg, alwaysSign, d, code, n, (flags & ADD_DOT_0) != 0, (flags & ALT) != 0, upper);
    }

    /** {@code format_float_short}'s layout of the digits: zero padding, the point, the exponent. */
    private static String layout(boolean neg, boolean alwaysSign, Digits d, char code, int precision,
            boolean addDot0, boolean alt, boolean upper) {
        String digits = d.digits;
        int len = digits.length();
        int decpt = d.decpt;
        boolean useExp = false;
        int vend = len;
        switch (code) {
            case 'e':
                useExp = true;
                vend = precision;
                break;
            case 'f':
                vend = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alt) {
                    vend = precision;
                }
                break;
            default: // 'r'
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
                break;
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vstart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vend = Math.max(vend, decpt + 1);
        } else {
            vend = Math.max(vend, decpt);
        }
        StringBuilder sb = new StringBuilder(Math.max(vend - vstart, 0) + 8);
        if (neg) {
            sb.append('-');
        } else if (alwaysSign) {
            sb.append('+');
        }
        if (decpt <= 0) {
            zeros(sb, decpt - vstart);
            sb.append('.');
            zeros(sb, -decpt);
        } else {
            zeros(sb, -vstart);
        }
        if (decpt > 0 && decpt <= len) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, len);
        } else {
            sb.append(digits);
        }
        if (len < decpt) {
            zeros(sb, decpt - len);
            sb.append('.');
            zeros(sb, vend - decpt);
        } else {
            zeros(sb, vend - len);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alt) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        }
        return sb.toString();
    }

    private static void zeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append('0');
        }
    }

    // ------------------------------------------------------------------ repr

    /**
     * Python's {@code repr(float)} and {@code str(float)}: the shortest digits that round-trip; fixed notation
     * with at least {@code .0} when the decimal exponent is from -5 to 15, else {@code d.ddde+XX}.
     *
     * @param d the value
     * @return its repr: {@code "0.1"}, {@code "1e+16"}, {@code "1e-05"}, {@code "-0.0"}, {@code "inf"},
     *     {@code "nan"}
     */
    public static String repr(double d) {
        if (d == (long) d && Math.abs(d) < 1e16 && !(d == 0 && Double.doubleToRawLongBits(d) < 0)) {
            return Long.toString((long) d) + ".0";
        }
        return toString(d, 'r', 0, ADD_DOT_0);
    }

    // ------------------------------------------------------------------ parse

    /**
     * Python's {@code float(s)} for a string: surrounding whitespace, a sign, {@code inf}, {@code infinity} or
     * {@code nan} in any case, underscores between digits, and any Unicode decimal digits; out-of-range values
     * become infinities or zeros.
     *
     * @param s the text
     * @return the double nearest its value
     * @throws TextError {@code ValueError: could not convert string to float: 'abc'}
     */
    public static double parse(String s) {
        Double v = tryParse(s);
        if (v == null) {
            throw TextError.valueError("could not convert string to float: " + StrMethods.repr(s));
        }
        return v;
    }

    /**
     * Like {@link #parse(String)}, but returns {@code null} instead of raising.
     *
     * @param s the text
     * @return the double nearest its value, or {@code null} if it is not a float literal
     */
    public static Double tryParse(String s) {
        String t = ascii(s);
        if (t == null || t.isEmpty()) {
            return null;
        }
        if (t.indexOf('_') >= 0) {
            StringBuilder sb = new StringBuilder(t.length());
            char prev = 0;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '_') {
                    if (!isDigit(prev)) {
                        return null;
                    }
                } else {
                    if (prev == '_' && !isDigit(c)) {
                        return null;
                    }
                    sb.append(c);
                }
                prev = c;
            }
            if (prev == '_') {
                return null;
            }
            t = sb.toString();
        }
        int i = 0;
        boolean neg = false;
        if (t.charAt(0) == '+' || t.charAt(0) == '-') {
            neg = t.charAt(0) == '-';
            i = 1;
        }
        String rest = t.substring(i);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equalsIgnoreCase("nan")) {
            return neg ? Math.copySign(Double.NaN, -1.0) : Double.NaN;
        }
        double v = parseDecimal(t, i);
        if (Double.isNaN(v)) {
            return null;
        }
        return neg ? -v : v;
    }

    /** Whitespace and decimal digits mapped to ASCII, the ASCII whitespace stripped; {@code null} if invalid. */
    private static String ascii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 127) {
                sb.append((char) cp);
            } else if (UnicodeTables.isSpace(cp)) {
                sb.append(' ');
            } else {
                int dec = UnicodeTables.decimalValue(cp);
                if (dec < 0) {
                    return null;
                }
                sb.append((char) ('0' + dec));
            }
        }
        int b = 0;
        int e = sb.length();
        while (b < e && isAsciiSpace(sb.charAt(b))) {
            b++;
        }
        while (e > b && isAsciiSpace(sb.charAt(e - 1))) {
            e--;
        }
        return sb.substring(b, e);
    }

    static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Reads {@code digits[.digits][(e|E)[sign]digits]} from {@code i} to the end, or returns NaN. */
    private static double parseDecimal(String t, int start) {
        int n = t.length();
        int i = start;
        StringBuilder mant = new StringBuilder();
        int intDigits = 0;
        int digitCount = 0;
        while (i < n && isDigit(t.charAt(i))) {
            mant.append(t.charAt(i++));
            intDigits++;
            digitCount++;
        }
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(t.charAt(i))) {
                mant.append(t.charAt(i++));
                digitCount++;
            }
        }
        if (digitCount == 0) {
            return Double.NaN;
        }
        long exp = 0;
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            boolean eneg = false;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                eneg = t.charAt(i) == '-';
                i++;
            }
            if (i >= n || !isDigit(t.charAt(i))) {
                return Double.NaN;
            }
            while (i < n && isDigit(t.charAt(i))) {
                if (exp < 1_000_000_000L) {
                    exp = exp * 10 + (t.charAt(i) - '0');
                }
                i++;
            }
            if (eneg) {
                exp = -exp;
            }
        }
        if (i != n) {
            return Double.NaN;
        }
        // value = 0.MANT * 10**(intDigits + exp), with leading zeros of MANT moved into the exponent
        int lead = 0;
        while (lead < mant.length() && mant.charAt(lead) == '0') {
            lead++;
        }
        if (lead == mant.length()) {
            return 0.0;
        }
        int end = mant.length();
        while (mant.charAt(end - 1) == '0') {
            end--;
        }
        long decpt = intDigits + exp - lead;
        if (decpt > 400) {
            return Double.POSITIVE_INFINITY;
        }
        if (decpt < -400) {
            return 0.0;
        }
        return Double.parseDouble("0." + mant.substring(lead, end) + "e" + decpt);
    }

    // ------------------------------------------------------------------ round

    /**
     * Python's {@code round(x, ndigits)} for a float: the exact value rounded half-even to {@code ndigits} decimal
     * places (negative for tens, hundreds...), then the double nearest that; NaN and infinities round to
     * themselves, a zero result keeps the sign of {@code x}.
     *
     * @param x the value
     * @param ndigits the decimal places; a caller with a larger Python int clamps it to the int range
     * @return the rounded value
     * @throws TextError {@code OverflowError: rounded value too large to represent}
     */
    public static double round(double x, int ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        if (ndigits > 323) {
            return x;
        }
        if (ndigits < -308) {
            return 0.0 * x;
        }
        if (x == 0) {
            return x;
        }
        BigDecimal r = new BigDecimal(x).setScale(ndigits, RoundingMode.HALF_EVEN);
        if (r.signum() == 0) {
            return Math.copySign(0.0, x);
        }
        double v = r.doubleValue();
        if (Double.isInfinite(v)) {
            throw TextError.overflowError("rounded value too large to represent");
        }
        return v;
    }

    /**
     * Python's {@code round(x)} for a float: the nearest integer, ties to even.
     *
     * @param x the value
     * @return the integer
     * @throws TextError {@code OverflowError: cannot convert float infinity to integer} or
     *     {@code ValueError: cannot convert float NaN to integer}
     */
    public static BigInteger roundToInt(double x) {
        return toInt(Math.rint(x));
    }

    /**
     * Python's {@code int(x)} for a float: truncation toward zero.
     *
     * @param x the value
     * @return the integer
     * @throws TextError {@code OverflowError: cannot convert float infinity to integer} or
     *     {@code ValueError: cannot convert float NaN to integer}
     */
    public static BigInteger toInt(double x) {
        if (Double.isNaN(x)) {
            throw TextError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw TextError.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(x) < 9.0e18) {
            return BigInteger.valueOf((long) x);
        }
        return new BigDecimal(x).toBigInteger();
    }

    /**
     * Python's {@code float.hex()}: {@code [-]0x1.<13 hex digits>p<exp>} for a normal number, {@code 0x0.<13>p-1022}
     * for a subnormal one, {@code [-]0x0.0p+0} for zero, and {@code inf}, {@code -inf}, {@code nan}.
     *
     * @param d the value
     * @return its hexadecimal form, as CPython writes it
     */
    public static String toHex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        long bits = Double.doubleToRawLongBits(d);
        String sign = bits < 0 ? "-" : "";
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        if (exp == 0 && mant == 0) {
            return sign + "0x0.0p+0";
        }
        String digits = String.format(java.util.Locale.ROOT, "%013x", mant);
        if (exp == 0) { // subnormal: 0.<mantissa> * 2**-1022
            return sign + "0x0." + digits + "p-1022";
        }
        int e = exp - 1023;
        return sign + "0x1." + digits + "p" + (e >= 0 ? "+" : "") + e;
    }

    /**
     * Python's {@code float.fromhex(s)}: surrounding whitespace, a sign, an optional {@code 0x}, hexadecimal digits
     * with an optional point, an optional binary exponent {@code p[+-]N}; or {@code inf}, {@code infinity},
     * {@code nan} in any case. Rounded to nearest, ties to even, as CPython's.
     *
     * @param s the text
     * @return the value
     * @throws TextError {@code ValueError: invalid hexadecimal floating-point string}, or {@code OverflowError:
     *     hexadecimal value too large to represent as a float}
     */
    public static double fromHex(String s) {
        String t = s.strip();
        String body = t;
        boolean negative = false;
        if (body.startsWith("-") || body.startsWith("+")) {
            negative = body.charAt(0) == '-';
            body = body.substring(1);
        }
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("inf") || lower.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (lower.equals("nan")) {
            return Double.NaN;
        }
        if (lower.startsWith("0x")) {
            lower = lower.substring(2);
        }
        int p = lower.indexOf('p');
        String mantissa = p < 0 ? lower : lower.substring(0, p);
        String exponent = p < 0 ? "0" : lower.substring(p + 1);
        if (!mantissa.matches("[0-9a-f]*\\.?[0-9a-f]*") || mantissa.replace(".", "").isEmpty()
                || !exponent.matches("[+-]?[0-9]+")) {
            throw TextError.valueError("invalid hexadecimal floating-point string");
        }
        double v;
        try {
            // Java parses the same form once it has its 0x prefix and an exponent, rounding as CPython does; an
            // exponent beyond int range is clamped (the value is then 0 or infinite anyway)
            long e = exponent.length() > 12 ? (exponent.startsWith("-") ? -99999 : 99999) : Long.parseLong(exponent);
            v = Double.parseDouble("0x" + (mantissa.startsWith(".") ? "0" : "") + mantissa + "p" + e);
        } catch (NumberFormatException ex) {
            throw TextError.valueError("invalid hexadecimal floating-point string");
        }
        if (Double.isInfinite(v)) {
            throw new TextError("OverflowError", "hexadecimal value too large to represent as a float");
        }
        return negative ? -v : v;
    }
}
