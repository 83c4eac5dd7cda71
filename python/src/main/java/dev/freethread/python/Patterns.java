// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.list.PyList;
import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.util.List;

/**
 * The patterns of the match statement (PEP 634), and the statement itself ({@link Match}). A pattern tests a
 * subject and collects its captures ({@link Bindings}), which are bound only once the whole case pattern has matched,
 * before its guard runs (as CPython stores them: a failed pattern, or an or-pattern's failed alternative, binds
 * nothing);
 * CPython's rules: a sequence pattern takes lists, tuples, ranges and their subclasses (never str or dict), a
 * mapping pattern takes dicts and their subclasses and looks keys up with {@code get}, a class pattern maps
 * positional sub-patterns through {@code __match_args__} (the built-in types and their subclasses match themselves
 * with one), and literals compare with {@code ==} except None, True and False, which compare with {@code is}.
 */
final class Patterns {
    private Patterns() {
    }

    /** Captures waiting for their case pattern to match: targets and new references to their values, in order. */
    static final class Bindings {
        // made at the first capture: a case of literals, values and wildcards allocates nothing more
        private java.util.ArrayList<Expr> targets;
        private java.util.ArrayList<PyObject> values;

        int size() {
            return targets == null ? 0 : targets.size();
        }

        void add(ThreadState ts, Expr target, PyObject v) {
            if (targets == null) {
                targets = new java.util.ArrayList<>(4);
                values = new java.util.ArrayList<>(4);
            }
            targets.add(target);
            values.add(RefCount.newRef(ts, v));
        }

        /** Drops the captures made after {@code mark} (an or-pattern's failed alternative). */
        void truncate(ThreadState ts, int mark) {
            while (size() > mark) {
                targets.remove(targets.size() - 1);
                RefCount.decref(ts, values.remove(values.size() - 1));
            }
        }

        /** Binds every capture in order; the references are released whatever an assignment raises. */
        void commit(Frame f) {
            try {
                for (int i = 0; i < size(); i++) {
                    targets.get(i).assign(f, values.get(i));
                }
            } finally {
                truncate(f.ts, 0);
            }
        }
    }

    /** A capture: waits in the frame's bindings while a case pattern is matched, else is bound at once. */
    static void capture(Frame f, Expr target, PyObject v) {
        Bindings b = f.patternBindings;
        if (b == null) {
            target.assign(f, v);
            return;
        }
        b.add(f.ts, target, v);
    }

    abstract static class Pattern {
        /** Whether {@code subject} (borrowed) matches; binds captures in {@code f}. */
        abstract boolean match(Frame f, PyObject subject);
    }

    /** {@code _}: matches anything, binds nothing. */
    static final class Wildcard extends Pattern {
        @Override
        boolean match(Frame f, PyObject subject) {
            return true;
        }
    }

    /** A bare name: matches anything and binds it. */
    static final class Capture extends Pattern {
        final Expr target;

        Capture(Expr target) {
            this.target = target;
        }

        @Override
        boolean match(Frame f, PyObject subject) {
            capture(f, target, subject);
            return true;
        }
    }

    /** A literal or a dotted name: {@code ==}, or {@code is} for None, True and False. */
    static final class Value extends Pattern {
        final Expr value;

        Value(Expr value) {
            this.value = value;
        }

        @Override
        boolean match(Frame f, PyObject subject) {
            PyObject v = value.eval(f);
            try {
                if (v == PyNone.NONE || v instanceof PyBool) {
                    return subject == v;
                }
                return Ops.compareBool(f.t, subject, v, CompareOp.EQ);
            } finally {
                RefCount.decref(f.ts, v);
            }
        }
    }

    /** {@code p1 | p2 | ...}: the first alternative that matches. */
    static final class Or extends Pattern {
        final Pattern[] alternatives;

        Or(Pattern[] alternatives) {
            this.alternatives = alternatives;
        }

        @Override
        boolean match(Frame f, PyObject subject) {
            Bindings b = f.patternBindings;
            int mark = b == null ? 0 : b.size();
            for (Pattern p : alternatives) {
                if (p.match(f, subject)) {
                    return true;
                }
                if (b != null) {
                    b.truncate(f.ts, mark); // a failed alternative's captures are not kept
                }
            }
            return false;
        }
    }

    /** {@code pattern as name}. */
    static final class As extends Pattern {
        final Pattern pattern;
        final Expr target;

        As(Pattern pattern, Expr target) {
            this.pattern = pattern;
            this.target = target;
        }

        @Override
        boolean match(Frame f, PyObject subject) {
            if (!pattern.match(f, subject)) {
                return false;
            }
            capture(f, target, subject);
            return true;
        }
    }

