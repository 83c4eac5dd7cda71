# SPDX-License-Identifier: Apache-2.0
# collections for ftpython: deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap, UserDict, UserList and
# UserString, written in Python over the subset. defaultdict, Counter and OrderedDict are dict subclasses and
# namedtuple makes tuple subclasses, as in CPython (docs/python.md).
from _thread import allocate_lock as _allocate_lock, get_ident as _get_ident

_MISSING = object()
# Types whose == runs no user code (a deque's searches rely on it: _find).
_PLAIN_EQ = frozenset((int, bool, float, complex, str, bytes, type(None)))



class _deque_iterator:
    """A deque's iterator, as CPython's: it reads the deque itself by position (an item replaced meanwhile is seen),
    RuntimeError once the deque has grown or shrunk (and nothing after), and __length_hint__ for what is left."""

    __slots__ = ('_deque', '_len', '_state', '_index')

    def __init__(self, dq, index=0):
        # _deque_iterator(deque, n): n items already taken (what __reduce__ gives, as CPython's)
        if not isinstance(dq, deque):
            raise TypeError("argument 1 must be collections.deque, not %s" % type(dq).__name__)
        with dq._lock:
            self._len = len(dq._items) - dq._head
            self._state = dq._state
        self._deque = dq
        self._index = self._first()
        for _ in range(min(max(index, 0), self._len)):
            self._index = self._step(self._index)

    def _first(self):
        return 0

    def _taken(self):
        return self._index

    def _left(self, i):
        return self._len - i

    def _step(self, i):
        return i + 1

    def __reduce__(self):
        return (type(self), (self._deque, 0 if self._len is None else self._taken()))

    def __iter__(self):
        return self

    def __next__(self):
        # Under the deque's lock, as CPython's steps under the deque's critical section: two threads sharing one
        # iterator each take a position of their own (never the same item twice), and the state check, the step
        # and the read see one state of the deque. The item is read directly, never by a subclass's __getitem__.
        dq = self._deque
        with dq._lock:
            if self._len is None:
                raise StopIteration
            if dq._state != self._state:
                self._len = None
                raise RuntimeError('deque mutated during iteration')
            i = self._index
            if self._left(i) <= 0:
                raise StopIteration  # (still pickled as exhausted)
            self._index = self._step(i)
            return dq._items[dq._head + i]

    def __length_hint__(self):
        return 0 if self._len is None else self._left(self._index)


class _deque_reverse_iterator(_deque_iterator):
    """reversed(deque): the same, from the right."""

    __slots__ = ()

    def _first(self):
        return self._len - 1

    def _taken(self):
        return self._len - 1 - self._index

    def _left(self, i):
        return i + 1

    def _step(self, i):
        return i - 1


_deque_iterator.__module__ = _deque_reverse_iterator.__module__ = 'collections'  # (CPython's: _collections)


