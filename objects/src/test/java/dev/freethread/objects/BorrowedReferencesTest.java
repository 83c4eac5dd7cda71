// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link BorrowedReferences}: the binding's hook runs before each quiescent state its thread reports (a serviced
 * poll, detach, exit), before anything else the safepoint does, and never at a poll with nothing pending.
 */
class BorrowedReferencesTest extends WithRuntime {

    @Test
    void theHook_runsAtDetachAndAttach_notAtAnIdlePoll_andOnlyItsThreadSetsIt() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        List<ThreadState.Status> statusAtCall = new CopyOnWriteArrayList<>();
        ts.setBorrowedReferences(t -> {
            calls.incrementAndGet();
            statusAtCall.add(t.status());
        });
        try {
            ts.poll();
            assertThat(calls).as("a poll with nothing pending reports nothing").hasValue(0);
            ts.detach(); // its service and its going offline: once or twice, before the thread leaves ATTACHED
            int atDetach = calls.get();
            assertThat(atDetach).isBetween(1, 2);
            assertThat(statusAtCall).as("still attached: before it went offline").containsOnly(ThreadState.Status.ATTACHED);
            ts.attach();
            assertThat(calls.get()).as("attach services too").isEqualTo(atDetach + 1);
            Thread other = new Thread(() -> assertThatThrownBy(() -> ts.setBorrowedReferences(null))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("borrowed-reference hook"));
            other.start();
            other.join();
        } finally {
            ts.setBorrowedReferences(null);
        }
        int before = calls.get();
        ts.detach();
        ts.attach();
        assertThat(calls.get()).as("removed").isEqualTo(before);
    }

    @Test
    void atAServicedPoll_theHookRunsBeforeTheHandshake_andAtExit() throws Exception {
        AtomicBoolean handshakeRan = new AtomicBoolean();
        AtomicBoolean done = new AtomicBoolean();
        List<Boolean> handshakeRanAtHook = new CopyOnWriteArrayList<>();
        Mutators m = new Mutators(rt, 1, (t, i) -> {
            t.setBorrowedReferences(x -> handshakeRanAtHook.add(handshakeRan.get()));
            while (!done.get()) {
                t.poll();
            }
            handshakeRanAtHook.add(null); // the exit's calls come after this marker
        });
        m.awaitAttached();
        rt.handshake(ts, t -> {
            if (t.thread().getName().equals("mutator-0")) {
                handshakeRan.set(true);
            }
        });
        done.set(true);
        m.joinDetached(ts);
        int marker = handshakeRanAtHook.indexOf(null);
        assertThat(handshakeRanAtHook.subList(0, marker)).as("serviced polls: the hook ran before the handshake")
                .startsWith(false);
        assertThat(handshakeRanAtHook.size()).as("the exit called it too").isGreaterThan(marker + 1);
    }
}
