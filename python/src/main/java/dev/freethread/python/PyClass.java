// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

/**
 * A class made by a {@code class} statement (and the built-in exception classes): a heap {@link PyType} whose
 * namespace is a {@link PyDict}, with one base or several (its MRO is C3's linearisation of the bases, computed here
 * and handed to the toolkit's type, whose {@code isSubtypeOf} scans it). Calling it makes an instance and runs
 * {@code __init__}. Classes are per-thread counted, as CPython 3.14 counts heap types: every instance holds a reference
 * to its class, and a class holds one to each base that is a class of ours.
 */
final class PyClass extends PyType implements Callable {
    /**
     * The classes of ours that list this one among their bases, in creation order ({@code __subclasses__()}): plain
     * Java references, no counts; a subclass takes itself out when it is freed ({@link #clearReferences}).
     */
    final java.util.List<PyClass> subclasses = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Whether this class still holds its reference to its metaclass (a class of ours; false for type). */
    private volatile boolean metaHeld;
    /** The namespace (counted; set once, cleared only when the class is freed). */
    private volatile PyDict dict;
    /** The bases as the class statement listed them (object when none); those that are classes of ours are counted. */
    private volatile PyType[] bases;
    /** The classes of ours along the MRO, this one first: where attributes are looked up (object adds none). */
    private final PyClass[] classMro;
    final boolean isException;
    /** The class's module's name, as {@code __module__} (a class statement's, or one assigned since). */
    volatile String module;
    /**
     * The attribute names its instances may hold when every class of ours in its MRO declares {@code __slots__} (and
     * none lists {@code __dict__}): such instances have no {@code __dict__}, and storing another name is an
     * AttributeError, as in CPython. Null otherwise. Set before the class is published.
     */
    java.util.Set<String> slotNames;
    /**
     * A built-in class (the exception hierarchy, made by Interp): its attributes cannot be set or deleted and
     * {@code __class__} cannot be assigned to or from it, as CPython's static types. Set before the class is published.
     */
    boolean immutable;
    /**
     * The built-in type whose value every instance carries ({@link BuiltinBase}: dict, list, str...), the first
     * such type in the MRO; null for a class without one.
     */
    final PyType builtinBase;
    /** How many classes of ours precede {@link #builtinBase} in the MRO: where lookups meet its methods. */
    private final int builtinAt;

    /** This class's own {@code __slots__} when it is a str or a tuple of str (unmangled), else null. */
    private java.util.List<String> simpleSlots(PyThread t) {
        PyDict d = dict;
        PyObject decl = d == null ? null : Ops.getOrNull(t.ts, d, t.interp.str("__slots__"));
        if (decl == null) {
            return null;
        }
        try {
            if (decl instanceof PyStr) {
                return java.util.List.of(((PyStr) decl).value());
            }
            if (!(decl instanceof PyTuple)) {
                return null;
            }
            PyTuple tu = (PyTuple) decl;
            java.util.List<String> names = new java.util.ArrayList<>();
            for (int i = 0; i < tu.size(); i++) {
                PyObject o = tu.getItemBorrowed(i);
                if (!(o instanceof PyStr)) {
                    return null;
                }
                names.add(((PyStr) o).value());
            }
            return names;
        } finally {
            RefCount.decref(t.ts, decl);
        }
    }

    /** This class's own {@code __slots__} as declared (names mangled), or null when it declares none. */
    private java.util.List<String> declaredSlots;

    /**
     * Whether instances of this class and of {@code other} have the same layout, so that one may be given the other
     * class ({@code obj.__class__ = C}): CPython 3.13's {@code compatible_for_assignment}. Each class is followed up
     * its first base while it adds nothing to the layout (no slots, no {@code __dict__} or {@code __weakref__} its
     * base lacks); the two classes reached must be the same, or add the same slots, dict and weak-reference support
     * to the same base. So {@code __slots__ = ('a', 'b')} and {@code ('b', 'a')} on two classes of object agree, a
     * subclass adding a slot to each of them does not, and user exceptions agree only when they derive from the same
     * built-in exception (which has a dict, and no weak references, here as in 3.13). The first base stands for
     * CPython's {@code tp_base} (its "best base" differs only under multiple inheritance from built-in types).
     */
    final boolean sameLayoutAs(PyClass other) {
        PyClass a = layoutBase();
        PyClass b = other.layoutBase();
        return a == b || a.layoutParent() == b.layoutParent() && a.layoutHasDict() == b.layoutHasDict()
                && a.layoutHasWeakref() == b.layoutHasWeakref() && a.addedSlots().equals(b.addedSlots());
    }

    /**
     * {@code __base__}: CPython's {@code best_base}, the base whose solid base (the nearest class up its chain that
     * adds to the instance layout: a built-in type other than object, or a class declaring slots) is the most derived,
     * the first one on a tie; so {@code type('C', (B, int), {})} has {@code int} for its base. Bases whose layouts
     * conflict never get here (the class statement refused them).
     */
    final PyType bestBase() {
        PyType[] b = bases;
        if (b.length == 0) {
            return PyType.OBJECT;
        }
        PyType winner = null;
        PyType best = null;
        for (PyType base : b) {
            PyType candidate = solidBase(base);
            if (winner == null || candidate != winner && candidate.isSubtypeOf(winner)) {
                winner = candidate;
                best = base;
            }
        }
        return best;
    }

    private static PyType solidBase(PyType t) {
        while (t instanceof PyClass) {
            PyClass c = (PyClass) t;
            if (!c.immutable && !c.addedSlots().isEmpty()) {
                return c;
            }
            t = c.bestBase();
        }
        return t;
    }

