# SPDX-License-Identifier: Apache-2.0
# itertools for ftpython, written over its generators. Each function answers what CPython's does, as a generator
# (type 'generator', not itertools' own types, and without their reprs, pickling or __length_hint__); count is an
# object with CPython's repr. Threads may share any of them, as CPython's: each generator is made serial
# (_itertools.serial, PyGenerator's [GEN5]), so a second thread calling next() waits for the first instead of getting
# "generator already executing", and each item goes to one thread; only re-entry from the running thread raises.
# tee keeps its own lock and CPython's "cannot re-enter the tee iterator".

from _thread import allocate_lock as _allocate_lock
from _itertools import serial as _serial

_MISSING = object()


def _check_int(value, what):
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return value


class count:
    """count(start=0, step=1): start, start + step, ... An object, not a generator, so that threads sharing one
    (next(ids) for unique ids) each get a value of their own: the step is taken under the object's lock (for int and
    float values, whose addition runs no user code; other numbers add outside it, as CPython's do without the GIL)."""

    __slots__ = ('_n', '_step', '_lock')

    def __new__(cls, start=0, step=1):
        for v in (start, step):  # CPython's PyNumber_Check: Decimal and Fraction count too
            if not isinstance(v, (int, float, complex)) and not any(
                    hasattr(type(v), m) for m in ('__index__', '__int__', '__float__')):
                raise TypeError('a number is required')
        self = object.__new__(cls)
        self._n = start
        self._step = step
        self._lock = _allocate_lock()
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if type(self._step) in (int, float) and type(self._n) in (int, float):
            with self._lock:
                n = self._n
                self._n = n + self._step
            return n
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


def cycle(iterable):
    return _serial(_cycle(iter(iterable)))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""

    # An object, as CPython's: its count left is a range iterator's (a step is atomic, so threads sharing one never
    # hand out more than `times` items), which also gives __length_hint__ and the repr their figure.
    __slots__ = ('_object', '_left')

    def __new__(cls, object, times=None):
        self = super().__new__(cls)
        self._object = object
        if times is None:
            self._left = None
        else:
            _check_int(times, 'times')
            self._left = iter(range(max(times, 0)))
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is not None:
            next(self._left)
        return self._object

    def __length_hint__(self):
        if self._left is None:
            raise TypeError('len() of unsized object')
        return self._left.__length_hint__()

    def __repr__(self):
        if self._left is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._left.__length_hint__())

    def __reduce__(self):
        if self._left is None:
            return (type(self), (self._object,))
        return (type(self), (self._object, self._left.__length_hint__()))


def accumulate(iterable, func=None, *, initial=None):
    return _serial(_accumulate(iter(iterable), func, initial))


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        total = next(it, _MISSING)
        if total is _MISSING:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


def chain(*iterables):
    return _serial(_chain(iterables))


def _chain(iterables):
    for it in iterables:
        yield from it


def _from_iterable(iterable):
    return _serial(_chain_from(iter(iterable)))


def _chain_from(iterables):
    for it in iterables:
        yield from it


# (chain.from_iterable: set below, once chain is a class)


def compress(data, selectors):
    return _serial(_compress(iter(data), iter(selectors)))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    return _serial(_dropwhile(predicate, iter(iterable)))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def takewhile(predicate, iterable):
    return _serial(_takewhile(predicate, iter(iterable)))


def _takewhile(predicate, it):
    for x in it:
        if not predicate(x):
            return
        yield x


def filterfalse(predicate, iterable):
    return _serial(_filterfalse(predicate, iter(iterable)))


def _filterfalse(predicate, it):
    for x in it:
        if not (bool(x) if predicate is None else predicate(x)):
            yield x


