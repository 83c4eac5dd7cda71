// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.ReferenceVisitor;

/**
 * What a generator's frame keeps across a {@code yield} beyond its locals: for each resumable statement of its body
 * (GenStmts, numbered by the parser) where it suspended ({@link #pc}) and the references it holds meanwhile
 * ({@link #saved}: a for loop's iterator, a with statement's manager and exit, a try statement's exception being
 * handled or pending, a yield from's sub-iterator), plus the hand-over of one resumption. Touched only by the thread
 * running the generator (PyGenerator's status word orders one resumer after the last), and read racily by the cycle
 * collector's traverse, which tolerates a stale slot (a Java reference is never torn).
 */
final class GenState {
    final int[] pc;
    /** Counted references (a PyObject, or a GenStmts.TryState or WithState that holds them); null where none. */
    final Object[] saved;
    /** Set by a resumption until the yield it suspended at is reached again: each statement on the way goes back. */
    boolean resuming;
    /** The value {@code send} passes to that yield (a new reference), or null. */
    PyObject sent;
    /** The exception {@code throw} or {@code close} raises at that yield (it owns its reference), or null. */
    PyRaise thrown;
    /** The value of the yield that suspended the body (a new reference), taken by the resumer. */
    PyObject yielded;

    GenState(int slots) {
        pc = new int[slots];
        saved = new Object[slots];
    }

    /** Reports the references held across the yield (traverse: nothing changes). */
    void traverse(ReferenceVisitor v) {
        for (Object o : saved) {
            visit(o, v);
        }
    }

    /** Hands every reference held across the yield to {@code v} and forgets it (clearReferences). */
    void clear(ReferenceVisitor v) {
        for (int i = 0; i < saved.length; i++) {
            Object o = saved[i];
            saved[i] = null;
            visit(o, v);
        }
        PyObject s = sent;
        sent = null;
        if (s != null) {
            v.visit(s);
        }
        PyObject y = yielded;
        yielded = null;
        if (y != null) {
            v.visit(y);
        }
        PyRaise th = thrown;
        thrown = null;
        if (th != null) {
            v.visit(th.exc);
        }
    }

    private static void visit(Object o, ReferenceVisitor v) {
        if (o instanceof PyObject) {
            v.visit((PyObject) o);
        } else if (o instanceof GenStmts.TryState) {
            GenStmts.TryState st = (GenStmts.TryState) o;
            PyRaise h = st.handled;
            if (h != null) {
                v.visit(h.exc);
            }
            PyRaise p = st.pending;
            if (p != null) {
                v.visit(p.exc);
            }
            PyObject r = st.retval;
            if (r != null) {
                v.visit(r);
            }
        } else if (o instanceof GenStmts.WithState) {
            GenStmts.WithState w = (GenStmts.WithState) o;
            v.visit(w.mgr);
            v.visit(w.exit);
        }
    }
}
