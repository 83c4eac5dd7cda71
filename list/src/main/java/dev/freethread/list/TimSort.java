// SPDX-License-Identifier: Apache-2.0
package dev.freethread.list;

import dev.freethread.objects.Compare;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;

/**
 * Timsort over Python's {@code <} ({@link Compare#lessThan}): stable, adaptive, with galloping, as described in CPython's
 * {@code Objects/listsort.txt} (written here from that description). Blocking only in the sense that comparisons run
 * user code; it takes no lock itself and works on arrays nobody else can see.
 *
 * <p>It sorts {@code keys[lo, hi)}; when {@code values} is not null every move of a key moves the value at the same
 * index too (the {@code key=} case: keys are the key function's results, values the list's items).
 *
 * <h2>Shape</h2>
 * The input is cut into natural runs (non-descending, or strictly descending and then reversed in place); runs
 * shorter than {@code minrun} are extended to it by binary insertion. Runs go on a stack whose lengths are kept
 * growing at least like the Fibonacci numbers (the merge-collapse rule, with the 2015 correction of the invariant
 * found by de Gouw et al.), so the stack stays shallow and merges stay balanced. Two adjacent runs merge by copying the
 * shorter into a temporary array and merging from its end (merge_lo when the left run is shorter, merge_hi otherwise),
 * after trimming the parts already in place with a gallop from each end. Inside a merge, elements are taken one at a
 * time until one side wins {@code minGallop} times in a row; then it gallops (exponential then binary search for
 * where the other side's next element goes, moving whole blocks), and {@code minGallop} adapts: it drops while
 * galloping pays and rises when it does not.
 *
 * <h2>Exceptions</h2>
 * A comparison may throw at any point. Every comparison is made before the moves it decides, and at every comparison
 * the array holds every item exactly once except for the ones parked in the temporary array, which sit in a gap of
 * exactly their number (merge_lo: {@code dest + lenA == cursorB}; merge_hi: {@code dest - cursorA == lenB}). The
 * {@code finally} of each merge copies the parked items into that gap, which is also how a merge ends normally, so a
 * throwing comparison leaves the slice a permutation of its input: no item lost or duplicated.
 *
 * <h2>Comparisons</h2>
 * {@link #comparisons()} counts every {@code <} comparison: n - 1 for sorted input and for strictly descending
 * input (one run each, found by n - 1 comparisons), as CPython.
 */
final class TimSort {
    /** Below this run length, binary insertion; also the threshold of minrun's computation. */
    private static final int MIN_MERGE = 64;
    /** The initial galloping threshold (listsort.txt: 7). */
    private static final int MIN_GALLOP = 7;
    /** Enough run-stack entries for any int-sized array under the merge-collapse invariant. */
    private static final int MAX_RUNS = 85;

    private final ThreadState ts;
    private final PyObject[] keys;
    private final PyObject[] values; // null: keys are the items
    private PyObject[] tmpKeys = new PyObject[0];
    private PyObject[] tmpValues;
    private int minGallop = MIN_GALLOP;
    private final int[] runBase = new int[MAX_RUNS];
    private final int[] runLen = new int[MAX_RUNS];
    private int stackSize;
    private long comparisons;

    private TimSort(ThreadState ts, PyObject[] keys, PyObject[] values) {
        this.ts = ts;
        this.keys = keys;
        this.values = values;
        this.tmpValues = values == null ? null : new PyObject[0];
    }

    /**
     * Sorts {@code keys[lo, hi)} (and {@code values} alongside, if not null) stably by Python's {@code <}.
     *
     * @return the number of comparisons made
     */
    static long sort(ThreadState ts, PyObject[] keys, PyObject[] values, int lo, int hi) {
        TimSort s = new TimSort(ts, keys, values);
        s.sort(lo, hi);
        return s.comparisons;
    }


    long comparisons() {
        return comparisons;
    }

    private boolean lt(PyObject a, PyObject b) {
        comparisons++;
        return Compare.lessThan(ts, a, b); // exact int and str compare without dispatching (CPython's fast paths)
    }

    private void sort(int lo, int hi) {
        int remaining = hi - lo;
        if (remaining < 2) {
            return;
        }
        int minRun = minRunLength(remaining);
        do {
            int run = countRunAndMakeAscending(lo, hi);
            if (run < minRun) {
                int forced = Math.min(remaining, minRun);
                binarySort(lo, lo + forced, lo + run);
                run = forced;
            }
            runBase[stackSize] = lo;
            runLen[stackSize] = run;
            stackSize++;
            mergeCollapse();
            lo += run;
            remaining -= run;
        } while (remaining != 0);
        mergeForceCollapse();
    }

