// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs jcstress with its forked JVMs starting from a class-data-sharing archive of the classes a fork loads, so that
 * CI's bounded run spends its time in forks rather than in loading and verifying the same 1,400 classes a thousand
 * times over.
 *
 * <p>Why: CI's {@code sanity} run forks a fresh JVM for every test in 28 configurations (biased locking on and off,
 * the C2 stress flags on and off, seven per-actor compilation modes), about 1,100 forks, and with a sample or two per
 * fork the forks' start-up is most of the stress module's jcstress time. A static AppCDS archive holding the classes
 * that one fork loads (jcstress's fork side, its generated harnesses and the toolkit) cut that time by about 30% here
 * (docs/testing.md gives the figures and the command).
 *
 * <p>What it does, in order:
 * <ol>
 *   <li>runs jcstress once on one small test ({@code --profile-test}) with one fork per compilation mode, each fork
 *       writing the list of classes it loaded ({@code -XX:DumpLoadedClassList}, one file per process id);</li>
 *   <li>dumps a static archive from the longest list ({@code -Xshare:dump}; one JVM's list is self-consistent,
 *       whereas merging lists of different JVMs is not), on the same class path the forks will have;</li>
 *   <li>runs jcstress with the caller's arguments, adding {@code -XX:SharedArchiveFile} to the forks' JVM flags
 *       (appended to the caller's own {@code -jvmArgsPrepend} when there is one), and exits with jcstress's status, so
 *       a FORBIDDEN outcome still fails the build.</li>
 * </ol>
 * Anything that fails in steps 1 or 2 (a JVM without CDS, a list the dump refuses) is reported on standard error and
 * the run goes ahead without the archive: the archive only makes forks start sooner, it never decides what runs or
 * what passes. A fork whose JVM cannot map the archive (other heap settings, say) runs without it, as
 * {@code -Xshare:auto} does.
 *
 * <p>Usage: {@code java -cp jcstress.jar dev.freethread.stress.SharedArchiveLauncher --work DIR
 * [--profile-test REGEX] -- JCSTRESS_ARGS...}. The class path must be the shaded jar alone, as jcstress gives its
 * forks the host's class path and an archive only maps on the class path it was dumped with.
 */
public final class SharedArchiveLauncher {
    private SharedArchiveLauncher() {}

    private static final String DEFAULT_PROFILE_TEST = "dev.freethread.stress.ForeignDecrefQueueMergeTest";
    private static final long STEP_TIMEOUT_MINUTES = 5;

    public static void main(String[] args) throws Exception {
        Path work = null;
        String profileTest = DEFAULT_PROFILE_TEST;
        List<String> jcstressArgs = new ArrayList<>();
        int i = 0;
        for (; i < args.length; i++) {
            switch (args[i]) {
                case "--work" -> work = Path.of(requireValue(args, ++i, "--work"));
                case "--profile-test" -> profileTest = requireValue(args, ++i, "--profile-test");
                case "--" -> {
                    jcstressArgs.addAll(List.of(args).subList(i + 1, args.length));
                    i = args.length;
                }
                default -> throw new IllegalArgumentException("SharedArchiveLauncher: unknown option '" + args[i]
                        + "' (expected --work DIR, --profile-test REGEX, then -- and jcstress's arguments)");
            }
        }
        if (work == null) {
            throw new IllegalArgumentException("SharedArchiveLauncher: --work DIR is required");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        Path archive = buildArchive(java, classPath, work, profileTest);

        List<String> command = new ArrayList<>(List.of(java, "-cp", classPath, "org.openjdk.jcstress.Main"));
        command.addAll(archive == null ? jcstressArgs : withArchive(jcstressArgs, archive));
        Process jcstress = new ProcessBuilder(command).inheritIO().start();
        System.exit(jcstress.waitFor());
    }

    private static String requireValue(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException("SharedArchiveLauncher: " + option + " needs a value");
        }
        return args[i];
    }

    /** The caller's arguments with the archive added to the forks' prepended JVM flags. */
    static List<String> withArchive(List<String> jcstressArgs, Path archive) {
        String flag = "-XX:SharedArchiveFile=" + archive.toAbsolutePath();
        List<String> out = new ArrayList<>(jcstressArgs);
        int at = out.indexOf("-jvmArgsPrepend");
        if (at >= 0 && at + 1 < out.size()) {
            out.set(at + 1, out.get(at + 1) + " " + flag);
        } else {
            out.add("-jvmArgsPrepend");
            out.add(flag);
        }
        return out;
    }

    /** Steps 1 and 2; null (with the reason on standard error) when no archive could be made. */
    private static Path buildArchive(String java, String classPath, Path work, String profileTest) {
        try {
            Path lists = work.resolve("class-lists");
            deleteTree(work);
            Files.createDirectories(lists);
            Path archive = work.resolve("forks.jsa");
            if (archive.toAbsolutePath().toString().contains(" ")) {
                // jcstress splits -jvmArgsPrepend's value at spaces
                return fallback("the archive's path has a space in it: " + archive.toAbsolutePath());
            }
            // one small test, no stress-mode forks, no split compilation: a handful of forks, each listing its classes
            int profiled = run("profiling", work.resolve("profile.log"), java, "-cp", classPath, "org.openjdk.jcstress.Main",
                    "-m", "sanity", "-fsm", "0", "-sc", "false", "-t", profileTest,
                    "-r", work.resolve("profile-results").toString(),
                    "-jvmArgsPrepend", "-XX:DumpLoadedClassList=" + lists.toAbsolutePath() + File.separator + "fork-%p.lst");
            Path longest;
            try (Stream<Path> s = Files.list(lists)) {
                longest = s.max(Comparator.comparingLong(SharedArchiveLauncher::size)).orElse(null);
            }
            if (profiled != 0 || longest == null) {
                return fallback("the profiling run exited " + profiled + " and left "
                        + (longest == null ? "no class list" : "a list") + " (see " + work.resolve("profile.log") + ")");
            }
            int dumped = run("dump", work.resolve("dump.log"), java, "-Xshare:dump",
                    "-XX:SharedClassListFile=" + longest.toAbsolutePath(),
                    "-XX:SharedArchiveFile=" + archive.toAbsolutePath(), "-cp", classPath);
            if (dumped != 0 || !Files.isRegularFile(archive)) {
                return fallback("-Xshare:dump exited " + dumped + " (see " + work.resolve("dump.log") + ")");
            }
            System.err.println("SharedArchiveLauncher: forks start from " + archive + " (" + size(archive) / 1024
                    + " KiB, " + lineCount(longest) + " classes listed)");
            return archive;
        } catch (IOException | RuntimeException e) {
            return fallback(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback("interrupted");
        }
    }

    private static Path fallback(String why) {
        System.err.println("SharedArchiveLauncher: running jcstress without a shared archive: " + why);
        return null;
    }

    private static int run(String step, Path log, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(STEP_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            throw new IOException("the " + step + " step ran past " + STEP_TIMEOUT_MINUTES + " minutes");
        }
        return p.exitValue();
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    private static long lineCount(Path p) throws IOException {
        try (Stream<String> lines = Files.lines(p)) {
            return lines.filter(l -> !l.startsWith("#")).count();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
