// SPDX-License-Identifier: Apache-2.0
package dev.freethread.testkit;

import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyException;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;

/**
 * An instance of a {@link UserClass}: the one Java class behind every user class of the test binding. Its slots look
 * the special methods up in its class and its bases; a missing one behaves as {@code object}'s.
 */
public final class UserObject extends PyObject {
    private final UserClass cls;
    /** A Java value the methods may read (a label, a wrapped number). */
    public final Object value;

    UserObject(ThreadState ts, UserClass cls, Object value) {
        super(cls.type, ts);
        this.cls = cls;
        this.value = value;
    }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        UserClass.BinaryMethod m = cls.comparison(op);
        if (m == null) {
            return super.richCompare(ts, other, op); // object's: identity for ==, != from ==, NotImplemented
        }
        return m.call(ts, this, other);
    }

    @Override
    public boolean pyBool(ThreadState ts) {
        UserClass.BoolMethod m = cls.boolMethod();
        return m == null || m.call(ts, this);
    }

    @Override
    public long pyHash(ThreadState ts) {
        UserClass.HashMethod m = cls.hashMethod();
        if (m == UserClass.UNHASHABLE) {
            throw new PyException("TypeError", "unhashable type: '" + type().name() + "'");
        }
        return m == null ? super.pyHash(ts) : m.call(ts, this);
    }

    @Override
    public String repr() {
        return value == null ? "<" + type().name() + " object>" : type().name() + "(" + value + ")";
    }
}
