// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.objects.PyException;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

/**
 * A Python function: its code, its module's globals, its defaults and its closure cells, all counted. A function
 * defined at module or class level is per-thread counted ({@link RefCount#makePerThread}): every thread that calls
 * one counts in its own slot, so a function all threads call has no shared hot count, and only the collector frees
 * it. Nested functions and lambdas (made per call) are counted normally and freed at their last reference.
 */
final class PyFunction extends PyObject implements Callable {
    static final PyType TYPE = PyType.staticType("function", PyType.FLAG_GC);

    final Code code;
    PyDict globals;
    /**
     * The builtins its code sees, taken from its globals' {@code __builtins__} when it was made (CPython's
     * {@code func_builtins}; counted), or null for the interpreter's own builtins dict (the common case, uncounted).
     */
    private PyObject builtins;
    /**
     * Defaults of the last positional parameters (counted), or an empty array. Never changed in place: assigning
     * {@code __defaults__} publishes a new array ({@link #setDefaults}) and drops the old one's references only after
     * a grace period, so a call that read the old array (once, into a local) may still take a reference to its
     * items (lifetime edge E28).
     */
    private volatile PyObject[] defaults;
    /** Defaults of the keyword-only parameters by position (counted; null where required); replaced as defaults. */
    private volatile PyObject[] kwDefaults;
    private PyCell[] closure;
    /** The class whose body defined this function, for {@code super()} (counted), or null. */
    private volatile PyClass definingClass;
    /**
     * A function's own attributes ({@code f.x = 1}, its {@code __dict__}; counted), created on first use. Replaced
     * whole by {@code f.__dict__ = d} ({@link #replaceDict}), the old one dropped after a grace period (E36's rule:
     * a reader may be mid-lookup in it).
     */
    volatile PyDict dict;
    /**
     * The counted reference behind {@link #dict}, and what {@code __dict__} answers: the dict, or the instance of a
     * dict subclass assigned to {@code __dict__} (whose dict part is then {@link #dict}). Written with {@code dict}
     * under the monitor; the collector traverses this field only.
     */
    private volatile PyObject dictHolder;
    /**
     * Assigned {@code __name__}, {@code __qualname__}, {@code __doc__} and {@code __module__} (counted; made on first
     * assignment): CPython keeps them in the function's fields, outside its {@code __dict__}.
     */
    private volatile PyDict overrides;
    /** {@code __annotations__} (counted): made by the def when it has annotations, else on first read. */
    private volatile PyDict annotations;

    /**
     * Takes new references to everything it is given (the arrays are its own), except {@code builtins}: a new reference
     * it keeps (from {@link Interp#builtinsFrom}), or null.
     */
    PyFunction(ThreadState ts, Code code, PyDict globals, PyObject builtins, PyObject[] defaults,
               PyObject[] kwDefaults, PyCell[] closure) {
        super(TYPE, ts);
        this.code = code;
        this.globals = globals;
        RefCount.incref(ts, globals);
        this.builtins = builtins;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        for (PyObject d : defaults) {
            RefCount.incref(ts, d);
        }
        for (PyObject d : kwDefaults) {
            if (d != null) {
                RefCount.incref(ts, d);
            }
        }
        for (PyCell c : closure) {
            RefCount.incref(ts, c);
        }
    }

    /** {@code __defaults__}: the positional parameters' defaults as a tuple, or None (a new reference). */
    PyObject defaultsTuple(ThreadState ts) {
        PyObject[] d = defaults;
        if (d == null || d.length == 0) {
            return dev.freethread.objects.PyNone.NONE;
        }
        PyObject[] items = new PyObject[d.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = RefCount.newRef(ts, d[i]);
        }
        return dev.freethread.objects.PyTuple.stealing(ts, items);
    }