    /** {@code *name} or {@code *_} inside a sequence pattern. */
    static final class Star extends Pattern {
        /** The capture target, or null for {@code *_}. */
        final Expr target;

        Star(Expr target) {
            this.target = target;
        }

        @Override
        boolean match(Frame f, PyObject subject) {
            throw new IllegalStateException("a star pattern matches through its sequence pattern");
        }
    }

    /** {@code [p, q, *rest]} or {@code (p, q)} or an open {@code p, q}. */
    static final class Sequence extends Pattern {
        final Pattern[] items;
        /** The index of the star pattern, or -1. */
        final int star;

        Sequence(Pattern[] items) {
            this.items = items;
            int s = -1;
            for (int i = 0; i < items.length; i++) {
                if (items[i] instanceof Star) {
                    s = i;
                }
            }
            this.star = s;
        }

        @Override
        boolean match(Frame f, PyObject subject) {
            if (!isSequence(f.t, subject)) {
                return false;
            }
            if (items.length == 1 && star == 0) { // [*_] and [*rest]: no length asked (CPython's compiler)
                Expr target = ((Star) items[0]).target;
                if (target == null) {
                    return true;
                }
                PyObject it = Exprs.iterForUnpack(f.t, subject); // UNPACK_EX's message for a non-iterable
                PyObject rest;
                try {
                    rest = Builtins.listOf(f.t, it);
                } finally {
                    RefCount.decref(f.ts, it);
                }
                try {
                    capture(f, target, rest);
                } finally {
                    RefCount.decref(f.ts, rest);
                }
                return true;
            }
            ThreadState ts = f.ts;
            // As CPython's compiled pattern: the length first (GET_LEN), so a sequence of the wrong length is never
            // iterated; a wildcard star (*_) reads the fixed items by index, so range(1 << 30) is not listed either.
            long len = Ops.len(f.t, subject);
            int fixed = star < 0 ? items.length : items.length - 1;
            if (star < 0 ? len != fixed : len < fixed) {
                return false;
            }
            if (items.length == 0) {
                return true;
            }
            if (star >= 0 && ((Star) items[star]).target == null) {
                for (int i = 0; i < items.length; i++) {
                    if (i == star) {
                        continue;
                    }
                    PyObject index = PyInt.of(ts, i < star ? i : len - (items.length - i));
                    PyObject v;
                    try {
                        v = Ops.getItem(f.t, subject, index);
                    } finally {
                        RefCount.decref(ts, index);
                    }
                    try {
                        if (!items[i].match(f, v)) {
                            return false;
                        }
                    } finally {
                        RefCount.decref(ts, v);
                    }
                }
                return true;
            }
            PyObject listed = Builtins.listOf(f.t, subject);
            try {
                PyList l = (PyList) listed;
                int n = (int) l.size();
                if (star < 0 ? n != fixed : n < fixed) {
                    return false; // it changed length while being listed
                }
                int after = star < 0 ? 0 : items.length - star - 1;
                for (int i = 0; i < items.length; i++) {
                    if (i == star) {
                        Expr target = ((Star) items[i]).target;
                        if (target != null) {
                            PyList rest = PyList.create(ts);
                            try {
                                for (int k = star; k < n - after; k++) {
                                    PyObject v = l.getItem(ts, k);
                                    try {
                                        rest.append(ts, v);
                                    } finally {
                                        RefCount.decref(ts, v);
                                    }
                                }
                                capture(f, target, rest);
                            } finally {
                                RefCount.decref(ts, rest);
                            }
                        }
                        continue;
                    }
                    int k = star >= 0 && i > star ? n - (items.length - i) : i;
                    PyObject v = l.getItem(ts, k);
                    try {
                        if (!items[i].match(f, v)) {
                            return false;
                        }
                    } finally {
                        RefCount.decref(ts, v);
                    }
                }
                return true;
            } finally {
                RefCount.decref(ts, listed);
            }
        }

        /** CPython's collections.abc.Sequence check for patterns: not str (nor bytes), not a mapping. */
        private static boolean isSequence(PyThread t, PyObject o) {
            PyObject v = BuiltinBase.operand(o);
            if (v instanceof PyList || v instanceof PyTuple || v instanceof PyRange) {
                return true;
            }
            if (o instanceof PyInstance) { // collections.deque, written in Python here
                for (PyType m : ((PyInstance) o).cls().mro()) {
                    if (m instanceof PyClass && ((PyClass) m).name().equals("deque")
                            && "collections".equals(((PyClass) m).module)) {
                        return true;
                    }
                }
                return !isAbcInstance(t, o, "Mapping") && isAbcInstance(t, o, "Sequence");
            }
            return false;
        }
    }