def starmap(function, iterable):
    return _serial(_starmap(function, iter(iterable)))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def islice(iterable, *args):
    if len(args) == 1:
        start, stop, step = None, args[0], None
    elif len(args) in (2, 3):
        start, stop = args[0], args[1]
        step = args[2] if len(args) == 3 else None
    else:
        raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1)) if args \
            else TypeError('islice expected at least 2 arguments, got 1')
    if stop is not None and (not isinstance(stop, int) or stop < 0):
        raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    if start is None:
        start = 0
    if not isinstance(start, int) or start < 0:
        raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    if step is None:
        step = 1
    if not isinstance(step, int) or step < 1:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _serial(_islice(iter(iterable), start, stop, step))


def _islice(it, start, stop, step):
    # CPython's order: skip to the next index, then stop at `stop` having consumed up to it and no further
    nexti = start
    i = 0
    while True:
        while i < nexti:
            if next(it, _MISSING) is _MISSING:
                return
            i += 1
        if stop is not None and i >= stop:
            return
        x = next(it, _MISSING)
        if x is _MISSING:
            return
        i += 1
        yield x
        nexti += step
        if stop is not None and nexti > stop:
            nexti = stop


def pairwise(iterable):
    return _serial(_pairwise(iter(iterable)))


def _pairwise(it):
    a = next(it, _MISSING)
    if a is _MISSING:
        return
    for b in it:
        yield a, b
        a = b


def batched(iterable, n, *, strict=False):
    _check_int(n, 'n')
    if n < 1:
        raise ValueError('n must be at least one')
    return _serial(_batched(iter(iterable), n, strict))


def _batched(it, n, strict):
    while True:
        batch = []
        for x in it:
            batch.append(x)
            if len(batch) == n:
                break
        if not batch:
            return
        if strict and len(batch) != n:
            raise ValueError('batched(): incomplete batch')
        yield tuple(batch)


def zip_longest(*iterables, fillvalue=None):
    return _serial(_zip_longest([iter(it) for it in iterables], fillvalue))


def _zip_longest(its, fillvalue):
    if not its:
        return
    active = len(its)
    while True:
        row = []
        for k in range(len(its)):
            it = its[k]
            v = _MISSING if it is None else next(it, _MISSING)
            if v is _MISSING:
                if it is not None:
                    its[k] = None
                    active -= 1
                    if active == 0:
                        return
                v = fillvalue
            row.append(v)
        yield tuple(row)


def tee(iterable, n=2):
    _check_int(n, 'n')
    if n < 0:
        raise ValueError('n must be >= 0')
    shared = _TeeShared(iter(iterable), n)
    return tuple(_serial(_tee(shared, shared.buffers[k])) for k in range(n))


class _TeeShared:
    """What a tee's iterators share: the source, a buffer each, and whether one of them is advancing the source."""

    __slots__ = ('it', 'buffers', 'running', 'lock')

    def __init__(self, it, n):
        self.it = it
        self.buffers = [[] for _ in range(n)]
        self.running = False
        self.lock = _allocate_lock()


def _tee(shared, mine):
    while True:
        if not mine:
            # CPython's: a second advance of the source while one runs (another thread, or the source's own
            # __next__ reaching a tee iterator) is refused, never a wait on the first
            with shared.lock:
                if shared.running:
                    raise RuntimeError('cannot re-enter the tee iterator')
                shared.running = True
            try:
                x = next(shared.it, _MISSING)
                if x is _MISSING:
                    return
                for b in shared.buffers:
                    b.append(x)
            finally:
                shared.running = False
        yield mine.pop(0)


def groupby(iterable, key=None):
    return _serial(_groupby(iter(iterable), key))


class _GroupState:
    def __init__(self, it, key):
        self.it = it
        self.key = key
        self.current = _MISSING
        self.current_key = _MISSING
        self.group = 0

    def advance(self):
        x = next(self.it, _MISSING)
        if x is _MISSING:
            self.current = _MISSING
            return False
        self.current = x
        self.current_key = x if self.key is None else self.key(x)
        return True


