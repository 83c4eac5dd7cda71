// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyException;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.ThreadState;
import dev.freethread.python.text.TextError;
import dev.freethread.refcount.RefCount;

/** Making Python exceptions: by built-in class name with CPython's messages, and from the toolkit's Java ones. */
final class Errors {
    private Errors() {
    }

    /** A new exception of the built-in class {@code type} with one str argument, ready to throw. */
    static PyRaise raise(PyThread t, String type, String message) {
        ThreadState ts = t.ts;
        PyClass cls = t.interp.exceptionClass(type);
        PyBaseExc e = new PyBaseExc(ts, cls);
        PyTuple args = message == null ? PyTuple.EMPTY : PyTuple.stealing(ts, PyStr.of(ts, message));
        e.setArgs(ts, args);
        RefCount.decref(ts, args);
        return new PyRaise(e);
    }

    /**
     * A UnicodeDecodeError or UnicodeEncodeError with CPython's five arguments (encoding, object, start, end, reason),
     * whose str is CPython's message; {@code object} is borrowed.
     */
    static PyRaise unicodeError(PyThread t, String type, String encoding, PyObject object, long start, long end,
                                String reason) {
        ThreadState ts = t.ts;
        PyBaseExc e = new PyBaseExc(ts, t.interp.exceptionClass(type));
        PyTuple args = PyTuple.stealing(ts, PyStr.of(ts, encoding), RefCount.newRef(ts, object), PyInt.of(ts, start),
                PyInt.of(ts, end), PyStr.of(ts, reason));
        e.setArgs(ts, args);
        RefCount.decref(ts, args);
        return new PyRaise(e);
    }

    /** A new exception of the built-in class {@code type} with {@code arg} (borrowed) as its one argument. */
    static PyRaise raiseWith(PyThread t, String type, PyObject arg) {
        ThreadState ts = t.ts;
        PyClass cls = t.interp.exceptionClass(type);
        PyBaseExc e = new PyBaseExc(ts, cls);
        RefCount.incref(ts, arg);
        PyTuple args = PyTuple.stealing(ts, arg);
        e.setArgs(ts, args);
        RefCount.decref(ts, args);
        return new PyRaise(e);
    }

    static PyRaise typeError(PyThread t, String message) {
        return raise(t, "TypeError", message);
    }

    static PyRaise valueError(PyThread t, String message) {
        return raise(t, "ValueError", message);
    }

    static PyRaise attributeError(PyThread t, String message) {
        return raise(t, "AttributeError", message);
    }

    /** The Python exception for a Java one: the toolkit's {@link PyException}, a text error, a stack overflow. */
    static PyRaise fromJava(PyThread t, Throwable e) {
        if (e instanceof PyRaise) {
            return (PyRaise) e;
        }
        if (e instanceof PyException) {
            PyException p = (PyException) e;
            String type = p.pyType();
            String msg = p.getMessage();
            if (msg != null && msg.startsWith(type + ": ")) {
                msg = msg.substring(type.length() + 2);
            }
            if (type.equals("KeyError") && msg != null && msg.length() >= 2 && msg.startsWith("'") && msg.endsWith("'")) {
                msg = msg.substring(1, msg.length() - 1);
            }
            if (!t.interp.hasExceptionClass(type)) {
                type = "RuntimeError";
            }
            return raise(t, type, msg);
        }
        if (e instanceof TextError) {
            TextError x = (TextError) e;
            return raise(t, t.interp.hasExceptionClass(x.pyType) ? x.pyType : "ValueError", x.getMessage());
        }
        if (e instanceof StackOverflowError) {
            return raise(t, "RecursionError", "maximum recursion depth exceeded");
        }
        if (e instanceof SyntaxErrorException) { // CPython's args: (msg, (filename, lineno, offset, text, ...))
            SyntaxErrorException s = (SyntaxErrorException) e;
            ThreadState ts = t.ts;
            PyBaseExc x = new PyBaseExc(ts, t.interp.exceptionClass(s.pyType));
            PyObject text = s.sourceLine == null ? PyNone.NONE : PyStr.of(ts, s.sourceLine + "\n");
            PyTuple details = PyTuple.stealing(ts, PyStr.of(ts, s.file), PyInt.of(ts, s.line), PyInt.of(ts, s.col),
                    text, PyInt.of(ts, s.endLine), PyInt.of(ts, s.endCol));
            PyTuple args = PyTuple.stealing(ts, PyStr.of(ts, s.getMessage()), details);
            x.setArgs(ts, args);
            RefCount.decref(ts, args);
            return new PyRaise(x);
        }
        if (e instanceof ArithmeticException) {
            return raise(t, "OverflowError", String.valueOf(e.getMessage()));
        }
        if (e instanceof OutOfMemoryError) {
            return raise(t, "MemoryError", null);
        }
        if (e instanceof RuntimeException) {
            if (System.getenv("FTPYTHON_DEBUG") != null) {
                e.printStackTrace();
            }
            return raise(t, "SystemError", e.toString());
        }
        if (e instanceof Error) {
            throw (Error) e;
        }
        return raise(t, "SystemError", e.toString());
    }

    /**
     * PEP 479/525: a StopIteration (or StopAsyncIteration) escaping a generator's or coroutine's body becomes a
     * RuntimeError with {@code message}, the original as its cause and context. Takes over {@code escaped}.
     */
    static PyRaise replacedByRuntimeError(PyThread t, PyRaise escaped, String message) {
        ThreadState ts = t.ts;
        PyRaise rte = raise(t, "RuntimeError", message);
        rte.exc.setCause(ts, escaped.exc);
        rte.exc.setContext(ts, escaped.exc);
        rte.exc.suppressContext = true;
        escaped.release(ts);
        return rte;
    }
}
