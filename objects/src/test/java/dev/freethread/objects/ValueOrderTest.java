// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code <} slot of the basic values matches CPython 3.11:
 * <pre>
 * print(1 &lt; 2, 10**30 &lt; 10**31, -10**30 &lt; 1, True &lt; 2)                     # True True True True
 * print('\uffff' &lt; '\U00010000', 'ab' &lt; 'abc', 'b' &lt; 'abc')                # True True False
 * print((1,2) &lt; (1,3), (1,2) &lt; (1,2,0), (2,) &lt; (1,5))                     # True True False
 * 1 &lt; 'a'   # TypeError: '&lt;' not supported between instances of 'int' and 'str'
 * </pre>
 */
class ValueOrderTest extends WithRuntime {

    @Test
    void intOrder_includingBigAndBool() {
        assertThat(PyInt.of(ts, 1).pyLessThan(ts, PyInt.of(ts, 2))).isTrue();
        assertThat(PyInt.of(ts, 2).pyLessThan(ts, PyInt.of(ts, 1))).isFalse();
        assertThat(PyInt.of(ts, BigInteger.TEN.pow(30)).pyLessThan(ts, PyInt.of(ts, BigInteger.TEN.pow(31)))).isTrue();
        assertThat(PyInt.of(ts, BigInteger.TEN.pow(30).negate()).pyLessThan(ts, PyInt.of(ts, 1))).isTrue();
        assertThat(PyBool.TRUE.pyLessThan(ts, PyInt.of(ts, 2))).isTrue();
    }

    @Test
    void strOrder_isCodePointOrder() {
        assertThat(PyStr.of(ts, "\uffff").pyLessThan(ts, PyStr.of(ts, "\uD800\uDC00"))).isTrue();
        assertThat(PyStr.of(ts, "ab").pyLessThan(ts, PyStr.of(ts, "abc"))).isTrue();
        assertThat(PyStr.of(ts, "b").pyLessThan(ts, PyStr.of(ts, "abc"))).isFalse();
        assertThat(PyStr.of(ts, "abc").pyLessThan(ts, PyStr.of(ts, "abc"))).isFalse();
    }

    @Test
    void tupleOrder_isLexicographic() {
        PyInt one = PyInt.of(ts, 1);
        PyInt two = PyInt.of(ts, 2);
        assertThat(PyTuple.stealing(ts, one, two).pyLessThan(ts, PyTuple.stealing(ts, one, PyInt.of(ts, 3)))).isTrue();
        assertThat(PyTuple.stealing(ts, one, two).pyLessThan(ts, PyTuple.stealing(ts, one, two, PyInt.of(ts, 0))))
                .isTrue();
        assertThat(PyTuple.stealing(ts, two).pyLessThan(ts, PyTuple.stealing(ts, one, PyInt.of(ts, 5)))).isFalse();
    }

    @Test
    void mixedTypes_raiseTypeErrorNamingBoth() {
        assertThatThrownBy(() -> PyInt.of(ts, 1).pyLessThan(ts, PyStr.of(ts, "a")))
                .isInstanceOfSatisfying(PyException.class, e -> assertThat(e.pyType()).isEqualTo("TypeError"))
                .hasMessage("'<' not supported between instances of 'int' and 'str'");
    }
}
