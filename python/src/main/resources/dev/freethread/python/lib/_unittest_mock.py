# SPDX-License-Identifier: Apache-2.0
# unittest.mock for ftpython: Mock, MagicMock, AsyncMock, PropertyMock, patch, create_autospec, mock_open, seal,
# call, sentinel and ANY, written here after CPython 3.13's behaviour (its documentation and observed outputs).

__all__ = (
    'Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call', 'create_autospec', 'AsyncMock',
    'ThreadingMock', 'FILTER_DIR', 'NonCallableMock', 'NonCallableMagicMock', 'mock_open', 'PropertyMock', 'seal',
)

__name__ = 'unittest.mock'  # its classes' __module__ and reprs, as CPython's (the file is bundled as _unittest_mock)

import builtins
import contextlib
import inspect
import io
import sys
import threading
from functools import partial, wraps
from types import FunctionType, MethodType, ModuleType

FILTER_DIR = True

# one lock guards child creation and the recording of calls, so that calls made from several threads all count
_lock = threading.RLock()


class InvalidSpecError(Exception):
    """Raised when a spec (or an object to autospec) is itself a mock."""


# ---------------------------------------------------------------------------------------------------------------
# sentinel, DEFAULT, ANY

class _SentinelObject(object):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.' + self.name

    def __reduce__(self):
        return 'sentinel.' + self.name


class _Sentinel(object):
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        table = self._sentinels
        with _lock:
            found = table.get(name)
            if found is None:
                found = table[name] = _SentinelObject(name)
        return found

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY(object):
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()

FunctionTypes = (FunctionType, MethodType)


# ---------------------------------------------------------------------------------------------------------------
# small helpers

def _is_instance_mock(obj):
    return issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    if isinstance(obj, BaseException):
        return True
    return isinstance(obj, type) and issubclass(obj, BaseException)


def _extract_mock(obj):
    if isinstance(obj, FunctionTypes) and hasattr(obj, 'mock'):
        return obj.mock
    return obj


def _is_list(obj):
    return type(obj) in (list, tuple)


def _is_magic(name):
    return len(name) > 4 and name[:2] == '__' and name[-2:] == '__'


def _callable(obj):
    if isinstance(obj, type):
        return True
    if isinstance(obj, (staticmethod, classmethod, MethodType)):
        return _callable(obj.__func__)
    # callable() rather than a look for __call__: ftpython's functions, classes and builtins have no __call__
    return callable(obj)


def _instance_callable(obj):
    """Whether instances of obj (a class), or obj itself (not a class), can be called."""
    if not isinstance(obj, type):
        return callable(obj)
    for klass in obj.__mro__:
        if klass.__dict__.get('__call__') is not None:
            return True
    return False


def _iscoroutinefunction(obj):
    try:
        obj = inspect.unwrap(obj)
    except Exception:
        pass
    obj = getattr(obj, '__func__', obj)
    try:
        return bool(inspect.iscoroutinefunction(obj))
    except Exception:
        return False


def _is_async_obj(obj):
    if _is_instance_mock(obj) and not isinstance(obj, AsyncMock):
        return False
    if hasattr(obj, '__func__'):
        obj = obj.__func__
    return _iscoroutinefunction(obj) or inspect.isawaitable(obj)


def _is_async_func(func):
    if getattr(func, '__code__', None):
        return _iscoroutinefunction(func)
    return False


def _getattr_static(obj, name, default=None):
    """The attribute as stored (no descriptor called): the instance's __dict__, then the classes' in mro order."""
    if not isinstance(obj, type):
        try:
            own = object.__getattribute__(obj, '__dict__')
        except Exception:
            own = None
        if isinstance(own, dict) and name in own:
            return own[name]
        klass = type(obj)
    else:
        klass = obj
    for base in klass.__mro__:
        found = base.__dict__.get(name, _missing)
        if found is not _missing:
            return found
    return default


def _is_data_descriptor(obj):
    if isinstance(obj, (type, FunctionType, MethodType)):
        return False
    if isinstance(obj, property):
        return True
    tp = type(obj)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


def _format_call_signature(name, args, kwargs):
    pieces = [repr(arg) for arg in args]
    pieces.extend('%s=%r' % (key, value) for key, value in kwargs.items())
    return '%s(%s)' % (name, ', '.join(pieces))


_SPEC_TYPOS = ('autospect', 'auto_spec', 'set_spec')


def _check_spec_arg_typos(kwargs):
    for typo in _SPEC_TYPOS:
        if typo in kwargs:
            raise RuntimeError('%r might be a typo; use unsafe=True if this is intended' % (typo,))


# ---------------------------------------------------------------------------------------------------------------
# signatures: which parameters a spec takes, and binding a call to them with inspect's TypeError messages

_POS_ONLY = inspect.Parameter.POSITIONAL_ONLY
_POS_OR_KW = inspect.Parameter.POSITIONAL_OR_KEYWORD
_VAR_POS = inspect.Parameter.VAR_POSITIONAL
_KW_ONLY = inspect.Parameter.KEYWORD_ONLY
_VAR_KW = inspect.Parameter.VAR_KEYWORD
_EMPTY = inspect.Parameter.empty


def _without_first(sig):
    """The signature once a first positional argument is given (None when nothing could take it)."""
    params = list(sig.parameters.values())
    if not params:
        return None
    kind = params[0].kind
    if kind == _VAR_POS:
        return sig
    if kind in (_KW_ONLY, _VAR_KW):
        return None
    return sig.replace(parameters=params[1:])


def _get_signature_object(func, as_instance, eat_self):
    """(the function whose signature a spec calls with, that signature), or None when there is none."""
    if isinstance(func, type) and not as_instance:
        for klass in func.__mro__:
            if '__init__' in klass.__dict__:
                break
        else:
            klass = object
        func = func.__init__
        eat_self = True
        if klass is object:
            # object.__init__: (self, /, *args, **kwargs), which ftpython's inspect cannot tell
            return func, inspect.Signature([inspect.Parameter('args', _VAR_POS),
                                            inspect.Parameter('kwargs', _VAR_KW)])
    elif isinstance(func, (classmethod, staticmethod)):
        if isinstance(func, classmethod):
            eat_self = True
        func = func.__func__
    elif not isinstance(func, FunctionTypes):
        try:
            func = func.__call__
        except AttributeError:
            return None
    try:
        sig = inspect.signature(func)
    except (ValueError, TypeError):
        return None
    if eat_self:
        sig = _without_first(sig)
        if sig is None:
            return None
    return func, sig


def _bind(sig, args, kwargs):
    """Bind a call to sig as inspect.Signature.bind does, raising its TypeErrors; returns the bound names and
    values, in parameter order."""
    params = list(sig.parameters.values())
    bound = {}
    kwargs = dict(kwargs)
    nargs = len(args)
    index = 0  # next parameter
    used = 0   # positional arguments consumed
    posonly_as_keyword = []
    rest_from = None  # first parameter that the keyword pass looks at
    while True:
        if used < nargs:
            if index >= len(params):
                raise TypeError('too many positional arguments')
            param = params[index]
            if param.kind in (_VAR_KW, _KW_ONLY):
                raise TypeError('too many positional arguments')
            if param.kind == _VAR_POS:
                bound[param.name] = tuple(args[used:])
                used = nargs
                index += 1
                rest_from = index
                break
            if param.name in kwargs and param.kind != _POS_ONLY:
                raise TypeError('multiple values for argument %r' % (param.name,))
            bound[param.name] = args[used]
            used += 1
            index += 1
            continue
        # positional arguments are used up
        if index >= len(params):
            rest_from = index
            break
        param = params[index]
        if param.kind == _VAR_POS:
            index += 1
            rest_from = index
            break
        if param.name in kwargs:
            if param.kind == _POS_ONLY:
                posonly_as_keyword.append(param)
                index += 1
                continue
            rest_from = index
            break
        if param.kind == _VAR_KW or param.default is not _EMPTY:
            rest_from = index
            break
        kind = ' keyword-only' if param.kind == _KW_ONLY else ''
        raise TypeError('missing a required%s argument: %r' % (kind, param.name))
    var_kw = None
    for param in params[rest_from:]:
        if param.kind == _VAR_KW:
            var_kw = param
            continue
        if param.kind == _VAR_POS:
            continue
        if param.name in kwargs:
            # (a positional-only parameter reached here takes its keyword too, as inspect's bind does)
            bound[param.name] = kwargs.pop(param.name)
        elif param.default is _EMPTY:
            raise TypeError('missing a required argument: %r' % (param.name,))
    if kwargs:
        if var_kw is not None:
            bound[var_kw.name] = kwargs
        elif posonly_as_keyword:
            raise TypeError('got some positional-only arguments passed as keyword arguments: %r'
                            % (', '.join(p.name for p in posonly_as_keyword),))
        else:
            raise TypeError('got an unexpected keyword argument %r' % (next(iter(kwargs)),))
    ordered = {}
    for param in params:
        if param.name in bound:
            ordered[param.name] = bound[param.name]
    return ordered