    private PyClass layoutBase() {
        PyClass c = this;
        while (c.addsNothingToLayout() && c.layoutParent() instanceof PyClass && !((PyClass) c.layoutParent()).immutable) {
            c = (PyClass) c.layoutParent();
        }
        return c;
    }

    private PyType layoutParent() {
        PyType[] b = bases;
        return b.length == 0 ? PyType.OBJECT : b[0];
    }

    private boolean addsNothingToLayout() {
        return addedSlots().isEmpty() && layoutHasDict() == parentHasDict() && layoutHasWeakref() == parentHasWeakref();
    }

    /** The slots this class adds, sorted (CPython's {@code ht_slots}), without {@code __dict__} and {@code __weakref__}. */
    private java.util.List<String> addedSlots() {
        java.util.List<String> d = declaredSlots;
        if (d == null) {
            return java.util.List.of();
        }
        return d.stream().filter(n -> !n.equals("__dict__") && !n.equals("__weakref__")).sorted()
                .collect(java.util.stream.Collectors.toList());
    }

    private boolean layoutHasDict() {
        java.util.List<String> d = declaredSlots;
        return d == null || d.contains("__dict__") || parentHasDict() || secondaryBaseHas(true);
    }

    /**
     * Whether a base other than the layout's parent gives instances a dict ({@code dict}) or weak references: CPython's
     * type_new takes them from secondary bases too ({@code class C2(D, W): __slots__ = []} with D slotted as
     * {@code ['__dict__']} and W as {@code ['__weakref__']} has both).
     */
    private boolean secondaryBaseHas(boolean dict) {
        PyType[] bs = bases;
        if (bs == null || bs.length < 2) {
            return false;
        }
        for (PyType b : bs) {
            if (b instanceof PyClass && !((PyClass) b).immutable
                    && (dict ? ((PyClass) b).layoutHasDict() : ((PyClass) b).layoutHasWeakref())) {
                return true;
            }
        }
        return false;
    }

    /** Whether instances take weak references (not under {@code __slots__} without {@code __weakref__}). */
    boolean instancesTakeWeakRefs() {
        return !immutable && layoutHasWeakref() && !(builtinBase == PyInt.TYPE || builtinBase == PyBytes.TYPE
                || builtinBase == PyTuple.TYPE) || builtinBase == PySet.TYPE || builtinBase == PySet.FROZEN;
    }

    private boolean layoutHasWeakref() {
        java.util.List<String> d = declaredSlots;
        return d == null || d.contains("__weakref__") || parentHasWeakref() || secondaryBaseHas(false);
    }

    private boolean parentHasDict() {
        PyType p = layoutParent();
        if (p instanceof PyClass) {
            PyClass c = (PyClass) p;
            return c.immutable ? c.isException : c.layoutHasDict();
        }
        return false;
    }

    private boolean parentHasWeakref() {
        PyType p = layoutParent();
        if (p == PySet.TYPE || p == PySet.FROZEN) {
            return true; // the built-in types a class may derive from whose instances take weak references
        }
        if (p == PyInt.TYPE || p == PyBytes.TYPE || p == PyTuple.TYPE) {
            return true; // variable-size in CPython (tp_itemsize): a subclass cannot add a weak-reference slot either
        }
        return p instanceof PyClass && !((PyClass) p).immutable && ((PyClass) p).layoutHasWeakref();
    }

    /**
     * Puts {@code __dict__} and {@code __weakref__} in the class dict when this class adds them to its instances, as
     * CPython's {@code type_new} does ({@link Descriptors.InstanceAttr}): after the slots' member descriptors, before
     * the default {@code __doc__}. Before the class is published.
     */
    void addInstanceAttrs(PyThread t) {
        PyDict d = dict;
        if (layoutHasDict() && !parentHasDict()) {
            putInstanceAttr(t, d, "__dict__");
        }
        if (layoutHasWeakref() && !parentHasWeakref()) {
            putInstanceAttr(t, d, "__weakref__");
        }
    }

    private void putInstanceAttr(PyThread t, PyDict d, String name) {
        if (d.contains(t.ts, t.interp.str(name))) {
            return;
        }
        Descriptors.InstanceAttr a = new Descriptors.InstanceAttr(t.ts, this, name);
        try {
            d.setItem(t.ts, t.interp.str(name), a);
        } finally {
            RefCount.decref(t.ts, a);
        }
    }

    /** A class with one base (object when {@code base} is object). */
    PyClass(ThreadState ts, String name, String module, PyType base, PyDict ns, int flags, boolean isException) {
        this(ts, name, module, new PyType[] {base}, base.mro(), ns, flags, isException);
    }

    /** A class with the given bases and MRO ({@link #c3}: the bases' linearisation, without this class). */
    PyClass(ThreadState ts, String name, String module, PyType[] bases, java.util.List<PyType> mroAfterThis, PyDict ns,
            int flags, boolean isException) {
        this(ts, PyType.TYPE, name, module, bases, mroAfterThis, ns, flags, isException);
    }

