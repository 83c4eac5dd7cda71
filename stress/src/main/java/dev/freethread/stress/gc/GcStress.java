// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress.gc;

import dev.freethread.gc.Gc;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.testkit.TestNode;

/** What the concurrent collector's jcstress tests share: their Runtime, the filler chain, the arbiters' check. */
final class GcStress {
    private GcStress() {}

    /** A Runtime whose only collections are the actors' own: an automatic one would shift the counts. */
    static Runtime runtimeWithoutAutomaticGc() {
        Runtime rt = Runtime.create();
        Gc.of(rt).disable();
        return rt;
    }

    /**
     * Hangs a chain of {@code fillers} nodes off slot 1 of {@code b} (stolen references: only {@code b} holds the
     * chain), so that the collector reads the counts of {@code b} and of the member made after the chain far apart.
     * Returns the chain's head, borrowed.
     */
    static TestNode chainOff(ThreadState ts, TestNode b, int fillers) {
        TestNode head = TestNode.create(ts, 1);
        b.setStealing(ts, 1, head);
        TestNode last = head;
        for (int i = 1; i < fillers; i++) {
            TestNode f = TestNode.create(ts, 1);
            last.setStealing(ts, 0, f);
            last = f;
        }
        return head;
    }

    /** 1 if every object is there and freed, else 0 (an arbiter's last result). */
    static int allFreed(PyObject... objects) {
        for (PyObject o : objects) {
            if (o == null || !RefCount.isFreed(o)) {
                return 0;
            }
        }
        return 1;
    }
}