def _bound_args_kwargs(sig, bound):
    """The (args, kwargs) a bound call stands for, as inspect.BoundArguments.args and .kwargs give them."""
    args = []
    kwargs = {}
    keywords = False
    for param in sig.parameters.values():
        name = param.name
        if not keywords:
            if param.kind in (_VAR_KW, _KW_ONLY):
                keywords = True
            elif name not in bound:
                keywords = True
                continue
            else:
                if param.kind == _VAR_POS:
                    args.extend(bound[name])
                else:
                    args.append(bound[name])
                continue
        if name in bound:
            if param.kind == _VAR_KW:
                kwargs.update(bound[name])
            elif param.kind != _VAR_POS:
                kwargs[name] = bound[name]
    return tuple(args), kwargs


def _copy_func_details(func, funcopy):
    for attribute in ('__name__', '__doc__', '__text_signature__', '__module__', '__defaults__', '__kwdefaults__'):
        try:
            setattr(funcopy, attribute, getattr(func, attribute))
        except (AttributeError, TypeError):
            pass


def _check_sig(spec, mock, skipfirst, instance=False):
    found = _get_signature_object(spec, instance, skipfirst)
    if found is None:
        return
    func, sig = found

    def checksig(self, /, *args, **kwargs):
        _bind(sig, args, kwargs)

    _copy_func_details(func, checksig)
    type(mock)._mock_check_sig = checksig
    type(mock).__signature__ = sig


# ---------------------------------------------------------------------------------------------------------------
# call objects

class _CallList(list):
    """A list of calls; `in` also finds a list of calls as a contiguous run."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        width = len(value)
        for start in range(len(self) - width + 1):
            if self[start:start + width] == value:
                return True
        return False

    def __repr__(self):
        import pprint
        return pprint.pformat(list(self))


def _unpack_call(value):
    """(name, args, kwargs) from the tuple forms a call compares with; None when it is no such form."""
    size = len(value)
    if size == 0:
        return '', (), {}
    if size == 3:
        return value[0], value[1], value[2]
    if size == 1:
        only = value[0]
        if isinstance(only, tuple):
            return '', only, {}
        if isinstance(only, str):
            return only, (), {}
        return '', (), only
    if size == 2:
        first, second = value[0], value[1]
        if isinstance(first, str):
            if isinstance(second, tuple):
                return first, second, {}
            return first, (), second
        return '', first, second
    return None


class _Call(tuple):
    """A recorded (or expected) call: (args, kwargs) or (name, args, kwargs), compared loosely."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        args = ()
        kwargs = {}
        size = len(value)
        if size == 3:
            name, args, kwargs = value
        elif size == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif size == 1:
            only, = value
            if isinstance(only, str):
                name = only
            elif isinstance(only, tuple):
                args = only
            else:
                kwargs = only
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def __eq__(self, other):
        try:
            len(other)
        except TypeError:
            return NotImplemented
        if len(self) == 2:
            mine = ('',) + tuple.__getitem__(self, slice(None))
        else:
            mine = tuple.__getitem__(self, slice(None))
        my_parent = getattr(self, '_mock_parent', None)
        other_parent = getattr(other, '_mock_parent', None)
        if my_parent and other_parent and my_parent != other_parent:
            return False
        theirs = _unpack_call(other)
        if theirs is None:
            return False
        if mine[0] and theirs[0] != mine[0]:
            return False
        return (theirs[1], theirs[2]) == (mine[1], mine[2])

    def __ne__(self, other):
        # (object.__ne__ recurses in ftpython)
        equal = _Call.__eq__(self, other)
        if equal is NotImplemented:
            return NotImplemented
        return not equal

    __hash__ = None

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs), name=self._mock_name + '()', parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self, from_kall=False)

    def __getattribute__(self, attr):
        if attr in tuple.__dict__:
            raise AttributeError
        return object.__getattribute__(self, attr)  # ftpython: tuple.__getattribute__ skips the instance __dict__

    def _get_call_arguments(self):
        if len(self) == 2:
            return tuple.__getitem__(self, 0), tuple.__getitem__(self, 1)
        return tuple.__getitem__(self, 1), tuple.__getitem__(self, 2)

    @property
    def args(self):
        return self._get_call_arguments()[0]

    @property
    def kwargs(self):
        return self._get_call_arguments()[1]

    def count(self, /, *args, **kwargs):
        return self.__getattr__('count')(*args, **kwargs)

    def index(self, /, *args, **kwargs):
        return self.__getattr__('index')(*args, **kwargs)

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call' + name
            return name
        if len(self) == 2:
            name = 'call'
        else:
            name = tuple.__getitem__(self, 0)
            if not name:
                name = 'call'
            elif name.startswith('()'):
                name = 'call' + name
            else:
                name = 'call.' + name
        args, kwargs = self._get_call_arguments()
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        found = []
        node = self
        while node is not None:
            if node._mock_from_kall:
                found.append(node)
            node = node._mock_parent
        found.reverse()
        return _CallList(found)


call = _Call(from_kall=False)


class _AnyComparer(list):
    """Membership that compares the expected call first, so that ANY inside it matches."""

    def __contains__(self, item):
        for candidate in self:
            if len(item) != len(candidate):
                continue
            if all(expected == actual for expected, actual in zip(item, candidate)):
                return True
        return False


# ---------------------------------------------------------------------------------------------------------------
# magic methods

_MAGIC_WORDS = ('lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof enter exit divmod '
                'rdivmod neg pos abs invert complex int float index round trunc floor ceil bool next fspath aiter')
_NUMERIC_WORDS = 'add sub mul matmul truediv floordiv mod lshift rshift and xor or pow'

_magics = set('__%s__' % word for word in _MAGIC_WORDS.split())
for _word in _NUMERIC_WORDS.split():
    _magics.update(('__%s__' % _word, '__i%s__' % _word, '__r%s__' % _word))
del _word

_non_defaults = {
    '__get__', '__set__', '__delete__', '__reversed__', '__missing__', '__reduce__', '__reduce_ex__',
    '__getinitargs__', '__getnewargs__', '__getstate__', '__setstate__', '__getformat__', '__repr__', '__dir__',
    '__subclasses__', '__format__', '__getnewargs_ex__',
}
_unsupported_magics = {
    '__getattr__', '__setattr__', '__init__', '__new__', '__prepare__', '__instancecheck__', '__subclasscheck__',
    '__del__',
}
_async_method_magics = {'__aenter__', '__aexit__', '__anext__'}
_sync_async_magics = {'__aiter__'}
_async_magics = _async_method_magics | _sync_async_magics
_all_sync_magics = _magics | _non_defaults
_all_magics = _all_sync_magics | _async_magics

