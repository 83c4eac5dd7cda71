// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.objects.CompareOp;
import dev.freethread.objects.CriticalSection;
import dev.freethread.objects.PyException;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyNotImplemented;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

/**
 * An instance of a user class: the one Java class behind every user class (exceptions use {@link PyBaseExc}). Its
 * attributes live in a {@link PyDict} (an {@link InstanceDict}), created on the first assignment; it holds a counted
 * reference to its class, as CPython's heap-type instances do. Its slots look the special methods up in the class.
 *
 * <p>Its class is its toolkit type ({@link #cls()}), which {@code obj.__class__ = C} changes ({@link #setClass}). The
 * races of that change (lifetime edge E38, docs/refcount.md):
 * <ol>
 *   <li>A reader on another thread read the old class from the instance and is still using it, with no reference of
 *       its own, across user code: the old class is kept, counted, until the instance is freed, so it cannot be
 *       freed under the reader. Exercised by
 *       {@code InterpreterTest.classAssignedWhileOtherThreadsCallMethods_everyFormerClassOutlivesItsUsers}, which
 *       did not fail with the old class dropped at once (classes are cyclic, so only the collector frees them, and
 *       no path was found that holds a class read from an instance across a safepoint): the keeping is a guard
 *       against such a path, not a fix for one seen.
 *       The same test catches the keeping's bookkeeping: the kept class not incref'd (planted: "C9 False" in 2 runs
 *       of 2) and the kept classes forgotten at clearing (planted: a leak, 2 of 2).</li>
 *   <li>Two threads assign at once: the change runs under the instance's monitor (a leaf: increments, an array copy
 *       and the toolkit's store, no decrement and no user code; the old type reference is dropped after it), so each
 *       drops exactly the type reference it replaced and the kept set gains each class once.
 *       {@code InterpreterTest.classAssignedByManyThreadsAtOnce_eachClassIsCountedOnce_andAllAreFreedWithTheInstance}
 *       (planted, each change under a monitor of its own: thousands of classes leaked in 3 runs of 3).</li>
 *   <li>The collector traverses the instance meanwhile: each edge appears only after its count was raised and
 *       disappears before its count is lowered (the kept array is published after its incref, the type stored after
 *       the new class's incref, the old type reference dropped after the store), so the collector never counts more
 *       edges to a class than its count holds, and the count operations touch watched classes. This ordering is
 *       argued here and in docs/gc.md's safety claim 3, not shown by a test failing on a misordered plant: the tests
 *       above run collections while classes change (each fresh class is cyclic garbage), but a misordering's window
 *       is a few instructions wide.</li>
 * </ol>
 *
 * <p>The slots of an instance that also has a {@code __dict__} live in {@link #slotValues} (lifetime edge E40), a dict
 * of their own. Its races:
 * <ol>
 *   <li>[SLOT1] Two threads make the first slot store of one instance at once: the dict is made under the instance's
 *       monitor, double-checked, so both stores land in the one dict. Golden 557's "lost stores" (planted, made
 *       without the monitor: 11, 1 and 4 stores lost, and as many objects leaked, in 3 runs of 3).</li>
 *   <li>[SLOT2] The collector traverses the instance meanwhile: the field is volatile and written once, after the
 *       dict is made, so a traversal sees no dict or the whole one, whose own traversal is under its lock. Golden
 *       557's cycle through a slot (planted, not traversed: the cycle was not collected).</li>
 *   <li>[SLOT3] Two threads delete one slot at once: the dict's delete is atomic; the loser of a check-then-delete
 *       race gets AttributeError, as an empty slot's delete does. Argued here; golden 557's threads delete a slot
 *       others store.</li>
 * </ol>
 */
