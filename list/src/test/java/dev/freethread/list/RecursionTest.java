// SPDX-License-Identifier: Apache-2.0
package dev.freethread.list;

import dev.freethread.objects.PyException;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyMutex;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.testkit.LeakChecked;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The recursion limit on every recursive path through lists and tuples (issue 11, defect 5). Each case is in
 * {@code list/src/test/python/recursion_cases.py}, run with python3 3.11 and 3.13; the messages are identical in both.
 * The depth at which the error comes follows 3.11, where comparisons and reprs count against
 * {@code sys.getrecursionlimit()} (3.13 counts them against a separate C-stack limit of about 10,000): Freethread has
 * one limit, because a JVM thread's stack is sized by whoever creates the thread (docs/threads.md, "Recursion").
 */
@LeakChecked
class RecursionTest {

    private static void assertRecursionError(Runnable r, String message) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(PyException.class, e -> {
            assertThat(e.pyType()).isEqualTo("RecursionError");
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    private static PyList selfRecursive(ThreadState ts) {
        PyList a = PyList.create(ts);
        a.append(ts, a);
        return a;
    }

    /** {@code [[[...]]]} nested {@code depth} deep; the caller owns the outermost. */
    private static PyList nested(ThreadState ts, int depth) {
        PyList x = PyList.create(ts);
        for (int i = 0; i < depth; i++) {
            PyList y = PyList.create(ts);
            y.append(ts, x);
            RefCount.decref(ts, x);
            x = y;
        }
        return x;
    }

    @Test
    void selfRecursiveLists_compareWithRecursionError_andReleaseBothMutexes(ThreadState ts) {
        // python: a=[]; a.append(a); b=[]; b.append(b); a == b
        //   RecursionError: maximum recursion depth exceeded in comparison (3.11 and 3.13); a < b likewise
        PyList a = selfRecursive(ts);
        PyList b = selfRecursive(ts);
        assertRecursionError(() -> a.pyEquals(ts, b), "maximum recursion depth exceeded in comparison");
        assertRecursionError(() -> a.pyLessThan(ts, b), "maximum recursion depth exceeded in comparison");
        assertThat(PyMutex.isLocked(a) || PyMutex.isLocked(b)).as("both mutexes released").isFalse();
        assertThat(ts.recursionDepth()).isZero();
        breakCycle(ts, a);
        breakCycle(ts, b);
    }

    @Test
    void listsNested200000Deep_compareAndPrintWithRecursionError_noStackOverflow(ThreadState ts) {
        // python: x == y for two lists nested 200,000 deep: RecursionError ... in comparison;
        //   repr(x): RecursionError: maximum recursion depth exceeded while getting the repr of an object
        PyList x = nested(ts, 200_000);
        PyList y = nested(ts, 200_000);
        assertRecursionError(() -> x.pyEquals(ts, y), "maximum recursion depth exceeded in comparison");
        assertRecursionError(() -> x.contains(ts, y), "maximum recursion depth exceeded in comparison");
        assertRecursionError(() -> x.repr(ts), "maximum recursion depth exceeded while getting the repr of an object");
        assertRecursionError(x::repr, "maximum recursion depth exceeded while getting the repr of an object");
        assertThat(ts.recursionDepth()).isZero();
        RefCount.decref(ts, x); // frees 200,001 lists iteratively
        RefCount.decref(ts, y);
    }

    @Test
    void theLimitIsTheRuntimes_andSettable(Runtime rt, ThreadState ts) {
        // python (3.11): lists nested 994 deep compare; 995 deep raise (the harness's own frames use 6 levels)
        PyList x = nested(ts, 999);
        PyList y = nested(ts, 999);
        assertThat(x.pyEquals(ts, y)).isTrue(); // 1000 levels: at the default limit
        PyList x2 = nested(ts, 1000);
        PyList y2 = nested(ts, 1000);
        assertRecursionError(() -> x2.pyEquals(ts, y2), "maximum recursion depth exceeded in comparison");
        rt.setRecursionLimit(ts, 2000);
        assertThat(x2.pyEquals(ts, y2)).isTrue();
        rt.setRecursionLimit(ts, Runtime.DEFAULT_RECURSION_LIMIT);
        for (PyObject o : new PyObject[] {x, y, x2, y2}) {
            RefCount.decref(ts, o);
        }
    }

    @Test
    void setRecursionLimit_refusesWhatCPythonRefuses(Runtime rt, ThreadState ts) {
        // python: sys.setrecursionlimit(0) / (-5): ValueError: recursion limit must be greater or equal than 1
        assertThatThrownBy(() -> rt.setRecursionLimit(ts, 0)).isInstanceOfSatisfying(PyException.class,
                e -> assertThat(e.getMessage()).isEqualTo("recursion limit must be greater or equal than 1"));
        // python: at depth 54, sys.setrecursionlimit(5):
        //   RecursionError: cannot set the recursion limit to 5 at the recursion depth 54: the limit is too low
        for (int i = 0; i < 54; i++) {
            ts.enterRecursiveCall("");
        }
        try {
            assertRecursionError(() -> rt.setRecursionLimit(ts, 5),
                    "cannot set the recursion limit to 5 at the recursion depth 54: the limit is too low");
        } finally {
            for (int i = 0; i < 54; i++) {
                ts.leaveRecursiveCall();
            }
        }
        assertThat(rt.recursionLimit()).isEqualTo(Runtime.DEFAULT_RECURSION_LIMIT);
    }

    @Test
    void indexOfARecursiveList_printsItsRecursiveForm(ThreadState ts) {
        // python 3.13: a=[]; a.append(a); [1].index(a)  ->  ValueError: [[...]] is not in list
        PyList a = selfRecursive(ts);
        PyList one = PyList.of(ts, PyInt.small(1));
        assertThatThrownBy(() -> one.index(ts, a)).isInstanceOfSatisfying(PyException.class, e -> {
            assertThat(e.pyType()).isEqualTo("ValueError");
            assertThat(e.getMessage()).isEqualTo("[[...]] is not in list");
        });
        RefCount.decref(ts, one);
        breakCycle(ts, a);
    }

    @Test
    void reprThroughMixedContainers_findsTheRecursion(ThreadState ts) {
        // python: a=[]; t=(a,); a.append(t); repr(a)  ->  [([...],)]
        PyList a = PyList.create(ts);
        PyTuple t = dev.freethread.refcount.Tuples.of(ts, a);
        a.append(ts, t);
        assertThat(a.repr(ts)).isEqualTo("[([...],)]");
        assertThat(t.repr()).isEqualTo("([(...)],)");
        RefCount.decref(ts, t);
        breakCycle(ts, a);
    }

    @Test
    void tuplesNestedDeep_hashAndCompareWithRecursionError(ThreadState ts) {
        // CPython 3.13 hashes a tuple nested 200,000 deep without a guard and overflows its C stack (segfault);
        // Freethread raises RecursionError. Comparison: ... in comparison (3.11 and 3.13 at this depth).
        PyTuple t = PyTuple.EMPTY;
        PyTuple u = PyTuple.EMPTY;
        for (int i = 0; i < 200_000; i++) {
            PyTuple t2 = dev.freethread.refcount.Tuples.of(ts, t);
            PyTuple u2 = dev.freethread.refcount.Tuples.of(ts, u);
            RefCount.decref(ts, t);
            RefCount.decref(ts, u);
            t = t2;
            u = u2;
        }
        PyTuple ft = t;
        PyTuple fu = u;
        assertRecursionError(() -> ft.pyHash(ts), "maximum recursion depth exceeded while getting the hash of an object");
        assertRecursionError(() -> ft.pyEquals(ts, fu), "maximum recursion depth exceeded in comparison");
        assertRecursionError(() -> ft.pyLessThan(ts, fu), "maximum recursion depth exceeded in comparison");
        assertThat(ts.recursionDepth()).isZero();
        RefCount.decref(ts, t);
        RefCount.decref(ts, u);
    }

    @Test
    void aSortKeyThatSortsRecursively_raisesRecursionError(ThreadState ts) {
        // python: def k(v): l = [1, 2]; l.sort(key=k); return v   then [1, 2].sort(key=k)
        //   RecursionError: maximum recursion depth exceeded (3.11 and 3.13)
        PyList l = PyList.of(ts, PyInt.small(1), PyInt.small(2));
        AtomicReference<KeyFunction> k = new AtomicReference<>();
        k.set((t, v) -> {
            PyList inner = PyList.of(t, PyInt.small(1), PyInt.small(2));
            try {
                inner.sort(t, k.get(), false);
            } finally {
                RefCount.decref(t, inner);
            }
            return RefCount.newRef(t, v);
        });
        assertRecursionError(() -> l.sort(ts, k.get(), false), "maximum recursion depth exceeded");
        assertThat(l.size()).isEqualTo(2);
        assertThat(ts.recursionDepth()).isZero();
        RefCount.decref(ts, l);
    }

    @Test
    void comparisonsOnTheJvmsDefaultStack_raiseRecursionError_notStackOverflowError(Runtime rt) throws Exception {
        // The default limit (1000 levels) must fit the JVM's default thread stack (1 MiB on x86-64 Linux) even while
        // the code is still interpreted (measured: about 700-830 bytes a level then; docs/threads.md, "Recursion").
        AtomicReference<Throwable> seen = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try (ThreadState ts = rt.attachCurrentThread()) {
                PyList x = nested(ts, 5_000);
                PyList y = nested(ts, 5_000);
                try {
                    x.pyEquals(ts, y);
                } catch (Throwable e) {
                    seen.set(e);
                }
                RefCount.decref(ts, x);
                RefCount.decref(ts, y);
            }
        }, "default-stack", 1024 * 1024);
        t.start();
        t.join();
        assertThat(seen.get()).isInstanceOfSatisfying(PyException.class,
                e -> assertThat(e.pyType()).isEqualTo("RecursionError"));
    }

    private static void breakCycle(ThreadState ts, PyList a) {
        a.clear(ts);
        RefCount.decref(ts, a);
    }
}
