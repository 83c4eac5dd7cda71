// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

/**
 * An executable statement node. {@link #exec} answers how control leaves it: {@link #NORMAL}, {@link #BREAK},
 * {@link #CONTINUE}, {@link #RETURN} (the value is in {@link Frame#retval}) or {@link #YIELD}; exceptions propagate as
 * {@link PyRaise}.
 */
abstract class Stmt {
    static final int NORMAL = 0;
    static final int BREAK = 1;
    static final int CONTINUE = 2;
    static final int RETURN = 3;
    /**
     * A generator's body suspended at a {@code yield} (the value is in {@link GenState#yielded}); only the resumable
     * statements of a generator's body (GenStmts) answer it, each having saved where to resume.
     */
    static final int YIELD = 4;

    int line;
    /**
     * A simple statement's span with {@link #line} (a traceback names it when no expression of it raised, as a
     * raise, an import or an augmented assignment): 0-based start column, end line (0: unknown), end column.
     */
    int startCol;
    int endLine;
    int endCol;

    abstract int exec(Frame f);
}
