// SPDX-License-Identifier: Apache-2.0
package dev.freethread.refcount;

import dev.freethread.objects.Compare;
import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;
import dev.freethread.testkit.LeakChecked;
import dev.freethread.testkit.TestFloat;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hashing rule for a binding's numeric types (issue 12; docs/architecture.md): numbers that compare equal hash
 * equal across int, bool and the test binding's float, which hashes as CPython's {@code _Py_HashDouble}. Expected
 * values: {@code list/src/test/python/comparison_cases.py} (3.11 and 3.13 print the same).
 */
@LeakChecked
class NumericHashTest {

    private static long hashOf(ThreadState ts, double v) {
        TestFloat f = TestFloat.of(ts, v);
        try {
            return f.pyHash(ts);
        } finally {
            RefCount.decref(ts, f);
        }
    }

    @Test
    void floatHashes_areCPythons(ThreadState ts) {
        // python: hash(1.0) = 1; hash(-1.0) = -2; hash(0.5) = 1152921504606846976; hash(1.5) = 1152921504606846977
        assertThat(hashOf(ts, 1.0)).isEqualTo(1);
        assertThat(hashOf(ts, -1.0)).isEqualTo(-2);
        assertThat(hashOf(ts, 0.5)).isEqualTo(1152921504606846976L);
        assertThat(hashOf(ts, 1.5)).isEqualTo(1152921504606846977L);
        // python: hash(-2.5) = -1152921504606846978; hash(1e+300) = 1224995262755759164; hash(0.1) = 230584300921369408
        assertThat(hashOf(ts, -2.5)).isEqualTo(-1152921504606846978L);
        assertThat(hashOf(ts, 1e300)).isEqualTo(1224995262755759164L);
        assertThat(hashOf(ts, 0.1)).isEqualTo(230584300921369408L);
        // subnormals and the smallest normal: hash(5e-324) = 16777216; hash(1e-320) = 33957085184;
        // hash(2.2250738585072014e-308) = 32768
        assertThat(hashOf(ts, 5e-324)).isEqualTo(16777216L);
        assertThat(hashOf(ts, 1e-320)).isEqualTo(33957085184L);
        assertThat(hashOf(ts, 2.2250738585072014e-308)).isEqualTo(32768L);
        // hash(inf) = 314159; hash(-inf) = -314159; hash(-0.0) = 0; hash(1e+16) = 10000000000000000;
        // hash(123456789.125) = 288230376275168533
        assertThat(hashOf(ts, Double.POSITIVE_INFINITY)).isEqualTo(314159L);
        assertThat(hashOf(ts, Double.NEGATIVE_INFINITY)).isEqualTo(-314159L);
        assertThat(hashOf(ts, -0.0)).isZero();
        assertThat(hashOf(ts, 1e16)).isEqualTo(10000000000000000L);
        assertThat(hashOf(ts, 123456789.125)).isEqualTo(288230376275168533L);
    }

    @Test
    void equalNumbersHashEqual_acrossIntBoolAndFloat(ThreadState ts) {
        // python: hash(2**70) = 512 = hash(float(2**70)); hash(True) == hash(1) == hash(1.0)
        PyInt big = PyInt.of(ts, BigInteger.ONE.shiftLeft(70));
        TestFloat bigF = TestFloat.of(ts, Math.pow(2, 70));
        assertThat(big.pyHash(ts)).isEqualTo(512).isEqualTo(bigF.pyHash(ts));
        assertThat(Compare.richCompareBool(ts, big, bigF, CompareOp.EQ)).isTrue();
        TestFloat one = TestFloat.of(ts, 1.0);
        assertThat(PyBool.TRUE.pyHash(ts)).isEqualTo(PyInt.small(1).pyHash(ts)).isEqualTo(one.pyHash(ts));
        for (PyObject o : new PyObject[] {big, bigF, one}) {
            RefCount.decref(ts, o);
        }
    }

    @Test
    void nan_hashesByIdentity_andIsUnequalToItself(ThreadState ts) {
        // 3.10+: a NaN's hash is its object's (object.__hash__); NaN == NaN is False, NaN != NaN is True
        TestFloat a = TestFloat.of(ts, Double.NaN);
        TestFloat b = TestFloat.of(ts, Double.NaN);
        assertThat(a.pyHash(ts)).isEqualTo(a.pyHash(ts));
        assertThat(a.pyHash(ts)).isEqualTo(System.identityHashCode(a));
        assertThat(Compare.richCompare(ts, a, b, CompareOp.EQ)).isSameAs(PyBool.FALSE);
        assertThat(Compare.richCompare(ts, a, a, CompareOp.EQ)).isSameAs(PyBool.FALSE);
        assertThat(Compare.richCompare(ts, a, b, CompareOp.NE)).isSameAs(PyBool.TRUE);
        RefCount.decref(ts, a);
        RefCount.decref(ts, b);
    }
}
