# SPDX-License-Identifier: Apache-2.0
# operator for ftpython: the intrinsic operators as functions (with their __dunder__ aliases), length_hint, call,
# and the attrgetter, itemgetter and methodcaller objects. Written for ftpython in pure Python to behave as CPython
# 3.13's C _operator does (its messages, concat's sequence rules, index's checks, length_hint's errors, the getters'
# reprs, pickling and signatures, and their refusal to be subclassed); it differs in that the functions are Python
# functions, so a call with the wrong number of arguments gets ftpython's message rather than _operator's.
"""Operator interface.

This module exports a set of functions corresponding to the intrinsic operators of Python. For example,
operator.add(x, y) is equivalent to the expression x+y. The function names are those used for special methods;
variants without leading and trailing '__' are also provided for convenience.
"""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf', 'delitem', 'eq', 'floordiv',
           'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul', 'index',
           'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_', 'is_not', 'isub', 'itemgetter', 'itruediv',
           'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_',
           'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor']


# ---- comparisons and logic ----

def lt(a, b, /):
    "Same as a < b."
    return a < b


def le(a, b, /):
    "Same as a <= b."
    return a <= b


def eq(a, b, /):
    "Same as a == b."
    return a == b


def ne(a, b, /):
    "Same as a != b."
    return a != b


def ge(a, b, /):
    "Same as a >= b."
    return a >= b


def gt(a, b, /):
    "Same as a > b."
    return a > b


def not_(a, /):
    "Same as not a."
    return not a


def truth(a, /):
    "Return True if a is true, False otherwise."
    return True if a else False


def is_(a, b, /):
    "Same as a is b."
    return a is b


def is_not(a, b, /):
    "Same as a is not b."
    return a is not b


# ---- arithmetic and bitwise ----

def _absolute(builtin_abs):
    def abs(a, /):
        "Same as abs(a)."
        return builtin_abs(a)
    return abs


abs = _absolute(abs)  # the built-in abs kept in a closure, not as a global (vars(operator) is all operator's own)
abs.__qualname__ = 'abs'
del _absolute


def add(a, b, /):
    "Same as a + b."
    return a + b


def and_(a, b, /):
    "Same as a & b."
    return a & b


def floordiv(a, b, /):
    "Same as a // b."
    return a // b


def index(a, /):
    "Same as a.__index__()"
    if isinstance(a, int):
        return a if type(a) is int else int.__add__(a, 0)
    meth = getattr(type(a), '__index__', None)
    if meth is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(a).__name__)
    result = meth(a)
    if type(result) is int:
        return result
    if not isinstance(result, int):
        raise TypeError('__index__ returned non-int (type %s)' % type(result).__name__)
    import warnings
    warnings.warn('__index__ returned non-int (type %s).  The ability to return an instance of a strict subclass of '
                  'int is deprecated, and may be removed in a future version of Python.' % type(result).__name__,
                  DeprecationWarning, stacklevel=2)
    return int.__add__(result, 0)


def inv(a, /):
    "Same as ~a."
    return ~a


def invert(a, /):
    "Same as ~a."
    return ~a


def lshift(a, b, /):
    "Same as a << b."
    return a << b


def mod(a, b, /):
    "Same as a % b."
    return a % b


def mul(a, b, /):
    "Same as a * b."
    return a * b


def matmul(a, b, /):
    "Same as a @ b."
    return a @ b


def neg(a, /):
    "Same as -a."
    return -a


def or_(a, b, /):
    "Same as a | b."
    return a | b


def pos(a, /):
    "Same as +a."
    return +a


def pow(a, b, /):
    "Same as a ** b."
    return a ** b


def rshift(a, b, /):
    "Same as a >> b."
    return a >> b


def sub(a, b, /):
    "Same as a - b."
    return a - b


def truediv(a, b, /):
    "Same as a / b."
    return a / b


def xor(a, b, /):
    "Same as a ^ b."
    return a ^ b


# ---- sequences ----

