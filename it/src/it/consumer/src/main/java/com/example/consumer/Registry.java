// SPDX-License-Identifier: Apache-2.0
package com.example.consumer;

import dev.freethread.dict.PyDict;
import dev.freethread.gc.Gc;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

/** A user's code: a binding type whose instances refer to themselves, kept in a dict by name, then dropped. */
public final class Registry {
    private Registry() {}

    /** A named entry that may refer to another object (here, to itself: a cycle only the collector frees). */
    static final class Entry extends PyObject {
        static final PyType TYPE = PyType.staticType("Entry", PyType.FLAG_GC);
        PyObject next;

        Entry(ThreadState ts) {
            super(TYPE, ts);
        }

        @Override
        public void traverse(ReferenceVisitor visitor) {
            if (next != null) {
                visitor.visit(next);
            }
        }

        @Override
        public void clearReferences(ReferenceVisitor visitor) {
            PyObject n = next;
            next = null;
            if (n != null) {
                visitor.visit(n);
            }
        }
    }

    /** What {@link #run} saw: the dict's size, the objects each collection found, and what was left alive. */
    public record Outcome(int sizeWhileRegistered, int collectedWhileRegistered, int collectedAfterRemoval,
            long liveAtEnd) {}

    /** Registers {@code n} self-referencing entries in a dict, collects, removes them, collects again. */
    public static Outcome run(int n) {
        try (Runtime rt = Runtime.create(); ThreadState ts = rt.attachCurrentThread()) {
            PyDict registry = PyDict.create(ts);
            for (int i = 0; i < n; i++) {
                Entry e = new Entry(ts);
                e.next = RefCount.newRef(ts, e);
                registry.setItem(ts, rt.intern("entry-" + i), e);
                RefCount.decref(ts, e);
            }
            int size = registry.size();
            int kept = Gc.of(rt).collect(ts);
            registry.clear(ts);
            int collected = Gc.of(rt).collect(ts);
            RefCount.decref(ts, registry);
            return new Outcome(size, kept, collected, rt.liveObjects());
        }
    }
}
