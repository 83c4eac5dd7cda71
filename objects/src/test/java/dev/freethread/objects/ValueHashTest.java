// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hashes and equality of the basic values match CPython 3.11 (64-bit), checked with:
 * {@code python3 -c 'print(hash(2**61-1), hash(2**61), hash(-(2**61)), hash(2**63), hash(-2**63), hash(10**30),
 * hash(-10**30), hash(-1), hash(-2)); print(hash(()), hash((1,2)), hash((1,2,3)), hash(((1,2),)), hash((-1,)))'}
 * which printed {@code 0 1 -2 4 -4 465258685558744706 -465258685558744706 -2 -2} and
 * {@code 5740354900026072187 -3550055125485641917 529344067295497451 7059930188335900088 8078679518589016365}.
 */
class ValueHashTest extends WithRuntime {

    private long h(long v) {
        return PyInt.of(ts, v).pyHash(ts);
    }

    private long h(BigInteger v) {
        return PyInt.of(ts, v).pyHash(ts);
    }

    @Test
    void intHash_matchesCPython() {
        assertThat(h((1L << 61) - 1)).isEqualTo(0);
        assertThat(h(1L << 61)).isEqualTo(1);
        assertThat(h(-(1L << 61))).isEqualTo(-2);
        assertThat(h(BigInteger.TWO.pow(63))).isEqualTo(4);
        assertThat(h(Long.MIN_VALUE)).isEqualTo(-4);
        assertThat(h(BigInteger.TEN.pow(30))).isEqualTo(465258685558744706L);
        assertThat(h(BigInteger.TEN.pow(30).negate())).isEqualTo(-465258685558744706L);
        assertThat(h(-1)).isEqualTo(-2);
        assertThat(h(-2)).isEqualTo(-2);
    }

    private PyTuple tuple(PyObject... items) {
        return PyTuple.stealing(ts, items);
    }

    @Test
    void tupleHash_matchesCPython() {
        assertThat(PyTuple.EMPTY.pyHash(ts)).isEqualTo(5740354900026072187L);
        assertThat(tuple(PyInt.of(ts, 1), PyInt.of(ts, 2)).pyHash(ts)).isEqualTo(-3550055125485641917L);
        assertThat(tuple(PyInt.of(ts, 1), PyInt.of(ts, 2), PyInt.of(ts, 3)).pyHash(ts)).isEqualTo(529344067295497451L);
        assertThat(tuple(tuple(PyInt.of(ts, 1), PyInt.of(ts, 2))).pyHash(ts)).isEqualTo(7059930188335900088L);
        assertThat(tuple(PyInt.of(ts, -1)).pyHash(ts)).isEqualTo(8078679518589016365L);
    }

    @Test
    void boolIsAnInt_equalAndSameHash() {
        // Python: True == 1, hash(True) == hash(1), False == 0
        assertThat(PyBool.TRUE.pyEquals(ts, PyInt.of(ts, 1))).isTrue();
        assertThat(PyInt.of(ts, 1).pyEquals(ts, PyBool.TRUE)).isTrue();
        assertThat(PyBool.TRUE.pyHash(ts)).isEqualTo(PyInt.of(ts, 1).pyHash(ts));
        assertThat(PyBool.FALSE.pyEquals(ts, PyInt.of(ts, 0))).isTrue();
        assertThat(PyBool.TRUE.repr()).isEqualTo("True");
    }

    @Test
    void strings_compareByValue_andCacheTheirHash() {
        PyStr a = PyStr.of(ts, "spam");
        PyStr b = PyStr.of(ts, "spam");
        assertThat(a).isNotSameAs(b);
        assertThat(a.pyEquals(ts, b)).isTrue();
        assertThat(a.pyHash(ts)).isEqualTo(b.pyHash(ts)).isNotEqualTo(-1);
        assertThat(a.repr()).isEqualTo("'spam'");
        // CPython 3.13: repr("it's") == '"it\'s"'; repr('a"b\'c') == '\'a"b\\\'c\''; repr('t\tn\n\x01\\')
        // == "'t\\tn\\n\\x01\\\\'"; repr('\u00e9\u200b') == "'\u00e9\\u200b'" (a zero-width space is not printable)
        assertThat(PyStr.of(ts, "it's").repr()).isEqualTo("\"it's\"");
        assertThat(PyStr.of(ts, "a\"b'c").repr()).isEqualTo("'a\"b\\'c'");
        assertThat(PyStr.of(ts, "t\tn\n\u0001\\").repr()).isEqualTo("'t\\tn\\n\\x01\\\\'");
        assertThat(PyStr.of(ts, "\u00e9\u200b").repr()).isEqualTo("'\u00e9\\u200b'");
        // CPython 3.13 (Unicode 15.1) whatever the JDK's Unicode: repr('\u0870\u0378\xad\U0001fae8\U000e01ef') is
        // "'\u0870\\u0378\\xad\U0001fae8\\U000e01ef'" (U+0870 and U+1FAE8 are Unicode 14 and 15, printable; U+0378
        // is unassigned; U+00AD a format character; U+E01EF a variation selector: Mn, printable)
        assertThat(PyStr.of(ts, "\u0870\u0378\u00ad\ud83e\udee8\udb40\uddef").repr())
                .isEqualTo("'\u0870\\u0378\\xad\ud83e\udee8\udb40\uddef'");
    }

    @Test
    void tuples_compareItemwise_andReprLikePython() {
        PyTuple one = tuple(PyInt.of(ts, 1));
        assertThat(one.repr()).isEqualTo("(1,)");
        assertThat(tuple(PyInt.of(ts, 1), PyStr.of(ts, "a")).repr()).isEqualTo("(1, 'a')");
        assertThat(one.pyEquals(ts, tuple(PyBool.TRUE))).isTrue(); // (1,) == (True,)
        assertThat(one.getItemBorrowed(0)).isSameAs(PyInt.of(ts, 1));
        assertThatThrownBy(() -> one.getItemBorrowed(1)).isInstanceOf(PyException.class).hasMessage("tuple index out of range");
        assertThatThrownBy(() -> PyTuple.stealing(ts, PyInt.of(ts, 1), null)).hasMessage("tuple item 1 is null");
    }

    @Test
    void noneAndTypes_areImmortalSingletons() {
        assertThat(PyNone.NONE.type()).isSameAs(PyNone.TYPE);
        assertThat(PyType.TYPE.type()).isSameAs(PyType.TYPE);
        assertThat(PyNone.TYPE.type()).isSameAs(PyType.TYPE);
        assertThat(PyNone.NONE.repr()).isEqualTo("None");
    }
}
