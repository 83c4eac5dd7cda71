// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

/**
 * A Python-level exception raised by the toolkit or by a binding's slot ({@code KeyError}, {@code TypeError},
 * {@code RuntimeError}, ...). {@link #pyType()} names the Python exception type; the message is Python's.
 */
public class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pyType;

    public PyException(String pyType, String message) {
        super(message);
        this.pyType = pyType;
    }

    public PyException(String pyType, String message, Throwable cause) {
        super(message, cause);
        this.pyType = pyType;
    }

    /** The Python exception type's name, e.g. {@code "KeyError"}. */
    public String pyType() {
        return pyType;
    }

    @Override
    public String toString() {
        String m = getMessage();
        return m == null || m.isEmpty() ? pyType : pyType + ": " + m;
    }
}
