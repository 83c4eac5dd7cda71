# SPDX-License-Identifier: Apache-2.0
# Evaluation order and scoping after CPython's test_grammar/test_scope: augmented assignment, finally, del.
from suite_case import T
calls = []
class Rec:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        calls.append(('get', k)); return self.d.get(k, 0)
    def __setitem__(self, k, v):
        calls.append(('set', k, v)); self.d[k] = v
def key():
    calls.append('key'); return 'k'
def obj():
    calls.append('obj'); return r
r = Rec()
def aug_sub():
    del calls[:]
    obj()[key()] += 5
    return calls[:]
T("augassign subscript order", aug_sub)
class A: pass
a = A(); a.x = 1
def aug_attr():
    a.x += 1
    return a.x
T("augassign attr", aug_attr)
def exit_raises():
    class C:
        def __enter__(self): return self
        def __exit__(self, *e): raise KeyError('exit')
    try:
        with C():
            raise ValueError('body')
    except KeyError as k:
        return type(k.__context__).__name__
T("exit raises", exit_raises)
def finally_break():
    for i in range(3):
        try:
            raise ValueError
        finally:
            break
    return i
T("finally break swallows", finally_break)
def finally_continue():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
        finally:
            out.append(i)
            continue
    return out
T("finally continue swallows", finally_continue)
def return_in_try_finally_order():
    log = []
    def f():
        try:
            log.append('try')
            return log.append('ret') or 'v'
        finally:
            log.append('fin')
    return f(), log
T("return evaluation order", return_in_try_finally_order)
def del_local():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return str(e)
T("del local", del_local)
def del_attr():
    o = A(); o.y = 1
    del o.y
    return hasattr(o, 'y')
T("del attr", del_attr)
def del_attr_missing():
    o = A()
    del o.zz
T("del attr missing", del_attr_missing)
def del_item_list():
    l = [1, 2, 3]
    del l[0], l[-1]
    return l
T("del multiple", del_item_list)
def chained_compare_once():
    log = []
    def v(x):
        log.append(x); return x
    return v(1) < v(2) < v(3), log
T("chained compare evaluates once", chained_compare_once)
def short_circuit():
    log = []
    def v(x):
        log.append(x); return x
    return (v(0) and v(1)), (v(2) or v(3)), log
T("short circuit", short_circuit)
def star_call_order():
    log = []
    def v(x):
        log.append(x); return x
    def f(*a, **k): return a, k
    return f(v(1), *[v(2)], k=v(3), **{'z': v(4)}), log
T("argument order", star_call_order)
def dict_literal_order():
    log = []
    def v(x):
        log.append(x); return x
    d = {v('k1'): v('v1'), v('k2'): v('v2')}
    return log
T("dict literal order", dict_literal_order)
def assign_order():
    log = []
    def v(x):
        log.append(x); return x
    d = {}
    d[v('k')] = v('val')
    return log
T("subscript assign order", assign_order)
def global_in_nested():
    def inner():
        global GG
        GG = 5
    inner()
    return GG
T("global in nested", global_in_nested)
def nonlocal_missing():
    exec_src = None
    return 'skip'
T("nonlocal ok", nonlocal_missing)
def closure_cell_update():
    x = 1
    def g(): return x
    x = 2
    return g()
T("closure sees update", closure_cell_update)
def class_scope():
    y = 10
    class C:
        z = y + 1
        w = [z * i for i in range(2)] if False else None
    return C.z
T("class scope sees enclosing", class_scope)
def class_comp_scope():
    class C:
        a = 5
        b = [a for _ in range(2)]
    return [type(x).__name__ for x in C.b]
T("class comprehension scope", class_comp_scope)
