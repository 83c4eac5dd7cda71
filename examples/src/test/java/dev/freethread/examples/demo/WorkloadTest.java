// SPDX-License-Identifier: Apache-2.0
package dev.freethread.examples.demo;

import dev.freethread.objects.RcScheme;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's workload, short: nothing leaks, and the share of biased operations is what the scheme promises. Runs
 * with the debug checks on (surefire sets {@code freethread.debug}), so any misuse in the demo's own reference
 * counting fails here.
 */
class WorkloadTest {

    @Test
    void biased_noLeak_andSomeOpsTakeTheBiasedPath() {
        Workload.Result r = Workload.run(Workload.Config.timed(2, Duration.ofMillis(500), RcScheme.BIASED, 1));

        assertThat(r.failures()).isEmpty();
        assertThat(r.live()).as("objects alive after every thread exited").isZero();
        assertThat(r.liveByType()).isEmpty();
        assertThat(r.created()).as("the Runtime's count of creations matches the demo's").isEqualTo(r.createdByDemo());
        assertThat(r.freed()).isEqualTo(r.created());
        assertThat(r.biasedShare()).isGreaterThan(0.0);
        assertThat(r.queuedToOwner()).as("each queued object is merged by its owner or, after its exit, by another")
                .isEqualTo(r.ownerMerges() + r.abandonedMerges());
        assertThat(r.ok()).isTrue();
    }

    @Test
    void atomic_noLeak_andNoOpTakesTheBiasedPath() {
        Workload.Result r = Workload.run(Workload.Config.counted(2, 200_000, RcScheme.ATOMIC, 1));

        assertThat(r.failures()).isEmpty();
        assertThat(r.live()).isZero();
        assertThat(r.ops()).isGreaterThan(0);
        assertThat(r.biasedOps()).isZero();
        assertThat(r.queuedToOwner() + r.ownerMerges() + r.zeroLocalMerges() + r.abandonedMerges()).isZero();
    }

    @Test
    void commandLine_printsTheReport_andExitsZero() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        int status = new CommandLine(new FreethreadDemo(out)).setCaseInsensitiveEnumValuesAllowed(true)
                .execute("--threads", "2", "--seconds", "0.3", "--scheme", "biased");

        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(status).as(text).isZero();
        assertThat(text).contains("worker-0", "worker-1", "merges", "leaks     0", "result    OK");
    }
}
