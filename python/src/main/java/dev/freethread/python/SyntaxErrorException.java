// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

/**
 * A syntax error found by the tokenizer or the parser, with the position CPython reports: the file, the line (1-based)
 * and the column (1-based offset of the caret). Turned into a Python {@code SyntaxError} (or {@code IndentationError})
 * where it surfaces.
 */
final class SyntaxErrorException extends RuntimeException {
    final String pyType;
    final String file;
    final int line;
    final int col;
    final String sourceLine;
    /**
     * Where the error ends (SyntaxError's {@code end_lineno} and {@code end_offset}, 1-based, exclusive): the offset's
     * next column unless {@link #endingAt} says more (a node's end, CPython's -1 or 0 for some errors).
     */
    int endLine;
    int endCol;

    SyntaxErrorException(String pyType, String message, String file, int line, int col, String sourceLine) {
        super(message, null, false, false);
        this.pyType = pyType;
        this.file = file;
        this.line = line;
        this.col = col;
        this.sourceLine = sourceLine;
        this.endLine = line;
        this.endCol = col + 1;
    }

    /** Sets where the error ends (see {@link #endLine}); answers this. */
    SyntaxErrorException endingAt(int line, int col) {
        this.endLine = line;
        this.endCol = col;
        return this;
    }
}