    /**
     * {@code f.__defaults__ = v}: a tuple or None. The new array is published whole; the old one's references are
     * dropped after a grace period, since a call on another thread may have read the old array and not yet taken its
     * reference to a default (lifetime edge E28 in docs/refcount.md).
     */
    void setDefaults(PyThread t, PyObject v) {
        ThreadState ts = t.ts;
        PyObject[] fresh;
        if (v == dev.freethread.objects.PyNone.NONE) {
            fresh = new PyObject[0];
        } else if (v instanceof dev.freethread.objects.PyTuple) {
            dev.freethread.objects.PyTuple tu = (dev.freethread.objects.PyTuple) v;
            fresh = new PyObject[tu.size()];
            for (int i = 0; i < fresh.length; i++) {
                fresh[i] = RefCount.newRef(ts, tu.getItemBorrowed(i));
            }
        } else {
            throw Errors.typeError(t, "__defaults__ must be set to a tuple object");
        }
        PyObject[] old;
        synchronized (this) {
            old = defaults;
            defaults = fresh;
        }
        for (PyObject o : old) {
            RefCount.decrefAfterGracePeriod(ts, o);
        }
    }

    /** {@code f.__kwdefaults__ = v}: a dict (by parameter name; other names are ignored) or None; as setDefaults. */
    void setKwDefaults(PyThread t, PyObject v) {
        ThreadState ts = t.ts;
        Code c = code;
        PyObject[] fresh = new PyObject[c.kwonlycount];
        if (v instanceof PyDict) {
            for (int i = 0; i < fresh.length; i++) {
                PyObject k = dev.freethread.objects.PyStr.of(ts, c.paramNames[c.argcount + i]);
                try {
                    fresh[i] = Ops.getOrNull(ts, (PyDict) v, k); // a new reference, or null
                } finally {
                    RefCount.decref(ts, k);
                }
            }
        } else if (v != dev.freethread.objects.PyNone.NONE) {
            throw Errors.typeError(t, "__kwdefaults__ must be set to a dict object");
        }
        PyObject[] old;
        synchronized (this) {
            old = kwDefaults;
            kwDefaults = fresh;
        }
        for (PyObject o : old) {
            if (o != null) {
                RefCount.decrefAfterGracePeriod(ts, o);
            }
        }
    }

    /** {@code __kwdefaults__}: the keyword-only parameters' defaults by name, or None (a new reference). */
    PyObject kwDefaultsDict(ThreadState ts) {
        PyObject[] d = kwDefaults;
        PyDict out = null;
        for (int i = 0; d != null && i < d.length; i++) {
            if (d[i] != null) {
                if (out == null) {
                    out = PyDict.create(ts);
                }
                dev.freethread.objects.PyStr k = dev.freethread.objects.PyStr.of(ts, code.paramNames[code.argcount + i]);
                out.setItem(ts, k, d[i]);
                RefCount.decref(ts, k);
            }
        }
        return out == null ? dev.freethread.objects.PyNone.NONE : out;
    }

    /** {@code __closure__}: the cells of the free variables as a tuple, or None (a new reference). */
    PyObject closureTuple(ThreadState ts) {
        PyCell[] c = closure;
        if (c == null || c.length == 0) {
            return dev.freethread.objects.PyNone.NONE;
        }
        PyObject[] items = new PyObject[c.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = RefCount.newRef(ts, c[i]);
        }
        return dev.freethread.objects.PyTuple.stealing(ts, items);
    }

    /**
     * {@code del f.__annotations__}, {@code f.__annotations__ = None}: the next read makes a fresh empty dict. The old
     * one is dropped after a grace period, since a reader may have read the field and not yet taken its reference.
     */
    void resetAnnotations(ThreadState ts) {
        PyDict old = (PyDict) ANNOTATIONS.getAndSet(this, null);
        if (old != null) {
            RefCount.decrefAfterGracePeriod(ts, old);
        }
    }

    /** At the def, before the function is shared: takes the reference to {@code ann}. */
    void setAnnotations(ThreadState ts, PyDict ann) {
        annotations = ann;
    }

