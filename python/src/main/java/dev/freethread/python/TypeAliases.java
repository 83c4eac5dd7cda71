// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyNotImplemented;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

/**
 * The values of type expressions that scripts evaluate in annotations (class bodies and dataclasses evaluate them):
 * {@code list[int]} (PEP 585, {@link GenericAlias}) and {@code int | None} (PEP 604, {@link UnionType}), with
 * CPython's reprs and equality. A generic alias calls its origin; a union works in {@code isinstance}.
 */
final class TypeAliases {
    private TypeAliases() {
    }

    /** Whether {@code o} may be an operand of {@code |} between types: a type, None, or a union or alias of them. */
    static boolean isTypeOperand(PyObject o) {
        return o instanceof PyType || o == PyNone.NONE || o instanceof UnionType || o instanceof GenericAlias;
    }

    /** {@code a | b} for type operands: a union of their members, flattened and without duplicates. */
    static PyObject union(PyThread t, PyObject a, PyObject b) {
        java.util.List<PyObject> members = new java.util.ArrayList<>();
        for (PyObject o : new PyObject[] {a, b}) {
            if (o instanceof UnionType) {
                PyTuple args = ((UnionType) o).args();
                for (int i = 0; i < args.size(); i++) {
                    add(members, args.getItemBorrowed(i));
                }
            } else {
                add(members, o == PyNone.NONE ? PyNone.NONE.type() : o);
            }
        }
        if (members.size() == 1) {
            return RefCount.newRef(t.ts, members.get(0));
        }
        PyObject[] items = new PyObject[members.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = RefCount.newRef(t.ts, members.get(i));
        }
        return new UnionType(t.ts, PyTuple.stealing(t.ts, items));
    }

    private static void add(java.util.List<PyObject> members, PyObject o) {
        for (PyObject m : members) {
            if (m == o) {
                return;
            }
        }
        members.add(o);
    }

    /** CPython's {@code _Py_typing_type_repr}: a type by its qualified name (builtins unqualified), ... as "...". */
    static String typeRepr(PyThread t, PyObject o) {
        if (o == PyNone.NONE.type() || o == PyNone.NONE) {
            return "None";
        }
        if (o instanceof PyClass) {
            PyClass c = (PyClass) o;
            return c.module == null || c.module.equals("builtins") ? c.qualname() : c.module + "." + c.qualname();
        }
        if (o instanceof PyType) {
            String n = ((PyType) o).name();
            return n;
        }
        if (o == Builtins.Ellipsis.INSTANCE) {
            return "...";
        }
        return Ops.reprString(t, o);
    }

    /** What both kinds hold: a tuple of type arguments (counted), reported to the collector. */
    abstract static class ArgsHolder extends PyObject {
        private volatile PyTuple args;

        ArgsHolder(PyType type, ThreadState ts, PyTuple args) {
            super(type, ts);
            this.args = args;
        }

        final PyTuple args() {
            PyTuple a = args;
            return a == null ? PyTuple.EMPTY : a;
        }

        @Override
        public final void traverse(ReferenceVisitor v) {
            PyTuple a = args;
            if (a != null) {
                v.visit(a);
            }
        }

        @Override
        public final void clearReferences(ReferenceVisitor v) {
            PyTuple a = args;
            args = null;
            if (a != null) {
                v.visit(a);
            }
        }
    }

    /** {@code list[int]}: a builtin type with type arguments. */
    static final class GenericAlias extends ArgsHolder implements Callable {
        static final PyType TYPE = PyType.staticType("types.GenericAlias", PyType.FLAG_GC);

        final PyType origin;
        /** {@code *tuple[int]} (PEP 646): what iterating an alias yields. */
        final boolean unpacked;

        /** Takes over {@code args}. */
        GenericAlias(ThreadState ts, PyType origin, PyTuple args) {
            this(ts, origin, args, false);
        }

        GenericAlias(ThreadState ts, PyType origin, PyTuple args, boolean unpacked) {
            super(TYPE, ts, args);
            this.origin = origin;
            this.unpacked = unpacked;
        }

        /**
         * {@code iter(list[int])}: an iterator that yields {@code *list[int]} once, to one thread only when threads
         * share it (CPython's gh-154043).
         */
        PyObject iter(ThreadState ts) {
            GenericAlias starred = new GenericAlias(ts, origin, (PyTuple) RefCount.newRef(ts, args()), true);
            try {
                return new AliasIter(ts, starred);
            } finally {
                RefCount.decref(ts, starred);
            }
        }

