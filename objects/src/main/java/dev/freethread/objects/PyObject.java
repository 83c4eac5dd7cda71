// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import dev.freethread.objects.internal.Debug;
import dev.freethread.objects.internal.Header;
import dev.freethread.objects.internal.ThreadCore;
import dev.freethread.objects.internal.ThreadStates;

/**
 * The header every object carries, and the slots a binding implements (the binding's side of the contract).
 *
 * <p>An interpreter's object classes extend {@code PyObject}. The header (owner thread, local and shared reference
 * counts with their state bits, the per-object mutex word and the collector's bits) is private to the toolkit; its
 * encoding is defined in one place, {@code dev.freethread.objects.internal.Header}, and documented in
 * {@code docs/refcount.md}. The header adds 24 bytes of fields (21 of them the counts, the owner, the mutex and the
 * collector's bits; 3 the concurrent collector's scratch index, in what was alignment) to the JVM's own object header
 * (JOL table in {@code docs/benchmarks.md}, "Object header layout").
 *
 * <h2>Creation</h2>
 * {@link #PyObject(PyType, ThreadState)} creates an object owned by the creating thread, holding one reference that
 * the creator owns (a new reference, as CPython's constructors return). Under
 * {@link RcScheme#BIASED} the creator's local count is 1; under {@link RcScheme#ATOMIC} the object is born merged
 * with a shared count of 1. {@link #PyObject(PyType, Immortal)} creates an immortal object: for static singletons
 * (None, True, small ints, static types), which never see reference-count traffic and are never freed.
 *
 * <p><b>A constructor that throws.</b> The object exists (counted live, and for a tracked type registered in its
 * creator's heap) as soon as {@code super(type, ts)} returns. A subclass constructor that throws after that must drop
 * the new reference itself, {@code catch (RuntimeException e) { RefCount.decref(ts, this); throw e; }}, or the object
 * leaks; {@link #traverse} and {@link #clearReferences} must then tolerate the fields the constructor did not set (a
 * collection that meets a {@code traverse} that throws frees nothing and reports the error, so a half-constructed
 * object cannot corrupt it; see docs/architecture.md, the binding table).
 *
 * <h2>Slots</h2> (called by the toolkit; a binding overrides them)
 * <ul>
 *   <li>{@link #traverse}: report every strong reference the object holds (the collector's view);</li>
 *   <li>{@link #clearReferences}: hand every strong reference to a visitor and forget it (deallocation, and the
 *       collector breaking a cycle); the toolkit releases what it is handed;</li>
 *   <li>{@link #finalizeObject}: the finalizer ({@code __del__}, PEP 442), called at most once, only if the type
 *       says {@link PyType#hasFinalizer()};</li>
 *   <li>{@link #pyHash}: hashing for use as a dict key (objects that compare equal must hash equal: a binding's
 *       numeric types hash integral values as int does, CPython's {@code _Py_HashDouble}); may throw
 *       {@link PyException};</li>
 *   <li>{@link #richCompare}: the six rich comparisons, answering {@link PyNotImplemented#NOT_IMPLEMENTED} for
 *       operands it does not know ({@link Compare} applies CPython's dispatch rules); {@link #pyBool}: truth;</li>
 *   <li>{@link #repr}: a printable form, used in error messages.</li>
 * </ul>
 *
 * <p>Java {@link #equals}/{@link #hashCode} are identity and final: Python equality is {@link Compare} (or the
 * convenience {@link #pyEquals}), which may run user code, and the toolkit keys its side tables by identity.
 */
public abstract class PyObject {
    // Header fields. Accessed through dev.freethread.objects.internal.Header only; see that class for the encoding.
    private PyType type;
    private int ownerId;
    private int refLocal;
    private int refShared;
    @SuppressWarnings("unused") // accessed through Header's VarHandle (the mutex protocol)
    private int mutex;
    private byte gcBits;
    // The concurrent collector's scratch index (24 bits: low 16 here, high 8 below), written by the collector only and
    // validated against its own table, so a stale value is harmless. These 3 bytes fill the alignment gap after the
    // 21 bytes above: the header still ends at offset 36 (docs/benchmarks.md, "Object header layout").
    @SuppressWarnings("unused") // accessed through Header's VarHandles
    private short gcScratchLo;
    @SuppressWarnings("unused")
    private byte gcScratchHi;

    /** The marker for immortal objects' constructor. */
    public enum Immortal { IMMORTAL }