_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented, '__ge__': NotImplemented,
    '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False, '__complex__': 1j, '__float__': 1.0,
    '__bool__': True, '__index__': 1, '__aexit__': False,
}


def _identity_hash(mock):
    if _OBJECT_HASH_IS_IDENTITY:
        return object.__hash__(mock)
    return id(mock) >> 4  # ftpython: object.__hash__ calls an overriding __hash__


class _Hashes(object):
    def __hash__(self):
        return 1


_OBJECT_HASH_IS_IDENTITY = object.__hash__(_Hashes()) != 1


def _default_sizeof(mock):
    sizeof = getattr(object, '__sizeof__', None)
    if sizeof is not None:
        return sizeof(mock)
    return 32  # ftpython: object has no __sizeof__


_calculate_return_value = {
    '__hash__': lambda self: _identity_hash(self),
    '__str__': lambda self: object.__str__(self),
    '__sizeof__': _default_sizeof,
    '__fspath__': lambda self: '%s/%s/%s' % (type(self).__name__, self._extract_mock_name(), id(self)),
}


def _get_eq(mock):
    def __eq__(other):
        configured = mock.__eq__._mock_return_value
        if configured is not DEFAULT:
            return configured
        if mock is other:
            return True
        return NotImplemented
    return __eq__


def _get_ne(mock):
    def __ne__(other):
        configured = mock.__ne__._mock_return_value
        if configured is not DEFAULT:
            return configured
        if mock is other:
            return False
        return NotImplemented
    return __ne__


def _get_iter(mock):
    def __iter__():
        configured = mock.__iter__._mock_return_value
        if configured is DEFAULT:
            return iter([])
        return iter(configured)
    return __iter__


def _get_async_iter(mock):
    def __aiter__():
        configured = mock.__aiter__._mock_return_value
        if configured is DEFAULT:
            return _AsyncIterator(iter([]))
        return _AsyncIterator(iter(configured))
    return __aiter__


_side_effect_methods = {
    '__eq__': _get_eq,
    '__ne__': _get_ne,
    '__iter__': _get_iter,
    '__aiter__': _get_async_iter,
}


def _set_return_value(mock, method, name):
    if name in _return_values:
        method.return_value = _return_values[name]
        return
    calculator = _calculate_return_value.get(name)
    if calculator is not None:
        method.return_value = calculator(mock)
        return
    side_effector = _side_effect_methods.get(name)
    if side_effector is not None:
        method.side_effect = side_effector(mock)


# ftpython looks special methods up on the type and calls what it finds with the instance first, descriptor or
# not (CPython calls a non-descriptor without the instance, and binds a descriptor through its __get__). So what a
# mock's class holds for a magic method is a plain function in both: the slot functions below.

def _slot_calling(name, target):
    """The class-level function for a magic method configured with a mock: calls it without the instance."""
    def slot(self, /, *args, **kwargs):
        return target(*args, **kwargs)
    slot.__name__ = name
    slot.__qualname__ = name
    return slot


def _get_method(name, func):
    """The class-level function for a magic method configured with a plain function: passes the instance on."""
    def method(self, /, *args, **kwargs):
        return func(self, *args, **kwargs)
    method.__name__ = name
    method.__qualname__ = name
    return method


class MagicProxy(object):
    """Stands in a MagicMock's class for a magic method until it is first used, then makes the instance's child
    mock for it. One proxy per name serves every MagicMock class (the instance comes with each use)."""

    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent

    def create_mock(self, parent=None):
        name = self.name
        if parent is None:
            parent = self.parent
        child = parent._get_child_mock(name=name, _new_name=name, _new_parent=parent)
        setattr(parent, name, child)
        _set_return_value(parent, child, name)
        return child

    def __get__(self, obj, _type=None):
        if obj is None:
            if self.parent is None:
                return self
            obj = self.parent
        return self.create_mock(obj)

    def __call__(self, instance, /, *args, **kwargs):
        # reached only from ftpython's special method lookup, which passes the instance first
        return self.create_mock(instance)(*args, **kwargs)


# the proxies a MagicMock's own class starts with (given to type() at once: much faster in ftpython than setting
# them one by one afterwards)
_MAGIC_PROXIES = {name: MagicProxy(name) for name in _magics | _async_method_magics}


class _AsyncIterator:
    """What a MagicMock's __aiter__ returns by default: iterates asynchronously over a plain iterator."""

    def __init__(self, iterator):
        self.iterator = iterator
        self.__dict__['__code__'] = _CodeFlags(inspect.CO_ITERABLE_COROUTINE if hasattr(
            inspect, 'CO_ITERABLE_COROUTINE') else 256)

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


class _CodeFlags(object):
    """A stand-in __code__, so that inspect can tell an AsyncMock's calls from a function's."""

    def __init__(self, flags):
        self.co_flags = flags
        self.co_argcount = 0
        self.co_varnames = ('args', 'kwargs')
        self.co_posonlyargcount = 0
        self.co_kwonlyargcount = 0
        self.co_name = 'AsyncMock'


# ---------------------------------------------------------------------------------------------------------------
# the mock classes

class _SpecState(object):
    """An autospecced attribute not made yet: made when first looked up."""

    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None, instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


class _MockIter(object):
    def __init__(self, obj):
        self.obj = iter(obj)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.obj)


def _try_iter(obj):
    if obj is None or _is_exception(obj) or _callable(obj):
        return obj
    try:
        return iter(obj)
    except TypeError:
        return obj


def _check_and_set_parent(parent, value, name, new_name):
    """Adopt value (a mock with no name nor parent yet) as parent's child; False when it is not adopted."""
    value = _extract_mock(value)
    if not _is_instance_mock(value):
        return False
    if value._mock_name or value._mock_new_name or value._mock_parent is not None or \
            value._mock_new_parent is not None:
        return False
    node = parent
    while node is not None:
        if node is value:
            return False  # would make a loop
        node = node._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


_allowed_names = {
    'return_value', '_mock_return_value', 'side_effect', '_mock_side_effect', '_mock_parent', '_mock_new_parent',
    '_mock_name', '_mock_new_name',
}


def _delegating_property(name):
    _allowed_names.add(name)
    stored = '_mock_' + name

    def getter(self):
        delegate = self._mock_delegate
        if delegate is None:
            return getattr(self, stored)
        return getattr(delegate, name)

    def setter(self, value):
        delegate = self._mock_delegate
        if delegate is None:
            self.__dict__[stored] = value
        else:
            setattr(delegate, name, value)

    return property(getter, setter)


_ATTRIB_DENY_LIST = frozenset({'called_with', 'called', 'any_call', 'called_once', 'has_calls', 'not_called',
                               'called_once_with'})
_ASSERT_TYPOS = ('assert', 'assret', 'asert', 'aseert', 'assrt')


class Base(object):
    _mock_return_value = DEFAULT
    _mock_side_effect = None

    def __init__(self, /, *args, **kwargs):
        pass


def _spec_argument(args, kwargs):
    if 'spec_set' in kwargs:
        return kwargs['spec_set']
    if 'spec' in kwargs:
        return kwargs['spec']
    if len(args) > 3 and args[3] is not None:
        return args[3]
    if args:
        return args[0]
    return None


