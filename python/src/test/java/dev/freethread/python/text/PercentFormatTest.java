// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python.text;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link PercentFormat} against CPython 3.13: every expected value and message was printed by CPython 3.13.0 for the
 * Python expression in the assertion's description. The arguments are Java stand-ins for Python objects: a
 * {@code String} for a str, a {@code Long} or {@code BigInteger} for an int, a {@code Double} for a float, a
 * {@code Boolean} for a bool, {@code null} for None, a {@code List} for a list and a {@code Map} for a dict.
 */
class PercentFormatTest {
    /** The stand-ins' {@code str}, {@code repr}, numbers, type names and item lookup. */
    private static final PercentFormat.Conv CONV = new PercentFormat.Conv() {
        @Override
        public String str(Object o) {
            return o instanceof String ? (String) o : repr(o);
        }

        @Override
        public String repr(Object o) {
            if (o == null) {
                return "None";
            }
            if (o instanceof String) {
                return StrMethods.repr((String) o);
            }
            if (o instanceof Boolean) {
                return (Boolean) o ? "True" : "False";
            }
            if (o instanceof Double) {
                return FloatFormat.repr((Double) o);
            }
            if (o instanceof List) {
                StringBuilder sb = new StringBuilder("[");
                for (Object item : (List<?>) o) {
                    sb.append(sb.length() > 1 ? ", " : "").append(repr(item));
                }
                return sb.append(']').toString();
            }
            if (o instanceof Map) {
                StringBuilder sb = new StringBuilder("{");
                for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) {
                    sb.append(sb.length() > 1 ? ", " : "").append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
                }
                return sb.append('}').toString();
            }
            return o.toString();
        }

        @Override
        public Object number(Object o) {
            if (o instanceof Boolean) {
                return (Boolean) o ? 1L : 0L;
            }
            return o instanceof Long || o instanceof BigInteger || o instanceof Double ? o : null;
        }

        @Override
        public String typeName(Object o) {
            if (o == null) {
                return "NoneType";
            }
            if (o instanceof String) {
                return "str";
            }
            if (o instanceof Boolean) {
                return "bool";
            }
            if (o instanceof Double) {
                return "float";
            }
            if (o instanceof List) {
                return "list";
            }
            if (o instanceof Map) {
                return "dict";
            }
            return "int";
        }

        @Override
        public Object mappingGet(Object mapping, String key) {
            if (mapping instanceof Map) {
                Map<?, ?> m = (Map<?, ?>) mapping;
                if (!m.containsKey(key)) {
                    throw new TextError("KeyError", StrMethods.repr(key));
                }
                return m.get(key);
            }
            throw new TextError("TypeError", "list indices must be integers or slices, not str");
        }

