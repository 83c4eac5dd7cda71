// SPDX-License-Identifier: Apache-2.0
package dev.freethread.list;

import dev.freethread.objects.Compare;
import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyException;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.testkit.LeakChecked;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random operation sequences against a sequential model, an {@code ArrayList<Integer>} of the items' values,
 * slices included (the model resolves a slice by its own, clamp-based reading of Python's rules, not by
 * {@link Slice}). After every operation the list's values, its structural invariants and the reference counts of a
 * pool of shared items are checked; the leak check runs after the test.
 *
 * <p>Seeds: 1 to {@code -Dfreethread.seeds} (default 60), each a sequence of {@value #OPS} operations; a failure
 * names its seed and the operation, and {@code -Dfreethread.seed=N} replays that seed alone:
 * {@code ./mvnw -o -q -pl list test -Dtest=PyListModelTest -Dfreethread.seed=N}.
 */
@LeakChecked
class PyListModelTest {
    static final int OPS = 400;

    @Test
    void randomOperationsMatchTheModel(ThreadState ts) {
        Long only = Long.getLong("freethread.seed");
        int seeds = Integer.getInteger("freethread.seeds", 60);
        if (only != null) {
            runSeed(ts, only);
            return;
        }
        for (long seed = 1; seed <= seeds; seed++) {
            runSeed(ts, seed);
        }
    }

    private void runSeed(ThreadState ts, long seed) {
        Random r = new Random(seed);
        // A pool of shared items (values 0..7): the list and the model hold values; the pool's counts are checked.
        Val[] pool = new Val[8];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = Val.of(ts, i);
        }
        PyList list = PyList.create(ts);
        List<Integer> model = new ArrayList<>();
        String op = "(none)";
        try {
            for (int step = 0; step < OPS; step++) {
                op = step(ts, r, list, model, pool);
                assertThat(Val.values(ts, list)).as("values").isEqualTo(model);
                list.checkInvariants(ts);
                for (Val v : pool) {
                    long expected = 1 + Collections.frequency(model, v.value);
                    assertThat(RefCount.refCount(ts, v)).as("references to %d", v.value).isEqualTo(expected);
                }
            }
        } catch (Throwable e) {
            throw new AssertionError("seed " + seed + " (replay: -Dfreethread.seed=" + seed + "), last operation "
                    + op + ": " + e.getMessage(), e);
        } finally {
            RefCount.decref(ts, list);
            for (Val v : pool) {
                RefCount.decref(ts, v);
            }
        }
    }

    private static Long maybe(Random r, int bound) {
        return r.nextInt(4) == 0 ? null : (long) (r.nextInt(2 * bound + 1) - bound);
    }

    /** The indices a slice selects, by the model's reading of Python's rules: clamp, then walk. */
    static List<Integer> modelSlice(int n, Long start, Long stop, Long step) {
        long st = step == null ? 1 : step;
        if (st == 0) {
            throw new PyException("ValueError", "slice step cannot be zero");
        }
        List<Integer> out = new ArrayList<>();
        if (st > 0) {
            long lo = start == null ? 0 : clamp(start < 0 ? start + n : start, 0, n);
            long hi = stop == null ? n : clamp(stop < 0 ? stop + n : stop, 0, n);
            for (long i = lo; i < hi; i += st) {
                out.add((int) i);
            }
        } else {
            long lo = start == null ? n - 1 : clamp(start < 0 ? start + n : start, -1, n - 1);
            long hi = stop == null ? -1 : clamp(stop < 0 ? stop + n : stop, -1, n - 1);
            for (long i = lo; i > hi; i += st) {
                out.add((int) i);
            }
        }
        return out;
    }

    private static long clamp(long v, long lo, long hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static String expectError(Runnable r, String type) {
        try {
            r.run();
        } catch (PyException e) {
            assertThat(e.pyType()).isEqualTo(type);
            return type;
        }
        throw new AssertionError("expected " + type);
    }

    private String step(ThreadState ts, Random r, PyList list, List<Integer> model, Val[] pool) {
        int n = model.size();
        Val v = pool[r.nextInt(pool.length)];
        int kind = r.nextInt(22);
        switch (kind) {
            case 0:
            case 1:
            case 2: {
                list.append(ts, v);
                model.add(v.value);
                return "append " + v.value;
            }
            case 3: {
                long i = r.nextInt(2 * n + 5) - n - 2;
                list.insert(ts, i, v);
                long w = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
                model.add((int) w, v.value);
                return "insert " + i;
            }
            case 4: {
                long i = r.nextInt(2 * n + 3) - n - 1;
                long k = i < 0 ? i + n : i;
                if (n == 0 || k < 0 || k >= n) {
                    expectError(() -> list.pop(ts, i), "IndexError");
                } else {
                    PyObject o = list.pop(ts, i);
                    assertThat(((Val) o).value).isEqualTo(model.remove((int) k));
                    RefCount.decref(ts, o);
                }
                return "pop " + i;
            }
            case 5: {
                long i = r.nextInt(2 * n + 3) - n - 1;
                long k = i < 0 ? i + n : i;
                if (k < 0 || k >= n) {
                    expectError(() -> list.setItem(ts, i, v), "IndexError");
                    expectError(() -> list.getItem(ts, i), "IndexError");
                } else {
                    PyObject o = list.getItem(ts, i);
                    assertThat(((Val) o).value).isEqualTo(model.get((int) k));
                    RefCount.decref(ts, o);
                    list.setItem(ts, i, v);
                    model.set((int) k, v.value);
                }
                return "get/setItem " + i;
            }
            case 6: {
                long i = r.nextInt(2 * n + 3) - n - 1;
                long k = i < 0 ? i + n : i;
                if (k < 0 || k >= n) {
                    expectError(() -> list.delItem(ts, i), "IndexError");
                } else {
                    list.delItem(ts, i);
                    model.remove((int) k);
                }
                return "delItem " + i;
            }
            case 7: {
                Long a = maybe(r, n + 2);
                Long b = maybe(r, n + 2);
                Long c = r.nextInt(3) == 0 ? null : (long) (r.nextInt(7) - 3);
                String what = "getSlice " + a + ":" + b + ":" + c;
                if (c != null && c == 0) {
                    expectError(() -> list.getSlice(ts, Slice.of(a, b, c)), "ValueError");
                    return what;
                }
                PyList s = list.getSlice(ts, Slice.of(a, b, c));
                List<Integer> expected = new ArrayList<>();
                for (int i : modelSlice(n, a, b, c)) {
                    expected.add(model.get(i));
                }
                assertThat(Val.values(ts, s)).isEqualTo(expected);
                RefCount.decref(ts, s);
                return what;
            }
            case 8:
            case 9: {
                Long a = maybe(r, n + 2);
                Long b = maybe(r, n + 2);
                Long c = r.nextInt(2) == 0 ? null : (long) (r.nextInt(7) - 3);
                boolean self = r.nextInt(4) == 0;
                PyList value = self ? list : PyList.create(ts);
                if (!self) {
                    int m = r.nextInt(5);
                    for (int i = 0; i < m; i++) {
                        value.append(ts, pool[r.nextInt(pool.length)]);
                    }
                }
                List<Integer> vals = new ArrayList<>(self ? model : Val.values(ts, value));
                String what = "setSlice " + a + ":" + b + ":" + c + " = " + (self ? "itself" : vals);
                try {
                    if (c != null && c == 0) {
                        expectError(() -> list.setSlice(ts, Slice.of(a, b, c), value), "ValueError");
                        return what;
                    }
                    List<Integer> idx = modelSlice(n, a, b, c);
                    if (c == null || c == 1) {
                        // step 1: replace [lo, max(lo, hi)) by the values (an insertion when hi < lo)
                        long lo = a == null ? 0 : clamp(a < 0 ? a + n : a, 0, n);
                        long hi = b == null ? n : clamp(b < 0 ? b + n : b, 0, n);
                        hi = Math.max(lo, hi);
                        List<Integer> next = new ArrayList<>(model.subList(0, (int) lo));
                        next.addAll(vals);
                        next.addAll(model.subList((int) hi, n));
                        list.setSlice(ts, Slice.of(a, b, c), value);
                        model.clear();
                        model.addAll(next);
                    } else if (idx.size() != vals.size()) {
                        expectError(() -> list.setSlice(ts, Slice.of(a, b, c), value), "ValueError");
                    } else {
                        list.setSlice(ts, Slice.of(a, b, c), value);
                        for (int k = 0; k < idx.size(); k++) {
                            model.set(idx.get(k), vals.get(k));
                        }
                    }
                    return what;
                } finally {
                    if (!self) {
                        RefCount.decref(ts, value);
                    }
                }
            }
            case 10: {
                Long a = maybe(r, n + 2);
                Long b = maybe(r, n + 2);
                Long c = r.nextInt(2) == 0 ? null : (long) (r.nextInt(7) - 3);
                String what = "delSlice " + a + ":" + b + ":" + c;
                if (c != null && c == 0) {
                    expectError(() -> list.delSlice(ts, Slice.of(a, b, c)), "ValueError");
                    return what;
                }
                List<Integer> idx = modelSlice(n, a, b, c);
                list.delSlice(ts, Slice.of(a, b, c));
                List<Integer> sortedIdx = new ArrayList<>(idx);
                sortedIdx.sort(Collections.reverseOrder());
                for (int i : sortedIdx) {
                    model.remove(i);
                }
                return what;
            }
            case 11: {
                if (r.nextBoolean()) {
                    list.extend(ts, list);
                    model.addAll(new ArrayList<>(model));
                    return "extend itself";
                }
                PyList other = PyList.create(ts);
                other.append(ts, v);
                other.append(ts, pool[0]);
                list.extend(ts, other);
                model.add(v.value);
                model.add(0);
                RefCount.decref(ts, other);
                return "extend";
            }
            case 12: {
                int idx = model.indexOf(v.value);
                if (idx < 0) {
                    expectError(() -> list.remove(ts, v), "ValueError");
                    expectError(() -> list.index(ts, v), "ValueError");
                    assertThat(list.contains(ts, v)).isFalse();
                } else {
                    assertThat(list.index(ts, v)).isEqualTo(idx);
                    assertThat(list.contains(ts, v)).isTrue();
                    list.remove(ts, v);
                    model.remove(idx);
                }
                return "remove " + v.value;
            }
            case 13: {
                assertThat(list.count(ts, v)).isEqualTo(Collections.frequency(model, v.value));
                long start = r.nextInt(2 * n + 3) - n - 1;
                long stop = r.nextInt(2 * n + 3) - n - 1;
                long lo = start < 0 ? Math.max(0, start + n) : start;
                long hi = stop < 0 ? Math.max(0, stop + n) : Math.min(stop, n);
                int expected = -1;
                for (long i = lo; i < hi; i++) {
                    if (model.get((int) i) == v.value) {
                        expected = (int) i;
                        break;
                    }
                }
                if (expected < 0) {
                    expectError(() -> list.index(ts, v, start, stop), "ValueError");
                } else {
                    assertThat(list.index(ts, v, start, stop)).isEqualTo(expected);
                }
                return "count/index " + v.value + " " + start + " " + stop;
            }
            case 14: {
                list.reverse(ts);
                Collections.reverse(model);
                return "reverse";
            }
            case 15: {
                boolean reverse = r.nextBoolean();
                list.sort(ts, null, reverse);
                model.sort(reverse ? Collections.reverseOrder() : null);
                return "sort reverse=" + reverse;
            }
            case 16: {
                if (r.nextInt(4) == 0) {
                    list.clear(ts);
                    model.clear();
                    return "clear";
                }
                PyList c = list.copy(ts);
                assertThat(Val.values(ts, c)).isEqualTo(model);
                assertThat(c.pyEquals(ts, list)).isTrue();
                RefCount.decref(ts, c);
                return "copy";
            }
            case 17: {
                PyList c = list.concat(ts, list);
                List<Integer> expected = new ArrayList<>(model);
                expected.addAll(model);
                assertThat(Val.values(ts, c)).isEqualTo(expected);
                RefCount.decref(ts, c);
                int times = r.nextInt(4) - 1;
                PyList rep = list.repeat(ts, times);
                assertThat(rep.size()).isEqualTo(Math.max(0, times) * n);
                RefCount.decref(ts, rep);
                return "concat/repeat " + times;
            }
            case 18: {
                if (n > 30) {
                    return "inplaceRepeat skipped";
                }
                int times = r.nextInt(3);
                list.inplaceRepeat(ts, times);
                List<Integer> expected = new ArrayList<>();
                for (int i = 0; i < times; i++) {
                    expected.addAll(model);
                }
                model.clear();
                model.addAll(expected);
                return "inplaceRepeat " + times;
            }
            case 19: {
                List<Integer> seen = new ArrayList<>();
                PyListIterator it = r.nextBoolean() ? list.iter(ts) : list.reversed(ts);
                boolean rev = it.type() == PyListIterator.REVERSE_TYPE;
                PyObject o;
                while ((o = it.next(ts)) != null) {
                    seen.add(((Val) o).value);
                    RefCount.decref(ts, o);
                }
                RefCount.decref(ts, it);
                List<Integer> expected = new ArrayList<>(model);
                if (rev) {
                    Collections.reverse(expected);
                }
                assertThat(seen).isEqualTo(expected);
                return "iterate reverse=" + rev;
            }
            default: {
                // compare with another list built from the model's values, perhaps changed at one place
                PyList other = PyList.create(ts);
                List<Integer> otherModel = new ArrayList<>(model);
                if (!otherModel.isEmpty() && r.nextBoolean()) {
                    otherModel.set(r.nextInt(otherModel.size()), r.nextInt(pool.length));
                }
                if (r.nextBoolean()) {
                    otherModel.add(r.nextInt(pool.length));
                }
                for (int x : otherModel) {
                    other.append(ts, pool[x]);
                }
                int cmp = compareLists(model, otherModel);
                assertThat(Compare.richCompareBool(ts, list, other, CompareOp.LT)).isEqualTo(cmp < 0);
                assertThat(Compare.richCompareBool(ts, list, other, CompareOp.LE)).isEqualTo(cmp <= 0);
                assertThat(Compare.richCompareBool(ts, list, other, CompareOp.EQ)).isEqualTo(cmp == 0);
                assertThat(Compare.richCompareBool(ts, list, other, CompareOp.NE)).isEqualTo(cmp != 0);
                assertThat(Compare.richCompareBool(ts, list, other, CompareOp.GT)).isEqualTo(cmp > 0);
                assertThat(Compare.richCompareBool(ts, list, other, CompareOp.GE)).isEqualTo(cmp >= 0);
                RefCount.decref(ts, other);
                return "compare with " + otherModel;
            }
        }
    }

    private static int compareLists(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < a.size() && i < b.size(); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
