// SPDX-License-Identifier: Apache-2.0
package dev.freethread.examples.charts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charts come from recorded CSVs only: each recorded file gives its chart, a CSV of another machine
 * ({@code scaling-NAME.csv}, {@code reads-NAME.csv}) gives charts named after it, and the curves against threads are
 * drawn only where there are more than two thread counts.
 */
class ScalingChartsTest {

    @Test
    void everyRecordedCsvGivesItsCharts(@TempDir Path dir) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path out = dir.resolve("charts");
        Files.writeString(data.resolve("scaling.csv"), "# two thread counts\ninterpreter,benchmark,threads,seconds\n"
                + "ftpython,a,1,0.010\nftpython,a,2,0.011\nCPython 3.13.0,a,1,0.008\nCPython 3.13.0,a,2,0.016\n");
        Files.writeString(data.resolve("scaling-big.csv"), "interpreter,benchmark,threads,seconds\n"
                + "ftpython,a,1,0.010\nftpython,a,2,0.011\nftpython,a,4,0.012\n"
                + "ftpython,b,1,0.010\nftpython,b,2,0.030\nftpython,b,4,0.090\n"
                + "nogil,b,1,0.010\nnogil,b,2,0.010\nnogil,b,4,0.010\n");
        Files.writeString(data.resolve("reads-big.csv"), "reader,threads,ns_per_read\nx,1,10\nx,16,20\n");

        ScalingCharts.main(new String[] {data.toString(), out.toString()});

        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("scaling-speedup.png", "scaling-speedup-big.png",
                            "scaling-threads-big.png", "shared-reads-big.png");
        }
        BufferedImage curves = ImageIO.read(out.resolve("scaling-threads-big.png").toFile());
        assertThat(curves.getWidth()).isEqualTo(1500);
        assertThat(curves.getHeight()).isEqualTo(650);
    }

    @Test
    void twoThreadCountsGiveNoCurves(@TempDir Path dir) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path out = dir.resolve("charts");
        Files.writeString(data.resolve("scaling-small.csv"), "interpreter,benchmark,threads,seconds\n"
                + "ftpython,a,1,0.010\nftpython,a,2,0.011\n");

        ScalingCharts.main(new String[] {data.toString(), out.toString()});

        assertThat(out.resolve("scaling-speedup-small.png")).exists();
        assertThat(out.resolve("scaling-threads-small.png")).doesNotExist();
    }
}