    /**
     * {@code f.__annotations__}: a new reference; an empty dict made once if the def had none, as CPython's. Two
     * threads reading it first race to install theirs by CAS, and the loser drops its own: no monitor is held while
     * a dict is made (an allocation may stall for the collector, and a thread waiting on a monitor attached could not
     * reach the safepoint).
     */
    PyDict annotations(ThreadState ts) {
        PyDict a = annotations;
        if (a == null) {
            PyDict made = PyDict.create(ts);
            a = (PyDict) ANNOTATIONS.compareAndExchange(this, null, made);
            if (a == null) {
                a = made;
            } else {
                RefCount.decref(ts, made);
            }
        }
        return RefCount.newRef(ts, a);
    }

    private static final java.lang.invoke.VarHandle ANNOTATIONS;

    static {
        try {
            ANNOTATIONS = java.lang.invoke.MethodHandles.lookup().findVarHandle(PyFunction.class, "annotations",
                    PyDict.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    PyClass definingClass() {
        return definingClass;
    }

    void setDefiningClass(ThreadState ts, PyClass cls) {
        RefCount.incref(ts, cls);
        PyClass old = definingClass;
        definingClass = cls;
        if (old != null) {
            RefCount.decref(ts, old);
        }
    }

    /** Whether a call with {@code n} positional arguments and nothing else binds them to the first slots as they are. */
    boolean takesExactly(int n) {
        Code c = code;
        return n == c.argcount && c.varargsSlot < 0 && c.kwonlycount == 0 && c.varkwSlot < 0;
    }

    @Override
    public PyObject call(PyThread t, PyObject[] args, String[] kwnames) {
        return callWith(t, null, args, kwnames);
    }

    /** Calls with {@code self} (borrowed) prepended to the arguments, without building a new array when possible. */
    PyObject callWith(PyThread t, PyObject self, PyObject[] args, String[] kwnames) {
        Code c = code;
        ThreadState ts = t.ts;
        PyObject[] locals = new PyObject[c.nlocals()];
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw + (self != null ? 1 : 0);
        boolean lentSelf = false;
        if (nkw == 0 && npos == c.argcount && c.varargsSlot < 0 && c.kwonlycount == 0 && c.varkwSlot < 0) {
            int k = 0;
            if (self != null) {
                if (c.firstParamReadOnly) {
                    lentSelf = true; // the caller holds self for the whole call: the slot borrows it
                } else {
                    RefCount.incref(ts, self);
                }
                locals[k++] = self;
            }
            for (PyObject a : args) {
                RefCount.incref(ts, a);
                locals[k++] = a;
            }
        } else {
            bindSlow(t, locals, self, args, kwnames);
        }
        return run(t, locals, lentSelf);
    }

    private static boolean isPositionalOnly(Code c, String name) {
        for (int p = 0; p < c.posonlycount; p++) {
            if (c.paramNames[p].equals(name)) {
                return true;
            }
        }
        return false;
    }

    private void bindSlow(PyThread t, PyObject[] locals, PyObject self, PyObject[] args, String[] kwnames) {
        ThreadState ts = t.ts;
        Code c = code;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int nargs = args.length - nkw;
        int npos = nargs + (self != null ? 1 : 0);
        try {
            int k = 0;
            java.util.ArrayList<PyObject> extra = null;
            boolean tooMany = false; // reported after the keywords, as CPython's (their errors come first)
            for (int i = -1; i < nargs && !tooMany; i++) {
                PyObject a = i < 0 ? self : args[i];
                if (a == null) {
                    continue;
                }
                if (k < c.argcount) {
                    RefCount.incref(ts, a);
                    locals[k++] = a;
                } else if (c.varargsSlot >= 0) {
                    if (extra == null) {
                        extra = new java.util.ArrayList<>();
                    }
                    RefCount.incref(ts, a);
                    extra.add(a);
                } else {
                    tooMany = true;
                }
            }
            if (c.varargsSlot >= 0) {
                locals[c.varargsSlot] = extra == null ? PyTuple.EMPTY
                        : PyTuple.stealing(ts, extra.toArray(new PyObject[0]));
            }
            PyDict kw = null;
            if (c.varkwSlot >= 0) {
                kw = PyDict.create(ts);
                locals[c.varkwSlot] = kw;
            }
            for (int j = 0; j < nkw; j++) {
                String name = kwnames[j];
                PyObject v = args[nargs + j];
                int slot = -1;
                for (int p = c.posonlycount; p < c.argcount + c.kwonlycount; p++) {
                    if (c.paramNames[p].equals(name)) {
                        slot = p;
                        break;
                    }
                }
                if (slot < 0) {
                    if (kw == null) { // with **kwargs it lands there, a positional-only name too, as in CPython
                        throw unexpectedKeyword(ts, name, kwnames);
                    }
                    kw.setItem(ts, t.interp.str(name), v);
                    continue;
                }
                if (locals[slot] != null) {
                    throw Errors.typeError(t, displayName(ts) + "() got multiple values for argument '" + name + "'");
                }
                RefCount.incref(ts, v);
                locals[slot] = v;
            }
            if (tooMany) {
                int kwonlyGiven = 0;
                for (int p = c.argcount; p < c.argcount + c.kwonlycount; p++) {
                    if (locals[p] != null) {
                        kwonlyGiven++;
                    }
                }
                throw tooMany(ts, npos, kwonlyGiven);
            }
            PyObject[] dflt = defaults; // read once: an assignment of __defaults__ publishes a new array
            int firstDefault = c.argcount - dflt.length;
            java.util.ArrayList<String> missing = null;
            for (int p = 0; p < c.argcount; p++) {
                if (locals[p] == null) {
                    if (p >= firstDefault) {
                        PyObject d = dflt[p - firstDefault];
                        RefCount.incref(ts, d);
                        locals[p] = d;
                    } else {
                        if (missing == null) {
                            missing = new java.util.ArrayList<>();
                        }
                        missing.add(c.paramNames[p]);
                    }
                }
            }
            if (missing != null) {
                throw Errors.typeError(t, displayName(ts) + "() missing " + missing.size() + " required positional argument"
                        + (missing.size() == 1 ? "" : "s") + ": " + nameList(missing));
            }
            PyObject[] kwDflt = kwDefaults; // read once, as defaults
            for (int p = c.argcount; p < c.argcount + c.kwonlycount; p++) {
                if (locals[p] == null) {
                    PyObject d = kwDflt[p - c.argcount];
                    if (d == null) {
                        if (missing == null) {
                            missing = new java.util.ArrayList<>();
                        }
                        missing.add(c.paramNames[p]);
                    } else {
                        RefCount.incref(ts, d);
                        locals[p] = d;
                    }
                }
            }
            if (missing != null) {
                throw Errors.typeError(t, displayName(ts) + "() missing " + missing.size() + " required keyword-only argument"
                        + (missing.size() == 1 ? "" : "s") + ": " + nameList(missing));
            }
        } catch (RuntimeException e) {
            for (int i = 0; i < locals.length; i++) {
                RefCount.xdecref(ts, locals[i]);
                locals[i] = null;
            }
            throw e;
        }
    }

    /**
     * The function's {@code __name__} or {@code __qualname__} ({@code which}) as it is now, an assigned one too: what a
     * generator or coroutine made from it is named (CPython's gi_name and gi_qualname come from the function object).
     */
    String nameNow(PyThread t, String which) {
        String fallback = which.equals("__name__") ? code.name : code.qualname;
        if (overrides == null) { // the usual case: no name assigned; no lookup on a generator's creation
            return fallback;
        }
        PyObject o = override(t.ts, t.interp.str(which));
        if (o == null) {
            return fallback;
        }
        try {
            return o instanceof dev.freethread.objects.PyStr ? ((dev.freethread.objects.PyStr) o).value() : fallback;
        } finally {
            RefCount.decref(t.ts, o);
        }
    }

    /** An assigned {@code __name__}, {@code __qualname__}, {@code __doc__} or {@code __module__} (new), or null. */
    PyObject override(ThreadState ts, dev.freethread.objects.PyStr name) {
        PyDict o = overrides;
        return o == null ? null : Ops.getOrNull(ts, o, name);
    }

    /** Assigns {@code __name__}, {@code __qualname__}, {@code __doc__} or {@code __module__} (v borrowed). */
    void setOverride(ThreadState ts, dev.freethread.objects.PyStr name, PyObject v) {
        PyDict o = overrides;
        if (o == null) {
            synchronized (this) { // a race makes one of two
                o = overrides;
                if (o == null) {
                    o = PyDict.create(ts);
                    overrides = o;
                }
            }
        }
        o.setItem(ts, name, v);
    }

    /** The function's {@code __dict__} (borrowed), made on first use. */
    PyDict dictForWrite(ThreadState ts) {
        PyDict d = dict;
        if (d == null) {
            synchronized (this) {
                d = dict;
                if (d == null) {
                    d = PyDict.create(ts);
                    dictHolder = d;
                    dict = d;
                }
            }
        }
        return d;
    }

    /** What {@code __dict__} answers (a new reference): the dict, made if needed, or the dict subclass's instance. */
    PyObject dictAttribute(ThreadState ts) {
        PyDict d = dictForWrite(ts);
        synchronized (this) { // holder and dict change together
            PyObject h = dictHolder;
            PyObject r = h != null ? h : d;
            RefCount.incref(ts, r);
            return r;
        }
    }

    /**
     * {@code f.__dict__ = v} (v a dict, or a dict subclass's instance whose dict part is {@code d}; a reference is
     * taken): the old one is dropped after a grace period, since another thread may have read the field for a lookup
     * and not finished it; two threads replacing at once each drop the one they replaced (the swap is under the
     * monitor). E36 in docs/refcount.md.
     */
    void replaceDict(ThreadState ts, PyObject v, PyDict d) {
        RefCount.incref(ts, v);
        PyObject old;
        synchronized (this) {
            old = dictHolder;
            dictHolder = v;
            dict = d;
        }
        if (old != null) {
            RefCount.decrefAfterGracePeriod(ts, old);
        }
    }

    /**
     * The name a call's TypeError gives the function: its {@code __qualname__}, as CPython's messages use it, an
     * assigned one (namedtuple's {@code Point.__new__}) included.
     */
    String displayName(ThreadState ts) {
        PyDict d = overrides;
        if (d != null) {
            PyObject q = d.get(ts, Interp.thread(ts).interp.str("__qualname__"));
            if (q != null) {
                try {
                    if (q instanceof dev.freethread.objects.PyStr) {
                        return ((dev.freethread.objects.PyStr) q).value();
                    }
                } finally {
                    RefCount.decref(ts, q);
                }
            }
        }
        return code.qualname;
    }

    private static String nameList(java.util.List<String> names) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                b.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            }
            b.append('\'').append(names.get(i)).append('\'');
        }
        return b.toString();
    }

