// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python.text;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link FloatFormat} against CPython 3.13: every expected value was printed by CPython 3.13.0 for the Python
 * expression in the assertion's description.
 */
class FloatFormatTest {
    /** Asserts that {@code call} raises CPython's exception type with CPython's message. */
    private static void raises(String pyType, String message, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(TextError.class, e -> {
            assertThat(e.pyType).isEqualTo(pyType);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }
    /** {@code repr(float)}: the shortest digits that read back, fixed notation for exponents from -5 to 15. */
    @Test
    void reprIsShortestRoundTrip() {
        assertThat(FloatFormat.repr(0.1))
                .as("repr(0.1) == '0.1'").isEqualTo("0.1");
        assertThat(FloatFormat.repr(0.30000000000000004))
                .as("repr(0.2+0.1) == '0.30000000000000004'").isEqualTo("0.30000000000000004");
        assertThat(FloatFormat.repr(0.3333333333333333))
                .as("repr(1/3) == '0.3333333333333333'").isEqualTo("0.3333333333333333");
        assertThat(FloatFormat.repr(0.6666666666666666))
                .as("repr(2/3) == '0.6666666666666666'").isEqualTo("0.6666666666666666");
        assertThat(FloatFormat.repr(1e16))
                .as("repr(1e16) == '1e+16'").isEqualTo("1e+16");
        assertThat(FloatFormat.repr(1000000000000000.0))
                .as("repr(1e15) == '1000000000000000.0'").isEqualTo("1000000000000000.0");
        assertThat(FloatFormat.repr(9999999999999998.0))
                .as("repr(9999999999999998.0) == '9999999999999998.0'").isEqualTo("9999999999999998.0");
        assertThat(FloatFormat.repr(1e22))
                .as("repr(1e22) == '1e+22'").isEqualTo("1e+22");
        assertThat(FloatFormat.repr(1e23))
                .as("repr(1e23) == '1e+23'").isEqualTo("1e+23");
        assertThat(FloatFormat.repr(0.0001))
                .as("repr(0.0001) == '0.0001'").isEqualTo("0.0001");
        assertThat(FloatFormat.repr(1e-05))
                .as("repr(1e-05) == '1e-05'").isEqualTo("1e-05");
        assertThat(FloatFormat.repr(0.00012345))
                .as("repr(0.00012345) == '0.00012345'").isEqualTo("0.00012345");
        assertThat(FloatFormat.repr(123456789.0))
                .as("repr(123456789.0) == '123456789.0'").isEqualTo("123456789.0");
        assertThat(FloatFormat.repr(1.5))
                .as("repr(1.5) == '1.5'").isEqualTo("1.5");
        assertThat(FloatFormat.repr(-2.5))
                .as("repr(-2.5) == '-2.5'").isEqualTo("-2.5");
        assertThat(FloatFormat.repr(0.0))
                .as("repr(0.0) == '0.0'").isEqualTo("0.0");
        assertThat(FloatFormat.repr(-0.0))
                .as("repr(-0.0) == '-0.0'").isEqualTo("-0.0");
        assertThat(FloatFormat.repr(Double.POSITIVE_INFINITY))
                .as("repr(float('inf')) == 'inf'").isEqualTo("inf");
        assertThat(FloatFormat.repr(Double.NEGATIVE_INFINITY))
                .as("repr(float('-inf')) == '-inf'").isEqualTo("-inf");
        assertThat(FloatFormat.repr(Double.NaN))
                .as("repr(float('nan')) == 'nan'").isEqualTo("nan");
        assertThat(FloatFormat.repr(Double.MIN_VALUE))
                .as("repr(5e-324) == '5e-324'").isEqualTo("5e-324");
        assertThat(FloatFormat.repr(Double.MAX_VALUE))
                .as("repr(1.7976931348623157e308) == '1.7976931348623157e+308'").isEqualTo("1.7976931348623157e+308");
        assertThat(FloatFormat.repr(2.2250738585072014e-308))
                .as("repr(2.2250738585072014e-308) == '2.2250738585072014e-308'").isEqualTo("2.2250738585072014e-308");
        assertThat(FloatFormat.repr(2.2250738585072014e-308))
                .as("repr(2.0**-1022) == '2.2250738585072014e-308'").isEqualTo("2.2250738585072014e-308");
        assertThat(FloatFormat.repr(1.152921504606847e18))
                .as("repr(2.0**60) == '1.152921504606847e+18'").isEqualTo("1.152921504606847e+18");
        assertThat(FloatFormat.repr(2251799813685248.0))
                .as("repr(2.0**51+0.25) == '2251799813685248.0'").isEqualTo("2251799813685248.0");
        assertThat(FloatFormat.repr(9007199254740992.0))
                .as("repr(9007199254740993.0) == '9007199254740992.0'").isEqualTo("9007199254740992.0");
        assertThat(FloatFormat.repr(100.0))
                .as("repr(100.0) == '100.0'").isEqualTo("100.0");
        assertThat(FloatFormat.repr(1e100))
                .as("repr(1e100) == '1e+100'").isEqualTo("1e+100");
        assertThat(FloatFormat.repr(-1.25e-100))
                .as("repr(-1.25e-100) == '-1.25e-100'").isEqualTo("-1.25e-100");
        assertThat(FloatFormat.repr(3.141592653589793))
                .as("repr(3.141592653589793) == '3.141592653589793'").isEqualTo("3.141592653589793");
        assertThat(FloatFormat.repr(2.675))
                .as("repr(2.675) == '2.675'").isEqualTo("2.675");
        assertThat(FloatFormat.repr(1e-07))
                .as("repr(1e-7) == '1e-07'").isEqualTo("1e-07");
        assertThat(FloatFormat.repr(1.23e302))
                .as("repr(123e300) == '1.23e+302'").isEqualTo("1.23e+302");
    }

    /** Random doubles (bit patterns and plain decimals): {@code repr} and {@code format} with {@code .3f}, {@code .5g}, {@code .2e}, as CPython 3.13 prints them. */
    @Test
    void reprAndFormatsOfRandomDoubles() {
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0xc12aa2a38e3aaf04L)))
                .as("repr(-872785.7777914708) == '-872785.7777914708'").isEqualTo("-872785.7777914708");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc12aa2a38e3aaf04L), ".3f"))
                .as("format(-872785.7777914708, '.3f') == '-872785.778'").isEqualTo("-872785.778");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc12aa2a38e3aaf04L), ".5g"))
                .as("format(-872785.7777914708, '.5g') == '-8.7279e+05'").isEqualTo("-8.7279e+05");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc12aa2a38e3aaf04L), ".2e"))
                .as("format(-872785.7777914708, '.2e') == '-8.73e+05'").isEqualTo("-8.73e+05");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x5151ba3dc883be14L)))
                .as("repr(5.381042650330836e+83) == '5.381042650330836e+83'").isEqualTo("5.381042650330836e+83");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x5151ba3dc883be14L), ".3f"))
                .as("format(5.381042650330836e+83, '.3f') == '538104265033083594036098732299644093463309573535459916899339802656271228789776711680.000'").isEqualTo("538104265033083594036098732299644093463309573535459916899339802656271228789776711680.000");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x5151ba3dc883be14L), ".5g"))
                .as("format(5.381042650330836e+83, '.5g') == '5.381e+83'").isEqualTo("5.381e+83");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x5151ba3dc883be14L), ".2e"))
                .as("format(5.381042650330836e+83, '.2e') == '5.38e+83'").isEqualTo("5.38e+83");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0xc124502720c85d88L)))
                .as("repr(-665619.5640286664) == '-665619.5640286664'").isEqualTo("-665619.5640286664");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc124502720c85d88L), ".3f"))
                .as("format(-665619.5640286664, '.3f') == '-665619.564'").isEqualTo("-665619.564");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc124502720c85d88L), ".5g"))
                .as("format(-665619.5640286664, '.5g') == '-6.6562e+05'").isEqualTo("-6.6562e+05");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc124502720c85d88L), ".2e"))
                .as("format(-665619.5640286664, '.2e') == '-6.66e+05'").isEqualTo("-6.66e+05");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x482aba97d3dee092L)))
                .as("repr(4.5476831406163064e+39) == '4.5476831406163064e+39'").isEqualTo("4.5476831406163064e+39");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x482aba97d3dee092L), ".3f"))
                .as("format(4.5476831406163064e+39, '.3f') == '4547683140616306377709271720637233102848.000'").isEqualTo("4547683140616306377709271720637233102848.000");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x482aba97d3dee092L), ".5g"))
                .as("format(4.5476831406163064e+39, '.5g') == '4.5477e+39'").isEqualTo("4.5477e+39");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x482aba97d3dee092L), ".2e"))
                .as("format(4.5476831406163064e+39, '.2e') == '4.55e+39'").isEqualTo("4.55e+39");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0xc1215c7c22b1a204L)))
                .as("repr(-568894.0677614813) == '-568894.0677614813'").isEqualTo("-568894.0677614813");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc1215c7c22b1a204L), ".3f"))
                .as("format(-568894.0677614813, '.3f') == '-568894.068'").isEqualTo("-568894.068");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc1215c7c22b1a204L), ".5g"))
                .as("format(-568894.0677614813, '.5g') == '-5.6889e+05'").isEqualTo("-5.6889e+05");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc1215c7c22b1a204L), ".2e"))
                .as("format(-568894.0677614813, '.2e') == '-5.69e+05'").isEqualTo("-5.69e+05");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x12ee0f6985f78105L)))
                .as("repr(1.7031192818407287e-217) == '1.7031192818407287e-217'").isEqualTo("1.7031192818407287e-217");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x12ee0f6985f78105L), ".3f"))
                .as("format(1.7031192818407287e-217, '.3f') == '0.000'").isEqualTo("0.000");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x12ee0f6985f78105L), ".5g"))
                .as("format(1.7031192818407287e-217, '.5g') == '1.7031e-217'").isEqualTo("1.7031e-217");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x12ee0f6985f78105L), ".2e"))
                .as("format(1.7031192818407287e-217, '.2e') == '1.70e-217'").isEqualTo("1.70e-217");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0xc12a2be9949c7166L)))
                .as("repr(-857588.7902560651) == '-857588.7902560651'").isEqualTo("-857588.7902560651");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc12a2be9949c7166L), ".3f"))
                .as("format(-857588.7902560651, '.3f') == '-857588.790'").isEqualTo("-857588.790");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc12a2be9949c7166L), ".5g"))
                .as("format(-857588.7902560651, '.5g') == '-8.5759e+05'").isEqualTo("-8.5759e+05");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc12a2be9949c7166L), ".2e"))
                .as("format(-857588.7902560651, '.2e') == '-8.58e+05'").isEqualTo("-8.58e+05");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x1eeae12f3ec58a6aL)))
                .as("repr(9.559508230513832e-160) == '9.559508230513832e-160'").isEqualTo("9.559508230513832e-160");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x1eeae12f3ec58a6aL), ".3f"))
                .as("format(9.559508230513832e-160, '.3f') == '0.000'").isEqualTo("0.000");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x1eeae12f3ec58a6aL), ".5g"))
                .as("format(9.559508230513832e-160, '.5g') == '9.5595e-160'").isEqualTo("9.5595e-160");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x1eeae12f3ec58a6aL), ".2e"))
                .as("format(9.559508230513832e-160, '.2e') == '9.56e-160'").isEqualTo("9.56e-160");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x41037ecb2a8a0270L)))
                .as("repr(159705.39577104477) == '159705.39577104477'").isEqualTo("159705.39577104477");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x41037ecb2a8a0270L), ".3f"))
                .as("format(159705.39577104477, '.3f') == '159705.396'").isEqualTo("159705.396");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x41037ecb2a8a0270L), ".5g"))
                .as("format(159705.39577104477, '.5g') == '1.5971e+05'").isEqualTo("1.5971e+05");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x41037ecb2a8a0270L), ".2e"))
                .as("format(159705.39577104477, '.2e') == '1.60e+05'").isEqualTo("1.60e+05");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x2cfe5f3b21537bc5L)))
                .as("repr(5.824178402965879e-92) == '5.824178402965879e-92'").isEqualTo("5.824178402965879e-92");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x2cfe5f3b21537bc5L), ".3f"))
                .as("format(5.824178402965879e-92, '.3f') == '0.000'").isEqualTo("0.000");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x2cfe5f3b21537bc5L), ".5g"))
                .as("format(5.824178402965879e-92, '.5g') == '5.8242e-92'").isEqualTo("5.8242e-92");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x2cfe5f3b21537bc5L), ".2e"))
                .as("format(5.824178402965879e-92, '.2e') == '5.82e-92'").isEqualTo("5.82e-92");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0xc12e7a3bed5d28b3L)))
                .as("repr(-998685.9636013716) == '-998685.9636013716'").isEqualTo("-998685.9636013716");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc12e7a3bed5d28b3L), ".3f"))
                .as("format(-998685.9636013716, '.3f') == '-998685.964'").isEqualTo("-998685.964");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc12e7a3bed5d28b3L), ".5g"))
                .as("format(-998685.9636013716, '.5g') == '-9.9869e+05'").isEqualTo("-9.9869e+05");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc12e7a3bed5d28b3L), ".2e"))
                .as("format(-998685.9636013716, '.2e') == '-9.99e+05'").isEqualTo("-9.99e+05");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x2c83265d242f1af3L)))
                .as("repr(2.8689101051007155e-94) == '2.8689101051007155e-94'").isEqualTo("2.8689101051007155e-94");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x2c83265d242f1af3L), ".3f"))
                .as("format(2.8689101051007155e-94, '.3f') == '0.000'").isEqualTo("0.000");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x2c83265d242f1af3L), ".5g"))
                .as("format(2.8689101051007155e-94, '.5g') == '2.8689e-94'").isEqualTo("2.8689e-94");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x2c83265d242f1af3L), ".2e"))
                .as("format(2.8689101051007155e-94, '.2e') == '2.87e-94'").isEqualTo("2.87e-94");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x40f360768bdf7910L)))
                .as("repr(79367.40914866724) == '79367.40914866724'").isEqualTo("79367.40914866724");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x40f360768bdf7910L), ".3f"))
                .as("format(79367.40914866724, '.3f') == '79367.409'").isEqualTo("79367.409");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x40f360768bdf7910L), ".5g"))
                .as("format(79367.40914866724, '.5g') == '79367'").isEqualTo("79367");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x40f360768bdf7910L), ".2e"))
                .as("format(79367.40914866724, '.2e') == '7.94e+04'").isEqualTo("7.94e+04");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x6d459c6deb687407L)))
                .as("repr(2.383980983847361e+218) == '2.383980983847361e+218'").isEqualTo("2.383980983847361e+218");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x6d459c6deb687407L), ".3f"))
                .as("format(2.383980983847361e+218, '.3f') == '238398098384736090775512236495512914590292325566599338580160950313329483293385255391966445950365524575122715742456001172449136602114294022718615601674863367335479098492463912325477772652000341242991217890512897390411776.000'").isEqualTo("238398098384736090775512236495512914590292325566599338580160950313329483293385255391966445950365524575122715742456001172449136602114294022718615601674863367335479098492463912325477772652000341242991217890512897390411776.000");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x6d459c6deb687407L), ".5g"))
                .as("format(2.383980983847361e+218, '.5g') == '2.384e+218'").isEqualTo("2.384e+218");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x6d459c6deb687407L), ".2e"))
                .as("format(2.383980983847361e+218, '.2e') == '2.38e+218'").isEqualTo("2.38e+218");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x410838fd3e6d9018L)))
                .as("repr(198431.65548241208) == '198431.65548241208'").isEqualTo("198431.65548241208");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x410838fd3e6d9018L), ".3f"))
                .as("format(198431.65548241208, '.3f') == '198431.655'").isEqualTo("198431.655");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x410838fd3e6d9018L), ".5g"))
                .as("format(198431.65548241208, '.5g') == '1.9843e+05'").isEqualTo("1.9843e+05");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x410838fd3e6d9018L), ".2e"))
                .as("format(198431.65548241208, '.2e') == '1.98e+05'").isEqualTo("1.98e+05");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x13e6eeb9b2200f08L)))
                .as("repr(8.515004346446775e-213) == '8.515004346446775e-213'").isEqualTo("8.515004346446775e-213");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x13e6eeb9b2200f08L), ".3f"))
                .as("format(8.515004346446775e-213, '.3f') == '0.000'").isEqualTo("0.000");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x13e6eeb9b2200f08L), ".5g"))
                .as("format(8.515004346446775e-213, '.5g') == '8.515e-213'").isEqualTo("8.515e-213");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x13e6eeb9b2200f08L), ".2e"))
                .as("format(8.515004346446775e-213, '.2e') == '8.52e-213'").isEqualTo("8.52e-213");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0xc124c5cc6c638ddeL)))
                .as("repr(-680678.211697038) == '-680678.211697038'").isEqualTo("-680678.211697038");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc124c5cc6c638ddeL), ".3f"))
                .as("format(-680678.211697038, '.3f') == '-680678.212'").isEqualTo("-680678.212");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc124c5cc6c638ddeL), ".5g"))
                .as("format(-680678.211697038, '.5g') == '-6.8068e+05'").isEqualTo("-6.8068e+05");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc124c5cc6c638ddeL), ".2e"))
                .as("format(-680678.211697038, '.2e') == '-6.81e+05'").isEqualTo("-6.81e+05");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x698395b0174181a7L)))
                .as("repr(1.873891583023269e+200) == '1.873891583023269e+200'").isEqualTo("1.873891583023269e+200");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x698395b0174181a7L), ".3f"))
                .as("format(1.873891583023269e+200, '.3f') == '187389158302326912904999582217741800391347487044810729818512555041209113291239774533775449275686229613471113879620383072667562626727080213266843849454088421478383093775705594815286446055664346135003136.000'").isEqualTo("187389158302326912904999582217741800391347487044810729818512555041209113291239774533775449275686229613471113879620383072667562626727080213266843849454088421478383093775705594815286446055664346135003136.000");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x698395b0174181a7L), ".5g"))
                .as("format(1.873891583023269e+200, '.5g') == '1.8739e+200'").isEqualTo("1.8739e+200");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x698395b0174181a7L), ".2e"))
                .as("format(1.873891583023269e+200, '.2e') == '1.87e+200'").isEqualTo("1.87e+200");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0xc0fd099b04194290L)))
                .as("repr(-118937.68850065232) == '-118937.68850065232'").isEqualTo("-118937.68850065232");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc0fd099b04194290L), ".3f"))
                .as("format(-118937.68850065232, '.3f') == '-118937.689'").isEqualTo("-118937.689");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc0fd099b04194290L), ".5g"))
                .as("format(-118937.68850065232, '.5g') == '-1.1894e+05'").isEqualTo("-1.1894e+05");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc0fd099b04194290L), ".2e"))
                .as("format(-118937.68850065232, '.2e') == '-1.19e+05'").isEqualTo("-1.19e+05");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x1de166178dd3e276L)))
                .as("repr(9.441730481625947e-165) == '9.441730481625947e-165'").isEqualTo("9.441730481625947e-165");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x1de166178dd3e276L), ".3f"))
                .as("format(9.441730481625947e-165, '.3f') == '0.000'").isEqualTo("0.000");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x1de166178dd3e276L), ".5g"))
                .as("format(9.441730481625947e-165, '.5g') == '9.4417e-165'").isEqualTo("9.4417e-165");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x1de166178dd3e276L), ".2e"))
                .as("format(9.441730481625947e-165, '.2e') == '9.44e-165'").isEqualTo("9.44e-165");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x40f1335f052b41b0L)))
                .as("repr(70453.93876195583) == '70453.93876195583'").isEqualTo("70453.93876195583");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x40f1335f052b41b0L), ".3f"))
                .as("format(70453.93876195583, '.3f') == '70453.939'").isEqualTo("70453.939");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x40f1335f052b41b0L), ".5g"))
                .as("format(70453.93876195583, '.5g') == '70454'").isEqualTo("70454");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x40f1335f052b41b0L), ".2e"))
                .as("format(70453.93876195583, '.2e') == '7.05e+04'").isEqualTo("7.05e+04");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x66f0f920ffec7635L)))
                .as("repr(7.385161744567014e+187) == '7.385161744567014e+187'").isEqualTo("7.385161744567014e+187");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x66f0f920ffec7635L), ".3f"))
                .as("format(7.385161744567014e+187, '.3f') == '73851617445670139157341816379246204529350835328802501849659622474671608456383878848286660353714563413550868531230891470710151710601593386955900450394879081198621129207362119742528038109184.000'").isEqualTo("73851617445670139157341816379246204529350835328802501849659622474671608456383878848286660353714563413550868531230891470710151710601593386955900450394879081198621129207362119742528038109184.000");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x66f0f920ffec7635L), ".5g"))
                .as("format(7.385161744567014e+187, '.5g') == '7.3852e+187'").isEqualTo("7.3852e+187");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x66f0f920ffec7635L), ".2e"))
                .as("format(7.385161744567014e+187, '.2e') == '7.39e+187'").isEqualTo("7.39e+187");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0xc12c0be7e6794bddL)))
                .as("repr(-919027.9501441676) == '-919027.9501441676'").isEqualTo("-919027.9501441676");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc12c0be7e6794bddL), ".3f"))
                .as("format(-919027.9501441676, '.3f') == '-919027.950'").isEqualTo("-919027.950");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc12c0be7e6794bddL), ".5g"))
                .as("format(-919027.9501441676, '.5g') == '-9.1903e+05'").isEqualTo("-9.1903e+05");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc12c0be7e6794bddL), ".2e"))
                .as("format(-919027.9501441676, '.2e') == '-9.19e+05'").isEqualTo("-9.19e+05");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x592b853131d7d81eL)))
                .as("repr(3.5532122292593294e+121) == '3.5532122292593294e+121'").isEqualTo("3.5532122292593294e+121");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x592b853131d7d81eL), ".3f"))
                .as("format(3.5532122292593294e+121, '.3f') == '35532122292593293590313265224251734864813241594970775214634279921658502504874801896666860068137776511707503140404149092352.000'").isEqualTo("35532122292593293590313265224251734864813241594970775214634279921658502504874801896666860068137776511707503140404149092352.000");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x592b853131d7d81eL), ".5g"))
                .as("format(3.5532122292593294e+121, '.5g') == '3.5532e+121'").isEqualTo("3.5532e+121");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x592b853131d7d81eL), ".2e"))
                .as("format(3.5532122292593294e+121, '.2e') == '3.55e+121'").isEqualTo("3.55e+121");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0xc105015e93189620L)))
                .as("repr(-172075.82182423864) == '-172075.82182423864'").isEqualTo("-172075.82182423864");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc105015e93189620L), ".3f"))
                .as("format(-172075.82182423864, '.3f') == '-172075.822'").isEqualTo("-172075.822");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc105015e93189620L), ".5g"))
                .as("format(-172075.82182423864, '.5g') == '-1.7208e+05'").isEqualTo("-1.7208e+05");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc105015e93189620L), ".2e"))
                .as("format(-172075.82182423864, '.2e') == '-1.72e+05'").isEqualTo("-1.72e+05");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x3479f857701965c1L)))
                .as("repr(6.619636970324085e-56) == '6.619636970324085e-56'").isEqualTo("6.619636970324085e-56");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x3479f857701965c1L), ".3f"))
                .as("format(6.619636970324085e-56, '.3f') == '0.000'").isEqualTo("0.000");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x3479f857701965c1L), ".5g"))
                .as("format(6.619636970324085e-56, '.5g') == '6.6196e-56'").isEqualTo("6.6196e-56");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x3479f857701965c1L), ".2e"))
                .as("format(6.619636970324085e-56, '.2e') == '6.62e-56'").isEqualTo("6.62e-56");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x412575a1173ba438L)))
                .as("repr(703184.5453769034) == '703184.5453769034'").isEqualTo("703184.5453769034");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x412575a1173ba438L), ".3f"))
                .as("format(703184.5453769034, '.3f') == '703184.545'").isEqualTo("703184.545");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x412575a1173ba438L), ".5g"))
                .as("format(703184.5453769034, '.5g') == '7.0318e+05'").isEqualTo("7.0318e+05");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x412575a1173ba438L), ".2e"))
                .as("format(703184.5453769034, '.2e') == '7.03e+05'").isEqualTo("7.03e+05");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x2015feceecf314bbL)))
                .as("repr(4.101219425421377e-154) == '4.101219425421377e-154'").isEqualTo("4.101219425421377e-154");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x2015feceecf314bbL), ".3f"))
                .as("format(4.101219425421377e-154, '.3f') == '0.000'").isEqualTo("0.000");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x2015feceecf314bbL), ".5g"))
                .as("format(4.101219425421377e-154, '.5g') == '4.1012e-154'").isEqualTo("4.1012e-154");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x2015feceecf314bbL), ".2e"))
                .as("format(4.101219425421377e-154, '.2e') == '4.10e-154'").isEqualTo("4.10e-154");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0xc12bd34fc5c7790fL)))
                .as("repr(-911783.8862874823) == '-911783.8862874823'").isEqualTo("-911783.8862874823");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc12bd34fc5c7790fL), ".3f"))
                .as("format(-911783.8862874823, '.3f') == '-911783.886'").isEqualTo("-911783.886");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc12bd34fc5c7790fL), ".5g"))
                .as("format(-911783.8862874823, '.5g') == '-9.1178e+05'").isEqualTo("-9.1178e+05");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc12bd34fc5c7790fL), ".2e"))
                .as("format(-911783.8862874823, '.2e') == '-9.12e+05'").isEqualTo("-9.12e+05");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x1070a758d46e00cbL)))
                .as("repr(1.7163032642594015e-229) == '1.7163032642594015e-229'").isEqualTo("1.7163032642594015e-229");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x1070a758d46e00cbL), ".3f"))
                .as("format(1.7163032642594015e-229, '.3f') == '0.000'").isEqualTo("0.000");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x1070a758d46e00cbL), ".5g"))
                .as("format(1.7163032642594015e-229, '.5g') == '1.7163e-229'").isEqualTo("1.7163e-229");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x1070a758d46e00cbL), ".2e"))
                .as("format(1.7163032642594015e-229, '.2e') == '1.72e-229'").isEqualTo("1.72e-229");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x411a15868e73baccL)))
                .as("repr(427361.6391133487) == '427361.6391133487'").isEqualTo("427361.6391133487");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x411a15868e73baccL), ".3f"))
                .as("format(427361.6391133487, '.3f') == '427361.639'").isEqualTo("427361.639");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x411a15868e73baccL), ".5g"))
                .as("format(427361.6391133487, '.5g') == '4.2736e+05'").isEqualTo("4.2736e+05");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x411a15868e73baccL), ".2e"))
                .as("format(427361.6391133487, '.2e') == '4.27e+05'").isEqualTo("4.27e+05");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x09912ca186c068a8L)))
                .as("repr(1.3635273023373567e-262) == '1.3635273023373567e-262'").isEqualTo("1.3635273023373567e-262");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x09912ca186c068a8L), ".3f"))
                .as("format(1.3635273023373567e-262, '.3f') == '0.000'").isEqualTo("0.000");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x09912ca186c068a8L), ".5g"))
                .as("format(1.3635273023373567e-262, '.5g') == '1.3635e-262'").isEqualTo("1.3635e-262");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x09912ca186c068a8L), ".2e"))
                .as("format(1.3635273023373567e-262, '.2e') == '1.36e-262'").isEqualTo("1.36e-262");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0xc11a1c4d1a50c3aeL)))
                .as("repr(-427795.27569871664) == '-427795.27569871664'").isEqualTo("-427795.27569871664");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc11a1c4d1a50c3aeL), ".3f"))
                .as("format(-427795.27569871664, '.3f') == '-427795.276'").isEqualTo("-427795.276");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc11a1c4d1a50c3aeL), ".5g"))
                .as("format(-427795.27569871664, '.5g') == '-4.278e+05'").isEqualTo("-4.278e+05");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc11a1c4d1a50c3aeL), ".2e"))
                .as("format(-427795.27569871664, '.2e') == '-4.28e+05'").isEqualTo("-4.28e+05");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x734bd212f3887ceeL)))
                .as("repr(2.4314927316079208e+247) == '2.4314927316079208e+247'").isEqualTo("2.4314927316079208e+247");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x734bd212f3887ceeL), ".3f"))
                .as("format(2.4314927316079208e+247, '.3f') == '24314927316079208387625689480168767202275196352249294794521378262172774340080212205340615319946216562898174052053562036672235723900315416131460388045359914304287778279643305080071484024744904947103210570637451006002240621469785205855085505221230592.000'").isEqualTo("24314927316079208387625689480168767202275196352249294794521378262172774340080212205340615319946216562898174052053562036672235723900315416131460388045359914304287778279643305080071484024744904947103210570637451006002240621469785205855085505221230592.000");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x734bd212f3887ceeL), ".5g"))
                .as("format(2.4314927316079208e+247, '.5g') == '2.4315e+247'").isEqualTo("2.4315e+247");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x734bd212f3887ceeL), ".2e"))
                .as("format(2.4314927316079208e+247, '.2e') == '2.43e+247'").isEqualTo("2.43e+247");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x41196dcee2972520L)))
                .as("repr(416627.7212796975) == '416627.7212796975'").isEqualTo("416627.7212796975");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x41196dcee2972520L), ".3f"))
                .as("format(416627.7212796975, '.3f') == '416627.721'").isEqualTo("416627.721");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x41196dcee2972520L), ".5g"))
                .as("format(416627.7212796975, '.5g') == '4.1663e+05'").isEqualTo("4.1663e+05");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x41196dcee2972520L), ".2e"))
                .as("format(416627.7212796975, '.2e') == '4.17e+05'").isEqualTo("4.17e+05");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x40171e9eeda234b0L)))
                .as("repr(5.7799031381847925) == '5.7799031381847925'").isEqualTo("5.7799031381847925");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x40171e9eeda234b0L), ".3f"))
                .as("format(5.7799031381847925, '.3f') == '5.780'").isEqualTo("5.780");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x40171e9eeda234b0L), ".5g"))
                .as("format(5.7799031381847925, '.5g') == '5.7799'").isEqualTo("5.7799");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x40171e9eeda234b0L), ".2e"))
                .as("format(5.7799031381847925, '.2e') == '5.78e+00'").isEqualTo("5.78e+00");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0xc128d8ab9e11b69cL)))
                .as("repr(-814165.8087288919) == '-814165.8087288919'").isEqualTo("-814165.8087288919");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc128d8ab9e11b69cL), ".3f"))
                .as("format(-814165.8087288919, '.3f') == '-814165.809'").isEqualTo("-814165.809");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc128d8ab9e11b69cL), ".5g"))
                .as("format(-814165.8087288919, '.5g') == '-8.1417e+05'").isEqualTo("-8.1417e+05");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc128d8ab9e11b69cL), ".2e"))
                .as("format(-814165.8087288919, '.2e') == '-8.14e+05'").isEqualTo("-8.14e+05");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x6fac81439a98678eL)))
                .as("repr(8.643443683552505e+229) == '8.643443683552505e+229'").isEqualTo("8.643443683552505e+229");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x6fac81439a98678eL), ".3f"))
                .as("format(8.643443683552505e+229, '.3f') == '86434436835525054808434067495516497054414505530572136055739504516203501203332498606107754554025765692985261117081174432814216358999838457880112117173520015867599588096667298018879614579629659698041830909459392646519240113153638400.000'").isEqualTo("86434436835525054808434067495516497054414505530572136055739504516203501203332498606107754554025765692985261117081174432814216358999838457880112117173520015867599588096667298018879614579629659698041830909459392646519240113153638400.000");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x6fac81439a98678eL), ".5g"))
                .as("format(8.643443683552505e+229, '.5g') == '8.6434e+229'").isEqualTo("8.6434e+229");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x6fac81439a98678eL), ".2e"))
                .as("format(8.643443683552505e+229, '.2e') == '8.64e+229'").isEqualTo("8.64e+229");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0xc1247b6de92eace4L)))
                .as("repr(-671158.9554342297) == '-671158.9554342297'").isEqualTo("-671158.9554342297");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc1247b6de92eace4L), ".3f"))
                .as("format(-671158.9554342297, '.3f') == '-671158.955'").isEqualTo("-671158.955");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc1247b6de92eace4L), ".5g"))
                .as("format(-671158.9554342297, '.5g') == '-6.7116e+05'").isEqualTo("-6.7116e+05");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0xc1247b6de92eace4L), ".2e"))
                .as("format(-671158.9554342297, '.2e') == '-6.71e+05'").isEqualTo("-6.71e+05");
        assertThat(FloatFormat.repr(Double.longBitsToDouble(0x2cc7fa5a201f49b3L)))
                .as("repr(5.747555532329963e-93) == '5.747555532329963e-93'").isEqualTo("5.747555532329963e-93");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x2cc7fa5a201f49b3L), ".3f"))
                .as("format(5.747555532329963e-93, '.3f') == '0.000'").isEqualTo("0.000");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x2cc7fa5a201f49b3L), ".5g"))
                .as("format(5.747555532329963e-93, '.5g') == '5.7476e-93'").isEqualTo("5.7476e-93");
        assertThat(Formatter.formatFloat(Double.longBitsToDouble(0x2cc7fa5a201f49b3L), ".2e"))
                .as("format(5.747555532329963e-93, '.2e') == '5.75e-93'").isEqualTo("5.75e-93");
    }

    /** {@code float(str)}: whitespace, signs, underscores between digits, inf and nan in any case, Unicode digits. */
    @Test
    void parseAcceptsPythonFloatLiterals() {
        assertThat(Double.doubleToRawLongBits(FloatFormat.parse("1.5")))
                .as("float('1.5') == 1.5").isEqualTo(Double.doubleToRawLongBits(1.5));
        assertThat(Double.doubleToRawLongBits(FloatFormat.parse(" -1.5\n")))
                .as("float(' -1.5\\n') == -1.5").isEqualTo(Double.doubleToRawLongBits(-1.5));
        assertThat(Double.doubleToRawLongBits(FloatFormat.parse("+0.0")))
                .as("float('+0.0') == 0.0").isEqualTo(Double.doubleToRawLongBits(0.0));
        assertThat(Double.doubleToRawLongBits(FloatFormat.parse("-0")))
                .as("float('-0') == -0.0").isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(Double.doubleToRawLongBits(FloatFormat.parse("1e5")))
                .as("float('1e5') == 100000.0").isEqualTo(Double.doubleToRawLongBits(100000.0));
        assertThat(Double.doubleToRawLongBits(FloatFormat.parse("1E-5")))
                .as("float('1E-5') == 1e-05").isEqualTo(Double.doubleToRawLongBits(1e-05));
        assertThat(Double.doubleToRawLongBits(FloatFormat.parse(".5")))
                .as("float('.5') == 0.5").isEqualTo(Double.doubleToRawLongBits(0.5));
        assertThat(Double.doubleToRawLongBits(FloatFormat.parse("5.")))
                .as("float('5.') == 5.0").isEqualTo(Double.doubleToRawLongBits(5.0));
        assertThat(Double.doubleToRawLongBits(FloatFormat.parse("1.e3")))
                .as("float('1.e3') == 1000.0").isEqualTo(Double.doubleToRawLongBits(1000.0));
        assertThat(Double.doubleToRawLongBits(FloatFormat.parse("1_000.000_1")))
                .as("float('1_000.000_1') == 1000.0001").isEqualTo(Double.doubleToRawLongBits(1000.0001));
        assertThat(Double.doubleToRawLongBits(FloatFormat.parse("1e1_0")))
                .as("float('1e1_0') == 10000000000.0").isEqualTo(Double.doubleToRawLongBits(10000000000.0));
        assertThat(Double.doubleToRawLongBits(FloatFormat.parse("inf")))
                .as("float('inf') == inf").isEqualTo(Double.doubleToRawLongBits(Double.POSITIVE_INFINITY));
        assertThat(Double.doubleToRawLongBits(FloatFormat.parse("-Infinity")))
                .as("float('-Infinity') == -inf").isEqualTo(Double.doubleToRawLongBits(Double.NEGATIVE_INFINITY));
        assertThat(Double.doubleToRawLongBits(FloatFormat.parse("iNF")))
                .as("float('iNF') == inf").isEqualTo(Double.doubleToRawLongBits(Double.POSITIVE_INFINITY));
        assertThat(FloatFormat.parse("nan"))
                .as("float('nan') == nan").isNaN();
        assertThat(FloatFormat.parse("-NaN"))
                .as("float('-NaN') == nan").isNaN();
        assertThat(Double.doubleToRawLongBits(FloatFormat.parse("1e400")))
                .as("float('1e400') == inf").isEqualTo(Double.doubleToRawLongBits(Double.POSITIVE_INFINITY));
        assertThat(Double.doubleToRawLongBits(FloatFormat.parse("-1e400")))
                .as("float('-1e400') == -inf").isEqualTo(Double.doubleToRawLongBits(Double.NEGATIVE_INFINITY));
        assertThat(Double.doubleToRawLongBits(FloatFormat.parse("1e-400")))
                .as("float('1e-400') == 0.0").isEqualTo(Double.doubleToRawLongBits(0.0));
        assertThat(Double.doubleToRawLongBits(FloatFormat.parse("2.5e-324")))
                .as("float('2.5e-324') == 5e-324").isEqualTo(Double.doubleToRawLongBits(Double.MIN_VALUE));
        assertThat(Double.doubleToRawLongBits(FloatFormat.parse("0.1")))
                .as("float('0.1') == 0.1").isEqualTo(Double.doubleToRawLongBits(0.1));
        assertThat(Double.doubleToRawLongBits(FloatFormat.parse("1.7976931348623159e308")))
                .as("float('1.7976931348623159e308') == inf").isEqualTo(Double.doubleToRawLongBits(Double.POSITIVE_INFINITY));
        assertThat(Double.doubleToRawLongBits(FloatFormat.parse("123456789012345678901234567890")))
                .as("float('123456789012345678901234567890') == 1.2345678901234568e+29").isEqualTo(Double.doubleToRawLongBits(1.2345678901234568e29));
        assertThat(Double.doubleToRawLongBits(FloatFormat.parse("\u0661\u0662.5")))
                .as("float('\u0661\u0662.5') == 12.5").isEqualTo(Double.doubleToRawLongBits(12.5));
        assertThat(Double.doubleToRawLongBits(FloatFormat.parse("\u00a012\u3000")))
                .as("float('\\xa012\\u3000') == 12.0").isEqualTo(Double.doubleToRawLongBits(12.0));
        assertThat(Double.doubleToRawLongBits(FloatFormat.parse("007")))
                .as("float('007') == 7.0").isEqualTo(Double.doubleToRawLongBits(7.0));
    }

    /** {@code float(str)} raises {@code ValueError} with the string's repr. */
    @Test
    void parseRejectsWhatPythonRejects() {
        // float('abc')
        raises("ValueError", "could not convert string to float: 'abc'", () -> FloatFormat.parse("abc"));
        // float('')
        raises("ValueError", "could not convert string to float: ''", () -> FloatFormat.parse(""));
        // float('1e')
        raises("ValueError", "could not convert string to float: '1e'", () -> FloatFormat.parse("1e"));
        // float('.')
        raises("ValueError", "could not convert string to float: '.'", () -> FloatFormat.parse("."));
        // float('1__0')
        raises("ValueError", "could not convert string to float: '1__0'", () -> FloatFormat.parse("1__0"));
        // float('_1')
        raises("ValueError", "could not convert string to float: '_1'", () -> FloatFormat.parse("_1"));
        // float('1_')
        raises("ValueError", "could not convert string to float: '1_'", () -> FloatFormat.parse("1_"));
        // float('1_.5')
        raises("ValueError", "could not convert string to float: '1_.5'", () -> FloatFormat.parse("1_.5"));
        // float('0x10')
        raises("ValueError", "could not convert string to float: '0x10'", () -> FloatFormat.parse("0x10"));
        // float('nan(1)')
        raises("ValueError", "could not convert string to float: 'nan(1)'", () -> FloatFormat.parse("nan(1)"));
        // float('infinit')
        raises("ValueError", "could not convert string to float: 'infinit'", () -> FloatFormat.parse("infinit"));
        // float('1.5.5')
        raises("ValueError", "could not convert string to float: '1.5.5'", () -> FloatFormat.parse("1.5.5"));
        // float('--1')
        raises("ValueError", "could not convert string to float: '--1'", () -> FloatFormat.parse("--1"));
        // float("it's")
        raises("ValueError", "could not convert string to float: \"it's\"", () -> FloatFormat.parse("it's"));
        // float('a"b\'')
        raises("ValueError", "could not convert string to float: 'a\"b\\''", () -> FloatFormat.parse("a\"b'"));
        // float('\x1c1')
        raises("ValueError", "could not convert string to float: '\\x1c1'", () -> FloatFormat.parse("\u001c1"));
        // float('1 2')
        raises("ValueError", "could not convert string to float: '1 2'", () -> FloatFormat.parse("1 2"));
        // float('e5')
        raises("ValueError", "could not convert string to float: 'e5'", () -> FloatFormat.parse("e5"));
    }

    /** {@code round(x, n)}: half-even on the exact binary value, then the nearest double. */
    @Test
    void roundToNdigitsIsCorrectlyRounded() {
        assertThat(Double.doubleToRawLongBits(FloatFormat.round(2.675, 2)))
                .as("round(2.675, 2) == 2.67").isEqualTo(Double.doubleToRawLongBits(2.67));
        assertThat(Double.doubleToRawLongBits(FloatFormat.round(0.125, 2)))
                .as("round(0.125, 2) == 0.12").isEqualTo(Double.doubleToRawLongBits(0.12));
        assertThat(Double.doubleToRawLongBits(FloatFormat.round(0.375, 2)))
                .as("round(0.375, 2) == 0.38").isEqualTo(Double.doubleToRawLongBits(0.38));
        assertThat(Double.doubleToRawLongBits(FloatFormat.round(2.5, 0)))
                .as("round(2.5, 0) == 2.0").isEqualTo(Double.doubleToRawLongBits(2.0));
        assertThat(Double.doubleToRawLongBits(FloatFormat.round(3.5, 0)))
                .as("round(3.5, 0) == 4.0").isEqualTo(Double.doubleToRawLongBits(4.0));
        assertThat(Double.doubleToRawLongBits(FloatFormat.round(-0.5, 0)))
                .as("round(-0.5, 0) == -0.0").isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(Double.doubleToRawLongBits(FloatFormat.round(-0.4, 0)))
                .as("round(-0.4, 0) == -0.0").isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(Double.doubleToRawLongBits(FloatFormat.round(0.4, 0)))
                .as("round(0.4, 0) == 0.0").isEqualTo(Double.doubleToRawLongBits(0.0));
        assertThat(Double.doubleToRawLongBits(FloatFormat.round(1234.5678, -2)))
                .as("round(1234.5678, -2) == 1200.0").isEqualTo(Double.doubleToRawLongBits(1200.0));
        assertThat(Double.doubleToRawLongBits(FloatFormat.round(1250.0, -2)))
                .as("round(1250.0, -2) == 1200.0").isEqualTo(Double.doubleToRawLongBits(1200.0));
        assertThat(Double.doubleToRawLongBits(FloatFormat.round(1350.0, -2)))
                .as("round(1350.0, -2) == 1400.0").isEqualTo(Double.doubleToRawLongBits(1400.0));
        assertThat(Double.doubleToRawLongBits(FloatFormat.round(1.005, 2)))
                .as("round(1.005, 2) == 1.0").isEqualTo(Double.doubleToRawLongBits(1.0));
        assertThat(Double.doubleToRawLongBits(FloatFormat.round(0.285, 2)))
                .as("round(0.285, 2) == 0.28").isEqualTo(Double.doubleToRawLongBits(0.28));
        assertThat(Double.doubleToRawLongBits(FloatFormat.round(1e300, -300)))
                .as("round(1e300, -300) == 1e+300").isEqualTo(Double.doubleToRawLongBits(1e300));
        assertThat(Double.doubleToRawLongBits(FloatFormat.round(Double.MIN_VALUE, 323)))
                .as("round(5e-324, 323) == 0.0").isEqualTo(Double.doubleToRawLongBits(0.0));
        assertThat(Double.doubleToRawLongBits(FloatFormat.round(1.5, 400)))
                .as("round(1.5, 400) == 1.5").isEqualTo(Double.doubleToRawLongBits(1.5));
        assertThat(Double.doubleToRawLongBits(FloatFormat.round(1.5, -400)))
                .as("round(1.5, -400) == 0.0").isEqualTo(Double.doubleToRawLongBits(0.0));
        assertThat(Double.doubleToRawLongBits(FloatFormat.round(-1.5, -400)))
                .as("round(-1.5, -400) == -0.0").isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(Double.doubleToRawLongBits(FloatFormat.round(Double.POSITIVE_INFINITY, 2)))
                .as("round(float('inf'), 2) == inf").isEqualTo(Double.doubleToRawLongBits(Double.POSITIVE_INFINITY));
        assertThat(FloatFormat.round(Double.NaN, 2))
                .as("round(float('nan'), 2) == nan").isNaN();
        assertThat(Double.doubleToRawLongBits(FloatFormat.round(123.456, 1)))
                .as("round(123.456, 1) == 123.5").isEqualTo(Double.doubleToRawLongBits(123.5));
        assertThat(Double.doubleToRawLongBits(FloatFormat.round(-123.456, -1)))
                .as("round(-123.456, -1) == -120.0").isEqualTo(Double.doubleToRawLongBits(-120.0));
        assertThat(Double.doubleToRawLongBits(FloatFormat.round(1e22, -22)))
                .as("round(1e22, -22) == 1e+22").isEqualTo(Double.doubleToRawLongBits(1e22));
        assertThat(Double.doubleToRawLongBits(FloatFormat.round(0.1, 20)))
                .as("round(0.1, 20) == 0.1").isEqualTo(Double.doubleToRawLongBits(0.1));
        // round(1.7976931348623157e308, -308)
        raises("OverflowError", "rounded value too large to represent", () -> FloatFormat.round(Double.MAX_VALUE, -308));
    }

    /** {@code round(x)}: the nearest int, ties to even. */
    @Test
    void roundToIntIsHalfEven() {
        assertThat(FloatFormat.roundToInt(0.5))
                .as("round(0.5) == 0").isEqualTo(BigInteger.valueOf(0L));
        assertThat(FloatFormat.roundToInt(1.5))
                .as("round(1.5) == 2").isEqualTo(BigInteger.valueOf(2L));
        assertThat(FloatFormat.roundToInt(2.5))
                .as("round(2.5) == 2").isEqualTo(BigInteger.valueOf(2L));
        assertThat(FloatFormat.roundToInt(-0.5))
                .as("round(-0.5) == 0").isEqualTo(BigInteger.valueOf(0L));
        assertThat(FloatFormat.roundToInt(-1.5))
                .as("round(-1.5) == -2").isEqualTo(BigInteger.valueOf(-2L));
        assertThat(FloatFormat.roundToInt(-2.5))
                .as("round(-2.5) == -2").isEqualTo(BigInteger.valueOf(-2L));
        assertThat(FloatFormat.roundToInt(2.4999999999999996))
                .as("round(2.4999999999999996) == 2").isEqualTo(BigInteger.valueOf(2L));
        assertThat(FloatFormat.roundToInt(1e20))
                .as("round(1e20) == 100000000000000000000").isEqualTo(new BigInteger("100000000000000000000"));
        assertThat(FloatFormat.roundToInt(-1e300))
                .as("round(-1e300) == -1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160").isEqualTo(new BigInteger("-1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"));
        assertThat(FloatFormat.roundToInt(0.49999999999999994))
                .as("round(0.49999999999999994) == 0").isEqualTo(BigInteger.valueOf(0L));
        assertThat(FloatFormat.roundToInt(4503599627370497.0))
                .as("round(4503599627370497.0) == 4503599627370497").isEqualTo(BigInteger.valueOf(4503599627370497L));
        assertThat(FloatFormat.roundToInt(-0.0))
                .as("round(-0.0) == 0").isEqualTo(BigInteger.valueOf(0L));
        // round(float('inf'))
        raises("OverflowError", "cannot convert float infinity to integer", () -> FloatFormat.roundToInt(Double.POSITIVE_INFINITY));
        // round(float('-inf'))
        raises("OverflowError", "cannot convert float infinity to integer", () -> FloatFormat.roundToInt(Double.NEGATIVE_INFINITY));
        // round(float('nan'))
        raises("ValueError", "cannot convert float NaN to integer", () -> FloatFormat.roundToInt(Double.NaN));
    }

    /** {@code int(x)} for a float truncates toward zero. */
    @Test
    void toIntTruncates() {
        assertThat(FloatFormat.toInt(1.9))
                .as("int(1.9) == 1").isEqualTo(BigInteger.valueOf(1L));
        assertThat(FloatFormat.toInt(-1.9))
                .as("int(-1.9) == -1").isEqualTo(BigInteger.valueOf(-1L));
        assertThat(FloatFormat.toInt(1e20))
                .as("int(1e20) == 100000000000000000000").isEqualTo(new BigInteger("100000000000000000000"));
        assertThat(FloatFormat.toInt(-0.5))
                .as("int(-0.5) == 0").isEqualTo(BigInteger.valueOf(0L));
        // int(float('nan'))
        raises("ValueError", "cannot convert float NaN to integer", () -> FloatFormat.toInt(Double.NaN));
    }

    /** {@code PyOS_double_to_string} through the format codes it takes (checked through {@code format}). */
    @Test
    void toStringIsPyOsDoubleToString() {
        assertThat(FloatFormat.toString(1234.5, 'e', 3, 0))
                .as("format(1234.5, '.3e') == '1.234e+03'").isEqualTo("1.234e+03");
        assertThat(FloatFormat.toString(1234.5, 'E', 3, FloatFormat.SIGN))
                .as("format(1234.5, '+.3E') == '+1.234E+03'").isEqualTo("+1.234E+03");
        assertThat(FloatFormat.toString(1234.5, 'f', 0, FloatFormat.ALT))
                .as("format(1234.5, '#.0f') == '1234.'").isEqualTo("1234.");
        assertThat(FloatFormat.toString(1234.5, 'g', 0, 0))
                .as("format(1234.5, '.0g') == '1e+03'").isEqualTo("1e+03");
        assertThat(FloatFormat.toString(0.0001, 'g', 3, FloatFormat.ALT))
                .as("format(0.0001, '#.3g') == '0.000100'").isEqualTo("0.000100");
        assertThat(FloatFormat.toString(-0.001, 'f', 2, FloatFormat.NO_NEG_0))
                .as("format(-0.001, 'z.2f') == '0.00'").isEqualTo("0.00");
        assertThat(FloatFormat.toString(Double.POSITIVE_INFINITY, 'F', 2, 0))
                .as("format(float('inf'), '.2F') == 'INF'").isEqualTo("INF");
        assertThat(FloatFormat.toString(Double.NaN, 'G', 2, FloatFormat.SIGN))
                .as("format(float('nan'), '+.2G') == '+NAN'").isEqualTo("+NAN");
    }
}
