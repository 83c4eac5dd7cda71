// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * The Runtime's limit on the digits of a decimal int conversion ({@code sys.set_int_max_str_digits}), which
 * {@link PyInt#repr(ThreadState)} keeps as CPython 3.13's int repr does, checked with
 * {@code python3.13 -c 'import sys; print(sys.get_int_max_str_digits()); n = 10**4299; print(len(repr(n)));
 * repr(n * 10)'}: {@code 4300}, {@code 4300}, then {@code ValueError: Exceeds the limit (4300 digits) for integer
 * string conversion; use sys.set_int_max_str_digits() to increase the limit}; and {@code sys.set_int_max_str_digits(100)}:
 * {@code ValueError: maxdigits must be 0 or larger than 640}.
 */
class IntDigitLimitTest extends WithRuntime {

    private static final String EXCEEDS = "Exceeds the limit (4300 digits) for integer string conversion; use "
            + "sys.set_int_max_str_digits() to increase the limit";

    @Test
    void theDefaultIsCPythons_andReprKeepsIt() {
        assertThat(rt.intMaxStrDigits()).isEqualTo(4300);
        assertThat(PyInt.of(ts, BigInteger.TEN.pow(4299)).repr(ts)).hasSize(4300);
        assertThat(PyBool.TRUE.repr(ts)).isEqualTo("True"); // a subclass's own repr stands
        assertThat(PyInt.of(ts, -42).repr(ts)).isEqualTo("-42");
        assertThat(PyInt.of(ts, BigInteger.TEN.pow(4299).negate()).repr(ts)).hasSize(4301); // the sign is no digit
        assertThat(PyInt.of(ts, BigInteger.TEN.pow(4300).subtract(BigInteger.ONE)).repr(ts)).hasSize(4300);
        // one digit over: found only after the conversion (its bit length allows 4300 digits)
        assertThatThrownBy(() -> PyInt.of(ts, BigInteger.TEN.pow(4300)).repr(ts))
                .isInstanceOf(PyException.class).hasMessage(EXCEEDS)
                .satisfies(e -> assertThat(((PyException) e).pyType()).isEqualTo("ValueError"));
        // far over: found from the bit length, before the conversion
        assertThatThrownBy(() -> PyInt.of(ts, BigInteger.TEN.pow(5000)).repr(ts)).hasMessage(EXCEEDS);
        // the message form stays whole: it must never raise
        assertThat(PyInt.of(ts, BigInteger.TEN.pow(5000)).repr()).hasSize(5001);
    }

    @Test
    void theLimitIsTheRuntimes_zeroLiftsIt_andSmallValuesAreRefused() {
        assertThatThrownBy(() -> rt.setIntMaxStrDigits(100)).isInstanceOf(PyException.class)
                .hasMessage("maxdigits must be 0 or larger than 640");
        assertThat(rt.intMaxStrDigits()).isEqualTo(4300); // a refused value changes nothing
        rt.setIntMaxStrDigits(0);
        assertThat(PyInt.of(ts, BigInteger.TEN.pow(5000)).repr(ts)).hasSize(5001);
        rt.setIntMaxStrDigits(640);
        assertThatThrownBy(() -> PyInt.of(ts, BigInteger.TEN.pow(640)).repr(ts))
                .hasMessageStartingWith("Exceeds the limit (640 digits)");
        Runtime other = NoRefcount.runtime(new NoRefcount());
        try {
            assertThat(other.intMaxStrDigits()).isEqualTo(4300); // per Runtime, as CPython's is per interpreter
        } finally {
            other.close();
        }
    }
}