def _groupby(it, key):
    st = _GroupState(it, key)
    if not st.advance():
        return
    while st.current is not _MISSING:
        k = st.current_key
        st.group += 1
        yield k, _serial(_group(st, k, st.group))
        # skip what the consumer left of this group
        while st.current is not _MISSING and st.current_key == k:
            if not st.advance():
                return


def _group(st, k, number):
    while st.group == number and st.current is not _MISSING and st.current_key == k:
        x = st.current
        st.advance()
        yield x


def product(*iterables, repeat=1):
    _check_int(repeat, 'repeat')
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(p) for p in iterables] * repeat
    return _serial(_product(pools))


def _product(pools):
    result = [()]
    for pool in pools:
        result = [r + (x,) for r in result for x in pool]
    for r in result:
        yield r


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else _check_int(r, 'r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return _serial(_permutations(pool, n, r))


def _permutations(pool, n, r):
    if r > n:
        return
    for idx in _perm_indices(n, r, []):
        yield tuple(pool[i] for i in idx)


def _perm_indices(n, r, prefix):
    if len(prefix) == r:
        yield list(prefix)
        return
    for i in range(n):
        if i not in prefix:
            prefix.append(i)
            yield from _perm_indices(n, r, prefix)
            prefix.pop()


def combinations(iterable, r):
    pool = tuple(iterable)
    _check_int(r, 'r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return _serial(_combinations(pool, r, False))


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    _check_int(r, 'r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return _serial(_combinations(pool, r, True))


def _combinations(pool, r, replace):
    n = len(pool)
    if not replace and r > n or replace and n == 0 and r > 0:
        return
    for idx in _comb_indices(n, r, 0, [], replace):
        yield tuple(pool[i] for i in idx)


def _comb_indices(n, r, start, prefix, replace):
    if len(prefix) == r:
        yield list(prefix)
        return
    for i in range(start, n):
        prefix.append(i)
        yield from _comb_indices(n, r, i if replace else i + 1, prefix, replace)
        prefix.pop()


class _Subclassed:
    """The instances of a class derived from one of the iterators below: each steps the iterator the base makes."""

    __slots__ = ('_it',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


# the iterators whose constructors take keywords (their parameters'): an unknown one is refused even when a
# subclass defines __init__, as CPython's argument parsing does
_TAKE_KEYWORDS = {'accumulate', 'batched', 'combinations', 'combinations_with_replacement', 'permutations', 'product',
                  'zip_longest', 'groupby', 'compress'}


def _as_class(make):
    """The iterator function `make` as a class, as CPython's itertools are types: `class C(chain)` works (an instance
    of C steps what chain(...) makes, and takes keywords only when C defines __init__ or __new__ to use them).
    chain(...) itself still answers the serialized generator, so the common case pays no extra step per item;
    that generator is no instance of the class (a divergence, docs/python.md)."""

    def __new__(cls, *args, **kwargs):
        if cls is base:
            return make(*args, **kwargs)
        if kwargs and make.__name__ not in _TAKE_KEYWORDS and cls.__init__ is not object.__init__:
            kwargs = {}  # a subclass's own __init__ takes them, as CPython's keyword check allows
        self = object.__new__(cls)
        self._it = make(*args, **kwargs)
        return self

    base = type(make.__name__, (_Subclassed,), {'__new__': __new__, '__doc__': make.__doc__,
                                               '__module__': 'itertools', '__slots__': ()})
    return base


for _name in ('cycle', 'accumulate', 'chain', 'compress', 'dropwhile', 'takewhile', 'filterfalse', 'starmap', 'islice',
              'pairwise', 'batched', 'zip_longest', 'groupby', 'product', 'permutations', 'combinations',
              'combinations_with_replacement'):
    globals()[_name] = _as_class(globals()[_name])
del _name


def _chain_from_iterable(cls, iterable):
    """chain.from_iterable(iterable): the iterables' items one after another."""
    if cls is chain:
        return _from_iterable(iterable)
    self = object.__new__(cls)
    self._it = _from_iterable(iterable)
    return self


chain.from_iterable = classmethod(_chain_from_iterable)
