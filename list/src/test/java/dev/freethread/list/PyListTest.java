// SPDX-License-Identifier: Apache-2.0
package dev.freethread.list;

import dev.freethread.objects.Compare;
import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyException;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.testkit.LeakChecked;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.freethread.list.Val.listOf;
import static dev.freethread.list.Val.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every operation of {@link PyList} and its corner cases, each checked against CPython (the Python snippet and what
 * python3 3.11 printed are cited beside the assertion). Every test releases everything ({@link LeakChecked}).
 */
@LeakChecked
class PyListTest {

    private static void assertPyError(Runnable r, String type, String message) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(PyException.class, e -> {
            assertThat(e.pyType()).isEqualTo(type);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    @Test
    void growth_followsCPythonsOverAllocation(ThreadState ts) {
        // CPython's list_resize: capacities 0, 4, 8, 16, 24, 32, 40, 52, 64, 76 for successive appends.
        PyList l = PyList.create(ts);
        List<Integer> caps = new ArrayList<>();
        caps.add(l.capacity());
        for (int i = 0; i < 70; i++) {
            l.append(ts, PyInt.small(1));
            if (caps.get(caps.size() - 1) != l.capacity()) {
                caps.add(l.capacity());
            }
        }
        assertThat(caps).containsExactly(0, 4, 8, 16, 24, 32, 40, 52, 64, 76);
        // Shrinks once the size falls below half the capacity: 76 -> size 37 -> (37 + 4 + 6) & ~3 = 44.
        while (l.size() > 37) {
            l.pop(ts);
        }
        assertThat(l.capacity()).isEqualTo(44);
        l.checkInvariants(ts);
        RefCount.decref(ts, l);
    }

    @Test
    void getItem_negativeIndicesAndIndexError(ThreadState ts) {
        PyList l = listOf(ts, 1, 2, 3);
        PyObject last = l.getItem(ts, -1);
        assertThat(((Val) last).value).isEqualTo(3);
        RefCount.decref(ts, last);
        PyObject first = l.getItem(ts, -3);
        assertThat(((Val) first).value).isEqualTo(1);
        RefCount.decref(ts, first);
        // [1,2,3][3] -> IndexError: list index out of range; [1,2,3][-4] -> the same
        assertPyError(() -> l.getItem(ts, 3), "IndexError", "list index out of range");
        assertPyError(() -> l.getItem(ts, -4), "IndexError", "list index out of range");
        assertPyError(() -> l.getItem(ts, Long.MAX_VALUE), "IndexError", "list index out of range");
        assertPyError(() -> l.getItem(ts, Long.MIN_VALUE), "IndexError", "list index out of range");
        RefCount.decref(ts, l);
    }

    @Test
    void getItem_returnsANewReference(ThreadState ts) {
        Val v = Val.of(ts, 7);
        PyList l = PyList.of(ts, v);
        assertThat(RefCount.refCount(ts, v)).isEqualTo(2); // ours and the list's
        PyObject got = l.getItem(ts, 0);
        assertThat(got).isSameAs(v);
        assertThat(RefCount.refCount(ts, v)).isEqualTo(3);
        RefCount.decref(ts, got);
        RefCount.decref(ts, l);
        assertThat(RefCount.refCount(ts, v)).isEqualTo(1);
        RefCount.decref(ts, v);
    }

    @Test
    void setItem_andDelItem(ThreadState ts) {
        PyList l = listOf(ts, 1, 2, 3);
        Val nine = Val.of(ts, 9);
        l.setItem(ts, -1, nine);
        l.setItem(ts, 0, nine);
        assertThat(values(ts, l)).containsExactly(9, 2, 9);
        // a=[1,2,3]; a[3]=0 -> IndexError: list assignment index out of range
        assertPyError(() -> l.setItem(ts, 3, nine), "IndexError", "list assignment index out of range");
        assertPyError(() -> l.setItem(ts, -4, nine), "IndexError", "list assignment index out of range");
        assertThat(RefCount.refCount(ts, nine)).isEqualTo(3); // the failed stores kept nothing
        l.delItem(ts, 1);
        assertThat(values(ts, l)).containsExactly(9, 9);
        // del a[3] -> IndexError: list assignment index out of range
        assertPyError(() -> l.delItem(ts, 2), "IndexError", "list assignment index out of range");
        l.delItem(ts, -1);
        assertThat(values(ts, l)).containsExactly(9);
        l.checkInvariants(ts);
        RefCount.decref(ts, l);
        RefCount.decref(ts, nine);
    }

    @Test
    void setItem_dropsTheReplacedItem(ThreadState ts) {
        Val a = Val.of(ts, 1);
        PyList l = PyList.of(ts, a);
        RefCount.decref(ts, a); // the list holds the only reference now
        Val b = Val.of(ts, 2);
        l.setItem(ts, 0, b);
        assertThat(RefCount.isFreed(a)).isTrue();
        RefCount.decref(ts, b);
        RefCount.decref(ts, l);
    }

    @Test
    void pop_withAndWithoutIndex(ThreadState ts) {
        PyList l = listOf(ts, 1, 2, 3, 4);
        PyObject x = l.pop(ts);
        assertThat(((Val) x).value).isEqualTo(4);
        RefCount.decref(ts, x);
        x = l.pop(ts, 0);
        assertThat(((Val) x).value).isEqualTo(1);
        RefCount.decref(ts, x);
        x = l.pop(ts, -2);
        assertThat(((Val) x).value).isEqualTo(2);
        RefCount.decref(ts, x);
        assertThat(values(ts, l)).containsExactly(3);
        // [1].pop(5) -> IndexError: pop index out of range
        assertPyError(() -> l.pop(ts, 5), "IndexError", "pop index out of range");
        x = l.pop(ts);
        RefCount.decref(ts, x);
        // [].pop() -> IndexError: pop from empty list ([].pop(0) says the same)
        assertPyError(() -> l.pop(ts), "IndexError", "pop from empty list");
        assertPyError(() -> l.pop(ts, 0), "IndexError", "pop from empty list");
        RefCount.decref(ts, l);
    }

    @Test
    void insert_clampsLikePython(ThreadState ts) {
        // a=[1,2,3]; a.insert(-10, 0); a.insert(10, 9); a -> [0, 1, 2, 3, 9]
        PyList l = listOf(ts, 1, 2, 3);
        Val zero = Val.of(ts, 0);
        Val nine = Val.of(ts, 9);
        Val five = Val.of(ts, 5);
        l.insert(ts, -10, zero);
        l.insert(ts, 10, nine);
        assertThat(values(ts, l)).containsExactly(0, 1, 2, 3, 9);
        // a.insert(-1, 5) inserts before the last: [0, 1, 2, 3, 5, 9]
        l.insert(ts, -1, five);
        assertThat(values(ts, l)).containsExactly(0, 1, 2, 3, 5, 9);
        l.checkInvariants(ts);
        RefCount.decref(ts, zero);
        RefCount.decref(ts, nine);
        RefCount.decref(ts, five);
        RefCount.decref(ts, l);
    }

    @Test
    void remove_firstEqualOrValueError(ThreadState ts) {
        PyList l = listOf(ts, 1, 2, 1);
        Val one = Val.of(ts, 1);
        l.remove(ts, one);
        assertThat(values(ts, l)).containsExactly(2, 1);
        l.remove(ts, one);
        // [1,2].remove(3) -> ValueError: list.remove(x): x not in list
        assertPyError(() -> l.remove(ts, one), "ValueError", "list.remove(x): x not in list");
        RefCount.decref(ts, one);
        PyList empty = PyList.create(ts);
        assertPyError(() -> empty.remove(ts, PyInt.small(1)), "ValueError", "list.remove(x): x not in list");
        RefCount.decref(ts, empty);
        RefCount.decref(ts, l);
    }

    @Test
    void remove_whenEqualityShrinksTheList_removesNothingMore(ThreadState ts) {
        // CPython deletes index i of the list as it is after the comparison; if the list became shorter, nothing.
        PyList l = listOf(ts, 1, 2);
        Val probe = Val.of(ts, 2);
        PyObject two = l.getItem(ts, 1);
        // remove calls item.pyEquals(probe): item 2's hook clears the list, then answers "equal" for index 1.
        ((Val) two).onCompare = (t, self) -> {
            self.onCompare = null;
            l.clear(t);
        };
        RefCount.decref(ts, two);
        l.remove(ts, probe);
        assertThat(l.size()).isZero();
        RefCount.decref(ts, probe);
        RefCount.decref(ts, l);
    }

    @Test
    void index_withStartAndStop(ThreadState ts) {
        PyList l = listOf(ts, 1, 2, 3, 2);
        Val two = Val.of(ts, 2);
        Val three = Val.of(ts, 3);
        assertThat(l.index(ts, two)).isEqualTo(1);
        assertThat(l.index(ts, two, 2, Long.MAX_VALUE)).isEqualTo(3);
        assertThat(l.index(ts, two, -1, 4)).isEqualTo(3);
        // [1,2].index(2, -10**20, 10**20) -> 1 (bounds clamp)
        assertThat(l.index(ts, two, Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo(1);
        // [1,2,3].index(3,0,2) -> ValueError: 3 is not in list
        assertPyError(() -> l.index(ts, three, 0, 2), "ValueError", "3 is not in list");
        assertPyError(() -> l.index(ts, three, 0, -2), "ValueError", "3 is not in list");
        assertThat(l.index(ts, three, 0, -1)).isEqualTo(2);
        RefCount.decref(ts, two);
        RefCount.decref(ts, three);
        RefCount.decref(ts, l);
    }

    @Test
    void countAndContains(ThreadState ts) {
        PyList l = listOf(ts, 1, 2, 2, 3);
        Val two = Val.of(ts, 2);
        Val four = Val.of(ts, 4);
        assertThat(l.count(ts, two)).isEqualTo(2);
        assertThat(l.count(ts, four)).isZero();
        assertThat(l.contains(ts, two)).isTrue();
        assertThat(l.contains(ts, four)).isFalse();
        // 1 in [1, 'a'] -> True: items of other types are compared by their own equality (False), not an error
        PyStr a = PyStr.of(ts, "a");
        PyList mixed = PyList.of(ts, PyInt.small(1), a);
        assertThat(mixed.contains(ts, PyInt.small(1))).isTrue();
        assertThat(mixed.contains(ts, two)).isFalse();
        RefCount.decref(ts, a);
        RefCount.decref(ts, mixed);
        RefCount.decref(ts, two);
        RefCount.decref(ts, four);
        RefCount.decref(ts, l);
    }

    @Test
    void extend_fromAListFromItselfAndFromAnIterator(ThreadState ts) {
        PyList l = listOf(ts, 1, 2);
        PyList other = listOf(ts, 3);
        l.extend(ts, other);
        assertThat(values(ts, l)).containsExactly(1, 2, 3);
        // a=[1,2]; a.extend(a); a -> [1, 2, 1, 2]
        PyList self = listOf(ts, 1, 2);
        self.extend(ts, self);
        assertThat(values(ts, self)).containsExactly(1, 2, 1, 2);
        // extend from an iterator (here: another list's iterator)
        PyListIterator it = other.iter(ts);
        l.extend(ts, it);
        assertThat(values(ts, l)).containsExactly(1, 2, 3, 3);
        // extend from a Java-made iterator yielding new references
        int[] next = {10};
        l.extend(ts, t -> next[0] < 13 ? Val.of(t, next[0]++) : null);
        assertThat(values(ts, l)).containsExactly(1, 2, 3, 3, 10, 11, 12);
        l.checkInvariants(ts);
        for (PyObject o : new PyObject[] {l, other, self, it}) {
            RefCount.decref(ts, o);
        }
    }

    @Test
    void extend_fromARaisingIterator_keepsWhatWasAppended(ThreadState ts) {
        PyList l = listOf(ts, 1);
        int[] n = {0};
        assertThatThrownBy(() -> l.extend(ts, t -> {
            if (n[0]++ == 2) {
                throw new PyException("RuntimeError", "boom");
            }
            return Val.of(t, 5);
        })).isInstanceOf(PyException.class).hasMessage("boom");
        assertThat(values(ts, l)).containsExactly(1, 5, 5);
        RefCount.decref(ts, l);
    }

    @Test
    void getSlice_withSteps(ThreadState ts) {
        PyList l = listOf(ts, 1, 2, 3, 4, 5);
        // [1,2,3,4,5][::-2] -> [5, 3, 1]
        PyList r = l.getSlice(ts, Slice.of(null, null, -2L));
        assertThat(values(ts, r)).containsExactly(5, 3, 1);
        RefCount.decref(ts, r);
        // [1,2,3,4,5][-100:100:3] -> [1, 4]
        r = l.getSlice(ts, Slice.of(-100L, 100L, 3L));
        assertThat(values(ts, r)).containsExactly(1, 4);
        RefCount.decref(ts, r);
        // [1,2,3][5:1] -> []
        r = l.getSlice(ts, Slice.of(5, 1));
        assertThat(r.size()).isZero();
        RefCount.decref(ts, r);
        // [1,2][10**20:] -> []
        r = l.getSlice(ts, Slice.of(Long.MAX_VALUE, null, null));
        assertThat(r.size()).isZero();
        RefCount.decref(ts, r);
        // [1,2,3][::0] -> ValueError: slice step cannot be zero
        assertPyError(() -> l.getSlice(ts, Slice.of(null, null, 0L)), "ValueError", "slice step cannot be zero");
        // [1,2,3,4,5][4:1:-1] -> [5, 4, 3]; [1,2,3,4,5][Long.MIN_VALUE step] selects one item
        r = l.getSlice(ts, Slice.of(4L, 1L, -1L));
        assertThat(values(ts, r)).containsExactly(5, 4, 3);
        RefCount.decref(ts, r);
        r = l.getSlice(ts, Slice.of(null, null, Long.MIN_VALUE));
        assertThat(values(ts, r)).containsExactly(5);
        RefCount.decref(ts, r);
        RefCount.decref(ts, l);
    }

    @Test
    void setSlice_simpleAndExtended(ThreadState ts) {
        PyList l = listOf(ts, 1, 2, 3);
        PyList seven = listOf(ts, 7);
        // a=[1,2,3]; a[5:10]=[7] -> [1, 2, 3, 7]
        l.setSlice(ts, Slice.of(5, 10), seven);
        assertThat(values(ts, l)).containsExactly(1, 2, 3, 7);
        // a=[1,2,3]; a[2:1]=[7] -> [1, 2, 7, 3] (stop before start: an insertion at start)
        PyList m = listOf(ts, 1, 2, 3);
        m.setSlice(ts, Slice.of(2, 1), seven);
        assertThat(values(ts, m)).containsExactly(1, 2, 7, 3);
        // a[0:2] = [] deletes
        PyList empty = PyList.create(ts);
        m.setSlice(ts, Slice.of(0, 2), empty);
        assertThat(values(ts, m)).containsExactly(7, 3);
        // a=[1,2,3,4]; a[::2]=[1] -> ValueError: attempt to assign sequence of size 1 to extended slice of size 2
        PyList four = listOf(ts, 1, 2, 3, 4);
        assertPyError(() -> four.setSlice(ts, Slice.of(null, null, 2L), seven), "ValueError",
                "attempt to assign sequence of size 1 to extended slice of size 2");
        // a=[1,2,3,4]; a[::2]=a[1::2] -> [2, 2, 4, 4]
        PyList odd = four.getSlice(ts, Slice.of(1L, null, 2L));
        four.setSlice(ts, Slice.of(null, null, 2L), odd);
        assertThat(values(ts, four)).containsExactly(2, 2, 4, 4);
        // a[::0]=[] -> ValueError: slice step cannot be zero
        assertPyError(() -> four.setSlice(ts, Slice.of(null, null, 0L), empty), "ValueError",
                "slice step cannot be zero");
        // an extended slice of size 0 accepts an empty sequence: a[5::2] = [] is a no-op
        four.setSlice(ts, Slice.of(5L, null, 2L), empty);
        assertThat(values(ts, four)).containsExactly(2, 2, 4, 4);
        for (PyList x : new PyList[] {l, seven, m, empty, four, odd}) {
            x.checkInvariants(ts);
            RefCount.decref(ts, x);
        }
    }

    @Test
    void setSlice_fromItself(ThreadState ts) {
        // a=[1,2,3]; a[1:2]=a -> [1, 1, 2, 3, 3]
        PyList a = listOf(ts, 1, 2, 3);
        a.setSlice(ts, Slice.of(1, 2), a);
        assertThat(values(ts, a)).containsExactly(1, 1, 2, 3, 3);
        // a=[1,2,3]; a[::-1]=a -> [3, 2, 1]
        PyList b = listOf(ts, 1, 2, 3);
        b.setSlice(ts, Slice.of(null, null, -1L), b);
        assertThat(values(ts, b)).containsExactly(3, 2, 1);
        // a[:] = a leaves it unchanged
        b.setSlice(ts, Slice.ALL, b);
        assertThat(values(ts, b)).containsExactly(3, 2, 1);
        RefCount.decref(ts, a);
        RefCount.decref(ts, b);
    }

    @Test
    void delSlice(ThreadState ts) {
        // a=[1,2,3,4,5]; del a[::-2] -> [2, 4]
        PyList a = listOf(ts, 1, 2, 3, 4, 5);
        a.delSlice(ts, Slice.of(null, null, -2L));
        assertThat(values(ts, a)).containsExactly(2, 4);
        // del a[::0] -> ValueError: slice step cannot be zero
        assertPyError(() -> a.delSlice(ts, Slice.of(null, null, 0L)), "ValueError", "slice step cannot be zero");
        a.delSlice(ts, Slice.of(5, 1));
        assertThat(values(ts, a)).containsExactly(2, 4);
        a.delSlice(ts, Slice.ALL);
        assertThat(a.size()).isZero();
        a.checkInvariants(ts);
        RefCount.decref(ts, a);
    }

    @Test
    void reverseClearCopy(ThreadState ts) {
        PyList a = listOf(ts, 1, 2, 3);
        a.reverse(ts);
        assertThat(values(ts, a)).containsExactly(3, 2, 1);
        PyList c = a.copy(ts);
        a.clear(ts);
        assertThat(a.size()).isZero();
        assertThat(values(ts, c)).containsExactly(3, 2, 1);
        a.clear(ts); // clearing an empty list
        a.reverse(ts);
        RefCount.decref(ts, a);
        RefCount.decref(ts, c);
    }

    @Test
    void concatAndRepeat(ThreadState ts) {
        PyList a = listOf(ts, 1, 2);
        PyList b = listOf(ts, 3);
        PyList ab = a.concat(ts, b);
        assertThat(values(ts, ab)).containsExactly(1, 2, 3);
        PyList aa = a.concat(ts, a);
        assertThat(values(ts, aa)).containsExactly(1, 2, 1, 2);
        PyList r = a.repeat(ts, 3);
        assertThat(values(ts, r)).containsExactly(1, 2, 1, 2, 1, 2);
        // [1,2]*-1 -> []
        PyList none = a.repeat(ts, -1);
        assertThat(none.size()).isZero();
        // [1,2]*(2**62) -> MemoryError
        assertPyError(() -> a.repeat(ts, 1L << 62), "MemoryError", "");
        // a *= 2 ; a *= 0
        b.inplaceRepeat(ts, 2);
        assertThat(values(ts, b)).containsExactly(3, 3);
        b.inplaceRepeat(ts, 0);
        assertThat(b.size()).isZero();
        for (PyList x : new PyList[] {a, b, ab, aa, r, none}) {
            x.checkInvariants(ts);
            RefCount.decref(ts, x);
        }
    }

    @Test
    void richComparisons(ThreadState ts) {
        PyList a = listOf(ts, 1, 2);
        PyList b = listOf(ts, 1, 2, 3);
        PyList c = listOf(ts, 2);
        PyList a2 = listOf(ts, 1, 2);
        // [1,2]<[1,2,3] -> True; [1,2]==[1,2] -> True; [2]>[1,5] -> True
        assertThat(Compare.richCompareBool(ts, a, b, CompareOp.LT)).isTrue();
        assertThat(Compare.richCompareBool(ts, a, b, CompareOp.LE)).isTrue();
        assertThat(Compare.richCompareBool(ts, a, b, CompareOp.GT)).isFalse();
        assertThat(Compare.richCompareBool(ts, a, a2, CompareOp.EQ)).isTrue();
        assertThat(Compare.richCompareBool(ts, a, a2, CompareOp.NE)).isFalse();
        assertThat(Compare.richCompareBool(ts, a, a2, CompareOp.LE)).isTrue();
        assertThat(Compare.richCompareBool(ts, a, a2, CompareOp.GE)).isTrue();
        assertThat(Compare.richCompareBool(ts, a, a2, CompareOp.LT)).isFalse();
        assertThat(Compare.richCompareBool(ts, c, b, CompareOp.GT)).isTrue();
        assertThat(Compare.richCompareBool(ts, c, b, CompareOp.GE)).isTrue();
        assertThat(Compare.richCompareBool(ts, b, c, CompareOp.LE)).isTrue();
        assertThat(a.pyEquals(ts, a2)).isTrue();
        assertThat(a.pyEquals(ts, b)).isFalse();
        assertThat(a.pyEquals(ts, PyInt.small(1))).isFalse();
        assertThat(a.pyLessThan(ts, c)).isTrue();
        assertThat(Compare.richCompareBool(ts, a, a, CompareOp.EQ)).isTrue(); // the same list: one section
        // [1,'a']<[1,2] -> TypeError: '<' not supported between instances of 'str' and 'int'
        PyStr s = PyStr.of(ts, "a");
        PyList withStr = PyList.of(ts, PyInt.small(1), s);
        PyList withInt = PyList.of(ts, PyInt.small(1), PyInt.small(2));
        assertPyError(() -> Compare.richCompareBool(ts, withStr, withInt, CompareOp.LT), "TypeError",
                "'<' not supported between instances of 'str' and 'int'");
        // ... but == just says False
        assertThat(Compare.richCompareBool(ts, withStr, withInt, CompareOp.EQ)).isFalse();
        // list < int -> TypeError: '<' not supported between instances of 'list' and 'int'
        assertPyError(() -> a.pyLessThan(ts, PyInt.small(1)), "TypeError",
                "'<' not supported between instances of 'list' and 'int'");
        RefCount.decref(ts, s);
        for (PyList x : new PyList[] {a, b, c, a2, withStr, withInt}) {
            RefCount.decref(ts, x);
        }
    }

    @Test
    void unhashableAndRepr(ThreadState ts) {
        PyList a = PyList.of(ts, PyInt.small(1), PyInt.small(2));
        // hash([]) -> TypeError: unhashable type: 'list'
        assertPyError(() -> a.pyHash(ts), "TypeError", "unhashable type: 'list'");
        a.append(ts, a); // a.append(a); repr(a) -> '[1, 2, [...]]'
        assertThat(a.repr()).isEqualTo("[1, 2, [...]]");
        a.pop(ts); // hands the list's reference to a back to us: drop it
        RefCount.decref(ts, a);
        RefCount.decref(ts, a);
    }

    @Test
    void traverseAndClearReferences(ThreadState ts) {
        PyList a = listOf(ts, 1, 2, 3);
        List<PyObject> seen = new ArrayList<>();
        a.traverse(seen::add);
        assertThat(seen).hasSize(3);
        List<PyObject> handed = new ArrayList<>();
        a.clearReferences(handed::add);
        // last to first, as CPython's list_dealloc (`while (--i >= 0) Py_XDECREF(op->ob_item[i])`): finalizers of the
        // items run in CPython's order (python3.13: a list of objects printing in __del__, deleted, prints 3, 2, 1)
        List<PyObject> reversed = new ArrayList<>(seen);
        java.util.Collections.reverse(reversed);
        assertThat(handed).containsExactlyElementsOf(reversed);
        assertThat(a.size()).isZero();
        for (PyObject o : handed) {
            RefCount.decref(ts, o); // the collector's job: release what it was handed
        }
        RefCount.decref(ts, a);
    }

    @Test
    void freeingTheListFreesItsItems_evenADeepNest(ThreadState ts) {
        PyList outer = PyList.create(ts);
        PyList cur = outer;
        for (int i = 0; i < 100_000; i++) { // a deep nest: the iterative deallocation must not overflow the stack
            PyList inner = PyList.create(ts);
            cur.append(ts, inner);
            RefCount.decref(ts, inner);
            cur = inner;
        }
        RefCount.decref(ts, outer); // the leak check verifies every list was freed
    }

    @Test
    void itemsAreAnnouncedForLockFreeReaders(ThreadState ts) throws Exception {
        // An item created by this thread and stored in the list must be readable (tryIncref) by another thread.
        Val v = Val.of(ts, 1);
        PyList l = PyList.of(ts, v);
        RefCount.decref(ts, v);
        dev.freethread.testkit.TestThreads.run(ts.runtime(), 1, (t, i) -> {
            PyObject o = l.getItem(t, 0);
            assertThat(o).isSameAs(v);
            RefCount.decref(t, o);
        });
        ts.poll();
        RefCount.decref(ts, l);
    }
}
