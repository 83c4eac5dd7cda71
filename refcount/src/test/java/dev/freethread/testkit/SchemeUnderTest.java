// SPDX-License-Identifier: Apache-2.0
package dev.freethread.testkit;

import dev.freethread.objects.RcScheme;

/** Implemented by a contract suite's thin subclass to pick the scheme the suite runs under. */
public interface SchemeUnderTest {
    RcScheme scheme();
}
