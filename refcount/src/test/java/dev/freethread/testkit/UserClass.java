// SPDX-License-Identifier: Apache-2.0
package dev.freethread.testkit;

import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;

import java.util.EnumMap;
import java.util.Map;

/**
 * A Python class of the test binding, the way an interpreter implements every user class with one Java class
 * ({@link UserObject}): a {@link PyType} (with its base, so subclasses are Python subtypes whatever their Java class)
 * and a table of special methods given as lambdas. Lookup walks the class and its bases, as Python's MRO does for
 * single inheritance. A class that defines {@code __eq__} without {@code __hash__} is unhashable, as in Python.
 *
 * <pre>{@code
 * UserClass alwaysEq = UserClass.named("AlwaysEq").eq((ts, self, other) -> PyBool.TRUE).build();
 * UserObject ALWAYS_EQ = alwaysEq.create(ts);
 * }</pre>
 */
public final class UserClass {
    /** A binary special method ({@code __eq__}, {@code __lt__}, ...): returns a new reference, or NotImplemented. */
    @FunctionalInterface
    public interface BinaryMethod {
        PyObject call(ThreadState ts, UserObject self, PyObject other);
    }

    /** {@code __bool__}. */
    @FunctionalInterface
    public interface BoolMethod {
        boolean call(ThreadState ts, UserObject self);
    }

    /** {@code __hash__}. */
    @FunctionalInterface
    public interface HashMethod {
        long call(ThreadState ts, UserObject self);
    }

    final PyType type;
    final UserClass base;
    final Map<CompareOp, BinaryMethod> comparisons;
    final BoolMethod bool;
    final HashMethod hash;
    final boolean unhashable;

    private UserClass(Builder b) {
        this.base = b.base;
        this.type = PyType.staticType(b.name, 0, b.base == null ? PyType.OBJECT : b.base.type);
        this.comparisons = b.comparisons;
        this.bool = b.bool;
        this.hash = b.hash;
        this.unhashable = b.hash == null && b.comparisons.containsKey(CompareOp.EQ);
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    public PyType type() {
        return type;
    }

    /** A new reference to a new instance. */
    public UserObject create(ThreadState ts) {
        return new UserObject(ts, this, null);
    }

    /** A new reference to a new instance carrying a Java value (for the methods to read). */
    public UserObject create(ThreadState ts, Object value) {
        return new UserObject(ts, this, value);
    }

    BinaryMethod comparison(CompareOp op) {
        for (UserClass c = this; c != null; c = c.base) {
            BinaryMethod m = c.comparisons.get(op);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    BoolMethod boolMethod() {
        for (UserClass c = this; c != null; c = c.base) {
            if (c.bool != null) {
                return c.bool;
            }
        }
        return null;
    }

    /** The {@code __hash__} in force: null means object's; {@link #UNHASHABLE} means {@code __hash__ = None}. */
    HashMethod hashMethod() {
        for (UserClass c = this; c != null; c = c.base) {
            if (c.hash != null) {
                return c.hash;
            }
            if (c.unhashable) {
                return UNHASHABLE;
            }
        }
        return null;
    }

    static final HashMethod UNHASHABLE = (ts, self) -> {
        throw new AssertionError("never called");
    };

    /** Builds a {@link UserClass}. */
    public static final class Builder {
        private final String name;
        private UserClass base;
        private final Map<CompareOp, BinaryMethod> comparisons = new EnumMap<>(CompareOp.class);
        private BoolMethod bool;
        private HashMethod hash;

        private Builder(String name) {
            this.name = name;
        }

        /** {@code class Name(base)}. */
        public Builder base(UserClass b) {
            this.base = b;
            return this;
        }

        public Builder compare(CompareOp op, BinaryMethod m) {
            comparisons.put(op, m);
            return this;
        }

        public Builder eq(BinaryMethod m) {
            return compare(CompareOp.EQ, m);
        }

        public Builder ne(BinaryMethod m) {
            return compare(CompareOp.NE, m);
        }

        public Builder lt(BinaryMethod m) {
            return compare(CompareOp.LT, m);
        }

        public Builder bool(BoolMethod m) {
            this.bool = m;
            return this;
        }

        public Builder hash(HashMethod m) {
            this.hash = m;
            return this;
        }

        public UserClass build() {
            return new UserClass(this);
        }
    }
}
