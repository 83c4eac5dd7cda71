// SPDX-License-Identifier: Apache-2.0
package dev.freethread.dict;

import dev.freethread.objects.Compare;
import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyException;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNotImplemented;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.refcount.Tuples;
import dev.freethread.testkit.LeakChecked;
import dev.freethread.testkit.OwnedReferences;
import dev.freethread.testkit.TestFloat;
import dev.freethread.testkit.UserClass;
import dev.freethread.testkit.UserObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dict under Python's comparison protocol (issue 12): lookups go through {@link Compare} (stored key on the left,
 * a proper subtype's reflection first), so a binding's float finds an int key and the other way round, whatever Java
 * classes implement them. Expected values from {@code list/src/test/python/comparison_cases.py} (3.11 and 3.13 agree).
 */
@LeakChecked
class PyDictComparisonTest {
    private ThreadState ts;
    private final OwnedReferences owned = new OwnedReferences();

    @BeforeEach
    void setUp(ThreadState ts) {
        this.ts = ts;
    }

    @AfterEach
    void release() {
        owned.releaseAll(ts);
    }

    private <T extends PyObject> T own(T o) {
        return owned.own(o);
    }

    private PyObject f(double v) {
        return own(TestFloat.of(ts, v));
    }

    private PyStr s(String v) {
        return own(PyStr.of(ts, v));
    }

    private String get(PyDict d, PyObject key) {
        PyObject v = d.getItem(ts, key);
        try {
            return v.repr();
        } finally {
            RefCount.decref(ts, v);
        }
    }

    @Test
    void numericKeysAcrossTypes() {
        // python: {1: 'a'}[1.0] -> 'a'; {1.0: 'a'}[True] -> 'a'
        PyDict d = own(PyDict.create(ts));
        d.setItem(ts, PyInt.small(1), s("a"));
        assertThat(get(d, f(1.0))).isEqualTo("'a'");
        PyDict e = own(PyDict.create(ts));
        e.setItem(ts, f(1.0), s("a"));
        assertThat(get(e, PyBool.TRUE)).isEqualTo("'a'");
        // python: {1: 'a', True: 'b', 1.0: 'c'} -> {1: 'c'}; {1.0: 'a', 1: 'b'} -> {1.0: 'b'}
        PyDict g = own(PyDict.create(ts));
        g.setItem(ts, PyInt.small(1), s("a"));
        g.setItem(ts, PyBool.TRUE, s("b"));
        g.setItem(ts, f(1.0), s("c"));
        assertThat(g.repr()).isEqualTo("{1: 'c'}");
        PyDict h = own(PyDict.create(ts));
        h.setItem(ts, f(1.0), s("a"));
        h.setItem(ts, PyInt.small(1), s("b"));
        assertThat(h.repr()).isEqualTo("{1.0: 'b'}");
    }

    @Test
    void tupleKeysCompareTheirItemsThroughTheProtocol() {
        // python: {(1, 2): 'x'}[(1.0, 2.0)] -> 'x'
        PyDict d = own(PyDict.create(ts));
        d.setItem(ts, own(Tuples.of(ts, PyInt.small(1), PyInt.small(2))), s("x"));
        assertThat(get(d, own(Tuples.of(ts, f(1.0), f(2.0))))).isEqualTo("'x'");
    }

    @Test
    void dictEquality_valuesThroughTheProtocol_orderingsUnsupported() {
        UserObject alwaysEq = own(UserClass.named("AlwaysEq").eq((t, self, o) -> PyBool.TRUE).build().create(ts));
        // python: {1: ALWAYS_EQ} == {1: 2} -> True
        PyDict a = own(PyDict.create(ts));
        a.setItem(ts, PyInt.small(1), alwaysEq);
        PyDict b = own(PyDict.create(ts));
        b.setItem(ts, PyInt.small(1), PyInt.small(2));
        assertThat(Compare.richCompareBool(ts, a, b, CompareOp.EQ)).isTrue();
        assertThat(Compare.richCompareBool(ts, a, b, CompareOp.NE)).isFalse();
        // python: {} < {} -> TypeError: '<' not supported between instances of 'dict' and 'dict'
        assertThatThrownBy(() -> Compare.richCompareBool(ts, a, b, CompareOp.LT))
                .isInstanceOfSatisfying(PyException.class, e -> {
                    assertThat(e.pyType()).isEqualTo("TypeError");
                    assertThat(e.getMessage()).isEqualTo("'<' not supported between instances of 'dict' and 'dict'");
                });
        // test_richcmp.DictTest.test_dicts: keys and values that support only == and != (and hash)
        UserClass onlyEq = UserClass.named("OnlyEq")
                .eq((t, self, o) -> o instanceof UserObject ? PyBool.of(self.value.equals(((UserObject) o).value))
                        : PyNotImplemented.NOT_IMPLEMENTED)
                .hash((t, self) -> (Integer) self.value).build();
        PyDict x = own(PyDict.create(ts));
        PyDict y = own(PyDict.create(ts));
        for (int k = 0; k < 50; k++) {
            x.setItem(ts, own(onlyEq.create(ts, k)), own(onlyEq.create(ts, k * 7)));
        }
        for (int k = 49; k >= 0; k--) {
            y.setItem(ts, own(onlyEq.create(ts, k)), own(onlyEq.create(ts, k * 7)));
        }
        assertThat(Compare.richCompareBool(ts, x, y, CompareOp.EQ)).isTrue();
        y.setItem(ts, own(onlyEq.create(ts, 3)), own(onlyEq.create(ts, -1)));
        assertThat(Compare.richCompareBool(ts, x, y, CompareOp.NE)).isTrue();
    }

