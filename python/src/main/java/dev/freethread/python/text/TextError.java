// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python.text;

/**
 * The error the text utilities raise: it names the Python exception type CPython raises in the same situation
 * ({@code "ValueError"}, {@code "TypeError"}, {@code "OverflowError"}, ...) and carries CPython's exact message, so
 * the interpreter can turn it into the matching Python exception unchanged.
 */
public final class TextError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The Python exception type's name, for example {@code "ValueError"}. */
    public final String pyType;

    /**
     * Creates the error.
     *
     * @param pyType the Python exception type's name, for example {@code "ValueError"}
     * @param message CPython's message for the same error
     */
    public TextError(String pyType, String message) {
        super(message, null, false, false);
        this.pyType = pyType;
    }

    /**
     * Returns the Python exception type's name.
     *
     * @return the type's name, for example {@code "TypeError"}
     */
    public String pyType() {
        return pyType;
    }

    /** Returns {@code "ValueError: message"}, the way Python prints the exception's last line. */
    @Override
    public String toString() {
        return pyType + ": " + getMessage();
    }

    public static TextError valueError(String message) {
        return new TextError("ValueError", message);
    }

    static TextError typeError(String message) {
        return new TextError("TypeError", message);
    }

    static TextError overflowError(String message) {
        return new TextError("OverflowError", message);
    }
}
