// SPDX-License-Identifier: Apache-2.0
package dev.freethread.list;

import dev.freethread.objects.Compare;
import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyException;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyNotImplemented;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
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

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Python's comparison protocol through lists and tuples (issue 12): NotImplemented, reflected operations, Python
 * subtypes, a binding's float mixing with the built-in int. Every expected value is the output of
 * {@code list/src/test/python/comparison_cases.py} (identical in 3.11 and 3.13), quoted as {@code # python:}; the ports
 * of CPython's own tests name the test they follow ({@code Lib/test/seq_tests.py}, {@code list_tests.py},
 * {@code test_richcmp.py}, {@code test_list.py}, {@code test_sort.py}); their code is not copied, their cases are.
 */
@LeakChecked
class ComparisonProtocolTest {
    private ThreadState ts;
    private final OwnedReferences owned = new OwnedReferences();

    /** {@code test.support.ALWAYS_EQ}: {@code __eq__} always True, {@code __ne__} always False. */
    private UserObject alwaysEq;
    /** {@code test.support.NEVER_EQ}: {@code __eq__} always False, {@code __ne__} always True. */
    private UserObject neverEq;

    static final class BadExc extends PyException {
        private static final long serialVersionUID = 1L;

        BadExc() {
            super("BadExc", "");
        }
    }

