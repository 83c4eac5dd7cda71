// SPDX-License-Identifier: Apache-2.0
package dev.freethread.dict;

import dev.freethread.objects.CriticalSection;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyException;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.refcount.Tuples;
import dev.freethread.testkit.LeakChecked;
import dev.freethread.testkit.OwnedReferences;
import dev.freethread.testkit.TestFloat;
import dev.freethread.testkit.TestNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every operation of {@link PyDict} and its corner cases, each citing the CPython behaviour it matches (run with
 * {@code python3} 3.11 and 3.13.0; same output unless said). Objects a test creates go through {@link #own}, released
 * after the test; the leak check then proves every reference the dict took was given back.
 */
@LeakChecked
class PyDictTest {
    private ThreadState ts;
    private final OwnedReferences owned = new OwnedReferences();
    private final List<PyDict> dicts = new ArrayList<>();

    @BeforeEach
    void setUp(ThreadState ts) {
        this.ts = ts;
    }

    @AfterEach
    void release() {
        for (PyDict d : dicts) {
            if (!RefCount.isFreed(d)) {
                DictChecks.checkInvariants(ts, d);
            }
        }
        owned.releaseAll(ts);
    }

    private <T extends PyObject> T own(T o) {
        return owned.own(o);
    }

    private PyStr str(String s) {
        return own(PyStr.of(ts, s));
    }

    private PyInt num(long v) {
        return own(PyInt.of(ts, v));
    }

    private PyDict dict() {
        PyDict d = own(PyDict.create(ts));
        dicts.add(d);
        return d;
    }

    private PyDict dictOf(Object... kv) {
        PyDict d = dict();
        for (int i = 0; i < kv.length; i += 2) {
            d.setItem(ts, obj(kv[i]), obj(kv[i + 1]));
        }
        return d;
    }

    private PyObject obj(Object o) {
        if (o instanceof PyObject) {
            return (PyObject) o;
        }
        if (o instanceof String) {
            return str((String) o);
        }
        return num(((Number) o).longValue());
    }

    /** The dict's items as "k=v" strings in iteration order. */
    private List<String> items(PyDict d) {
        List<String> out = new ArrayList<>();
        PyDictView view = own(d.items(ts));
        PyDictIterator it = own(view.iter(ts));
        for (PyObject p = it.next(ts); p != null; p = it.next(ts)) {
            PyTuple t = (PyTuple) p;
            out.add(t.getItemBorrowed(0).repr() + "=" + t.getItemBorrowed(1).repr());
            RefCount.decref(ts, p);
        }
        return out;
    }

    private String repr(PyObject o) {
        String r = o.repr();
        RefCount.decref(ts, o);
        return r;
    }

    // ---- basic operations

    @Test
    void setItem_getItem_get_contains_size() {
        PyDict d = dict();
        assertThat(d.size()).isZero();
        d.setItem(ts, str("a"), num(1));
        d.setItem(ts, str("b"), num(1000));
        assertThat(d.size()).isEqualTo(2);
        assertThat(repr(d.getItem(ts, str("a")))).isEqualTo("1");
        assertThat(repr(d.get(ts, str("b")))).isEqualTo("1000");
        assertThat(d.get(ts, str("zz"))).isSameAs(PyNone.NONE);
        assertThat(repr(d.get(ts, str("zz"), str("dflt")))).isEqualTo("'dflt'");
        assertThat(d.contains(ts, str("a"))).isTrue();
        assertThat(d.contains(ts, str("c"))).isFalse();
        assertThat(d.repr()).isEqualTo("{'a': 1, 'b': 1000}");
    }

    /** {@code {}[5]} raises {@code KeyError(5)}. */
    @Test
    void getItem_missing_raisesKeyError() {
        PyDict d = dictOf("a", 1);
        assertThatThrownBy(() -> d.getItem(ts, num(5)))
                .isInstanceOfSatisfying(PyException.class, e -> assertThat(e.pyType()).isEqualTo("KeyError"))
                .hasMessage("5");
    }

    @Test
    void references_theDictHoldsOne_resultsAreNew_deleteDropsThem() {
        PyDict d = dict();
        PyStr k = str("key");
        PyInt v = num(123456);
        d.setItem(ts, k, v);
        assertThat(RefCount.refCount(ts, k)).isEqualTo(2);
        assertThat(RefCount.refCount(ts, v)).isEqualTo(2);
        PyObject got = d.getItem(ts, k);
        assertThat(got).isSameAs(v);
        assertThat(RefCount.refCount(ts, v)).isEqualTo(3);
        RefCount.decref(ts, got);
        d.delItem(ts, k);
        assertThat(RefCount.refCount(ts, k)).isEqualTo(1);
        assertThat(RefCount.refCount(ts, v)).isEqualTo(1);
    }

    /** Deallocation drops every reference: a value held only by the dict is freed with it. */
    @Test
    void dealloc_dropsAllReferences() {
        PyDict d = PyDict.create(ts);
        TestNode value = TestNode.create(ts, 0);
        PyStr key = PyStr.of(ts, "k");
        d.setItem(ts, key, value);
        RefCount.decref(ts, value);
        RefCount.decref(ts, key);
        assertThat(RefCount.isFreed(value)).isFalse();
        RefCount.decref(ts, d);
        assertThat(RefCount.isFreed(d)).isTrue();
        assertThat(RefCount.isFreed(value)).isTrue();
        assertThat(RefCount.isFreed(key)).isTrue();
    }

    @Test
    void traverse_reportsEveryKeyAndValue_clearReferences_handsThemOver() {
        PyDict d = dictOf("a", 1000, "b", 2000);
        d.delItem(ts, str("a"));
        List<String> seen = new ArrayList<>();
        d.traverse(o -> seen.add(o.repr()));
        assertThat(seen).containsExactly("'b'", "2000");
        PyDict e = dictOf("x", 3000);
        List<PyObject> handed = new ArrayList<>();
        e.clearReferences(handed::add);
        assertThat(e.size()).isZero();
        assertThat(handed).hasSize(2);
        handed.forEach(o -> RefCount.decref(ts, o)); // the toolkit releases what clearReferences hands over
        assertThat(e.contains(ts, str("x"))).isFalse();
    }

    // ---- order, equal keys of different types

    /** Insertion order; replacing a value keeps the key's position: {@code d={'a':1,'b':2}; d['a']=3} is {@code {'a': 3, 'b': 2}}. */
    @Test
    void insertionOrder_keptAcrossReplaceAndDelete() {
        PyDict d = dictOf("a", 1, "b", 2, "c", 3);
        d.setItem(ts, str("a"), num(9));
        d.delItem(ts, str("b"));
        d.setItem(ts, str("b"), num(4));
        assertThat(items(d)).containsExactly("'a'=9", "'c'=3", "'b'=4");
    }

    /**
     * Equal keys of different types keep the first key: {@code d={1:'x'}; d[True]='y'} gives {@code {1: 'y'}} with an
     * int key; {@code {1:'a', True:'b', 1.0:'c'}} is {@code {1: 'c'}}.
     */
    @Test
    void equalKeysOfDifferentTypes_keepTheFirstKey_replaceTheValue() {
        PyDict d = dict();
        PyInt one = PyInt.of(ts, 1);
        d.setItem(ts, one, str("x"));
        d.setItem(ts, PyBool.TRUE, str("y"));
        assertThat(d.size()).isEqualTo(1);
        assertThat(items(d)).containsExactly("1=y".replace("y", "'y'"));
        TestFloat f = own(TestFloat.of(ts, 1.0));
        d.setItem(ts, f, str("c"));
        assertThat(items(d)).containsExactly("1='c'");
        PyObject k = firstKey(d);
        assertThat(k).isSameAs(one);
        RefCount.decref(ts, k);
        assertThat(repr(d.getItem(ts, f))).isEqualTo("'c'");
        assertThat(repr(d.getItem(ts, PyBool.TRUE))).isEqualTo("'c'");
        // the other way round: a float key first keeps the float: {1.0: 'a', 1: 'b'} is {1.0: 'b'}
        PyDict e = dict();
        e.setItem(ts, f, str("a"));
        e.setItem(ts, one, str("b"));
        assertThat(items(e)).containsExactly("1.0='b'");
    }

    private PyObject firstKey(PyDict d) {
        PyDictIterator it = own(d.iter(ts));
        return it.next(ts);
    }

    // ---- deletion, pop, popitem, setdefault, clear

    @Test
    void delItem_missing_raisesKeyError_andChangesNothing() {
        PyDict d = dictOf("a", 1);
        assertThatThrownBy(() -> d.delItem(ts, str("b"))).isInstanceOf(PyException.class).hasMessage("'b'");
        assertThat(d.size()).isEqualTo(1);
    }

    /** {@code {}.pop(1)} raises {@code KeyError(1)}; {@code {}.pop(1, 'dflt')} is {@code 'dflt'}. */
    @Test
    void pop_withAndWithoutDefault() {
        PyDict d = dictOf("a", 1000, "b", 2);
        assertThat(repr(d.pop(ts, str("a")))).isEqualTo("1000");
        assertThat(d.size()).isEqualTo(1);
        assertThatThrownBy(() -> d.pop(ts, num(1))).isInstanceOf(PyException.class).hasMessage("1");
        assertThat(repr(d.pop(ts, num(1), str("dflt")))).isEqualTo("'dflt'");
        assertThat(repr(d.pop(ts, str("b"), str("dflt")))).isEqualTo("2");
        assertThat(d.size()).isZero();
    }

    /**
     * LIFO: {@code d={1:1,2:2,3:3}; d.popitem()} is {@code (3, 3)} leaving {@code {1: 1, 2: 2}};
     * {@code {}.popitem()} raises {@code KeyError('popitem(): dictionary is empty')}.
     */
    @Test
    void popItem_isLifo_andRaisesWhenEmpty() {
        PyDict d = dictOf(1, 1, 2, 2, 3, 3);
        assertThat(repr(d.popItem(ts))).isEqualTo("(3, 3)");
        assertThat(items(d)).containsExactly("1=1", "2=2");
        d.delItem(ts, num(2));
        d.setItem(ts, num(4), num(4));
        assertThat(repr(d.popItem(ts))).isEqualTo("(4, 4)");
        assertThat(repr(d.popItem(ts))).isEqualTo("(1, 1)");
        assertThatThrownBy(() -> d.popItem(ts)).isInstanceOfSatisfying(PyException.class,
                e -> assertThat(e.pyType()).isEqualTo("KeyError")).hasMessage("'popitem(): dictionary is empty'");
    }

    /** Draining a large dict with popitem stays linear (the LIFO scan never rescans deleted entries). */
    @Test
    void popItem_drainsALargeDictInLinearTime() {
        PyDict d = dict();
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            d.setItem(ts, PyInt.small(i % 200), PyNone.NONE); // warm-up of the path with immortal keys
        }
        d.clear(ts);
        for (int i = 0; i < n; i++) {
            PyInt k = PyInt.of(ts, i + 1000);
            d.setItem(ts, k, k);
            RefCount.decref(ts, k);
        }
        for (int i = 0; i < n / 2; i++) {
            PyInt k = PyInt.of(ts, 1000 + 2 * i + 1); // an equal key, not the stored one
            d.delItem(ts, k);
            RefCount.decref(ts, k);
        }
        long t0 = System.nanoTime();
        for (int i = n / 2 - 1; i >= 0; i--) {
            PyTuple p = d.popItem(ts);
            assertThat(((PyInt) p.getItemBorrowed(0)).longValue()).isEqualTo(1000 + 2 * i);
            RefCount.decref(ts, p);
        }
        assertThat(d.size()).isZero();
        assertThat(System.nanoTime() - t0).isLessThan(5_000_000_000L);
    }

    /** {@code d={}; d.setdefault(1); d.setdefault(1, 2)} returns None twice, leaving {@code {1: None}}. */
    @Test
    void setDefault_insertsOnlyWhenAbsent() {
        PyDict d = dict();
        assertThat(d.setDefault(ts, num(1))).isSameAs(PyNone.NONE);
        assertThat(d.setDefault(ts, num(1), num(2))).isSameAs(PyNone.NONE);
        assertThat(repr(d.setDefault(ts, str("x"), num(5000)))).isEqualTo("5000");
        assertThat(items(d)).containsExactly("1=None", "'x'=5000");
    }

    @Test
    void clear_dropsEverything_andTheDictStaysUsable() {
        PyDict d = dictOf("a", 1000, "b", 2000);
        d.clear(ts);
        assertThat(d.size()).isZero();
        assertThat(d.contains(ts, str("a"))).isFalse();
        d.setItem(ts, str("c"), num(3));
        assertThat(items(d)).containsExactly("'c'=3");
    }

    // ---- update, copy, fromkeys, equality, merge

    /**
     * {@code {1:1}|{2:2,1:5}} is {@code {1: 5, 2: 2}}; {@code d={1:1}; d|={2:2}} gives {@code {1: 1, 2: 2}};
     * {@code {1:1,2:2}=={2:2,1:1}} is True and {@code {1:1}=={1:2}} False.
     */
    @Test
    void update_copy_or_inPlaceOr_equals() {
        PyDict a = dictOf(1, 1);
        PyDict b = dictOf(2, 2, 1, 5);
        PyDict m = own(a.or(ts, b));
        assertThat(items(m)).containsExactly("1=5", "2=2");
        assertThat(items(a)).containsExactly("1=1");
        PyDict r = own(a.inPlaceOr(ts, dictOf(2, 2)));
        assertThat(r).isSameAs(a);
        assertThat(items(a)).containsExactly("1=1", "2=2");
        assertThat(dictOf(1, 1, 2, 2).pyEquals(ts, dictOf(2, 2, 1, 1))).isTrue();
        assertThat(dictOf(1, 1).pyEquals(ts, dictOf(1, 2))).isFalse();
        assertThat(dictOf(1, 1).pyEquals(ts, dictOf(2, 1))).isFalse();
        assertThat(dictOf(1, 1).pyEquals(ts, dictOf(1, 1, 2, 2))).isFalse();
        assertThat(dict().pyEquals(ts, dict())).isTrue();
        PyDict c = own(m.copy(ts));
        m.setItem(ts, num(3), num(3));
        assertThat(items(c)).containsExactly("1=5", "2=2");
        a.update(ts, a);
        assertThat(items(a)).containsExactly("1=1", "2=2");
    }

    /**
     * {@code {}.update([(1,2,3)])} raises {@code ValueError: dictionary update sequence element #0 has length 3; 2 is
     * required}; {@code {}.update([1])} raises {@code TypeError: cannot convert dictionary update sequence element #0
     * to a sequence}.
     */
    @Test
    void update_fromPairs_andItsErrors() {
        PyDict d = dict();
        PyTuple p1 = own(Tuples.of(ts, str("a"), num(1)));
        PyTuple p2 = own(Tuples.of(ts, str("b"), num(2)));
        PyTuple p3 = own(Tuples.of(ts, str("a"), num(3)));
        d.update(ts, List.of(p1, p2, p3));
        assertThat(items(d)).containsExactly("'a'=3", "'b'=2");
        PyTuple bad = own(Tuples.of(ts, num(1), num(2), num(3)));
        assertThatThrownBy(() -> d.update(ts, List.of(bad))).isInstanceOfSatisfying(PyException.class,
                e -> assertThat(e.pyType()).isEqualTo("ValueError"))
                .hasMessage("dictionary update sequence element #0 has length 3; 2 is required");
        assertThatThrownBy(() -> d.update(ts, List.of(p1, num(1)))).isInstanceOfSatisfying(PyException.class,
                e -> assertThat(e.pyType()).isEqualTo("TypeError"))
                .hasMessage("cannot convert dictionary update sequence element #1 to a sequence");
        PyDict r = own(d.inPlaceOr(ts, List.of(own(Tuples.of(ts, str("c"), num(4))))));
        assertThat(items(r)).containsExactly("'a'=1", "'b'=2", "'c'=4");
    }

    /** {@code dict.fromkeys([1,2])} is {@code {1: None, 2: None}}; {@code dict.fromkeys([1],0)} is {@code {1: 0}}. */
    @Test
    void fromKeys() {
        PyDict a = own(PyDict.fromKeys(ts, List.of(num(1), num(2)), null));
        dicts.add(a);
        assertThat(items(a)).containsExactly("1=None", "2=None");
        PyDict b = own(PyDict.fromKeys(ts, List.of(num(1)), num(0)));
        assertThat(items(b)).containsExactly("1=0");
    }

    // ---- views and iterators

    /** {@code d={1:1}; v=d.keys(); len(v), 1 in v, 2 in v, list(d.values()), list(d.items())} is {@code 1 True False [1] [(1, 1)]}. */
    @Test
    void views_areLive_andSupportLenContainsIter() {
        PyDict d = dictOf(1, 1);
        PyDictView keys = own(d.keys(ts));
        PyDictView values = own(d.values(ts));
        PyDictView items = own(d.items(ts));
        assertThat(keys.size()).isEqualTo(1);
        assertThat(keys.contains(ts, num(1))).isTrue();
        assertThat(keys.contains(ts, num(2))).isFalse();
        assertThat(values.contains(ts, num(1))).isTrue();
        assertThat(values.contains(ts, num(7))).isFalse();
        assertThat(items.contains(ts, own(Tuples.of(ts, num(1), num(1))))).isTrue();
        assertThat(items.contains(ts, own(Tuples.of(ts, num(1), num(2))))).isFalse();
        assertThat(items.contains(ts, num(1))).isFalse();
        d.setItem(ts, num(2), num(20));
        assertThat(keys.size()).isEqualTo(2);
        PyDictIterator it = own(values.iter(ts));
        assertThat(repr(it.next(ts))).isEqualTo("1");
        assertThat(repr(it.next(ts))).isEqualTo("20");
        assertThat(it.next(ts)).isNull();
        assertThat(it.next(ts)).isNull();
    }

    /**
     * {@code d={1:'a'}; it=iter(d); d[2]=1; next(it)} raises {@code RuntimeError: dictionary changed size during
     * iteration}; after {@code del d[2]} (size restored) {@code next(it)} raises it again (sticky, 3.11 and 3.13).
     */
    @Test
    void iterator_dictChangedSize_isStickyRuntimeError() {
        PyDict d = dictOf(1, "a");
        PyDictIterator it = own(d.iter(ts));
        d.setItem(ts, num(2), num(1));
        assertThatThrownBy(() -> it.next(ts)).isInstanceOfSatisfying(PyException.class,
                e -> assertThat(e.pyType()).isEqualTo("RuntimeError")).hasMessage("dictionary changed size during iteration");
        d.delItem(ts, num(2));
        assertThatThrownBy(() -> it.next(ts)).hasMessage("dictionary changed size during iteration");
    }

    /**
     * {@code d={1:'a',2:'b'}; it=iter(d); next(it); del d[1]; d[3]='c'; next(it); next(it)} gives 2, then raises
     * {@code RuntimeError: dictionary keys changed during iteration}, then StopIteration (3.11 and 3.13); same for
     * items.
     */
    @Test
    void iterator_keysChanged_raisesOnce_thenStops() {
        for (PyDictIterator.Kind kind : PyDictIterator.Kind.values()) {
            PyDict d = dictOf(1, "a", 2, "b");
            PyDictView view = own(kind == PyDictIterator.Kind.KEYS ? d.keys(ts)
                    : kind == PyDictIterator.Kind.VALUES ? d.values(ts) : d.items(ts));
            PyDictIterator it = own(view.iter(ts));
            RefCount.decref(ts, it.next(ts));
            d.delItem(ts, num(1));
            d.setItem(ts, num(3), str("c"));
            RefCount.decref(ts, it.next(ts));
            assertThatThrownBy(() -> it.next(ts)).hasMessage("dictionary keys changed during iteration");
            assertThat(it.next(ts)).isNull();
        }
    }

    /** {@code d={1:'a',2:'b'}; it=iter(d); del d[2]; d[3]='c'; list(it)} is {@code [1, 3]}: same size, no error. */
    @Test
    void iterator_sameSizeReplacement_yieldsTheNewKey() {
        PyDict d = dictOf(1, "a", 2, "b");
        PyDictIterator it = own(d.iter(ts));
        d.delItem(ts, num(2));
        d.setItem(ts, num(3), str("c"));
        assertThat(repr(it.next(ts))).isEqualTo("1");
        assertThat(repr(it.next(ts))).isEqualTo("3");
        assertThat(it.next(ts)).isNull();
    }

    /**
     * Issue 11, defect 11: a deletion plus a resizing insertion during iteration compacts the entries, so the iterator's
     * position skips a key present throughout, with no error: CPython does exactly this (3.11 and 3.13):
     * {@code d = {i: i for i in range(5)}; for k in d: seen.append(k); if k == 0: del d[0]; d[5] = 5} gives
     * {@code seen == [0, 2, 3, 4, 5]} (key 1 skipped), {@code list(d) == [1, 2, 3, 4, 5]}. docs/dict.md says so.
     */
    @Test
    void iterator_deleteThenResizingInsert_skipsAKeyAsCPythonDoes() {
        PyDict d = dict();
        for (int i = 0; i < 5; i++) {
            d.setItem(ts, num(i), num(i));
        }
        PyDictIterator it = own(d.iter(ts));
        List<String> seen = new ArrayList<>();
        for (PyObject k = it.next(ts); k != null; k = it.next(ts)) {
            seen.add(k.repr());
            if (seen.size() == 1) {
                d.delItem(ts, num(0));
                d.setItem(ts, num(5), num(5));
            }
            RefCount.decref(ts, k);
        }
        assertThat(seen).containsExactly("0", "2", "3", "4", "5");
    }

    // ---- hash and equality that raise or mutate

    /** {@code class H: __hash__ raises TypeError('boom')}: {@code {}[H()]=1} raises it; the dict is unchanged. */
    @Test
    void hashThatRaises_propagates_dictUnchanged() {
        PyDict d = dictOf("a", 1);
        TestKey k = own(TestKey.of(ts, 1, 5));
        k.hashError = new PyException("TypeError", "boom");
        assertThatThrownBy(() -> d.setItem(ts, k, num(1))).hasMessage("boom");
        assertThatThrownBy(() -> d.get(ts, k)).hasMessage("boom");
        assertThatThrownBy(() -> d.delItem(ts, k)).hasMessage("boom");
        assertThat(items(d)).containsExactly("'a'=1");
    }

    /** {@code class E: __hash__ = 7; __eq__ raises ValueError('eqboom')}: {@code d[E()]} and {@code d[E()] = 2} raise it, len 1. */
    @Test
    void equalityThatRaises_propagates_dictUnchanged() {
        PyDict d = dict();
        TestKey stored = own(TestKey.of(ts, 1, 7));
        d.setItem(ts, stored, num(1));
        stored.hook = (t, self, other) -> {
            throw new PyException("ValueError", "eqboom");
        };
        TestKey probe = own(TestKey.of(ts, 2, 7));
        assertThatThrownBy(() -> d.getItem(ts, probe)).hasMessage("eqboom");
        assertThatThrownBy(() -> d.setItem(ts, probe, num(2))).hasMessage("eqboom");
        assertThatThrownBy(() -> d.pop(ts, probe)).hasMessage("eqboom");
        assertThatThrownBy(() -> d.contains(ts, probe)).hasMessage("eqboom");
        assertThat(d.size()).isEqualTo(1);
        stored.hook = null;
    }

    /**
     * [D4] An {@code __eq__} that clears the dict during a lookup: the lookup restarts and finds nothing; equality ran
     * once. CPython: {@code class M: __hash__ -> 1; __eq__ clears d on its first call, returns False}, and
     * {@code d={K(): 1}} (K hashing to 1, its {@code __eq__} NotImplemented): {@code d.get(m)} is None, d is
     * {@code {}}, {@code m.n} is 1 (3.11 and 3.13). Here the stored key's equality carries the hook (ours is the one
     * called first; Python reached M's through K's NotImplemented).
     */
    @Test
    void equalityThatClearsTheDict_restarts() {
        PyDict d = dict();
        TestKey k = own(TestKey.of(ts, 1, 1));
        d.setItem(ts, k, num(1));
        TestKey m = own(TestKey.of(ts, 2, 1));
        int[] calls = {0};
        k.hook = (t, self, o) -> {
            if (o == m && ++calls[0] == 1) {
                d.clear(t);
            }
            return false;
        };
        assertThat(d.get(ts, m)).isSameAs(PyNone.NONE);
        assertThat(d.size()).isZero();
        assertThat(calls[0]).isEqualTo(1);
        // the same in a writer's locked lookup: setItem after a clearing comparison inserts once
        d.setItem(ts, k, num(1));
        calls[0] = 0;
        d.setItem(ts, m, num(2));
        assertThat(calls[0]).isEqualTo(1);
        assertThat(items(d)).containsExactly("TestKey(2)=2");
        k.hook = null;
    }

    /**
     * [D4] An {@code __eq__} that inserts another key (no resize) and returns True: the match stands, as the table and
     * the compared entry are unchanged. CPython: {@code d={k:'v'}; d.get(m)} is {@code 'v'}, {@code len(d)} 2,
     * {@code m.n} 1 (3.11 and 3.13).
     */
    @Test
    void equalityThatInsertsWithoutResize_keepsTheMatch() {
        PyDict d = dict();
        TestKey k = own(TestKey.of(ts, 1, 1));
        d.setItem(ts, k, str("v"));
        TestKey m = own(TestKey.of(ts, 2, 1));
        TestKey other = own(TestKey.of(ts, 3, 1));
        int[] calls = {0};
        k.hook = (t, self, o) -> {
            if (o != m) {
                return false;
            }
            if (++calls[0] == 1) {
                d.setItem(t, other, num(5));
            }
            return true;
        };
        assertThat(repr(d.get(ts, m))).isEqualTo("'v'");
        assertThat(d.size()).isEqualTo(2);
        assertThat(calls[0]).isEqualTo(1);
        k.hook = null;
    }

    /** [D4] An {@code __eq__} that grows the dict (a resize) and returns True: the lookup restarts in the new table. */
    @Test
    void equalityThatResizes_restarts() {
        PyDict d = dict();
        TestKey k = own(TestKey.of(ts, 1, 1));
        d.setItem(ts, k, str("v"));
        TestKey m = own(TestKey.of(ts, 2, 1));
        int[] calls = {0};
        int[] next = {0};
        k.hook = (t, self, o) -> {
            if (o != m) {
                return false;
            }
            if (++calls[0] == 1) {
                for (int i = 0, n = d.tableVolatile().usable() - d.size() + 1; i < n; i++) { // one more than fits
                    d.setItem(t, PyInt.of(t, next[0]++), PyNone.NONE); // small ints: immortal
                }
            }
            return true;
        };
        Table before = d.tableVolatile();
        assertThat(repr(d.get(ts, m))).isEqualTo("'v'");
        assertThat(d.tableVolatile()).isNotSameAs(before);
        assertThat(calls[0]).isEqualTo(2); // once before the resize (discarded), once after it
        int size = d.size();
        // the same in a writer: delItem after a resizing comparison deletes the right entry
        calls[0] = 0;
        d.delItem(ts, m);
        assertThat(calls[0]).isEqualTo(2);
        assertThat(d.contains(ts, k)).isFalse();
        assertThat(d.size()).isGreaterThan(size);
        k.hook = null;
    }

    /** An {@code __eq__} that deletes the very key it runs on: the lookup keeps that key alive until it is done. */
    @Test
    void equalityThatDeletesTheComparedKey_keepsItAliveUntilDone() {
        PyDict d = dict();
        TestKey k = TestKey.of(ts, 1, 1);
        d.setItem(ts, k, num(1));
        RefCount.decref(ts, k); // only the dict holds it now
        TestKey m = own(TestKey.of(ts, 2, 1));
        k.hook = (t, self, o) -> {
            if (o == m) {
                d.delItem(t, self);
                assertThat(RefCount.isFreed(self)).isFalse(); // pinned by the lookup
            }
            return true;
        };
        assertThat(d.get(ts, m)).isSameAs(PyNone.NONE);
        assertThat(RefCount.isFreed(k)).isTrue();
    }

    // ---- growth, shrinking, reuse

    @Test
    void growthAndShrink_keepOrderAndFindEveryKey() {
        PyDict d = dict();
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            PyStr k = PyStr.of(ts, "k" + i);
            d.setItem(ts, k, PyInt.small(i % 100));
            RefCount.decref(ts, k);
        }
        DictChecks.checkInvariants(ts, d);
        int grown = d.tableVolatile().size();
        for (int i = 0; i < n; i++) {
            if (i % 50 != 0) {
                d.delItem(ts, str("k" + i));
            }
        }
        DictChecks.checkInvariants(ts, d);
        assertThat(d.size()).isEqualTo(n / 50);
        assertThat(d.tableVolatile().size()).isLessThan(grown / 8);
        PyDictIterator it = own(d.iter(ts));
        for (int i = 0; i < n; i += 50) {
            assertThat(repr(it.next(ts))).isEqualTo("'k" + i + "'");
        }
        assertThat(it.next(ts)).isNull();
    }

    /** Insert/delete cycles with a bounded live set reuse space: the table does not grow without bound. */
    @Test
    void insertDeleteCycles_keepTheTableBounded() {
        PyDict d = dict();
        for (int i = 0; i < 100_000; i++) {
            PyInt k = PyInt.of(ts, 1000 + i);
            d.setItem(ts, k, k);
            RefCount.decref(ts, k);
            if (i >= 10) {
                d.delItem(ts, num(1000 + i - 10));
            }
        }
        assertThat(d.size()).isEqualTo(10);
        assertThat(d.tableVolatile().size()).isLessThanOrEqualTo(64);
    }

    /**
     * {@code {}[{}] = 1} raises {@code TypeError: unhashable type: 'dict'}; {@code {1: {2: 3}} == {1: {2: 3}}} is True
     * and {@code {1: {2: 3}} == {1: {2: 4}}} False.
     */
    @Test
    void dicts_areUnhashable_andCompareByItemsAsValues() {
        PyDict d = dict();
        PyDict inner = dictOf(2, 3);
        assertThatThrownBy(() -> d.setItem(ts, inner, num(1))).isInstanceOfSatisfying(PyException.class,
                e -> assertThat(e.pyType()).isEqualTo("TypeError")).hasMessage("unhashable type: 'dict'");
        PyDict a = dict();
        a.setItem(ts, num(1), inner);
        PyDict b = dict();
        b.setItem(ts, num(1), dictOf(2, 3));
        assertThat(a.pyEquals(ts, b)).isTrue();
        PyDict c = dict();
        c.setItem(ts, num(1), dictOf(2, 4));
        assertThat(a.pyEquals(ts, c)).isFalse();
        assertThat(a.pyEquals(ts, num(1))).isFalse();
    }

    @Test
    void nullArguments_areRejectedWithAClearMessage() {
        PyDict d = dict();
        assertThatThrownBy(() -> d.setItem(ts, null, num(1))).isInstanceOf(NullPointerException.class)
                .hasMessage("dict key is null");
        assertThatThrownBy(() -> d.setItem(ts, num(1), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("dict value is null");
        assertThat(d.size()).isZero();
    }

    /**
     * Issue 11, defect 5: self-recursive dicts compared with a StackOverflowError and left both mutexes locked, so
     * the thread could never exit. python (3.11 and 3.13, list/src/test/python/recursion_cases.py):
     * {@code d1 = {}; d1[0] = d1; d2 = {}; d2[0] = d2; d1 == d2} raises
     * {@code RecursionError: maximum recursion depth exceeded in comparison}; {@code d = {}; d[0] = [d]; repr(d)} is
     * <code>{0: [{...}]}</code>.
     */
    @Test
    void selfRecursiveDicts_compareWithRecursionError_andReleaseBothMutexes() {
        PyDict d1 = dict();
        PyDict d2 = dict();
        d1.setItem(ts, PyInt.small(0), d1);
        d2.setItem(ts, PyInt.small(0), d2);
        assertThatThrownBy(() -> d1.pyEquals(ts, d2)).isInstanceOfSatisfying(PyException.class, e -> {
            assertThat(e.pyType()).isEqualTo("RecursionError");
            assertThat(e.getMessage()).isEqualTo("maximum recursion depth exceeded in comparison");
        });
        assertThat(dev.freethread.objects.PyMutex.isLocked(d1) || dev.freethread.objects.PyMutex.isLocked(d2)).isFalse();
        assertThat(ts.recursionDepth()).isZero();
        assertThat(d1.repr(ts)).isEqualTo("{0: {...}}");
        d1.clear(ts); // break the cycles (the collector is not this module's)
        d2.clear(ts);
    }

    /**
     * A binding object whose repr prints a container through a new {@code Repr} (Python's UserDict:
     * {@code repr(self.data)}), placed in that container: the nested Repr must see the outer one's containers, or the
     * repr recursed until RecursionError. python 3.13: {@code d = UserDict(); d[1] = d; repr(d)} is
     * <code>{1: {...}}</code>.
     */
    @Test
    void reprThroughABindingsOwnRepr_findsTheRecursion() {
        PyDict d = dict();
        PyObject w = own(new ReprCallsBack(ts, d));
        d.setItem(ts, PyInt.small(0), w);
        assertThat(d.repr(ts)).isEqualTo("{0: W{...}}");
        assertThat(ts.recursionDepth()).isZero();
        assertThat(dev.freethread.objects.Repr.of(ts, d)).isEqualTo("{0: W{...}}"); // nothing left in progress
        d.clear(ts);
    }

    /** Prints "W" and then the dict it refers to (uncounted: the test holds the dict), through a new Repr. */
    private static final class ReprCallsBack extends PyObject {
        static final dev.freethread.objects.PyType TYPE = dev.freethread.objects.PyType.staticType("ReprCallsBack", 0);
        private final PyDict target;

        ReprCallsBack(ThreadState ts, PyDict target) {
            super(TYPE, ts);
            this.target = target;
        }

        @Override
        public String repr(ThreadState ts) {
            return "W" + dev.freethread.objects.Repr.of(ts, target);
        }
    }

    @Test
    void reprThroughAList_findsTheRecursion() {
        PyDict d = dict();
        PyObject l = own(dev.freethread.refcount.Tuples.of(ts, d)); // a tuple stands in for the list here
        d.setItem(ts, PyInt.small(0), l);
        assertThat(d.repr(ts)).isEqualTo("{0: ({...},)}");
        assertThat(d.repr()).isEqualTo("{0: ({...},)}");
        d.clear(ts);
    }

    // ---- setItemLockHeld: a store inside the caller's own section on the dict

    @Test
    void setItemLockHeld_insideTheDictsSection_storesAsSetItem() {
        PyDict d = dictOf("a", 1);
        try (CriticalSection cs = CriticalSection.of(ts, d)) {
            d.setItemLockHeld(ts, str("a"), num(2)); // replaces: the first key stays
            d.setItemLockHeld(ts, str("b"), num(3)); // inserts
        }
        assertThat(d.size()).isEqualTo(2);
        assertThat(repr(d.getItem(ts, str("a")))).isEqualTo("2");
        assertThat(repr(d.getItem(ts, str("b")))).isEqualTo("3");
    }

    @Test
    void setItemLockHeld_withoutTheSection_isRefusedAndLeavesTheDictUnchanged() {
        PyDict d = dictOf("a", 1);
        PyDict other = dict();
        assertThatThrownBy(() -> d.setItemLockHeld(ts, str("b"), num(2)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not hold this dict");
        try (CriticalSection cs = CriticalSection.of(ts, other)) { // a section on another dict does not do
            assertThatThrownBy(() -> d.setItemLockHeld(ts, str("b"), num(2)))
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(d.size()).isEqualTo(1);
        assertThat(d.contains(ts, str("b"))).isFalse();
    }
}
