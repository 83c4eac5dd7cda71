// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress.gc;

import dev.freethread.objects.RcScheme;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.Header;
import dev.freethread.refcount.RefCount;
import dev.freethread.stress.Harness;
import dev.freethread.testkit.TestNode;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * [G13], the mutator's half, at the level of one word (gc's ConcurrentCollector overview; refcount's Watched): a
 * count change on a watched object sets the word's TOUCHED bit <em>before</em> it changes the count, so a collector
 * that read the count and then closed the untouched word by CAS knows that no count change landed between the two.
 *
 * <p>The object is merged from birth (ATOMIC scheme) and watched (its local-count field holds an untouched watch
 * word), with a count of 1. The mutator actor increments it through {@link RefCount#incref} (the watched path). The
 * collector actor does what validation and the commit do to one member: read the count (volatile), then CAS the word
 * from "watched, untouched" to "closed". Outcome {@code (the commit's CAS succeeded, the count it read)}:
 * <ul>
 *   <li>{@code 1, 1}: the commit came first; the increment's touch found the word closed and its count change came
 *       after the CAS, so after the read (a count change after t*: at the collector's level, only a door may make one,
 *       and a door refuses a closed word).</li>
 *   <li>{@code 0, 1} and {@code 0, 2}: the touch came first (the read saw the increment or not); the commit fails.</li>
 *   <li>{@code 1, 2} is forbidden: the read saw the increment, so the increment's count change came before the CAS,
 *       yet its touch came after it (the CAS found the word untouched): the flag was set after the count changed, and a
 *       collector could have certified a count that was already stale.</li>
 * </ul>
 * Fails with the touch moved after the count change in {@code Watched.incref} (docs/gc.md has the run).
 */
@JCStressTest
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "commit first; the increment lands after it (and after the read).")
@Outcome(id = {"0, 1", "0, 2"}, expect = ACCEPTABLE, desc = "the touch first: the commit fails.")
@Outcome(id = "1, 2", expect = FORBIDDEN, desc = "the count changed before the touch: a committed stale count.")
@State
public class TouchBeforeCountTest {
    static final Runtime RT = Runtime.builder().scheme(RcScheme.ATOMIC).build();
    private static final int OPEN = Header.watchWord(0, 0);
    private static final int CLOSED = Header.watchTouch(Header.watchClose(Header.watchWord(0, 1)));

    final TestNode o;

    public TouchBeforeCountTest() {
        ThreadState ts = Harness.attached(RT);
        o = TestNode.create(ts, 0);
        if (!Header.casRefLocal(o, 0, OPEN)) {
            throw new IllegalStateException("a new merged object's local count is not 0");
        }
    }

    @Actor
    public void mutator() {
        RefCount.incref(Harness.attached(RT), o);
    }

    @Actor
    public void collector(II_Result r) {
        int count = Header.sharedCount(Header.refSharedVolatile(o));
        boolean committed = Header.casRefLocal(o, OPEN, CLOSED);
        r.r1 = committed ? 1 : 0;
        r.r2 = count;
    }

    @Arbiter
    public void release() {
        ThreadState ts = Harness.attached(RT);
        int w = Header.refLocalVolatile(o);
        while (Header.isWatchLocal(w) && !Header.casRefLocal(o, w, 0)) {
            w = Header.refLocalVolatile(o);
        }
        RefCount.decref(ts, o);
        RefCount.decref(ts, o);
    }
}