    /**
     * A class whose type is {@code metatype}: {@code type}, or a metaclass of ours (a class deriving from type), to
     * which the new class holds a reference, as every instance holds one to its class.
     */
    PyClass(ThreadState ts, PyType metatype, String name, String module, PyType[] bases,
            java.util.List<PyType> mroAfterThis, PyDict ns, int flags, boolean isException) {
        // an empty name (type('', (), {}) is legal) is the toolkit type's placeholder; Python code reads ''
        super(ts, metatype, name.isEmpty() ? "?" : name, flags | PyType.FLAG_GC, mroAfterThis);
        if (name.isEmpty()) {
            assignedName = "";
        }
        if (metatype instanceof PyClass) {
            RefCount.incref(ts, metatype);
            metaHeld = true;
        }
        this.module = module;
        this.isException = isException;
        RefCount.incref(ts, ns);
        this.dict = ns;
        for (PyType b : bases) {
            if (b instanceof PyClass) {
                RefCount.incref(ts, b);
                ((PyClass) b).subclasses.add(this);
            }
        }
        this.bases = bases.clone();
        java.util.List<PyClass> cm = new java.util.ArrayList<>();
        cm.add(this);
        for (PyType m : mroAfterThis) {
            if (m instanceof PyClass) {
                cm.add((PyClass) m);
            }
        }
        this.classMro = cm.toArray(new PyClass[0]);
        PyType bb = null;
        int at = 1;
        for (PyType m : mroAfterThis) {
            if (m instanceof PyClass) {
                at++;
            } else if (m != PyType.OBJECT) {
                bb = m;
                break;
            }
        }
        this.builtinBase = bb;
        this.builtinAt = bb == null ? -1 : at;
    }

