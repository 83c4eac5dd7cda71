// SPDX-License-Identifier: Apache-2.0
package dev.freethread.list;

import dev.freethread.objects.PyException;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.testkit.TestNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * [Q5] No lost wake-up: a writer whose deferred decref waits for a reader's report is woken when the reader reports
 * or goes offline, however their steps interleave (objects' Qsbr, "Wake-ups"). The writer here only polls: if the
 * wake-up is lost, nothing else makes its safepoints process the queue, and the object is never dropped. Found by
 * BorrowedReadVsRemoveTest.List (jcstress) before the waiter count existed: the reader went offline between the
 * writer's scan and its request, and the writer stalled (here within about 1,300 rounds).
 */
class QsbrWakeUpTest {
    private volatile PyList list;
    private volatile boolean readerDone;

    @Test
    @Timeout(120)
    void aWriterWaitingForAReader_isAlwaysWoken() throws Exception {
        Runtime rt = Runtime.create();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int round = 0; round < 2000 && failure.get() == null; round++) {
            list = null;
            readerDone = false;
            int r = round;
            Thread writer = new Thread(() -> {
                try (ThreadState ts = rt.attachCurrentThread()) {
                    PyList l = PyList.create(ts);
                    TestNode v = TestNode.create(ts, 0);
                    l.append(ts, v);
                    RefCount.decref(ts, v);
                    l.getItemBorrowed(ts, 0); // shared-read
                    list = l;
                    RefCount.decref(ts, l.pop(ts)); // the list's reference waits for the reader
                    long deadline = System.nanoTime() + 10_000_000_000L;
                    while (!(readerDone && RefCount.isFreed(v))) {
                        ts.poll();
                        if (System.nanoTime() > deadline) {
                            throw new AssertionError("round " + r + ": the deferred decref was never processed");
                        }
                    }
                    RefCount.decref(ts, l);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            Thread reader = new Thread(() -> {
                try (ThreadState ts = rt.attachCurrentThread()) {
                    while (list == null) {
                        Thread.onSpinWait();
                    }
                    try {
                        list.getItemBorrowed(ts, 0);
                    } catch (PyException e) {
                        // IndexError: the pop came first
                    }
                    readerDone = true;
                    ts.detach(); // offline: the report the writer waits for
                    ts.attach();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            writer.start();
            reader.start();
            writer.join();
            reader.join();
        }
        assertThat(failure.get()).isNull();
        assertThat(rt.liveObjects()).isZero();
        rt.close();
    }
}
