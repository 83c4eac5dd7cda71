// SPDX-License-Identifier: Apache-2.0
package dev.freethread.dict;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.testkit.LeakChecked;
import dev.freethread.testkit.ReprHook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code repr(dict)} holds a reference to the key and the value of the entry it prints: their reprs are user code,
 * which (or another thread meanwhile) may remove the entry and drop the dict's references. The repr printed a
 * lock-free snapshot without references, so such a key or value was freed in the middle of its own {@code __repr__}.
 */
@LeakChecked
class ReprHoldsEntriesTest {

    private static void put(ThreadState ts, PyDict d, PyObject k, PyObject v) {
        d.setItem(ts, k, v);
        RefCount.decref(ts, k);
        RefCount.decref(ts, v);
    }

    @Test
    void aKeyThatEmptiesTheDictInItsRepr_andTheValueStayAlive_andTheReprEndsThere(ThreadState ts) {
        // python3.13: d[Evil()] = 1; d[2] = 3 with Evil.__repr__ clearing d: repr(d) -> '{evil: 1}', d == {} after
        PyDict d = PyDict.create(ts);
        ReprHook evil = new ReprHook(ts, d::clear);
        put(ts, d, evil, PyStr.of(ts, "v"));
        put(ts, d, PyStr.of(ts, "k2"), PyStr.of(ts, "v2"));
        assertThat(d.repr(ts)).isEqualTo("{evil: 'v'}");
        assertThat(evil.freedDuringRepr).containsExactly(false);
        assertThat(RefCount.isFreed(evil)).isTrue();
        assertThat(d.size()).isZero();
        RefCount.decref(ts, d);
    }

    @Test
    void aViewPrintsACopyOfTheDict_soAValueThatEmptiesItStaysAlive_andTheRestIsPrinted(ThreadState ts) {
        // python3.13: f = {1: Evil(), 2: 3}; repr(f.values()) -> 'dict_values([evil, 3])' (the view is listed first)
        PyDict d = PyDict.create(ts);
        ReprHook evil = new ReprHook(ts, d::clear);
        put(ts, d, PyStr.of(ts, "k"), evil);
        put(ts, d, PyStr.of(ts, "k2"), PyStr.of(ts, "v2"));
        PyDictView values = d.values(ts);
        assertThat(values.repr(ts)).isEqualTo("dict_values([evil, 'v2'])");
        assertThat(evil.freedDuringRepr).containsExactly(false);
        assertThat(RefCount.isFreed(evil)).isTrue();
        PyDictView items = d.items(ts);
        put(ts, d, PyStr.of(ts, "a"), PyStr.of(ts, "b"));
        assertThat(items.repr(ts)).isEqualTo("dict_items([('a', 'b')])");
        RefCount.decref(ts, values);
        RefCount.decref(ts, items);
        RefCount.decref(ts, d);
    }

    @Test
    void aValueThatEmptiesTheDictInItsRepr_staysAliveUntilItsReprReturns(ThreadState ts) {
        // python3.13: d[1] = Evil(); d[2] = 3: repr(d) -> '{1: evil}'
        PyDict d = PyDict.create(ts);
        ReprHook evil = new ReprHook(ts, d::clear);
        put(ts, d, PyStr.of(ts, "k"), evil);
        put(ts, d, PyStr.of(ts, "k2"), PyStr.of(ts, "v2"));
        assertThat(d.repr(ts)).isEqualTo("{'k': evil}");
        assertThat(evil.freedDuringRepr).containsExactly(false);
        assertThat(RefCount.isFreed(evil)).isTrue();
        RefCount.decref(ts, d);
    }
}
