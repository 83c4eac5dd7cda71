// SPDX-License-Identifier: Apache-2.0
package dev.freethread.gc;

import dev.freethread.objects.RcScheme;
import dev.freethread.testkit.SchemeUnderTest;

/** The classic cases again under the ATOMIC scheme (every object born merged: owner ids are all "none"). */
class GcClassicAtomicTest extends GcClassicTest implements SchemeUnderTest {
    @Override
    public RcScheme scheme() {
        return RcScheme.ATOMIC;
    }
}
