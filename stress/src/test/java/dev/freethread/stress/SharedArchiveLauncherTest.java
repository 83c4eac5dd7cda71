// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The launcher adds the archive to the forks' flags without losing the caller's own prepended flags. */
class SharedArchiveLauncherTest {
    private static final Path ARCHIVE = Path.of("/tmp/x/forks.jsa");

    @Test
    void withoutPrependedFlags_addsTheOption() {
        assertThat(SharedArchiveLauncher.withArchive(List.of("-m", "sanity"), ARCHIVE))
                .containsExactly("-m", "sanity", "-jvmArgsPrepend", "-XX:SharedArchiveFile=/tmp/x/forks.jsa");
    }

    @Test
    void withTheCallersPrependedFlags_appendsToThem() {
        assertThat(SharedArchiveLauncher.withArchive(List.of("-jvmArgsPrepend", "-Xmx1g", "-m", "quick"), ARCHIVE))
                .containsExactly("-jvmArgsPrepend", "-Xmx1g -XX:SharedArchiveFile=/tmp/x/forks.jsa", "-m", "quick");
    }
}
