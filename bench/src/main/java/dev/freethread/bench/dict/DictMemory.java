// SPDX-License-Identifier: Apache-2.0
package dev.freethread.bench.dict;

import dev.freethread.dict.PyDict;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.RcScheme;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Memory per entry, measured with JOL's {@link GraphLayout}: the bytes of everything reachable from the map minus
 * everything reachable from its keys and values (so only the structure counts: tables, entries, nodes, the map
 * object), divided by the number of entries. PyDict and the two peers hold the same key and value objects (PyStr keys
 * and PyInt values; for the peers the same PyStr objects as keys, whose Java equality is identity — the structure's
 * cost does not depend on the key type). Sizes: 1000 and 1,000,000 entries, each map filled by insertion (no presizing),
 * as a program would.
 *
 * <p>Run: {@code java -Djdk.attach.allowAttachSelf=true -cp bench/target/benchmarks.jar dev.freethread.bench.dict.DictMemory}
 */
public final class DictMemory {
    private DictMemory() {}

    public static void main(String[] args) {
        System.out.println(VM.current().details());
        Runtime rt = Runtime.builder().scheme(RcScheme.BIASED).build();
        ThreadState ts = rt.attachCurrentThread();
        System.out.printf("%-10s %-9s %14s %16s %9s%n", "entries", "impl", "structure (B)", "bytes per entry", "vs CHM");
        for (int n : new int[] {1000, 1_000_000}) {
            PyObject[] keys = new PyObject[n];
            PyObject[] values = new PyObject[n];
            for (int i = 0; i < n; i++) {
                keys[i] = PyStr.of(ts, "name" + i);
                values[i] = PyInt.of(ts, 10_000 + i);
            }
            Object[] contents = new Object[2 * n];
            System.arraycopy(keys, 0, contents, 0, n);
            System.arraycopy(values, 0, contents, n, n);
            GraphLayout contentGraph = GraphLayout.parseInstance(contents);

            PyDict dict = PyDict.create(ts);
            Map<Object, PyObject> chm = new ConcurrentHashMap<>();
            Map<Object, PyObject> lhm = Collections.synchronizedMap(new LinkedHashMap<>());
            for (int i = 0; i < n; i++) {
                dict.setItem(ts, keys[i], values[i]);
                chm.put(keys[i], values[i]);
                lhm.put(keys[i], values[i]);
            }
            long chmBytes = structure(chm, contentGraph);
            long dictBytes = structure(dict, contentGraph);
            long lhmBytes = structure(lhm, contentGraph);
            print(n, "PyDict", dictBytes, chmBytes);
            print(n, "CHM", chmBytes, chmBytes);
            print(n, "SYNC_LHM", lhmBytes, chmBytes);

            RefCount.decref(ts, dict);
            for (int i = 0; i < n; i++) {
                RefCount.decref(ts, keys[i]);
                RefCount.decref(ts, values[i]);
            }
        }
        ts.close();
        rt.close();
    }

    /** Bytes reachable from {@code map} that are not reachable from the keys and values. */
    static long structure(Object map, GraphLayout contentGraph) {
        return GraphLayout.parseInstance(map).subtract(contentGraph).totalSize();
    }

    private static void print(int n, String impl, long bytes, long chmBytes) {
        System.out.printf("%-10d %-9s %14d %16.1f %8.2fx%n", n, impl, bytes, (double) bytes / n, (double) bytes / chmBytes);
    }
}
