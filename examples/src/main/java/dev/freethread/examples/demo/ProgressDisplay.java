// SPDX-License-Identifier: Apache-2.0
package dev.freethread.examples.demo;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Locale;

/**
 * The progress display: one line refreshed in place with {@code '\r'} on a terminal, or a plain line every second
 * when the output goes to a file or a CI log (where a carriage return would leave one long garbled line).
 */
final class ProgressDisplay implements Workload.ProgressSink {
    /** How progress is shown. */
    enum Mode {
        /** One line, rewritten in place ({@code '\r'}) ten times a second. */
        REFRESHED_LINE(Duration.ofMillis(100)),
        /** A new line every second. */
        PLAIN_LINES(Duration.ofSeconds(1));

        final Duration interval;

        Mode(Duration interval) {
            this.interval = interval;
        }
    }

    private final PrintStream out;
    private final Mode mode;
    private int lastWidth;

    ProgressDisplay(PrintStream out, Mode mode) {
        this.out = out;
        this.mode = mode;
    }

    /** A refreshed line when forced or when a terminal is attached; plain lines otherwise. */
    static Mode choose(boolean forceRefreshedLine) {
        return forceRefreshedLine || isTerminal() ? Mode.REFRESHED_LINE : Mode.PLAIN_LINES;
    }

    /**
     * Whether standard input and output are a terminal. On JDK 22 and later {@code System.console()} may return a
     * console that is not one, and {@code Console.isTerminal()} (looked up reflectively: this code targets JDK 17)
     * tells.
     */
    private static boolean isTerminal() {
        Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            Method m = Console.class.getMethod("isTerminal");
            return (Boolean) m.invoke(c);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 17 to 21: a console exists only on a terminal
        }
    }

    Duration interval() {
        return mode.interval;
    }

    @Override
    public void update(Workload.Snapshot s) {
        if (mode == Mode.REFRESHED_LINE) {
            String line = format(s);
            out.print('\r' + line + " ".repeat(Math.max(0, lastWidth - line.length())));
            lastWidth = line.length();
            out.flush();
        } else {
            out.println(format(s));
        }
    }

    @Override
    public void finish(Workload.Snapshot last) {
        if (mode == Mode.REFRESHED_LINE) {
            update(last);
            out.println();
        } else {
            out.println(format(last));
        }
        out.flush();
    }

    static String format(Workload.Snapshot s) {
        return String.format(Locale.ROOT, "[%5.1f s] %,14d RC ops %,13.0f ops/s   live objects %,9d   workers running %d/%d",
                s.elapsedSeconds(), s.ops(), s.opsPerSecond(), s.liveObjects(), s.workersRunning(), s.workers());
    }
}
