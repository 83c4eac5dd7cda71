// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.dict.PyDictView;
import dev.freethread.list.PyList;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNotImplemented;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * The number protocol and the sequence operators (CPython's {@code binary_op1}): int with CPython's floor division
 * and modulo, float, str/list/tuple concatenation and repetition, set and dict operators, and user classes'
 * {@code __add__}/{@code __radd__} pairs with NotImplemented. Arguments borrowed, results new.
 */
final class Arith {
    private Arith() {
    }

    /** The binary operators, with their symbols and special-method names. */
    enum Op {
        ADD("+", "add"), SUB("-", "sub"), MUL("*", "mul"), TRUEDIV("/", "truediv"), FLOORDIV("//", "floordiv"),
        MOD("%", "mod"), POW("**", "pow"), LSHIFT("<<", "lshift"), RSHIFT(">>", "rshift"), AND("&", "and"),
        OR("|", "or"), XOR("^", "xor"), MATMUL("@", "matmul");

        final String symbol;
        final String dunder;
        final String rdunder;
        final String idunder;

        Op(String symbol, String name) {
            this.symbol = symbol;
            this.dunder = "__" + name + "__";
            this.rdunder = "__r" + name + "__";
            this.idunder = "__i" + name + "__";
        }
    }

    static PyObject binary(PyThread t, Op op, PyObject a, PyObject b) {
        return binary(t, op, a, b, op.symbol);
    }

    /** {@code a op b}; {@code symbol} names the operator in "unsupported operand type(s)" ({@code |=} for a |= b). */
    private static PyObject binary(PyThread t, Op op, PyObject a, PyObject b, String symbol) {
        if (a instanceof PyInt && b instanceof PyInt) {
            return intOp(t, op, (PyInt) a, (PyInt) b);
        }
        if ((a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)) {
            return floatOp(t, op, toDouble(t, a), toDouble(t, b));
        }
        if ((a instanceof PyComplex || b instanceof PyComplex) && isComplexOperand(a) && isComplexOperand(b)) {
            PyObject c = complexOp(t, op, a, b);
            if (c != null) {
                return c;
            }
        }
        if (op == Op.OR && TypeAliases.isTypeOperand(a) && TypeAliases.isTypeOperand(b)
                && (a != PyNone.NONE || b != PyNone.NONE)) {
            PyObject own = userTyped(a) || userTyped(b) ? userOp(t, op, a, b) : null; // a metaclass's __or__ first
            return own != null ? own : TypeAliases.union(t, a, b); // int | None (PEP 604)
        }
        if (userTyped(b) && !userTyped(a) && b.type() != a.type() && b.type().isSubtypeOf(a.type())
                && classDefines(t, b, op.rdunder)) {
            // 'x' % S('y') with S(str) defining __rmod__: a subclass's own reflected method comes before the base's
            // operation (CPython's binary_op1), which would otherwise take S('y') as str
            PyObject r = callDunder(t, b, op.rdunder, a);
            if (r != null) {
                return r;
            }
        }
        PyObject r = builtinOp(t, op, a, b);
        if (r != null) {
            return r;
        }
        r = userOp(t, op, a, b);
        if (r != null) {
            return r;
        }
        PyObject va = BuiltinBase.operand(a);
        PyObject vb = BuiltinBase.operand(b);
        // [0] + L([1]), 'x' + S('y'): the built-in operation takes a subclass's value, standing for the built-in
        // base's method on the left (unless a's class overrides it: its NotImplemented is final there) or its
        // reflected method on the right (unless b's class overrides that, or both have one type, as CPython tries
        // no reflected method then): class D(int) whose __truediv__ answers NotImplemented makes D(1) / D(2) a
        // TypeError and D(1) / 2 int's 2 .__rtruediv__, as CPython's
        if ((va != a || vb != b) && ((va == a || !classDefines(t, a, op.dunder)) && builtinHandles(op, va, vb, true)
                || a.type() != b.type() && (vb == b || !classDefines(t, b, op.rdunder))
                        && builtinHandles(op, vb, va, false))) {
            if (va instanceof PyInt && vb instanceof PyInt) {
                return intOp(t, op, (PyInt) va, (PyInt) vb);
            }
            if ((va instanceof PyFloat || va instanceof PyInt) && (vb instanceof PyFloat || vb instanceof PyInt)) {
                return floatOp(t, op, toDouble(t, va), toDouble(t, vb));
            }
            r = builtinOp(t, op, va, vb);
            if (r != null) {
                return r;
            }
        }
        if (op == Op.ADD && a instanceof PyStr) {
            throw Errors.typeError(t, "can only concatenate str (not \"" + b.type().name() + "\") to str");
        }
        if (op == Op.ADD && (a instanceof PyList || a instanceof PyTuple)) {
            String n = a.type().name();
            throw Errors.typeError(t, "can only concatenate " + n + " (not \"" + b.type().name() + "\") to " + n);
        }
        if (op == Op.MUL && (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple)
                || op == Op.MUL && (b instanceof PyStr || b instanceof PyList || b instanceof PyTuple)) {
            PyObject other = a instanceof PyStr || a instanceof PyList || a instanceof PyTuple ? b : a;
            throw Errors.typeError(t, "can't multiply sequence by non-int of type '" + other.type().name() + "'");
        }
        if (op == Op.POW && symbol.equals("**")) {
            throw Errors.typeError(t, "unsupported operand type(s) for ** or pow(): '" + a.type().name() + "' and '"
                    + b.type().name() + "'");
        }
        String hint = op == Op.RSHIFT && a instanceof PyBuiltin && ((PyBuiltin) a).name.equals("print")
                ? ". Did you mean \"print(<message>, file=<output_stream>)\"?" : ""; // Python 2's print >>f
        throw Errors.typeError(t, "unsupported operand type(s) for " + symbol + ": '" + a.type().name() + "' and '"
                + b.type().name() + "'" + hint);
    }

    /** {@code a op= b}: lists extend in place, user classes may define {@code __iadd__}; else the binary operator. */
    static PyObject inplace(PyThread t, Op op, PyObject a, PyObject b) {
        ThreadState ts = t.ts;
        if (op == Op.MUL && (a instanceof PyList || a instanceof PyByteArray) && hasIndex(t, b)) {
            PyObject n = PyInt.of(ts, Ops.index(t, b, "can't multiply sequence by non-int of type '%s'"));
            try {
                return inplace(t, op, a, n); // lst *= obj with __index__: in place, as sq_inplace_repeat
            } finally {
                RefCount.decref(ts, n);
            }
        }
        if (a instanceof PyByteArray && op == Op.ADD && (b instanceof PyBytes || b instanceof PyByteArray)) {
            ((PyByteArray) a).extend(BytesMethods.bytesLike(t, b, null)); // ba += b'...' extends in place
            return RefCount.newRef(ts, a);
        }
        if (a instanceof PyByteArray && op == Op.MUL && b instanceof PyInt) {
            byte[] v = ((PyByteArray) a).snapshot();
            ((PyByteArray) a).replace(repeat(t, v, b));
            return RefCount.newRef(ts, a);
        }
        if (a instanceof PyList && op == Op.ADD) {
            try (Ops.ItemIterator items = Ops.iterator(t, b)) {
                ((PyList) a).extend(ts, items);
            }
            return RefCount.newRef(ts, a);
        }
        if (a instanceof PyList && op == Op.MUL && b instanceof PyInt) {
            ((PyList) a).inplaceRepeat(ts, ((PyInt) b).fitsLong() ? ((PyInt) b).longValue() : Long.MAX_VALUE);
            return RefCount.newRef(ts, a);
        }
        if (a instanceof PyDict && op == Op.OR) {
            if (b instanceof PyDict) {
                return ((PyDict) a).inPlaceOr(ts, (PyDict) b);
            }
            // dict.__ior__ is dict_update_arg: any mapping or iterable of pairs, and it raises (never returns
            // NotImplemented), so a right operand's __ror__ is not tried, as in CPython 3.13.
            Methods.updateDict(t, (PyDict) a, b);
            return RefCount.newRef(ts, a);
        }
        if (a instanceof PySet && !((PySet) a).frozen && (op == Op.OR || op == Op.AND || op == Op.SUB || op == Op.XOR)
                && b instanceof PySet) {
            ((PySet) a).inplace(t, op, (PySet) b);
            return RefCount.newRef(ts, a);
        }
        if (a instanceof PyInstance) {
            PyObject m = ((PyInstance) a).cls().lookup(t, op.idunder);
            if (m != null) {
                PyObject r;
                try {
                    r = Ops.callMethod(t, m, a, new PyObject[] {b}, null);
                } finally {
                    RefCount.decref(ts, m);
                }
                if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        return binary(t, op, a, b, op.symbol + "="); // CPython names the augmented operator in its TypeError
    }

    /**
     * bytes and bytearray: concatenation with any bytes-like object (the left operand's type answers, as in
     * CPython), repetition by an int; null for other operators (the caller raises CPython's TypeError).
     */
    private static PyObject bytesOp(PyThread t, Op op, PyObject a, PyObject b) {
        boolean aBytes = a instanceof PyBytes || a instanceof PyByteArray;
        boolean bBytes = b instanceof PyBytes || b instanceof PyByteArray;
        if (op == Op.ADD && aBytes) {
            PyObject vb = BuiltinBase.operand(b); // a bytes or bytearray subclass's value, or any buffer (PEP 688)
            if (!(vb instanceof PyBytes || vb instanceof PyByteArray || BytesMethods.isBytesLike(t, b))) {
                throw Errors.typeError(t, "can't concat " + Ops.typeName(b) + " to " + Ops.typeName(a));
            }
            byte[] x = BytesMethods.bytesLike(t, a, null);
            byte[] y = BytesMethods.bytesLike(t, vb instanceof PyBytes || vb instanceof PyByteArray ? vb : b, null);
            byte[] out = java.util.Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, out, x.length, y.length);
            return a instanceof PyByteArray ? new PyByteArray(t.ts, out) : PyBytes.of(t.ts, out);
        }
        if (op == Op.MUL && (aBytes && b instanceof PyInt || bBytes && a instanceof PyInt)) {
            PyObject seq = aBytes ? a : b;
            byte[] out = repeat(t, BytesMethods.bytesLike(t, seq, null), aBytes ? b : a);
            return seq instanceof PyByteArray ? new PyByteArray(t.ts, out) : PyBytes.of(t.ts, out);
        }
        return null;
    }

    private static byte[] repeat(PyThread t, byte[] v, PyObject count) {
        if (count instanceof PyInt && !((PyInt) count).fitsLong()) { // as the other sequences' (count)
            throw Errors.raise(t, "OverflowError", "cannot fit 'int' into an index-sized integer");
        }
        long n = Math.max(0, Args.toLong(t, count, "repeat"));
        if (v.length > 0 && n > Integer.MAX_VALUE / v.length) {
            throw Errors.raise(t, "MemoryError", null);
        }
        byte[] out = new byte[(int) (v.length * n)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(v, 0, out, i * v.length, v.length);
        }
        return out;
    }

    /** Whether {@code o}'s type is a class of ours: an instance of a class, or a class made by a metaclass of ours. */
    private static boolean userTyped(PyObject o) {
        return o instanceof PyInstance || o instanceof PyClass && o.type() instanceof PyClass;
    }

    private static PyObject userOp(PyThread t, Op op, PyObject a, PyObject b) {
        ThreadState ts = t.ts;
        boolean bFirst = userTyped(b) && b.type() != a.type() && b.type().isSubtypeOf(a.type())
                && overridesReflected(t, a, b, op.rdunder);
        if (bFirst) {
            PyObject r = callDunder(t, b, op.rdunder, a);
            if (r != null) {
                return r;
            }
        }
        if (userTyped(a)) {
            PyObject r = callDunder(t, a, op.dunder, b);
            if (r != null) {
                return r;
            }
        }
        if (!bFirst && userTyped(b) && b.type() != a.type()) {
            return callDunder(t, b, op.rdunder, a);
        }
        if (!bFirst && userTyped(b) && !userTyped(a)) {
            return callDunder(t, b, op.rdunder, a);
        }
        return null;
    }

    /**
     * Whether the built-in method of {@code self}'s type for {@code op} (its reflected one unless {@code left}) takes
     * {@code other}: a number one of no higher kind (int, then float, then complex: float's methods take ints, int's
     * no floats), a sequence an int to repeat by on either side but another sequence to concatenate only on the left
     * (list and str have no {@code __radd__}).
     */
    private static boolean builtinHandles(Op op, PyObject self, PyObject other, boolean left) {
        int rs = numberRank(self);
        if (rs >= 0) {
            int ro = numberRank(other);
            return ro >= 0 && rs >= ro;
        }
        if (isRepeatable(self) && op == Op.ADD) {
            return left;
        }
        return true;
    }

    /** 0 for an int (a bool too), 1 for a float, 2 for a complex, -1 for anything else. */
    private static int numberRank(PyObject o) {
        return o instanceof PyInt ? 0 : o instanceof PyFloat ? 1 : o instanceof PyComplex ? 2 : -1;
    }

    /** Whether {@code o}'s class, one of ours, defines {@code name} itself (not only its built-in base). */
    private static boolean classDefines(PyThread t, PyObject o, String name) {
        if (!(o.type() instanceof PyClass)) {
            return false;
        }
        PyClass c = (PyClass) o.type();
        PyObject v = c.lookup(t, name);
        if (v == null) {
            return false;
        }
        try { // a class without a built-in base (object's subclasses) has it from a class of ours
            return c.builtinBase == null || v != BuiltinBase.lookup(t.interp, c.builtinBase, name);
        } finally {
            RefCount.decref(t.ts, v);
        }
    }

    /**
     * CPython's {@code method_is_overloaded}: whether the right operand's class gives the reflected method a
     * definition of its own (not the one the left operand's class has), the condition for trying it first.
     */
    private static boolean overridesReflected(PyThread t, PyObject a, PyObject b, String rdunder) {
        if (!(b.type() instanceof PyClass)) {
            return true;
        }
        PyObject mb = ((PyClass) b.type()).lookup(t, rdunder);
        if (mb == null) {
            return false;
        }
        PyObject ma = a.type() instanceof PyClass ? ((PyClass) a.type()).lookup(t, rdunder) : null;
        RefCount.decref(t.ts, mb);
        if (ma != null) {
            RefCount.decref(t.ts, ma);
        }
        return ma != mb;
    }

    /** Calls {@code self.name(arg)}; null when there is no such method or it answers NotImplemented. */
    private static boolean isRepeatable(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes
                || o instanceof PyByteArray;
    }

    /** An instance of a class of ours with {@code __index__} (an int-like count). */
    static boolean hasIndex(PyThread t, PyObject o) {
        if (!(o instanceof PyInstance)) {
            return false;
        }
        PyObject m = ((PyInstance) o).cls().lookup(t, "__index__");
        RefCount.xdecref(t.ts, m);
        return m != null;
    }

    private static PyObject callDunder(PyThread t, PyObject self, String name, PyObject arg) {
        if (!userTyped(self)) {
            return null;
        }
        PyObject m = self instanceof PyInstance ? ((PyInstance) self).cls().lookup(t, name)
                : ((PyClass) self.type()).lookupOverride(t, name);
        if (m == null) {
            return null;
        }
        PyObject r;
        try {
            r = Ops.callMethod(t, m, self, new PyObject[] {arg}, null);
        } finally {
            RefCount.decref(t.ts, m);
        }
        return r == PyNotImplemented.NOT_IMPLEMENTED ? null : r;
    }

    private static PyObject builtinOp(PyThread t, Op op, PyObject a, PyObject b) {
        ThreadState ts = t.ts;
        if (op == Op.MUL && (isRepeatable(a) && hasIndex(t, b) || isRepeatable(b) && hasIndex(t, a))) {
            // seq * n where n has __index__ (CPython's sq_repeat takes PyNumber_Index of it)
            boolean countIsB = isRepeatable(a);
            PyObject n = PyInt.of(ts, Ops.index(t, countIsB ? b : a, "can't multiply sequence by non-int of type '%s'"));
            try {
                return builtinOp(t, op, countIsB ? a : n, countIsB ? n : b);
            } finally {
                RefCount.decref(ts, n);
            }
        }
        if ((op == Op.AND || op == Op.OR || op == Op.SUB || op == Op.XOR) && (isSetLikeView(a) || isSetLikeView(b))) {
            // dict_keys and dict_items are set-like: with any iterable on either side the answer is a set (CPython's
            // dictviews_and and friends build set(a) and apply the set operator).
            PySet x = PySet.of(t, a);
            try {
                PySet y = PySet.of(t, b);
                try {
                    return x.binary(t, op, y);
                } finally {
                    RefCount.decref(ts, y);
                }
            } finally {
                RefCount.decref(ts, x);
            }
        }
        if (op == Op.MOD && (a instanceof PyBytes || a instanceof PyByteArray)) { // printf-style bytes formatting
            byte[] out = Strs.bytesPercent(t, BytesMethods.bytesLike(t, a, null), b);
            return a instanceof PyByteArray ? new PyByteArray(ts, out) : PyBytes.of(ts, out);
        }
        if (a instanceof PyBytes || a instanceof PyByteArray || b instanceof PyBytes || b instanceof PyByteArray) {
            PyObject r = bytesOp(t, op, a, b);
            if (r != null) {
                return r;
            }
        }
        if (a instanceof PyStr) {
            String s = ((PyStr) a).value();
            if (op == Op.ADD && b instanceof PyStr) {
                return PyStr.of(ts, s + ((PyStr) b).value());
            }
            if (op == Op.MUL && b instanceof PyInt) {
                return PyStr.of(ts, s.repeat((int) Math.max(0, count(t, (PyInt) b, s.length()))));
            }
            if (op == Op.MOD) {
                return PyStr.of(ts, Strs.percent(t, s, b));
            }
            return null;
        }
        if (b instanceof PyStr && op == Op.MUL && a instanceof PyInt) {
            String s = ((PyStr) b).value();
            return PyStr.of(ts, s.repeat((int) Math.max(0, count(t, (PyInt) a, s.length()))));
        }
        if (a instanceof PyList) {
            if (op == Op.ADD && b instanceof PyList) {
                return ((PyList) a).concat(ts, (PyList) b);
            }
            if (op == Op.MUL && b instanceof PyInt) {
                return ((PyList) a).repeat(ts, count(t, (PyInt) b, ((PyList) a).size()));
            }
            return null;
        }
        if (b instanceof PyList && op == Op.MUL && a instanceof PyInt) {
            return ((PyList) b).repeat(ts, count(t, (PyInt) a, ((PyList) b).size()));
        }
        if (a instanceof PyTuple) {
            PyTuple x = (PyTuple) a;
            if (op == Op.ADD && b instanceof PyTuple) {
                PyTuple y = (PyTuple) b;
                PyObject[] items = new PyObject[x.size() + y.size()];
                for (int i = 0; i < x.size(); i++) {
                    items[i] = RefCount.newRef(ts, x.getItemBorrowed(i));
                }
                for (int i = 0; i < y.size(); i++) {
                    items[x.size() + i] = RefCount.newRef(ts, y.getItemBorrowed(i));
                }
                return PyTuple.stealing(ts, items);
            }
            if (op == Op.MUL && b instanceof PyInt) {
                return repeatTuple(t, x, count(t, (PyInt) b, x.size()));
            }
            return null;
        }
        if (b instanceof PyTuple && op == Op.MUL && a instanceof PyInt) {
            return repeatTuple(t, (PyTuple) b, count(t, (PyInt) a, ((PyTuple) b).size()));
        }
        if (a instanceof PySet && b instanceof PySet) {
            return ((PySet) a).binary(t, op, (PySet) b);
        }
        if (a instanceof PyDict && b instanceof PyDict && op == Op.OR) {
            return ((PyDict) a).or(ts, (PyDict) b);
        }
        return null;
    }

    static boolean isSetLikeView(PyObject o) {
        return o instanceof PyDictView && ((PyDictView) o).kind() != dev.freethread.dict.PyDictIterator.Kind.VALUES;
    }

    private static long count(PyThread t, PyInt n, long itemSize) {
        if (!n.fitsLong()) { // either sign: CPython's PyNumber_AsSsize_t with OverflowError ('a' * -2**100 too)
            throw Errors.raise(t, "OverflowError", "cannot fit 'int' into an index-sized integer");
        }
        long c = n.longValue();
        if (c > 0 && itemSize > 0 && c * itemSize > Integer.MAX_VALUE - 8) {
            throw Errors.raise(t, "MemoryError", null);
        }
        return c;
    }

    private static PyObject repeatTuple(PyThread t, PyTuple x, long n) {
        ThreadState ts = t.ts;
        if (n <= 0 || x.size() == 0) {
            return PyTuple.EMPTY;
        }
        if (n == 1) { // t * 1 is t itself, as CPython's (a tuple is immutable)
            return RefCount.newRef(ts, x);
        }
        PyObject[] items = new PyObject[(int) (x.size() * n)];
        for (int i = 0; i < items.length; i++) {
            items[i] = RefCount.newRef(ts, x.getItemBorrowed(i % x.size()));
        }
        return PyTuple.stealing(ts, items);
    }

    static double toDouble(PyThread t, PyObject o) {
        if (o instanceof PyFloat) {
            return ((PyFloat) o).value;
        }
        if (!(o instanceof PyInt)) { // a subclass of int or float stands for its value; anything else is refused
            PyObject v = BuiltinBase.operand(o);
            if (v != o && (v instanceof PyInt || v instanceof PyFloat)) {
                return toDouble(t, v);
            }
            throw Errors.typeError(t, "must be real number, not " + Ops.typeName(o));
        }
        PyInt i = (PyInt) o;
        if (i.fitsLong()) {
            return (double) i.longValue();
        }
        double d = i.bigValue().doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.raise(t, "OverflowError", "int too large to convert to float");
        }
        return d;
    }

    static PyObject ofLong(ThreadState ts, long v) {
        return PyInt.of(ts, v);
    }

    /**
     * {@code x / y} of two ints, correctly rounded (round half to even), as CPython's {@code long_true_divide}: the
     * quotient is computed to two or three bits below the result's last place with a sticky bit for the remainder,
     * then rounded once, so a huge numerator or denominator never rounds twice (a decimal detour did). An infinite
     * answer means the quotient is too large for a float; a tiny one underflows to a signed zero or a subnormal.
     */
    static double trueDivide(BigInteger x, BigInteger y) {
        boolean negative = (x.signum() < 0) != (y.signum() < 0); // 0 / -y is -0.0, as CPython's
        BigInteger a = x.abs();
        BigInteger b = y.abs();
        if (a.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (a.bitLength() <= 53 && b.bitLength() <= 53) { // both exact as doubles: IEEE division rounds once
            double q = a.doubleValue() / b.doubleValue();
            return negative ? -q : q;
        }
        int e = a.bitLength() - b.bitLength(); // the quotient lies in [2^(e-1), 2^(e+1))
        if (e > 1025) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (e < -1076) { // below 2^-1075: rounds to zero
            return negative ? -0.0 : 0.0;
        }
        int s = Math.max(e - 53, -1074) - 2; // the lowest bit computed: two below the smallest possible last place
        BigInteger[] qr = s >= 0 ? a.divideAndRemainder(b.shiftLeft(s)) : a.shiftLeft(-s).divideAndRemainder(b);
        BigInteger q = qr[0];
        boolean sticky = qr[1].signum() != 0;
        int ulp = Math.max(s + q.bitLength() - 1 - 52, -1074); // the result's last place
        int drop = ulp - s; // 2 or 3 bits below it
        long m = q.shiftRight(drop).longValue();
        long rest = q.longValue() & ((1L << drop) - 1);
        long half = 1L << (drop - 1);
        if (rest > half || rest == half && (sticky || (m & 1) != 0)) {
            m++;
        }
        double r = Math.scalb((double) m, ulp); // m < 2^54 is exact; scaling by a power of two is exact here
        return negative ? -r : r;
    }

    static PyObject ofBig(ThreadState ts, BigInteger v) {
        return v.bitLength() < 64 ? PyInt.of(ts, v.longValue()) : PyInt.of(ts, v);
    }

    static PyObject intOp(PyThread t, Op op, PyInt a, PyInt b) {
        ThreadState ts = t.ts;
        if (a instanceof PyBool && b instanceof PyBool && (op == Op.AND || op == Op.OR || op == Op.XOR)) {
            boolean x = a == PyBool.TRUE;
            boolean y = b == PyBool.TRUE;
            return PyBool.of(op == Op.AND ? x & y : op == Op.OR ? x | y : x ^ y);
        }
        if (a.fitsLong() && b.fitsLong()) {
            long x = a.longValue();
            long y = b.longValue();
            switch (op) {
                case ADD: {
                    long r = x + y;
                    if (((x ^ r) & (y ^ r)) >= 0) {
                        return PyInt.of(ts, r);
                    }
                    break;
                }
                case SUB: {
                    long r = x - y;
                    if (((x ^ y) & (x ^ r)) >= 0) {
                        return PyInt.of(ts, r);
                    }
                    break;
                }
                case MUL: {
                    long hi = Math.multiplyHigh(x, y);
                    long lo = x * y;
                    if (hi == 0 && lo >= 0 || hi == -1 && lo < 0) {
                        return PyInt.of(ts, lo);
                    }
                    break;
                }
                case FLOORDIV:
                    if (y == 0) {
                        throw Errors.raise(t, "ZeroDivisionError", "integer division or modulo by zero");
                    }
                    if (!(x == Long.MIN_VALUE && y == -1)) {
                        return PyInt.of(ts, Math.floorDiv(x, y));
                    }
                    break;
                case MOD:
                    if (y == 0) {
                        throw Errors.raise(t, "ZeroDivisionError", "integer modulo by zero");
                    }
                    return PyInt.of(ts, Math.floorMod(x, y));
                case AND:
                    return PyInt.of(ts, x & y);
                case OR:
                    return PyInt.of(ts, x | y);
                case XOR:
                    return PyInt.of(ts, x ^ y);
                case RSHIFT:
                    if (y < 0) {
                        throw Errors.valueError(t, "negative shift count");
                    }
                    return PyInt.of(ts, y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
                case LSHIFT:
                    if (y < 0) {
                        throw Errors.valueError(t, "negative shift count");
                    }
                    if (y < 62 && x != Long.MIN_VALUE && Math.abs(x) < (1L << (62 - y))) {
                        return PyInt.of(ts, x << y);
                    }
                    break;
                case TRUEDIV:
                    if (y == 0) {
                        throw Errors.raise(t, "ZeroDivisionError", "division by zero");
                    }
                    if (Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53)) {
                        return new PyFloat(ts, (double) x / (double) y);
                    }
                    break;
                default:
            }
        }
        BigInteger x = a.bigValue();
        BigInteger y = b.bigValue();
        switch (op) {
            case ADD: return ofBig(ts, x.add(y));
            case SUB: return ofBig(ts, x.subtract(y));
            case MUL: return ofBig(ts, x.multiply(y));
            case FLOORDIV: {
                if (y.signum() == 0) {
                    throw Errors.raise(t, "ZeroDivisionError", "integer division or modulo by zero");
                }
                BigInteger[] qr = x.divideAndRemainder(y);
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
                    q = q.subtract(BigInteger.ONE);
                }
                return ofBig(ts, q);
            }
            case MOD: {
                if (y.signum() == 0) {
                    throw Errors.raise(t, "ZeroDivisionError", "integer modulo by zero");
                }
                BigInteger r = x.mod(y.abs());
                if (y.signum() < 0 && r.signum() != 0) {
                    r = r.add(y);
                }
                return ofBig(ts, r);
            }
            case AND: return ofBig(ts, x.and(y));
            case OR: return ofBig(ts, x.or(y));
            case XOR: return ofBig(ts, x.xor(y));
            case LSHIFT:
                if (y.signum() < 0) {
                    throw Errors.valueError(t, "negative shift count");
                }
                if (x.signum() == 0) {
                    return PyInt.of(ts, 0); // 0 << n is 0 however large n is (CPython's)
                }
                if (y.bitLength() > 31) {
                    throw Errors.raise(t, "OverflowError", "too many digits in integer");
                }
                if ((long) x.bitLength() + y.longValue() >= Integer.MAX_VALUE) {
                    throw Errors.raise(t, "MemoryError", ""); // more bits than a Java BigInteger holds
                }
                return ofBig(ts, x.shiftLeft(y.intValue()));
            case RSHIFT:
                if (y.signum() < 0) {
                    throw Errors.valueError(t, "negative shift count");
                }
                return ofBig(ts, y.bitLength() > 31 ? BigInteger.valueOf(x.signum() < 0 ? -1 : 0) : x.shiftRight(y.intValue()));
            case TRUEDIV: {
                if (y.signum() == 0) {
                    throw Errors.raise(t, "ZeroDivisionError", "division by zero");
                }
                double d = trueDivide(x, y);
                if (Double.isInfinite(d)) {
                    throw Errors.raise(t, "OverflowError", "integer division result too large for a float");
                }
                return new PyFloat(ts, d);
            }
            case POW: {
                if (y.signum() < 0) {
                    if (x.signum() == 0) {
                        throw Errors.raise(t, "ZeroDivisionError", "0.0 cannot be raised to a negative power");
                    }
                    return floatOp(t, Op.POW, toDouble(t, a), toDouble(t, b));
                }
                if (x.equals(BigInteger.ONE) || x.signum() == 0) {
                    return ofBig(ts, y.signum() == 0 ? BigInteger.ONE : x);
                }
                if (x.equals(BigInteger.ONE.negate())) {
                    return ofBig(ts, y.testBit(0) ? x : BigInteger.ONE);
                }
                if (y.bitLength() > 31) {
                    throw Errors.raise(t, "MemoryError", null);
                }
                return ofBig(ts, x.pow(y.intValue()));
            }
            case MATMUL:
            default:
                throw Errors.typeError(t, "unsupported operand type(s) for " + op.symbol + ": 'int' and 'int'");
        }
    }

    static PyObject floatOp(PyThread t, Op op, double x, double y) {
        ThreadState ts = t.ts;
        switch (op) {
            case ADD: return new PyFloat(ts, x + y);
            case SUB: return new PyFloat(ts, x - y);
            case MUL: return new PyFloat(ts, x * y);
            case TRUEDIV:
                if (y == 0) {
                    throw Errors.raise(t, "ZeroDivisionError", "float division by zero");
                }
                return new PyFloat(ts, x / y);
            case FLOORDIV: {
                if (y == 0) {
                    throw Errors.raise(t, "ZeroDivisionError", "float floor division by zero");
                }
                return new PyFloat(ts, floorDiv(x, y));
            }
            case MOD: {
                if (y == 0) {
                    throw Errors.raise(t, "ZeroDivisionError", "float modulo by zero");
                }
                return new PyFloat(ts, floatMod(x, y));
            }
            case POW: {
                if (x == 0 && y < 0 && !Double.isInfinite(y)) { // 0.0 ** -inf is inf
                    throw Errors.raise(t, "ZeroDivisionError", "0.0 cannot be raised to a negative power");
                }
                if (x == 1.0 || x == -1.0 && Double.isInfinite(y)) {
                    return new PyFloat(ts, 1.0); // C99's pow (CPython's): 1 ** nan, (-1) ** inf; Java answers NaN
                }
                if (x < 0 && y != Math.floor(y) && !Double.isInfinite(y) && !Double.isNaN(y) && !Double.isInfinite(x)) {
                    return complexResult(t, PyComplex.power(x, 0, y, 0)); // (-8) ** (1/3): a complex, as in Python 3
                }
                double r = Math.pow(x, y);
                if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
                    throw Errors.raise(t, "OverflowError", "(34, 'Numerical result out of range')");
                }
                return new PyFloat(ts, r);
            }
            default:
                throw Errors.typeError(t, "unsupported operand type(s) for " + op.symbol + ": 'float' and 'float'");
        }
    }

    static double floatMod(double x, double y) {
        double m = x % y;
        if (m != 0) {
            if ((y < 0) != (m < 0)) {
                m += y;
            }
        } else {
            m = Math.copySign(0.0, y);
        }
        return m;
    }

    static double floorDiv(double x, double y) {
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0 && (y < 0) != (mod < 0)) {
            div -= 1.0;
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, x / y);
        }
        return floordiv;
    }

    /** Whether {@code o} takes part in complex arithmetic: a complex, float or int (bool included). */
    private static boolean isComplexOperand(PyObject o) {
        return o instanceof PyComplex || o instanceof PyFloat || o instanceof PyInt;
    }

    /** The real and imaginary parts of a complex operand (an int too large for a float is CPython's OverflowError). */
    private static double[] parts(PyThread t, PyObject o) {
        if (o instanceof PyComplex) {
            return new double[] {((PyComplex) o).real, ((PyComplex) o).imag};
        }
        return new double[] {toDouble(t, o), 0};
    }

    /**
     * {@code a op b} where one operand is a complex and the other a complex, float or int (complexobject.c: both are
     * made complex first); null for an operator complex has not ({@code //}, {@code %}, shifts, bitwise), which
     * then ends in CPython's TypeError.
     */
    private static PyObject complexOp(PyThread t, Op op, PyObject a, PyObject b) {
        double[] x = parts(t, a);
        double[] y = parts(t, b);
        ThreadState ts = t.ts;
        switch (op) {
            case ADD:
                return new PyComplex(ts, x[0] + y[0], x[1] + y[1]);
            case SUB:
                return new PyComplex(ts, x[0] - y[0], x[1] - y[1]);
            case MUL:
                return new PyComplex(ts, x[0] * y[0] - x[1] * y[1], x[0] * y[1] + x[1] * y[0]);
            case TRUEDIV: {
                double[] q = PyComplex.quotient(x[0], x[1], y[0], y[1]);
                if (q == null) {
                    throw Errors.raise(t, "ZeroDivisionError", "complex division by zero");
                }
                return new PyComplex(ts, q[0], q[1]);
            }
            case POW:
                return complexResult(t, PyComplex.power(x[0], x[1], y[0], y[1]));
            default:
                return null;
        }
    }

    /** A power's result: CPython's ZeroDivisionError for zero to a negative or complex power, OverflowError for inf. */
    private static PyObject complexResult(PyThread t, double[] p) {
        if (p == null) {
            throw Errors.raise(t, "ZeroDivisionError", "0.0 to a negative or complex power");
        }
        if (Double.isInfinite(p[0]) || Double.isInfinite(p[1])) {
            throw Errors.raise(t, "OverflowError", "complex exponentiation");
        }
        return new PyComplex(t.ts, p[0], p[1]);
    }

    static PyObject negate(PyThread t, PyObject a) {
        ThreadState ts = t.ts;
        if (a instanceof PyInt) {
            PyInt i = (PyInt) a;
            if (i.fitsLong() && i.longValue() != Long.MIN_VALUE) {
                return PyInt.of(ts, -i.longValue());
            }
            return ofBig(ts, i.bigValue().negate());
        }
        if (a instanceof PyFloat) {
            return new PyFloat(ts, -((PyFloat) a).value);
        }
        if (a instanceof PyComplex) {
            return new PyComplex(ts, -((PyComplex) a).real, -((PyComplex) a).imag);
        }
        return unaryUser(t, a, "__neg__", "-");
    }

    static PyObject positive(PyThread t, PyObject a) {
        if (a instanceof PyBool) {
            return PyInt.of(t.ts, a == PyBool.TRUE ? 1 : 0);
        }
        if (a instanceof PyInt || a instanceof PyFloat || a instanceof PyComplex) {
            return RefCount.newRef(t.ts, a);
        }
        return unaryUser(t, a, "__pos__", "+");
    }

    static PyObject invert(PyThread t, PyObject a) {
        if (a instanceof PyBool) {
            warn(t, "DeprecationWarning", "Bitwise inversion '~' on bool is deprecated and will be removed in Python "
                    + "3.16. This returns the bitwise inversion of the underlying int object and is usually not what "
                    + "you expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you "
                    + "really want the bitwise inversion of the underlying int.");
        }
        if (a instanceof PyInt) {
            PyInt i = (PyInt) a;
            if (i.fitsLong()) {
                return PyInt.of(t.ts, ~i.longValue());
            }
            return ofBig(t.ts, i.bigValue().not());
        }
        return unaryUser(t, a, "__invert__", "~");
    }

    /** {@code warnings.warn(message, category)} from the interpreter (CPython's {@code PyErr_WarnEx}). */
    static void warn(PyThread t, String category, String message) {
        PyObject warnings = Modules.importModule(t, "warnings");
        try {
            PyStr msg = PyStr.of(t.ts, message);
            try {
                RefCount.decref(t.ts, Ops.callAttr(t, warnings, t.interp.str("warn"),
                        new PyObject[] {msg, t.interp.exceptionClass(category)}, null));
            } finally {
                RefCount.decref(t.ts, msg);
            }
        } finally {
            RefCount.decref(t.ts, warnings);
        }
    }

    private static PyObject unaryUser(PyThread t, PyObject a, String dunder, String symbol) {
        if (a instanceof PyInstance) {
            PyObject m = ((PyInstance) a).cls().lookup(t, dunder);
            if (m != null) {
                try {
                    return Ops.callMethod(t, m, a, Ops.NO_ARGS, null);
                } finally {
                    RefCount.decref(t.ts, m);
                }
            }
        }
        throw Errors.typeError(t, "bad operand type for unary " + symbol + ": '" + a.type().name() + "'");
    }

    static PyObject abs(PyThread t, PyObject a) {
        if (a instanceof PyInt) {
            PyInt i = (PyInt) a;
            if (i.fitsLong() && i.longValue() >= 0 && !(a instanceof PyBool)) {
                return RefCount.newRef(t.ts, a);
            }
            return ofBig(t.ts, i.bigValue().abs());
        }
        if (a instanceof PyFloat) {
            return new PyFloat(t.ts, Math.abs(((PyFloat) a).value));
        }
        if (a instanceof PyComplex) {
            PyComplex c = (PyComplex) a;
            double h = Math.hypot(c.real, c.imag);
            if (Double.isInfinite(h) && !Double.isInfinite(c.real) && !Double.isInfinite(c.imag)) {
                throw Errors.raise(t, "OverflowError", "absolute value too large");
            }
            return new PyFloat(t.ts, h);
        }
        if (a instanceof PyInstance) {
            PyObject m = ((PyInstance) a).cls().lookup(t, "__abs__");
            if (m != null) {
                try {
                    return Ops.callMethod(t, m, a, Ops.NO_ARGS, null);
                } finally {
                    RefCount.decref(t.ts, m);
                }
            }
        }
        throw Errors.typeError(t, "bad operand type for abs(): '" + a.type().name() + "'");
    }

    static boolean isTrueBool(PyObject o) {
        return o == PyBool.TRUE;
    }
}
