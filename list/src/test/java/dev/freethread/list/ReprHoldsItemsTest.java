// SPDX-License-Identifier: Apache-2.0
package dev.freethread.list;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.testkit.LeakChecked;
import dev.freethread.testkit.ReprHook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code repr(list)} holds a reference to each item while the item's repr runs: that repr is user code, and it (or
 * another thread meanwhile) may remove the item and drop the list's reference. The repr printed the items of a
 * lock-free snapshot without references, so such an item was freed in the middle of its own {@code __repr__} (found
 * by a differential stress script of ftpython: an instance whose attributes were gone).
 */
@LeakChecked
class ReprHoldsItemsTest {

    @Test
    void anItemThatEmptiesTheListInItsRepr_staysAliveUntilItsReprReturns(ThreadState ts) {
        // python3.13: class Evil: __repr__ clears l; l = [Evil(), 1, 2]; repr(l) -> '[evil]', l == [] afterwards
        PyList l = PyList.create(ts);
        ReprHook evil = new ReprHook(ts, l::clear);
        l.append(ts, evil);
        RefCount.decref(ts, evil); // the list holds the only reference
        PyObject one = Val.of(ts, 1);
        l.append(ts, one);
        RefCount.decref(ts, one);
        assertThat(l.repr(ts)).isEqualTo("[evil]");
        assertThat(evil.freedDuringRepr).containsExactly(false);
        assertThat(RefCount.isFreed(evil)).isTrue(); // freed once the repr let go of it
        assertThat(l.size()).isZero();
        RefCount.decref(ts, l);
    }
}