    /**
     * Creates an object owned by {@code ts}'s thread, holding one reference for the caller.
     *
     * <p>Calling thread: {@code ts}'s own thread, attached.
     *
     * @param type the object's type, not null
     * @param ts the creating thread's state
     */
    protected PyObject(PyType type, ThreadState ts) {
        if (type == null) {
            throw new NullPointerException("type is null for a new " + getClass().getName());
        }
        if (Debug.ENABLED) {
            Debug.checkThread(ts, "create a " + type.name());
        }
        this.type = type;
        if (ts.runtime().scheme() == RcScheme.BIASED) {
            this.ownerId = ts.id();
            this.refLocal = 1;
            this.refShared = Header.SHARED_INIT;
        } else {
            this.ownerId = Header.OWNER_NONE;
            this.refLocal = 0;
            this.refShared = Header.shared(1, Header.MERGED);
        }
        ThreadCore core = ts.core();
        if (type.isGc()) {
            this.gcBits = Header.GC_TRACKED;
            // Into the creating thread's heap of tracked objects (the collector's); every 512 allocations the
            // thread asks for a safepoint, where the collector decides whether to run (docs/gc.md, "Scheduling").
            if (ThreadCore.track(core, this)) {
                ThreadStates.request(ts, ThreadStates.REQUEST_GC);
            }
        }
        ThreadCore.recordCreated(core, type);
    }

    /**
     * Creates an immortal object: no reference-count traffic, never freed, not counted as live. For static
     * singletons; a {@code null} type is allowed only for the metatype, which is its own type.
     */
    protected PyObject(PyType type, Immortal immortal) {
        this.type = type == null ? (PyType) this : type;
        this.ownerId = Header.OWNER_NONE;
        this.refLocal = Header.IMMORTAL_LOCAL;
        this.refShared = Header.IMMORTAL_SHARED;
    }

    /** The object's type. Wait-free. */
    public final PyType type() {
        return type;
    }

    /**
     * Gives this object another type: a binding's {@code obj.__class__ = C}. Any attached thread may call it on an
     * object it holds a reference to. The new type must agree with the old on what the toolkit decides by type for
     * the object's whole life: whether it is tracked by the collector ({@link PyType#isGc()}); its finalizer flag and
     * weak-reference support are read from the type at the time they are needed, so they follow the new type.
     * The live-object accounting moves with it (a free of the old type and a creation of the new, on the calling
     * thread's counts), so per-type live counts stay exact.
     *
     * <p>What the toolkit leaves to the binding, which alone knows whether its types are counted objects: holding a
     * reference to the new type before the store, serialising concurrent changes of one object (each must drop exactly
     * the type it replaced), and keeping the old type alive while other threads may still use it: they read it
     * through {@link #type()} without a reference of their own, so a grace period
     * ({@code RefCount.decrefAfterGracePeriod}) is the least, and ftpython keeps the old type until the object is
     * freed (docs/refcount.md, lifetime edge E38).
     *
     * @param ts the calling thread's state
     * @param newType the new type, not null
     * @throws IllegalArgumentException if the new type differs in {@link PyType#isGc()}, naming both types
     * @throws IllegalStateException if this object is immortal (its type is part of what never changes)
     */
    protected final void changeType(ThreadState ts, PyType newType) {
        if (newType == null) {
            throw new NullPointerException("newType is null (changing the type of a '" + type.name() + "' object)");
        }
        PyType old = type;
        if (newType.isGc() != old.isGc()) {
            throw new IllegalArgumentException("cannot change a '" + old.name() + "' object (" + (old.isGc() ? "" : "not ")
                    + "tracked by the collector) to type '" + newType.name() + "' (" + (newType.isGc() ? "" : "not ")
                    + "tracked)");
        }
        if (Header.refLocal(this) == Header.IMMORTAL_LOCAL || Header.isSaturatedShared(Header.refSharedVolatile(this))) {
            throw new IllegalStateException("cannot change the type of an immortal '" + old.name() + "' object");
        }
        if (Debug.ENABLED) {
            Debug.checkThread(ts, "change the type of a " + old.name());
        }
        Header.setTypeRelease(this, newType);
        ThreadCore core = ts.core();
        ThreadCore.recordFreed(core, old);
        ThreadCore.recordCreated(core, newType);
    }

    /**
     * Reports every strong reference this object holds to {@code visitor}, without changing anything.
     * The default reports none (an atomic value). Called by the toolkit; must not run user code.
     */
    public void traverse(ReferenceVisitor visitor) {
    }

    /**
     * Hands every strong reference this object holds to {@code visitor} and forgets it: after this call the object
     * holds no references. The toolkit releases each reference it is handed. Called at deallocation (on the thread
     * that freed the object) and by the cycle collector; must not run user code. The default holds none.
     */
    public void clearReferences(ReferenceVisitor visitor) {
    }