    /**
     * CPython's too_many_positional: with keyword-only arguments given, "but 3 positional arguments (and 1
     * keyword-only argument) were given".
     */
    private RuntimeException tooMany(ThreadState ts, int given, int kwonlyGiven) {
        Code c = code;
        int min = c.argcount - defaults.length;
        String takes = min == c.argcount ? String.valueOf(c.argcount) : "from " + min + " to " + c.argcount;
        String kwonly = kwonlyGiven == 0 ? "" : " positional argument" + (given != 1 ? "s" : "") + " (and "
                + kwonlyGiven + " keyword-only argument" + (kwonlyGiven != 1 ? "s" : "") + ")";
        return new PyException("TypeError", displayName(ts) + "() takes " + takes + " positional argument"
                + (c.argcount == 1 && min == c.argcount ? "" : "s") + " but " + given + kwonly
                + (given == 1 && kwonlyGiven == 0 ? " was" : " were") + " given");
    }

    /**
     * A keyword that names no parameter, with no {@code **kwargs}: as CPython's, the positional-only names passed as
     * keywords (all of them, in the call's order) if there are any, else the unexpected keyword, with a suggestion
     * among the parameters a keyword may name.
     */
    private RuntimeException unexpectedKeyword(ThreadState ts, String name, String[] kwnames) {
        Code c = code;
        java.util.List<String> posonly = new java.util.ArrayList<>();
        for (String n : kwnames) {
            if (isPositionalOnly(c, n)) {
                posonly.add(n);
            }
        }
        if (!posonly.isEmpty()) {
            return new PyException("TypeError", displayName(ts) + "() got some positional-only arguments passed as"
                    + " keyword arguments: '" + String.join(", ", posonly) + "'");
        }
        java.util.List<String> possible = new java.util.ArrayList<>();
        for (int p = c.posonlycount; p < c.argcount + c.kwonlycount; p++) {
            possible.add(c.paramNames[p]);
        }
        String suggestion = Suggestions.closest(possible, name);
        return new PyException("TypeError", displayName(ts) + "() got an unexpected keyword argument '" + name + "'"
                + (suggestion == null ? "" : ". Did you mean '" + suggestion + "'?"));
    }

