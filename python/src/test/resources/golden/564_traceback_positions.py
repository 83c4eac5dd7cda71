# Where a traceback entry points (CPython 3.11+ positions) and the carets CPython 3.13 draws under it:
# the innermost expression that raised, a call in a caller's frame, the iterable of a for loop, an assert's
# test, unpacking targets; ~ under operands and ^ under the operator, a subscript's or a call's brackets;
# no carets under a whole line or the whole value of `return f(...)` / `x = f(...)`; a multi-line span
# shows its lines, a long one elided.
import traceback


class Obj:
    def meth(self, v):
        return 1 / v

    @property
    def boom(self):
        raise KeyError('p')


def gen():
    yield 1
    raise RuntimeError('in gen')


def show(fn):
    try:
        fn()
    except BaseException as e:
        for fs in traceback.extract_tb(e.__traceback__)[1:]:
            print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, repr(fs.line))
        text = ''.join(traceback.format_exception(e)[1:])
        print(text.replace(__file__, 'FILE'))


def binop():
    x = 1/0
def subscript_in_binop():
    a = [1]
    y = a[5] + 1
def method_assigned():
    o = Obj()
    x = o.meth(0)
def name_error():
    print(undefined_name)
def raise_stmt():
    raise ValueError("x")
def assert_stmt():
    x = 0
    assert x, "m"
def for_iterable():
    for i in gen():
        pass
def second_line():
    o = Obj()
    r = (o.meth(1) +
         o.meth(0))
def return_method():
    return Obj().meth(0)
def property_line():
    o = Obj()
    o.boom
def dict_key():
    d = {}
    v = d["k"]
def call_in_binop():
    v = int("x") + 1
def compare():
    v = [] < 3
def unary():
    v = -"s"
def unpack():
    a, b = [1]
def augassign():
    x = 1
    x += "a"
def import_stmt():
    import nonexistent_mod_q
def store_attribute():
    o = object()
    o.a.b = 5
def expression_stmt_call():
    Obj().meth(0)
def store_subscript():
    l = [1]; l[3] = 4
def attribute_chain():
    x = Obj().boom.foo
def genexpr():
    g = (i for i in gen())
    list(g)
def multiline_return():
    return max(
        1,
        "a")
def missing_method():
    o = Obj()
    r = o.missing(1)
def nested_argument():
    r = print(len(5), 2)
def long_call():
    r = Obj().meth(
        1,
    ) + Obj().meth(
        0
    ) + 1
def elided_lines():
    raise ValueError(
        "a"
        "b"
        "c"
        "d"
    )
def chained_compare():
    if 1 < 2 < "x":
        pass
def floor_division():
    n = 10 // (1 - 1)
def power():
    q = 2 ** "x"
def comprehension():
    r = [1 / x for x in [1, 0]]
def dict_comprehension():
    r = {k: 1 // k for k in range(2)}
def lambda_body():
    f = lambda v: v.nope
    f(1)
def with_body():
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            return False
    with CM():
        z = [][0]
def bool_test():
    class B:
        def __bool__(self):
            raise TypeError('no bool')
    if B():
        pass
def delete_item():
    d = {}
    del d['x']
def call_result_call():
    f = lambda: None
    f()()
def keyword_call():
    int(base=10, x="zz")


for c in [binop, subscript_in_binop, method_assigned, name_error, raise_stmt, assert_stmt, for_iterable,
          second_line, return_method, property_line, dict_key, call_in_binop, compare, unary, unpack, augassign,
          import_stmt, store_attribute, expression_stmt_call, store_subscript, attribute_chain, genexpr,
          multiline_return, missing_method, nested_argument, long_call, elided_lines, chained_compare,
          floor_division, power, comprehension, dict_comprehension, lambda_body, with_body, bool_test, delete_item,
          call_result_call, keyword_call]:
    print('==', c.__name__)
    show(c)