def _concatenation():
    """concat and iconcat, with the helpers they share kept out of the module's namespace."""

    def is_sequence(o):
        """CPython's PySequence_Check: not a dict, and indexable."""
        return not isinstance(o, dict) and hasattr(type(o), '__getitem__')

    def native_concat(t, inplace):
        """The built-in (in-place) concatenation that type t inherits, if any: CPython calls it directly, before
        and instead of the + protocol. None when t has none."""
        for c in t.__mro__:
            if c in (str, bytes, tuple) and not inplace:
                return c.__add__
            if c in (list, bytearray):
                return c.__iadd__ if inplace else c.__add__
            if c.__module__ in ('collections', '_collections') and c.__name__ == 'deque' or \
                    c.__module__ == 'array' and c.__name__ == 'array':
                return c.__iadd__ if inplace else c.__add__
        if inplace:
            return native_concat(t, False)
        return None

    def add_protocol(a, b, inplace):
        """a + b (or a += b) as the + protocol computes it, but NotImplemented instead of a TypeError when
        neither operand supports it."""
        if inplace:
            meth = getattr(type(a), '__iadd__', None)
            if meth is not None:
                result = meth(a, b)
                if result is not NotImplemented:
                    return result
        ta, tb = type(a), type(b)
        add_a = getattr(ta, '__add__', None)
        radd_b = getattr(tb, '__radd__', None) if tb is not ta else None
        if radd_b is not None and issubclass(tb, ta) and radd_b is not getattr(ta, '__radd__', None):
            result = radd_b(b, a)
            if result is not NotImplemented:
                return result
            radd_b = None
        if add_a is not None:
            result = add_a(a, b)
            if result is not NotImplemented:
                return result
        if radd_b is not None:
            return radd_b(b, a)
        return NotImplemented

    def concatenate(a, b, inplace):
        native = native_concat(type(a), inplace)
        if native is not None:
            return getattr(type(a), native.__name__)(a, b)  # an override in a subclass, else the built-in
        if is_sequence(a) and is_sequence(b):
            result = add_protocol(a, b, inplace)
            if result is not NotImplemented:
                return result
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)

    def concat(a, b, /):
        "Same as a + b, for a and b sequences."
        return concatenate(a, b, False)

    def iconcat(a, b, /):
        "Same as a += b, for a and b sequences."
        return concatenate(a, b, True)

    concat.__qualname__ = 'concat'
    iconcat.__qualname__ = 'iconcat'
    return concat, iconcat


concat, iconcat = _concatenation()
del _concatenation


def contains(a, b, /):
    "Same as b in a (note reversed operands)."
    return b in a


def countOf(a, b, /):
    "Return the number of items in a which are, or which equal, b."
    try:
        it = iter(a)
    except TypeError:
        raise TypeError("argument of type '%s' is not iterable" % type(a).__name__) from None
    n = 0
    for x in it:
        if x is b or x == b:
            n += 1
    return n


def indexOf(a, b, /):
    "Return the first index of b in a."
    try:
        it = iter(a)
    except TypeError:
        raise TypeError("argument of type '%s' is not iterable" % type(a).__name__) from None
    i = 0
    for x in it:
        if x is b or x == b:
            return i
        i += 1
    raise ValueError('sequence.index(x): x not in sequence')


def getitem(a, b, /):
    "Same as a[b]."
    return a[b]


def setitem(a, b, c, /):
    "Same as a[b] = c."
    a[b] = c


def delitem(a, b, /):
    "Same as del a[b]."
    del a[b]


def length_hint(obj, default=0, /):
    """Return an estimate of the number of items in obj.

    This is useful for presizing containers when building from an iterable.

    If the object supports len(), the result will be exact. Otherwise, it may over- or under-estimate by an arbitrary
    amount. The result will be an integer >= 0.
    """
    default = index(default)
    if not -2 ** 63 <= default < 2 ** 63:  # as C's Py_ssize_t
        raise OverflowError('Python int too large to convert to C ssize_t')
    if hasattr(type(obj), '__len__'):
        try:
            return len(obj)
        except TypeError:
            pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    try:
        val = hint(obj)
    except TypeError:
        return default
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError('__length_hint__ must be an integer, not %s' % type(val).__name__)
    if val >= 2 ** 63:
        raise OverflowError('Python int too large to convert to C ssize_t')
    if val < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return val if type(val) is int else int.__add__(val, 0)


