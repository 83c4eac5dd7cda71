// SPDX-License-Identifier: Apache-2.0
package dev.freethread.list;

import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.testkit.LeakChecked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The memory bound of deferred decrefs, after CPython's gh-132519 (free-threaded 3.13: QSBR held 6.7 GB of freed
 * list arrays where 135 MB was live, because one thread reached quiescent states rarely, and frees waited on it; fixed
 * by size-aware advance, gh-133136). Here a writer keeps popping big lists out of a shared-read list (each pop defers
 * the list's reference: about 64 KiB of slot array apiece) while another attached thread polls only every 20 ms. The
 * writer's pending estimate must stay under the cap (64 MiB) plus one entry: at the cap it waits, detached, for the
 * slow thread's next safepoint, and then drops everything that was pending.
 */
@LeakChecked
class DeferredMemoryCapTest {

    @Test
    @Timeout(120)
    void aThreadThatRarelyPolls_cannotMakeDeferredMemoryGrowPastTheCap(Runtime rt, ThreadState ts) throws Exception {
        long capBytes = RefCount.deferredCaps()[1];
        int slotsPerList = 16 * 1024; // 4 bytes a slot: 64 KiB of array
        long entryBytes = 32 + 4L * slotsPerList;
        int rounds = (int) (3 * capBytes / entryBytes); // three times the cap, without the cap

        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread slow = new Thread(() -> {
            try (ThreadState s = rt.attachCurrentThread()) {
                while (!stop.get()) {
                    long until = System.nanoTime() + 20_000_000L; // attached, busy, no safepoint for 20 ms
                    while (System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                    s.poll();
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "slow-poller");
        slow.start();

        PyList shared = PyList.create(ts);
        RefCount.enableSharedReads(shared); // as its first borrowed read would (the test thread owns it: nobody writes)
        long maxPending = 0;
        int waits = 0;
        long last = 0;
        for (int i = 0; i < rounds; i++) {
            PyList big = PyList.create(ts);
            PyObject[] fill = new PyObject[slotsPerList];
            java.util.Arrays.fill(fill, PyNone.NONE);
            big.extend(ts, RefCount.iterate(java.util.Arrays.asList(fill)));
            shared.append(ts, big);
            RefCount.decref(ts, big);
            RefCount.decref(ts, shared.pop(ts)); // the list's reference is deferred: the big list lives on
            long pending = RefCount.deferredBytes(ts);
            if (pending < last) {
                waits++;
            }
            last = pending;
            maxPending = Math.max(maxPending, pending);
        }
        stop.set(true);
        ts.detach();
        slow.join();
        ts.attach();
        assertThat(failure.get()).isNull();
        assertThat(maxPending).as("pending deferred bytes (cap %d)", capBytes)
                .isLessThanOrEqualTo(capBytes + entryBytes);
        assertThat(waits).as("the writer reached the cap and drained").isGreaterThanOrEqualTo(1);
        RefCount.decref(ts, shared);
    }
}
