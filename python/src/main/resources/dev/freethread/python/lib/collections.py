# SPDX-License-Identifier: Apache-2.0
# collections for ftpython: deque, defaultdict, Counter, OrderedDict and namedtuple, written in Python over the subset.
# ftpython cannot subclass dict or tuple, so defaultdict, Counter and OrderedDict wrap a dict and namedtuple's classes
# wrap a tuple: they behave as CPython's through their methods and operators, but isinstance(x, dict) and
# isinstance(p, tuple) are False (docs/python.md).



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


def _dict_or(left, right, make, reflected=False):
    """left | right for the dict subclasses here: a copy of left (made by make) updated with right; NotImplemented
    when the other operand is not a dict."""
    if not isinstance(left if reflected else right, dict):
        return NotImplemented
    new = make()
    new.update(right)
    return new


class defaultdict(dict):
    """A dict subclass, as CPython's: a missing key gets default_factory() (stored), or raises KeyError."""

    def __init__(self, default_factory=None, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwds)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self)

    __copy__ = copy

    def __repr__(self):
        f = self.default_factory
        return '%s(%s, %s)' % (type(self).__name__, 'None' if f is None else repr(f), dict.__repr__(self))

    def __or__(self, other):
        return _dict_or(self, other, self.copy)

    def __ror__(self, other):
        return _dict_or(other, self, lambda: defaultdict(self.default_factory, other), reflected=True)


class OrderedDict(dict):
    """A dict subclass, as CPython's: dicts keep insertion order, so this adds move_to_end, popitem(last) and an
    order-sensitive comparison between OrderedDicts."""

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        return key, dict.pop(self, key)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    def __reversed__(self):
        return reversed(list(self))

    def __repr__(self):
        if not self:
            return '%s()' % (type(self).__name__,)
        return '%s(%s)' % (type(self).__name__, dict.__repr__(self))

    def __or__(self, other):
        return _dict_or(self, other, self.copy)

    def __ror__(self, other):
        return _dict_or(other, self, lambda: type(self)(other), reflected=True)


class Counter(dict):
    """A dict subclass, as CPython's: counts of hashable items; a missing key counts 0."""

    def __init__(self, iterable=None, /, **kwds):
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_second, reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for k, c in self.items():
            for _ in range(c):
                yield k

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for k, v in iterable.items():
                    self[k] = self.get(k, 0) + v
            else:
                for k in iterable:
                    self[k] = self.get(k, 0) + 1
        for k, v in kwds.items():
            self[k] = self.get(k, 0) + v

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for k, v in iterable.items():
                    self[k] = self.get(k, 0) - v
            else:
                for k in iterable:
                    self[k] = self.get(k, 0) - 1
        for k, v in kwds.items():
            self[k] = self.get(k, 0) - v

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __delitem__(self, key):
        if key in self:
            dict.__delitem__(self, key)

    def _keep_positive(self):
        return Counter({k: v for k, v in self.items() if v > 0})

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self.items():
            s = v + other[k]
            if s > 0:
                result[k] = s
        for k, v in other.items():
            if k not in self and v > 0:
                result[k] = v
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self.items():
            s = v - other[k]
            if s > 0:
                result[k] = s
        for k, v in other.items():
            if k not in self and v < 0:
                result[k] = 0 - v
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self.items():
            m = max(v, other[k])
            if m > 0:
                result[k] = m
        for k, v in other.items():
            if k not in self and v > 0:
                result[k] = v
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, v in self.items():
            m = min(v, other[k])
            if m > 0:
                result[k] = m
        return result

    def __pos__(self):
        return self._keep_positive()

    def __neg__(self):
        return Counter({k: 0 - v for k, v in self.items() if v < 0})

    def __eq__(self, other):
        if isinstance(other, Counter):
            return {k: v for k, v in self.items() if v} == {k: v for k, v in other.items() if v}
        return dict.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    def __repr__(self):
        if not self:
            return '%s()' % (type(self).__name__,)
        return '%s({%s})' % (type(self).__name__, ', '.join('%r: %r' % kv for kv in self.most_common()))


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
    """A tuple subclass, as CPython's namedtuple makes: fields are properties reading the tuple's items."""
    n = len(fields)

    def __new__(_cls, *args, **kwds):
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
                raise TypeError("%s.__new__() got multiple values for argument '%s'" % (typename, name))
            raise TypeError("%s.__new__() got an unexpected keyword argument '%s'" % (typename, name))
        return tuple.__new__(_cls, values)

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % (f, v) for f, v in zip(fields, self)))

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **kwds):
        values = [kwds.pop(f, v) for f, v in zip(fields, self)]
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return type(self)._make(values)

    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != n:
            raise TypeError('Expected %d arguments, got %d' % (n, len(values)))
        return tuple.__new__(cls, values)

    def __getnewargs__(self):
        return tuple(self)

    ns = {'__slots__': (), '_fields': fields, '_field_defaults': field_defaults, '__match_args__': fields,
          '__new__': __new__, '__repr__': __repr__, '_asdict': _asdict, '_replace': _replace,
          '_make': classmethod(_make), '__getnewargs__': __getnewargs__}
    for i in range(n):
        ns[fields[i]] = property(_field_getter(i))
    return type(typename, (tuple,), ns)


def _field_getter(i):
    def get(self):
        return self[i]
    return get
