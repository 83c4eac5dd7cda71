// SPDX-License-Identifier: Apache-2.0
package dev.freethread.dict;

import dev.freethread.objects.RcScheme;
import dev.freethread.testkit.SchemeUnderTest;

/** {@link PyDictConcurrencyTest} under the ATOMIC scheme. */
class PyDictConcurrencyAtomicTest extends PyDictConcurrencyTest implements SchemeUnderTest {
    @Override
    public RcScheme scheme() {
        return RcScheme.ATOMIC;
    }
}
