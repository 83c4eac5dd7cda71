// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNotImplemented;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;
import dev.freethread.python.text.FloatFormat;

import java.math.BigDecimal;

/**
 * Python's float: an IEEE double. Hashes as CPython's {@code _Py_HashDouble} (integral values as the equal int, so
 * {@code hash(1.0) == hash(1)} and {@code {1: 'a'}[1.0]} works); compares exactly with ints of any size.
 */
final class PyFloat extends PyObject {
    static final PyType TYPE = PyType.staticType("float", PyType.FLAG_NO_WEAKREFS);
    private static final long MODULUS = (1L << 61) - 1;
    final double value;

    PyFloat(ThreadState ts, double value) {
        super(TYPE, ts);
        this.value = value;
    }

    @Override
    public long pyHash(ThreadState ts) {
        return hash(value, this);
    }

    static long hash(double v, Object identity) {
        if (Double.isNaN(v)) {
            return System.identityHashCode(identity);
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (v == 0) {
            return 0;
        }
        int sign = v < 0 ? -1 : 1;
        double m = Math.abs(v);
        int e;
        if (Math.getExponent(m) < Double.MIN_EXPONENT) { // subnormal: scale into the normal range first
            double n = Math.scalb(m, 54);
            e = Math.getExponent(n) + 1 - 54;
            m = Math.scalb(n, -(e + 54));
        } else {
            e = Math.getExponent(m) + 1;
            m = Math.scalb(m, -e); // frexp: m in [0.5, 1)
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (61 - 28);
            m *= 268435456.0; // 2**28
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & MODULUS) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        other = BuiltinBase.operand(other); // an int or float subclass's instance by its value (PyLong_Check)
        if (other instanceof PyFloat) {
            double a = value;
            double b = ((PyFloat) other).value;
            return PyBool.of(compareDoubles(a, b, op));
        }
        if (other instanceof PyInt) {
            return PyBool.of(compareWithInt(value, (PyInt) other, op));
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** {@code value op i}, exactly, for an int of any size. */
    static boolean compareWithInt(double value, PyInt i, CompareOp op) {
        if (Double.isNaN(value)) {
            return op == CompareOp.NE;
        }
        if (Double.isInfinite(value)) {
            return op.ofSign(value > 0 ? 1 : -1);
        }
        int c;
        if (i.fitsLong() && Math.abs(i.longValue()) < (1L << 53)) {
            c = Double.compare(value, (double) i.longValue());
            if (value == 0 && i.longValue() == 0) {
                c = 0;
            }
        } else {
            c = new BigDecimal(value).compareTo(new BigDecimal(i.bigValue()));
        }
        return op.ofSign(c);
    }

    static boolean compareDoubles(double a, double b, CompareOp op) {
        switch (op) {
            case LT: return a < b;
            case LE: return a <= b;
            case EQ: return a == b;
            case NE: return a != b;
            case GT: return a > b;
            default: return a >= b;
        }
    }

    @Override
    public boolean pyBool(ThreadState ts) {
        return value != 0;
    }

    @Override
    public String repr() {
        return FloatFormat.repr(value);
    }
}