    /**
     * python (3.11 and 3.13): {@code class K: __hash__ -> 7; __eq__ logs 'K.__eq__', returns NotImplemented};
     * {@code class S(K): __hash__ -> 7; __eq__ logs 'S.__eq__', compares v}; {@code {K(1): 'a'}[S(1)]} is 'a' with the log
     * {@code ['S.__eq__']}; {@code {S(2): 'b'}[K(2)]} is 'b' with the log {@code ['S.__eq__']}.
     *
     * <p>A key whose type is a proper Python subtype of the stored key's is asked first (CPython's lookup is
     * {@code PyObject_RichCompare(stored, key, Py_EQ)}), and a stored key's NotImplemented moves on to the key's
     * reflection. Both classes are one Java class (UserObject): the order follows their PyTypes.
     */
    @Test
    void lookup_asksASubtypesReflectionFirst() {
        List<String> log = new ArrayList<>();
        UserClass k = UserClass.named("K").eq((t, self, o) -> {
            log.add("K.__eq__");
            return PyNotImplemented.NOT_IMPLEMENTED;
        }).hash((t, self) -> 7).build();
        UserClass sub = UserClass.named("S").base(k).eq((t, self, o) -> {
            log.add("S.__eq__");
            return PyBool.of(o instanceof UserObject && ((UserObject) o).value.equals(self.value));
        }).hash((t, self) -> 7).build(); // Python: a class defining __eq__ alone is unhashable
        PyDict d = own(PyDict.create(ts));
        d.setItem(ts, own(k.create(ts, 1)), s("a"));
        assertThat(get(d, own(sub.create(ts, 1)))).isEqualTo("'a'");
        assertThat(log).containsExactly("S.__eq__");
        log.clear();
        // the other way round: stored S, looked-up K: S's __eq__ is asked as the stored (left) key
        PyDict e = own(PyDict.create(ts));
        e.setItem(ts, own(sub.create(ts, 2)), s("b"));
        assertThat(get(e, own(k.create(ts, 2)))).isEqualTo("'b'");
        assertThat(log).containsExactly("S.__eq__");
    }

    /** A key class that defines __eq__ but not __hash__ is unhashable, as in Python. */
    @Test
    void eqWithoutHash_isUnhashable() {
        UserClass noHash = UserClass.named("NoHash").eq((t, self, o) -> PyBool.TRUE).build();
        PyDict d = own(PyDict.create(ts));
        assertThatThrownBy(() -> d.setItem(ts, own(noHash.create(ts)), s("x")))
                .isInstanceOfSatisfying(PyException.class, e -> {
                    assertThat(e.pyType()).isEqualTo("TypeError");
                    assertThat(e.getMessage()).isEqualTo("unhashable type: 'NoHash'");
                });
    }

    /** A binding's {@code class D(dict)}: a PyDict subclass whose type is a Python subtype of dict. */
    @Test
    void aBindingsDictSubclass() {
        dev.freethread.objects.PyType dType = dev.freethread.objects.PyType.staticType("D", 0, PyDict.TYPE);
        final class D extends PyDict {
            D(ThreadState t) {
                super(dType, t);
            }
        }
        D sub = own(new D(ts));
        sub.setItem(ts, PyInt.small(1), s("a"));
        PyDict plain = own(PyDict.create(ts));
        plain.setItem(ts, f(1.0), s("a"));
        assertThat(Compare.richCompareBool(ts, plain, sub, CompareOp.EQ)).isTrue();
        assertThat(sub.type().isSubtypeOf(PyDict.TYPE)).isTrue();
        assertThat(get(sub, f(1.0))).isEqualTo("'a'");
    }

    /** fromKeys and update take Python iterators (new references, CPython's convention); Java conveniences on top. */
    @Test
    void fromKeysAndUpdate_takePythonIterators() {
        List<PyObject> keys = List.of(PyInt.small(1), f(2.0), s("x"));
        PyDict d = own(PyDict.fromKeys(ts, RefCount.iterate(keys), null));
        assertThat(d.repr()).isEqualTo("{1: None, 2.0: None, 'x': None}");
        PyDict e = own(PyDict.fromKeys(ts, keys, PyInt.small(0)));
        assertThat(e.repr()).isEqualTo("{1: 0, 2.0: 0, 'x': 0}");
        e.update(ts, List.of(own(Tuples.of(ts, f(1.0), s("one")))));
        assertThat(e.repr()).isEqualTo("{1: 'one', 2.0: 0, 'x': 0}");
        // an iterator yielding new references, as a binding's would: each taken over and released by update
        PyObject[] fresh = {Tuples.of(ts, PyInt.small(3), PyInt.small(4))};
        int[] at = {0};
        e.update(ts, t -> at[0] < fresh.length ? fresh[at[0]++] : null);
        assertThat(e.repr()).isEqualTo("{1: 'one', 2.0: 0, 'x': 0, 3: 4}");
        // python: dict.fromkeys(iterator that raises) -> the error; keys taken so far are released
        assertThatThrownBy(() -> PyDict.fromKeys(ts, t -> {
            throw new PyException("ValueError", "boom");
        }, null)).hasMessage("boom");
    }
}