class NonCallableMock(Base):
    """A mock that is not callable: attributes are made as mocks on first use, and recorded."""

    def __new__(cls, /, *args, **kwargs):
        # every mock gets a class of its own, so that magic methods configured on it stay its own
        bases = (cls,)
        if not issubclass(cls, AsyncMockMixin):
            spec = _spec_argument(args, kwargs)
            if spec is not None and _is_async_obj(spec):
                bases = (AsyncMockMixin, cls)
        namespace = {'__doc__': cls.__doc__, '__module__': cls.__module__}
        if issubclass(cls, MagicMixin):
            namespace.update(_MAGIC_PROXIES)
        own_class = type(cls.__name__, bases, namespace)
        return object.__new__(own_class)

    def __init__(self, /, spec=None, wraps=None, name=None, spec_set=None, parent=None, _spec_state=None,
                 _new_name='', _new_parent=None, _spec_as_instance=False, _eat_self=None, unsafe=False,
                 **kwargs):
        if _new_parent is None:
            _new_parent = parent
        state = self.__dict__
        state['_mock_parent'] = parent
        state['_mock_name'] = name
        state['_mock_new_name'] = _new_name
        state['_mock_new_parent'] = _new_parent
        state['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        state['_mock_children'] = {}
        state['_mock_wraps'] = wraps
        state['_mock_delegate'] = None
        state['_mock_called'] = False
        state['_mock_call_args'] = None
        state['_mock_call_count'] = 0
        state['_mock_call_args_list'] = _CallList()
        state['_mock_mock_calls'] = _CallList()
        state['method_calls'] = _CallList()
        state['_mock_unsafe'] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state)

    def attach_mock(self, mock, attribute):
        """Attach mock as the attribute named attribute, so that its calls show in this mock's records."""
        inner = _extract_mock(mock)
        inner._mock_parent = None
        inner._mock_new_parent = None
        inner._mock_name = ''
        inner._mock_new_name = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the mock to spec's attributes (only those may be read, or with spec_set also set)."""
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False, _eat_self=False):
        if _is_instance_mock(spec):
            raise InvalidSpecError('Cannot spec a Mock object. [object=%r]' % (spec,))
        spec_class = None
        spec_signature = None
        spec_asyncs = []
        if spec is not None and not _is_list(spec):
            spec_class = spec if isinstance(spec, type) else type(spec)
            found = _get_signature_object(spec, _spec_as_instance, _eat_self)
            spec_signature = found and found[1]
            names = dir(spec)
            for attr in names:
                stored = _getattr_static(spec, attr, None)
                if stored is not None and _iscoroutinefunction(stored):
                    spec_asyncs.append(attr)
            spec = names
        state = self.__dict__
        state['_spec_class'] = spec_class
        state['_spec_set'] = spec_set
        state['_spec_signature'] = spec_signature
        state['_mock_methods'] = spec
        state['_spec_asyncs'] = spec_asyncs

    def __get_return_value(self):
        value = self._mock_return_value
        if self._mock_delegate is not None:
            value = self._mock_delegate.return_value
        if value is DEFAULT and self._mock_wraps is None:
            try:
                value = self._get_child_mock(_new_parent=self, _new_name='()')
            except AttributeError:
                # CPython retries a property that raised AttributeError through __getattr__; ftpython does not
                return self.__getattr__('return_value')
            self.return_value = value
        return value

    def __set_return_value(self, value):
        if self._mock_delegate is not None:
            self._mock_delegate.return_value = value
        else:
            self.__dict__['_mock_return_value'] = value
            _check_and_set_parent(self, value, None, '()')

    return_value = property(__get_return_value, __set_return_value,
                            doc='What calling the mock returns (a child mock unless set).')

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    called = _delegating_property('called')
    call_count = _delegating_property('call_count')
    call_args = _delegating_property('call_args')
    call_args_list = _delegating_property('call_args_list')
    mock_calls = _delegating_property('mock_calls')

    def __get_side_effect(self):
        delegate = self._mock_delegate
        if delegate is None:
            return self._mock_side_effect
        effect = delegate.side_effect
        if effect is not None and not _callable(effect) and not isinstance(effect, _MockIter) and \
                not _is_exception(effect):
            effect = _MockIter(effect)
            delegate.side_effect = effect
        return effect

    def __set_side_effect(self, value):
        value = _try_iter(value)
        delegate = self._mock_delegate
        if delegate is None:
            self.__dict__['_mock_side_effect'] = value
        else:
            delegate.side_effect = value

    side_effect = property(__get_side_effect, __set_side_effect,
                           doc='An exception to raise, an iterable of results, or a function to call.')

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget the calls recorded here and in the child mocks (and optionally the configured results)."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.method_calls = _CallList()
        if return_value:
            self._mock_return_value = DEFAULT
        if side_effect:
            self._mock_side_effect = None
        for child in list(self._mock_children.values()):
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        result = self._mock_return_value
        if _is_instance_mock(result) and result is not self:
            result.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        """Set attributes from keyword arguments; a dotted name reaches into child mocks."""
        for dotted, value in sorted(kwargs.items(), key=lambda item: item[0].count('.')):
            path = dotted.split('.')
            last = path.pop()
            target = self
            for step in path:
                target = getattr(target, step)
            setattr(target, last, value)

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe', '_mock_check_sig'):
            raise AttributeError(name)
        methods = self._mock_methods
        if methods is not None:
            if name not in methods or name in _all_magics:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not methods or name not in methods):
            if name.startswith(_ASSERT_TYPOS) or name in _ATTRIB_DENY_LIST:
                raise AttributeError('%r is not a valid assertion. Use a spec for the mock if %r is meant to be '
                                     'an attribute.' % (name, name))
        with _lock:
            children = self._mock_children
            result = children.get(name)
            if result is _deleted:
                raise AttributeError(name)
            if result is None:
                wrapped = None
                if self._mock_wraps is not None:
                    wrapped = getattr(self._mock_wraps, name)
                result = self._get_child_mock(parent=self, name=name, wraps=wrapped, _new_name=name,
                                              _new_parent=self)
                children[name] = result
            elif isinstance(result, _SpecState):
                try:
                    result = create_autospec(result.spec, result.spec_set, result.instance, result.parent,
                                             result.name)
                except InvalidSpecError:
                    target_name = self.__dict__['_mock_name'] or self
                    raise InvalidSpecError(
                        'Cannot autospec attr %r from target %r as it has already been mocked out. '
                        '[target=%r, attr=%r]' % (result.name, target_name, self, result.spec))
                children[name] = result
        return result

    def _extract_mock_name(self):
        # names along the _mock_new_parent chain, from this mock up to the root
        names = []
        node = self
        seen = set()
        while True:
            parent = node._mock_new_parent
            if parent is None or id(parent) in seen:
                break
            names.append(node._mock_new_name)
            seen.add(id(node))
            node = parent
        text = node._mock_name or 'mock'
        for part in reversed(names):
            if part == '()' or (part or '').startswith('()'):
                text += part
            else:
                text += '.' + (part or '')
        return text

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ''
        if name not in ('mock', 'mock.'):
            name_string = ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = ' spec=%r'
            if self._spec_set:
                spec_string = ' spec_set=%r'
            spec_string = spec_string % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string, id(self))

    def __dir__(self):
        if not FILTER_DIR:
            object_dir = getattr(object, '__dir__', None)
            if object_dir is not None:
                return object_dir(self)
            # ftpython: object has no __dir__
            return sorted(set(dir(type(self))) | set(self.__dict__))
        extras = self._mock_methods or []
        from_type = [name for name in dir(type(self)) if not name.startswith('_')]
        from_dict = [name for name in list(self.__dict__) if not name.startswith('_') or _is_magic(name)]
        from_children = [name for name, value in self._mock_children.items() if value is not _deleted]
        return sorted(set(list(extras) + from_type + from_dict + from_children))

    def __setattr__(self, name, value):
        if name in _allowed_names:
            return object.__setattr__(self, name, value)
        if self._spec_set and self._mock_methods is not None and name not in self._mock_methods and \
                name not in self.__dict__:
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError('Attempting to set unsupported magic method %r.' % (name,))
        if name in _all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not _is_instance_mock(value):
                setattr(type(self), name, _get_method(name, value))
                original = value
                value = lambda *args, **kwargs: original(self, *args, **kwargs)
            else:
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, _slot_calling(name, value))
                self._mock_children[name] = value
        elif name == '__class__':
            self._spec_class = value
            return
        elif _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value
        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError('Cannot set %s.%s' % (self._extract_mock_name(), name))
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        found = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif found is _deleted:
            raise AttributeError(name)
        if found is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (action, expected, actual)

    def _get_call_signature_from_name(self, name):
        if not name:
            return self._spec_signature
        sig = None
        children = self._mock_children
        for part in name.replace('()', '').split('.'):
            child = children.get(part)
            if child is None or isinstance(child, _SpecState):
                break
            child = _extract_mock(child)
            children = child._mock_children
            sig = child._spec_signature
        return sig

    def _call_matcher(self, _call):
        """The call as the spec's signature sees it (bound, so that positional and keyword spellings agree);
        the TypeError when it does not bind; the call itself when there is no signature."""
        if isinstance(_call, tuple) and len(_call) > 2:
            sig = self._get_call_signature_from_name(_call[0])
        else:
            sig = self._spec_signature
        if sig is None:
            return _call
        if len(_call) == 2:
            name = ''
            args, kwargs = _call
        else:
            name, args, kwargs = _call
        try:
            bound = _bind(sig, args, kwargs)
        except TypeError as error:
            return error.with_traceback(None)
        args, kwargs = _bound_args_kwargs(sig, bound)
        return call(name, args, kwargs)

    def assert_not_called(self):
        """Fail if the mock was called."""
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called(self):
        """Fail unless the mock was called."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % (self._mock_name or 'mock'))

    def assert_called_once(self):
        """Fail unless the mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        """Fail unless the last call was made with these arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s' % (expected, 'not called.'))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was called exactly once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless mock_calls holds these calls: in a row, or with any_order anywhere."""
        expected = [self._call_matcher(kall) for kall in calls]
        cause = None
        for item in expected:
            if isinstance(item, Exception):
                cause = item
                break
        all_calls = _CallList(self._call_matcher(kall) for kall in self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                if cause is None:
                    problem = 'Calls not found.'
                else:
                    problem = 'Error processing expected calls.\nErrors: %s' % (
                        [item if isinstance(item, Exception) else None for item in expected],)
                raise AssertionError('%s\nExpected: %s\n  Actual: %s' % (
                    problem, _CallList(calls), _safe_repr(self.mock_calls))) from cause
            return
        remaining = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._mock_name or 'mock', tuple(not_found), remaining)) from cause

    def assert_any_call(self, /, *args, **kwargs):
        """Fail unless the mock was ever called with these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(kall) for kall in self.call_args_list]
        if cause or expected not in _AnyComparer(actual):
            raise AssertionError('%s call not found' % self._format_mock_call_signature(args, kwargs)) from cause

    def _get_child_mock(self, /, **kwargs):
        new_name = kwargs.get('_new_name')
        if new_name in self.__dict__['_spec_asyncs']:
            return AsyncMock(**kwargs)
        if self._mock_sealed:
            attribute = '.%s' % kwargs['name'] if 'name' in kwargs else '()'
            raise AttributeError(self._extract_mock_name() + attribute)
        own = type(self)
        if issubclass(own, MagicMock) and new_name in _async_method_magics:
            klass = AsyncMock
        elif issubclass(own, AsyncMockMixin):
            if new_name in _all_sync_magics or (self._mock_methods and new_name in self._mock_methods):
                klass = MagicMock
            else:
                klass = AsyncMock
        elif not issubclass(own, CallableMixin):
            if issubclass(own, NonCallableMagicMock):
                klass = MagicMock
            else:
                klass = Mock
        else:
            klass = own.__mro__[1]
        return klass(**kwargs)

    def _calls_repr(self):
        if not self.mock_calls:
            return ''
        return '\nCalls: %s.' % (_safe_repr(self.mock_calls),)


class CallableMixin(Base):
    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='', _new_parent=None, **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state, _new_name, _new_parent, **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, /, *args, **kwargs):
        pass

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, /, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        this_call = _Call((args, kwargs), two=True)
        with _lock:
            delegate = self.__dict__.get('_mock_delegate')
            if delegate is None:
                state = self.__dict__
                state['_mock_called'] = True
                state['_mock_call_count'] = state['_mock_call_count'] + 1
                state['_mock_call_args'] = this_call
                state['_mock_call_args_list'].append(this_call)
                state['_mock_mock_calls'].append(_Call(('', args, kwargs)))
            else:
                delegate.called = True
                delegate.call_count += 1
                delegate.call_args = this_call
                delegate.call_args_list.append(this_call)
                delegate.mock_calls.append(_Call(('', args, kwargs)))
            # the call shows in the parents' records too, named by the path down to this mock
            method_name = self._mock_name
            record_method = self._mock_parent is not None
            call_name = self._mock_new_name
            last_was_call = call_name == '()'
            parent = self._mock_new_parent
            while parent is not None:
                if record_method:
                    parent.method_calls.append(_Call((method_name, args, kwargs)))
                    record_method = parent._mock_parent is not None
                    if record_method:
                        method_name = parent._mock_name + '.' + method_name
                parent.mock_calls.append(_Call((call_name, args, kwargs)))
                parent_name = parent._mock_new_name
                if parent_name:
                    call_name = parent_name + ('' if last_was_call else '.') + call_name
                    last_was_call = parent_name == '()'
                parent = parent._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not _callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_delegate is not None and self._mock_delegate.return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: records calls, returns return_value (or what side_effect says), makes child mocks for
    attributes. Takes spec, spec_set, side_effect, return_value, wraps, name, unsafe and attributes to set."""


