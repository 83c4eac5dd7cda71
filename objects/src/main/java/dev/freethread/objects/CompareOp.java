// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

/** The six rich comparisons ({@code Py_LT} .. {@code Py_GE}), with their reflections and Python's symbols. */
public enum CompareOp {
    LT("<", "__lt__"), LE("<=", "__le__"), EQ("==", "__eq__"), NE("!=", "__ne__"), GT(">", "__gt__"), GE(">=", "__ge__");

    private final String symbol;
    private final String dunder;

    CompareOp(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    /** The operator with its operands swapped ({@code _Py_SwappedOp}): {@code a < b} is {@code b > a}. */
    public CompareOp swapped() {
        switch (this) {
            case LT: return GT;
            case LE: return GE;
            case GT: return LT;
            case GE: return LE;
            default: return this; // == and != are symmetric
        }
    }

    /** Python's operator, as in error messages: {@code "<"}. */
    public String symbol() {
        return symbol;
    }

    /** The special method's name: {@code "__lt__"}. */
    public String dunder() {
        return dunder;
    }

    /** {@code a op b} for two Java ints (CPython's {@code Py_RETURN_RICHCOMPARE}). */
    public boolean compare(long a, long b) {
        switch (this) {
            case LT: return a < b;
            case LE: return a <= b;
            case EQ: return a == b;
            case NE: return a != b;
            case GT: return a > b;
            default: return a >= b;
        }
    }

    /** The result of a three-way comparison {@code c} (negative, zero, positive) under this operator. */
    public boolean ofSign(int c) {
        return compare(c, 0);
    }
}