class PyInstance extends PyObject {
    /**
     * Every class this instance had before its current one ({@code obj.__class__ = C}), each once, each counted: they
     * live as long as the instance (lifetime edge E38). Null until the first change; replaced whole, under the
     * instance's monitor, never changed in place.
     */
    private volatile PyClass[] formerClasses;
    /**
     * The attribute dict attribute reads and writes use (borrowed from {@link #dictHolder}, which keeps it alive): an
     * {@link InstanceDict} made on the first store, or the dict assigned to {@code __dict__}.
     */
    volatile PyDict dict;
    /**
     * The counted reference behind {@link #dict}, and what {@code __dict__} answers: the dict itself, or the instance of
     * a dict subclass assigned to {@code __dict__} (its built-in dict is then {@link #dict}: attribute access uses the
     * dict part directly, as CPython's does). Written with {@code dict} under the instance's monitor; the collector
     * traverses this one field, so it never visits a borrowed dict.
     */
    private volatile PyObject dictHolder;
    /**
     * For the hot paths' cheaper stores: the holder is written with release (creation, before the volatile write of
     * {@link #dict} that publishes both) or plain (clearing a dying instance), so an instance's first attribute store
     * and its free each cost one fence, as before the holder existed.
     */
    private static final java.lang.invoke.VarHandle DICT_HOLDER;

