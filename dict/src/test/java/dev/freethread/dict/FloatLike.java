// SPDX-License-Identifier: Apache-2.0
package dev.freethread.dict;

import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;

/**
 * A stand-in for Python's {@code float} in tests (the toolkit has none): integral values hash as the int of the same
 * value does ({@code hash(1.0) == hash(1)}), and compare equal to ints by value, as {@code 1.0 == 1}. Its equality
 * knows ints; int's does not know it, which is Python's {@code NotImplemented} case.
 */
final class FloatLike extends PyObject {
    static final PyType TYPE = PyType.staticType("float", 0);
    final double value;

    private FloatLike(ThreadState ts, double value) {
        super(TYPE, ts);
        this.value = value;
    }

    static FloatLike of(ThreadState ts, double value) {
        return new FloatLike(ts, value);
    }

    @Override
    public long pyHash(ThreadState ts) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            try (var i = dev.freethread.refcount.RefCount.own(ts, PyInt.of(ts, (long) value))) {
                return i.get().pyHash(ts);
            }
        }
        long h = Double.hashCode(value);
        return h == -1 ? -2 : h;
    }

    @Override
    public boolean pyEquals(ThreadState ts, PyObject other) {
        if (other instanceof FloatLike) {
            return ((FloatLike) other).value == value;
        }
        if (other instanceof PyInt && ((PyInt) other).fitsLong()) {
            return ((PyInt) other).longValue() == value;
        }
        return false;
    }

    @Override
    public String repr() {
        return Double.toString(value);
    }
}
