// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress.dict;

import dev.freethread.dict.PyDict;
import dev.freethread.dict.PyDictIterator;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.stress.Harness;

/** The iterator tests' items: values that count their frees, and a step that reports which one it got. */
final class DictStressItems {
    private DictStressItems() {
    }

    /** {@code d[key] = value}, taking over the caller's reference to {@code value}. */
    static void put(ThreadState ts, PyDict d, String key, Harness.Counted value) {
        PyStr k = PyStr.of(ts, key);
        d.setItem(ts, k, value);
        RefCount.decref(ts, k);
        RefCount.decref(ts, value);
    }

    /** One step: 0 at the end, bit {@code label} for a live value, bit 0 for a freed one handed out. */
    static int step(ThreadState ts, PyDictIterator iterator) {
        PyObject v = iterator.next(ts);
        if (v == null) {
            return 0;
        }
        Harness.Counted c = (Harness.Counted) v;
        int bit = c.frees() != 0 ? 1 : 1 << c.label;
        RefCount.decref(ts, v);
        return bit;
    }
}