    /**
     * Whether an instance of a class of ours is a {@code collections.abc.Sequence} or {@code Mapping} (derived from
     * it, or registered with it, also after the match statement was made): CPython's {@code Py_TPFLAGS_SEQUENCE} and
     * {@code Py_TPFLAGS_MAPPING}, which those ABCs set on their subclasses and registrations. False while
     * {@code _collections_abc} has not been imported (no class can derive from it then).
     */
    static boolean isAbcInstance(PyThread t, PyObject o, String abc) {
        if (!(o instanceof PyInstance)) {
            return false;
        }
        PyObject mod = t.interp.modules.get("_collections_abc");
        if (!(mod instanceof PyModule) || ((PyModule) mod).dict() == null) {
            return false;
        }
        PyObject cls = Ops.getOrNull(t.ts, ((PyModule) mod).dict(), t.interp.str(abc));
        if (cls == null) {
            return false;
        }
        try {
            return Builtins.isInstance(t, o, cls, "isinstance");
        } finally {
            RefCount.decref(t.ts, cls);
        }
    }

    /** {@code {key: p, ..., **rest}}. */
    static final class Mapping extends Pattern {
        final Expr[] keys;
        final Pattern[] values;
        /** The {@code **rest} target, or null. */
        final Expr rest;

        Mapping(Expr[] keys, Pattern[] values, Expr rest) {
            this.keys = keys;
            this.values = values;
            this.rest = rest;
        }

        @Override
        boolean match(Frame f, PyObject subject) {
            if (!(BuiltinBase.operand(subject) instanceof PyDict) && !isAbcInstance(f.t, subject, "Mapping")) {
                return false;
            }
            PyThread t = f.t;
            ThreadState ts = f.ts;
            PyObject[] keyValues = new PyObject[keys.length];
            try {
                for (int i = 0; i < keys.length; i++) {
                    keyValues[i] = keys[i].eval(f);
                    for (int j = 0; j < i; j++) {
                        if (Ops.compareBool(t, keyValues[j], keyValues[i], CompareOp.EQ)) {
                            throw Errors.valueError(t, "mapping pattern checks duplicate key ("
                                    + Ops.reprString(t, keyValues[i]) + ")");
                        }
                    }
                    PyObject missing = Builtins.Ellipsis.MISSING;
                    PyObject v = Ops.callAttr(t, subject, t.interp.str("get"), new PyObject[] {keyValues[i], missing},
                            null);
                    try {
                        if (v == missing || !values[i].match(f, v)) {
                            return false;
                        }
                    } finally {
                        RefCount.decref(ts, v);
                    }
                }
                if (rest != null) {
                    PyDict copy = PyDict.create(ts);
                    try {
                        Methods.updateDict(t, copy, subject);
                        for (PyObject k : keyValues) {
                            RefCount.decref(ts, Ops.popOrNull(ts, copy, k));
                        }
                        capture(f, rest, copy);
                    } finally {
                        RefCount.decref(ts, copy);
                    }
                }
                return true;
            } finally {
                Exprs.releaseAll(ts, keyValues);
            }
        }
    }

    /** {@code Cls(p, q, attr=r)}. */
    static final class ClassPattern extends Pattern {
        final Expr cls;
        final Pattern[] positional;
        final String[] kwNames;
        final Pattern[] kwPatterns;

        ClassPattern(Expr cls, Pattern[] positional, String[] kwNames, Pattern[] kwPatterns) {
            this.cls = cls;
            this.positional = positional;
            this.kwNames = kwNames;
            this.kwPatterns = kwPatterns;
        }

        /** The built-in types whose instances (and their subclasses') a single positional pattern matches whole. */
        private static boolean matchesSelf(PyType ty) {
            return ty == PyBool.TYPE || ty == PyInt.TYPE || ty == PyFloat.TYPE || ty == PyStr.TYPE
                    || ty == PyDict.TYPE || ty == PyList.TYPE || ty == PyTuple.TYPE || ty == PySet.TYPE
                    || ty == PySet.FROZEN || ty == PyBytes.TYPE || ty == PyByteArray.TYPE
                    || ty instanceof PyClass && ((PyClass) ty).builtinBase != null;
        }