def call(obj, /, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    return obj(*args, **kwargs)


# ---- in-place operations ----

def iadd(a, b, /):
    "Same as a += b."
    a += b
    return a


def iand(a, b, /):
    "Same as a &= b."
    a &= b
    return a


def ifloordiv(a, b, /):
    "Same as a //= b."
    a //= b
    return a


def ilshift(a, b, /):
    "Same as a <<= b."
    a <<= b
    return a


def imod(a, b, /):
    "Same as a %= b."
    a %= b
    return a


def imul(a, b, /):
    "Same as a *= b."
    a *= b
    return a


def imatmul(a, b, /):
    "Same as a @= b."
    a @= b
    return a


def ior(a, b, /):
    "Same as a |= b."
    a |= b
    return a


def ipow(a, b, /):
    "Same as a **= b."
    a **= b
    return a


def irshift(a, b, /):
    "Same as a >>= b."
    a >>= b
    return a


def isub(a, b, /):
    "Same as a -= b."
    a -= b
    return a


def itruediv(a, b, /):
    "Same as a /= b."
    a /= b
    return a


def ixor(a, b, /):
    "Same as a ^= b."
    a ^= b
    return a


# ---- attrgetter, itemgetter, methodcaller ----

class _Signature:
    """__signature__ for the getter classes: the constructor's signature on the class, the call's on an instance
    (their __init__ and __call__ take *args so that their argument errors read as CPython's)."""

    def __init__(self, on_class, on_instance):
        self.specs = on_class, on_instance

    def __get__(self, instance, owner=None):
        import inspect
        P = inspect.Parameter
        kinds = {'/': P.POSITIONAL_ONLY, '*': P.VAR_POSITIONAL, '**': P.VAR_KEYWORD}
        spec = self.specs[0 if instance is None else 1]
        return inspect.Signature([P(name, kinds[kind]) for kind, name in spec])


class _Getter:
    """What the three getter classes share: no subclasses, as CPython's C types allow none."""

    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        if cls.__name__ not in ('attrgetter', 'itemgetter', 'methodcaller') or cls.__module__ != __name__:
            raise TypeError("type 'operator.%s' is not an acceptable base type" % cls.__mro__[1].__name__)
        super().__init_subclass__(**kwargs)

    def _check_call(self, args, kwargs):
        name = type(self).__name__
        if kwargs:
            raise TypeError('%s() takes no keyword arguments' % name)
        if len(args) != 1:
            raise TypeError('%s expected 1 argument, got %d' % (name, len(args)))
        return args[0]


class attrgetter(_Getter):
    """Return a callable object that fetches the given attribute(s) from its operand.
    After f = attrgetter('name'), the call f(r) returns r.name.
    After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).
    After h = attrgetter('name.first', 'name.last'), the call h(r) returns
    (r.name.first, r.name.last)."""

    __slots__ = ('_attrs', '_paths')
    __signature__ = _Signature((('/', 'attr'), ('*', 'attrs')), (('/', 'obj'),))

    def __init__(self, /, *attrs, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError('attribute name must be a string')
        self._attrs = attrs
        self._paths = tuple(attr.split('.') for attr in attrs)

    def __call__(self, /, *args, **kwargs):
        obj = self._check_call(args, kwargs)
        values = []
        for path in self._paths:
            value = obj
            for name in path:
                value = getattr(value, name)
            values.append(value)
        return values[0] if len(values) == 1 else tuple(values)

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))

    def __reduce__(self):
        return type(self), self._attrs


class itemgetter(_Getter):
    """Return a callable object that fetches the given item(s) from its operand.
    After f = itemgetter(2), the call f(r) returns r[2].
    After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])"""

    __slots__ = ('_items',)
    __signature__ = _Signature((('/', 'item'), ('*', 'items')), (('/', 'obj'),))

    def __init__(self, /, *items, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items

    def __call__(self, /, *args, **kwargs):
        obj = self._check_call(args, kwargs)
        items = self._items
        if len(items) == 1:
            return obj[items[0]]
        return tuple([obj[i] for i in items])

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))

    def __reduce__(self):
        return type(self), self._items


class methodcaller(_Getter):
    """Return a callable object that calls the given method on its operand.
    After f = methodcaller('name'), the call f(r) returns r.name().
    After g = methodcaller('name', 'date', foo=1), the call g(r) returns
    r.name('date', foo=1)."""

    __slots__ = ('_name', '_args', '_kwargs')
    __signature__ = _Signature((('/', 'name'), ('*', 'args'), ('**', 'kwargs')), (('/', 'obj'),))

    def __init__(self, /, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, the method name')
        if not isinstance(args[0], str):
            raise TypeError('method name must be a string')
        self._name = args[0]
        self._args = args[1:]
        self._kwargs = kwargs

    def __call__(self, /, *args, **kwargs):
        obj = self._check_call(args, kwargs)
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend('%s=%r' % (k, v) for k, v in self._kwargs.items())
        return 'operator.methodcaller(%s)' % ', '.join(parts)

    def __reduce__(self):
        if not self._kwargs:
            return type(self), (self._name,) + self._args
        from functools import partial
        return partial(type(self), self._name, **self._kwargs), self._args


del _Getter, _Signature

# The dunder aliases (operator.__add__ is operator.add, ...).
for _name in ('lt', 'le', 'eq', 'ne', 'ge', 'gt', 'not_', 'abs', 'add', 'and_', 'call', 'floordiv', 'index', 'inv',
              'invert', 'lshift', 'mod', 'mul', 'matmul', 'neg', 'or_', 'pos', 'pow', 'rshift', 'sub', 'truediv', 'xor',
              'concat', 'contains', 'delitem', 'getitem', 'setitem', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift',
              'imod', 'imul', 'imatmul', 'ior', 'ipow', 'irshift', 'isub', 'itruediv', 'ixor'):
    globals()['__' + _name.rstrip('_') + '__'] = globals()[_name]
del _name