        @Override
        public boolean isMapping(Object o) {
            return o instanceof Map || o instanceof List;
        }
    };

    /** {@code fmt % tuple(args)}. */
    private static String pct(String fmt, Object[] args) {
        return PercentFormat.format(fmt, Arrays.asList(args), true, CONV);
    }

    /** {@code fmt % arg} for an operand that is not a tuple. */
    private static String pct1(String fmt, Object arg) {
        return PercentFormat.format(fmt, Collections.singletonList(arg), false, CONV);
    }

    /** A dict of alternating keys and values, in order. */
    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }


    /** Asserts that {@code call} raises CPython's exception type with CPython's message. */
    private static void raises(String pyType, String message, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(TextError.class, e -> {
            assertThat(e.pyType).isEqualTo(pyType);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    /** The conversions {@code %s %r %a %d %i %u %o %x %X %e %E %f %F %g %G %c %%}. */
    @Test
    void conversions() {
        assertThat(pct("%s", new Object[] {"abc"}))
                .as("'%s' % ('abc',) == 'abc'").isEqualTo("abc");
        assertThat(pct("%s", new Object[] {1.5}))
                .as("'%s' % (1.5,) == '1.5'").isEqualTo("1.5");
        assertThat(pct("%s", new Object[] {null}))
                .as("'%s' % (None,) == 'None'").isEqualTo("None");
        assertThat(pct("%s", new Object[] {true}))
                .as("'%s' % (True,) == 'True'").isEqualTo("True");
        assertThat(pct("%r", new Object[] {"abc"}))
                .as("'%r' % ('abc',) == \"'abc'\"").isEqualTo("'abc'");
        assertThat(pct("%r", new Object[] {"it's"}))
                .as("'%r' % (\"it's\",) == '\"it\\'s\"'").isEqualTo("\"it's\"");
        assertThat(pct("%a", new Object[] {"\u00e9\ud83d\ude00"}))
                .as("'%a' % ('\u00e9\ud83d\ude00',) == \"'\\\\xe9\\\\U0001f600'\"").isEqualTo("'\\xe9\\U0001f600'");
        assertThat(pct("%d", new Object[] {42L}))
                .as("'%d' % (42,) == '42'").isEqualTo("42");
        assertThat(pct("%i", new Object[] {-42L}))
                .as("'%i' % (-42,) == '-42'").isEqualTo("-42");
        assertThat(pct("%u", new Object[] {7L}))
                .as("'%u' % (7,) == '7'").isEqualTo("7");
        assertThat(pct("%d", new Object[] {new BigInteger("1180591620717411303424")}))
                .as("'%d' % (1180591620717411303424,) == '1180591620717411303424'").isEqualTo("1180591620717411303424");
        assertThat(pct("%d", new Object[] {3.99}))
                .as("'%d' % (3.99,) == '3'").isEqualTo("3");
        assertThat(pct("%d", new Object[] {-3.99}))
                .as("'%d' % (-3.99,) == '-3'").isEqualTo("-3");
        assertThat(pct("%d", new Object[] {true}))
                .as("'%d' % (True,) == '1'").isEqualTo("1");
        assertThat(pct("%o", new Object[] {8L}))
                .as("'%o' % (8,) == '10'").isEqualTo("10");
        assertThat(pct("%x", new Object[] {255L}))
                .as("'%x' % (255,) == 'ff'").isEqualTo("ff");
        assertThat(pct("%X", new Object[] {255L}))
                .as("'%X' % (255,) == 'FF'").isEqualTo("FF");
        assertThat(pct("%e", new Object[] {12345.678}))
                .as("'%e' % (12345.678,) == '1.234568e+04'").isEqualTo("1.234568e+04");
        assertThat(pct("%E", new Object[] {1e100}))
                .as("'%E' % (1e+100,) == '1.000000E+100'").isEqualTo("1.000000E+100");
        assertThat(pct("%f", new Object[] {2.5}))
                .as("'%f' % (2.5,) == '2.500000'").isEqualTo("2.500000");
        assertThat(pct("%F", new Object[] {Double.POSITIVE_INFINITY}))
                .as("'%F' % (inf,) == 'INF'").isEqualTo("INF");
        assertThat(pct("%g", new Object[] {0.0001234}))
                .as("'%g' % (0.0001234,) == '0.0001234'").isEqualTo("0.0001234");
        assertThat(pct("%G", new Object[] {1e-10}))
                .as("'%G' % (1e-10,) == '1E-10'").isEqualTo("1E-10");
        assertThat(pct("%f", new Object[] {10L}))
                .as("'%f' % (10,) == '10.000000'").isEqualTo("10.000000");
        assertThat(pct("%c", new Object[] {65L}))
                .as("'%c' % (65,) == 'A'").isEqualTo("A");
        assertThat(pct("%c", new Object[] {"\ud83d\ude00"}))
                .as("'%c' % ('\ud83d\ude00',) == '\ud83d\ude00'").isEqualTo("\ud83d\ude00");
        assertThat(pct("%%", new Object[] {}))
                .as("'%%' % () == '%'").isEqualTo("%");
        assertThat(pct("%s and %s", new Object[] {1L, "two"}))
                .as("'%s and %s' % (1, 'two') == '1 and two'").isEqualTo("1 and two");
        assertThat(pct("100%% %s", new Object[] {"sure"}))
                .as("'100%% %s' % ('sure',) == '100% sure'").isEqualTo("100% sure");
        assertThat(pct("%s", new Object[] {Arrays.asList(1L, 2L)}))
                .as("'%s' % ([1, 2],) == '[1, 2]'").isEqualTo("[1, 2]");
        // '%5.2%' % (1,)
        raises("ValueError", "unsupported format character '%' (0x25) at index 4", () -> pct("%5.2%", new Object[] {1L}));
    }

    /** The flags {@code - + space # 0}, widths, precisions and {@code *}. */
    @Test
    void flagsWidthPrecision() {
        assertThat(pct("%5d|", new Object[] {42L}))
                .as("'%5d|' % (42,) == '   42|'").isEqualTo("   42|");
        assertThat(pct("%-5d|", new Object[] {42L}))
                .as("'%-5d|' % (42,) == '42   |'").isEqualTo("42   |");
        assertThat(pct("%05d", new Object[] {-42L}))
                .as("'%05d' % (-42,) == '-0042'").isEqualTo("-0042");
        assertThat(pct("%+d", new Object[] {42L}))
                .as("'%+d' % (42,) == '+42'").isEqualTo("+42");
        assertThat(pct("% d", new Object[] {42L}))
                .as("'% d' % (42,) == ' 42'").isEqualTo(" 42");
        assertThat(pct("%+ d", new Object[] {42L}))
                .as("'%+ d' % (42,) == '+42'").isEqualTo("+42");
        assertThat(pct("%.3d", new Object[] {5L}))
                .as("'%.3d' % (5,) == '005'").isEqualTo("005");
        assertThat(pct("%.3x", new Object[] {-5L}))
                .as("'%.3x' % (-5,) == '-005'").isEqualTo("-005");
        assertThat(pct("%#x", new Object[] {255L}))
                .as("'%#x' % (255,) == '0xff'").isEqualTo("0xff");
        assertThat(pct("%#X", new Object[] {255L}))
                .as("'%#X' % (255,) == '0XFF'").isEqualTo("0XFF");
        assertThat(pct("%#o", new Object[] {8L}))
                .as("'%#o' % (8,) == '0o10'").isEqualTo("0o10");
        assertThat(pct("%#08x", new Object[] {255L}))
                .as("'%#08x' % (255,) == '0x0000ff'").isEqualTo("0x0000ff");
        assertThat(pct("%#08o", new Object[] {8L}))
                .as("'%#08o' % (8,) == '0o000010'").isEqualTo("0o000010");
        assertThat(pct("%#06x", new Object[] {-255L}))
                .as("'%#06x' % (-255,) == '-0x0ff'").isEqualTo("-0x0ff");
        assertThat(pct("%#8x|", new Object[] {-255L}))
                .as("'%#8x|' % (-255,) == '   -0xff|'").isEqualTo("   -0xff|");
        assertThat(pct("%-#8x|", new Object[] {-255L}))
                .as("'%-#8x|' % (-255,) == '-0xff   |'").isEqualTo("-0xff   |");
        assertThat(pct("%-05d|", new Object[] {5L}))
                .as("'%-05d|' % (5,) == '5    |'").isEqualTo("5    |");
        assertThat(pct("%05s", new Object[] {"ab"}))
                .as("'%05s' % ('ab',) == '   ab'").isEqualTo("   ab");
        assertThat(pct("%.1s", new Object[] {"ab"}))
                .as("'%.1s' % ('ab',) == 'a'").isEqualTo("a");
        assertThat(pct("%10.3r|", new Object[] {"abc"}))
                .as("'%10.3r|' % ('abc',) == \"       'ab|\"").isEqualTo("       'ab|");
        assertThat(pct("%+010.2f", new Object[] {3.14159}))
                .as("'%+010.2f' % (3.14159,) == '+000003.14'").isEqualTo("+000003.14");
        assertThat(pct("% 010.2f", new Object[] {-3.14159}))
                .as("'% 010.2f' % (-3.14159,) == '-000003.14'").isEqualTo("-000003.14");
        assertThat(pct("%-10.4e|", new Object[] {3.14159}))
                .as("'%-10.4e|' % (3.14159,) == '3.1416e+00|'").isEqualTo("3.1416e+00|");
        assertThat(pct("%#.0f", new Object[] {1.0}))
                .as("'%#.0f' % (1.0,) == '1.'").isEqualTo("1.");
        assertThat(pct("%#g", new Object[] {1.0}))
                .as("'%#g' % (1.0,) == '1.00000'").isEqualTo("1.00000");
        assertThat(pct("%#.0e", new Object[] {12345L}))
                .as("'%#.0e' % (12345,) == '1.e+04'").isEqualTo("1.e+04");
        assertThat(pct("%05f", new Object[] {Double.NEGATIVE_INFINITY}))
                .as("'%05f' % (-inf,) == '-0inf'").isEqualTo("-0inf");
        assertThat(pct("%*d", new Object[] {5L, 3L}))
                .as("'%*d' % (5, 3) == '    3'").isEqualTo("    3");
        assertThat(pct("%-*d|", new Object[] {5L, 3L}))
                .as("'%-*d|' % (5, 3) == '3    |'").isEqualTo("3    |");
        assertThat(pct("%*d|", new Object[] {-5L, 3L}))
                .as("'%*d|' % (-5, 3) == '3    |'").isEqualTo("3    |");
        assertThat(pct("%0*d", new Object[] {5L, 3L}))
                .as("'%0*d' % (5, 3) == '00003'").isEqualTo("00003");
        assertThat(pct("%.*f", new Object[] {2L, 1.5}))
                .as("'%.*f' % (2, 1.5) == '1.50'").isEqualTo("1.50");
        assertThat(pct("%*.*f", new Object[] {8L, 2L, 1.5}))
                .as("'%*.*f' % (8, 2, 1.5) == '    1.50'").isEqualTo("    1.50");
        assertThat(pct("%.*s", new Object[] {-1L, "abc"}))
                .as("'%.*s' % (-1, 'abc') == ''").isEqualTo("");
        assertThat(pct("%5c|", new Object[] {"x"}))
                .as("'%5c|' % ('x',) == '    x|'").isEqualTo("    x|");
        assertThat(pct("%-3c|", new Object[] {65L}))
                .as("'%-3c|' % (65,) == 'A  |'").isEqualTo("A  |");
        assertThat(pct("%.2c", new Object[] {65L}))
                .as("'%.2c' % (65,) == 'A'").isEqualTo("A");
        assertThat(pct("%ld", new Object[] {5L}))
                .as("'%ld' % (5,) == '5'").isEqualTo("5");
        assertThat(pct("%hd", new Object[] {5L}))
                .as("'%hd' % (5,) == '5'").isEqualTo("5");
        assertThat(pct("%.3s", new Object[] {"\ud83d\ude00abc"}))
                .as("'%.3s' % ('\ud83d\ude00abc',) == '\ud83d\ude00ab'").isEqualTo("\ud83d\ude00ab");
        assertThat(pct("%5s|", new Object[] {"\ud83d\ude00"}))
                .as("'%5s|' % ('\ud83d\ude00',) == '    \ud83d\ude00|'").isEqualTo("    \ud83d\ude00|");
    }

    /** {@code %(key)s} with a mapping, and the single non-tuple operand. */
    @Test
    void mappingKeys() {
        assertThat(pct1("%(a)s %(b)r", map("a", "x", "b", "y")))
                .as("'%(a)s %(b)r' % {'a': 'x', 'b': 'y'} == \"x 'y'\"").isEqualTo("x 'y'");
        assertThat(pct1("%(a)s%%", map("a", 5L)))
                .as("'%(a)s%%' % {'a': 5} == '5%'").isEqualTo("5%");
        assertThat(pct1("%(a(b))s", map("a(b)", 5L)))
                .as("'%(a(b))s' % {'a(b)': 5} == '5'").isEqualTo("5");
        assertThat(pct1("%(x)05.1f", map("x", 2.25)))
                .as("'%(x)05.1f' % {'x': 2.25} == '002.2'").isEqualTo("002.2");
        assertThat(pct1("%s", map("a", 1L)))
                .as("'%s' % {'a': 1} == \"{'a': 1}\"").isEqualTo("{'a': 1}");
        assertThat(pct1("abc", map()))
                .as("'abc' % {} == 'abc'").isEqualTo("abc");
        assertThat(pct1("abc", new ArrayList<>()))
                .as("'abc' % [] == 'abc'").isEqualTo("abc");
        assertThat(pct1("%s", 5L))
                .as("'%s' % 5 == '5'").isEqualTo("5");
        assertThat(pct1("%d%%", 5L))
                .as("'%d%%' % 5 == '5%'").isEqualTo("5%");
    }

    /** CPython's errors, in CPython's order. */
    @Test
    void errors() {
        // '%s %s' % (1,)
        raises("TypeError", "not enough arguments for format string", () -> pct("%s %s", new Object[] {1L}));
        // '%s' % (1, 2)
        raises("TypeError", "not all arguments converted during string formatting", () -> pct("%s", new Object[] {1L, 2L}));
        // 'abc' % 5
        raises("TypeError", "not all arguments converted during string formatting", () -> pct1("abc", 5L));
        // '%s' % ()
        raises("TypeError", "not enough arguments for format string", () -> pct("%s", new Object[] {}));
        // '%' % ()
        raises("ValueError", "incomplete format", () -> pct("%", new Object[] {}));
        // '%5' % (1,)
        raises("ValueError", "incomplete format", () -> pct("%5", new Object[] {1L}));
        // '%*' % (5,)
        raises("ValueError", "incomplete format", () -> pct("%*", new Object[] {5L}));
        // '%*' % ()
        raises("TypeError", "not enough arguments for format string", () -> pct("%*", new Object[] {}));
        // '%l' % (5,)
        raises("ValueError", "incomplete format", () -> pct("%l", new Object[] {5L}));
        // '%(a' % {'a': 1}
        raises("ValueError", "incomplete format key", () -> pct1("%(a", map("a", 1L)));
        // '%(a)' % {'a': 1}
        raises("ValueError", "incomplete format", () -> pct1("%(a)", map("a", 1L)));
        // '%(a)s' % (1,)
        raises("TypeError", "format requires a mapping", () -> pct("%(a)s", new Object[] {1L}));
        // '%(a)s' % 's'
        raises("TypeError", "format requires a mapping", () -> pct1("%(a)s", "s"));
        // '%(a)s %s' % {'a': 'x'}
        raises("TypeError", "not enough arguments for format string", () -> pct1("%(a)s %s", map("a", "x")));
        // '%s %s' % {'a': 1}
        raises("TypeError", "not enough arguments for format string", () -> pct1("%s %s", map("a", 1L)));
        // '%z' % (5,)
        raises("ValueError", "unsupported format character 'z' (0x7a) at index 1", () -> pct("%z", new Object[] {5L}));
        // '%\u1234' % (5,)
        raises("ValueError", "unsupported format character '?' (0x1234) at index 1", () -> pct("%\u1234", new Object[] {5L}));
        // '%5%' % (1,)
        raises("ValueError", "unsupported format character '%' (0x25) at index 2", () -> pct("%5%", new Object[] {1L}));
        // '%.*f' % (2.0, 1.5)
        raises("TypeError", "* wants int", () -> pct("%.*f", new Object[] {2.0, 1.5}));
        // '%*d' % (1180591620717411303424, 1)
        raises("OverflowError", "Python int too large to convert to C ssize_t", () -> pct("%*d", new Object[] {new BigInteger("1180591620717411303424"), 1L}));
        // '%.*f' % (1099511627776, 1.5)
        raises("OverflowError", "Python int too large to convert to C int", () -> pct("%.*f", new Object[] {1099511627776L, 1.5}));
        // '%d' % ('a',)
        raises("TypeError", "%d format: a real number is required, not str", () -> pct("%d", new Object[] {"a"}));
        // '%d' % (None,)
        raises("TypeError", "%d format: a real number is required, not NoneType", () -> pct("%d", new Object[] {null}));
        // '%x' % (1.5,)
        raises("TypeError", "%x format: an integer is required, not float", () -> pct("%x", new Object[] {1.5}));
        // '%x' % ('a',)
        raises("TypeError", "%x format: an integer is required, not str", () -> pct("%x", new Object[] {"a"}));
        // '%f' % ('a',)
        raises("TypeError", "must be real number, not str", () -> pct("%f", new Object[] {"a"}));
        // '%f' % (114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376,)
        raises("OverflowError", "int too large to convert to float", () -> pct("%f", new Object[] {new BigInteger("114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376")}));
        // '%d' % (inf,)
        raises("OverflowError", "cannot convert float infinity to integer", () -> pct("%d", new Object[] {Double.POSITIVE_INFINITY}));
        // '%d' % (nan,)
        raises("ValueError", "cannot convert float NaN to integer", () -> pct("%d", new Object[] {Double.NaN}));
        // '%c' % ('ab',)
        raises("TypeError", "%c requires int or char", () -> pct("%c", new Object[] {"ab"}));
        // '%c' % (1.5,)
        raises("TypeError", "%c requires int or char", () -> pct("%c", new Object[] {1.5}));
        // '%c' % (-1,)
        raises("OverflowError", "%c arg not in range(0x110000)", () -> pct("%c", new Object[] {-1L}));
        // '%c' % (1180591620717411303424,)
        raises("OverflowError", "%c arg not in range(0x110000)", () -> pct("%c", new Object[] {new BigInteger("1180591620717411303424")}));
        raises("KeyError", "'a'", () -> pct1("%(a)s", map()));  // '%(a)s' % {} raises KeyError('a')
    }
}
