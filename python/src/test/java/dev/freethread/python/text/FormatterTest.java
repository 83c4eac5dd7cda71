// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python.text;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Formatter} and {@link FormatSpec} against CPython 3.13: every expected value and message was printed by
 * CPython 3.13.0 for the Python expression in the assertion's description.
 */
class FormatterTest {
    /** Asserts that {@code call} raises CPython's exception type with CPython's message. */
    private static void raises(String pyType, String message, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(TextError.class, e -> {
            assertThat(e.pyType).isEqualTo(pyType);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    /** {@code format(int, spec)}: the integer types, prefixes, signs, alignment and grouping. */
    @Test
    void intPresentationTypes() {
        assertThat(Formatter.formatInt(BigInteger.valueOf(0L), ""))
                .as("format(0, '') == '0'").isEqualTo("0");
        assertThat(Formatter.formatInt(BigInteger.valueOf(-42L), ""))
                .as("format(-42, '') == '-42'").isEqualTo("-42");
        assertThat(Formatter.formatInt(BigInteger.valueOf(255L), "x"))
                .as("format(255, 'x') == 'ff'").isEqualTo("ff");
        assertThat(Formatter.formatInt(BigInteger.valueOf(255L), "X"))
                .as("format(255, 'X') == 'FF'").isEqualTo("FF");
        assertThat(Formatter.formatInt(BigInteger.valueOf(255L), "#x"))
                .as("format(255, '#x') == '0xff'").isEqualTo("0xff");
        assertThat(Formatter.formatInt(BigInteger.valueOf(255L), "#X"))
                .as("format(255, '#X') == '0XFF'").isEqualTo("0XFF");
        assertThat(Formatter.formatInt(BigInteger.valueOf(-255L), "#x"))
                .as("format(-255, '#x') == '-0xff'").isEqualTo("-0xff");
        assertThat(Formatter.formatInt(BigInteger.valueOf(8L), "o"))
                .as("format(8, 'o') == '10'").isEqualTo("10");
        assertThat(Formatter.formatInt(BigInteger.valueOf(8L), "#o"))
                .as("format(8, '#o') == '0o10'").isEqualTo("0o10");
        assertThat(Formatter.formatInt(BigInteger.valueOf(5L), "b"))
                .as("format(5, 'b') == '101'").isEqualTo("101");
        assertThat(Formatter.formatInt(BigInteger.valueOf(5L), "#b"))
                .as("format(5, '#b') == '0b101'").isEqualTo("0b101");
        assertThat(Formatter.formatInt(BigInteger.valueOf(65L), "c"))
                .as("format(65, 'c') == 'A'").isEqualTo("A");
        assertThat(Formatter.formatInt(BigInteger.valueOf(128512L), "c"))
                .as("format(128512, 'c') == '\ud83d\ude00'").isEqualTo("\ud83d\ude00");
        assertThat(Formatter.formatInt(BigInteger.valueOf(1234567L), ","))
                .as("format(1234567, ',') == '1,234,567'").isEqualTo("1,234,567");
        assertThat(Formatter.formatInt(BigInteger.valueOf(1234567L), "_"))
                .as("format(1234567, '_') == '1_234_567'").isEqualTo("1_234_567");
        assertThat(Formatter.formatInt(BigInteger.valueOf(-1234567L), ",d"))
                .as("format(-1234567, ',d') == '-1,234,567'").isEqualTo("-1,234,567");
        assertThat(Formatter.formatInt(BigInteger.valueOf(3735928559L), "_x"))
                .as("format(3735928559, '_x') == 'dead_beef'").isEqualTo("dead_beef");
        assertThat(Formatter.formatInt(BigInteger.valueOf(255L), "#010_x"))
                .as("format(255, '#010_x') == '0x000_00ff'").isEqualTo("0x000_00ff");
        assertThat(Formatter.formatInt(BigInteger.valueOf(255L), "#_b"))
                .as("format(255, '#_b') == '0b1111_1111'").isEqualTo("0b1111_1111");
        assertThat(Formatter.formatInt(BigInteger.valueOf(42L), "+d"))
                .as("format(42, '+d') == '+42'").isEqualTo("+42");
        assertThat(Formatter.formatInt(BigInteger.valueOf(42L), " d"))
                .as("format(42, ' d') == ' 42'").isEqualTo(" 42");
        assertThat(Formatter.formatInt(BigInteger.valueOf(-42L), " d"))
                .as("format(-42, ' d') == '-42'").isEqualTo("-42");
        assertThat(Formatter.formatInt(BigInteger.valueOf(42L), "10"))
                .as("format(42, '10') == '        42'").isEqualTo("        42");
        assertThat(Formatter.formatInt(BigInteger.valueOf(42L), "<10"))
                .as("format(42, '<10') == '42        '").isEqualTo("42        ");
        assertThat(Formatter.formatInt(BigInteger.valueOf(42L), "^10"))
                .as("format(42, '^10') == '    42    '").isEqualTo("    42    ");
        assertThat(Formatter.formatInt(BigInteger.valueOf(42L), "*^11"))
                .as("format(42, '*^11') == '****42*****'").isEqualTo("****42*****");
        assertThat(Formatter.formatInt(BigInteger.valueOf(-42L), "=10"))
                .as("format(-42, '=10') == '-       42'").isEqualTo("-       42");
        assertThat(Formatter.formatInt(BigInteger.valueOf(-42L), "010"))
                .as("format(-42, '010') == '-000000042'").isEqualTo("-000000042");
        assertThat(Formatter.formatInt(BigInteger.valueOf(1234L), "08,"))
                .as("format(1234, '08,') == '0,001,234'").isEqualTo("0,001,234");
        assertThat(Formatter.formatInt(BigInteger.valueOf(1234L), "09,"))
                .as("format(1234, '09,') == '0,001,234'").isEqualTo("0,001,234");
        assertThat(Formatter.formatInt(BigInteger.valueOf(1234L), "010,"))
                .as("format(1234, '010,') == '00,001,234'").isEqualTo("00,001,234");
        assertThat(Formatter.formatInt(BigInteger.valueOf(-1234L), "+012,"))
                .as("format(-1234, '+012,') == '-000,001,234'").isEqualTo("-000,001,234");
        assertThat(Formatter.formatInt(BigInteger.valueOf(42L), "0<6"))
                .as("format(42, '0<6') == '420000'").isEqualTo("420000");
        assertThat(Formatter.formatInt(BigInteger.valueOf(65L), "05c"))
                .as("format(65, '05c') == '0000A'").isEqualTo("0000A");
        assertThat(Formatter.formatInt(BigInteger.valueOf(1234567L), "n"))
                .as("format(1234567, 'n') == '1234567'").isEqualTo("1234567");
        assertThat(Formatter.formatInt(new BigInteger("1000000000000000000000000000000"), ","))
                .as("format(1000000000000000000000000000000, ',') == '1,000,000,000,000,000,000,000,000,000,000'").isEqualTo("1,000,000,000,000,000,000,000,000,000,000");
        assertThat(Formatter.formatInt(BigInteger.valueOf(42L), "x>+#12_x"))
                .as("format(42, 'x>+#12_x') == 'xxxxxxx+0x2a'").isEqualTo("xxxxxxx+0x2a");
        assertThat(Formatter.formatInt(BigInteger.valueOf(-1L), "#b"))
                .as("format(-1, '#b') == '-0b1'").isEqualTo("-0b1");
        assertThat(Formatter.formatInt(BigInteger.valueOf(0L), "#o"))
                .as("format(0, '#o') == '0o0'").isEqualTo("0o0");
        assertThat(Formatter.formatInt(BigInteger.valueOf(42L), ".2f"))
                .as("format(42, '.2f') == '42.00'").isEqualTo("42.00");
        assertThat(Formatter.formatInt(BigInteger.valueOf(42L), "e"))
                .as("format(42, 'e') == '4.200000e+01'").isEqualTo("4.200000e+01");
        assertThat(Formatter.formatInt(new BigInteger("100000000000000000000"), "g"))
                .as("format(100000000000000000000, 'g') == '1e+20'").isEqualTo("1e+20");
        assertThat(Formatter.formatInt(BigInteger.valueOf(7L), "%"))
                .as("format(7, '%') == '700.000000%'").isEqualTo("700.000000%");
        assertThat(Formatter.formatInt(BigInteger.valueOf(9007199254740993L), ".0f"))
                .as("format(9007199254740993, '.0f') == '9007199254740992'").isEqualTo("9007199254740992");
        assertThat(Formatter.formatInt(BigInteger.valueOf(3L), "\ud83d\ude00^9"))
                .as("format(3, '\ud83d\ude00^9') == '\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude003\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00'").isEqualTo("\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude003\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00");
    }

    /** {@code format(int, spec)} errors, with CPython's types and messages. */
    @Test
    void intErrors() {
        // format(1, 's')
        raises("ValueError", "Unknown format code 's' for object of type 'int'", () -> Formatter.formatInt(BigInteger.valueOf(1L), "s"));
        // format(1, '.2')
        raises("ValueError", "Precision not allowed in integer format specifier", () -> Formatter.formatInt(BigInteger.valueOf(1L), ".2"));
        // format(1, 'z')
        raises("ValueError", "Negative zero coercion (z) not allowed in integer format specifier", () -> Formatter.formatInt(BigInteger.valueOf(1L), "z"));
        // format(65, '+c')
        raises("ValueError", "Sign not allowed with integer format specifier 'c'", () -> Formatter.formatInt(BigInteger.valueOf(65L), "+c"));
        // format(65, '#c')
        raises("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'", () -> Formatter.formatInt(BigInteger.valueOf(65L), "#c"));
        // format(-1, 'c')
        raises("OverflowError", "%c arg not in range(0x110000)", () -> Formatter.formatInt(BigInteger.valueOf(-1L), "c"));
        // format(1114112, 'c')
        raises("OverflowError", "%c arg not in range(0x110000)", () -> Formatter.formatInt(BigInteger.valueOf(1114112L), "c"));
        // format(1180591620717411303424, 'c')
        raises("OverflowError", "Python int too large to convert to C long", () -> Formatter.formatInt(new BigInteger("1180591620717411303424"), "c"));
        // format(1, 'abc')
        raises("ValueError", "Invalid format specifier 'abc' for object of type 'int'", () -> Formatter.formatInt(BigInteger.valueOf(1L), "abc"));
        // format(1, ',_')
        raises("ValueError", "Cannot specify both ',' and '_'.", () -> Formatter.formatInt(BigInteger.valueOf(1L), ",_"));
        // format(1, '_,')
        raises("ValueError", "Cannot specify both ',' and '_'.", () -> Formatter.formatInt(BigInteger.valueOf(1L), "_,"));
        // format(1, ',x')
        raises("ValueError", "Cannot specify ',' with 'x'.", () -> Formatter.formatInt(BigInteger.valueOf(1L), ",x"));
        // format(1, '_n')
        raises("ValueError", "Cannot specify '_' with 'n'.", () -> Formatter.formatInt(BigInteger.valueOf(1L), "_n"));
        // format(1, ',c')
        raises("ValueError", "Cannot specify ',' with 'c'.", () -> Formatter.formatInt(BigInteger.valueOf(1L), ",c"));
        // format(1, '.')
        raises("ValueError", "Format specifier missing precision", () -> Formatter.formatInt(BigInteger.valueOf(1L), "."));
        // format(1, '99999999999999999999')
        raises("ValueError", "Too many decimal digits in format string", () -> Formatter.formatInt(BigInteger.valueOf(1L), "99999999999999999999"));
        // format(1, '\u1234')
        raises("ValueError", "Unknown format code '\\x1234' for object of type 'int'", () -> Formatter.formatInt(BigInteger.valueOf(1L), "\u1234"));
        // format(1, ',\x05')
        raises("ValueError", "Cannot specify ',' with '\\x5'.", () -> Formatter.formatInt(BigInteger.valueOf(1L), ",\u0005"));
        // format(179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216, 'f')
        raises("OverflowError", "int too large to convert to float", () -> Formatter.formatInt(new BigInteger("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"), "f"));
    }

    /** {@code format(float, spec)}: fixed, exponent, general, percent and the default type. */
    @Test
    void floatPresentationTypes() {
        assertThat(Formatter.formatFloat(2.5, ".0f"))
                .as("format(2.5, '.0f') == '2'").isEqualTo("2");
        assertThat(Formatter.formatFloat(3.5, ".0f"))
                .as("format(3.5, '.0f') == '4'").isEqualTo("4");
        assertThat(Formatter.formatFloat(0.125, ".2f"))
                .as("format(0.125, '.2f') == '0.12'").isEqualTo("0.12");
        assertThat(Formatter.formatFloat(2.675, ".2f"))
                .as("format(2.675, '.2f') == '2.67'").isEqualTo("2.67");
        assertThat(Formatter.formatFloat(-0.0, ".1f"))
                .as("format(-0.0, '.1f') == '-0.0'").isEqualTo("-0.0");
        assertThat(Formatter.formatFloat(-0.001, "z.2f"))
                .as("format(-0.001, 'z.2f') == '0.00'").isEqualTo("0.00");
        assertThat(Formatter.formatFloat(-0.0, "z"))
                .as("format(-0.0, 'z') == '0.0'").isEqualTo("0.0");
        assertThat(Formatter.formatFloat(Double.POSITIVE_INFINITY, "10.2f"))
                .as("format(float('inf'), '10.2f') == '       inf'").isEqualTo("       inf");
        assertThat(Formatter.formatFloat(Double.NEGATIVE_INFINITY, "010"))
                .as("format(float('-inf'), '010') == '-000000inf'").isEqualTo("-000000inf");
        assertThat(Formatter.formatFloat(Double.NaN, "+"))
                .as("format(float('nan'), '+') == '+nan'").isEqualTo("+nan");
        assertThat(Formatter.formatFloat(Double.NaN, "F"))
                .as("format(float('nan'), 'F') == 'NAN'").isEqualTo("NAN");
        assertThat(Formatter.formatFloat(1e16, "g"))
                .as("format(1e16, 'g') == '1e+16'").isEqualTo("1e+16");
        assertThat(Formatter.formatFloat(1e16, ""))
                .as("format(1e16, '') == '1e+16'").isEqualTo("1e+16");
        assertThat(Formatter.formatFloat(1e16, "#"))
                .as("format(1e16, '#') == '1.e+16'").isEqualTo("1.e+16");
        assertThat(Formatter.formatFloat(123456789.0, ",.2f"))
                .as("format(123456789.0, ',.2f') == '123,456,789.00'").isEqualTo("123,456,789.00");
        assertThat(Formatter.formatFloat(1234567.891, "_.1f"))
                .as("format(1234567.891, '_.1f') == '1_234_567.9'").isEqualTo("1_234_567.9");
        assertThat(Formatter.formatFloat(1234.5, "015,.2f"))
                .as("format(1234.5, '015,.2f') == '0,000,001,234.50'").isEqualTo("0,000,001,234.50");
        assertThat(Formatter.formatFloat(1.0, ".3"))
                .as("format(1.0, '.3') == '1.0'").isEqualTo("1.0");
        assertThat(Formatter.formatFloat(100.0, ".3"))
                .as("format(100.0, '.3') == '1e+02'").isEqualTo("1e+02");
        assertThat(Formatter.formatFloat(1.5, ".0"))
                .as("format(1.5, '.0') == '2e+00'").isEqualTo("2e+00");
        assertThat(Formatter.formatFloat(0.1, ".20"))
                .as("format(0.1, '.20') == '0.10000000000000000555'").isEqualTo("0.10000000000000000555");
        assertThat(Formatter.formatFloat(1.0, ""))
                .as("format(1.0, '') == '1.0'").isEqualTo("1.0");
        assertThat(Formatter.formatFloat(1e-05, ""))
                .as("format(1e-05, '') == '1e-05'").isEqualTo("1e-05");
        assertThat(Formatter.formatFloat(0.0001, "g"))
                .as("format(0.0001, 'g') == '0.0001'").isEqualTo("0.0001");
        assertThat(Formatter.formatFloat(1e-05, "g"))
                .as("format(0.00001, 'g') == '1e-05'").isEqualTo("1e-05");
        assertThat(Formatter.formatFloat(123456.0, "g"))
                .as("format(123456.0, 'g') == '123456'").isEqualTo("123456");
        assertThat(Formatter.formatFloat(1234567.0, "g"))
                .as("format(1234567.0, 'g') == '1.23457e+06'").isEqualTo("1.23457e+06");
        assertThat(Formatter.formatFloat(1234567.0, "G"))
                .as("format(1234567.0, 'G') == '1.23457E+06'").isEqualTo("1.23457E+06");
        assertThat(Formatter.formatFloat(0.0, "#g"))
                .as("format(0.0, '#g') == '0.00000'").isEqualTo("0.00000");
        assertThat(Formatter.formatFloat(1.0, "#.0f"))
                .as("format(1.0, '#.0f') == '1.'").isEqualTo("1.");
        assertThat(Formatter.formatFloat(1.0, "#.0e"))
                .as("format(1.0, '#.0e') == '1.e+00'").isEqualTo("1.e+00");
        assertThat(Formatter.formatFloat(12345.678, ".2e"))
                .as("format(12345.678, '.2e') == '1.23e+04'").isEqualTo("1.23e+04");
        assertThat(Formatter.formatFloat(12345.678, "E"))
                .as("format(12345.678, 'E') == '1.234568E+04'").isEqualTo("1.234568E+04");
        assertThat(Formatter.formatFloat(1e-300, ".3e"))
                .as("format(1e-300, '.3e') == '1.000e-300'").isEqualTo("1.000e-300");
        assertThat(Formatter.formatFloat(0.5, "%"))
                .as("format(0.5, '%') == '50.000000%'").isEqualTo("50.000000%");
        assertThat(Formatter.formatFloat(0.12345, ".1%"))
                .as("format(0.12345, '.1%') == '12.3%'").isEqualTo("12.3%");
        assertThat(Formatter.formatFloat(-1.5, "+08.2f"))
                .as("format(-1.5, '+08.2f') == '-0001.50'").isEqualTo("-0001.50");
        assertThat(Formatter.formatFloat(1.5, " 08.2f"))
                .as("format(1.5, ' 08.2f') == ' 0001.50'").isEqualTo(" 0001.50");
        assertThat(Formatter.formatFloat(3.14159, "*^+12.3f"))
                .as("format(3.14159, '*^+12.3f') == '***+3.142***'").isEqualTo("***+3.142***");
        assertThat(Formatter.formatFloat(3.14159, "=+12.3f"))
                .as("format(3.14159, '=+12.3f') == '+      3.142'").isEqualTo("+      3.142");
        assertThat(Formatter.formatFloat(1e100, ".3n"))
                .as("format(1e100, '.3n') == '1e+100'").isEqualTo("1e+100");
        assertThat(Formatter.formatFloat(1234567.0, "n"))
                .as("format(1234567.0, 'n') == '1.23457e+06'").isEqualTo("1.23457e+06");
        assertThat(Formatter.formatFloat(1e300, ",.0f"))
                .as("format(1e300, ',.0f') == '1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160'").isEqualTo("1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160");
        assertThat(Formatter.formatFloat(0.1, ".30f"))
                .as("format(0.1, '.30f') == '0.100000000000000005551115123126'").isEqualTo("0.100000000000000005551115123126");
        assertThat(Formatter.formatFloat(1.0, "e"))
                .as("format(1.0, 'e') == '1.000000e+00'").isEqualTo("1.000000e+00");
        assertThat(Formatter.formatFloat(Double.MIN_VALUE, ".3g"))
                .as("format(5e-324, '.3g') == '4.94e-324'").isEqualTo("4.94e-324");
        assertThat(Formatter.formatFloat(9.995, ".2f"))
                .as("format(9.995, '.2f') == '9.99'").isEqualTo("9.99");
        assertThat(Formatter.formatFloat(9.5, ".0e"))
                .as("format(9.5, '.0e') == '1e+01'").isEqualTo("1e+01");
        assertThat(Formatter.formatFloat(0.5, ".0f"))
                .as("format(0.5, '.0f') == '0'").isEqualTo("0");
        assertThat(Formatter.formatFloat(1.5, ".0f"))
                .as("format(1.5, '.0f') == '2'").isEqualTo("2");
    }

    /** {@code format(float, spec)} errors. */
    @Test
    void floatErrors() {
        // format(1.0, 'd')
        raises("ValueError", "Unknown format code 'd' for object of type 'float'", () -> Formatter.formatFloat(1.0, "d"));
        // format(1.0, 'x')
        raises("ValueError", "Unknown format code 'x' for object of type 'float'", () -> Formatter.formatFloat(1.0, "x"));
        // format(1.0, 's')
        raises("ValueError", "Unknown format code 's' for object of type 'float'", () -> Formatter.formatFloat(1.0, "s"));
        // format(1.0, ',x')
        raises("ValueError", "Cannot specify ',' with 'x'.", () -> Formatter.formatFloat(1.0, ",x"));
        // format(1.0, '.3000000000f')
        raises("ValueError", "precision too big", () -> Formatter.formatFloat(1.0, ".3000000000f"));
        // format(1.0, 'abc')
        raises("ValueError", "Invalid format specifier 'abc' for object of type 'float'", () -> Formatter.formatFloat(1.0, "abc"));
        // format(1.0, '.')
        raises("ValueError", "Format specifier missing precision", () -> Formatter.formatFloat(1.0, "."));
        // format(1.0, '_c')
        raises("ValueError", "Cannot specify '_' with 'c'.", () -> Formatter.formatFloat(1.0, "_c"));
    }

    /** {@code format(str, spec)}: left alignment by default, precision truncates, code points count. */
    @Test
    void strFormatting() {
        assertThat(Formatter.formatStr("abc", ""))
                .as("format('abc', '') == 'abc'").isEqualTo("abc");
        assertThat(Formatter.formatStr("abc", "s"))
                .as("format('abc', 's') == 'abc'").isEqualTo("abc");
        assertThat(Formatter.formatStr("abc", "5"))
                .as("format('abc', '5') == 'abc  '").isEqualTo("abc  ");
        assertThat(Formatter.formatStr("abc", ">5"))
                .as("format('abc', '>5') == '  abc'").isEqualTo("  abc");
        assertThat(Formatter.formatStr("abc", "^6"))
                .as("format('abc', '^6') == ' abc  '").isEqualTo(" abc  ");
        assertThat(Formatter.formatStr("abc", "^7"))
                .as("format('abc', '^7') == '  abc  '").isEqualTo("  abc  ");
        assertThat(Formatter.formatStr("abc", "*^7"))
                .as("format('abc', '*^7') == '**abc**'").isEqualTo("**abc**");
        assertThat(Formatter.formatStr("ab", "05"))
                .as("format('ab', '05') == 'ab000'").isEqualTo("ab000");
        assertThat(Formatter.formatStr("abc", ".2"))
                .as("format('abc', '.2') == 'ab'").isEqualTo("ab");
        assertThat(Formatter.formatStr("abc", ".0"))
                .as("format('abc', '.0') == ''").isEqualTo("");
        assertThat(Formatter.formatStr("abcdef", "10.3"))
                .as("format('abcdef', '10.3') == 'abc       '").isEqualTo("abc       ");
        assertThat(Formatter.formatStr("abc", "x<8.2s"))
                .as("format('abc', 'x<8.2s') == 'abxxxxxx'").isEqualTo("abxxxxxx");
        assertThat(Formatter.formatStr("\ud83d\ude00", "^5"))
                .as("format('\ud83d\ude00', '^5') == '  \ud83d\ude00  '").isEqualTo("  \ud83d\ude00  ");
        assertThat(Formatter.formatStr("ab\ud83d\ude00cd", ".3"))
                .as("format('ab\ud83d\ude00cd', '.3') == 'ab\ud83d\ude00'").isEqualTo("ab\ud83d\ude00");
        assertThat(Formatter.formatStr("abc", "\ud83d\ude00>5"))
                .as("format('abc', '\ud83d\ude00>5') == '\ud83d\ude00\ud83d\ude00abc'").isEqualTo("\ud83d\ude00\ud83d\ude00abc");
        assertThat(Formatter.formatStr("abc", "2"))
                .as("format('abc', '2') == 'abc'").isEqualTo("abc");
    }

    /** {@code format(str, spec)} errors. */
    @Test
    void strErrors() {
        // format('s', ' ')
        raises("ValueError", "Space not allowed in string format specifier", () -> Formatter.formatStr("s", " "));
        // format('s', '+')
        raises("ValueError", "Sign not allowed in string format specifier", () -> Formatter.formatStr("s", "+"));
        // format('s', '-')
        raises("ValueError", "Sign not allowed in string format specifier", () -> Formatter.formatStr("s", "-"));
        // format('s', 'z')
        raises("ValueError", "Negative zero coercion (z) not allowed in string format specifier", () -> Formatter.formatStr("s", "z"));
        // format('s', '#')
        raises("ValueError", "Alternate form (#) not allowed in string format specifier", () -> Formatter.formatStr("s", "#"));
        // format('s', '=')
        raises("ValueError", "'=' alignment not allowed in string format specifier", () -> Formatter.formatStr("s", "="));
        // format('s', '0=5')
        raises("ValueError", "'=' alignment not allowed in string format specifier", () -> Formatter.formatStr("s", "0=5"));
        // format('s', 'd')
        raises("ValueError", "Unknown format code 'd' for object of type 'str'", () -> Formatter.formatStr("s", "d"));
        // format('s', ',')
        raises("ValueError", "Cannot specify ',' with 's'.", () -> Formatter.formatStr("s", ","));
        // format('s', '_')
        raises("ValueError", "Cannot specify '_' with 's'.", () -> Formatter.formatStr("s", "_"));
        // format('s', '\x05')
        raises("ValueError", "Unknown format code '\\x5' for object of type 'str'", () -> Formatter.formatStr("s", "\u0005"));
        // format('s', '5.')
        raises("ValueError", "Format specifier missing precision", () -> Formatter.formatStr("s", "5."));
    }

    /** {@link FormatSpec#parse}: the fields of {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}. */
    @Test
    void specFields() {
        FormatSpec f = FormatSpec.parse("*^+z#012_.3f", 0, '>', "float");
        assertThat(f.fill).isEqualTo('*');
        assertThat(f.align).isEqualTo('^');
        assertThat(f.sign).isEqualTo('+');
        assertThat(f.noNegZero).isTrue();
        assertThat(f.alternate).isTrue();
        assertThat(f.width).isEqualTo(12);
        assertThat(f.grouping).isEqualTo('_');
        assertThat(f.precision).isEqualTo(3);
        assertThat(f.type).isEqualTo('f');
        FormatSpec g = FormatSpec.parse("010_x", 'd', '>', "int");
        assertThat(g.fill).isEqualTo('0');
        assertThat(g.align).as("the 0 flag means '=' for numbers").isEqualTo('=');
        assertThat(g.groupSize).as("'_' groups hex digits by four").isEqualTo(4);
        FormatSpec s = FormatSpec.parse("05", 's', '<', "str");
        assertThat(s.fill).isEqualTo('0');
        assertThat(s.align).as("a string keeps its default alignment").isEqualTo('<');
        assertThat(s.width).isEqualTo(5);
        assertThat(s.precision).isEqualTo(-1);
    }

    /** The type name given for a subclass shows in the messages, as {@code type(obj).__name__} does. */
    @Test
    void typeNameAppearsInMessages() {
        // format(True, 's')
        raises("ValueError", "Unknown format code 's' for object of type 'bool'", () -> Formatter.formatInt(BigInteger.ONE, "s", "bool"));
        // format(True, 'abc')
        raises("ValueError", "Invalid format specifier 'abc' for object of type 'bool'", () -> Formatter.formatInt(BigInteger.ONE, "abc", "bool"));
        assertThat(Formatter.formatInt(BigInteger.ONE, "d", "bool"))
                .as("format(True, 'd') == '1'").isEqualTo("1");
    }
}