    /** Runs the body over bound locals (taken over: released when the call ends). */
    PyObject run(PyThread t, PyObject[] locals) {
        return run(t, locals, false);
    }

    /**
     * Runs the body over bound locals, taken over and released when the call ends, except slot 0 when
     * {@code lentSelf}: a reference the caller lends for the call ({@link Code#firstParamReadOnly}).
     */
    PyObject run(PyThread t, PyObject[] locals, boolean lentSelf) {
        Code c = code;
        ThreadState ts = t.ts;
        for (int s : c.cellSlots) {
            PyCell cell = new PyCell(ts);
            cell.value = locals[s];
            locals[s] = cell;
        }
        Frame f = new Frame(t, c, locals, globals, builtins, closure, this, null);
        f.line = c.firstLine;
        if (c.isCoroutine) { // async def: a coroutine (or, with a yield, an async generator), run when driven
            if (lentSelf) {
                RefCount.incref(ts, locals[0]); // the coroutine's frame outlives the call: it counts self
            }
            return new PyCoroutine(t, this, f, c.isGenerator);
        }
        if (c.isGenerator) {
            if (lentSelf) {
                RefCount.incref(ts, locals[0]); // the generator's frame outlives the call: it counts self
            }
            return new PyGenerator(t, this, f);
        }
        try {
            ts.poll(); // a call is an eval-breaker point, as a loop back-edge is (recursion without loops polls too)
            if (t.interp.interrupted) {
                t.interp.checkInterrupt(t);
            }
            ts.enterRecursiveCall("");
            if (ts.recursionDepth() > t.maxDepth) { // the Java stack's own limit: see PyThread.maxDepth
                ts.leaveRecursiveCall();
                throw Errors.raise(t, "RecursionError", "maximum recursion depth exceeded");
            }
        } catch (RuntimeException e) {
            release(ts, locals, lentSelf);
            throw e;
        }
        Frame caller = t.current;
        f.back = caller;
        t.current = f;
        try {
            c.body.exec(f);
            PyObject r = f.retval;
            return r != null ? r : PyNone.NONE;
        } catch (PyRaise r) {
            f.traceHere(r);
            throw r;
        } catch (PyException | StackOverflowError | dev.freethread.python.text.TextError e) {
            PyRaise r = Errors.fromJava(t, e);
            f.traceHere(r);
            throw r;
        } finally {
            t.current = caller;
            f.done = true;
            ts.leaveRecursiveCall();
            release(ts, locals, lentSelf);
        }
    }