        @Override
        boolean match(Frame f, PyObject subject) {
            PyThread t = f.t;
            ThreadState ts = f.ts;
            PyObject c = cls.eval(f);
            try {
                if (!(c instanceof PyType)) {
                    throw Errors.typeError(t, "called match pattern must be a class");
                }
                PyType ty = (PyType) c;
                if (!Builtins.isInstance(t, subject, c, "isinstance")) {
                    return false;
                }
                String[] names = new String[positional.length];
                if (positional.length > 0) {
                    PyObject matchArgs = Ops.getAttrOrNull(t, c, t.interp.str("__match_args__"));
                    if (matchArgs == null) {
                        if (!matchesSelf(ty)) {
                            throw Errors.typeError(t, typeShortName(ty) + "() accepts 0 positional sub-patterns ("
                                    + positional.length + " given)");
                        }
                        if (positional.length > 1) {
                            throw Errors.typeError(t, typeShortName(ty) + "() accepts 1 positional sub-pattern ("
                                    + positional.length + " given)");
                        }
                        if (!positional[0].match(f, subject)) {
                            return false;
                        }
                        names = new String[0];
                    } else {
                        try {
                            if (!(matchArgs instanceof PyTuple)) {
                                throw Errors.typeError(t, typeShortName(ty) + ".__match_args__ must be a tuple (got "
                                        + Ops.typeName(matchArgs) + ")");
                            }
                            PyTuple ma = (PyTuple) matchArgs;
                            if (positional.length > ma.size()) {
                                throw Errors.typeError(t, typeShortName(ty) + "() accepts " + ma.size()
                                        + " positional sub-pattern" + (ma.size() == 1 ? "" : "s") + " ("
                                        + positional.length + " given)");
                            }
                            for (int i = 0; i < positional.length; i++) {
                                PyObject n = ma.getItemBorrowed(i);
                                if (!(n instanceof PyStr)) {
                                    throw Errors.typeError(t, "__match_args__ elements must be strings (got "
                                            + Ops.typeName(n) + ")");
                                }
                                names[i] = ((PyStr) n).value();
                            }
                        } finally {
                            RefCount.decref(ts, matchArgs);
                        }
                    }
                }
                List<String> seen = new java.util.ArrayList<>();
                for (int i = 0; i < names.length + kwNames.length; i++) {
                    String name = i < names.length ? names[i] : kwNames[i - names.length];
                    if (seen.contains(name)) {
                        throw Errors.typeError(t, typeShortName(ty) + "() got multiple sub-patterns for attribute '"
                                + name + "'");
                    }
                    seen.add(name);
                    Pattern p = i < names.length ? positional[i] : kwPatterns[i - names.length];
                    PyObject v = Ops.getAttrOrNull(t, subject, t.interp.str(name));
                    if (v == null) {
                        return false;
                    }
                    try {
                        if (!p.match(f, v)) {
                            return false;
                        }
                    } finally {
                        RefCount.decref(ts, v);
                    }
                }
                return true;
            } finally {
                RefCount.decref(ts, c);
            }
        }

        private static String typeShortName(PyType ty) {
            return ty instanceof PyClass ? ((PyClass) ty).name() : ty.name();
        }
    }

    /** One {@code case pattern [if guard]: body}. */
    static final class Case {
        final Pattern pattern;
        final Expr guard;
        final Stmt body;

        Case(Pattern pattern, Expr guard, Stmt body) {
            this.pattern = pattern;
            this.guard = guard;
            this.body = body;
        }
    }

    /** The match statement: the first case whose pattern matches and whose guard holds runs. */
    static final class Match extends Stmt {
        final Expr subject;
        final Case[] cases;

        Match(Expr subject, Case[] cases) {
            this.subject = subject;
            this.cases = cases;
        }

        /** Evaluates the subject and answers the index of the case to run, or -1. */
        int choose(Frame f) {
            PyObject s = subject.eval(f);
            try {
                for (int i = 0; i < cases.length; i++) {
                    Case c = cases[i];
                    if (matchAndBind(f, c.pattern, s) && (c.guard == null || Stmts.truthOf(f, c.guard))) {
                        return i;
                    }
                }
                return -1;
            } finally {
                RefCount.decref(f.ts, s);
            }
        }

        /** Matches one case pattern, binding its captures only if it matched (then before the guard runs). */
        private static boolean matchAndBind(Frame f, Pattern p, PyObject s) {
            Bindings saved = f.patternBindings;
            Bindings b = new Bindings();
            f.patternBindings = b;
            boolean matched = false;
            try {
                matched = p.match(f, s);
            } finally {
                f.patternBindings = saved;
                if (!matched) {
                    b.truncate(f.ts, 0); // failed (or raised): nothing is bound
                }
            }
            if (matched) {
                b.commit(f);
            }
            return matched;
        }

        @Override
        int exec(Frame f) {
            int chosen = choose(f);
            return chosen < 0 ? NORMAL : cases[chosen].body.exec(f);
        }
    }
}
