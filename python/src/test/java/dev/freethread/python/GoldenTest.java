// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The golden scripts (src/test/resources/golden, SimpleLanguage's style): each script runs through ftpython in this JVM,
 * on a Runtime of its own, and its standard output, exit status and last line of standard error must equal what
 * CPython 3.13 printed ({@code record.sh} records them); and every script must end with no object alive (the
 * Runtime's live count after the interpreter's shutdown and final collection).
 */
class GoldenTest {
    private static final Path DIR = Path.of("src/test/resources/golden");

    @TestFactory
    Stream<DynamicTest> goldenScripts() throws IOException {
        List<Path> scripts;
        try (Stream<Path> s = Files.list(DIR)) {
            // golden scripts are numbered (NNN_topic.py, as record.sh takes them); other .py files are modules they import
            scripts = s.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.py")).sorted()
                    .collect(Collectors.toList());
        }
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(150);
        // A script that hangs (a wait that never times out) fails after SCRIPT_TIMEOUT instead of holding the build:
        // it runs on a thread of its own, abandoned at the timeout (its Runtime is its own, so nothing else leaks).
        return scripts.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                () -> org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(SCRIPT_TIMEOUT, () -> check(p),
                        () -> p.getFileName() + " ran past " + SCRIPT_TIMEOUT.toSeconds() + " s")));
    }

    /** Far above any script's time (the slowest take about 2 s on 2 cores). */
    private static final java.time.Duration SCRIPT_TIMEOUT = java.time.Duration.ofSeconds(120);

    private static void check(Path script) {
        String base = script.getFileName().toString().replaceAll("\\.py$", "");
        String expected;
        try {
            expected = Files.readString(DIR.resolve(base + ".out"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long[] live = new long[1];
        int status;
        // the script runs with the golden directory as its working directory, as record.sh runs it
        String src = script.toAbsolutePath().toString();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Main.run(new String[] {src}, o, e, live);
        }
        String got = out.toString(StandardCharsets.UTF_8);
        String errText = err.toString(StandardCharsets.UTF_8).replace(src, script.getFileName().toString());
        if (status != 0) {
            String[] lines = errText.split("\n");
            String last = lines.length == 0 ? "" : lines[lines.length - 1];
            if (!got.isEmpty() && !got.endsWith("\n")) {
                got += "\n";
            }
            got += last.isEmpty() ? "[exit " + status + "]" : "[exit " + status + "] " + last;
            got += "\n";
        }
        assertThat(normalize(got)).as("%s (stderr:%n%s)", base, errText).isEqualTo(normalize(expected));
        assertThat(live[0]).as("%s: objects alive after shutdown (leaked)", base).isZero();
    }

    private static String normalize(String s) {
        return s.endsWith("\n") ? s : s + "\n";
    }
}
