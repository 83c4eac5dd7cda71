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
}