class MagicMixin(Base):
    def __init__(self, /, *args, **kwargs):
        self._mock_set_magics()
        super().__init__(*args, **kwargs)
        self._mock_set_magics()

    def _mock_set_magics(self):
        wanted = _magics | _async_method_magics
        methods = getattr(self, '_mock_methods', None)
        if methods is not None:
            allowed = wanted.intersection(methods)
            for name in wanted - allowed:
                if name in type(self).__dict__:
                    delattr(self, name)
            wanted = allowed
        own = type(self)
        present = own.__dict__
        for name in wanted:
            if name not in present:
                setattr(own, name, _MAGIC_PROXIES[name])


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the mock to spec's attributes (only those may be read, or with spec_set also set)."""
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class AsyncMagicMixin(MagicMixin):
    pass


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured: len() is 0, iter() is empty, int() is 1, and so on."""

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the mock to spec's attributes (only those may be read, or with spec_set also set)."""
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock meant to stand as a property on a class: reading calls it, assigning calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, value):
        self(value)


# ---------------------------------------------------------------------------------------------------------------
# AsyncMock

class AsyncMockMixin(Base):
    await_count = _delegating_property('await_count')
    await_args = _delegating_property('await_args')
    await_args_list = _delegating_property('await_args_list')

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        state = self.__dict__
        state['_mock_await_count'] = 0
        state['_mock_await_args'] = None
        state['_mock_await_args_list'] = _CallList()
        flags = getattr(inspect, 'CO_COROUTINE', 128) | getattr(inspect, 'CO_VARARGS', 4) | \
            getattr(inspect, 'CO_VARKEYWORDS', 8)
        state['__code__'] = _CodeFlags(flags)
        mark = getattr(inspect, '_is_coroutine_mark', None)
        if mark is not None:
            state['_is_coroutine_marker'] = mark
        state['__name__'] = 'AsyncMock'
        state['__defaults__'] = tuple()
        state['__kwdefaults__'] = {}
        state['__annotations__'] = None

    async def _execute_mock_call(self, /, *args, **kwargs):
        this_call = _Call((args, kwargs), two=True)
        with _lock:
            self.await_count += 1
            self.await_args = this_call
            self.await_args_list.append(this_call)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not _callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif _iscoroutinefunction(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if _iscoroutinefunction(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def assert_awaited(self):
        """Fail unless the mock was awaited."""
        if self.await_count == 0:
            raise AssertionError('Expected %s to have been awaited.' % (self._mock_name or 'mock'))

    def assert_awaited_once(self):
        """Fail unless the mock was awaited exactly once."""
        if self.await_count != 1:
            raise AssertionError('Expected %s to have been awaited once. Awaited %s times.'
                                 % (self._mock_name or 'mock', self.await_count))

    def assert_awaited_with(self, /, *args, **kwargs):
        """Fail unless the last await was with these arguments."""
        if self.await_args is None:
            raise AssertionError('Expected await: %s\nNot awaited' % self._format_mock_call_signature(args, kwargs))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.await_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs, action='await')) from cause

    def assert_awaited_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was awaited exactly once, with these arguments."""
        if self.await_count != 1:
            raise AssertionError('Expected %s to have been awaited once. Awaited %s times.'
                                 % (self._mock_name or 'mock', self.await_count))
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        """Fail unless the mock was ever awaited with these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(kall) for kall in self.await_args_list]
        if cause or expected not in _AnyComparer(actual):
            raise AssertionError('%s await not found' % self._format_mock_call_signature(args, kwargs)) from cause

    def assert_has_awaits(self, calls, any_order=False):
        """Fail unless await_args_list holds these calls: in a row, or with any_order anywhere."""
        expected = [self._call_matcher(kall) for kall in calls]
        cause = None
        for item in expected:
            if isinstance(item, Exception):
                cause = item
                break
        all_awaits = _CallList(self._call_matcher(kall) for kall in self.await_args_list)
        if not any_order:
            if expected not in all_awaits:
                if cause is None:
                    problem = 'Awaits not found.'
                else:
                    problem = 'Error processing expected awaits.\nErrors: %s' % (
                        [item if isinstance(item, Exception) else None for item in expected],)
                raise AssertionError('%s\nExpected: %s\nActual: %s' % (
                    problem, _CallList(calls), self.await_args_list)) from cause
            return
        remaining = list(all_awaits)
        not_found = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r not all found in await list' % (tuple(not_found),)) from cause

    def assert_not_awaited(self):
        """Fail if the mock was awaited."""
        if self.await_count != 0:
            raise AssertionError('Expected %s to not have been awaited. Awaited %s times.'
                                 % (self._mock_name or 'mock', self.await_count))

    def reset_mock(self, /, *args, **kwargs):
        """Forget the calls and awaits recorded (see Mock.reset_mock)."""
        super().reset_mock(*args, **kwargs)
        self.await_count = 0
        self.await_args = None
        self.await_args_list = _CallList()


