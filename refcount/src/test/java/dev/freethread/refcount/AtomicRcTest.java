// SPDX-License-Identifier: Apache-2.0
package dev.freethread.refcount;

import dev.freethread.objects.RcScheme;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.Header;
import dev.freethread.testkit.TestNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract under ATOMIC: every object is born merged, with no owner. */
class AtomicRcTest extends RcContractTest {
    @Override
    public RcScheme scheme() {
        return RcScheme.ATOMIC;
    }

    @Test
    void objects_areBornMerged(ThreadState ts) {
        TestNode n = TestNode.create(ts, 0);
        assertThat(Header.ownerIdOpaque(n)).isEqualTo(Header.OWNER_NONE);
        assertThat(Header.refSharedVolatile(n)).isEqualTo(Header.shared(1, Header.MERGED));
        RefCount.incref(ts, n);
        assertThat(Header.sharedCount(Header.refSharedVolatile(n))).isEqualTo(2);
        RefCount.decref(ts, n);
        RefCount.decref(ts, n);
        assertThat(RefCount.isFreed(n)).isTrue();
    }
}