    /**
     * C3's linearisation of {@code bases} (CPython's {@code mro_implementation}): the MRO after the new class, or a
     * TypeError naming the bases that admit none.
     */
    static java.util.List<PyType> c3(PyThread t, PyType[] bases) {
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw Errors.typeError(t, "duplicate base class " + shortName(bases[i]));
                }
            }
        }
        if (bases.length == 1) {
            return bases[0].mro();
        }
        java.util.List<java.util.List<PyType>> seqs = new java.util.ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new java.util.ArrayList<>(b.mro()));
        }
        seqs.add(new java.util.ArrayList<>(java.util.Arrays.asList(bases)));
        java.util.List<PyType> out = new java.util.ArrayList<>();
        while (true) {
            seqs.removeIf(java.util.List::isEmpty);
            if (seqs.isEmpty()) {
                return out;
            }
            PyType next = null;
            for (java.util.List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (java.util.List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    next = head;
                    break;
                }
            }
            if (next == null) {
                java.util.LinkedHashSet<String> heads = new java.util.LinkedHashSet<>();
                for (java.util.List<PyType> s : seqs) {
                    heads.add(shortName(s.get(0)));
                }
                throw Errors.typeError(t, "Cannot create a consistent method resolution order (MRO) for bases "
                        + String.join(", ", heads));
            }
            out.add(next);
            for (java.util.List<PyType> s : seqs) {
                if (s.get(0) == next) {
                    s.remove(0);
                }
            }
        }
    }

    private static String shortName(PyType ty) {
        return ty instanceof PyClass ? ((PyClass) ty).name() : ty.name();
    }

    /**
     * Applies {@code __slots__} (CPython's {@code type_new} checks): computes {@link #slotNames} from this class's
     * declaration and its bases', and refuses a slot that a class variable of the same name would shadow.
     */
    void applySlots(PyThread t) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (PyClass c : classMro) {
            if (c.isException) {
                if (c == this) { // exceptions keep their __dict__; a slots tuple still decides weak references
                    declaredSlots = simpleSlots(t);
                }
                return;
            }
            PyDict d = c.dict;
            PyObject decl = d == null ? null : Ops.getOrNull(t.ts, d, t.interp.str("__slots__"));
            if (decl == null) {
                return; // a class without __slots__ gives its instances a __dict__
            }
            try {
                java.util.List<String> own = new java.util.ArrayList<>();
                if (decl instanceof PyStr) {
                    own.add(mangleSlot(((PyStr) decl).value(), c.name()));
                } else {
                    PyObject it = Ops.iter(t, decl);
                    try {
                        for (PyObject v = Ops.next(t, it); v != null; v = Ops.next(t, it)) {
                            try {
                                String sv = Ops.strValueOrNull(v); // a str subclass's too (gh-98783)
                                if (sv == null) {
                                    throw Errors.typeError(t, "__slots__ items must be strings, not '"
                                            + Ops.typeName(v) + "'");
                                }
                                own.add(mangleSlot(sv, c.name()));
                            } finally {
                                RefCount.decref(t.ts, v);
                            }
                        }
                    } finally {
                        RefCount.decref(t.ts, it);
                    }
                }
                boolean withDict = false;
                for (String n : own) {
                    if (!isIdentifier(n)) {
                        throw Errors.typeError(t, "__slots__ must be identifiers");
                    }
                }
                if (c == this) {
                    checkSpecialSlots(t, own);
                }
                for (String n : own) {
                    if (n.equals("__dict__")) {
                        withDict = true;
                        continue;
                    }
                    if (c == this && d.contains(t.ts, t.interp.str(n))) {
                        throw Errors.valueError(t, "'" + n + "' in __slots__ conflicts with class variable");
                    }
                    names.add(n);
                }
                if (c == this) {
                    declaredSlots = java.util.List.copyOf(own);
                }
                if (c == this) { // each own slot gets its member descriptor in the class dict, as CPython's type_new
                    for (String n : own) {
                        if (!n.equals("__dict__") && !n.equals("__weakref__")) {
                            Descriptors.Member m = new Descriptors.Member(t.ts, this, n);
                            try {
                                d.setItem(t.ts, t.interp.str(n), m);
                            } finally {
                                RefCount.decref(t.ts, m);
                            }
                        }
                    }
                }
                if (withDict) {
                    return;
                }
            } finally {
                RefCount.decref(t.ts, decl);
            }
        }
        slotNames = names;
    }

    /**
     * CPython's type_new refusals for this class's own {@code __slots__}: {@code __dict__} or {@code __weakref__}
     * twice, or where a base's instances already have one (a base without {@code __slots__} gives both), and any
     * slot on a subtype of a variable-size built-in (int, tuple, bytes), whose items would overlap them.
     */
    private void checkSpecialSlots(PyThread t, java.util.List<String> own) {
        boolean baseDict = false;
        boolean baseWeakref = false;
        for (PyClass b : classMro) {
            if (b == this) {
                continue;
            }
            if (t.interp.isStandIn(b) || isBundled(b)) {
                // a class of ftpython's own library stands in for what is often a C type in CPython (deque,
                // OrderedDict, weakref.ref), whose instances have no __dict__ or __weakref__ to collide with
                continue;
            }
            if (b.isException || b.dict == null || !b.dict.contains(t.ts, t.interp.str("__slots__"))) {
                baseDict = baseWeakref = true;
            } else if (b.declaredSlots != null) {
                baseDict |= b.declaredSlots.contains("__dict__");
                baseWeakref |= b.declaredSlots.contains("__weakref__");
            }
        }
        int dicts = java.util.Collections.frequency(own, "__dict__");
        int weakrefs = java.util.Collections.frequency(own, "__weakref__");
        if (dicts > 1 || dicts == 1 && baseDict) {
            throw Errors.typeError(t, "__dict__ slot disallowed: we already got one");
        }
        if (weakrefs > 1 || weakrefs == 1 && baseWeakref) {
            throw Errors.typeError(t, "__weakref__ slot disallowed: we already got one");
        }
        if (!own.isEmpty()) { // __dict__ and __weakref__ count too, as in CPython
            for (PyType varSize : new PyType[] {dev.freethread.objects.PyInt.TYPE, PyTuple.TYPE, PyBytes.TYPE}) {
                for (PyType b : bases()) {
                    if (b.isSubtypeOf(varSize)) {
                        throw Errors.typeError(t, "nonempty __slots__ not supported for subtype of '"
                                + shortName(b) + "'");
                    }
                }
            }
        }
    }

    /** Whether {@code c} was made by one of ftpython's own modules (its {@code __module__}'s package is one). */
    private static boolean isBundled(PyClass c) {
        String m = c.module;
        if (m == null) {
            return false;
        }
        int dot = m.indexOf('.');
        return Modules.BUILT_IN_NAMES.contains(dot < 0 ? m : m.substring(0, dot));
    }

    /** str.isidentifier: a letter or underscore, then letters, digits and underscores (mangling keeps it so). */
    private static boolean isIdentifier(String n) {
        if (n.isEmpty() || !(Character.isLetter(n.charAt(0)) || n.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_') {
                return false;
            }
        }
        return true;
    }

    /**
     * A private slot name as CPython's type_new stores it: {@code __x} (not ending in two underscores) declared in
     * class {@code _C} is {@code _C__x}, the name the class's methods use after the parser's mangling.
     */
    private static String mangleSlot(String n, String className) {
        if (!n.startsWith("__") || n.endsWith("__")) {
            return n;
        }
        int i = 0;
        while (i < className.length() && className.charAt(i) == '_') {
            i++;
        }
        return i == className.length() ? n : "_" + className.substring(i) + n;
    }

    /** The bases as listed (borrowed). */
    PyType[] bases() {
        PyType[] b = bases;
        return b == null ? new PyType[0] : b;
    }

    PyDict dict() {
        return dict;
    }

    /** The qualified name ({@code Outer.Inner}), as the class statement gave it. */
    volatile String qualname;
    /** {@code C.__name__ = 'x'}: the name Python code reads from then on (the toolkit type keeps its own); or null. */
    volatile String assignedName;

    /**
     * Checks a class name as CPython's type_new and type_set_name do: no NUL (ValueError) and UTF-8-encodable (a lone
     * surrogate is a UnicodeEncodeError).
     */
    static void checkName(PyThread t, String name) {
        if (name.indexOf('\0') >= 0) {
            throw Errors.valueError(t, "type name must not contain null characters");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean lone = Character.isHighSurrogate(c) ? i + 1 >= name.length()
                    || !Character.isLowSurrogate(name.charAt(i + 1)) : Character.isLowSurrogate(c);
            if (lone) {
                PyObject obj = PyStr.of(t.ts, name);
                try {
                    int at = name.codePointCount(0, i);
                    throw Errors.unicodeError(t, "UnicodeEncodeError", "utf-8", obj, at, at + 1,
                            "surrogates not allowed");
                } finally {
                    RefCount.decref(t.ts, obj);
                }
            }
            if (Character.isHighSurrogate(c)) {
                i++; // the pair's low half
            }
        }
    }

    /** {@code C.__name__}: the name a script assigned, else the class statement's. */
    String pyName() {
        String n = assignedName;
        return n != null ? n : name();
    }

    String qualname() {
        return qualname != null ? qualname : name();
    }

    String moduleQualName() {
        return module == null || module.equals("builtins") ? qualname() : module + "." + qualname();
    }

    /**
     * The attribute {@code name} found along the MRO (a new reference), or null. Built-in types in the MRO
     * (object) contribute nothing here; {@link Ops} answers for them.
     */
    PyObject lookup(PyThread t, String name) {
        return lookup(t, t.interp.str(name));
    }

    PyObject lookup(PyThread t, PyStr name) {
        PyClass[] mro = classMro;
        for (int i = 0; i < mro.length; i++) {
            if (i == builtinAt) {
                PyObject v = BuiltinBase.lookup(t.interp, builtinBase, name.value());
                if (v != null) {
                    return v; // immortal
                }
            }
            PyDict d = mro[i].dict;
            if (d != null) {
                PyObject v = Ops.getOrNull(t.ts, d, name);
                if (v != null) {
                    return v;
                }
            }
        }
        return builtinAt == mro.length ? BuiltinBase.lookup(t.interp, builtinBase, name.value()) : null;
    }

    static final int HOOK_SETATTR = 1;
    static final int HOOK_DELATTR = 2;
    static final int HOOK_NEW = 4;
    /** The class defines {@code __get__}: its instances are descriptors when they are class attributes. */
    static final int HOOK_GET = 8;
    /** {@code __set__}: its instances are data descriptors (they come before an instance's own attributes). */
    static final int HOOK_SET = 16;
    /** {@code __delete__}: data descriptors too. */
    static final int HOOK_DELETE = 32;
    /** The class (not object) defines {@code __getattribute__}: every attribute read goes through it. */
    static final int HOOK_GETATTRIBUTE = 128;
    private volatile long hooksEpoch = -1;
    private volatile int hooks;

    /**
     * Whether the MRO defines {@code __setattr__} ({@link #HOOK_SETATTR}), {@code __delattr__}, {@code __new__},
     * {@code __get__}, {@code __set__} or {@code __delete__} (any of those in {@code hook}):
     * cached per class epoch, as {@link #ownAttributeFirst}, so that an attribute store pays one field read for it.
     */
    boolean hasHook(PyThread t, int hook) {
        long e = t.interp.classEpoch();
        return ((hooksEpoch == e ? hooks : computeHooks(t, e)) & hook) != 0;
    }

    /** {@link #hasHook}'s slow path, once per class epoch: which of the hooks the MRO defines. */
    private int computeHooks(PyThread t, long e) {
        int h = 0;
        String[] names = {"__setattr__", "__delattr__", "__new__", "__get__", "__set__", "__delete__"};
        int[] bits = {HOOK_SETATTR, HOOK_DELATTR, HOOK_NEW, HOOK_GET, HOOK_SET, HOOK_DELETE};
        for (int i = 0; i < names.length; i++) {
            PyObject m = lookup(t, names[i]);
            if (m != null) {
                RefCount.decref(t.ts, m);
                h |= bits[i];
            }
        }
        PyObject ga = lookup(t, "__getattribute__");
        if (ga != null) {
            if (!(ga instanceof PyBuiltin || ga instanceof PyBuiltin.Bound)) { // object's (a built-in base's) is the default
                h |= HOOK_GETATTRIBUTE;
            }
            RefCount.decref(t.ts, ga);
        }
        hooks = h;
        hooksEpoch = e; // after hooks: a reader that sees this epoch sees these hooks
        return h;
    }

    /**
     * What the MRO's class attributes were, for {@link #ownAttributeFirst}, at one class epoch: one immutable value
     * published by one volatile write, so a reader never sees the flag of one computation with the slot names of
     * another, and a slow computation that publishes an older epoch's answer late is recomputed by the next reader.
     */
    private record DescriptorState(long epoch, boolean hasDescriptors, java.util.Set<String> apartSlots) { }

    private volatile DescriptorState descriptors;

    /**
     * Whether an instance's own attribute {@code name} wins at once, with no class lookup first: no data descriptor
     * (a property, a {@code __getattribute__} hook) along the MRO, or only slots kept apart from the instance's
     * {@code __dict__} (E40) and {@code name} is none of them, so reads and writes of the other attributes of a
     * slotted base's subclass keep the fast path. Cached per class epoch ({@link Interp#classChanged}, bumped by
     * every class attribute store or delete).
     */
    boolean ownAttributeFirst(PyThread t, String name) {
        long e = t.interp.classEpoch();
        DescriptorState d = descriptors;
        if (d == null || d.epoch != e) {
            d = computeDescriptors(t, e);
            descriptors = d;
        }
        if (d.hasDescriptors) {
            return false;
        }
        return d.apartSlots == null || !d.apartSlots.contains(name);
    }

    private DescriptorState computeDescriptors(PyThread t, long e) {
        boolean has = false;
        java.util.Set<String> apart = null;
        for (PyClass c : classMro) {
            PyDict d = c.dict;
            if (d == null || has) {
                continue;
            }
            // a copy, taken atomically under the dict's section: another thread may add or delete a class attribute
            // meanwhile (C.x = property(...)), which an iterator over the dict itself would raise for
            PyDict snapshot = d.copy(t.ts);
            PyObject view = snapshot.values(t.ts);
            PyObject it = ((dev.freethread.dict.PyDictView) view).iter(t.ts);
            RefCount.decref(t.ts, view);
            try {
                for (PyObject v = Ops.next(t, it); v != null; v = Ops.next(t, it)) {
                    // a slot whose values are kept apart from the instance's __dict__ (E40) wins over the dict, as
                    // CPython's member descriptors do; without a __dict__ the slots are the dict's entries
                    if (v instanceof Descriptors.Member && slotNames == null) {
                        if (apart == null) {
                            apart = new java.util.HashSet<>();
                        }
                        apart.add(((Descriptors.Member) v).name);
                    } else {
                        has |= v instanceof Descriptors.Property || Ops.isDataDescriptor(t, v);
                    }
                    RefCount.decref(t.ts, v);
                }
            } finally {
                RefCount.decref(t.ts, it);
                RefCount.decref(t.ts, snapshot);
            }
        }
        has |= hasHook(t, HOOK_GETATTRIBUTE); // so that the own-attribute fast path does not bypass it
        return new DescriptorState(e, has, apart == null ? null : java.util.Set.copyOf(apart));
    }

    /** Whether the class attribute {@code name} is a data descriptor (a property), which wins over the instance. */
    boolean lookupDataDescriptor(PyThread t, PyStr name) {
        PyObject v = lookup(t, name);
        if (v == null) {
            return false;
        }
        RefCount.decref(t.ts, v);
        return v instanceof Descriptors.Property || Ops.isDataDescriptor(t, v);
    }

    /** Finds the class in the MRO whose dict holds {@code name}: for {@code super()}. */
    PyObject lookupAfter(PyThread t, PyClass start, PyStr name) {
        boolean found = false;
        PyClass[] mro = classMro;
        for (int i = 0; i < mro.length; i++) {
            if (found) {
                if (i == builtinAt) {
                    PyObject v = BuiltinBase.lookup(t.interp, builtinBase, name.value());
                    if (v != null) {
                        return v;
                    }
                }
                PyDict d = mro[i].dict;
                PyObject v = d == null ? null : Ops.getOrNull(t.ts, d, name);
                if (v != null) {
                    return v;
                }
            } else if (mro[i] == start) {
                found = true;
            }
        }
        return found && builtinAt == mro.length ? BuiltinBase.lookup(t.interp, builtinBase, name.value()) : null;
    }

    /** The class's own {@code __new__} (an implicit static method), called with the class and the arguments. */
    private PyObject callNew(PyThread t, PyObject[] args, String[] kwnames) {
        PyObject m = lookup(t, "__new__");
        try {
            PyObject fn = m instanceof Descriptors.StaticMethod ? ((Descriptors.StaticMethod) m).func() : m;
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = this;
            System.arraycopy(args, 0, all, 1, args.length);
            if (m instanceof Descriptors.ClassMethod) { // CPython reads cls.__new__, bound, then passes cls again
                return Ops.callMethod(t, ((Descriptors.ClassMethod) m).func(), this, all, kwnames);
            }
            return Ops.call(t, fn, all, kwnames);
        } finally {
            RefCount.decref(t.ts, m);
        }
    }

    private volatile long abstractEpoch = -1;
    private volatile String abstractError;

    /**
     * Refuses to make an instance while the class's {@code __abstractmethods__} (abc.ABC computes it) names any,
     * with CPython's message; cached per class epoch, so a plain class pays one field read.
     */
    void checkNotAbstract(PyThread t) {
        long e = t.interp.classEpoch();
        if (abstractEpoch != e) {
            String err = null;
            PyObject v = lookup(t, "__abstractmethods__");
            if (v != null) {
                try {
                    java.util.List<String> names = new java.util.ArrayList<>();
                    if (v instanceof PyTuple) {
                        PyTuple tu = (PyTuple) v;
                        for (int i = 0; i < tu.size(); i++) {
                            names.add(Ops.strString(t, tu.getItemBorrowed(i)));
                        }
                    } else if (v instanceof PySet) { // ABCMeta's frozenset: CPython names them sorted
                        PyObject it = Ops.iter(t, v);
                        try {
                            for (PyObject x = Ops.next(t, it); x != null; x = Ops.next(t, it)) {
                                try {
                                    names.add(Ops.strString(t, x));
                                } finally {
                                    RefCount.decref(t.ts, x);
                                }
                            }
                        } finally {
                            RefCount.decref(t.ts, it);
                        }
                        java.util.Collections.sort(names);
                    }
                    if (!names.isEmpty()) {
                        StringBuilder b = new StringBuilder("Can't instantiate abstract class ").append(name())
                                .append(" without an implementation for abstract method")
                                .append(names.size() == 1 ? " " : "s ");
                        for (int i = 0; i < names.size(); i++) {
                            b.append(i > 0 ? ", " : "").append('\'').append(names.get(i)).append('\'');
                        }
                        err = b.toString();
                    }
                } finally {
                    RefCount.decref(t.ts, v);
                }
            }
            abstractError = err;
            abstractEpoch = e;
        }
        String err = abstractError;
        if (err != null) {
            throw Errors.typeError(t, err);
        }
    }

    /**
     * CPython's {@code oserror_use_init}: an OSError subclass with an {@code __init__} of its own and no
     * {@code __new__} of its own takes its errno, strerror and filenames from {@code OSError.__init__}, not from the
     * constructor's arguments (and gets no errno subclass).
     */
    boolean osErrorUsesInit(PyThread t) {
        PyObject init = lookup(t, "__init__");
        if (init == null) {
            return false;
        }
        RefCount.decref(t.ts, init);
        return !hasHook(t, HOOK_NEW);
    }

    /**
     * PEP 3151: {@code OSError(errno, strerror, ...)} itself (not a subclass) makes the subclass for that errno, as
     * CPython's {@code OSError.__new__} does ({@code OSError(2, 'x')} is a FileNotFoundError); else this class.
     */
    PyClass osErrorSubclass(PyThread t, PyObject[] args, String[] kwnames) {
        int n = args.length - (kwnames == null ? 0 : kwnames.length);
        if (n < 2 || !(args[0] instanceof PyInt) || !((PyInt) args[0]).fitsLong()
                || this != t.interp.exceptionClass("OSError")) {
            return this;
        }
        String sub;
        switch ((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, ((PyInt) args[0]).longValue()))) {
            case 11: case 114: case 115: sub = "BlockingIOError"; break; // EAGAIN (EWOULDBLOCK), EALREADY, EINPROGRESS
            case 10: sub = "ChildProcessError"; break; // ECHILD
            case 32: case 108: sub = "BrokenPipeError"; break; // EPIPE, ESHUTDOWN
            case 103: sub = "ConnectionAbortedError"; break;
            case 111: sub = "ConnectionRefusedError"; break;
            case 104: sub = "ConnectionResetError"; break;
            case 17: sub = "FileExistsError"; break;
            case 2: sub = "FileNotFoundError"; break;
            case 21: sub = "IsADirectoryError"; break;
            case 20: sub = "NotADirectoryError"; break;
            case 4: sub = "InterruptedError"; break;
            case 1: case 13: sub = "PermissionError"; break; // EPERM, EACCES
            case 3: sub = "ProcessLookupError"; break; // ESRCH
            case 110: sub = "TimeoutError"; break; // ETIMEDOUT
            default: return this;
        }
        return t.interp.exceptionClass(sub);
    }

    /**
     * {@code C(*args)}: the metaclass's own {@code __call__} when it defines one (a metaclass of ours), else
     * {@link #construct}, which is {@code type.__call__}.
     */
    @Override
    public PyObject call(PyThread t, PyObject[] args, String[] kwnames) {
        PyType meta = type();
        if (meta != PyType.TYPE && meta instanceof PyClass) {
            PyObject mc = ((PyClass) meta).lookupOverride(t, "__call__");
            if (mc != null) {
                try {
                    return Ops.callMethod(t, mc, this, args, kwnames);
                } finally {
                    RefCount.decref(t.ts, mc);
                }
            }
        }
        return construct(t, args, kwnames);
    }

    /**
     * The attribute {@code name} along the MRO when a class of ours defines it (a new reference), or null when only
     * a built-in base would answer (type's methods for a metaclass: {@link TypeMethods}).
     */
    PyObject lookupOverride(PyThread t, String name) {
        PyObject v = lookup(t, name);
        if (v != null && TypeMethods.isDefault(v)) {
            RefCount.decref(t.ts, v);
            return null;
        }
        return v;
    }

    /** {@code type.__call__(C, *args)}: C's {@code __new__} (or a new instance), then its {@code __init__}. */
    PyObject construct(PyThread t, PyObject[] args, String[] kwnames) {
        if (builtinBase == PyType.TYPE) {
            return constructClass(t, args, kwnames);
        }
        ThreadState ts = t.ts;
        PyObject made;
        if (hasHook(t, HOOK_NEW)) {
            made = callNew(t, args, kwnames);
            // an instance of this class, or a module whose type is (a subclass of module: BuiltinBase.newInstance)
            if (!(made instanceof PyInstance || made instanceof PyModule) || !(made.type() instanceof PyClass)
                    || !made.type().isSubtypeOf(this)) {
                return made; // __new__ answered something else: no __init__, as in CPython
            }
        } else {
            checkNotAbstract(t);
            PyClass cls = isException ? osErrorSubclass(t, args, kwnames) : this;
            made = isException ? new PyBaseExc(ts, cls) : new PyInstance(ts, this);
        }
        PyObject self = made;
        PyClass selfCls = (PyClass) made.type();
        try {
            if (isException) {
                int n = args.length - (kwnames == null ? 0 : kwnames.length);
                PyObject[] pos = java.util.Arrays.copyOf(args, n);
                for (PyObject a : pos) {
                    RefCount.incref(ts, a);
                }
                PyTuple a = PyTuple.stealing(ts, pos);
                PyClass oserror = t.interp.exceptionClass("OSError");
                if (!selfCls.isSubtypeOf(oserror)) {
                    ((PyBaseExc) self).setArgs(ts, a);
                } else if (!hasHook(t, HOOK_NEW)) { // a class's own __new__ made it: OSError.__init__ leaves it
                    if (selfCls.osErrorUsesInit(t)) {
                        ((PyBaseExc) self).setArgs(ts, PyTuple.EMPTY); // its __init__ parses, as CPython's
                    } else {
                        ((PyBaseExc) self).initOsError(t, a, selfCls.isSubtypeOf(
                                t.interp.exceptionClass("BlockingIOError")));
                    }
                }
                RefCount.decref(ts, a);
            }
            // the made object's own class's __init__ (a subclass's, when __new__ answered one), as CPython's type_call
            PyObject init = selfCls == this ? lookup(t, "__init__") : selfCls.lookup(t, "__init__");
            if (init != null) {
                PyObject r;
                try {
                    r = Ops.callMethod(t, init, self, args, kwnames);
                } finally {
                    RefCount.decref(ts, init);
                }
                if (r != PyNone.NONE) {
                    String tn = r.type().name();
                    RefCount.decref(ts, r);
                    throw Errors.typeError(t, "__init__() should return None, not '" + tn + "'");
                }
            } else if (isException) { // BaseException.__init__ (ImportError's, ...): keywords and members
                ExceptionFields.init(t, (PyBaseExc) self, args, kwnames);
            } else if (args.length > 0 && made.type() == this && !hasHook(t, HOOK_NEW)) {
                throw Errors.typeError(t, name() + "() takes no arguments");
            }
            return self;
        } catch (RuntimeException e) {
            RefCount.decref(ts, self);
            throw e;
        }
    }

    /**
     * A metaclass's instance: {@code Meta(name, bases, ns, **kw)} runs its {@code __new__} (type's makes the class),
     * then, if that answered an instance of this metaclass, its {@code __init__} with the same arguments.
     */
    private PyObject constructClass(PyThread t, PyObject[] args, String[] kwnames) {
        ThreadState ts = t.ts;
        PyObject made = callNew(t, args, kwnames);
        if (!made.type().isSubtypeOf(this)) {
            return made; // __new__ answered something else: no __init__, as in CPython
        }
        try {
            PyObject init = lookup(t, "__init__");
            if (init != null) {
                PyObject r;
                try {
                    r = Ops.callMethod(t, init, made, args, kwnames);
                } finally {
                    RefCount.decref(ts, init);
                }
                if (r != PyNone.NONE) {
                    String tn = r.type().name();
                    RefCount.decref(ts, r);
                    throw Errors.typeError(t, "__init__() should return None, not '" + tn + "'");
                }
            }
            return made;
        } catch (RuntimeException e) {
            RefCount.decref(ts, made);
            throw e;
        }
    }

    @Override
    public void traverse(ReferenceVisitor v) {
        PyDict d = dict;
        if (d != null) {
            v.visit(d);
        }
        if (metaHeld) {
            v.visit(type());
        }
        PyType[] bs = bases;
        if (bs != null) {
            for (PyType b : bs) {
                if (b instanceof PyClass) {
                    v.visit(b);
                }
            }
        }
    }

    @Override
    public void clearReferences(ReferenceVisitor v) {
        PyDict d = dict;
        dict = null;
        PyType[] bs = bases;
        bases = null;
        if (d != null) {
            v.visit(d);
        }
        if (bs != null) {
            for (PyType b : bs) {
                if (b instanceof PyClass) {
                    ((PyClass) b).subclasses.remove(this);
                    v.visit(b);
                }
            }
        }
        if (metaHeld) {
            metaHeld = false;
            v.visit(type());
        }
    }

    /** The metaclass's own special method {@code name} (a new reference), or null (none, or the metaclass is type). */
    private PyObject metaSpecial(PyThread t, String name) {
        PyType meta = type();
        return meta instanceof PyClass ? ((PyClass) meta).lookupOverride(t, name) : null;
    }

    /** A metaclass's {@code __eq__}, {@code __lt__}... compare its classes; else identity, as type's. */
    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, dev.freethread.objects.CompareOp op) {
        if (!(type() instanceof PyClass)) {
            return super.richCompare(ts, other, op);
        }
        PyThread t = Interp.thread(ts);
        PyObject m = metaSpecial(t, op.dunder());
        if (m == null) {
            return super.richCompare(ts, other, op);
        }
        try {
            if (m == PyNone.NONE) {
                return dev.freethread.objects.PyNotImplemented.NOT_IMPLEMENTED;
            }
            return Ops.callMethod(t, m, this, new PyObject[] {other}, null);
        } finally {
            RefCount.decref(ts, m);
        }
    }

    /** A metaclass's {@code __hash__} hashes its classes; else identity, as type's. */
    @Override
    public long pyHash(ThreadState ts) {
        if (!(type() instanceof PyClass)) {
            return super.pyHash(ts);
        }
        PyThread t = Interp.thread(ts);
        PyObject m = metaSpecial(t, "__hash__");
        if (m == null) {
            return super.pyHash(ts);
        }
        PyObject r;
        try {
            if (m == PyNone.NONE) {
                throw new dev.freethread.objects.PyException("TypeError", "unhashable type: '" + type().name() + "'");
            }
            r = Ops.callMethod(t, m, this, Ops.NO_ARGS, null);
        } finally {
            RefCount.decref(ts, m);
        }
        try {
            PyObject h = BuiltinBase.operand(r); // an int subclass's instance is an int (CPython's PyLong_Check)
            if (!(h instanceof PyInt)) {
                throw new dev.freethread.objects.PyException("TypeError", "__hash__ method should return an integer");
            }
            return Ops.hashFromMethod((PyInt) h);
        } finally {
            RefCount.decref(ts, r);
        }
    }

    /** A metaclass's {@code __bool__} or {@code __len__} decides a class's truth; else true. */
    @Override
    public boolean pyBool(ThreadState ts) {
        if (!(type() instanceof PyClass)) {
            return super.pyBool(ts);
        }
        PyThread t = Interp.thread(ts);
        PyObject m = metaSpecial(t, "__bool__");
        if (m != null) {
            PyObject r;
            try {
                r = Ops.callMethod(t, m, this, Ops.NO_ARGS, null);
            } finally {
                RefCount.decref(ts, m);
            }
            try {
                if (!(r instanceof dev.freethread.objects.PyBool)) {
                    throw new dev.freethread.objects.PyException("TypeError", "__bool__ should return bool, returned "
                            + r.type().name());
                }
                return r == dev.freethread.objects.PyBool.TRUE;
            } finally {
                RefCount.decref(ts, r);
            }
        }
        m = metaSpecial(t, "__len__");
        if (m != null) {
            RefCount.decref(ts, m);
            return Ops.len(t, this) != 0;
        }
        return true;
    }

    /** In a container's repr too, a metaclass's {@code __repr__} answers. */
    @Override
    public String repr(ThreadState ts) {
        return Ops.reprString(Interp.thread(ts), this);
    }

    @Override
    public String repr() {
        return "<class '" + moduleQualName() + "'>";
    }
}
