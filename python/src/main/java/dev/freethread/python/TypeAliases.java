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
        if (o == PyNone.NONE) {
            return "None";
        }
        if (o instanceof dev.freethread.list.PyList) { // Callable's argument list: its items shown the same way
            dev.freethread.list.PyList l = (dev.freethread.list.PyList) o;
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                PyObject item = l.getItem(t.ts, i);
                try {
                    b.append(i > 0 ? ", " : "").append(typeRepr(t, item));
                } finally {
                    RefCount.decref(t.ts, item);
                }
            }
            return b.append(']').toString();
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

        /**
         * {@code __parameters__} (a new reference), as CPython's {@code _Py_make_parameters}: the arguments that are
         * type variables (they have {@code __typing_subst__}), then those of nested aliases and of lists and tuples
         * of arguments ({@code __parameters__}), each once, in order of first appearance. Computed on each read:
         * only substitution and introspection ask.
         */
        PyTuple parameters(PyThread t) {
            java.util.List<PyObject> found = new java.util.ArrayList<>(); // new references
            try {
                collectParameters(t, args(), found);
                PyObject[] items = found.toArray(new PyObject[0]);
                found.clear(); // the tuple takes them over
                return PyTuple.stealing(t.ts, items);
            } finally {
                for (PyObject o : found) {
                    RefCount.decref(t.ts, o);
                }
            }
        }

        private static void collectParameters(PyThread t, PyTuple args, java.util.List<PyObject> found) {
            for (int i = 0; i < args.size(); i++) {
                PyObject a = args.getItemBorrowed(i);
                if (a instanceof PyType) {
                    continue;
                }
                if (a instanceof PyTuple || a instanceof dev.freethread.list.PyList) { // Callable's [[T], T]
                    PyTuple inner = a instanceof PyTuple ? (PyTuple) RefCount.newRef(t.ts, a)
                            : listItems(t.ts, (dev.freethread.list.PyList) a);
                    try {
                        collectParameters(t, inner, found);
                    } finally {
                        RefCount.decref(t.ts, inner);
                    }
                    continue;
                }
                PyObject subst = Ops.getAttrOrNull(t, a, t.interp.str("__typing_subst__"));
                if (subst != null) {
                    RefCount.decref(t.ts, subst);
                    addOnce(t, found, a);
                    continue;
                }
                PyObject ps = Ops.getAttrOrNull(t, a, t.interp.str("__parameters__"));
                try {
                    if (ps instanceof PyTuple) {
                        for (int j = 0; j < ((PyTuple) ps).size(); j++) {
                            addOnce(t, found, ((PyTuple) ps).getItemBorrowed(j));
                        }
                    }
                } finally {
                    RefCount.xdecref(t.ts, ps);
                }
            }
        }

        private static PyTuple listItems(ThreadState ts, dev.freethread.list.PyList l) {
            java.util.List<PyObject> items = new java.util.ArrayList<>();
            for (int i = 0; i < l.size(); i++) {
                items.add(l.getItem(ts, i));
            }
            return PyTuple.stealing(ts, items.toArray(new PyObject[0]));
        }

        private static void addOnce(PyThread t, java.util.List<PyObject> found, PyObject p) {
            if (indexIn(t, found, p) < 0) {
                found.add(RefCount.newRef(t.ts, p));
            }
        }

        private static int indexIn(PyThread t, java.util.List<PyObject> params, PyObject p) {
            for (int i = 0; i < params.size(); i++) {
                PyObject q = params.get(i);
                if (q == p || dev.freethread.objects.Compare.richCompareBool(t.ts, q, p, CompareOp.EQ)) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * {@code list[T][int]}: the arguments with each type variable replaced by its item (through the variable's
         * {@code __typing_subst__}, after any {@code __typing_prepare_subst__} has adjusted the items, as CPython's
         * {@code _Py_subs_parameters}) and each nested alias subscripted with the items of its own parameters. A new
         * reference.
         */
        PyObject subscript(PyThread t, PyObject key) {
            ThreadState ts = t.ts;
            PyTuple params = parameters(t);
            PyTuple items = key instanceof PyTuple ? (PyTuple) RefCount.newRef(ts, key)
                    : PyTuple.stealing(ts, RefCount.newRef(ts, key));
            try {
                int np = params.size();
                if (np == 0) {
                    throw Errors.typeError(t, repr(t) + " is not a generic class");
                }
                for (int i = 0; i < np; i++) { // a ParamSpec's: list[P][int, str] is list[P][[int, str]]
                    PyObject prepare = Ops.getAttrOrNull(t, params.getItemBorrowed(i),
                            t.interp.str("__typing_prepare_subst__"));
                    if (prepare != null) {
                        PyObject prepared;
                        try {
                            prepared = Ops.call(t, prepare, new PyObject[] {this, items}, null);
                        } finally {
                            RefCount.decref(ts, prepare);
                        }
                        if (!(prepared instanceof PyTuple)) {
                            RefCount.decref(ts, prepared);
                            throw Errors.typeError(t, "__typing_prepare_subst__ must return a tuple");
                        }
                        RefCount.decref(ts, items);
                        items = (PyTuple) prepared;
                    }
                }
                int n = items.size();
                if (n > np) {
                    throw Errors.typeError(t, "Too many arguments for " + repr(t) + "; actual " + n + ", expected "
                            + np);
                }
                if (n < np) {
                    throw Errors.typeError(t, "Too few arguments for " + repr(t) + "; actual " + n
                            + ", expected at least " + (n + 1));
                }
                java.util.List<PyObject> paramList = new java.util.ArrayList<>();
                for (int i = 0; i < np; i++) {
                    paramList.add(params.getItemBorrowed(i));
                }
                PyTuple a = args();
                PyObject[] out = new PyObject[a.size()];
                try {
                    for (int i = 0; i < out.length; i++) {
                        out[i] = substitute(t, a.getItemBorrowed(i), paramList, items);
                    }
                } catch (RuntimeException | Error e) {
                    for (PyObject o : out) {
                        RefCount.xdecref(ts, o);
                    }
                    throw e;
                }
                return new GenericAlias(ts, origin, PyTuple.stealing(ts, out), unpacked);
            } finally {
                RefCount.decref(ts, items);
                RefCount.decref(ts, params);
            }
        }

        private static PyObject substitute(PyThread t, PyObject arg, java.util.List<PyObject> params, PyTuple items) {
            ThreadState ts = t.ts;
            if (arg instanceof PyType) {
                return RefCount.newRef(ts, arg);
            }
            PyObject subst = Ops.getAttrOrNull(t, arg, t.interp.str("__typing_subst__"));
            if (subst != null) {
                try {
                    int i = indexIn(t, params, arg);
                    return Ops.call(t, subst, new PyObject[] {items.getItemBorrowed(i)}, null);
                } finally {
                    RefCount.decref(ts, subst);
                }
            }
            PyObject ps = Ops.getAttrOrNull(t, arg, t.interp.str("__parameters__"));
            try {
                if (!(ps instanceof PyTuple) || ((PyTuple) ps).size() == 0) {
                    return RefCount.newRef(ts, arg);
                }
                PyTuple own = (PyTuple) ps;
                PyObject[] sub = new PyObject[own.size()];
                try {
                    for (int j = 0; j < sub.length; j++) {
                        int i = indexIn(t, params, own.getItemBorrowed(j)); // a parameter's __eq__ may raise
                        sub[j] = RefCount.newRef(ts, i >= 0 ? items.getItemBorrowed(i) : own.getItemBorrowed(j));
                    }
                } catch (RuntimeException | Error e) {
                    for (PyObject o : sub) {
                        RefCount.xdecref(ts, o);
                    }
                    throw e;
                }
                PyObject k = sub.length == 1 ? sub[0] : PyTuple.stealing(ts, sub);
                try {
                    return Ops.getItem(t, arg, k);
                } finally {
                    RefCount.decref(ts, k);
                }
            } finally {
                RefCount.xdecref(ts, ps);
            }
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
                PyObject m = a.getItemBorrowed(i); // a union shows its NoneType member as None, an alias does not
                b.append(m == PyNone.NONE.type() ? "None" : typeRepr(t, m));
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
