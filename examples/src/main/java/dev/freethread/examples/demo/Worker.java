// SPDX-License-Identifier: Apache-2.0
package dev.freethread.examples.demo;

import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.refcount.Tuples;
import org.jctools.queues.MpscArrayQueue;

import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One interpreter-like thread of the {@link Workload}: attaches to the Runtime, runs its loop with a safepoint at the
 * back-edge, and exits, leaving nothing behind that it should have dropped.
 *
 * <p>Every reference the worker holds is accounted for in its code: a new reference from a constructor is either
 * stolen by a container ({@link Node#swapStealing}), mailed to another worker (its reference goes with it), kept in
 * the {@link #ring} or among the {@link #souvenirs}, or dropped. Borrowed references (a slot of a node the worker
 * holds) are used only while the holder is held, and counted ({@code incref}) before they are used further, as an
 * interpreter pushes them on its stack.
 */
final class Worker implements Runnable {
    /** Rounds between publications of the RC-op count for the progress display. */
    private static final int PUBLISH_EVERY_ROUNDS = 64;
    /** One foreign object in this many is kept as a souvenir (replacing a random older one). */
    private static final int SOUVENIR_ODDS = 1024;
    private static final String[] WORDS = {"spam", "eggs", "ham", "parrot", "shrubbery", "lumberjack", "swallow", "grail"};

    private final int index;
    private final String name;
    private final Workload.Config config;
    private final Runtime rt;
    private final Board board;
    private final long start;
    private final AtomicBoolean failed;
    private final CountDownLatch mailingStopped;
    private final CountDownLatch exited;
    private final boolean exitsEarly;
    /** Letters other workers mail to this one: many producers, one consumer (this worker). */
    private final MpscArrayQueue<PyObject> inbox = new MpscArrayQueue<>(Workload.INBOX_CAPACITY);
    /** Cleared (volatile) when this worker stops taking mail; senders then pick another worker. */
    private volatile boolean acceptsMail = true;
    private Worker[] peers;

    /** Read by the progress display on the main thread. */
    private final AtomicLong publishedOps = new AtomicLong();
    private volatile boolean running = true;

    // Owned by the worker thread; read by the main thread after it has joined this one.
    private SplittableRandom random;
    private CountingRc rc;
    /** What the worker keeps for a short while (mail it received, board reads, nodes it published): new references. */
    private final PyObject[] ring = new PyObject[Workload.RING_SIZE];
    private int ringPos;
    /** Other threads' objects kept for long (until replaced, rarely, or until the worker stops): new references. */
    private final PyObject[] souvenirs = new PyObject[Workload.SOUVENIRS];
    private final long[] readCounters = new long[2]; // [lock-free, locked] board reads
    private long created;
    private long mailSent;
    private long mailReceived;
    private long mailSkipped;
    private long boardWrites;
    private long boardReads;
    private double exitedAtSeconds;
    private Throwable failure;

    Worker(int index, Workload.Config config, Runtime rt, Board board, long start, AtomicBoolean failed,
           CountDownLatch mailingStopped, CountDownLatch exited) {
        this.index = index;
        this.name = "worker-" + index;
        this.config = config;
        this.rt = rt;
        this.board = board;
        this.start = start;
        this.failed = failed;
        this.mailingStopped = mailingStopped;
        this.exited = exited;
        this.exitsEarly = index == 0;
    }

    /** Called once, before the threads start. */
    void setPeers(Worker[] peers) {
        this.peers = peers;
    }

    String name() {
        return name;
    }

    long publishedOps() {
        return publishedOps.getOpaque();
    }

    boolean isRunning() {
        return running;
    }

    /** The inbox, for the main thread's final sweep after every worker has exited. */
    MpscArrayQueue<PyObject> inbox() {
        return inbox;
    }

    @Override
    public void run() {
        boolean stoppedMailing = false;
        try (ThreadState ts = rt.attachCurrentThread()) {
            rc = new CountingRc(ts);
            random = new SplittableRandom(config.seed() + index);
            loop(ts);
            acceptsMail = false;
            drop(ring);
            drop(souvenirs); // the others' souvenirs of worker 0's objects outlive it: their drops are abandoned merges
            stoppedMailing = true;
            mailingStopped.countDown();
            if (!exitsEarly) {
                // Wait until nobody mails any more, then read the last letters. Detached while blocked: merges that
                // other threads queue to this one meanwhile wait until it attaches again (attach() services them).
                ts.detach();
                try {
                    mailingStopped.await();
                } finally {
                    ts.attach();
                }
            }
            // Worker 0 leaves now: a letter mailed to it after this sweep stays in its inbox until the main thread
            // drops it at the end (counted as "late mail").
            drainInbox();
            publishedOps.setOpaque(rc.total());
        } catch (Throwable t) { // the thread state is closed (exited) by now
            failure = t;
            failed.set(true);
        } finally {
            // ts.close() ran first: this thread has exited, and every count queued to it before is merged.
            exitedAtSeconds = (System.nanoTime() - start) / 1e9;
            running = false;
            acceptsMail = false;
            if (!stoppedMailing) {
                mailingStopped.countDown();
            }
            exited.countDown();
        }
    }

    private void loop(ThreadState ts) {
        long deadline = deadline();
        long opBudget = config.duration() == null
                ? (exitsEarly ? Workload.earlyExitBudget(config.opsPerWorker()) : config.opsPerWorker()) : 0;
        for (long round = 1; ; round++) {
            privateChurn(ts);
            int dice = random.nextInt(8);
            if (dice < 2) {
                sendMail(ts);
            } else if (dice == 2) {
                publishOnBoard(ts);
            }
            if ((dice & 1) == 0) {
                readBoard();
            }
            receiveMail();
            ts.poll(); // the loop's back-edge is a safepoint: merge what other threads queued to this one

            if (round % PUBLISH_EVERY_ROUNDS == 0) {
                publishedOps.setOpaque(rc.total());
                if (failed.get()) {
                    return;
                }
            }
            if (opBudget > 0 ? rc.total() >= opBudget : System.nanoTime() - deadline >= 0) {
                return;
            }
        }
    }

    private long deadline() {
        if (config.duration() == null) {
            return Long.MAX_VALUE;
        }
        long nanos = config.duration().toNanos();
        return start + (exitsEarly ? Workload.earlyExitBudget(nanos) : nanos);
    }

    /** Builds a small structure only this thread sees, uses it, and drops it: every call here is biased. */
    private void privateChurn(ThreadState ts) {
        Node node = Node.create(ts, 4);
        PyInt number = PyInt.of(ts, bigValue());
        PyStr word = PyStr.of(ts, WORDS[random.nextInt(WORDS.length)]);
        rc.countTupleItems(number, word);
        PyTuple pair = Tuples.of(ts, number, word); // borrows both: increfs each
        created += 4;
        node.swapStealing(0, pair);   // the node takes over our references
        node.swapStealing(1, number);
        node.swapStealing(2, word);
        node.swapStealing(3, PyInt.of(ts, random.nextInt(100))); // a small int: immortal, never counted
        for (int i = 0; i < node.size(); i++) {
            PyObject item = node.getBorrowed(i); // borrowed from the node...
            rc.incref(item);                     // ...pushed on the "stack" as a new reference
            rc.decref(item);                     // ...and popped
        }
        rc.decref(node); // the last reference: frees the node, then the tuple, the int and the str, in cascade
    }

    /**
     * Mails a new tuple to another worker: our reference goes with it (the owner's local count keeps counting it).
     * With backpressure: when no other worker takes mail or has room in its inbox, nothing is sent this round.
     */
    private void sendMail(ThreadState ts) {
        Worker to = null;
        int first = random.nextInt(peers.length);
        for (int k = 0; k < peers.length && to == null; k++) {
            Worker w = peers[(first + k) % peers.length];
            if (w != this && w.acceptsMail && w.inbox.size() < Workload.INBOX_CAPACITY / 2) {
                to = w;
            }
        }
        if (to == null) {
            mailSkipped++;
            return;
        }
        PyStr word = PyStr.of(ts, WORDS[random.nextInt(WORDS.length)]);
        PyInt number = PyInt.of(ts, bigValue());
        rc.countTupleItems(word, number);
        PyTuple letter = Tuples.of(ts, word, number);
        created += 3;
        rc.decref(word); // the tuple holds them now
        rc.decref(number);
        if (to.inbox.offer(letter)) {
            mailSent++;
        } else {
            mailSkipped++;
            rc.decref(letter); // the inbox filled up meanwhile: drop it ourselves
        }
    }

    /**
     * Takes the letters in the inbox (a bounded number per round), reads their items and keeps them. Taking all of
     * them, not one, matters on an oversubscribed machine: a worker that was descheduled for a while finds a backlog.
     */
    private void receiveMail() {
        for (int n = 0; n < Workload.INBOX_CAPACITY; n++) {
            PyObject m = inbox.relaxedPoll();
            if (m == null) {
                return;
            }
            mailReceived++;
            PyTuple letter = (PyTuple) m;
            for (int i = 0; i < letter.size(); i++) {
                PyObject item = letter.getItemBorrowed(i); // another thread's object: shared (atomic) ops
                rc.incref(item);
                rc.decref(item);
            }
            keep(letter);
        }
    }

    private void drainInbox() {
        PyObject m;
        while ((m = inbox.poll()) != null) {
            mailReceived++;
            rc.decref(m);
        }
    }

    /**
     * Publishes a new, frozen node on the board. The worker keeps its creation reference in its ring: when the ring
     * drops it and the board has been overwritten, the local count reaches zero — with readers still holding it, a
     * zero-local merge.
     */
    private void publishOnBoard(ThreadState ts) {
        Node notice = Node.create(ts, 2);
        notice.swapStealing(0, PyStr.of(ts, WORDS[random.nextInt(WORDS.length)]));
        notice.swapStealing(1, PyInt.of(ts, bigValue()));
        created += 3;
        board.publish(rc, random.nextInt(board.size()), notice);
        boardWrites++;
        keep(notice);
    }

    /** Reads a board slot lock-free (falling back to the lock), reads the node's first item and keeps the node. */
    private void readBoard() {
        PyObject v = board.readNew(rc, random.nextInt(board.size()), readCounters);
        if (v == null) {
            return;
        }
        boardReads++;
        PyObject item = ((Node) v).getBorrowed(0); // borrowed from a node we hold; frozen, so never replaced
        rc.incref(item);
        rc.decref(item);
        keep(v);
    }

    /**
     * Takes over a new reference: into the ring, whose oldest reference is dropped; or, for one foreign object in
     * {@link #SOUVENIR_ODDS}, among the souvenirs, replacing a random one.
     */
    private void keep(PyObject newReference) {
        PyObject evicted;
        if (!RefCount.isOwnedBy(rc.ts(), newReference) && random.nextInt(SOUVENIR_ODDS) == 0) {
            int i = random.nextInt(souvenirs.length);
            evicted = souvenirs[i];
            souvenirs[i] = newReference;
        } else {
            evicted = ring[ringPos];
            ring[ringPos] = newReference;
            ringPos = (ringPos + 1) % ring.length;
        }
        rc.xdecref(evicted);
    }

    private void drop(PyObject[] held) {
        for (int i = 0; i < held.length; i++) {
            PyObject o = held[i];
            held[i] = null;
            rc.xdecref(o);
        }
    }

    /** A value outside the small-int cache, so that PyInt.of allocates. */
    private long bigValue() {
        return 1_000 + random.nextInt(1 << 20);
    }

    /** What this worker did; call after its thread has been joined. */
    Workload.WorkerReport report() {
        CountingRc c = rc;
        return new Workload.WorkerReport(name, created, c == null ? 0 : c.biased(), c == null ? 0 : c.shared(),
                c == null ? 0 : c.immortal(), mailSent, mailReceived, mailSkipped, boardWrites, boardReads, readCounters[0],
                readCounters[1], exitsEarly, exitedAtSeconds, failure);
    }
}