    /**
     * Runs a coroutine's prepared frame to its end on {@code t}, as a call runs its body: the return value (a new
     * reference), or what the body raised (with this frame in its traceback). The coroutine drops the frame's
     * references itself.
     */
    PyObject runFrame(PyThread t, Frame f) {
        ThreadState ts = t.ts;
        ts.poll();
        if (t.interp.interrupted) {
            t.interp.checkInterrupt(t);
        }
        ts.enterRecursiveCall("");
        if (ts.recursionDepth() > t.maxDepth) {
            ts.leaveRecursiveCall();
            throw Errors.raise(t, "RecursionError", "maximum recursion depth exceeded");
        }
        Frame caller = t.current;
        f.back = caller;
        t.current = f;
        try {
            code.body.exec(f);
            PyObject r = f.retval;
            f.retval = null;
            return r != null ? r : PyNone.NONE;
        } catch (PyException | StackOverflowError | dev.freethread.python.text.TextError e) {
            throw Errors.fromJava(t, e);
        } finally {
            t.current = caller;
            ts.leaveRecursiveCall();
        }
    }

    private static void release(ThreadState ts, PyObject[] locals, boolean lentSelf) {
        for (int i = lentSelf ? 1 : 0; i < locals.length; i++) {
            PyObject o = locals[i];
            if (o != null) {
                locals[i] = null;
                RefCount.decref(ts, o);
            }
        }
    }

