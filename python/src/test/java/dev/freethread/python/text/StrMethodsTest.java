// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python.text;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link StrMethods} against CPython 3.13: every expected value and message was printed by CPython 3.13.0 for the
 * Python expression in the assertion's description.
 */
class StrMethodsTest {
    /** Asserts that {@code call} raises CPython's exception type with CPython's message. */
    private static void raises(String pyType, String message, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(TextError.class, e -> {
            assertThat(e.pyType).isEqualTo(pyType);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    /** {@code split}, {@code rsplit}, {@code splitlines}, {@code partition}, {@code rpartition}. */
    @Test
    void splitFamily() {
        assertThat(StrMethods.split("a,b,,c", ",", -1))
                .as("'a,b,,c'.split(',', -1) == ['a', 'b', '', 'c']").containsExactly("a", "b", "", "c");
        assertThat(StrMethods.split("a,b,,c", ",", 1))
                .as("'a,b,,c'.split(',', 1) == ['a', 'b,,c']").containsExactly("a", "b,,c");
        assertThat(StrMethods.split("  a  b c  ", null, -1))
                .as("'  a  b c  '.split(None, -1) == ['a', 'b', 'c']").containsExactly("a", "b", "c");
        assertThat(StrMethods.split("  a  b c  ", null, 1))
                .as("'  a  b c  '.split(None, 1) == ['a', 'b c  ']").containsExactly("a", "b c  ");
        assertThat(StrMethods.split("", null, -1))
                .as("''.split(None, -1) == []").isEmpty();
        assertThat(StrMethods.split("", ",", -1))
                .as("''.split(',', -1) == ['']").containsExactly("");
        assertThat(StrMethods.split("a\u3000b\u00a0c\u001cd", null, -1))
                .as("'a\\u3000b\\xa0c\\x1cd'.split(None, -1) == ['a', 'b', 'c', 'd']").containsExactly("a", "b", "c", "d");
        assertThat(StrMethods.split("a--b--c", "--", -1))
                .as("'a--b--c'.split('--', -1) == ['a', 'b', 'c']").containsExactly("a", "b", "c");
        assertThat(StrMethods.split("\ud83d\ude00x\ud83d\ude00", "x", -1))
                .as("'\ud83d\ude00x\ud83d\ude00'.split('x', -1) == ['\ud83d\ude00', '\ud83d\ude00']").containsExactly("\ud83d\ude00", "\ud83d\ude00");
        assertThat(StrMethods.rsplit("a,b,,c", ",", 1))
                .as("'a,b,,c'.rsplit(',', 1) == ['a,b,', 'c']").containsExactly("a,b,", "c");
        assertThat(StrMethods.rsplit("  a  b c  ", null, 1))
                .as("'  a  b c  '.rsplit(None, 1) == ['  a  b', 'c']").containsExactly("  a  b", "c");
        assertThat(StrMethods.rsplit("a--b--c", "--", 1))
                .as("'a--b--c'.rsplit('--', 1) == ['a--b', 'c']").containsExactly("a--b", "c");
        assertThat(StrMethods.rsplit("aaa", "aa", -1))
                .as("'aaa'.rsplit('aa', -1) == ['a', '']").containsExactly("a", "");
        // 'abc'.split('', -1)
        raises("ValueError", "empty separator", () -> StrMethods.split("abc", "", -1));
        // 'abc'.rsplit('', -1)
        raises("ValueError", "empty separator", () -> StrMethods.rsplit("abc", "", -1));
        assertThat(StrMethods.splitlines("a\nb\r\nc\rd\u000be\u000cf\u001cg\u0085h\u2028i", false))
                .as("'a\\nb\\r\\nc\\rd\\x0be\\x0cf\\x1cg\\x85h\\u2028i'.splitlines(False) == ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']").containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i");
        assertThat(StrMethods.splitlines("a\nb\r\n", true))
                .as("'a\\nb\\r\\n'.splitlines(True) == ['a\\n', 'b\\r\\n']").containsExactly("a\n", "b\r\n");
        assertThat(StrMethods.splitlines("", false))
                .as("''.splitlines(False) == []").isEmpty();
        assertThat(StrMethods.splitlines("\n\n", false))
                .as("'\\n\\n'.splitlines(False) == ['', '']").containsExactly("", "");
        assertThat(StrMethods.splitlines("abc", true))
                .as("'abc'.splitlines(True) == ['abc']").containsExactly("abc");
        assertThat(StrMethods.partition("a=b=c", "="))
                .as("'a=b=c'.partition('=') == ('a', '=', 'b=c')").containsExactly("a", "=", "b=c");
        assertThat(StrMethods.rpartition("a=b=c", "="))
                .as("'a=b=c'.rpartition('=') == ('a=b', '=', 'c')").containsExactly("a=b", "=", "c");
        assertThat(StrMethods.partition("abc", "="))
                .as("'abc'.partition('=') == ('abc', '', '')").containsExactly("abc", "", "");
        assertThat(StrMethods.rpartition("abc", "="))
                .as("'abc'.rpartition('=') == ('', '', 'abc')").containsExactly("", "", "abc");
        assertThat(StrMethods.partition("a\ud83d\ude00b", "\ud83d\ude00"))
                .as("'a\ud83d\ude00b'.partition('\ud83d\ude00') == ('a', '\ud83d\ude00', 'b')").containsExactly("a", "\ud83d\ude00", "b");
        assertThat(StrMethods.rpartition("a\ud83d\ude00b", "\ud83d\ude00"))
                .as("'a\ud83d\ude00b'.rpartition('\ud83d\ude00') == ('a', '\ud83d\ude00', 'b')").containsExactly("a", "\ud83d\ude00", "b");
        // 'abc'.partition('')
        raises("ValueError", "empty separator", () -> StrMethods.partition("abc", ""));
    }

    /** {@code strip} family, {@code replace}, {@code center}, {@code ljust}, {@code rjust}, {@code zfill}, {@code expandtabs}. */
    @Test
    void stripReplaceAndPadding() {
        assertThat(StrMethods.strip(" \t\n a b \u3000\u0085", null))
                .as("' \\t\\n a b \\u3000\\x85'.strip(None) == 'a b'").isEqualTo("a b");
        assertThat(StrMethods.strip("xxaxbxx", "x"))
                .as("'xxaxbxx'.strip('x') == 'axb'").isEqualTo("axb");
        assertThat(StrMethods.strip("\ud83d\ude00a\ud83d\ude00", "\ud83d\ude00"))
                .as("'\ud83d\ude00a\ud83d\ude00'.strip('\ud83d\ude00') == 'a'").isEqualTo("a");
        assertThat(StrMethods.lstrip(" \t\n a b \u3000\u0085", null))
                .as("' \\t\\n a b \\u3000\\x85'.lstrip(None) == 'a b \\u3000\\x85'").isEqualTo("a b \u3000\u0085");
        assertThat(StrMethods.lstrip("xxaxbxx", "x"))
                .as("'xxaxbxx'.lstrip('x') == 'axbxx'").isEqualTo("axbxx");
        assertThat(StrMethods.lstrip("\ud83d\ude00a\ud83d\ude00", "\ud83d\ude00"))
                .as("'\ud83d\ude00a\ud83d\ude00'.lstrip('\ud83d\ude00') == 'a\ud83d\ude00'").isEqualTo("a\ud83d\ude00");
        assertThat(StrMethods.rstrip(" \t\n a b \u3000\u0085", null))
                .as("' \\t\\n a b \\u3000\\x85'.rstrip(None) == ' \\t\\n a b'").isEqualTo(" \t\n a b");
        assertThat(StrMethods.rstrip("xxaxbxx", "x"))
                .as("'xxaxbxx'.rstrip('x') == 'xxaxb'").isEqualTo("xxaxb");
        assertThat(StrMethods.rstrip("\ud83d\ude00a\ud83d\ude00", "\ud83d\ude00"))
                .as("'\ud83d\ude00a\ud83d\ude00'.rstrip('\ud83d\ude00') == '\ud83d\ude00a'").isEqualTo("\ud83d\ude00a");
        assertThat(StrMethods.strip("abc", ""))
                .as("'abc'.strip('') == 'abc'").isEqualTo("abc");
        assertThat(StrMethods.replace("aaa", "a", "b", -1))
                .as("'aaa'.replace('a', 'b', -1) == 'bbb'").isEqualTo("bbb");
        assertThat(StrMethods.replace("aaa", "a", "b", 2))
                .as("'aaa'.replace('a', 'b', 2) == 'bba'").isEqualTo("bba");
        assertThat(StrMethods.replace("abc", "", "-", -1))
                .as("'abc'.replace('', '-', -1) == '-a-b-c-'").isEqualTo("-a-b-c-");
        assertThat(StrMethods.replace("abc", "", "-", 2))
                .as("'abc'.replace('', '-', 2) == '-a-bc'").isEqualTo("-a-bc");
        assertThat(StrMethods.replace("", "", "x", -1))
                .as("''.replace('', 'x', -1) == 'x'").isEqualTo("x");
        assertThat(StrMethods.replace("a\ud83d\ude00b", "", ".", -1))
                .as("'a\ud83d\ude00b'.replace('', '.', -1) == '.a.\ud83d\ude00.b.'").isEqualTo(".a.\ud83d\ude00.b.");
        assertThat(StrMethods.replace("abc", "x", "y", -1))
                .as("'abc'.replace('x', 'y', -1) == 'abc'").isEqualTo("abc");
        assertThat(StrMethods.replace("abab", "ab", "", 0))
                .as("'abab'.replace('ab', '', 0) == 'abab'").isEqualTo("abab");
        assertThat(StrMethods.center("a", 4, null))
                .as("'a'.center(4) == ' a  '").isEqualTo(" a  ");
        assertThat(StrMethods.center("ab", 5, null))
                .as("'ab'.center(5) == '  ab '").isEqualTo("  ab ");
        assertThat(StrMethods.center("abc", 2, "*"))
                .as("'abc'.center(2, '*') == 'abc'").isEqualTo("abc");
        assertThat(StrMethods.center("ab", 7, "\ud83d\ude00"))
                .as("'ab'.center(7, '\ud83d\ude00') == '\ud83d\ude00\ud83d\ude00\ud83d\ude00ab\ud83d\ude00\ud83d\ude00'").isEqualTo("\ud83d\ude00\ud83d\ude00\ud83d\ude00ab\ud83d\ude00\ud83d\ude00");
        assertThat(StrMethods.ljust("ab", 5, "-"))
                .as("'ab'.ljust(5, '-') == 'ab---'").isEqualTo("ab---");
        assertThat(StrMethods.rjust("ab", 5, "-"))
                .as("'ab'.rjust(5, '-') == '---ab'").isEqualTo("---ab");
        assertThat(StrMethods.ljust("\ud83d\ude00", 3, null))
                .as("'\ud83d\ude00'.ljust(3) == '\ud83d\ude00  '").isEqualTo("\ud83d\ude00  ");
        // 'a'.center(5, 'ab')
        raises("TypeError", "The fill character must be exactly one character long", () -> StrMethods.center("a", 5, "ab"));
        // 'a'.ljust(5, '')
        raises("TypeError", "The fill character must be exactly one character long", () -> StrMethods.ljust("a", 5, ""));
        assertThat(StrMethods.zfill("42", 5))
                .as("'42'.zfill(5) == '00042'").isEqualTo("00042");
        assertThat(StrMethods.zfill("-42", 5))
                .as("'-42'.zfill(5) == '-0042'").isEqualTo("-0042");
        assertThat(StrMethods.zfill("+42", 5))
                .as("'+42'.zfill(5) == '+0042'").isEqualTo("+0042");
        assertThat(StrMethods.zfill("abc", 2))
                .as("'abc'.zfill(2) == 'abc'").isEqualTo("abc");
        assertThat(StrMethods.zfill("", 3))
                .as("''.zfill(3) == '000'").isEqualTo("000");
        assertThat(StrMethods.zfill("-", 3))
                .as("'-'.zfill(3) == '-00'").isEqualTo("-00");
        assertThat(StrMethods.expandtabs("a\tb\tc", 4))
                .as("'a\\tb\\tc'.expandtabs(4) == 'a   b   c'").isEqualTo("a   b   c");
        assertThat(StrMethods.expandtabs("ab\n\tc", 8))
                .as("'ab\\n\\tc'.expandtabs(8) == 'ab\\n        c'").isEqualTo("ab\n        c");
        assertThat(StrMethods.expandtabs("a\tb", 0))
                .as("'a\\tb'.expandtabs(0) == 'ab'").isEqualTo("ab");
        assertThat(StrMethods.expandtabs("a\r\tb", 4))
                .as("'a\\r\\tb'.expandtabs(4) == 'a\\r    b'").isEqualTo("a\r    b");
    }

    /** {@code find}, {@code rfind}, {@code index}, {@code count}, {@code startswith}, {@code endswith} with Python's index clamping. */
    @Test
    void findFamily() {
        assertThat(StrMethods.find("abcabc", "bc", null, null))
                .as("'abcabc'.find('bc') == 1").isEqualTo(1);
        assertThat(StrMethods.find("abcabc", "bc", 2L, null))
                .as("'abcabc'.find('bc', 2) == 4").isEqualTo(4);
        assertThat(StrMethods.find("abcabc", "bc", -3L, null))
                .as("'abcabc'.find('bc', -3) == 4").isEqualTo(4);
        assertThat(StrMethods.find("abcabc", "bc", 0L, -2L))
                .as("'abcabc'.find('bc', 0, -2) == 1").isEqualTo(1);
        assertThat(StrMethods.find("abc", "", null, null))
                .as("'abc'.find('') == 0").isEqualTo(0);
        assertThat(StrMethods.find("abc", "", 5L, null))
                .as("'abc'.find('', 5) == -1").isEqualTo(-1);
        assertThat(StrMethods.find("abc", "", 3L, null))
                .as("'abc'.find('', 3) == 3").isEqualTo(3);
        assertThat(StrMethods.find("abc", "", -10L, 100L))
                .as("'abc'.find('', -10, 100) == 0").isEqualTo(0);
        assertThat(StrMethods.rfind("abcabc", "bc", null, null))
                .as("'abcabc'.rfind('bc') == 4").isEqualTo(4);
        assertThat(StrMethods.rfind("abcabc", "bc", 2L, null))
                .as("'abcabc'.rfind('bc', 2) == 4").isEqualTo(4);
        assertThat(StrMethods.rfind("abcabc", "bc", -3L, null))
                .as("'abcabc'.rfind('bc', -3) == 4").isEqualTo(4);
        assertThat(StrMethods.rfind("abcabc", "bc", 0L, -2L))
                .as("'abcabc'.rfind('bc', 0, -2) == 1").isEqualTo(1);
        assertThat(StrMethods.rfind("abc", "", null, null))
                .as("'abc'.rfind('') == 3").isEqualTo(3);
        assertThat(StrMethods.rfind("abc", "", 5L, null))
                .as("'abc'.rfind('', 5) == -1").isEqualTo(-1);
        assertThat(StrMethods.rfind("abc", "", 3L, null))
                .as("'abc'.rfind('', 3) == 3").isEqualTo(3);
        assertThat(StrMethods.rfind("abc", "", -10L, 100L))
                .as("'abc'.rfind('', -10, 100) == 3").isEqualTo(3);
        assertThat(StrMethods.count("abcabc", "bc", null, null))
                .as("'abcabc'.count('bc') == 2").isEqualTo(2);
        assertThat(StrMethods.count("abcabc", "bc", 2L, null))
                .as("'abcabc'.count('bc', 2) == 1").isEqualTo(1);
        assertThat(StrMethods.count("abcabc", "bc", -3L, null))
                .as("'abcabc'.count('bc', -3) == 1").isEqualTo(1);
        assertThat(StrMethods.count("abcabc", "bc", 0L, -2L))
                .as("'abcabc'.count('bc', 0, -2) == 1").isEqualTo(1);
        assertThat(StrMethods.count("abc", "", null, null))
                .as("'abc'.count('') == 4").isEqualTo(4);
        assertThat(StrMethods.count("abc", "", 5L, null))
                .as("'abc'.count('', 5) == 0").isEqualTo(0);
        assertThat(StrMethods.count("abc", "", 3L, null))
                .as("'abc'.count('', 3) == 1").isEqualTo(1);
        assertThat(StrMethods.count("abc", "", -10L, 100L))
                .as("'abc'.count('', -10, 100) == 4").isEqualTo(4);
        assertThat(StrMethods.find("\ud83d\ude00a\ud83d\ude00a", "a", 2L, null))
                .as("'\ud83d\ude00a\ud83d\ude00a'.find('a', 2) == 3").isEqualTo(3);
        assertThat(StrMethods.rfind("\ud83d\ude00a\ud83d\ude00a", "\ud83d\ude00", null, null))
                .as("'\ud83d\ude00a\ud83d\ude00a'.rfind('\ud83d\ude00') == 2").isEqualTo(2);
        assertThat(StrMethods.count("aaaa", "aa", null, null))
                .as("'aaaa'.count('aa') == 2").isEqualTo(2);
        assertThat(StrMethods.index("abcabc", "c", 3L, null))
                .as("'abcabc'.index('c', 3) == 5").isEqualTo(5);
        // 'abc'.index('d')
        raises("ValueError", "substring not found", () -> StrMethods.index("abc", "d", null, null));
        // 'abc'.rindex('a', 1)
        raises("ValueError", "substring not found", () -> StrMethods.rindex("abc", "a", 1L, null));
        assertThat(StrMethods.startswith("abcdef", "abc", null, null))
                .as("'abcdef'.startswith('abc') == True").isTrue();
        assertThat(StrMethods.startswith("abcdef", "def", null, null))
                .as("'abcdef'.startswith('def') == False").isFalse();
        assertThat(StrMethods.startswith("abcdef", "cd", 2L, 4L))
                .as("'abcdef'.startswith('cd', 2, 4) == True").isTrue();
        assertThat(StrMethods.startswith("abc", "", 3L, null))
                .as("'abc'.startswith('', 3) == True").isTrue();
        assertThat(StrMethods.startswith("abc", "", 4L, null))
                .as("'abc'.startswith('', 4) == False").isFalse();
        assertThat(StrMethods.startswith("abcdef", "ef", -2L, null))
                .as("'abcdef'.startswith('ef', -2) == True").isTrue();
        assertThat(StrMethods.startswith("abcdef", "ab", null, -4L))
                .as("'abcdef'.startswith('ab', None, -4) == True").isTrue();
        assertThat(StrMethods.endswith("abcdef", "abc", null, null))
                .as("'abcdef'.endswith('abc') == False").isFalse();
        assertThat(StrMethods.endswith("abcdef", "def", null, null))
                .as("'abcdef'.endswith('def') == True").isTrue();
        assertThat(StrMethods.endswith("abcdef", "cd", 2L, 4L))
                .as("'abcdef'.endswith('cd', 2, 4) == True").isTrue();
        assertThat(StrMethods.endswith("abc", "", 3L, null))
                .as("'abc'.endswith('', 3) == True").isTrue();
        assertThat(StrMethods.endswith("abc", "", 4L, null))
                .as("'abc'.endswith('', 4) == False").isFalse();
        assertThat(StrMethods.endswith("abcdef", "ef", -2L, null))
                .as("'abcdef'.endswith('ef', -2) == True").isTrue();
        assertThat(StrMethods.endswith("abcdef", "ab", null, -4L))
                .as("'abcdef'.endswith('ab', None, -4) == True").isTrue();
    }

    /** The {@code is...} predicates, Unicode rules, false for the empty string. */
    @Test
    void predicates() {
        assertThat(StrMethods.isdigit("123"))
                .as("'123'.isdigit() == True").isTrue();
        assertThat(StrMethods.isdigit("\u00b2"))
                .as("'\u00b2'.isdigit() == True").isTrue();
        assertThat(StrMethods.isdigit("\u00bd"))
                .as("'\u00bd'.isdigit() == False").isFalse();
        assertThat(StrMethods.isdigit(""))
                .as("''.isdigit() == False").isFalse();
        assertThat(StrMethods.isdecimal("\u0661\u0662"))
                .as("'\u0661\u0662'.isdecimal() == True").isTrue();
        assertThat(StrMethods.isdecimal("\u00b2"))
                .as("'\u00b2'.isdecimal() == False").isFalse();
        assertThat(StrMethods.isnumeric("\u00bd\u2167\u4e00"))
                .as("'\u00bd\u2167\u4e00'.isnumeric() == True").isTrue();
        assertThat(StrMethods.isnumeric("1a"))
                .as("'1a'.isnumeric() == False").isFalse();
        assertThat(StrMethods.isalpha("\u00e9t\u00e9"))
                .as("'\u00e9t\u00e9'.isalpha() == True").isTrue();
        assertThat(StrMethods.isalpha("a1"))
                .as("'a1'.isalpha() == False").isFalse();
        assertThat(StrMethods.isalpha(""))
                .as("''.isalpha() == False").isFalse();
        assertThat(StrMethods.isalnum("abc123\u00bd"))
                .as("'abc123\u00bd'.isalnum() == True").isTrue();
        assertThat(StrMethods.isalnum("a b"))
                .as("'a b'.isalnum() == False").isFalse();
        assertThat(StrMethods.isspace(" \t\n\u001c\u0085\u00a0\u3000"))
                .as("' \\t\\n\\x1c\\x85\\xa0\\u3000'.isspace() == True").isTrue();
        assertThat(StrMethods.isspace("\u200b"))
                .as("'\\u200b'.isspace() == False").isFalse();
        assertThat(StrMethods.isspace(""))
                .as("''.isspace() == False").isFalse();
        assertThat(StrMethods.isupper("ABC1"))
                .as("'ABC1'.isupper() == True").isTrue();
        assertThat(StrMethods.isupper("AbC"))
                .as("'AbC'.isupper() == False").isFalse();
        assertThat(StrMethods.isupper("123"))
                .as("'123'.isupper() == False").isFalse();
        assertThat(StrMethods.islower("abc\u00df"))
                .as("'abc\u00df'.islower() == True").isTrue();
        assertThat(StrMethods.islower("\u02b0"))
                .as("'\u02b0'.islower() == True").isTrue();
        assertThat(StrMethods.istitle("Hello World"))
                .as("'Hello World'.istitle() == True").isTrue();
        assertThat(StrMethods.istitle("Hello world"))
                .as("'Hello world'.istitle() == False").isFalse();
        assertThat(StrMethods.istitle("\u01c5ungla"))
                .as("'\u01c5ungla'.istitle() == True").isTrue();
        assertThat(StrMethods.istitle("They'Re"))
                .as("\"They'Re\".istitle() == True").isTrue();
        assertThat(StrMethods.isprintable("a\u00a0"))
                .as("'a\\xa0'.isprintable() == False").isFalse();
        assertThat(StrMethods.isprintable(""))
                .as("''.isprintable() == True").isTrue();
    }

    /** {@code upper}, {@code lower}, {@code swapcase}, {@code casefold}, {@code title}, {@code capitalize}: full Unicode mappings. */
    @Test
    void caseMapping() {
        assertThat(StrMethods.upper("stra\u00dfe"))
                .as("'stra\u00dfe'.upper() == 'STRASSE'").isEqualTo("STRASSE");
        assertThat(StrMethods.upper("\ufb01x"))
                .as("'\ufb01x'.upper() == 'FIX'").isEqualTo("FIX");
        assertThat(StrMethods.upper("\u0149"))
                .as("'\u0149'.upper() == '\u02bcN'").isEqualTo("\u02bcN");
        assertThat(StrMethods.lower("\u0130I"))
                .as("'\u0130I'.lower() == 'i\u0307i'").isEqualTo("i\u0307i");
        assertThat(StrMethods.lower("\u039f\u0394\u03a3 \u03a3"))
                .as("'\u039f\u0394\u03a3 \u03a3'.lower() == '\u03bf\u03b4\u03c2 \u03c3'").isEqualTo("\u03bf\u03b4\u03c2 \u03c3");
        assertThat(StrMethods.lower("A\u03a3'"))
                .as("\"A\u03a3'\".lower() == \"a\u03c2'\"").isEqualTo("a\u03c2'");
        assertThat(StrMethods.lower("\u03a3"))
                .as("'\u03a3'.lower() == '\u03c3'").isEqualTo("\u03c3");
        assertThat(StrMethods.swapcase("Hello \u00df \u03a3A"))
                .as("'Hello \u00df \u03a3A'.swapcase() == 'hELLO SS \u03c3a'").isEqualTo("hELLO SS \u03c3a");
        assertThat(StrMethods.casefold("Stra\u00dfe \ufb01 \u03c2 \u13a0"))
                .as("'Stra\u00dfe \ufb01 \u03c2 \u13a0'.casefold() == 'strasse fi \u03c3 \u13a0'").isEqualTo("strasse fi \u03c3 \u13a0");
        assertThat(StrMethods.title("they're bill's \u00dfx"))
                .as("\"they're bill's \u00dfx\".title() == \"They'Re Bill'S Ssx\"").isEqualTo("They'Re Bill'S Ssx");
        assertThat(StrMethods.title("\u01c6ungla \ufb01sh"))
                .as("'\u01c6ungla \ufb01sh'.title() == '\u01c5ungla Fish'").isEqualTo("\u01c5ungla Fish");
        assertThat(StrMethods.title("\u1fb3x \u0149a"))
                .as("'\u1fb3x \u0149a'.title() == '\u1fbcx \u02bcNa'").isEqualTo("\u1fbcx \u02bcNa");
        assertThat(StrMethods.capitalize("hELLO wORLD"))
                .as("'hELLO wORLD'.capitalize() == 'Hello world'").isEqualTo("Hello world");
        assertThat(StrMethods.capitalize("\u00dfa"))
                .as("'\u00dfa'.capitalize() == 'Ssa'").isEqualTo("Ssa");
        assertThat(StrMethods.capitalize("\u03a3\u0391\u03a3"))
                .as("'\u03a3\u0391\u03a3'.capitalize() == '\u03a3\u03b1\u03c2'").isEqualTo("\u03a3\u03b1\u03c2");
        assertThat(StrMethods.capitalize(""))
                .as("''.capitalize() == ''").isEqualTo("");
    }

    /** {@code repr(str)} and {@code ascii(str)}: the quote choice and the escapes. */
    @Test
    void reprOfStrings() {
        assertThat(StrMethods.repr("abc"))
                .as("repr('abc') == \"'abc'\"").isEqualTo("'abc'");
        assertThat(StrMethods.repr("it's"))
                .as("repr(\"it's\") == '\"it\\'s\"'").isEqualTo("\"it's\"");
        assertThat(StrMethods.repr("say \"hi\""))
                .as("repr('say \"hi\"') == '\\'say \"hi\"\\''").isEqualTo("'say \"hi\"'");
        assertThat(StrMethods.repr("both ' and \""))
                .as("repr('both \\' and \"') == '\\'both \\\\\\' and \"\\''").isEqualTo("'both \\' and \"'");
        assertThat(StrMethods.repr("a\\b"))
                .as("repr('a\\\\b') == \"'a\\\\\\\\b'\"").isEqualTo("'a\\\\b'");
        assertThat(StrMethods.repr("\t\n\r"))
                .as("repr('\\t\\n\\r') == \"'\\\\t\\\\n\\\\r'\"").isEqualTo("'\\t\\n\\r'");
        assertThat(StrMethods.repr("\u0000\u001f\u007f"))
                .as("repr('\\x00\\x1f\\x7f') == \"'\\\\x00\\\\x1f\\\\x7f'\"").isEqualTo("'\\x00\\x1f\\x7f'");
        assertThat(StrMethods.repr("\u0080\u00a0\u00e9"))
                .as("repr('\\x80\\xa0\u00e9') == \"'\\\\x80\\\\xa0\u00e9'\"").isEqualTo("'\\x80\\xa0\u00e9'");
        assertThat(StrMethods.repr("\u200b\u2028\ufeff"))
                .as("repr('\\u200b\\u2028\\ufeff') == \"'\\\\u200b\\\\u2028\\\\ufeff'\"").isEqualTo("'\\u200b\\u2028\\ufeff'");
        assertThat(StrMethods.repr("\ud83d\ude00\udb40\udc01"))
                .as("repr('\ud83d\ude00\\U000e0001') == \"'\ud83d\ude00\\\\U000e0001'\"").isEqualTo("'\ud83d\ude00\\U000e0001'");
        assertThat(StrMethods.repr("\ud800"))
                .as("repr('\\ud800') == \"'\\\\ud800'\"").isEqualTo("'\\ud800'");
        assertThat(StrMethods.repr("\u0378"))
                .as("repr('\\u0378') == \"'\\\\u0378'\"").isEqualTo("'\\u0378'");
        assertThat(StrMethods.ascii("caf\u00e9"))
                .as("ascii('caf\u00e9') == \"'caf\\\\xe9'\"").isEqualTo("'caf\\xe9'");
        assertThat(StrMethods.ascii("\ud83d\ude00"))
                .as("ascii('\ud83d\ude00') == \"'\\\\U0001f600'\"").isEqualTo("'\\U0001f600'");
        assertThat(StrMethods.ascii("it's"))
                .as("ascii(\"it's\") == '\"it\\'s\"'").isEqualTo("\"it's\"");
    }
}