class deque:
    """A list with a moving head: popleft and appendleft are amortised O(1).

    Thread-safe as CPython's: each operation runs under the deque's own lock (a _thread lock, held only while the
    list and the head change, never while user code runs: an item the deque drops is released after the lock, since
    its finalizer may use the deque and the lock is not reentrant), so append, appendleft, pop and popleft from several threads
    neither lose nor repeat an item. What compares items (in, count, index, remove, ==) works on a snapshot and raises
    RuntimeError, as CPython's, when the deque changed under it; so does an iterator.
    """

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._lock = _allocate_lock()
        self._items = []
        self._head = 0
        self._maxlen = None
        self._state = 0  # bumped by every change: iterators and comparisons detect a concurrent one
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        with self._lock:
            self._maxlen = maxlen
            old = self._items
            self._items = []
            self._head = 0
            self._state += 1
        old = None  # the old items are dropped after the lock: a finalizer may use this deque
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _snapshot(self):
        """The items and the state they were read in (under the lock)."""
        with self._lock:
            return self._items[self._head:], self._state

    def _compact_locked(self):
        if self._head:
            del self._items[:self._head]
            self._head = 0

    def __len__(self):
        with self._lock:
            return len(self._items) - self._head

    def __bool__(self):
        return len(self) > 0

    def __iter__(self):
        return _deque_iterator(self)

    def __reversed__(self):
        return _deque_reverse_iterator(self)

    def __contains__(self, x):
        return self._find(x, 0, None, RuntimeError)[0] >= 0

    def _find(self, x, start, stop, error):
        """(index of the first item equal to x in items[start:stop] of a snapshot or -1, the snapshot's state, whether
        a comparison could run user code).

        A change made meanwhile raises `error`, as CPython's "deque mutated during iteration", only after a
        comparison that could run user code: CPython compares under the deque's critical section, so another thread's
        change lands between two comparisons of built-in values unseen, and only an __eq__ that mutates the deque (or
        lets another thread in) is caught."""
        items, state = self._snapshot()
        n = len(items)
        stop = n if stop is None else min(stop, n)
        plain_x = type(x) in _PLAIN_EQ
        ran_code = False
        for i in range(start, stop):
            v = items[i]
            if v is x:
                return i, state, ran_code
            if plain_x and type(v) in _PLAIN_EQ:
                if v == x:
                    return i, state, ran_code
                continue
            ran_code = True
            if v == x:
                return i, state, ran_code
            if self._state != state:
                raise error('deque mutated during iteration')
        return -1, state, ran_code

    def _index_locked(self, i):
        n = len(self._items) - self._head
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return self._head + i

    @staticmethod
    def _check_index(i):
        if not isinstance(i, int):
            raise TypeError('sequence index must be integer, not %r' % type(i).__name__)
        return int(i)

    def __getitem__(self, i):
        i = self._check_index(i)
        with self._lock:
            return self._items[self._index_locked(i)]

    def __setitem__(self, i, v):
        i = self._check_index(i)
        with self._lock:
            j = self._index_locked(i)
            old = self._items[j]
            self._items[j] = v
        old = None  # dropped after the lock: a finalizer may use this deque (the lock is not reentrant)

    def __delitem__(self, i):
        i = self._check_index(i)
        with self._lock:
            old = self._items.pop(self._index_locked(i))
            self._state += 1
        old = None  # dropped after the lock

    def _popleft_locked(self):
        x = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        if self._head > 32 and self._head * 2 > len(self._items):
            self._compact_locked()
        elif self._head == len(self._items):
            self._items = []
            self._head = 0
        return x

    def append(self, x):
        with self._lock:
            self._items.append(x)
            self._state += 1
            if self._maxlen is not None and len(self._items) - self._head > self._maxlen:
                dropped = self._popleft_locked()
        dropped = None  # dropped after the lock: its finalizer may run user code

    def appendleft(self, x):
        with self._lock:
            if self._head == 0:
                room = max(8, len(self._items))
                self._items[0:0] = [None] * room
                self._head = room
            self._head -= 1
            self._items[self._head] = x
            self._state += 1
            if self._maxlen is not None and len(self._items) - self._head > self._maxlen:
                dropped = self._items.pop()
        dropped = None

    def pop(self):
        with self._lock:
            if len(self._items) == self._head:
                raise IndexError('pop from an empty deque')
            self._state += 1
            return self._items.pop()

    def popleft(self):
        with self._lock:
            if len(self._items) == self._head:
                raise IndexError('pop from an empty deque')
            self._state += 1
            return self._popleft_locked()

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
        with self._lock:
            old = self._items
            self._items = []
            self._head = 0
            self._state += 1
        old = None  # the items are dropped after the lock

    def copy(self):
        items = self._items_list()
        if self._maxlen is None:
            return type(self)(items)
        return type(self)(items, self._maxlen)

    __copy__ = copy

    def count(self, x):
        items, state = self._snapshot()
        plain_x = type(x) in _PLAIN_EQ
        n = 0
        for v in items:
            if v is x:
                n += 1
            elif plain_x and type(v) in _PLAIN_EQ:
                if v == x:
                    n += 1
            else:
                if v == x:
                    n += 1
                if self._state != state:  # as _find: only after a comparison that may run user code
                    raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, x, start=0, stop=None):
        n = len(self)
        if start < 0:
            start = max(0, start + n)
        if stop is not None and stop < 0:
            stop += n
        i = self._find(x, start, stop, RuntimeError)[0]
        if i < 0:
            raise ValueError('%r is not in deque' % (x,))
        return i

    def insert(self, i, x):
        with self._lock:
            if self._maxlen is not None and len(self._items) - self._head >= self._maxlen:
                raise IndexError('deque already at its maximum size')
            self._compact_locked()
            self._items.insert(i, x)
            self._state += 1

    def remove(self, x):
        while True:
            i, state, ran_code = self._find(x, 0, None, IndexError)
            if i < 0:
                raise ValueError('%r is not in deque' % (x,))
            with self._lock:
                if self._state == state:
                    old = self._items.pop(self._head + i)
                    self._state += 1
                    break
            if ran_code:
                raise IndexError('deque mutated during iteration')
            # only built-in values were compared: another thread's change, which CPython's critical section would
            # have ordered before or after this remove; search again
        old = None  # dropped after the lock
        return

    def reverse(self):
        with self._lock:
            self._compact_locked()
            self._items.reverse()
            self._state += 1

    def rotate(self, n=1):
        with self._lock:
            size = len(self._items) - self._head
            if size <= 1:
                return
            n %= size
            if n:
                self._compact_locked()
                self._items[:] = self._items[-n:] + self._items[:-n]
                self._state += 1

    def _items_list(self):
        return self._snapshot()[0]

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items_list() == other._items_list()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items_list() < other._items_list()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items_list() <= other._items_list()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items_list() > other._items_list()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items_list() >= other._items_list()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        d = deque(self._items_list(), self._maxlen)
        d.extend(other._items_list())
        return d

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        items = self._items_list()
        return deque(items * n if n > 0 else [], self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        items = self._items_list()
        self.clear()
        self.extend(items * n if n > 0 else [])
        return self

    def __repr__(self):
        key = (id(self), _get_ident())
        if key in _deque_repr_running:
            return '[...]'
        _deque_repr_running.add(key)
        try:
            body = repr(self._items_list())
        finally:
            _deque_repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen is None:
            return '%s(%s)' % (name, body)
        return '%s(%s, maxlen=%d)' % (name, body, self._maxlen)

    def __reduce__(self):
        state = getattr(self, '__dict__', None)
        state = {k: v for k, v in state.items() if k not in _DEQUE_SLOTS} if state else None
        args = ((), self._maxlen) if self._maxlen is not None else ()
        return type(self), args, state or None, iter(self._items_list())

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


_DEQUE_SLOTS = frozenset(('_lock', '_items', '_head', '_maxlen', '_state'))
# (id of a deque, thread) pairs whose repr is being made: a deque holding itself shows [...]
_deque_repr_running = set()


def _dict_or(left, right, make, reflected=False):
    """left | right for the dict subclasses here: a copy of left (made by make) updated with right; NotImplemented
    when the other operand is not a dict."""
    if not isinstance(left if reflected else right, dict):
        return NotImplemented
    new = make()
    new.update(right)
    return new


# (id of a factory whose repr is being made, thread ident): defaultdict.__repr__'s recursion guard
_defaultdict_repr_running = set()


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
        # As CPython since 3.13.12 (gh-142495): the value is inserted only if the key is still absent, so a value
        # another thread (or the factory itself) stored meanwhile is kept and returned, never overwritten.
        return dict.setdefault(self, key, self.default_factory())

    def copy(self):
        return defaultdict(self.default_factory, self)

    __copy__ = copy

    def __repr__(self):
        # CPython's defdict_repr guards the factory's repr with Py_ReprEnter: a factory whose repr shows this dict
        # (a bound method of it, gh-45045) shows as '...' the second time, per thread.
        f = self.default_factory
        if f is None:
            fr = 'None'
        else:
            key = (id(f), _get_ident())
            if key in _defaultdict_repr_running:
                fr = '...'
            else:
                _defaultdict_repr_running.add(key)
                try:
                    fr = repr(f)
                finally:
                    _defaultdict_repr_running.discard(key)
        return '%s(%s, %s)' % (type(self).__name__, fr, dict.__repr__(self))

    def __or__(self, other):
        return _dict_or(self, other, self.copy)

    def __ror__(self, other):
        return _dict_or(other, self, lambda: defaultdict(self.default_factory, other), reflected=True)


class OrderedDict(dict):
    """A dict subclass, as CPython's: dicts keep insertion order, so this adds move_to_end, popitem(last) and an
    order-sensitive comparison between OrderedDicts."""

    def __init__(self, other=(), /, **kwds):
        # MutableMapping.update's way, as CPython's: through self[key] = value (a subclass's __setitem__ runs), not
        # through a subclass's own update
        _update_through_setitem(self, other, kwds)

    def move_to_end(self, key, last=True):
        # Other threads may use the dict meanwhile: it is never emptied, and a key moved behind the others is put
        # back only if nobody re-inserted or deleted it in between (setdefault; a missing pop skips it), so no
        # concurrent insertion, update or deletion is lost. A key is absent between its own pop and its re-insertion
        # (CPython's C OrderedDict moves it in place).
        value = dict.pop(self, key)
        dict.__setitem__(self, key, value)
        if not last:
            for k in dict.copy(self):  # a snapshot taken atomically: iterating the live dict could fail
                if k is key:
                    break
                v = dict.pop(self, k, _MISSING)
                if v is not _MISSING:
                    dict.setdefault(self, k, v)

    def popitem(self, last=True):
        if last:
            try:
                return dict.popitem(self)
            except KeyError:
                raise KeyError('dictionary is empty') from None
        while True:  # the first key; another thread may take it first: then the next one
            try:
                key = next(iter(dict.keys(self)))
            except StopIteration:
                raise KeyError('dictionary is empty') from None
            except RuntimeError:  # the dict changed size under the iterator's first step
                continue
            v = dict.pop(self, key, _MISSING)
            if v is not _MISSING:
                return key, v

    def copy(self):
        return type(self)(self)

    def __reduce__(self):
        # as CPython's: the class, no arguments, the state (the instance's attributes, with a subclass's slots as
        # (dict, slots)), and the items (copy.copy keeps them all)
        state = self.__getstate__()
        if state:
            if isinstance(state, tuple):
                state, slots = state
            else:
                slots = {}
            state = dict(state) if state else {}
            slots = dict(slots)
            state = (state, slots) if slots else (state or None)
        return type(self), (), state, None, iter(list(self.items()))

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
        key = (id(self), _get_ident())
        if key in _odict_repr_running:  # an OrderedDict holding itself: CPython's reprlib-style '...'
            return '...'
        _odict_repr_running.add(key)
        try:
            return '%s(%s)' % (type(self).__name__, dict.__repr__(self))
        finally:
            _odict_repr_running.discard(key)

    def __or__(self, other):
        return _dict_or(self, other, self.copy)

    def __ror__(self, other):
        return _dict_or(other, self, lambda: type(self)(other), reflected=True)


def _update_through_setitem(self, other, kwds):
    """MutableMapping.update's way: a mapping's keys() and [] (else pairs), then the keywords, each by self[key]."""
    if hasattr(other, 'keys'):
        for key in other.keys():
            self[key] = other[key]
    else:
        for key, value in other:
            self[key] = value
    for key, value in kwds.items():
        self[key] = value


# (id of an OrderedDict, thread) pairs whose repr is being made
_odict_repr_running = set()


def _count_elements(mapping, iterable):
    """Tally the elements of iterable into mapping (Counter.update's helper, which CPython exports)."""
    get = mapping.get
    for elem in iterable:
        mapping[elem] = get(elem, 0) + 1


class Counter(dict):
    """A dict subclass, as CPython's: counts of hashable items; a missing key counts 0. A mapping given to the
    constructor or update() adds its counts (copied as they are into an empty Counter); any other iterable counts
    its elements. The arithmetic and set operators keep only positive counts; the comparisons treat missing
    elements as zero counts."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # sorted() and nlargest() are both stable: equal counts keep their first-seen order
        if n is None:
            return sorted(self.items(), key=_second, reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_second)

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    dict.update(self, iterable)  # an empty Counter takes the counts as they are
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:  # a missing element is no error
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        try:
            d = dict(self.most_common())
        except TypeError:  # counts that do not order
            d = dict(self)
        return '%s(%r)' % (self.__class__.__name__, d)

    # comparisons: a missing element counts zero
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # multiset arithmetic: the results keep positive counts only
    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            total = count + other[elem]
            if total > 0:
                result[elem] = total
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            left = count - other[elem]
            if left > 0:
                result[elem] = left
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            theirs = other[elem]
            most = theirs if count < theirs else count
            if most > 0:
                result[elem] = most
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            theirs = other[elem]
            least = count if count < theirs else theirs
            if least > 0:
                result[elem] = least
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, theirs in other.items():
            if theirs > self[elem]:
                self[elem] = theirs
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            theirs = other[elem]
            if theirs < count:
                self[elem] = theirs
        return self._keep_positive()


def _is_mapping(o):
    if isinstance(o, dict):
        return True
    import _collections_abc
    return isinstance(o, _collections_abc.Mapping)


def _second(kv):
    return kv[1]


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple subclass whose items are also named fields, as CPython's namedtuple makes it."""
    import sys
    from keyword import iskeyword
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = sys.intern(str(typename))
    if rename:  # invalid, keyword, underscored and repeated names become _<index>
        seen = set()
        for index, name in enumerate(field_names):
            if not name.isidentifier() or iskeyword(name) or name.startswith('_') or name in seen:
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
        if iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(field_names[len(field_names) - len(defaults):], defaults))
    fields = tuple(sys.intern(f) for f in field_names)
    n = len(fields)
    arg_list = ', '.join(fields) + (',' if n == 1 else '')
    # __new__ is a real function of the fields, so a call's errors name them as any function's do
    __new__ = eval('lambda _cls, %s: _tuple_new(_cls, (%s))' % (arg_list, arg_list),
                   {'_tuple_new': tuple.__new__, '__name__': 'namedtuple_%s' % typename})
    __new__.__name__ = '__new__'
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != n:
            raise TypeError('Expected %d arguments, got %d' % (n, len(result)))
        return result
    _make.__func__.__doc__ = 'Make a new %s object from a sequence or iterable' % typename

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(f, v) for f, v in zip(fields, self)])
        if kwds:
            raise TypeError('Got unexpected field names: %r' % list(kwds))
        return result
    _replace.__doc__ = 'Return a new %s object replacing specified fields with new values' % typename

    repr_fmt = '(' + ', '.join('%s=%%r' % name for name in fields) + ')'

    def __repr__(self):
        """Return a nicely formatted representation string"""
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = '%s.%s' % (typename, method.__name__)
    namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '__replace__': _replace,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
        '__class_getitem__': classmethod(_generic_alias),  # Group[int] (a GenericAlias), as CPython's
    }
    for index, name in enumerate(fields):
        namespace[name] = property(_itemgetter(index), doc='Alias for field number %d' % index)
    result = type(typename, (tuple,), namespace)
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        result.__module__ = module
    return result