class AsyncMock(AsyncMockMixin, AsyncMagicMixin, Mock):
    """A MagicMock whose calls return awaitables: awaiting one runs side_effect / return_value and is counted
    (await_count, await_args, await_args_list, assert_awaited...)."""


# ---------------------------------------------------------------------------------------------------------------
# ThreadingMock

_timeout_unset = sentinel.TIMEOUT_UNSET


class ThreadingMixin(Base):
    DEFAULT_TIMEOUT = None

    def _get_child_mock(self, /, **kwargs):
        if 'timeout' in kwargs:
            kwargs['timeout'] = kwargs['timeout']
        elif '_new_parent' in kwargs and kwargs['_new_parent'] is not None:
            kwargs['timeout'] = kwargs['_new_parent']._mock_wait_timeout
        return super()._get_child_mock(**kwargs)

    def __init__(self, *args, timeout=_timeout_unset, **kwargs):
        super().__init__(*args, **kwargs)
        if timeout is _timeout_unset:
            timeout = self.DEFAULT_TIMEOUT
        self.__dict__['_mock_event'] = threading.Event()
        self.__dict__['_mock_calls_events'] = []
        self.__dict__['_mock_calls_events_lock'] = threading.Lock()
        self.__dict__['_mock_wait_timeout'] = timeout

    def reset_mock(self, /, *args, **kwargs):
        """See Mock.reset_mock; also forgets the calls waited for."""
        super().reset_mock(*args, **kwargs)
        self.__dict__['_mock_event'] = threading.Event()
        self.__dict__['_mock_calls_events'] = []

    def __get_event(self, expected_args, expected_kwargs):
        with self._mock_calls_events_lock:
            for args, kwargs, event in self._mock_calls_events:
                if (args, kwargs) == (expected_args, expected_kwargs):
                    return event
            new_event = threading.Event()
            self._mock_calls_events.append((expected_args, expected_kwargs, new_event))
        return new_event

    def _mock_call(self, *args, **kwargs):
        result = super()._mock_call(*args, **kwargs)
        self.__get_event(args, kwargs).set()
        self._mock_event.set()
        return result

    def wait_until_called(self, *, timeout=_timeout_unset):
        """Wait until the mock is called (fail after timeout seconds)."""
        if timeout is _timeout_unset:
            timeout = self._mock_wait_timeout
        if not self._mock_event.wait(timeout=timeout):
            raise AssertionError('%s was not called before timeout(%s).' % (self._mock_name or 'mock', timeout))

    def wait_until_any_call_with(self, *args, **kwargs):
        """Wait until the mock is called with these arguments (fail after the mock's timeout)."""
        event = self.__get_event(args, kwargs)
        if not event.wait(timeout=self._mock_wait_timeout):
            expected_string = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('%s call not found' % expected_string)


class ThreadingMock(ThreadingMixin, MagicMixin, Mock):
    """A MagicMock that can wait (in another thread) until it is called: wait_until_called,
    wait_until_any_call_with."""


# ---------------------------------------------------------------------------------------------------------------
# create_autospec

def _setup_func(funcopy, mock, sig):
    funcopy.mock = mock

    def assert_called_with(*args, **kwargs):
        return mock.assert_called_with(*args, **kwargs)

    def assert_called(*args, **kwargs):
        return mock.assert_called(*args, **kwargs)

    def assert_not_called(*args, **kwargs):
        return mock.assert_not_called(*args, **kwargs)

    def assert_called_once(*args, **kwargs):
        return mock.assert_called_once(*args, **kwargs)

    def assert_called_once_with(*args, **kwargs):
        return mock.assert_called_once_with(*args, **kwargs)

    def assert_has_calls(*args, **kwargs):
        return mock.assert_has_calls(*args, **kwargs)

    def assert_any_call(*args, **kwargs):
        return mock.assert_any_call(*args, **kwargs)

    def reset_mock(visited=None, *, return_value=False, side_effect=False):
        # (CPython 3.13.0's takes no arguments, so a parent's reset_mock fails on an attached autospec function)
        funcopy.method_calls = _CallList()
        funcopy.mock_calls = _CallList()
        mock.reset_mock(return_value=return_value, side_effect=side_effect)
        result = funcopy.return_value
        if _is_instance_mock(result) and result is not mock:
            result.reset_mock()

    funcopy.called = False
    funcopy.call_count = 0
    funcopy.call_args = None
    funcopy.call_args_list = _CallList()
    funcopy.method_calls = _CallList()
    funcopy.mock_calls = _CallList()
    funcopy.return_value = mock.return_value
    funcopy.side_effect = mock.side_effect
    funcopy._mock_children = mock._mock_children
    funcopy.assert_called_with = assert_called_with
    funcopy.assert_called_once_with = assert_called_once_with
    funcopy.assert_has_calls = assert_has_calls
    funcopy.assert_any_call = assert_any_call
    funcopy.reset_mock = reset_mock
    funcopy.assert_called = assert_called
    funcopy.assert_not_called = assert_not_called
    funcopy.assert_called_once = assert_called_once
    funcopy.__signature__ = sig
    mock._mock_delegate = funcopy


def _setup_async_mock(mock):
    mock.await_count = 0
    mock.await_args = None
    mock.await_args_list = _CallList()

    def forward(name):
        def method(*args, **kwargs):
            return getattr(mock.mock, name)(*args, **kwargs)
        return method

    for name in ('assert_awaited', 'assert_awaited_once', 'assert_awaited_with', 'assert_awaited_once_with',
                 'assert_any_await', 'assert_has_awaits', 'assert_not_awaited'):
        setattr(mock, name, forward(name))


