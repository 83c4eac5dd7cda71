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
 */
public class PyType extends PyObject {
    public static final int FLAG_GC = 1;
    public static final int FLAG_HAS_FINALIZER = 1 << 1;
    /** Instances cannot be weakly referenced (as int, str, tuple and None in CPython). */
    public static final int FLAG_NO_WEAKREFS = 1 << 2;

    /** The metatype, {@code type}. */
    public static final PyType TYPE = new PyType("type", FLAG_GC, true);

    private final String name;
    private final int flags;

    private PyType(String name, int flags, boolean metatype) {
        super(metatype ? null : TYPE, Immortal.IMMORTAL);
        this.name = name;
        this.flags = flags;
    }

    /** Creates a heap type owned by {@code ts}, holding one reference for the caller. */
    public PyType(ThreadState ts, String name, int flags) {
        super(TYPE, ts);
        this.name = checkName(name);
        this.flags = flags;
    }

    /** Creates an immortal static type (for types defined by the toolkit or the binding at startup). */
    public static PyType staticType(String name, int flags) {
        return new PyType(checkName(name), flags, false);
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

    @Override
    public String repr() {
        return "<class '" + name + "'>";
    }
}
