// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyObject;

/**
 * A Python callable implemented by the interpreter (CPython's vectorcall): {@code args} holds the positional arguments
 * and then the values of the keyword arguments named by {@code kwnames} (null when there are none); every argument is
 * borrowed; the result is a new reference.
 */
interface Callable {
    PyObject call(PyThread t, PyObject[] args, String[] kwnames);
}