    /**
     * minrun: n itself below 64; otherwise a number in [32, 64] such that n / minrun is a power of two or a little
     * less, so the final merges are balanced (listsort.txt, "Computing minrun").
     */
    static int minRunLength(int n) {
        int r = 0;
        while (n >= MIN_MERGE) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /**
     * The length of the run starting at {@code lo}: non-descending, or strictly descending (then reversed, which
     * keeps stability because no two of its elements are equal).
     */
    private int countRunAndMakeAscending(int lo, int hi) {
        int end = lo + 1;
        if (end == hi) {
            return 1;
        }
        if (lt(keys[end], keys[lo])) {
            end++;
            while (end < hi && lt(keys[end], keys[end - 1])) {
                end++;
            }
            reverse(lo, end);
        } else {
            end++;
            while (end < hi && !lt(keys[end], keys[end - 1])) {
                end++;
            }
        }
        return end - lo;
    }

    private void reverse(int lo, int hi) {
        reverseRange(keys, lo, hi);
        if (values != null) {
            reverseRange(values, lo, hi);
        }
    }

    static void reverseRange(PyObject[] a, int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Binary insertion of {@code [start, hi)} into the sorted {@code [lo, start)}; each search precedes its move. */
    private void binarySort(int lo, int hi, int start) {
        for (int i = start; i < hi; i++) {
            PyObject pivot = keys[i];
            int left = lo;
            int right = i;
            while (left < right) {
                int mid = (left + right) >>> 1;
                if (lt(pivot, keys[mid])) {
                    right = mid;
                } else {
                    left = mid + 1; // equal elements: after them (stable)
                }
            }
            int n = i - left;
            System.arraycopy(keys, left, keys, left + 1, n);
            keys[left] = pivot;
            if (values != null) {
                PyObject v = values[i];
                System.arraycopy(values, left, values, left + 1, n);
                values[left] = v;
            }
        }
    }

    /** Restores the invariant len[i-2] > len[i-1] + len[i] and len[i-1] > len[i] over the run stack. */
    private void mergeCollapse() {
        while (stackSize > 1) {
            int n = stackSize - 2;
            if ((n > 0 && runLen[n - 1] <= runLen[n] + runLen[n + 1])
                    || (n > 1 && runLen[n - 2] <= runLen[n - 1] + runLen[n])) {
                if (runLen[n - 1] < runLen[n + 1]) {
                    n--;
                }
            } else if (runLen[n] > runLen[n + 1]) {
                break;
            }
            mergeAt(n);
        }
    }

    private void mergeForceCollapse() {
        while (stackSize > 1) {
            int n = stackSize - 2;
            if (n > 0 && runLen[n - 1] < runLen[n + 1]) {
                n--;
            }
            mergeAt(n);
        }
    }

    /** Merges runs i and i + 1 of the stack. */
    private void mergeAt(int i) {
        int baseA = runBase[i];
        int lenA = runLen[i];
        int baseB = runBase[i + 1];
        int lenB = runLen[i + 1];
        runLen[i] = lenA + lenB;
        if (i == stackSize - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
        }
        stackSize--;

        // Elements of A not greater than B's first are already in place.
        int k = gallopRight(keys[baseB], keys, baseA, lenA, 0);
        baseA += k;
        lenA -= k;
        if (lenA == 0) {
            return;
        }
        // Elements of B not less than A's last are already in place.
        lenB = gallopLeft(keys[baseA + lenA - 1], keys, baseB, lenB, lenB - 1);
        if (lenB == 0) {
            return;
        }
        if (lenA <= lenB) {
            mergeLo(baseA, lenA, baseB, lenB);
        } else {
            mergeHi(baseA, lenA, baseB, lenB);
        }
    }

    /**
     * The leftmost position to insert {@code key} in the sorted {@code a[base, base + len)}: the k with
     * {@code a[base + k - 1] < key <= a[base + k]}. Starts at {@code hint}, gallops (offsets 1, 3, 7, ...) to bracket
     * the position, then binary-searches the bracket.
     */
    private int gallopLeft(PyObject key, PyObject[] a, int base, int len, int hint) {
        int last = 0;
        int ofs = 1;
        if (lt(a[base + hint], key)) {
            int max = len - hint; // gallop right until a[hint + last] < key <= a[hint + ofs]
            while (ofs < max && lt(a[base + hint + ofs], key)) {
                last = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = max;
                }
            }
            if (ofs > max) {
                ofs = max;
            }
            last += hint;
            ofs += hint;
        } else {
            int max = hint + 1; // gallop left until a[hint - ofs] < key <= a[hint - last]
            while (ofs < max && !lt(a[base + hint - ofs], key)) {
                last = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = max;
                }
            }
            if (ofs > max) {
                ofs = max;
            }
            int t = last;
            last = hint - ofs;
            ofs = hint - t;
        }
        // a[last] < key <= a[ofs] (a[-1] = -inf, a[len] = +inf): the answer is in (last, ofs].
        last++;
        while (last < ofs) {
            int m = last + ((ofs - last) >>> 1);
            if (lt(a[base + m], key)) {
                last = m + 1;
            } else {
                ofs = m;
            }
        }
        return ofs;
    }

