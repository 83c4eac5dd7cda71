// SPDX-License-Identifier: Apache-2.0
package dev.freethread.gc;

import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.testkit.LeakChecked;
import dev.freethread.testkit.TestNode;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The JFR event each collection emits. */
@LeakChecked
class GcEventTest {
    @Test
    void eachCollection_emitsAJfrEvent_withItsFigures(ThreadState ts, Runtime rt) throws Exception {
        Path file = Files.createTempFile("gc-event", ".jfr");
        try (Recording recording = new Recording()) {
            recording.enable("dev.freethread.gc.Collection");
            recording.start();
            TestNode live = TestNode.create(ts, 1);
            TestNode a = TestNode.create(ts, 1);
            a.set(ts, 0, a);
            RefCount.decref(ts, a);
            assertThat(Gc.of(rt).collect(ts)).isEqualTo(1);
            RefCount.decref(ts, live);
            recording.stop();
            recording.dump(file);
        }
        List<RecordedEvent> events = RecordingFile.readAllEvents(file);
        Files.deleteIfExists(file);
        assertThat(events).hasSize(1);
        RecordedEvent e = events.get(0);
        assertThat(e.getInt("generation")).isEqualTo(2);
        assertThat(e.getLong("examined")).isEqualTo(2);
        assertThat(e.getLong("collected")).isEqualTo(1);
        assertThat(e.getLong("uncollectable")).isEqualTo(0);
        assertThat(e.getDuration().toNanos()).isGreaterThanOrEqualTo(e.getLong("pause")).isPositive();
    }
}