    static {
        try {
            DICT_HOLDER = java.lang.invoke.MethodHandles.lookup().findVarHandle(PyInstance.class, "dictHolder",
                    PyObject.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
    /** Whether this instance's reference to its class was handed over (deallocation or the collector). */
    private boolean clsReleased;
    /**
     * The built-in value an instance of a subclass of dict, list, set, frozenset, str, int, float or tuple carries
     * (counted; null for every other class): the built-in type's methods and operators act on it
     * ({@link BuiltinBase}). Set once, before the instance is published, by the class's creation path; a mutable
     * one is filled by {@code __init__} afterwards, as CPython's {@code dict.__init__} fills the dict part.
     */
    private volatile PyObject base;

    PyInstance(ThreadState ts, PyClass cls) {
        super(cls, ts);
        RefCount.incref(ts, cls);
    }

    /** The instance's class (borrowed; it lives as long as the instance, whatever {@code __class__} is given). */
    final PyClass cls() {
        return (PyClass) type();
    }

    /**
     * {@code obj.__class__ = newCls}, the checks done (Ops.setClass). The old class is kept, counted, in
     * {@link #formerClasses} until this instance is freed rather than dropped: any thread may be using the class it
     * read from this instance without a reference of its own, across user code and quiescent states (a method lookup
     * that runs a descriptor, a comparison that calls {@code __eq__}), and nothing bounds how long it may do so
     * except the life of the instance it holds (lifetime edge E38). The count operations are ordered so that the
     * collector never sees more edges to a class than its count explains: the array's reference to the old class is
     * counted before the array is published, the new class before the type is stored, and the type slot's reference
     * to the old class is dropped only after the store (it cannot be the last: the array holds one).
     */
    final void setClass(ThreadState ts, PyClass newCls) {
        RefCount.incref(ts, newCls);
        PyClass old;
        synchronized (this) { // one change at a time: each drops exactly the type reference it replaced
            old = cls();
            PyClass[] former = formerClasses;
            boolean kept = false;
            if (former != null) {
                for (PyClass c : former) {
                    kept |= c == old;
                }
            }
            if (!kept) {
                RefCount.incref(ts, old);
                PyClass[] grown = former == null ? new PyClass[1] : java.util.Arrays.copyOf(former, former.length + 1);
                grown[grown.length - 1] = old;
                formerClasses = grown;
            }
            changeType(ts, newCls);
        }
        RefCount.decref(ts, old);
    }

    /** The built-in value of an instance of a subclass of a built-in type (borrowed), or null. */
    final PyObject base() {
        return base;
    }

    /** Gives the instance its built-in value (steals the reference); once, before the instance is published. */
    final void setBaseStealing(PyObject value) {
        assert base == null;
        base = value;
    }

    /**
     * The declared slots' values of an instance that also has a {@code __dict__} (its class, or a subclass without
     * {@code __slots__}, or one whose {@code __slots__} lists {@code '__dict__'}, keeps a base's slots): apart from
     * the attribute dict, so {@code __dict__} and {@code vars()} show only the other attributes, as CPython keeps
     * slots in the object itself. An instance without a {@code __dict__} keeps its slots in {@link #dict}, which
     * nothing shows. Counted; made on the first slot store (under the instance's monitor: a race makes one of two);
     * never replaced; traversed, and dropped when the instance is cleared or freed (lifetime edge E40).
     */
    private volatile PyDict slotValues;

    /** A slot's value (a new reference) from {@link #slotValues}, or null when it is empty. */
    final PyObject getSlot(ThreadState ts, PyStr name) {
        PyDict d = slotValues;
        return d == null ? null : Ops.getOrNull(ts, d, name);
    }

    /** Stores a slot's value (borrowed) in {@link #slotValues}, made if needed. */
    final void storeSlot(ThreadState ts, PyStr name, PyObject v) {
        PyDict d = slotValues;
        if (d == null) {
            synchronized (this) {
                d = slotValues;
                if (d == null) {
                    d = PyDict.create(ts);
                    slotValues = d;
                }
            }
        }
        d.setItem(ts, name, v);
    }

    /** Empties a slot: false if it was empty (two threads deleting at once: one of them gets false). */
    final boolean deleteSlot(ThreadState ts, PyStr name) {
        PyDict d = slotValues;
        if (d == null || !d.contains(ts, name)) {
            return false;
        }
        try {
            d.delItem(ts, name);
            return true;
        } catch (PyException e) { // another thread emptied it between the check and the delete
            return false;
        }
    }

    /** The attribute dict, created if needed (owner's or under the instance's lock: a race creates one of two). */
    final PyDict dictForWrite(ThreadState ts) {
        PyDict d = dict;
        if (d == null) {
            synchronized (this) {
                d = dict;
                if (d == null) {
                    d = new InstanceDict(ts);
                    DICT_HOLDER.setRelease(this, d);
                    dict = d;
                }
            }
        }
        return d;
    }

    /** What {@code __dict__} answers (a new reference): the dict, made if needed, or the dict subclass's instance. */
    final PyObject dictAttribute(ThreadState ts) {
        PyDict d = dictForWrite(ts);
        synchronized (this) { // holder and dict change together
            PyObject h = dictHolder;
            PyObject r = h != null ? h : d;
            RefCount.incref(ts, r);
            return r;
        }
    }

    /**
     * {@code o.__dict__ = v} (v a dict, or an instance of a dict subclass whose built-in dict is {@code d}; a new
     * reference is taken) or {@code del o.__dict__} (v and d null: the next store makes an empty dict). Lifetime edge
     * E36 (docs/refcount.md): the replaced dict is dropped after a grace period, since another thread may have read
     * the {@link #dict} field for an attribute lookup and not finished it; two threads replacing at once each drop the
     * holder they replaced (the swap is under the monitor).
     */
    final void replaceDict(ThreadState ts, PyObject v, PyDict d) {
        if (v != null) {
            RefCount.incref(ts, v);
        }
        PyObject old = null;
        boolean swapped = false;
        while (!swapped) {
            PyDict cur = dict;
            if (cur == null) {
                synchronized (this) { // no dict yet: dictForWrite makes one under this monitor, so none slips in
                    if (dict == null) {
                        old = swapDictLocked(v, d);
                        swapped = true;
                    }
                }
                continue;
            }
            // Under the current dict's critical section, as storeAttr's and deleteAttr's writes, so none of them
            // lands in the dict after it was replaced (gh-149816): a write either precedes the swap or sees it.
            try (CriticalSection cs = CriticalSection.of(ts, cur)) {
                synchronized (this) {
                    if (dict == cur) {
                        old = swapDictLocked(v, d);
                        swapped = true;
                    }
                }
            }
        }
        if (old != null) {
            RefCount.decrefAfterGracePeriod(ts, old);
        }
    }

    /** Publishes the new dict and holder and answers the holder replaced (its reference goes to the caller). */
    private PyObject swapDictLocked(PyObject v, PyDict d) {
        PyObject old = dictHolder;
        dictHolder = v;
        dict = d;
        return old;
    }

    /**
     * {@code o.name = v} into the attribute dict (v borrowed). The store happens under the dict's critical section
     * after checking that the dict is still this instance's, so a store never lands in a dict that another thread's
     * {@code o.__dict__ = ...} detached (CPython's gh-149816); {@code setItemLockHeld} stores in that section, so the
     * store still costs one lock. (An attribute name is a str, whose hash and equality run no user code, so the
     * section is not suspended between the check and the store.)
     */
    final void storeAttr(ThreadState ts, PyObject name, PyObject v) {
        while (true) {
            PyDict d = dictForWrite(ts);
            try (CriticalSection cs = CriticalSection.of(ts, d)) {
                if (dict == d) {
                    d.setItemLockHeld(ts, name, v);
                    return;
                }
            }
        }
    }

    /**
     * {@code del o.name} from the attribute dict: false if absent. As {@link #storeAttr}, never in a detached dict.
     */
    final boolean deleteAttr(ThreadState ts, PyObject name) {
        while (true) {
            PyDict d = dict;
            if (d == null) {
                return false;
            }
            try (CriticalSection cs = CriticalSection.of(ts, d)) {
                if (dict == d) {
                    if (!d.contains(ts, name)) {
                        return false;
                    }
                    d.delItem(ts, name);
                    return true;
                }
            }
        }
    }

    @Override
    public void traverse(ReferenceVisitor v) {
        PyObject d = dictHolder;
        if (d != null) {
            v.visit(d);
        }
        PyDict sv = slotValues;
        if (sv != null) {
            v.visit(sv);
        }
        if (!clsReleased) {
            v.visit(cls());
            PyClass[] former = formerClasses;
            if (former != null) {
                for (PyClass c : former) {
                    v.visit(c);
                }
            }
        }
        PyObject b = base;
        if (b != null) {
            v.visit(b);
        }
    }

    @Override
    public void clearReferences(ReferenceVisitor v) {
        PyObject d = dictHolder; // no monitor: nothing else reaches an instance being cleared to replace its dict
        DICT_HOLDER.set(this, null);
        dict = null;
        if (d != null) {
            v.visit(d);
        }
        PyDict sv = slotValues; // E40: as the dict, dropped once, by whoever clears or frees the instance
        slotValues = null;
        if (sv != null) {
            v.visit(sv);
        }
        PyObject b = base;
        base = null;
        if (b != null) {
            v.visit(b);
        }
        if (!clsReleased) {
            clsReleased = true;
            v.visit(cls());
            PyClass[] former = formerClasses;
            formerClasses = null;
            if (former != null) {
                for (PyClass c : former) {
                    v.visit(c);
                }
            }
        }
    }

    @Override
    public void finalizeObject(ThreadState ts) {
        PyThread t = Interp.thread(ts);
        PyObject del = cls().lookup(t, "__del__");
        if (del != null) {
            try {
                RefCount.decref(ts, Ops.callMethod(t, del, this, Ops.NO_ARGS, null));
            } finally {
                RefCount.decref(ts, del);
            }
        }
    }

    /**
     * Calls comparison method {@code m} with {@code other}. A method defined as a property is what its getter
     * answers; a getter that raises AttributeError makes the comparison NotImplemented, as CPython's
     * slot_tp_richcompare treats a failed lookup.
     */
    private PyObject callCompare(PyThread t, PyObject m, PyObject other, String dunder) {
        if (!(m instanceof Descriptors.Property)) {
            return Ops.callMethod(t, m, this, new PyObject[] {other}, null);
        }
        PyObject bound;
        try {
            bound = ((Descriptors.Property) m).get(t, this, dunder);
        } catch (PyRaise e) {
            if (!e.exc.cls().isSubtypeOf(t.interp.exceptionClass("AttributeError"))) {
                throw e;
            }
            e.release(t.ts);
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        try {
            return Ops.call(t, bound, new PyObject[] {other}, null);
        } finally {
            RefCount.decref(t.ts, bound);
        }
    }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        PyThread t = Interp.thread(ts);
        PyObject m = cls().lookup(t, op.dunder());
        if (m == null) {
            if (op == CompareOp.NE) {
                PyObject eq = cls().lookup(t, "__eq__");
                if (eq != null) {
                    PyObject r;
                    try {
                        r = callCompare(t, eq, other, "__eq__");
                    } finally {
                        RefCount.decref(ts, eq);
                    }
                    if (r == PyNotImplemented.NOT_IMPLEMENTED) {
                        return r;
                    }
                    try {
                        return Ops.truth(t, r) ? dev.freethread.objects.PyBool.FALSE : dev.freethread.objects.PyBool.TRUE;
                    } finally {
                        RefCount.decref(ts, r);
                    }
                }
            }
            return super.richCompare(ts, other, op);
        }
        try {
            if (m == PyNone.NONE) { // __eq__ = None blocks the comparison (no fallback), as calling None does
                throw new PyException("TypeError", "'NoneType' object is not callable");
            }
            PyObject r = callCompare(t, m, other, op.dunder());
            PyObject b = base();
            if (r == PyNotImplemented.NOT_IMPLEMENTED && b != null && !(other instanceof PyInstance)
                    && other.type() == b.type()) {
                // a built-in value on the other side compares with this one's value, as CPython's reflected
                // dict_richcompare({}, E()) accepts a dict subclass's instance: Counter() == {} after Counter's
                // __eq__ declined
                return b.richCompare(ts, other, op);
            }
            return r;
        } finally {
            RefCount.decref(ts, m);
        }
    }

    @Override
    public long pyHash(ThreadState ts) {
        PyThread t = Interp.thread(ts);
        PyObject m = cls().lookup(t, "__hash__");
        if (m == null) {
            return super.pyHash(ts);
        }
        PyObject r;
        try {
            if (m == PyNone.NONE) {
                throw new PyException("TypeError", "unhashable type: '" + cls().name() + "'");
            }
            r = Ops.callMethod(t, m, this, Ops.NO_ARGS, null);
        } finally {
            RefCount.decref(ts, m);
        }
        try {
            PyObject h = BuiltinBase.operand(r); // an int subclass's instance is an int (CPython's PyLong_Check)
            if (!(h instanceof dev.freethread.objects.PyInt)) {
                throw new PyException("TypeError", "__hash__ method should return an integer");
            }
            return Ops.hashFromMethod((dev.freethread.objects.PyInt) h);
        } finally {
            RefCount.decref(ts, r);
        }
    }

    @Override
    public boolean pyBool(ThreadState ts) {
        PyThread t = Interp.thread(ts);
        PyObject m = cls().lookup(t, "__bool__");
        if (m != null) {
            PyObject r;
            try {
                r = Ops.callMethod(t, m, this, Ops.NO_ARGS, null);
            } finally {
                RefCount.decref(ts, m);
            }
            try {
                if (!(r instanceof dev.freethread.objects.PyBool)) {
                    throw new PyException("TypeError", "__bool__ should return bool, returned " + r.type().name());
                }
                return r == dev.freethread.objects.PyBool.TRUE;
            } finally {
                RefCount.decref(ts, r);
            }
        }
        m = cls().lookup(t, "__len__");
        if (m != null) {
            RefCount.decref(ts, m);
            return Ops.len(t, this) != 0;
        }
        return true;
    }

    @Override
    public String repr(ThreadState ts) {
        PyThread t = Interp.thread(ts);
        return Ops.reprString(t, this);
    }

    @Override
    public String repr() {
        return "<" + cls().moduleQualName() + " object>";
    }

    /** The value of an attribute stored on the instance (a new reference), or null. */
    final PyObject getOwnAttr(ThreadState ts, PyStr name) {
        PyDict d = dict;
        return d == null ? null : Ops.getOrNull(ts, d, name);
    }
}