def _signature_function(mock, original, instance=False):
    """A real function with original's name and signature that checks its arguments, then calls mock."""
    skipfirst = isinstance(original, type)
    found = _get_signature_object(original, instance, skipfirst)
    if found is None:
        return mock
    func, sig = found

    def checksig(*args, **kwargs):
        _bind(sig, args, kwargs)

    _copy_func_details(func, checksig)
    name = getattr(original, '__name__', 'funcopy')
    if not isinstance(name, str) or not name.isidentifier():
        name = 'funcopy'
    # built with exec so that the function is really named after the original (ftpython's function repr ignores
    # an assigned __qualname__)
    if _is_async_func(original):
        source = ('async def %s(*args, **kwargs):\n    _checksig_(*args, **kwargs)\n'
                  '    return await mock(*args, **kwargs)\n' % name)
    else:
        source = 'def %s(*args, **kwargs):\n    _checksig_(*args, **kwargs)\n    return mock(*args, **kwargs)\n' % name
    namespace = {'_checksig_': checksig, 'mock': mock}
    exec(source, namespace)
    funcopy = namespace[name]
    _copy_func_details(func, funcopy)
    _setup_func(funcopy, mock, sig)
    return funcopy


def _must_skip(spec, entry, is_type):
    """Whether the method entry of spec is called with its first argument already bound."""
    if not isinstance(spec, type):
        if entry in getattr(spec, '__dict__', {}):
            return False  # an instance attribute
        spec = spec.__class__
    for klass in spec.__mro__:
        found = klass.__dict__.get(entry, DEFAULT)
        if found is DEFAULT:
            continue
        if isinstance(found, (staticmethod, classmethod)):
            return False
        if isinstance(found, FunctionTypes):
            return is_type
        return False
    return is_type


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *, unsafe=False, **kwargs):
    """A mock with the attributes of spec, whose calls (and its methods') check their arguments against spec's
    signatures. A class gives a mock whose return_value is an autospecced instance (instance=True: the
    instance itself)."""
    if _is_list(spec):
        spec = type(spec)
    is_type = isinstance(spec, type)
    if _is_instance_mock(spec):
        raise InvalidSpecError('Cannot autospec a Mock object. [object=%r]' % (spec,))
    is_async_func = _is_async_func(spec)
    mock_kwargs = {'spec': spec}
    entries = [(entry, _missing) for entry in dir(spec)]
    dataclass_names = None
    if is_type and instance:
        dataclass_fields = getattr(spec, '__dataclass_fields__', None)
        if isinstance(dataclass_fields, dict):
            dataclass_names = list(dataclass_fields)
            for field_name, field in dataclass_fields.items():
                entries.append((field_name, getattr(field, 'type', _missing)))
    if spec_set:
        mock_kwargs = {'spec_set': spec}
    elif spec is None:
        mock_kwargs = {}
    if mock_kwargs and instance:
        mock_kwargs['_spec_as_instance'] = True
    if not unsafe:
        _check_spec_arg_typos(kwargs)
    _name = kwargs.pop('name', _name)
    _new_name = _name
    if _parent is None:
        _new_name = ''
    mock_kwargs.update(kwargs)

    klass = MagicMock
    if _is_data_descriptor(spec):
        mock_kwargs = {}
    elif is_type and instance and not _instance_callable(spec):
        klass = NonCallableMagicMock
    elif not _callable(spec):
        klass = NonCallableMagicMock
    elif is_async_func:
        if instance:
            raise RuntimeError('Instance can not be True when create_autospec is mocking an async function')
        klass = AsyncMock

    mock = klass(parent=_parent, _new_parent=_parent, _new_name=_new_name, name=_name, **mock_kwargs)
    if dataclass_names is not None:
        mock._mock_add_spec(dir(spec) + dataclass_names, spec_set)

    if isinstance(spec, FunctionTypes):
        # only at the top: functions are not recursed into
        wrapped = _signature_function(mock, spec)
        if is_async_func and wrapped is not mock:
            _setup_async_mock(wrapped)
        mock = wrapped
    else:
        _check_sig(spec, mock, is_type, instance)

    if _parent is not None and not instance:
        _parent._mock_children[_name] = mock

    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True, _name='()', _parent=mock)

    for entry, original in entries:
        if _is_magic(entry):
            continue
        if original is _missing:
            try:
                original = getattr(spec, entry)
            except AttributeError:
                continue
        child_kwargs = {'spec': original}
        if spec_set:
            child_kwargs = {'spec_set': original}
        if not isinstance(original, FunctionTypes):
            new = _SpecState(original, spec_set, mock, entry, instance)
            mock._mock_children[entry] = new
        else:
            parent = mock
            if isinstance(spec, FunctionTypes):
                parent = mock.mock
            skipfirst = _must_skip(spec, entry, is_type)
            child_kwargs['_eat_self'] = skipfirst
            child_klass = AsyncMock if _iscoroutinefunction(original) else MagicMock
            new = child_klass(parent=parent, name=entry, _new_name=entry, _new_parent=parent, **child_kwargs)
            mock._mock_children[entry] = new
            new.return_value = child_klass()
            _check_sig(original, new, skipfirst=skipfirst)
        if isinstance(new, FunctionTypes):
            setattr(mock, entry, new)
    return mock


# ---------------------------------------------------------------------------------------------------------------
# patch

def _resolve_name(name):
    """The object a dotted name stands for: the longest importable module prefix, then attributes."""
    parts = name.split('.')
    module_name = parts[0]
    obj = __import__(module_name)
    for index in range(1, len(parts)):
        part = parts[index]
        try:
            obj = getattr(obj, part)
        except AttributeError:
            module_name = '.'.join(parts[:index + 1])
            try:
                __import__(module_name)
            except ImportError:
                pass
            obj = getattr(obj, part)
    return obj


def _get_target(target):
    try:
        owner, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError('Need a valid target to patch. You supplied: %r' % (target,))
    return partial(_resolve_name, owner), attribute


_builtins = {name for name in dir(builtins) if not name.startswith('_')}