    /**
     * An estimate, in bytes, of the memory this object keeps alive by itself (its header and its own arrays, not the
     * objects it references): what a deferred decref of it is charged against the per-thread cap of deferred memory
     * (docs/refcount.md, "Borrowed reads and deferred decrefs"). The default is 48; containers add their arrays. A
     * hint: it must be cheap and must not run user code.
     */
    public long retainedSizeHint() {
        return 48;
    }

    /**
     * The finalizer ({@code __del__}, PEP 442): called at most once per object, before its weak references are
     * cleared, only if {@link PyType#hasFinalizer()}. It may resurrect the object (store a new reference to it
     * somewhere); the toolkit then does not free it. What it throws goes to the Runtime's unraisable hook.
     */
    public void finalizeObject(ThreadState ts) {
    }

    /** Python's {@code hash(self)}. The default is identity-based, as {@code object.__hash__}. */
    public long pyHash(ThreadState ts) {
        long h = System.identityHashCode(this);
        return h == -1 ? -2 : h;
    }

    /**
     * The rich-comparison slot ({@code tp_richcompare}: {@code __lt__}, {@code __le__}, {@code __eq__}, {@code __ne__},
     * {@code __gt__}, {@code __ge__}): {@code self op other} as a new reference to the result (usually
     * {@link PyBool#TRUE} or {@link PyBool#FALSE}, any object a binding's method returns), or
     * {@link PyNotImplemented#NOT_IMPLEMENTED} when this type does not know how to compare with {@code other}'s, so that
     * the dispatcher asks {@code other} (reflected: {@code other.richCompare(self, op.swapped())}). Called only by
     * {@link Compare#richCompare}, which applies CPython's rules (a proper Python subtype's reflected method first;
     * then this; then the reflection; then identity for {@code ==}/{@code !=}, else TypeError); never call it directly
     * to compare two objects.
     *
     * <p>The default is {@code object}'s: {@code ==} is identity or NotImplemented; {@code !=} asks this object's own
     * {@code ==} and inverts it unless it is NotImplemented; the orderings are NotImplemented. May run user code and
     * throw {@link PyException}.
     */
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        switch (op) {
            case EQ:
                return this == other ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
            case NE: {
                PyObject eq = richCompare(ts, other, CompareOp.EQ);
                if (eq == PyNotImplemented.NOT_IMPLEMENTED) {
                    return eq;
                }
                boolean t;
                try {
                    t = Compare.isTrue(ts, eq);
                } finally {
                    Compare.release(ts, eq);
                }
                return PyBool.of(!t);
            }
            default:
                return PyNotImplemented.NOT_IMPLEMENTED;
        }
    }

    /**
     * The truth slot ({@code __bool__}, or {@code __len__} != 0): what {@code if x:} and the boolean form of a
     * comparison ({@link Compare#richCompareBool}) ask of a result. The default is true, as {@code object}'s. May run
     * user code and throw {@link PyException}.
     */
    public boolean pyBool(ThreadState ts) {
        return true;
    }

    /**
     * {@code self == other} as a truth value: {@link Compare#richCompareBool}, the full protocol (identity first, then
     * the slots of both operands). A convenience for Java callers; types implement {@link #richCompare}.
     */
    public final boolean pyEquals(ThreadState ts, PyObject other) {
        return Compare.richCompareBool(ts, this, other, CompareOp.EQ);
    }

    /**
     * {@code self < other} as a truth value ({@link Compare#richCompareBool} with {@code <}): what {@code list.sort}
     * asks. A convenience for Java callers; types implement {@link #richCompare}. Raises CPython's TypeError
     * ({@code '<' not supported between instances of 'object' and 'object'}) when neither operand orders the other.
     */
    public final boolean pyLessThan(ThreadState ts, PyObject other) {
        return Compare.richCompareBool(ts, this, other, CompareOp.LT);
    }

    /**
     * Python's {@code repr(self)}: what the toolkit's containers print for an item when they have the calling thread's
     * state (their own {@code repr(ts)}, error messages built with a thread state). It may run user code
     * ({@code __repr__}) and raise {@link PyException}; a binding that recurses into containers should go through
     * their {@code repr(ts)} so that the recursion limit and the {@code [...]} forms hold across both. The default is
     * {@link #repr()}.
     */
    public String repr(ThreadState ts) {
        return repr();
    }

    /** A printable form for messages; must not run user code. */
    public String repr() {
        return "<" + type.name() + " object at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }

    @Override
    public final boolean equals(Object obj) {
        return this == obj;
    }

    @Override
    public final int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return repr();
    }
}
