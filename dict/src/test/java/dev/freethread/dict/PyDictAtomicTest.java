// SPDX-License-Identifier: Apache-2.0
package dev.freethread.dict;

import dev.freethread.objects.RcScheme;
import dev.freethread.testkit.SchemeUnderTest;

/** {@link PyDictTest} under the ATOMIC scheme (every object merged from birth: every count change is atomic). */
class PyDictAtomicTest extends PyDictTest implements SchemeUnderTest {
    @Override
    public RcScheme scheme() {
        return RcScheme.ATOMIC;
    }
}
