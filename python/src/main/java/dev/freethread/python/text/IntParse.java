// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python.text;

import java.math.BigInteger;

/**
 * Python's conversions between {@code int} and text, matching CPython 3.13: {@link #parse(String, int)} is
 * {@code int(str, base)} ({@code PyLong_FromUnicodeObject} and {@code PyLong_FromString} in
 * {@code Objects/longobject.c}), {@link #toString(BigInteger, int, boolean)} is {@code hex()}, {@code oct()},
 * {@code bin()} and {@code str()} ({@code _PyLong_Format}). Both apply CPython's limit on decimal conversions of
 * huge numbers ({@code sys.set_int_max_str_digits}), 4300 digits unless {@link #setMaxStrDigits(int)} changes it.
 */
public final class IntParse {
    private IntParse() {
    }

    /**
     * The least non-zero limit {@code sys.set_int_max_str_digits} accepts, and the size below which no check is
     * made.
     */
    public static final int MAX_STR_DIGITS_THRESHOLD = dev.freethread.objects.Runtime.INT_MAX_STR_DIGITS_THRESHOLD;

    /** CPython's default limit on the digits of a decimal conversion. */
    public static final int DEFAULT_MAX_STR_DIGITS = dev.freethread.objects.Runtime.DEFAULT_INT_MAX_STR_DIGITS;

    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 99;
    }

    /**
     * Python's {@code int(s, base)}: optional surrounding whitespace and sign; base 0 reads the base from a
     * {@code 0x}, {@code 0o} or {@code 0b} prefix (and rejects other leading zeros unless the value is zero); a
     * base of 16, 8 or 2 allows the matching prefix; single underscores may separate digits and follow a prefix;
     * Unicode decimal digits count as digits.
     *
     * @param s the text
     * @param base 0, or 2 to 36
     * @return the value
     * @throws TextError {@code ValueError: invalid literal for int() with base 10: 'abc'},
     *     {@code ValueError: int() base must be >= 2 and <= 36, or 0}, or the digit limit's {@code ValueError}
     */
    public static BigInteger parse(String s, int base) {
        return parse(s, base, DEFAULT_MAX_STR_DIGITS);
    }

    /**
     * {@link #parse(String, int)} under an interpreter's digit limit ({@code sys.set_int_max_str_digits}).
     *
     * @param s the text
     * @param base 0, or 2 to 36
     * @param maxDigits the limit on the digits of a base that is not a power of two, 0 for none
     * @return the value
     * @throws TextError as {@link #parse(String, int)}
     */
    public static BigInteger parse(String s, int base, int maxDigits) {
        if ((base != 0 && base < 2) || base > 36) {
            throw TextError.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        BigInteger v = parseOrNull(s, base, maxDigits);
        if (v == null) {
            String r = StrMethods.repr(s);
            if (r.codePointCount(0, r.length()) > 200) {
                r = r.substring(0, r.offsetByCodePoints(0, 200));
            }
            throw TextError.valueError("invalid literal for int() with base " + base + ": " + r);
        }
        return v;
    }

    /** The value of {@code s}, or {@code null} when it is not a valid literal; raises only for the digit limit. */
    private static BigInteger parseOrNull(String s, int base, int limit) {
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
        int n = sb.length();
        int p = 0;
        while (p < n && FloatFormat.isAsciiSpace(sb.charAt(p))) {
            p++;
        }
        boolean neg = false;
        if (p < n && (sb.charAt(p) == '+' || sb.charAt(p) == '-')) {
            neg = sb.charAt(p) == '-';
            p++;
        }
        char c0 = p < n ? sb.charAt(p) : 0;
        char c1 = p + 1 < n ? Character.toLowerCase(sb.charAt(p + 1)) : 0;
        boolean zeroOnly = false;
        if (base == 0) {
            if (c0 != '0') {
                base = 10;
            } else if (c1 == 'x') {
                base = 16;
            } else if (c1 == 'o') {
                base = 8;
            } else if (c1 == 'b') {
                base = 2;
            } else {
                zeroOnly = true;
                base = 10;
            }
        }
        if (c0 == '0' && (base == 16 && c1 == 'x' || base == 8 && c1 == 'o' || base == 2 && c1 == 'b')) {
            p += 2;
            if (p < n && sb.charAt(p) == '_') {
                p++;
            }
        }
        if (p < n && sb.charAt(p) == '_') {
            return null;
        }
        StringBuilder digits = new StringBuilder(n - p);
        char prev = 0;
        while (p < n && (sb.charAt(p) == '_' || digitValue(sb.charAt(p)) < base)) {
            char c = sb.charAt(p);
            if (c == '_') {
                if (prev == '_') {
                    return null;
                }
            } else {
                digits.append(c);
            }
            prev = c;
            p++;
        }
        if (prev == '_' || digits.length() == 0) {
            return null;
        }
        while (p < n && FloatFormat.isAsciiSpace(sb.charAt(p))) {
            p++;
        }
        if (p != n) {
            return null;
        }
        if ((base & (base - 1)) != 0 && digits.length() > MAX_STR_DIGITS_THRESHOLD) {
            if (limit > 0 && digits.length() > limit) {
                throw TextError.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: "
                        + "value has " + digits.length() + " digits; use sys.set_int_max_str_digits() to increase the "
                        + "limit");
            }
        }
        BigInteger v;
        if (digits.length() <= 18 && base == 10) {
            v = BigInteger.valueOf(Long.parseLong(digits.toString()));
        } else if ((base & (base - 1)) == 0 && digits.length() > 64) {
            v = fromPowerOfTwoBase(digits, base);
        } else {
            v = new BigInteger(digits.toString(), base);
        }
        if (zeroOnly && v.signum() != 0) {
            return null;
        }
        return neg ? v.negate() : v;
    }

    /** Reads digits of base 2, 4, 8, 16 or 32 in linear time (the JDK's parser takes quadratic time). */
    private static BigInteger fromPowerOfTwoBase(CharSequence digits, int base) {
        int bitsPerDigit = Integer.numberOfTrailingZeros(base);
        int n = digits.length();
        byte[] bytes = new byte[(int) (((long) n * bitsPerDigit + 7) / 8)];
        int acc = 0;
        int accBits = 0;
        int out = bytes.length - 1;
        for (int i = n - 1; i >= 0; i--) {
            acc |= digitValue(digits.charAt(i)) << accBits;
            accBits += bitsPerDigit;
            while (accBits >= 8) {
                bytes[out--] = (byte) acc;
                acc >>>= 8;
                accBits -= 8;
            }
        }
        if (accBits > 0) {
            bytes[out] = (byte) acc;
        }
        return new BigInteger(1, bytes);
    }

    /** The digits of {@code |v|} in a base other than 10, lower case. */
    static String digits(BigInteger v, int base) {
        return (base & (base - 1)) == 0 && v.bitLength() > 256 ? toPowerOfTwoBase(v, base) : v.abs().toString(base);
    }

    /** Writes {@code |v|} in base 2, 4, 8, 16 or 32 in linear time. */
    private static String toPowerOfTwoBase(BigInteger v, int base) {
        int bitsPerDigit = Integer.numberOfTrailingZeros(base);
        BigInteger a = v.abs();
        int bits = Math.max(a.bitLength(), 1);
        int n = (bits + bitsPerDigit - 1) / bitsPerDigit;
        byte[] bytes = a.toByteArray();
        char[] out = new char[n];
        int mask = base - 1;
        for (int i = 0; i < n; i++) {
            int bit = i * bitsPerDigit;
            int d = 0;
            for (int b = 0; b < bitsPerDigit; b++) {
                int k = bit + b;
                int byteIndex = bytes.length - 1 - (k >>> 3);
                if (byteIndex >= 0 && (bytes[byteIndex] >> (k & 7) & 1) != 0) {
                    d |= 1 << b;
                }
            }
            out[n - 1 - i] = Character.forDigit(d & mask, base);
        }
        return new String(out);
    }

    /**
     * Python's {@code hex(v)}, {@code oct(v)} and {@code bin(v)} (with {@code prefix}), or the plain digits in any
     * base: lower-case letters, a minus sign before the prefix ({@code hex(-255) == '-0xff'}). Base 10 applies
     * the digit limit, as {@code str(v)} does.
     *
     * @param v the value
     * @param base 2 to 36
     * @param prefix whether to write {@code 0b}, {@code 0o} or {@code 0x}; only for bases 2, 8 and 16
     * @return the text
     * @throws IllegalArgumentException for a base out of range, or a prefix for another base
     * @throws TextError the default digit limit's {@code ValueError} (base 10)
     */
    public static String toString(BigInteger v, int base, boolean prefix) {
        if (base < 2 || base > 36) {
            throw new IllegalArgumentException("base " + base);
        }
        String pre = "";
        if (prefix) {
            switch (base) {
                case 2: pre = "0b"; break;
                case 8: pre = "0o"; break;
                case 16: pre = "0x"; break;
                default: throw new IllegalArgumentException("no prefix for base " + base);
            }
        }
        if (base == 10) {
            return toDecimalString(v);
        }
        String digits = digits(v, base);
        return v.signum() < 0 ? "-" + pre + digits : pre + digits;
    }

    /**
     * Python's {@code str(v)} for an int, with CPython's limit on the number of digits.
     *
     * @param v the value
     * @return its decimal digits, after a minus sign if negative
     * @throws TextError {@code ValueError: Exceeds the limit (4300 digits) for integer string conversion; use
     *     sys.set_int_max_str_digits() to increase the limit}
     */
    public static String toDecimalString(BigInteger v) {
        return toDecimalString(v, DEFAULT_MAX_STR_DIGITS);
    }

    /**
     * {@link #toDecimalString(BigInteger)} under an interpreter's digit limit ({@code sys.set_int_max_str_digits}).
     *
     * @param v the value
     * @param limit the most digits, 0 for no limit
     * @return its decimal digits, after a minus sign if negative
     * @throws TextError the limit's {@code ValueError}
     */
    public static String toDecimalString(BigInteger v, int limit) {
        if (v.bitLength() < 63) {
            return Long.toString(v.longValue());
        }
        // 2**(bits-1) <= |v|, so |v| has at least floor((bits-1) * log10(2)) + 1 digits
        if (limit > 0 && (long) ((v.bitLength() - 1) * 0.30102999566398) + 1 > limit) {
            throw strLimit(limit);
        }
        String s = v.toString();
        if (limit > 0 && s.length() - (v.signum() < 0 ? 1 : 0) > limit) {
            throw strLimit(limit);
        }
        return s;
    }

    private static TextError strLimit(int limit) {
        return TextError.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit");
    }
}
