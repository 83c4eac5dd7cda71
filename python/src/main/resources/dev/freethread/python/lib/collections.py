# SPDX-License-Identifier: Apache-2.0
# collections for ftpython: deque, defaultdict, Counter, OrderedDict and namedtuple, written in Python over the subset.
# ftpython cannot subclass dict or tuple, so defaultdict, Counter and OrderedDict wrap a dict and namedtuple's classes
# wrap a tuple: they behave as CPython's through their methods and operators, but isinstance(x, dict) and
# isinstance(p, tuple) are False (docs/python.md).

_MISSING = object()


class deque:
    """A list with a moving head: popleft and appendleft are amortised O(1)."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._items = []
        self._head = 0
        self._maxlen = maxlen
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _compact(self):
        if self._head:
            del self._items[:self._head]
            self._head = 0

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        for i in range(self._head, len(self._items)):
            yield self._items[i]

    def __reversed__(self):
        for i in range(len(self._items) - 1, self._head - 1, -1):
            yield self._items[i]

    def __contains__(self, x):
        for v in self:
            if v is x or v == x:
                return True
        return False

    def _index(self, i):
        n = len(self)
        if not isinstance(i, int):
            raise TypeError('sequence index must be integer, not %r' % type(i).__name__)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return self._head + i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, v):
        self._items[self._index(i)] = v

    def __delitem__(self, i):
        del self._items[self._index(i)]

    def append(self, x):
        self._items.append(x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        if self._head == 0:
            room = max(8, len(self._items))
            self._items[0:0] = [None] * room
            self._head = room
        self._head -= 1
        self._items[self._head] = x
        if self._maxlen is not None and len(self) > self._maxlen:
            self.pop()

    def pop(self):
        if not self:
            raise IndexError('pop from an empty deque')
        return self._items.pop()

    def popleft(self):
        if not self:
            raise IndexError('pop from an empty deque')
        x = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        if self._head > 32 and self._head * 2 > len(self._items):
            self._compact()
        elif self._head == len(self._items):
            self._items = []
            self._head = 0
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._items = []
        self._head = 0

    def copy(self):
        return deque(self, self._maxlen)

    def count(self, x):
        n = 0
        for v in self:
            if v is x or v == x:
                n += 1
        return n

    def index(self, x, start=0, stop=None):
        n = len(self)
        stop = n if stop is None else stop
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop += n
        for i in range(start, min(stop, n)):
            v = self._items[self._head + i]
            if v is x or v == x:
                return i
        raise ValueError('%r is not in deque' % (x,))

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._compact()
        self._items.insert(i, x)

    def remove(self, x):
        self._compact()
        for i in range(len(self._items)):
            v = self._items[i]
            if v is x or v == x:
                del self._items[i]
                return
        raise ValueError('%r is not in deque' % (x,))

    def reverse(self):
        self._compact()
        self._items.reverse()

    def rotate(self, n=1):
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n:
            self._compact()
            self._items[:] = self._items[-n:] + self._items[:-n]

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) >= list(other)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        d = deque(self, self._maxlen)
        d.extend(other)
        return d

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        d = deque((), self._maxlen)
        for _ in range(n):
            d.extend(self)
        return d

    def __repr__(self):
        if self._maxlen is None:
            return 'deque(%r)' % (list(self),)
        return 'deque(%r, maxlen=%d)' % (list(self), self._maxlen)


class _DictWrapper:
    """The mapping protocol over a wrapped dict (self._d), shared by defaultdict, Counter and OrderedDict."""

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)

    def __contains__(self, key):
        return key in self._d

    def __getitem__(self, key):
        if key in self._d:
            return self._d[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __bool__(self):
        return len(self._d) > 0

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def pop(self, key, default=_MISSING):
        if default is _MISSING:
            return self._d.pop(key)
        return self._d.pop(key, default)

    def popitem(self):
        return self._d.popitem()

    def setdefault(self, key, default=None):
        return self._d.setdefault(key, default)

    def update(self, other=(), **kwds):
        self._d.update(other, **kwds)

    def clear(self):
        self._d.clear()

    def __eq__(self, other):
        if isinstance(other, _DictWrapper):
            return self._d == other._d
        if isinstance(other, dict):
            return self._d == other
        return NotImplemented

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, (dict, _DictWrapper)):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class defaultdict(_DictWrapper):
    def __init__(self, default_factory=None, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        self._d = dict(*args, **kwds)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._d[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self._d)

    def __repr__(self):
        f = self.default_factory
        return 'defaultdict(%s, %r)' % ('None' if f is None else repr(f), self._d)


class OrderedDict(_DictWrapper):
    def __init__(self, other=(), **kwds):
        self._d = {}
        self.update(other, **kwds)

    def move_to_end(self, key, last=True):
        value = self._d.pop(key)
        if last:
            self._d[key] = value
        else:
            rest = list(self._d.items())
            self._d.clear()
            self._d[key] = value
            for k, v in rest:
                self._d[k] = v

    def popitem(self, last=True):
        if not self._d:
            raise KeyError('dictionary is empty')
        if last:
            return self._d.popitem()
        key = next(iter(self._d))
        return key, self._d.pop(key)

    def copy(self):
        return OrderedDict(self._d)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._d.items()) == list(other._d.items())
        return _DictWrapper.__eq__(self, other)

    def __reversed__(self):
        return reversed(list(self._d))

    def __repr__(self):
        if not self._d:
            return 'OrderedDict()'
        return 'OrderedDict(%r)' % (self._d,)


class Counter(_DictWrapper):
    def __init__(self, iterable=None, /, **kwds):
        self._d = {}
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self._d.values())

    def most_common(self, n=None):
        items = sorted(self._d.items(), key=_second, reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for k, c in self._d.items():
            for _ in range(c):
                yield k

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrapper)):
                for k, v in iterable.items():
                    self._d[k] = self._d.get(k, 0) + v
            else:
                for k in iterable:
                    self._d[k] = self._d.get(k, 0) + 1
        for k, v in kwds.items():
            self._d[k] = self._d.get(k, 0) + v

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrapper)):
                for k, v in iterable.items():
                    self._d[k] = self._d.get(k, 0) - v
            else:
                for k in iterable:
                    self._d[k] = self._d.get(k, 0) - 1
        for k, v in kwds.items():
            self._d[k] = self._d.get(k, 0) - v

    def copy(self):
        return Counter(self._d)

    def __delitem__(self, key):
        if key in self._d:
            del self._d[key]

    def _keep_positive(self):
        return Counter({k: v for k, v in self._d.items() if v > 0})

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self._d.items():
            s = v + other[k]
            if s > 0:
                result[k] = s
        for k, v in other._d.items():
            if k not in self._d and v > 0:
                result[k] = v
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self._d.items():
            s = v - other[k]
            if s > 0:
                result[k] = s
        for k, v in other._d.items():
            if k not in self._d and v < 0:
                result[k] = 0 - v
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self._d.items():
            m = max(v, other[k])
            if m > 0:
                result[k] = m
        for k, v in other._d.items():
            if k not in self._d and v > 0:
                result[k] = v
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self._d.items():
            m = min(v, other[k])
            if m > 0:
                result[k] = m
        return result

    def __pos__(self):
        return self._keep_positive()

    def __neg__(self):
        return Counter({k: 0 - v for k, v in self._d.items() if v < 0})

    def __eq__(self, other):
        if isinstance(other, Counter):
            return {k: v for k, v in self._d.items() if v} == {k: v for k, v in other._d.items() if v}
        return _DictWrapper.__eq__(self, other)

    def __repr__(self):
        if not self._d:
            return 'Counter()'
        return 'Counter({%s})' % ', '.join('%r: %r' % kv for kv in self.most_common())


def _second(kv):
    return kv[1]


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = tuple(str(f) for f in field_names)
    for name in (typename,) + fields:
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
    seen = set()
    for name in fields:
        if name.startswith('_'):
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)
    defaults = tuple(defaults) if defaults is not None else ()
    if len(defaults) > len(fields):
        raise TypeError('Got more default values than field names')
    field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))
    return _make_namedtuple(typename, fields, field_defaults)


def _make_namedtuple(typename, fields, field_defaults):
    n = len(fields)

    def __init__(self, *args, **kwds):
        if len(args) > n:
            raise TypeError('%s.__new__() takes %d positional arguments but %d were given' % (typename, n + 1,
                                                                                             len(args) + 1))
        values = list(args)
        for name in fields[len(args):]:
            if name in kwds:
                values.append(kwds.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing = [f for f in fields[len(values):] if f not in kwds and f not in field_defaults]
                raise TypeError("%s.__new__() missing %d required positional argument%s: %s" % (
                    typename, len(missing), '' if len(missing) == 1 else 's',
                    ' and '.join(repr(m) for m in missing) if len(missing) <= 2
                    else ', '.join(repr(m) for m in missing[:-1]) + ', and ' + repr(missing[-1])))
        for name in kwds:
            if name in fields:
                raise TypeError("%s() got multiple values for argument '%s'" % (typename, name))
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (typename, name))
        self._tuple = tuple(values)

    def __getitem__(self, i):
        return self._tuple[i]

    def __iter__(self):
        return iter(self._tuple)

    def __len__(self):
        return n

    def __contains__(self, x):
        return x in self._tuple

    def __hash__(self):
        return hash(self._tuple)

    def __eq__(self, other):
        return self._tuple == _as_tuple(other)

    def __ne__(self, other):
        return self._tuple != _as_tuple(other)

    def __lt__(self, other):
        return self._tuple < _as_tuple(other)

    def __le__(self, other):
        return self._tuple <= _as_tuple(other)

    def __gt__(self, other):
        return self._tuple > _as_tuple(other)

    def __ge__(self, other):
        return self._tuple >= _as_tuple(other)

    def __add__(self, other):
        return self._tuple + _as_tuple(other)

    def __repr__(self):
        return '%s(%s)' % (typename, ', '.join('%s=%r' % (f, v) for f, v in zip(fields, self._tuple)))

    def _asdict(self):
        return dict(zip(fields, self._tuple))

    def _replace(self, **kwds):
        values = [kwds.pop(f, v) for f, v in zip(fields, self._tuple)]
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return cls(*values)

    def count(self, x):
        return self._tuple.count(x)

    def index(self, x):
        return self._tuple.index(x)

    def _make(iterable):
        values = tuple(iterable)
        if len(values) != n:
            raise TypeError('Expected %d arguments, got %d' % (n, len(values)))
        return cls(*values)

    ns = {'__slots__': ('_tuple',), '_fields': fields, '_field_defaults': field_defaults,
          '__init__': __init__, '__getitem__': __getitem__, '__iter__': __iter__, '__len__': __len__,
          '__contains__': __contains__, '__hash__': __hash__, '__eq__': __eq__, '__ne__': __ne__, '__lt__': __lt__,
          '__le__': __le__, '__gt__': __gt__, '__ge__': __ge__, '__add__': __add__, '__repr__': __repr__,
          '_asdict': _asdict, '_replace': _replace, 'count': count, 'index': index,
          '_make': staticmethod(_make)}
    for i in range(n):
        ns[fields[i]] = property(_field_getter(i))
    cls = type(typename, (), ns)
    return cls


def _field_getter(i):
    def get(self):
        return self._tuple[i]
    return get


def _as_tuple(x):
    if isinstance(x, tuple):
        return x
    t = getattr(x, '_tuple', None)
    return t if isinstance(t, tuple) else NotImplemented
