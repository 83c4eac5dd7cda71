// SPDX-License-Identifier: Apache-2.0
// README.md ("Use it") shows this file from the imports down, verbatim; ReadmeSnippetTest fails when they differ.
package dev.freethread.examples.readme;

import dev.freethread.dict.PyDict;
import dev.freethread.gc.Gc;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadmeBindingTest {

    /** The binding's type: an object with one strong reference slot. */
    static final class Cell extends PyObject {
        static final PyType TYPE = PyType.staticType("Cell", PyType.FLAG_GC); // holds references: tracked
        PyObject ref;

        Cell(ThreadState ts) {
            super(TYPE, ts); // a new reference, owned by the creating thread
        }

        @Override
        public void traverse(ReferenceVisitor visitor) { // report every strong reference (the collector's view)
            if (ref != null) visitor.visit(ref);
        }

        @Override
        public void clearReferences(ReferenceVisitor visitor) { // hand them over and forget them: the toolkit drops them
            PyObject r = ref;
            ref = null;
            if (r != null) visitor.visit(r);
        }
    }

    @Test
    void aCycleInADict_isCollectedOnceTheDictLetsGo() {
        try (Runtime rt = Runtime.create(); ThreadState ts = rt.attachCurrentThread()) {
            Cell a = new Cell(ts);
            Cell b = new Cell(ts);
            a.ref = RefCount.newRef(ts, b); // a -> b -> a: a cycle
            b.ref = RefCount.newRef(ts, a);
            PyDict dict = PyDict.create(ts);
            PyStr key = rt.intern("a");
            dict.setItem(ts, key, a); // arguments are borrowed: the dict takes its own reference
            RefCount.decref(ts, a); // drop ours
            RefCount.decref(ts, b);
            assertThat(Gc.of(rt).collect(ts)).isZero(); // the dict still reaches the cycle

            dict.delItem(ts, key);
            assertThat(Gc.of(rt).collect(ts)).isEqualTo(2); // unreachable now: both found and freed
            RefCount.decref(ts, dict);
            assertThat(rt.liveObjects()).isZero(); // nothing leaked
        }
    }
}
