// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.refcount.RefCount;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The interactive prompt: {@code >>>} and {@code ...} with line editing and history (JLine; a plain line reader without
 * a terminal), each complete input parsed and run in {@code __main__}; an expression's value is printed with
 * {@code repr}, as python3 does.
 */
final class Repl {
    private final Interp ip;

    Repl(Interp ip) {
        this.ip = ip;
    }

    int run() throws IOException {
        PyThread t = ip.main;
        ip.mainGlobals = ip.newMainGlobals(null);
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                    .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".ftpython_history"))
                    .build();
            ip.write("Python 3.13 subset (ftpython on Freethread, no GIL)\nType Ctrl-D to exit.\n");
            ip.flush();
            int n = 0;
            while (true) {
                String src;
                try {
                    src = readInput(reader);
                } catch (EndOfFileException e) {
                    return 0;
                } catch (UserInterruptException e) {
                    ip.err.println("KeyboardInterrupt");
                    continue;
                }
                if (src == null) {
                    return 0;
                }
                if (src.isBlank()) {
                    continue;
                }
                String file = "<stdin>";
                ip.rememberSource(file, src);
                try {
                    boolean[] isExpr = new boolean[1];
                    Code code = new Parser(t, src, file).parseInteractive(isExpr);
                    if (isExpr[0]) {
                        Stmts.ExprStmt es = (Stmts.ExprStmt) ((Stmts.Block) code.body).body[0];
                        Frame f = new Frame(t, code, new PyObject[0], ip.mainGlobals, null, null, null, null);
                        PyObject v = es.value.eval(f);
                        try {
                            if (v != PyNone.NONE) {
                                ip.write(Ops.reprString(t, v) + "\n");
                                ip.mainGlobals.setItem(t.ts, ip.str("_"), v);
                            }
                        } finally {
                            RefCount.decref(t.ts, v);
                        }
                    } else {
                        ip.run(t, code, ip.mainGlobals);
                    }
                } catch (SyntaxErrorException e) {
                    ip.flush();
                    ip.err.print(ip.formatSyntaxError(e));
                } catch (PyRaise r) {
                    if (r.exc.cls().isSubtypeOf(ip.exceptionClass("SystemExit"))) {
                        return ip.uncaught(t, r);
                    }
                    ip.uncaught(t, r);
                } catch (RuntimeException | StackOverflowError e) {
                    ip.uncaught(t, Errors.fromJava(t, e));
                }
                ip.flush();
                t.ts.poll();
                n++;
            }
        }
    }

    /** One complete input: a line, or a block that ends with an empty line. */
    private String readInput(LineReader reader) {
        String line = reader.readLine(">>> ");
        if (line == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(line).append('\n');
        if (!needsMore(line)) {
            return b.toString();
        }
        while (true) {
            String more = reader.readLine("... ");
            if (more == null || more.isBlank()) {
                return b.toString();
            }
            b.append(more).append('\n');
        }
    }

    private static boolean needsMore(String line) {
        String s = line.strip();
        if (s.endsWith(":") || s.endsWith("\\")) {
            return true;
        }
        int depth = 0;
        for (char c : s.toCharArray()) {
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
        }
        return depth > 0 || s.startsWith("@");
    }
}
