// SPDX-License-Identifier: Apache-2.0
package dev.freethread.refcount;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.GcWatch;
import dev.freethread.objects.internal.Header;

/**
 * Reference-count operations on a <em>watched</em> object: a candidate of the running concurrent collection
 * (gc's {@code ConcurrentCollector}; docs/gc.md, "The concurrent collector"). A watched object is merged (no owner),
 * so its whole count is in the shared word, and its local-count field holds a watch word ({@link Header#WATCH_BASE}).
 *
 * <pre>
 * The protocol (the mutator's half; the collector's half is in ConcurrentCollector's overview)
 *
 *  incref, decref: set the word's TOUCHED bit by CAS, then change the shared count as for any merged object. The
 *       flag is written before the count changes, so a collector that read the count and then finds the word
 *       untouched knows that no operation changed the count in between ([G13]).
 *  tryIncref (a door: weak-reference get, lock-free container reads, anything that takes a reference to an object
 *       it does not hold one to):
 *       - an open word: set TOUCHED by CAS (which makes the collector's closing CAS of this word fail, so the
 *         component cannot be committed as garbage), then tryIncref the shared count as usual;
 *       - a closed word (the collector is committing, or has committed, the object's component): read the
 *         component's verdict (GcWatch): COMMITTING or a stale table, wait and re-read the word; CLOSED with the
 *         word unchanged, refuse (the object is garbage: weak references to it are about to be cleared);
 *         anything else, the collector is rewriting the word: re-read it.
 *       The CAS on the word orders a door against the collector's close of the same word ([G12]): exactly one wins.
 * </pre>
 */
final class Watched {
    private Watched() {}

    /** Sets the touched bit of a watch word, unless it is set already or the word is no longer a watch word. */
    static void touch(PyObject o, int w) {
        while (Header.isWatchLocal(w) && !Header.isWatchTouched(w)) {
            if (Header.casRefLocal(o, w, Header.watchTouch(w))) {
                return;
            }
            w = Header.refLocalVolatile(o);
        }
    }

    static void incref(PyObject o, int w) {
        touch(o, w);
        int old = Header.getAndAddRefShared(o, Header.SHARED_ONE);
        if (!Header.isLiveShared(old)) {
            Merges.sharedIncrefOutOfRange(o, old);
        }
    }

    static void decref(ThreadState ts, PyObject o, int w) {
        touch(o, w);
        RefCount.sharedDecref(ts, o);
    }

    /** A door ({@link RefCount#tryIncref} of a watched object). */
    static boolean tryIncref(ThreadState ts, PyObject o, int w) {
        for (int spins = 0; ; spins++) {
            if (!Header.isWatchLocal(w)) {
                return RefCount.tryIncref(ts, o); // unwatched meanwhile: the ordinary paths
            }
            if (!Header.isWatchClosed(w)) {
                if (Header.isWatchTouched(w) || Header.casRefLocal(o, w, Header.watchTouch(w))) {
                    return Merges.tryIncrefShared(o);
                }
            } else {
                int verdict = GcWatch.of(ts.runtime()).verdict(Header.watchEpoch(w), Header.watchComponent(w));
                if (verdict == GcWatch.CLOSED && Header.refLocalVolatile(o) == w) {
                    return false; // garbage: committed by the collector
                }
                backOff(spins); // COMMITTING, being rewritten, or a table of another collection: the word changes
            }
            w = Header.refLocalVolatile(o);
        }
    }

    /** A door's wait: bounded by the collector's pass over one component's words. */
    private static void backOff(int spins) {
        if (spins < 64) {
            Thread.onSpinWait();
        } else if (spins < 256) {
            Thread.yield();
        } else {
            java.util.concurrent.locks.LockSupport.parkNanos(10_000);
        }
    }
}
