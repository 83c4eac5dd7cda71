// SPDX-License-Identifier: Apache-2.0
package dev.freethread.gc;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.testkit.LeakChecked;
import dev.freethread.testkit.TestNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PyType#FLAG_PART_OF_OWNER}: an object that is part of another (an instance's attribute dict, in a binding that
 * keeps attributes in a dict) is freed by the collector with its owner but left out of {@code gc.collect()}'s count and
 * of {@code gc.garbage}, as CPython 3.13, whose instances keep their attributes inline:
 * <pre>
 * class A: pass
 * a = A(); b = A(); a.b = b; b.a = a; del a, b
 * gc.collect()   # python3.13: 2 (two instances; their attribute dicts are not objects of their own)
 * </pre>
 */
@LeakChecked
class PartOfOwnerTest {
    /** A part: holds one reference, as an attribute dict holds its values. */
    static final class Part extends PyObject {
        static final PyType TYPE = PyType.staticType("part", PyType.FLAG_GC | PyType.FLAG_PART_OF_OWNER);
        PyObject ref;

        Part(ThreadState ts) {
            super(TYPE, ts);
        }

        @Override
        public void traverse(ReferenceVisitor v) {
            if (ref != null) {
                v.visit(ref);
            }
        }

        @Override
        public void clearReferences(ReferenceVisitor v) {
            PyObject r = ref;
            ref = null;
            if (r != null) {
                v.visit(r);
            }
        }
    }

    /** Two owners, each with a part, the parts referring to the other owner: a cycle of four objects. */
    private static void twoInstanceCycle(ThreadState ts) {
        TestNode a = TestNode.create(ts, 1);
        TestNode b = TestNode.create(ts, 1);
        Part pa = new Part(ts);
        Part pb = new Part(ts);
        a.setStealing(ts, 0, pa); // a -> its part -> b -> its part -> a
        b.setStealing(ts, 0, pb);
        pa.ref = RefCount.newRef(ts, b);
        pb.ref = RefCount.newRef(ts, a);
        RefCount.decref(ts, a);
        RefCount.decref(ts, b);
    }

    @Test
    void partsAreFreedWithTheirOwners_butNotCounted(ThreadState ts, Runtime rt) {
        Gc gc = Gc.of(rt);
        gc.collect(ts);
        twoInstanceCycle(ts);
        assertThat(gc.collect(ts)).isEqualTo(2); // four objects freed, two counted (CPython 3.13: 2)
        assertThat(rt.liveObjects()).isZero();
    }

    @Test
    void saveAll_listsOnlyTheOwners_andKeepsTheirPartsAlive(ThreadState ts, Runtime rt) {
        Gc gc = Gc.of(rt);
        gc.collect(ts);
        gc.setDebug(Gc.DEBUG_SAVEALL);
        twoInstanceCycle(ts);
        assertThat(gc.collect(ts)).isEqualTo(2);
        assertThat(gc.garbage().size()).isEqualTo(2); // the owners only (python3.13: 2 instances, no dicts)
        for (int i = 0; i < 2; i++) {
            TestNode owner = (TestNode) gc.garbage().get(i);
            Part part = (Part) owner.getBorrowed(0);
            assertThat(RefCount.isFreed(part)).isFalse(); // kept by its owner, which gc.garbage keeps
            assertThat(part.ref).isInstanceOf(TestNode.class);
        }
        gc.setDebug(0);
        gc.garbage().clear(ts);
        assertThat(gc.collect(ts)).isEqualTo(2); // now freed for real, parts with them
        assertThat(rt.liveObjects()).isZero();
    }

    /**
     * get_referents and get_referrers see through a part, as CPython 3.13 sees an instance's inline values:
     * <pre>
     * class N: pass
     * x = N(); y = N(); x.y = y
     * gc.get_referents(x)                             # python3.13: [y, N] (here: [y]; the owner has no type slot)
     * [type(r).__name__ for r in gc.get_referrers(y)] # python3.13: ['N', 'dict'] (the instance, not its dict)
     * </pre>
     */
    @Test
    void referentsAndReferrers_seeThroughAPart(ThreadState ts, Runtime rt) {
        Gc gc = Gc.of(rt);
        TestNode x = TestNode.create(ts, 1);
        TestNode y = TestNode.create(ts, 0);
        Part part = new Part(ts);
        x.setStealing(ts, 0, part);
        part.ref = RefCount.newRef(ts, y);
        try (RefList referents = gc.getReferents(ts, x); RefList referrers = gc.getReferrers(ts, y)) {
            assertThat(referents.borrowed()).containsExactly(y); // the part's reference, not the part
            assertThat(referrers.borrowed()).containsExactly(x); // the owner, not its part
        }
        try (RefList partReferrers = gc.getReferrers(ts, part)) {
            assertThat(partReferrers.borrowed()).containsExactly(x); // asked for the part itself: its owner
        }
        RefCount.decref(ts, x);
        RefCount.decref(ts, y);
        gc.collect(ts);
        assertThat(rt.liveObjects()).isZero();
    }
}