    @Override
    public void traverse(ReferenceVisitor v) {
        PyDict g = globals;
        if (g != null) {
            v.visit(g);
        }
        PyObject b = builtins;
        if (b != null) {
            v.visit(b);
        }
        PyObject[] d = defaults;
        if (d != null) {
            for (PyObject o : d) {
                v.visit(o);
            }
        }
        PyObject[] kd = kwDefaults;
        if (kd != null) {
            for (PyObject o : kd) {
                if (o != null) {
                    v.visit(o);
                }
            }
        }
        PyCell[] cl = closure;
        if (cl != null) {
            for (PyCell o : cl) {
                v.visit(o);
            }
        }
        PyClass dc = definingClass;
        if (dc != null) {
            v.visit(dc);
        }
        PyObject fd = dictHolder;
        if (fd != null) {
            v.visit(fd);
        }
        PyDict ov = overrides;
        if (ov != null) {
            v.visit(ov);
        }
        PyDict an = annotations;
        if (an != null) {
            v.visit(an);
        }
    }

    @Override
    public void clearReferences(ReferenceVisitor v) {
        PyObject[] d = defaults;
        PyObject[] kd = kwDefaults;
        PyCell[] cl = closure;
        PyClass dc = definingClass;
        PyObject fd = dictHolder;
        dictHolder = null;
        PyDict ov = overrides;
        overrides = null;
        if (ov != null) {
            v.visit(ov);
        }
        PyDict an = annotations;
        annotations = null;
        defaults = new PyObject[0];
        kwDefaults = new PyObject[0];
        closure = new PyCell[0];
        definingClass = null;
        dict = null;
        for (PyObject o : d) {
            v.visit(o);
        }
        for (PyObject o : kd) {
            if (o != null) {
                v.visit(o);
            }
        }
        for (PyCell o : cl) {
            v.visit(o);
        }
        if (dc != null) {
            v.visit(dc);
        }
        if (fd != null) {
            v.visit(fd);
        }
        if (an != null) {
            v.visit(an);
        }
        PyDict g = globals;
        globals = null;
        if (g != null) {
            v.visit(g);
        }
        PyObject b = builtins;
        builtins = null;
        if (b != null) {
            v.visit(b);
        }
    }

    /** {@code __builtins__}: the builtins its code sees (a new reference). */
    PyObject builtinsAttribute(PyThread t) {
        PyObject b = builtins;
        return RefCount.newRef(t.ts, b != null ? b : t.interp.builtins);
    }

    @Override
    public String repr() {
        return "<function " + code.qualname + " at 0x" + Long.toHexString(Ops.id(this)) + ">"; // as repr() prints it
    }
}
