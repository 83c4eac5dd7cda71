// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

/**
 * A type: its name and the flags the toolkit needs from it. Types are objects too; static types are immortal
 * singletons ({@link #staticType}), and the metatype {@link #TYPE} is its own type.
 *
 * <p>Flags:
 * <ul>
 *   <li>{@link #FLAG_GC}: instances may hold references (containers); the collector tracks them;</li>
 *   <li>{@link #FLAG_HAS_FINALIZER}: instances have a finalizer ({@link PyObject#finalizeObject});</li>
 *   <li>{@link #FLAG_NO_WEAKREFS}: instances cannot be weakly referenced.</li>
 * </ul>
 * Heap types (created by an interpreter at run time) are created with {@link #PyType(ThreadState, String, int)};
 * DESIGN.md makes them deferred objects, which the refcount module's {@code RefCount.makeDeferred} does.
 *
 * <p><b>Bases.</b> Every type has an MRO ending with {@link #OBJECT}: single inheritance through a base
 * ({@code bool} from {@code int}, a binding's {@code class L(list)} from {@link #PyType(ThreadState, String, int, PyType)}
 * with the list type), or an MRO the binding computed for multiple inheritance. {@link #isSubtypeOf} is what the
 * comparison protocol asks ({@link Compare}): a binding that implements every user class with one Java class still
 * gets Python's reflected comparisons, because subtyping is by type, not by Java class.
 */
public class PyType extends PyObject {
    public static final int FLAG_GC = 1;
    public static final int FLAG_HAS_FINALIZER = 1 << 1;
    /** Instances cannot be weakly referenced (as int, str, tuple and None in CPython). */
    public static final int FLAG_NO_WEAKREFS = 1 << 2;
    /**
     * Instances are parts of another object that owns them alone (CPython 3.13's managed instance dict: an instance's
     * attribute dict is not an object of its own there). The collector frees them as any object, but leaves them out
     * of the count {@code gc.collect()} returns, so that a binding storing attributes in a dict reports what CPython
     * 3.13 reports (a cycle of two instances: 2).
     */
    public static final int FLAG_PART_OF_OWNER = 1 << 3;
    /**
     * Instances' {@link PyObject#traverse} must not run beside mutators. Without this flag the contract is that
     * {@code traverse} tolerates running while other threads change the object (the concurrent collector calls it
     * then): it reads each field once, copes with nulls and with a stale array, and never throws; a Java object cannot
     * be torn, so a traverse that reads fields once is safe. The concurrent collector never calls the traverse of an
     * instance of a type with this flag: it treats such objects as roots, and when one of them may be garbage it runs
     * the stop-the-world collector after its own collection (docs/architecture.md, the binding table; docs/gc.md).
     * Inherited.
     */
    public static final int FLAG_NO_CONCURRENT_TRAVERSE = 1 << 4;
    /**
     * Instances' mutations move references between slots without reference-count operations (an in-place sort, as
     * list's was until issue 14), always holding the object's mutex ({@link PyMutex}, a critical section): the concurrent collector then
     * traverses an instance only with its mutex held (a member whose mutex is busy is being changed, so it is live),
     * because a traverse racing such a move may report an item twice, and a reference counted twice could hide an
     * outside reference (docs/gc.md, [G18]). Mutations that count every reference they store or drop need no flag:
     * the collector sees their counts. Inherited.
     */
    public static final int FLAG_TRAVERSE_LOCKED = 1 << 5;
    /** Flags a subtype inherits from its base whatever it is given: a container's subtype is a container. */
    private static final int INHERITED = FLAG_GC | FLAG_HAS_FINALIZER | FLAG_NO_CONCURRENT_TRAVERSE
            | FLAG_TRAVERSE_LOCKED;

    /** The metatype, {@code type}. */
    public static final PyType TYPE = new PyType("type", FLAG_GC, true);
    /** {@code object}: the root of every type's MRO, the default base. */
    public static final PyType OBJECT = new PyType("object", 0, false);

    static {
        TYPE.mro = new PyType[] {TYPE, OBJECT};
    }

    private final String name;
    private final int flags;
    /** This type, then its bases in method-resolution order, ending with {@link #OBJECT}. Set once. */
    private PyType[] mro;

    /** The metatype ({@code metatype}) and {@code object}, the two roots. */
    private PyType(String name, int flags, boolean metatype) {
        super(metatype ? null : TYPE, Immortal.IMMORTAL);
        this.name = name;
        this.flags = flags;
        this.mro = metatype ? null : new PyType[] {this}; // object's; the metatype's is set once object exists
    }

    private PyType(String name, int flags, PyType[] mroAfterThis) {
        super(TYPE, Immortal.IMMORTAL);
        this.name = checkName(name);
        this.flags = flags | inherited(mroAfterThis);
        this.mro = withThis(this, mroAfterThis);
    }

    /** Creates a heap type owned by {@code ts}, holding one reference for the caller; its base is {@code object}. */
    public PyType(ThreadState ts, String name, int flags) {
        this(ts, name, flags, OBJECT);
    }

    /**
     * Creates a heap type with single inheritance from {@code base} (its MRO: this type, then {@code base}'s MRO).
     * It inherits {@link #FLAG_GC} and {@link #FLAG_HAS_FINALIZER} from its base.
     */
    public PyType(ThreadState ts, String name, int flags, PyType base) {
        this(ts, TYPE, name, flags, java.util.Objects.requireNonNull(base, "base").mro);
    }

