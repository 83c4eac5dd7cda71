// SPDX-License-Identifier: Apache-2.0
package dev.freethread.examples.demo;

import dev.freethread.objects.RcScheme;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The main job: a short multi-threaded reference-counting workload on the toolkit, which prints what it did —
 * objects created per thread, the share of reference-count operations that took the biased path, merges of each
 * kind, and leaks (which must be 0) — with a progress display while it runs.
 *
 * <pre>
 * ./mvnw -q -pl examples -am package -DskipTests &amp;&amp; java -jar examples/target/freethread-demo.jar [--scheme ATOMIC] [--help]
 * </pre>
 *
 * <h2>Where each toolkit concept is shown</h2>
 * <table>
 *   <caption>Concept and the demo class that shows it</caption>
 *   <tr><th>concept</th><th>shown in</th></tr>
 *   <tr><td>a {@code Runtime} per interpreter, its RC scheme (BIASED or ATOMIC)</td>
 *       <td>{@link Workload#run(Workload.Config, Workload.ProgressSink, Duration)}</td></tr>
 *   <tr><td>thread states: attach, {@code poll()} at loop back-edges, exit with try-with-resources</td>
 *       <td>{@link Worker#run()} and its loop</td></tr>
 *   <tr><td>{@code detach()}/{@code attach()} around blocking work</td>
 *       <td>{@link Worker#run()} (waiting for the others), {@link Workload} (the main thread while it samples)</td></tr>
 *   <tr><td>the binding: a container type with a static type, {@code traverse} and {@code clearReferences}</td>
 *       <td>{@link Node}</td></tr>
 *   <tr><td>new, borrowed and stolen references; {@code Tuples.of} borrows, a container steals</td>
 *       <td>{@link Worker} (privateChurn, sendMail), {@link Node#swapStealing}</td></tr>
 *   <tr><td>immortal objects (small ints, static types): no count traffic</td>
 *       <td>{@link Worker} (privateChurn), {@link CountingRc}</td></tr>
 *   <tr><td>biased vs. shared (atomic) operations, told apart with {@code RefCount.isOwnedBy}</td>
 *       <td>{@link CountingRc}</td></tr>
 *   <tr><td>the lock-free read: {@code enableTryIncref}, {@code tryIncrefCompare}, the locked fallback</td>
 *       <td>{@link Board}</td></tr>
 *   <tr><td>merges: queued to the owner, zero-local, abandoned after the owner exited</td>
 *       <td>{@link Workload} (overview), {@link Worker} (publishOnBoard, keep), worker 0's early exit</td></tr>
 *   <tr><td>iterative deallocation cascading through what an object held</td>
 *       <td>{@link Worker} (privateChurn's last decref), {@link Board#release}</td></tr>
 *   <tr><td>live-object accounting, {@code RcStats}, the leak check</td>
 *       <td>{@link Workload} (end of run), {@link Report}</td></tr>
 *   <tr><td>the progress display (a refreshed line on a terminal, plain lines in logs)</td>
 *       <td>{@link ProgressDisplay}</td></tr>
 * </table>
 *
 * <p>Exit status: 0 when nothing leaked and no worker failed, 1 otherwise, 2 for a usage error.
 */
@Command(name = "freethread-demo", mixinStandardHelpOptions = true, version = "freethread-demo 0.1.0-SNAPSHOT",
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Runs a short multi-threaded reference-counting workload on Freethread and reports objects created per "
                + "thread, the share of RC operations that took the biased path, merges, and leaks (which must be 0).",
            "Exit status: 0 when nothing leaked, 1 on a leak or a failure, 2 on a usage error."})
public final class FreethreadDemo implements Callable<Integer> {

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Worker threads, at least 2 (default: the number of processors, at least 2: ${DEFAULT-VALUE}).")
    int threads = Math.max(2, java.lang.Runtime.getRuntime().availableProcessors());

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Budget budget = new Budget();

    static final class Budget {
        @Option(names = {"-s", "--seconds"}, paramLabel = "S",
                description = "How long the workers run (default ${DEFAULT-VALUE}); worker 0 leaves after two thirds of it.")
        double seconds = 3.0;

        @Option(names = "--ops", paramLabel = "N",
                description = "Instead of a time: RC operations each worker makes (worker 0 makes two thirds of them).")
        Long ops;
    }

    @Option(names = "--scheme", paramLabel = "SCHEME",
            description = "Reference-counting scheme: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    RcScheme scheme = RcScheme.BIASED;

    @Option(names = "--seed", paramLabel = "SEED",
            description = "Seeds each worker's choices; the interleaving of threads is not reproducible (default ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--progress",
            description = "Always show progress as one refreshed line; by default only on a terminal, and a plain line"
                    + " every second otherwise.")
    boolean progress;

    @Spec
    CommandSpec spec;

    private final PrintStream out;

    public FreethreadDemo() {
        this(System.out);
    }

    FreethreadDemo(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new FreethreadDemo()).setCaseInsensitiveEnumValuesAllowed(true);
        System.exit(cl.execute(args));
    }

    @Override
    public Integer call() {
        if (threads < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be at least 2 (objects move between threads), got " + threads);
        }
        Workload.Config config;
        if (budget.ops != null) {
            if (budget.ops <= 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--ops must be positive, got " + budget.ops);
            }
            config = Workload.Config.counted(threads, budget.ops, scheme, seed);
        } else {
            if (!(budget.seconds > 0 && budget.seconds <= 24 * 3600)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--seconds must be positive (and at most a day), got " + budget.seconds);
            }
            config = Workload.Config.timed(threads, Duration.ofNanos((long) (budget.seconds * 1e9)), scheme, seed);
        }
        ProgressDisplay display = new ProgressDisplay(out, ProgressDisplay.choose(progress));
        out.printf(Locale.ROOT, "Freethread demo: %d threads, %s reference counting, %s, seed %d%n", threads, scheme,
                config.duration() != null
                        ? String.format(Locale.ROOT, "%.1f s (worker-0 leaves after %.1f s)", budget.seconds,
                                Workload.earlyExitBudget(config.duration().toNanos()) / 1e9)
                        : String.format(Locale.ROOT, "%,d RC ops per worker (worker-0: %,d)", budget.ops,
                                Workload.earlyExitBudget(budget.ops)),
                seed);
        Workload.Result result = Workload.run(config, display, display.interval());
        Report.print(result, out);
        out.flush();
        return result.ok() ? 0 : 1;
    }
}
