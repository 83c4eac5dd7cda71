// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python.text;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link IntParse} against CPython 3.13: every expected value and message was printed by CPython 3.13.0 for the
 * Python expression in the assertion's description.
 */
class IntParseTest {
    /** Asserts that {@code call} raises CPython's exception type with CPython's message. */
    private static void raises(String pyType, String message, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(TextError.class, e -> {
            assertThat(e.pyType).isEqualTo(pyType);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    /** {@code int(str, base)}: whitespace, signs, underscores, prefixes, base 0, Unicode digits. */
    @Test
    void parseAcceptsPythonIntLiterals() {
        assertThat(IntParse.parse("0", 10))
                .as("int('0', 10) == 0").isEqualTo(BigInteger.valueOf(0L));
        assertThat(IntParse.parse("42", 10))
                .as("int('42', 10) == 42").isEqualTo(BigInteger.valueOf(42L));
        assertThat(IntParse.parse(" -42\n", 10))
                .as("int(' -42\\n', 10) == -42").isEqualTo(BigInteger.valueOf(-42L));
        assertThat(IntParse.parse("+7", 10))
                .as("int('+7', 10) == 7").isEqualTo(BigInteger.valueOf(7L));
        assertThat(IntParse.parse("1_000_000", 10))
                .as("int('1_000_000', 10) == 1000000").isEqualTo(BigInteger.valueOf(1000000L));
        assertThat(IntParse.parse("0x1f", 16))
                .as("int('0x1f', 16) == 31").isEqualTo(BigInteger.valueOf(31L));
        assertThat(IntParse.parse("0X1F", 16))
                .as("int('0X1F', 16) == 31").isEqualTo(BigInteger.valueOf(31L));
        assertThat(IntParse.parse("1f", 16))
                .as("int('1f', 16) == 31").isEqualTo(BigInteger.valueOf(31L));
        assertThat(IntParse.parse("0x_1f", 16))
                .as("int('0x_1f', 16) == 31").isEqualTo(BigInteger.valueOf(31L));
        assertThat(IntParse.parse("0x1f", 0))
                .as("int('0x1f', 0) == 31").isEqualTo(BigInteger.valueOf(31L));
        assertThat(IntParse.parse("0o17", 0))
                .as("int('0o17', 0) == 15").isEqualTo(BigInteger.valueOf(15L));
        assertThat(IntParse.parse("0o17", 8))
                .as("int('0o17', 8) == 15").isEqualTo(BigInteger.valueOf(15L));
        assertThat(IntParse.parse("0b101", 0))
                .as("int('0b101', 0) == 5").isEqualTo(BigInteger.valueOf(5L));
        assertThat(IntParse.parse("0b_101", 2))
                .as("int('0b_101', 2) == 5").isEqualTo(BigInteger.valueOf(5L));
        assertThat(IntParse.parse("00", 0))
                .as("int('00', 0) == 0").isEqualTo(BigInteger.valueOf(0L));
        assertThat(IntParse.parse("0_0", 0))
                .as("int('0_0', 0) == 0").isEqualTo(BigInteger.valueOf(0L));
        assertThat(IntParse.parse("z", 36))
                .as("int('z', 36) == 35").isEqualTo(BigInteger.valueOf(35L));
        assertThat(IntParse.parse("Z", 36))
                .as("int('Z', 36) == 35").isEqualTo(BigInteger.valueOf(35L));
        assertThat(IntParse.parse("777", 8))
                .as("int('777', 8) == 511").isEqualTo(BigInteger.valueOf(511L));
        assertThat(IntParse.parse("\u0661\u0662\u0663", 10))
                .as("int('\u0661\u0662\u0663', 10) == 123").isEqualTo(BigInteger.valueOf(123L));
        assertThat(IntParse.parse("\uff11\uff12", 10))
                .as("int('\uff11\uff12', 10) == 12").isEqualTo(BigInteger.valueOf(12L));
        assertThat(IntParse.parse("12\u00a0", 10))
                .as("int('12\\xa0', 10) == 12").isEqualTo(BigInteger.valueOf(12L));
        assertThat(IntParse.parse("123456789012345678901234567890", 10))
                .as("int('123456789012345678901234567890', 10) == 123456789012345678901234567890").isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(IntParse.parse("-0", 10))
                .as("int('-0', 10) == 0").isEqualTo(BigInteger.valueOf(0L));
        assertThat(IntParse.parse("9999999999999999999999999999999999999999", 10))
                .as("int('9999999999999999999999999999999999999999', 10) == 9999999999999999999999999999999999999999").isEqualTo(new BigInteger("9999999999999999999999999999999999999999"));
        assertThat(IntParse.parse("  0x1F  ", 0))
                .as("int('  0x1F  ', 0) == 31").isEqualTo(BigInteger.valueOf(31L));
        assertThat(IntParse.parse("11", 3))
                .as("int('11', 3) == 4").isEqualTo(BigInteger.valueOf(4L));
    }

    /** {@code int(str, base)} errors: invalid literals (the repr of the argument, cut to 200 characters), bad bases, the digit limit. */
    @Test
    void parseRejectsWhatPythonRejects() {
        // int('abc', 10)
        raises("ValueError", "invalid literal for int() with base 10: 'abc'", () -> IntParse.parse("abc", 10));
        // int('', 10)
        raises("ValueError", "invalid literal for int() with base 10: ''", () -> IntParse.parse("", 10));
        // int(' ', 10)
        raises("ValueError", "invalid literal for int() with base 10: ' '", () -> IntParse.parse(" ", 10));
        // int('-', 10)
        raises("ValueError", "invalid literal for int() with base 10: '-'", () -> IntParse.parse("-", 10));
        // int('1__2', 10)
        raises("ValueError", "invalid literal for int() with base 10: '1__2'", () -> IntParse.parse("1__2", 10));
        // int('_12', 10)
        raises("ValueError", "invalid literal for int() with base 10: '_12'", () -> IntParse.parse("_12", 10));
        // int('12_', 10)
        raises("ValueError", "invalid literal for int() with base 10: '12_'", () -> IntParse.parse("12_", 10));
        // int('0x', 16)
        raises("ValueError", "invalid literal for int() with base 16: '0x'", () -> IntParse.parse("0x", 16));
        // int('0x__1f', 16)
        raises("ValueError", "invalid literal for int() with base 16: '0x__1f'", () -> IntParse.parse("0x__1f", 16));
        // int('010', 0)
        raises("ValueError", "invalid literal for int() with base 0: '010'", () -> IntParse.parse("010", 0));
        // int('0_1', 0)
        raises("ValueError", "invalid literal for int() with base 0: '0_1'", () -> IntParse.parse("0_1", 0));
        // int('09', 0)
        raises("ValueError", "invalid literal for int() with base 0: '09'", () -> IntParse.parse("09", 0));
        // int('0b2', 0)
        raises("ValueError", "invalid literal for int() with base 0: '0b2'", () -> IntParse.parse("0b2", 0));
        // int('0xg', 16)
        raises("ValueError", "invalid literal for int() with base 16: '0xg'", () -> IntParse.parse("0xg", 16));
        // int('1 2', 10)
        raises("ValueError", "invalid literal for int() with base 10: '1 2'", () -> IntParse.parse("1 2", 10));
        // int('1e5', 10)
        raises("ValueError", "invalid literal for int() with base 10: '1e5'", () -> IntParse.parse("1e5", 10));
        // int("it's", 10)
        raises("ValueError", "invalid literal for int() with base 10: \"it's\"", () -> IntParse.parse("it's", 10));
        // int('0x1F', 10)
        raises("ValueError", "invalid literal for int() with base 10: '0x1F'", () -> IntParse.parse("0x1F", 10));
        // int('+ 1', 10)
        raises("ValueError", "invalid literal for int() with base 10: '+ 1'", () -> IntParse.parse("+ 1", 10));
        // int('12', 2)
        raises("ValueError", "invalid literal for int() with base 2: '12'", () -> IntParse.parse("12", 2));
        // int('111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111x', 10)
        raises("ValueError", "invalid literal for int() with base 10: '1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", () -> IntParse.parse("111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111x", 10));
        // int('10', 37)
        raises("ValueError", "int() base must be >= 2 and <= 36, or 0", () -> IntParse.parse("10", 37));
        // int('10', 1)
        raises("ValueError", "int() base must be >= 2 and <= 36, or 0", () -> IntParse.parse("10", 1));
        // int('10', -1)
        raises("ValueError", "int() base must be >= 2 and <= 36, or 0", () -> IntParse.parse("10", -1));
        // int('9'*4301, 10)
        raises("ValueError", "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit", () -> IntParse.parse("9".repeat(4301), 10));
        // int('1_'*4300+'1', 10)
        raises("ValueError", "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit", () -> IntParse.parse("1_".repeat(4300) + "1", 10));
        assertThat(IntParse.parse("f".repeat(5000), 16).bitLength())
                .as("int('f'*5000, 16).bit_length() == 20000").isEqualTo(20000);
    }

    /** {@code hex}, {@code oct}, {@code bin} and {@code str} of ints. */
    @Test
    void toStringIsHexOctBin() {
        assertThat(IntParse.toString(BigInteger.valueOf(0L), 16, true))
                .as("hex(0) == '0x0'").isEqualTo("0x0");
        assertThat(IntParse.toString(BigInteger.valueOf(0L), 8, true))
                .as("oct(0) == '0o0'").isEqualTo("0o0");
        assertThat(IntParse.toString(BigInteger.valueOf(0L), 2, true))
                .as("bin(0) == '0b0'").isEqualTo("0b0");
        assertThat(IntParse.toString(BigInteger.valueOf(0L), 10, false))
                .as("str(0) == '0'").isEqualTo("0");
        assertThat(IntParse.toString(BigInteger.valueOf(255L), 16, true))
                .as("hex(255) == '0xff'").isEqualTo("0xff");
        assertThat(IntParse.toString(BigInteger.valueOf(255L), 8, true))
                .as("oct(255) == '0o377'").isEqualTo("0o377");
        assertThat(IntParse.toString(BigInteger.valueOf(255L), 2, true))
                .as("bin(255) == '0b11111111'").isEqualTo("0b11111111");
        assertThat(IntParse.toString(BigInteger.valueOf(255L), 10, false))
                .as("str(255) == '255'").isEqualTo("255");
        assertThat(IntParse.toString(BigInteger.valueOf(-255L), 16, true))
                .as("hex(-255) == '-0xff'").isEqualTo("-0xff");
        assertThat(IntParse.toString(BigInteger.valueOf(-255L), 8, true))
                .as("oct(-255) == '-0o377'").isEqualTo("-0o377");
        assertThat(IntParse.toString(BigInteger.valueOf(-255L), 2, true))
                .as("bin(-255) == '-0b11111111'").isEqualTo("-0b11111111");
        assertThat(IntParse.toString(BigInteger.valueOf(-255L), 10, false))
                .as("str(-255) == '-255'").isEqualTo("-255");
        assertThat(IntParse.toString(new BigInteger("18446744073709551616"), 16, true))
                .as("hex(18446744073709551616) == '0x10000000000000000'").isEqualTo("0x10000000000000000");
        assertThat(IntParse.toString(new BigInteger("18446744073709551616"), 8, true))
                .as("oct(18446744073709551616) == '0o2000000000000000000000'").isEqualTo("0o2000000000000000000000");
        assertThat(IntParse.toString(new BigInteger("18446744073709551616"), 2, true))
                .as("bin(18446744073709551616) == '0b10000000000000000000000000000000000000000000000000000000000000000'").isEqualTo("0b10000000000000000000000000000000000000000000000000000000000000000");
        assertThat(IntParse.toString(new BigInteger("18446744073709551616"), 10, false))
                .as("str(18446744073709551616) == '18446744073709551616'").isEqualTo("18446744073709551616");
        assertThat(IntParse.toString(new BigInteger("-1180591620717411303424"), 16, true))
                .as("hex(-1180591620717411303424) == '-0x400000000000000000'").isEqualTo("-0x400000000000000000");
        assertThat(IntParse.toString(new BigInteger("-1180591620717411303424"), 8, true))
                .as("oct(-1180591620717411303424) == '-0o200000000000000000000000'").isEqualTo("-0o200000000000000000000000");
        assertThat(IntParse.toString(new BigInteger("-1180591620717411303424"), 2, true))
                .as("bin(-1180591620717411303424) == '-0b10000000000000000000000000000000000000000000000000000000000000000000000'").isEqualTo("-0b10000000000000000000000000000000000000000000000000000000000000000000000");
        assertThat(IntParse.toString(new BigInteger("-1180591620717411303424"), 10, false))
                .as("str(-1180591620717411303424) == '-1180591620717411303424'").isEqualTo("-1180591620717411303424");
        assertThat(IntParse.toString(BigInteger.valueOf(-255L), 16, false))
                .as("format(-255, 'x') == '-ff'").isEqualTo("-ff");
        // str(10**4300)
        raises("ValueError", "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", () -> IntParse.toDecimalString(BigInteger.TEN.pow(4300)));
        assertThat(IntParse.toDecimalString(BigInteger.TEN.pow(4299)).length())
                .as("len(str(10**4299)) == 4300").isEqualTo(4300);
    }

    /**
     * {@code sys.set_int_max_str_digits}: 0 lifts the limit; the limit is the caller's (the Runtime's), not a global
     * (the Runtime refuses values under 640: RuntimeIntDigitsTest in objects).
     */
    @Test
    void digitLimitIsTheCallers() {
        assertThat(IntParse.parse("9".repeat(5000), 10, 0)).isEqualTo(BigInteger.TEN.pow(5000).subtract(BigInteger.ONE));
        assertThat(IntParse.toDecimalString(BigInteger.TEN.pow(5000), 0)).hasSize(5001);
        assertThat(IntParse.toDecimalString(BigInteger.TEN.pow(4999), 5000)).hasSize(5000);
        raises("ValueError", "Exceeds the limit (5000 digits) for integer string conversion; use "
                + "sys.set_int_max_str_digits() to increase the limit",
                () -> IntParse.toDecimalString(BigInteger.TEN.pow(5000), 5000));
        // the default overloads keep CPython's default, whatever another caller's limit is
        raises("ValueError", "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; "
                + "use sys.set_int_max_str_digits() to increase the limit", () -> IntParse.parse("9".repeat(5000), 10));
    }
}