    /**
     * The rightmost position to insert {@code key} in the sorted {@code a[base, base + len)}: the k with
     * {@code a[base + k - 1] <= key < a[base + k]} (after equal elements: stability).
     */
    private int gallopRight(PyObject key, PyObject[] a, int base, int len, int hint) {
        int last = 0;
        int ofs = 1;
        if (lt(key, a[base + hint])) {
            int max = hint + 1; // gallop left until a[hint - ofs] <= key < a[hint - last]
            while (ofs < max && lt(key, a[base + hint - ofs])) {
                last = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = max;
                }
            }
            if (ofs > max) {
                ofs = max;
            }
            int t = last;
            last = hint - ofs;
            ofs = hint - t;
        } else {
            int max = len - hint; // gallop right until a[hint + last] <= key < a[hint + ofs]
            while (ofs < max && !lt(key, a[base + hint + ofs])) {
                last = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = max;
                }
            }
            if (ofs > max) {
                ofs = max;
            }
            last += hint;
            ofs += hint;
        }
        last++;
        while (last < ofs) {
            int m = last + ((ofs - last) >>> 1);
            if (lt(key, a[base + m])) {
                ofs = m;
            } else {
                last = m + 1;
            }
        }
        return ofs;
    }

    private void ensureTmp(int n) {
        if (tmpKeys.length < n) {
            int cap = Math.max(n, Math.min(keys.length >>> 1, Integer.MAX_VALUE - 8));
            tmpKeys = new PyObject[cap];
            if (values != null) {
                tmpValues = new PyObject[cap];
            }
        }
    }

    private void copy(PyObject[] srcK, PyObject[] srcV, int from, PyObject[] dstK, PyObject[] dstV, int to, int n) {
        System.arraycopy(srcK, from, dstK, to, n);
        if (values != null) {
            System.arraycopy(srcV, from, dstV, to, n);
        }
    }

    /** Moves one element from {@code src[from]} to {@code keys[to]}. */
    private void move(PyObject[] srcK, PyObject[] srcV, int from, int to) {
        keys[to] = srcK[from];
        if (values != null) {
            values[to] = srcV[from];
        }
    }

    /**
     * Merges A = [baseA, +lenA) and B = [baseB = baseA + lenA, +lenB) with lenA <= lenB, A parked in tmp, filling
     * from the left. Preconditions (from mergeAt's trims): B's first < A's first, A's last > every element of B.
     * Invariant at every comparison: {@code dest + lenA == cursorB} (the gap holds exactly the parked A elements).
     */
    private void mergeLo(int baseA, int lenA, int baseB, int lenB) {
        ensureTmp(lenA);
        PyObject[] k = keys;
        PyObject[] v = values;
        PyObject[] tk = tmpKeys;
        PyObject[] tv = tmpValues;
        copy(k, v, baseA, tk, tv, 0, lenA);
        int cursorA = 0;
        int cursorB = baseB;
        int dest = baseA;
        try {
            move(k, v, cursorB++, dest++);
            if (--lenB == 0) {
                return;
            }
            if (lenA == 1) {
                copy(k, v, cursorB, k, v, dest, lenB);
                dest += lenB;
                cursorB += lenB;
                lenB = 0;
                return;
            }
            int gallop = minGallop;
            outer:
            for (;;) {
                int countA = 0; // times in a row A won
                int countB = 0;
                do {
                    if (lt(k[cursorB], tk[cursorA])) {
                        move(k, v, cursorB++, dest++);
                        countB++;
                        countA = 0;
                        if (--lenB == 0) {
                            break outer;
                        }
                    } else {
                        move(tk, tv, cursorA++, dest++);
                        countA++;
                        countB = 0;
                        if (--lenA == 1) {
                            break outer;
                        }
                    }
                } while ((countA | countB) < gallop);

                do {
                    countA = gallopRight(k[cursorB], tk, cursorA, lenA, 0);
                    if (countA != 0) {
                        copy(tk, tv, cursorA, k, v, dest, countA);
                        dest += countA;
                        cursorA += countA;
                        lenA -= countA;
                        if (lenA <= 1) { // 0 only with an inconsistent comparison
                            break outer;
                        }
                    }
                    move(k, v, cursorB++, dest++);
                    if (--lenB == 0) {
                        break outer;
                    }
                    countB = gallopLeft(tk[cursorA], k, cursorB, lenB, 0);
                    if (countB != 0) {
                        copy(k, v, cursorB, k, v, dest, countB);
                        dest += countB;
                        cursorB += countB;
                        lenB -= countB;
                        if (lenB == 0) {
                            break outer;
                        }
                    }
                    move(tk, tv, cursorA++, dest++);
                    if (--lenA == 1) {
                        break outer;
                    }
                    gallop--;
                } while (countA >= MIN_GALLOP || countB >= MIN_GALLOP);
                if (gallop < 0) {
                    gallop = 0;
                }
                gallop += 2; // galloping stopped paying: make it harder to enter again
                minGallop = gallop;
            }
            minGallop = Math.max(1, gallop);
            if (lenA == 1 && lenB > 0) { // A's last element goes after the rest of B
                copy(k, v, cursorB, k, v, dest, lenB);
                dest += lenB;
                cursorB += lenB;
                lenB = 0;
            }
        } finally {
            // Normal end and exception alike: the parked A elements fill the gap [dest, dest + lenA).
            if (lenA > 0) {
                copy(tk, tv, cursorA, k, v, dest, lenA);
            }
        }
    }

    /**
     * Merges A = [baseA, +lenA) and B = [baseB, +lenB) with lenA > lenB, B parked in tmp, filling from the right.
     * Preconditions: as {@link #mergeLo}. Invariant at every comparison: {@code dest - cursorA == lenB}, and the
     * parked B elements are {@code tmp[0, lenB)}.
     */
    private void mergeHi(int baseA, int lenA, int baseB, int lenB) {
        ensureTmp(lenB);
        PyObject[] k = keys;
        PyObject[] v = values;
        PyObject[] tk = tmpKeys;
        PyObject[] tv = tmpValues;
        copy(k, v, baseB, tk, tv, 0, lenB);
        int cursorA = baseA + lenA - 1;
        int cursorB = lenB - 1; // always lenB - 1
        int dest = baseB + lenB - 1;
        try {
            move(k, v, cursorA--, dest--);
            if (--lenA == 0) {
                return;
            }
            if (lenB == 1) {
                dest -= lenA;
                cursorA -= lenA;
                copy(k, v, cursorA + 1, k, v, dest + 1, lenA);
                lenA = 0;
                return;
            }
            int gallop = minGallop;
            outer:
            for (;;) {
                int countA = 0;
                int countB = 0;
                do {
                    if (lt(tk[cursorB], k[cursorA])) {
                        move(k, v, cursorA--, dest--);
                        countA++;
                        countB = 0;
                        if (--lenA == 0) {
                            break outer;
                        }
                    } else {
                        move(tk, tv, cursorB--, dest--);
                        countB++;
                        countA = 0;
                        if (--lenB == 1) {
                            break outer;
                        }
                    }
                } while ((countA | countB) < gallop);

                do {
                    countA = lenA - gallopRight(tk[cursorB], k, baseA, lenA, lenA - 1);
                    if (countA != 0) {
                        dest -= countA;
                        cursorA -= countA;
                        copy(k, v, cursorA + 1, k, v, dest + 1, countA);
                        lenA -= countA;
                        if (lenA == 0) {
                            break outer;
                        }
                    }
                    move(tk, tv, cursorB--, dest--);
                    if (--lenB == 1) {
                        break outer;
                    }
                    countB = lenB - gallopLeft(k[cursorA], tk, 0, lenB, lenB - 1);
                    if (countB != 0) {
                        dest -= countB;
                        cursorB -= countB;
                        copy(tk, tv, cursorB + 1, k, v, dest + 1, countB);
                        lenB -= countB;
                        if (lenB <= 1) { // 0 only with an inconsistent comparison
                            break outer;
                        }
                    }
                    move(k, v, cursorA--, dest--);
                    if (--lenA == 0) {
                        break outer;
                    }
                    gallop--;
                } while (countA >= MIN_GALLOP || countB >= MIN_GALLOP);
                if (gallop < 0) {
                    gallop = 0;
                }
                gallop += 2;
                minGallop = gallop;
            }
            minGallop = Math.max(1, gallop);
            if (lenB == 1 && lenA > 0) { // B's first element goes before the rest of A
                dest -= lenA;
                cursorA -= lenA;
                copy(k, v, cursorA + 1, k, v, dest + 1, lenA);
                lenA = 0;
            }
        } finally {
            // Normal end and exception alike: the parked B elements tmp[0, lenB) fill the gap ending at dest.
            if (lenB > 0) {
                copy(tk, tv, 0, k, v, dest - lenB + 1, lenB);
            }
        }
    }
}
