// SPDX-License-Identifier: Apache-2.0
package dev.freethread.dict;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;

/** The structural validation run after tests: every invariant of {@link Table} and {@link PyDict} that can be read. */
final class DictChecks {
    private DictChecks() {}

    /** Throws AssertionError naming the first broken invariant. Call only while no other thread writes the dict. */
    static void checkInvariants(ThreadState ts, PyDict d) {
        Table t = d.tableVolatile();
        int n = t.nentriesPlain();
        if (n > t.usable()) {
            throw new AssertionError("nentries " + n + " > usable " + t.usable());
        }
        int live = 0;
        int[] slotsOfEntry = new int[n];
        int nonEmpty = 0;
        for (int s = 0; s < t.size(); s++) {
            int e = t.indices[s];
            if (e != Table.EMPTY) {
                nonEmpty++;
            }
            if (e > 0) {
                int ix = t.entryOf(e);
                if (ix < 0 || ix >= n) {
                    throw new AssertionError("index slot " + s + " points past nentries: " + e);
                }
                if (t.value(ix) == null) {
                    throw new AssertionError("index slot " + s + " points at deleted entry " + ix);
                }
                if (t.indexFor(ix, t.hashes[ix]) != e) {
                    throw new AssertionError("index slot " + s + " has a tag that is not its entry's hash's: " + e);
                }
                slotsOfEntry[ix]++;
            }
        }
        if (nonEmpty > t.usable() || (t.size() > 1 && nonEmpty >= t.size())) {
            throw new AssertionError("no EMPTY slot left: probes could loop (" + nonEmpty + " of " + t.size() + ")");
        }
        for (int i = 0; i < n; i++) {
            PyObject v = t.value(i);
            PyObject k = t.key(i);
            if ((v == null) != (k == null)) {
                throw new AssertionError("entry " + i + " half deleted: key " + k + ", value " + v);
            }
            if (v == null) {
                continue;
            }
            live++;
            if (slotsOfEntry[i] != 1) {
                throw new AssertionError("entry " + i + " (" + k.repr() + ") has " + slotsOfEntry[i] + " index slots");
            }
            if (t.hashes[i] != k.pyHash(ts)) {
                throw new AssertionError("entry " + i + " stores hash " + t.hashes[i] + ", key hashes to " + k.pyHash(ts));
            }
            if (t.slotOfEntry(t.hashes[i], i) < 0) {
                throw new AssertionError("entry " + i + " not reachable by its probe sequence");
            }
            if (i >= t.liveEnd) {
                throw new AssertionError("live entry " + i + " at or above liveEnd " + t.liveEnd);
            }
        }
        if (live != d.size()) {
            throw new AssertionError("used is " + d.size() + " but " + live + " entries are live");
        }
    }
}
