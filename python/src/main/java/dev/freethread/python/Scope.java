// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's scoping rules, applied once the whole module is parsed (CPython's symtable): which names are local to a
 * function (assigned anywhere in it and not declared global or nonlocal), which locals are captured by inner
 * functions (cells), which are free (closure), and the rest global. Class bodies keep their names in the class
 * namespace and are skipped when an inner function looks for an enclosing variable.
 */
final class Scope {
    enum Kind { MODULE, FUNCTION, CLASS }

    final Kind kind;
    /** The enclosing scope; a comprehension adopts the scopes made inside its element after the fact. */
    Scope parent;
    final Code code;
    final Set<String> params = new LinkedHashSet<>();
    final Set<String> assigned = new LinkedHashSet<>();
    final Set<String> globals = new LinkedHashSet<>();
    final Set<String> nonlocals = new LinkedHashSet<>();
    /** Names given a simple annotation ({@code x: T}), which may not then be declared global or nonlocal. */
    final Set<String> annotated = new LinkedHashSet<>();
    final List<Exprs.Name> names = new ArrayList<>();
    /**
     * The names and attribute names this scope's code uses, in source order (an {@link Exprs.Name} or an attribute's
     * String): what {@code co_names} lists once the names are resolved (global and class-body names, attributes).
     */
    final List<Object> nameUses = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    /** The node that makes each child's function or class: a MakeFunction or a ClassDef. */
    final Map<Scope, Object> makers = new HashMap<>();
    final List<Exprs.SuperExpr> supers = new ArrayList<>();
    /** A class body's {@code __static_attributes__}, sorted (Parser.recordStaticAttribute). */
    final java.util.SortedSet<String> staticAttributes = new java.util.TreeSet<>();
    /** Yield expressions parsed in the statement being parsed, not yet lowered (Parser.lowerYields). */
    int pendingYields;
    /** How many temporaries the yield lowering has made in this function ({@code $y0}, {@code $y1}, ...). */
    int temps;
    /** The first {@code return} with a value in this function, or null (an async generator may have none). */
    Token returnWithValue;

    private final Set<String> locals = new LinkedHashSet<>();
    private final Set<String> cells = new LinkedHashSet<>();
    private final List<String> frees = new ArrayList<>();
    private final Map<String, Integer> slots = new HashMap<>();