        /** {@code origin[key]}: the key as the arguments (a tuple is several). */
        static GenericAlias of(PyThread t, PyType origin, PyObject key) {
            PyTuple args = key instanceof PyTuple ? (PyTuple) RefCount.newRef(t.ts, key)
                    : PyTuple.stealing(t.ts, RefCount.newRef(t.ts, key));
            return new GenericAlias(t.ts, origin, args);
        }

        String repr(PyThread t) {
            StringBuilder b = new StringBuilder(unpacked ? "*" : "").append(typeRepr(t, origin)).append('[');
            PyTuple a = args();
            if (a.size() == 0) {
                b.append("()");
            }
            for (int i = 0; i < a.size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                b.append(typeRepr(t, a.getItemBorrowed(i)));
            }
            return b.append(']').toString();
        }

        @Override
        public String repr(ThreadState ts) {
            return repr(Interp.thread(ts));
        }

        @Override
        public PyObject call(PyThread t, PyObject[] args, String[] kwnames) {
            return Ops.call(t, origin, args, kwnames);
        }

        @Override
        public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
            if ((op == CompareOp.EQ || op == CompareOp.NE) && other instanceof GenericAlias) {
                GenericAlias g = (GenericAlias) other;
                boolean eq = origin == g.origin && unpacked == g.unpacked
                        && dev.freethread.objects.Compare.richCompareBool(ts, args(), g.args(), CompareOp.EQ);
                return PyBool.of(eq == (op == CompareOp.EQ));
            }
            return op == CompareOp.EQ || op == CompareOp.NE ? super.richCompare(ts, other, op)
                    : PyNotImplemented.NOT_IMPLEMENTED;
        }

        @Override
        public long pyHash(ThreadState ts) {
            long h = origin.pyHash(ts) * 31 + args().pyHash(ts); // CPython leaves the unpacked flag out
            return h == -1 ? -2 : h;
        }
    }

    /** {@code iter(list[int])}'s iterator: its one item goes to whichever thread takes it first. */
    static final class AliasIter extends Iters.Base {
        static final PyType TYPE = PyType.staticType("generic_alias_iterator", PyType.FLAG_GC);

        AliasIter(ThreadState ts, GenericAlias starred) {
            super(TYPE, ts, starred);
        }

        @Override
        PyObject next(PyThread t) {
            PyObject o;
            synchronized (this) { // a leaf: the iterator's reference moves to the caller
                o = src[0];
                src[0] = null;
            }
            return o;
        }
    }

    /** {@code int | None}: PEP 604's union of types. */
    static final class UnionType extends ArgsHolder {
        static final PyType TYPE = PyType.staticType("types.UnionType", PyType.FLAG_GC);

        /** Takes over {@code args}: the members, types (None as its type). */
        UnionType(ThreadState ts, PyTuple args) {
            super(TYPE, ts, args);
        }

        @Override
        public String repr(ThreadState ts) {
            PyThread t = Interp.thread(ts);
            StringBuilder b = new StringBuilder();
            PyTuple a = args();
            for (int i = 0; i < a.size(); i++) {
                if (i > 0) {
                    b.append(" | ");
                }
                b.append(typeRepr(t, a.getItemBorrowed(i)));
            }
            return b.toString();
        }

        @Override
        public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
            if ((op == CompareOp.EQ || op == CompareOp.NE) && other instanceof UnionType) {
                PyTuple x = args();
                PyTuple y = ((UnionType) other).args();
                boolean eq = x.size() == y.size();
                for (int i = 0; eq && i < x.size(); i++) {
                    boolean found = false;
                    for (int j = 0; j < y.size() && !found; j++) {
                        found = x.getItemBorrowed(i) == y.getItemBorrowed(j);
                    }
                    eq = found;
                }
                return PyBool.of(eq == (op == CompareOp.EQ));
            }
            return op == CompareOp.EQ || op == CompareOp.NE ? super.richCompare(ts, other, op)
                    : PyNotImplemented.NOT_IMPLEMENTED;
        }

        @Override
        public long pyHash(ThreadState ts) {
            long h = 0;
            PyTuple a = args();
            for (int i = 0; i < a.size(); i++) {
                h ^= a.getItemBorrowed(i).pyHash(ts);
            }
            return h == -1 ? -2 : h;
        }
    }
}