def _generic_alias(cls, item):
    import types
    return types.GenericAlias(cls, item)


def _itemgetter(index):
    def get(self):
        return tuple.__getitem__(self, index)
    return get


class ChainMap:
    """Several mappings seen as one: lookups search them in order, writes and deletions go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return '{}({})'.format(self.__class__.__name__, ', '.join(map(repr, self.maps)))

    @classmethod
    def fromkeys(cls, iterable, value=None, /):
        return cls(dict.fromkeys(iterable, value))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: {!r}'.format(key))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: {!r}'.format(key))

    def clear(self):
        self.maps[0].clear()

    # the views of a Mapping, as CPython's ChainMap inherits them from MutableMapping
    def keys(self):
        from _collections_abc import KeysView
        return KeysView(self)

    def items(self):
        from _collections_abc import ItemsView
        return ItemsView(self)

    def values(self):
        from _collections_abc import ValuesView
        return ValuesView(self)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwds):
        self.maps[0].update(other, **kwds)

    def __eq__(self, other):
        if isinstance(other, (dict, ChainMap, UserDict)) or _is_mapping(other):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __hash__ = None

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not (isinstance(other, (dict, ChainMap, UserDict)) or _is_mapping(other)):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not (isinstance(other, (dict, ChainMap, UserDict)) or _is_mapping(other)):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


class UserDict:
    """A dict kept in .data, for subclassing: every method goes through __getitem__, __setitem__ and friends."""

    __reversed__ = None  # Mapping's: a UserDict is not reversible

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        if isinstance(other, UserDict):
            return self.data == other.data
        if isinstance(other, dict):
            return self.data == other
        return NotImplemented

    __hash__ = None

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d

    # Mapping's views, as CPython's UserDict inherits them: live, and through __getitem__
    def keys(self):
        from _collections_abc import KeysView
        return KeysView(self)

    def items(self):
        from _collections_abc import ItemsView
        return ItemsView(self)

    def values(self):
        from _collections_abc import ValuesView
        return ValuesView(self)

    def update(self, other=(), /, **kwds):
        _update_through_setitem(self, other, kwds)

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    _marker = object()

    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is UserDict._marker:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        self.data.clear()


class UserList:
    """A list kept in .data, for subclassing."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    __hash__ = None

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    # CPython's UserList inherits these from Sequence: they index the list, so a subclass's __getitem__ is used
    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString:
    """A str kept in .data, for subclassing; methods answer instances of the class."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def __eq__(self, string):
        if isinstance(string, UserString):
            return self.data == string.data
        return self.data == string

    def __lt__(self, string):
        if isinstance(string, UserString):
            return self.data < string.data
        return self.data < string

    def __le__(self, string):
        if isinstance(string, UserString):
            return self.data <= string.data
        return self.data <= string

    def __gt__(self, string):
        if isinstance(string, UserString):
            return self.data > string.data
        return self.data > string

    def __ge__(self, string):
        if isinstance(string, UserString):
            return self.data >= string.data
        return self.data >= string

    def __contains__(self, char):
        if isinstance(char, UserString):
            char = char.data
        return char in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __iter__(self):
        return iter(self.data)

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        elif isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=None):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.count(sub, start, len(self.data) if end is None else end)

    def encode(self, encoding='utf-8', errors='strict'):
        # None stands for the default, as CPython's UserString.encode takes it
        return self.data.encode('utf-8' if encoding is None else encoding, 'strict' if errors is None else errors)

    def endswith(self, suffix, start=0, end=None):
        return self.data.endswith(suffix, start, len(self.data) if end is None else end)

    def find(self, sub, start=0, end=None):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.find(sub, start, len(self.data) if end is None else end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def index(self, sub, start=0, end=None):
        return self.data.index(sub, start, len(self.data) if end is None else end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    def partition(self, sep):
        return self.data.partition(sep)

    def removeprefix(self, prefix, /):
        if isinstance(prefix, UserString):
            prefix = prefix.data
        return self.__class__(self.data.removeprefix(prefix))

    def removesuffix(self, suffix, /):
        if isinstance(suffix, UserString):
            suffix = suffix.data
        return self.__class__(self.data.removesuffix(suffix))

    def replace(self, old, new, maxsplit=-1):
        if isinstance(old, UserString):
            old = old.data
        if isinstance(new, UserString):
            new = new.data
        return self.__class__(self.data.replace(old, new, maxsplit))

    def rfind(self, sub, start=0, end=None):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.rfind(sub, start, len(self.data) if end is None else end)

    def rindex(self, sub, start=0, end=None):
        return self.data.rindex(sub, start, len(self.data) if end is None else end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=None):
        return self.data.startswith(prefix, start, len(self.data) if end is None else end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def isascii(self):
        return self.data.isascii()

    def isprintable(self):
        return self.data.isprintable()

    maketrans = str.maketrans

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def __complex__(self):
        return complex(self.data)

    def __getnewargs__(self):
        return (self.data[:],)


def __getattr__(name):
    # collections.abc (the module _collections_abc, as CPython's), loaded on first use (PEP 562) so that importing
    # collections does not parse it; the wrappers here become virtual subclasses of the ABCs they implement
    if name == 'abc':
        import _collections_abc as abc
        abc.MutableSequence.register(deque)
        abc.MutableMapping.register(ChainMap)
        abc.MutableMapping.register(UserDict)
        abc.MutableSequence.register(UserList)
        abc.Sequence.register(UserString)
        globals()['abc'] = abc
        return abc
    raise AttributeError("module 'collections' has no attribute %r" % (name,))