    @BeforeEach
    void setUp(ThreadState ts) {
        this.ts = ts;
        alwaysEq = own(UserClass.named("AlwaysEq").eq((t, s, o) -> PyBool.TRUE).ne((t, s, o) -> PyBool.FALSE)
                .build().create(ts));
        neverEq = own(UserClass.named("NeverEq").eq((t, s, o) -> PyBool.FALSE).ne((t, s, o) -> PyBool.TRUE)
                .hash((t, s) -> 1).build().create(ts));
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

    private PyList list(PyObject... items) {
        return own(PyList.of(ts, items));
    }

    private PyTuple tuple(PyObject... items) {
        return own(Tuples.of(ts, items));
    }

    private static PyInt i(long v) {
        return PyInt.small(v);
    }

    private boolean cmp(PyObject a, PyObject b, CompareOp op) {
        return Compare.richCompareBool(ts, a, b, op);
    }

    // ---- the cases of the issue

    @Test
    void mixedIntAndFloat_inListSearches() {
        // python: 1.0 in [1] -> True; [1].index(1.0) -> 0; [1].count(1.0) -> 1; [1].remove(1.0) -> []
        PyList one = list(i(1));
        assertThat(one.contains(ts, f(1.0))).isTrue();
        assertThat(one.index(ts, f(1.0))).isZero();
        assertThat(one.count(ts, f(1.0))).isEqualTo(1);
        one.remove(ts, f(1.0));
        assertThat(one.size()).isZero();
    }

    @Test
    void mixedIntAndFloat_inListAndTupleEquality() {
        // python: [1] == [1.0] -> True; (1,) == (1.0,) -> True; [2 ** 53 + 1] == [2.0 ** 53] -> False
        assertThat(cmp(list(i(1)), list(f(1.0)), CompareOp.EQ)).isTrue();
        assertThat(cmp(tuple(i(1)), tuple(f(1.0)), CompareOp.EQ)).isTrue();
        PyInt big = own(PyInt.of(ts, (1L << 53) + 1));
        assertThat(cmp(list(big), list(f(Math.pow(2, 53))), CompareOp.EQ)).isFalse();
        // python: (1,) <= (1.0,) -> True; (1, 2) < (1.0, 2.5) -> True; [1.5] > [1] -> True
        assertThat(cmp(tuple(i(1)), tuple(f(1.0)), CompareOp.LE)).isTrue();
        assertThat(cmp(tuple(i(1), i(2)), tuple(f(1.0), f(2.5)), CompareOp.LT)).isTrue();
        assertThat(cmp(list(f(1.5)), list(i(1)), CompareOp.GT)).isTrue();
    }

    @Test
    void mixedIntAndFloat_inOrderingAndSort() {
        // python: [1] < [1.5] -> True
        assertThat(cmp(list(i(1)), list(f(1.5)), CompareOp.LT)).isTrue();
        // python: sorted([1.1, 1]) -> [1, 1.1]
        PyList a = list(f(1.1), i(1));
        a.sort(ts, null, false);
        assertThat(a.repr()).isEqualTo("[1, 1.1]");
        // python: sorted([1.1, 1 << 70]) -> [1.1, 1180591620717411303424]
        PyList b = list(own(PyInt.of(ts, BigInteger.ONE.shiftLeft(70))), f(1.1));
        b.sort(ts, null, false);
        assertThat(b.repr()).isEqualTo("[1.1, 1180591620717411303424]");
        // python: sorted([True, 0.5, 0, -1.5, 2]) -> [-1.5, 0, 0.5, True, 2]
        PyList c = list(PyBool.TRUE, f(0.5), i(0), f(-1.5), i(2));
        c.sort(ts, null, false);
        assertThat(c.repr()).isEqualTo("[-1.5, 0, 0.5, True, 2]");
    }

    @Test
    void alwaysEq_isFoundEverywhere_seqTestsContainsFakeAndCount() {
        // python: ([0, 1, 2] * 3).count(ALWAYS_EQ) -> 9; ALWAYS_EQ in [1] -> True
        PyList nine = list(i(0), i(1), i(2), i(0), i(1), i(2), i(0), i(1), i(2));
        assertThat(nine.count(ts, alwaysEq)).isEqualTo(9);
        assertThat(list(i(1)).contains(ts, alwaysEq)).isTrue();
        // seq_tests.test_contains_fake: not in [], in [1]
        assertThat(list().contains(ts, alwaysEq)).isFalse();
        // python: [1] == [ALWAYS_EQ] -> True; (1, 2) == (ALWAYS_EQ, ALWAYS_EQ) -> True; [ALWAYS_EQ] == [1, 2] -> False
        assertThat(cmp(list(i(1)), list(alwaysEq), CompareOp.EQ)).isTrue();
        assertThat(cmp(tuple(i(1), i(2)), tuple(alwaysEq, alwaysEq), CompareOp.EQ)).isTrue();
        assertThat(cmp(list(alwaysEq), list(i(1), i(2)), CompareOp.EQ)).isFalse();
    }

    @Test
    void neverEq_isFoundOnlyByIdentity() {
        // python: NEVER_EQ in [NEVER_EQ] -> True; [NEVER_EQ] == [NEVER_EQ] -> True; [NEVER_EQ].count(NEVER_EQ) -> 1;
        //         NEVER_EQ == NEVER_EQ -> False (the operator itself has no identity shortcut)
        assertThat(list(neverEq).contains(ts, neverEq)).isTrue();
        assertThat(cmp(list(neverEq), list(neverEq), CompareOp.EQ)).isTrue();
        assertThat(list(neverEq).count(ts, neverEq)).isEqualTo(1);
        PyObject r = own(Compare.richCompare(ts, neverEq, neverEq, CompareOp.EQ));
        assertThat(r).isSameAs(PyBool.FALSE);
    }

    @Test
    void nan_isFoundByIdentity_butUnequalToAnotherNan() {
        // python: n = float('nan'); n in [n] -> True; [n] == [n] -> True; (n,) == (n,) -> True;
        //         float('nan') in [float('nan')] -> False
        PyObject n = f(Double.NaN);
        assertThat(list(n).contains(ts, n)).isTrue();
        assertThat(cmp(list(n), list(n), CompareOp.EQ)).isTrue();
        assertThat(cmp(tuple(n), tuple(n), CompareOp.EQ)).isTrue();
        assertThat(list(f(Double.NaN)).contains(ts, f(Double.NaN))).isFalse();
    }

    /** seq_tests.test_count / test_index, list_tests.test_remove: BadCmp's exception propagates. */
    @Test
    void aRaisingEq_propagates_fromCountIndexRemove() {
        // python: [0,1,2,3].remove(BadCmp()) / .index / .count -> BadExc
        UserObject badCmp = own(UserClass.named("BadCmp").eq((t, self, other) -> {
            if (Compare.richCompareBool(t, other, i(2), CompareOp.EQ)) {
                throw new BadExc();
            }
            return PyBool.FALSE;
        }).build().create(ts));
        PyList a = list(i(0), i(1), i(2), i(3));
        assertThatThrownBy(() -> a.remove(ts, badCmp)).isInstanceOf(BadExc.class);
        assertThatThrownBy(() -> a.index(ts, badCmp)).isInstanceOf(BadExc.class);
        assertThatThrownBy(() -> a.count(ts, badCmp)).isInstanceOf(BadExc.class);
        assertThat(a.size()).isEqualTo(4);
        // list_tests.test_remove, "Handle comparison errors": d = ['a', 'b', BadCmp2(), 'c']; d.remove('c') raises,
        // and the original order and values are retained
        UserObject badCmp2 = own(UserClass.named("BadCmp2").eq((t, self, other) -> {
            throw new BadExc();
        }).build().create(ts));
        PyStr sa = own(PyStr.of(ts, "a"));
        PyStr sb = own(PyStr.of(ts, "b"));
        PyStr sc = own(PyStr.of(ts, "c"));
        PyList d = list(sa, sb, badCmp2, sc);
        assertThatThrownBy(() -> d.remove(ts, own(PyStr.of(ts, "c")))).isInstanceOf(BadExc.class);
        assertThat(d.size()).isEqualTo(4);
        PyObject[] expected = {sa, sb, badCmp2, sc};
        for (int k = 0; k < 4; k++) {
            PyObject x = d.getItem(ts, k);
            assertThat(x).isSameAs(expected[k]);
            RefCount.decref(ts, x);
        }
    }

    /** seq_tests.test_contains_order: comparisons run in order, and stop at the first that answers. */
    @Test
    void containsTestsInOrder() {
        UserObject stop = own(UserClass.named("StopCompares").eq((t, s, o) -> {
            throw new BadExc();
        }).build().create(ts));
        assertThat(list(i(1), stop).contains(ts, i(1))).isTrue();
        assertThatThrownBy(() -> list(stop, i(1)).contains(ts, i(1))).isInstanceOf(BadExc.class);
    }

    /** list_tests.test_index: an __eq__ that empties the list while index runs: ValueError, no crash. */
    @Test
    void indexWhileAnEqEmptiesTheList() {
        PyList a = list();
        UserClass evil = UserClass.named("EvilCmp").eq((t, self, other) -> {
            a.clear(t);
            return PyBool.FALSE;
        }).build();
        for (int k = 0; k < 100; k++) {
            UserObject e = evil.create(ts);
            a.append(ts, e);
            RefCount.decref(ts, e);
        }
        assertThatThrownBy(() -> a.index(ts, PyNone.NONE)).isInstanceOfSatisfying(PyException.class,
                e -> assertThat(e.pyType()).isEqualTo("ValueError"));
        assertThat(a.size()).isZero();
    }

    /**
     * test_list.test_equal_operator_modifying_operand: X.__eq__ clears list2 and Y.__eq__ clears list1, both returning
     * NotImplemented; {@code list1 == list2} re-checks both sizes after the loop and is True; with Z clearing list3,
     * {@code list3 == [1]} is False.
     */
    @Test
    void anEqThatEmptiesBothLists_makesThemEqual() {
        PyList[] lists = new PyList[3];
        UserClass x = UserClass.named("X").eq((t, s, o) -> {
            lists[1].clear(t);
            return PyNotImplemented.NOT_IMPLEMENTED;
        }).build();
        UserClass y = UserClass.named("Y").eq((t, s, o) -> {
            lists[0].clear(t);
            return PyNotImplemented.NOT_IMPLEMENTED;
        }).build();
        UserClass z = UserClass.named("Z").eq((t, s, o) -> {
            lists[2].clear(t);
            return PyNotImplemented.NOT_IMPLEMENTED;
        }).build();
        lists[0] = list(own(x.create(ts)));
        lists[1] = list(own(y.create(ts)));
        assertThat(cmp(lists[0], lists[1], CompareOp.EQ)).isTrue();
        lists[2] = list(own(z.create(ts)));
        assertThat(cmp(lists[2], list(i(1)), CompareOp.EQ)).isFalse();
    }

    /**
     * test_sort.test_key_with_mutating_del: the keys' {@code __del__} rewrites the list; the keys are released while
     * the list still looks empty, so that is a modification during the sort: ValueError, and the list keeps its ten
     * sorted items.
     */
    @Test
    void keysReleasedWhileTheListLooksEmpty_aKeyDelThatWritesIsAModification() {
        PyList data = own(PyList.create(ts));
        for (int k = 0; k < 10; k++) {
            data.append(ts, i(k));
        }
        KeyFunction key = (t, v) -> new KillerKey(t, data);
        assertThatThrownBy(() -> data.sort(ts, key, false)).isInstanceOfSatisfying(PyException.class, e -> {
            assertThat(e.pyType()).isEqualTo("ValueError");
            assertThat(e.getMessage()).isEqualTo("list modified during sort");
        });
        assertThat(data.size()).isEqualTo(10);
    }

    /** A key whose finalizer ({@code __del__}) empties the list and fills it with 20 items. */
    static final class KillerKey extends PyObject {
        static final dev.freethread.objects.PyType TYPE = dev.freethread.objects.PyType.staticType("SortKillerKey",
                dev.freethread.objects.PyType.FLAG_HAS_FINALIZER);
        private final PyList data;

        KillerKey(ThreadState ts, PyList data) {
            super(TYPE, ts);
            this.data = data;
        }

        @Override
        public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
            if (op != CompareOp.LT || !(other instanceof KillerKey)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return PyBool.of(System.identityHashCode(this) < System.identityHashCode(other));
        }

        @Override
        public void finalizeObject(ThreadState ts) {
            data.delSlice(ts, Slice.ALL);
            for (int k = 0; k < 20; k++) {
                data.append(ts, PyInt.small(k));
            }
        }
    }

    // ---- dispatch order (CPython's do_richcompare), by Python type

    /**
     * The reflected method of a proper Python subtype is asked first; then the left operand's; then the right's
     * reflection (unless asked already); then identity. Both classes are the same Java class (UserObject): the order
     * follows their PyTypes.
     */
    @Test
    void dispatchOrder_followsPythonSubtypes_notJavaClasses() {
        List<String> log = new ArrayList<>();
        UserClass a = UserClass.named("A").eq((t, s, o) -> {
            log.add("A.__eq__");
            return PyNotImplemented.NOT_IMPLEMENTED;
        }).build();
        UserClass b = UserClass.named("B").base(a).eq((t, s, o) -> {
            log.add("B.__eq__");
            return PyNotImplemented.NOT_IMPLEMENTED;
        }).build();
        UserClass c = UserClass.named("C").eq((t, s, o) -> {
            log.add("C.__eq__");
            return PyNotImplemented.NOT_IMPLEMENTED;
        }).build();
        UserObject ao = own(a.create(ts));
        UserObject bo = own(b.create(ts));
        UserObject co = own(c.create(ts));
        // python: A() == B() with both returning NotImplemented logs B.__eq__ then A.__eq__, and is False
        assertThat(cmp(ao, bo, CompareOp.EQ)).isFalse();
        assertThat(log).containsExactly("B.__eq__", "A.__eq__");
        log.clear();
        // A() == C() (unrelated): A's first, then C's reflected
        assertThat(cmp(ao, co, CompareOp.EQ)).isFalse();
        assertThat(log).containsExactly("A.__eq__", "C.__eq__");
        log.clear();
        // B() == A(): B is not a proper subtype's reflection target here; B first, then A's reflected
        assertThat(cmp(bo, ao, CompareOp.EQ)).isFalse();
        assertThat(log).containsExactly("B.__eq__", "A.__eq__");
        assertThat(b.type().isSubtypeOf(a.type())).isTrue();
        assertThat(a.type().isSubtypeOf(b.type())).isFalse();
    }

    /** The reflected operator is the swapped one: {@code x < y} asks {@code y.__gt__(x)}. */
    @Test
    void orderingsReflectToTheSwappedOperator() {
        List<String> log = new ArrayList<>();
        UserClass g = UserClass.named("G").compare(CompareOp.GT, (t, s, o) -> {
            log.add("G.__gt__");
            return PyBool.TRUE;
        }).build();
        assertThat(cmp(i(1), own(g.create(ts)), CompareOp.LT)).isTrue(); // 1 < G(): int says NotImplemented
        assertThat(log).containsExactly("G.__gt__");
    }

    // ---- test_richcmp

    /** test_richcmp.MiscTest.test_exception_message: CPython's TypeError messages for orderings nobody implements. */
    @Test
    void unsupportedOrderings_raiseCPythonsMessages() {
        assertUnsupported(i(42), PyNone.NONE, CompareOp.LT, "'<' not supported between instances of 'int' and 'NoneType'");
        assertUnsupported(PyNone.NONE, i(42), CompareOp.LT, "'<' not supported between instances of 'NoneType' and 'int'");
        assertUnsupported(own(PyStr.of(ts, "foo")), own(PyInt.of(ts, 666)), CompareOp.GE,
                "'>=' not supported between instances of 'str' and 'int'");
        assertUnsupported(i(42), list(), CompareOp.LT, "'<' not supported between instances of 'int' and 'list'");
        assertUnsupported(PyTuple.EMPTY, list(), CompareOp.GT, "'>' not supported between instances of 'tuple' and 'list'");
        assertUnsupported(PyNone.NONE, PyNone.NONE, CompareOp.GE,
                "'>=' not supported between instances of 'NoneType' and 'NoneType'");
        UserClass spam = UserClass.named("Spam").build();
        assertUnsupported(own(spam.create(ts)), own(spam.create(ts)), CompareOp.LE,
                "'<=' not supported between instances of 'Spam' and 'Spam'");
        // python: [1] < ['a'] -> TypeError: '<' not supported between instances of 'int' and 'str'
        assertUnsupported(list(i(1)), list(own(PyStr.of(ts, "a"))), CompareOp.LT,
                "'<' not supported between instances of 'int' and 'str'");
        // == and != never raise for lack of an implementation: [] == () -> False
        assertThat(cmp(list(), PyTuple.EMPTY, CompareOp.EQ)).isFalse();
        assertThat(cmp(list(), PyTuple.EMPTY, CompareOp.NE)).isTrue();
    }

    private void assertUnsupported(PyObject a, PyObject b, CompareOp op, String message) {
        assertThatThrownBy(() -> cmp(a, b, op)).isInstanceOfSatisfying(PyException.class, e -> {
            assertThat(e.pyType()).isEqualTo("TypeError");
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    /** test_richcmp.ListTest.test_coverage: every operator on [42] and [42, 42]. */
    @Test
    void listCoverage() {
        PyList x = list(i(42));
        PyList y = list(i(42), i(42));
        boolean[] xx = {false, true, true, false, false, true};
        boolean[] xy = {true, true, false, true, false, false};
        for (CompareOp op : CompareOp.values()) {
            assertThat(cmp(x, x, op)).as("x %s x", op.symbol()).isEqualTo(xx[op.ordinal()]);
            assertThat(cmp(x, y, op)).as("x %s y", op.symbol()).isEqualTo(xy[op.ordinal()]);
        }
    }

    /** test_richcmp.ListTest.test_badentry: an item's raising __eq__ propagates out of list ==. */
    @Test
    void listBadEntry_propagates() {
        UserClass bad = UserClass.named("Bad").eq((t, s, o) -> {
            throw new BadExc();
        }).build();
        PyList x = list(own(bad.create(ts)));
        PyList y = list(own(bad.create(ts)));
        assertThatThrownBy(() -> cmp(x, y, CompareOp.EQ)).isInstanceOf(BadExc.class);
    }

    /** test_richcmp.ListTest.test_goodentry: the final comparison uses the proper operator ({@code __lt__}). */
    @Test
    void listGoodEntry_usesTheProperOperatorForTheDecidingPair() {
        UserClass good = UserClass.named("Good").lt((t, s, o) -> PyBool.TRUE).build();
        assertThat(cmp(list(own(good.create(ts))), list(own(good.create(ts))), CompareOp.LT)).isTrue();
    }

    /**
     * test_richcmp.MiscTest.test_misbehavin: comparisons may return non-bools ({@code 0}); the rich comparison returns
     * that object, and the boolean form asks its truth. test_not: a raising __bool__ propagates.
     */
    @Test
    void resultsAreObjects_theirTruthDecides() {
        UserClass misb = UserClass.named("Misb").lt((t, s, o) -> i(0)).eq((t, s, o) -> i(0))
                .compare(CompareOp.GT, (t, s, o) -> i(0)).build();
        UserObject a = own(misb.create(ts));
        UserObject b = own(misb.create(ts));
        assertThat(own(Compare.richCompare(ts, a, b, CompareOp.LT))).isSameAs(i(0));
        assertThat(own(Compare.richCompare(ts, a, b, CompareOp.EQ))).isSameAs(i(0));
        assertThat(cmp(a, b, CompareOp.GT)).isFalse();
        UserClass badBool = UserClass.named("Bad").bool((t, s) -> {
            throw new BadExc();
        }).build();
        UserClass returnsBad = UserClass.named("R").eq((t, s, o) -> badBool.create(t)).build();
        assertThatThrownBy(() -> cmp(own(returnsBad.create(ts)), i(1), CompareOp.EQ)).isInstanceOf(BadExc.class);
    }

    /** test_richcmp.MiscTest.test_recursion (with lists): mutually recursive lists raise RecursionError. */
    @Test
    void mutuallyRecursiveLists_raiseRecursionError_butListsOfDifferentLengthsAreUnequal() {
        PyList a = own(PyList.create(ts));
        PyList b = own(PyList.create(ts));
        a.append(ts, b);
        b.append(ts, a);
        for (CompareOp op : CompareOp.values()) {
            assertThatThrownBy(() -> cmp(a, b, op)).isInstanceOfSatisfying(PyException.class,
                    e -> assertThat(e.pyType()).isEqualTo("RecursionError"));
        }
        b.append(ts, i(17));
        assertThat(cmp(a, b, CompareOp.EQ)).isFalse();
        assertThat(cmp(a, b, CompareOp.NE)).isTrue();
        a.insert(ts, 0, i(11));
        b.insert(ts, 0, i(12));
        assertThat(cmp(a, b, CompareOp.LT)).isTrue();
        a.clear(ts);
        b.clear(ts);
    }

    // ---- subclasses of the built-ins

    /** {@code class L(list)} in a binding: a PyList subclass whose type is a subtype of list; its __eq__ wins. */
    @Test
    void aBindingsListSubclass_isAPythonSubtype_andItsReflectionComesFirst() {
        dev.freethread.objects.PyType lType = dev.freethread.objects.PyType.staticType("L", 0, PyList.TYPE);
        List<String> log = new ArrayList<>();
        final class L extends PyList {
            L(ThreadState t) {
                super(lType, t);
            }

            @Override
            public PyObject richCompare(ThreadState t, PyObject other, CompareOp op) {
                log.add("L." + op.dunder());
                return super.richCompare(t, other, op);
            }
        }
        L l = own(new L(ts));
        l.append(ts, i(1));
        assertThat(lType.isGc()).as("inherits FLAG_GC from list").isTrue();
        assertThat(l.type().isSubtypeOf(PyList.TYPE)).isTrue();
        assertThat(cmp(list(i(1)), l, CompareOp.EQ)).isTrue();
        assertThat(log).containsExactly("L.__eq__"); // asked first, as a proper subtype
        assertThat(cmp(list(i(0)), l, CompareOp.LT)).isTrue();
        assertThat(log).containsExactly("L.__eq__", "L.__gt__");
        assertThatThrownBy(() -> new L2(ts)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs 'list' or a subtype of it");
    }

    /** A PyList subclass given a type that is not a subtype of list is refused. */
    static final class L2 extends PyList {
        L2(ThreadState ts) {
            super(dev.freethread.objects.PyType.staticType("NotAList", 0), ts);
        }
    }
}
