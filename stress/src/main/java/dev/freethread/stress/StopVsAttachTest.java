// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress;

import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * [W1] of {@code World}: a detached thread attaches and runs mutator code while another thread stops the world.
 *
 * <p>The mutator actor attaches (its thread state is detached between actor calls), writes {@code ran = 1} — the
 * mutator code —, polls, and detaches again. The stopper stops the world, reads {@code ran}, spins a little, reads
 * it again, and restarts. Both the stopper's CAS (DETACHED to SUSPENDED) and the mutator's (DETACHED to ATTACHED)
 * start from DETACHED, so exactly one wins: if the stopper wins, attach() waits for the restart; if the mutator wins,
 * it is attached, and the stop cannot complete before the mutator's poll, after its write.
 *
 * <p>Outcome {@code (ran at the stop, ran just before the restart)}:
 * <ul>
 *   <li>{@code 0, 0}: the stop came first; the mutator ran after the restart.</li>
 *   <li>{@code 1, 1}: the mutator attached first; the stop waited for its poll.</li>
 *   <li>{@code 0, 1}: forbidden — the mutator ran while the world was stopped.</li>
 * </ul>
 * Both actors detach at the end of each call: jcstress reuses actor threads, and an idle attached thread would
 * hold up every later stop (the contract: detach around anything that is not running the interpreter).
 *
 * <p>Results seen here (2 cores, JDK 17.0.15):
 * <pre>
 * java -jar stress/target/jcstress.jar -t StopVsAttachTest -m quick
 * 2026-11-25, quick mode: all 28 JVM configurations (biased locking on/off, C2 stress randomizers) passed,
 * no FORBIDDEN outcome (run together: -t 'StopVsAttachTest|MutexExclusionTest', 56 results, 0 failed).
 * Before the registration fix in Runtime.attachCurrentThread, StopVsAttachTest saw one FORBIDDEN 0, 1 in
 * 127 sanity-mode samples (with -XX:+UseBiasedLocking).
 * </pre>
 */
@JCStressTest
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "The stop came first; the mutator ran after the restart.")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "The mutator attached first; the stop waited for its poll.")
@Outcome(id = "0, 1", expect = FORBIDDEN, desc = "The mutator ran while the world was stopped.")
@Outcome(expect = FORBIDDEN, desc = "Anything else.")
@State
public class StopVsAttachTest {
    static final Runtime RT = Harness.newRuntime();

    volatile int ran;

    /** The calling thread's state, attached (it is detached between actor calls). */
    private static ThreadState attach() {
        ThreadState ts = RT.currentThreadState();
        if (ts == null) {
            return RT.attachCurrentThread();
        }
        ts.attach();
        return ts;
    }

    @Actor
    public void mutator() {
        ThreadState ts = attach();
        ran = 1;
        ts.poll();
        ts.detach();
    }

    @Actor
    public void stopper(II_Result r) {
        ThreadState ts = attach();
        RT.stopTheWorld(ts);
        r.r1 = ran;
        for (int i = 0; i < 100; i++) {
            Thread.onSpinWait();
        }
        r.r2 = ran;
        RT.startTheWorld(ts);
        ts.detach();
    }
}
