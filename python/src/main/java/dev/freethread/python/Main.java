// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.Runtime;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ftpython [--stats] [-c COMMAND | -m MODULE | SCRIPT | -] [ARGS...]}: runs a script, a command, a module, or
 * the interactive prompt,
 * on one toolkit Runtime; exits with the script's status (1 after an uncaught exception or a syntax error).
 */
@Command(name = "ftpython", mixinStandardHelpOptions = true, version = "ftpython 0.1.0 (Python 3.13 subset)",
        description = "A small Python 3 on the Freethread toolkit: no global interpreter lock.")
public final class Main implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--stats", description = "After the run, print what the toolkit did (objects, reference counts, "
            + "merges, collections, leaks) to standard error.")
    boolean stats;

    @Option(names = "-c", paramLabel = "COMMAND", description = "Run the program passed as a string.")
    String command;

    @Option(names = "-m", paramLabel = "MODULE", description = "Run a library module as a script; the arguments "
            + "after it are the module's (sys.argv[1:]).")
    String module;

    /** The arguments after {@code -c COMMAND} or {@code -m MODULE}: sys.argv[1:], never parsed as ftpython's. */
    private final List<String> tailArgs = new ArrayList<>();

    @Option(names = "-W", paramLabel = "ARG", description = "A warning filter (action:message:category:module:lineno), "
            + "as CPython's; also read from PYTHONWARNINGS.")
    List<String> warnOptions = new ArrayList<>();

    @Option(names = "-X", paramLabel = "OPT", description = "An implementation option (name or name=value), as "
            + "CPython's: kept in sys._xoptions; dev, utf8, warn_default_encoding and int_max_str_digits set sys.flags.")
    List<String> xOptions = new ArrayList<>();

    @Option(names = "-I", description = "Isolated mode, as CPython's: implies -E and -s (sys.flags.isolated).")
    boolean isolated;

    @Option(names = "-E", description = "Ignore the PYTHON* environment variables (PYTHONWARNINGS, PYTHONPATH, "
            + "PYTHONBREAKPOINT).")
    boolean ignoreEnvironment;

    @Option(names = {"-s", "-S", "-P", "-q", "-R", "-u", "-B"}, hidden = true, description = "Accepted, as they "
            + "change nothing here (no site or user site directories, quiet prompt, hash randomisation always on, "
            + "unbuffered streams, no bytecode written); -P, -S and -s show in sys.flags.")
    List<Boolean> ignoredFlags = new ArrayList<>();

    @Option(names = "-O", description = "Skip assert statements and make __debug__ False; -OO also drops docstrings.")
    boolean[] optimize = new boolean[0];

    @Option(names = "-b", hidden = true, description = "Bytes warnings (sys.flags.bytes_warning; ftpython issues none).")
    boolean[] bytesWarning = new boolean[0];

    @Parameters(paramLabel = "SCRIPT [ARGS]", description = "The script to run (stdin if '-'), then its arguments.")
    List<String> rest = new ArrayList<>();

    private PrintStream out;
    private PrintStream err;
    /** The number of objects alive after the run (0 unless something leaked); for tests. */
    long liveAtExit = -1;

    /** Every argument as given (sys.orig_argv). */
    String[] allArgs;
    /** The option words before the script (to tell which flags were given). */
    final List<String> argsSeen = new ArrayList<>();

    /** Only the real command line installs a SIGINT handler (not an in-process run from a test). */
    private boolean installSignalHandler;

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, new long[1], true));
    }

    /**
     * Runs ftpython in this JVM with the given streams: the exit status. {@code live[0]} receives the number of
     * objects alive after the interpreter shut down (0 unless something leaked).
     */
    public static int run(String[] args, PrintStream out, PrintStream err, long[] live) {
        return run(args, out, err, live, false);
    }

    private static int run(String[] args, PrintStream out, PrintStream err, long[] live, boolean signals) {
        Main m = new Main();
        m.installSignalHandler = signals;
        m.out = out;
        m.err = err;
        CommandLine cl = new CommandLine(m);
        cl.setStopAtPositional(true);
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        int at = commandOrModuleOption(args);
        String[] own = args;
        if (at >= 0) { // as CPython's: what follows -c's command or -m's module is theirs, whatever it looks like
            int end = Math.min(args[at].length() == 2 ? at + 2 : at + 1, args.length);
            own = java.util.Arrays.copyOf(args, end);
            m.tailArgs.addAll(java.util.Arrays.asList(args).subList(end, args.length));
        }
        for (int i = 0; i < own.length; i++) { // which flags were given (sys.flags shows -s, -S, -P, -B, -q)
            String a = own[i];
            if (a.equals("--") || a.equals("-") || !a.startsWith("-") || a.startsWith("--")) {
                break;
            }
            if (a.equals("-W") || a.equals("-X")) {
                i++; // its value
            } else if (!a.startsWith("-W") && !a.startsWith("-X") && !a.startsWith("-c") && !a.startsWith("-m")) {
                m.argsSeen.add(a); // a cluster of flags (-Is) or one flag; not an option with its value attached
            }
        }
        m.allArgs = args;
        int code = cl.execute(own);
        out.flush();
        live[0] = m.liveAtExit;
        return code;
    }

    /**
     * Where {@code -c} or {@code -m} (or {@code -cCMD}, {@code -mNAME}) is among ftpython's own options, or -1: the
     * options end at the first argument that is not one (the script), at {@code -}, or at {@code --}.
     */
    private static int commandOrModuleOption(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-") || a.equals("--") || !a.startsWith("-")) {
                return -1;
            }
            if (!a.startsWith("--") && (a.startsWith("-c") || a.startsWith("-m"))) {
                return i;
            }
            if (a.equals("-W") || a.equals("-X")) {
                i++; // its value
            }
        }
        return -1;
    }

    @Override
    public Integer call() throws IOException {
        String script = rest.isEmpty() ? null : rest.get(0);
        List<String> argv = new ArrayList<>();
        if (command != null) {
            argv.add("-c");
            argv.addAll(tailArgs);
        } else if (module != null) {
            argv.add("-m"); // CPython's placeholder until the module is found; then its path
            argv.addAll(tailArgs);
        } else if (script != null) {
            argv.addAll(rest);
        } else {
            argv.add("");
        }
        Runtime rt = Runtime.builder().build();
        long start = System.nanoTime();
        Interp ip = new Interp(rt, out, err, argv.toArray(new String[0]));
        ip.warnOptions.addAll(warnOptions);
        ip.flags.apply(this, argsSeen);
        ip.origArgv = allArgs;
        ip.applyOptimize();
        if (ip.flags.intMaxStrDigits != -1) { // -X int_max_str_digits=N, as sys.set_int_max_str_digits(N)
            try {
                if (ip.flags.intMaxStrDigits < 0) {
                    throw new IllegalArgumentException("not a limit");
                }
                rt.setIntMaxStrDigits(ip.flags.intMaxStrDigits);
            } catch (RuntimeException e) {
                err.println("Fatal Python error: config_init_int_max_str_digits: "
                        + "-X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.");
                return 1;
            }
        }
        if (installSignalHandler) {
            ip.ownsProcessStreams = true; // the real command line: out and err are the process's fds 1 and 2
            ip.handleInterrupts();
        }
        int status;
        if (command != null) {
            status = ip.runMain(command, "<string>");
        } else if (module != null) {
            status = ip.runModule(module, "ftpython");
        } else if (script != null && !script.equals("-")) {
            String src;
            try {
                src = Files.readString(Path.of(script), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("ftpython: can't open file '" + script + "': [Errno 2] No such file or directory");
                return 2;
            }
            // CPython 3.9+: the script's code (tracebacks, syntax errors) and __file__ name it by its absolute path,
            // the working directory joined to the path as given, not normalised; sys.argv[0] keeps it as given.
            status = ip.runMain(src, Path.of(script).toAbsolutePath().toString());
        } else if (script != null || System.console() == null) {
            String src = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            status = ip.runMain(src, "<stdin>");
        } else {
            status = new Repl(ip).run();
        }
        long live = ip.shutdown();
        ip.main.ts.close(); // the main thread exits as any thread does (its counts merged, its heap handed over)
        liveAtExit = live;
        out.flush();
        if (stats) {
            Stats.print(ip, err, System.nanoTime() - start, live);
        }
        return status;
    }
}