    /**
     * Creates a heap type whose MRO the binding computed (multiple inheritance: C3 linearisation is the binding's
     * job): {@code mroAfterThis} lists the bases in method-resolution order, without this type; the first is the
     * primary base; it must end with {@link #OBJECT}.
     */
    public PyType(ThreadState ts, String name, int flags, java.util.List<PyType> mroAfterThis) {
        this(ts, TYPE, name, flags, checkedMro(mroAfterThis));
    }

    /**
     * Creates a heap type whose type is {@code metatype} (a Python metaclass: {@link #TYPE} or a heap subtype of it),
     * with an MRO the binding computed, as {@link #PyType(ThreadState, String, int, java.util.List)}. The toolkit
     * takes no reference to {@code metatype}: the binding holds the new type's reference to it (and reports it from
     * {@link #traverse}), as it does for any instance's reference to its type.
     *
     * @throws IllegalArgumentException if {@code metatype} is not {@code type} or a subtype of it
     */
    public PyType(ThreadState ts, PyType metatype, String name, int flags, java.util.List<PyType> mroAfterThis) {
        this(ts, checkedMetatype(metatype), name, flags, checkedMro(mroAfterThis));
    }

    private static PyType checkedMetatype(PyType metatype) {
        if (metatype == null || !metatype.isSubtypeOf(TYPE)) {
            throw new IllegalArgumentException("a metatype must be type or a subtype of it, got "
                    + (metatype == null ? "null" : metatype.name()));
        }
        return metatype;
    }

    private PyType(ThreadState ts, PyType metatype, String name, int flags, PyType[] mroAfterThis) {
        super(metatype, ts);
        this.name = checkName(name);
        this.flags = flags | inherited(mroAfterThis);
        this.mro = withThis(this, mroAfterThis);
    }

    /** Creates an immortal static type whose base is {@code object}. */
    public static PyType staticType(String name, int flags) {
        return new PyType(name, flags, OBJECT == null ? new PyType[0] : OBJECT.mro);
    }

    /** Creates an immortal static type with single inheritance from {@code base} ({@code bool} from {@code int}). */
    public static PyType staticType(String name, int flags, PyType base) {
        return new PyType(name, flags, java.util.Objects.requireNonNull(base, "base").mro);
    }

    private static PyType[] checkedMro(java.util.List<PyType> mroAfterThis) {
        if (mroAfterThis == null || mroAfterThis.isEmpty() || mroAfterThis.get(mroAfterThis.size() - 1) != OBJECT) {
            throw new IllegalArgumentException("an MRO must list the bases and end with object, got " + mroAfterThis);
        }
        return mroAfterThis.toArray(new PyType[0]);
    }

    private static int inherited(PyType[] mro) {
        return mro.length == 0 ? 0 : mro[0].flags & INHERITED;
    }

    private static PyType[] withThis(PyType self, PyType[] after) {
        PyType[] m = new PyType[after.length + 1];
        m[0] = self;
        System.arraycopy(after, 0, m, 1, after.length);
        return m;
    }

    private static String checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a type needs a non-empty name, got " + (name == null ? "null" : "\"\""));
        }
        return name;
    }

    public final String name() {
        return name;
    }

    public final int flags() {
        return flags;
    }

    /** The primary base ({@code __base__}), or null for {@code object}. */
    public final PyType base() {
        return mro.length > 1 ? mro[1] : null;
    }

    /** The method-resolution order ({@code __mro__}): this type first, {@code object} last. */
    public final java.util.List<PyType> mro() {
        return java.util.List.of(mro);
    }

    /**
     * Whether this type is {@code t} or a subtype of it ({@code PyType_IsSubtype}: a scan of the MRO). This is what
     * the comparison protocol asks ({@link Compare}): Python subtypes, whatever Java classes implement the objects.
     */
    public final boolean isSubtypeOf(PyType t) {
        if (t == this || t == OBJECT) {
            return true;
        }
        for (PyType m : mro) {
            if (m == t) {
                return true;
            }
        }
        return false;
    }

    /** Whether instances may hold references and are tracked by the collector. */
    public final boolean isGc() {
        return (flags & FLAG_GC) != 0;
    }

    /** Whether instances can be weakly referenced. */
    public final boolean supportsWeakRefs() {
        return (flags & FLAG_NO_WEAKREFS) == 0;
    }

    /** Whether instances have a finalizer. */
    public final boolean hasFinalizer() {
        return (flags & FLAG_HAS_FINALIZER) != 0;
    }

    /**
     * Checks that {@code type} is {@code builtin} or a subtype of it: the constructors of the toolkit's built-in types
     * take the type of a binding's subclass ({@code class L(list)}) this way.
     *
     * @throws IllegalArgumentException naming both types otherwise
     */
    public static PyType requireSubtype(PyType type, PyType builtin) {
        if (type == null || !type.isSubtypeOf(builtin)) {
            throw new IllegalArgumentException("a '" + builtin.name() + "' object needs '" + builtin.name()
                    + "' or a subtype of it as its type, got " + (type == null ? "null" : "'" + type.name() + "'"));
        }
        return type;
    }

    @Override
    public String repr() {
        return "<class '" + name + "'>";
    }
}