    Scope(Kind kind, Scope parent, Code code) {
        this.kind = kind;
        this.parent = parent;
        this.code = code;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    /** Resolves the whole tree under this (module) scope. */
    void resolve(Lexer lexer) {
        computeLocals();
        bindFrees(lexer);
        layout();
    }

    private void computeLocals() {
        if (kind == Kind.FUNCTION) {
            locals.addAll(params);
            for (String n : assigned) {
                if (!globals.contains(n) && !nonlocals.contains(n)) {
                    locals.add(n);
                }
            }
        } else if (kind == Kind.CLASS) {
            for (String n : assigned) {
                if (!globals.contains(n) && !nonlocals.contains(n)) {
                    locals.add(n);
                }
            }
        }
        for (Scope c : children) {
            c.computeLocals();
        }
    }

    private void bindFrees(Lexer lexer) {
        for (String n : nonlocals) {
            if (kind == Kind.MODULE || !capture(n)) { // a class body may say nonlocal too (its function's cell)
                throw lexer.error("no binding for nonlocal '" + n + "' found", code == null ? 1 : code.firstLine, 1);
            }
        }
        for (Exprs.Name name : names) {
            String id = name.id;
            if (kind == Kind.MODULE || globals.contains(id)) {
                name.kind = Exprs.Name.GLOBAL;
            } else if (kind == Kind.FUNCTION) {
                if (locals.contains(id)) {
                    name.kind = Exprs.Name.LOCAL;
                } else if (capture(id)) {
                    name.kind = Exprs.Name.FREE;
                } else {
                    name.kind = Exprs.Name.GLOBAL;
                }
            } else { // class body
                if (nonlocals.contains(id) && capture(id)) {
                    name.kind = Exprs.Name.FREE; // loaded and stored in the enclosing function's cell
                } else if (locals.contains(id)) {
                    name.kind = Exprs.Name.NAME;
                } else if (capture(id)) {
                    name.kind = Exprs.Name.CLASSFREE;
                } else {
                    name.kind = Exprs.Name.NAME;
                }
            }
        }
        if (code != null) { // co_names: globals and class-body names, then attributes, each once, in source order
            java.util.LinkedHashSet<String> coNames = new java.util.LinkedHashSet<>();
            for (Object use : nameUses) {
                if (use instanceof String) {
                    coNames.add((String) use);
                } else {
                    Exprs.Name n = (Exprs.Name) use;
                    if (n.kind == Exprs.Name.GLOBAL || n.kind == Exprs.Name.NAME) {
                        coNames.add(n.id);
                    }
                }
            }
            code.names = coNames.toArray(new String[0]);
        }
        for (Scope c : children) {
            c.bindFrees(lexer);
        }
    }

    /** Finds {@code id} as a local of an enclosing function: marks it a cell there and free on the way; true if found. */
    private boolean capture(String id) {
        if (frees.contains(id)) {
            return true;
        }
        List<Scope> path = new ArrayList<>();
        for (Scope s = parent; s != null && s.kind != Kind.MODULE; s = s.parent) {
            if (s.kind == Kind.FUNCTION && s.locals.contains(id)) {
                s.cells.add(id);
                frees.add(id);
                for (Scope p : path) {
                    if (!p.frees.contains(id)) {
                        p.frees.add(id);
                    }
                }
                return true;
            }
            if (s.kind == Kind.FUNCTION && s.frees.contains(id)) {
                frees.add(id);
                for (Scope p : path) {
                    if (!p.frees.contains(id)) {
                        p.frees.add(id);
                    }
                }
                return true;
            }
            if (s.kind != Kind.CLASS && s.globals.contains(id)) {
                return false; // a class body's declarations are invisible to the functions inside it, as its names
            }
            path.add(s);
        }
        return false;
    }

    private void layout() {
        // CPython's order: co_freevars (and so __closure__) sorted by name; co_cellvars the captured parameters in
        // their order, then the other captured locals sorted by name
        java.util.Collections.sort(frees);
        if (kind == Kind.FUNCTION) {
            List<String> order = new ArrayList<>(locals);
            for (int i = 0; i < order.size(); i++) {
                slots.put(order.get(i), i);
            }
            code.localNames = order.toArray(new String[0]);
            List<String> cellOrder = new ArrayList<>();
            for (String p : code.paramNames) {
                if (cells.contains(p) && !cellOrder.contains(p)) {
                    cellOrder.add(p);
                }
            }
            List<String> rest = new ArrayList<>();
            for (String c : cells) {
                if (!cellOrder.contains(c)) {
                    rest.add(c);
                }
            }
            java.util.Collections.sort(rest);
            cellOrder.addAll(rest);
            int[] cs = new int[cellOrder.size()];
            int k = 0;
            for (String c : cellOrder) {
                cs[k++] = slots.get(c);
            }
            code.cellSlots = cs;
            if (code.paramNames.length > 0 && code.argcount > 0) {
                String first = code.paramNames[0];
                code.firstParamReadOnly = !assigned.contains(first) && !cells.contains(first)
                        && !globals.contains(first) && !nonlocals.contains(first);
            }
        } else if (code != null) {
            code.localNames = new String[0];
            code.cellSlots = new int[0];
        }
        if (code != null) {
            code.freeNames = frees.toArray(new String[0]);
        }
        for (Exprs.Name name : names) {
            switch (name.kind) {
                case Exprs.Name.LOCAL:
                    name.slot = slots.get(name.id);
                    if (cells.contains(name.id)) {
                        name.kind = Exprs.Name.CELL;
                    }
                    break;
                case Exprs.Name.FREE:
                case Exprs.Name.CLASSFREE:
                    name.slot = frees.indexOf(name.id);
                    break;
                default:
            }
        }
        for (Exprs.SuperExpr s : supers) {
            s.selfSlot = 0;
            s.selfIsCell = code != null && code.paramNames.length > 0 && cells.contains(code.paramNames[0]);
        }
        for (Scope c : children) {
            c.layout();
            int[] sources = new int[c.frees.size()];
            for (int i = 0; i < sources.length; i++) {
                String n = c.frees.get(i);
                sources[i] = cells.contains(n) && slots.containsKey(n) ? slots.get(n) : -(frees.indexOf(n) + 1);
            }
            Object maker = makers.get(c);
            if (maker instanceof Exprs.MakeFunction) {
                ((Exprs.MakeFunction) maker).cellSources = sources;
            } else if (maker instanceof Stmts.ClassDef) {
                ((Stmts.ClassDef) maker).cellSources = sources;
            }
        }
    }
}