class _patch(object):
    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs, *,
                 unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        if not unsafe:
            _check_spec_arg_typos(kwargs)
        if _is_instance_mock(spec):
            raise InvalidSpecError('Cannot spec attr %r as the spec has already been mocked out. [spec=%r]'
                                   % (attribute, spec))
        if _is_instance_mock(spec_set):
            raise InvalidSpecError('Cannot spec attr %r as the spec_set target has already been mocked out. '
                                   '[spec_set=%r]' % (attribute, spec_set))
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []
        self.is_started = False
        self.unsafe = unsafe

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec, self.create, self.spec_set,
                         self.autospec, self.new_callable, self.kwargs, unsafe=self.unsafe)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if inspect.iscoroutinefunction(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not callable(attr_value):
                continue
            patcher = self.copy()
            setattr(klass, attr, patcher(attr_value))
        return klass

    @contextlib.contextmanager
    def decoration_helper(self, patched, args, keywargs):
        extra_args = []
        with contextlib.ExitStack() as exit_stack:
            for patching in patched.patchings:
                arg = exit_stack.enter_context(patching)
                if patching.attribute_name is not None:
                    keywargs.update(arg)
                elif patching.new is DEFAULT:
                    extra_args.append(arg)
            args += tuple(extra_args)
            yield (args, keywargs)

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @wraps(func)
        def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (newargs, newkeywargs):
                return func(*newargs, **newkeywargs)

        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @wraps(func)
        async def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (newargs, newkeywargs):
                return await func(*newargs, **newkeywargs)

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _builtins and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError('%s does not have the attribute %r' % (target, name))
        return original, local

    def __enter__(self):
        """Perform the patch."""
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if (spec is not None or autospec is not None) and spec_set not in (True, None):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")

        original, local = self.get_original()

        if new is DEFAULT and autospec is None:
            inherit = False
            if spec is True:
                spec = original
                if spec_set is True:
                    spec_set = original
                    spec = None
            elif spec is not None:
                if spec_set is True:
                    spec_set = spec
                    spec = None
            elif spec_set is True:
                spec_set = original

            if spec is not None or spec_set is not None:
                if original is DEFAULT:
                    raise TypeError("Can't use 'spec' with create=True")
                if isinstance(original, type):
                    inherit = True
            if spec is None and _is_async_obj(original):
                klass = AsyncMock
            else:
                klass = MagicMock
            mock_kwargs = {}
            if new_callable is not None:
                klass = new_callable
            elif spec is not None or spec_set is not None:
                this_spec = spec if spec_set is None else spec_set
                if _is_list(this_spec):
                    not_callable = '__call__' not in this_spec
                else:
                    not_callable = not callable(this_spec)
                if _is_async_obj(this_spec):
                    klass = AsyncMock
                elif not_callable:
                    klass = NonCallableMagicMock
            if spec is not None:
                mock_kwargs['spec'] = spec
            if spec_set is not None:
                mock_kwargs['spec_set'] = spec_set
            if isinstance(klass, type) and issubclass(klass, NonCallableMock) and self.attribute:
                mock_kwargs['name'] = self.attribute
            mock_kwargs.update(kwargs)
            new = klass(**mock_kwargs)

            if inherit and _is_instance_mock(new):
                # the mock stands for a class: what it returns stands for an instance
                this_spec = spec if spec_set is None else spec_set
                if not _is_list(this_spec) and not _instance_callable(this_spec):
                    klass = NonCallableMagicMock
                mock_kwargs.pop('name')
                new.return_value = klass(_new_parent=new, _new_name='()', **mock_kwargs)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            if _is_instance_mock(self.target):
                raise InvalidSpecError('Cannot autospec attr %r as the patch target has already been mocked out. '
                                       '[target=%r, attr=%r]' % (self.attribute, self.target, autospec))
            if _is_instance_mock(autospec):
                target_name = getattr(self.target, '__name__', self.target)
                raise InvalidSpecError('Cannot autospec attr %r from target %r as it has already been mocked out. '
                                       '[target=%r, attr=%r]' % (self.attribute, target_name, self.target,
                                                                 autospec))
            new = create_autospec(autospec, spec_set=spec_set, _name=self.attribute, **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")

        new_attr = new
        self.temp_original = original
        self.is_local = local
        self._exit_stack = contextlib.ExitStack()
        self.is_started = True
        try:
            setattr(self.target, self.attribute, new_attr)
            if self.attribute_name is not None:
                extra_args = {}
                if self.new is DEFAULT:
                    extra_args[self.attribute_name] = new
                for patching in self.additional_patchers:
                    arg = self._exit_stack.enter_context(patching)
                    if patching.new is DEFAULT:
                        extra_args.update(arg)
                return extra_args
            return new
        except:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        """Undo the patch."""
        if not self.is_started:
            return
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or self.attribute in (
                    '__doc__', '__module__', '__defaults__', '__annotations__', '__kwdefaults__')):
                # the attribute was found by lookup, not stored here: put it back
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        exit_stack = self._exit_stack
        del self._exit_stack
        self.is_started = False
        return exit_stack.__exit__(*exc_info)

    def start(self):
        """Activate a patch, returning any created mock."""
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        """Stop an active patch."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            pass
        return self.__exit__(None, None, None)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
                  new_callable=None, *, unsafe=False, **kwargs):
    """patch.object(target, attribute, ...): patch the named attribute of an object (see patch)."""
    if type(target) is str:
        raise TypeError('%r must be the actual object to be patched, not a str' % (target,))
    getter = lambda: target
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None, new_callable=None, **kwargs):
    """patch.multiple(target, name=value, ...): several patches at once; DEFAULT values make mocks, passed as
    keyword arguments to a decorated function, or returned as a dict by the context manager."""
    if type(target) is str:
        getter = partial(_resolve_name, target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this_patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
        this_patcher.attribute_name = attribute
        patcher.additional_patchers.append(this_patcher)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None, new_callable=None, *,
          unsafe=False, **kwargs):
    """Replace the object named by target ('package.module.Name') with new (a MagicMock, or an AsyncMock for an
    async function, by default) while a decorated function runs, inside a with block, or between start() and
    stop(). spec, spec_set, autospec, new_callable and keyword arguments configure the mock made."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs, unsafe=unsafe)


class _patch_dict(object):
    """patch.dict(in_dict, values=(), clear=False, **kwargs): set keys in a dict (or a dotted name of one) and
    restore it afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        if inspect.iscoroutinefunction(f):
            return self.decorate_async_callable(f)
        return self.decorate_callable(f)

    def decorate_callable(self, f):
        @wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_async_callable(self, f):
        @wraps(f)
        async def _inner(*args, **kw):
            self._patch_dict()
            try:
                return await f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if callable(attr_value):
                decorator = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, attr, decorator(attr_value))
        return klass

    def __enter__(self):
        """Patch the dict."""
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _resolve_name(self.in_dict)
        in_dict = self.in_dict
        values = self.values
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(values)
        except AttributeError:
            for key in values:
                in_dict[key] = values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        """Unpatch the dict."""
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        """Activate a patch, returning any created mock."""
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        """Stop an active patch."""
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            pass
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    """Stop all active patches (the most recently started first)."""
    for active in reversed(_patch._active_patches):
        active.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


# ---------------------------------------------------------------------------------------------------------------
# mock_open, seal

file_spec = None
open_spec = None


def _to_stream(read_data):
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=''):
    """A mock to stand for open(): its handle's read, readline, readlines and iteration give read_data; writes
    are recorded (handle.write.call_args...). The data starts again at each call of the mock."""
    global file_spec, open_spec
    state = [_to_stream(read_data), None]

    def _readlines_side_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return state[0].readlines(*args, **kwargs)

    def _read_side_effect(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return state[0].read(*args, **kwargs)

    def _readline_side_effect(*args, **kwargs):
        yield from _iter_side_effect()
        while True:
            yield state[0].readline(*args, **kwargs)

    def _iter_side_effect():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in state[0]:
            yield line

    def _next_side_effect():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(state[0])

    def _exit_side_effect(exctype, excinst, exctb):
        handle.close()

    if file_spec is None:
        file_spec = list(set(dir(io.TextIOWrapper)).union(set(dir(io.BytesIO))))
    if open_spec is None:
        open_spec = list(set(dir(io.open)))
    if mock is None:
        mock = MagicMock(name='open', spec=open_spec)

    handle = MagicMock(spec=file_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None

    handle.read.side_effect = _read_side_effect
    state[1] = _readline_side_effect()
    handle.readline.side_effect = state[1]
    handle.readlines.side_effect = _readlines_side_effect
    handle.__iter__.side_effect = _iter_side_effect
    handle.__next__.side_effect = _next_side_effect
    handle.__exit__.side_effect = _exit_side_effect

    def reset_data(*args, **kwargs):
        state[0] = _to_stream(read_data)
        if handle.readline.side_effect == state[1]:
            # start readline over too, unless the user replaced its side effect
            state[1] = _readline_side_effect()
            handle.readline.side_effect = state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


def seal(mock):
    """Stop mock (and the child mocks it made) from making new attributes: looking one up raises
    AttributeError."""
    mock._mock_sealed = True
    for attr in dir(mock):
        try:
            child = getattr(mock, attr)
        except AttributeError:
            continue
        if not isinstance(child, NonCallableMock):
            continue
        if isinstance(child._mock_children.get(attr), _SpecState):
            continue
        if child._mock_new_parent is mock:
            seal(child)
