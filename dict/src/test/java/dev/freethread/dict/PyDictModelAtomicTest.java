// SPDX-License-Identifier: Apache-2.0
package dev.freethread.dict;

import dev.freethread.objects.RcScheme;
import dev.freethread.testkit.SchemeUnderTest;

/** {@link PyDictModelTest} under the ATOMIC scheme (every object merged from birth). */
class PyDictModelAtomicTest extends PyDictModelTest implements SchemeUnderTest {
    @Override
    public RcScheme scheme() {
        return RcScheme.ATOMIC;
    }
}
