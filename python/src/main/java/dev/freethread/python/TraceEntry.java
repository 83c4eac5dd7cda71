// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

/**
 * One entry of an exception's traceback (PyBaseExc#traceback): the file, the line, the function's name and first line
 * (its code's co_firstlineno), and the span of what raised there (PyRaise#span's nine numbers, or null when unknown).
 * Immutable: entries are shared by the traceback objects made of them.
 */
final class TraceEntry {
    final String file;
    final int line;
    final String function;
    final int firstLine;
    final int[] span;

    TraceEntry(String file, int line, String function, int firstLine, int[] span) {
        this.file = file;
        this.line = line;
        this.function = function;
        this.firstLine = firstLine;
        this.span = span;
    }
}
