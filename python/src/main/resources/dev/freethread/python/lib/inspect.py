# SPDX-License-Identifier: Apache-2.0
# inspect for ftpython: signatures (Signature, Parameter, BoundArguments, signature, getfullargspec) read from a
# function's __code__, __defaults__, __kwdefaults__ and __annotations__ as CPython's are; the is* predicates,
# getmembers, getdoc, cleandoc, getmodule, getfile, unwrap, and getsource/getsourcelines from the file (the block
# its indentation ends), get_annotations (3.10's, with eval_str); frames (currentframe, stack, getframeinfo);
# getattr_static and getmembers_static, getcallargs, getclosurevars, getargvalues, classify_class_attrs,
# getclasstree, getcomments, findsource.
import enum as _enum
import sys as _sys
import collections as _collections
import functools as _functools
import os as _os

__all__ = ['Parameter', 'Signature', 'BoundArguments', 'signature', 'getfullargspec', 'isfunction', 'ismethod',
           'isclass', 'ismodule', 'isbuiltin', 'isroutine', 'isgenerator', 'isgeneratorfunction',
           'iscoroutinefunction', 'iscoroutine', 'isawaitable', 'isabstract', 'isgetsetdescriptor', 'ismemberdescriptor', 'getmembers', 'getdoc', 'cleandoc',
           'getmodule', 'getfile', 'getsourcefile', 'getsource', 'getsourcelines', 'unwrap', 'currentframe',
           'get_annotations', 'getattr_static', 'getmembers_static', 'getmro', 'getcallargs', 'getclosurevars',
           'ClosureVars', 'getargvalues', 'ArgInfo', 'formatargvalues', 'getmodulename', 'getabsfile', 'indentsize',
           'getlineno', 'findsource', 'getcomments', 'getasyncgenstate', 'getcoroutinelocals', 'getasyncgenlocals',
           'AGEN_CREATED', 'AGEN_RUNNING', 'AGEN_SUSPENDED', 'AGEN_CLOSED', 'markcoroutinefunction',
           'ismethodwrapper', 'walktree', 'getclasstree', 'classify_class_attrs', 'Attribute']

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


def _function_type():
    def f():
        pass
    return type(f)


_FunctionType = _function_type()
_BuiltinType = type(len)
_ModuleType = type(_sys)


def _generator_type():
    def g():
        yield
    return type(g())


_GeneratorType = _generator_type()


def ismodule(obj):
    return isinstance(obj, _ModuleType)


def isclass(obj):
    return isinstance(obj, type)


def ismethod(obj):
    return hasattr(obj, '__func__') and hasattr(obj, '__self__') and not isclass(obj) and \
        type(obj).__name__ == 'method'


def isfunction(obj):
    return isinstance(obj, _FunctionType)


def isbuiltin(obj):
    return isinstance(obj, _BuiltinType)


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj)


def isgeneratorfunction(obj):
    obj = _unwrap_partial(obj)
    code = getattr(getattr(obj, '__func__', obj), '__code__', None)
    return code is not None and bool(code.co_flags & CO_GENERATOR)


def isgenerator(obj):
    return isinstance(obj, _GeneratorType)


def iscoroutinefunction(obj):
    obj = _unwrap_partial(obj)
    if getattr(getattr(obj, '__func__', obj), '_is_coroutine_marker', None) is _is_coroutine_mark:
        return True  # markcoroutinefunction
    code = getattr(getattr(obj, '__func__', obj), '__code__', None)
    return code is not None and bool(code.co_flags & CO_COROUTINE)


def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine' and type(obj).__module__ == 'builtins'


def isasyncgenfunction(obj):
    obj = _unwrap_partial(obj)
    code = getattr(getattr(obj, '__func__', obj), '__code__', None)
    return code is not None and bool(code.co_flags & CO_ASYNC_GENERATOR)


def isasyncgen(obj):
    return type(obj).__name__ == 'async_generator' and type(obj).__module__ == 'builtins'


def isawaitable(obj):
    return hasattr(type(obj), '__await__')


def isabstract(obj):
    return isinstance(obj, type) and bool(getattr(obj, '__abstractmethods__', False))


def isdatadescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    if isgetsetdescriptor(obj) or ismemberdescriptor(obj):
        return True
    tp = type(obj)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def isgetsetdescriptor(obj):
    import types
    return isinstance(obj, types.GetSetDescriptorType)


def ismemberdescriptor(obj):
    import types
    return isinstance(obj, types.MemberDescriptorType)


def ismethoddescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getgeneratorstate(generator):
    """Get current state of a generator-iterator: GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    """Get current state of a coroutine object: CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if getattr(coroutine, 'cr_frame', 0) is None:
        return CORO_CLOSED
    return CORO_CREATED


def getgeneratorlocals(generator):
    """The generator's locals while it runs on this thread ({} otherwise: ftpython's frames count no local)."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = generator.gi_frame
    return frame.f_locals if frame is not None else {}


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """The annotations dict of a module, class or callable (a new dict), as CPython 3.10-3.13's: a class's own only
    (not its bases'), {} for none; eval_str evaluates the string values in the object's globals and locals."""
    if isinstance(obj, type):
        ns = obj.__dict__
        ann = ns.get('__annotations__', None)
        module = _sys.modules.get(getattr(obj, '__module__', None), None)
        obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrapped = obj
    elif isinstance(obj, type(_sys)):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__')
        obj_locals = None
        unwrapped = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrapped = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann or not eval_str:
        return dict(ann)
    if unwrapped is not None:  # the globals of what a decorator or partial wraps
        while True:
            if hasattr(unwrapped, '__wrapped__'):
                unwrapped = unwrapped.__wrapped__
                continue
            if isinstance(unwrapped, _functools.partial):
                unwrapped = unwrapped.func
                continue
            break
        if hasattr(unwrapped, '__globals__'):
            obj_globals = unwrapped.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


def _getmembers(obj, predicate, getter):
    results = []
    for key in dir(obj):
        try:
            value = getter(obj, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(obj, predicate=None):
    return _getmembers(obj, predicate, getattr)


def cleandoc(doc):
    """A docstring with its indentation removed, as CPython's: the first line's leading spaces, the common
    indentation of the others, and blank lines at both ends."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(obj):
    try:
        doc = obj.__doc__
    except AttributeError:
        return None
    if doc is None and isclass(obj):
        for base in obj.__mro__[1:]:
            if base is object:
                break
            doc = base.__doc__
            if doc is not None:
                break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(obj, _filename=None):
    if ismodule(obj):
        return obj
    name = getattr(obj, '__module__', None)
    if name is None:
        return None
    return _sys.modules.get(name)


def unwrap(func, *, stop=None):
    f = func
    seen = {id(f)}
    while hasattr(f, '__wrapped__') and (stop is None or not stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(f))
    return f


def getfile(obj):
    if ismodule(obj):
        f = getattr(obj, '__file__', None)
        if f:
            return f
        raise TypeError('{!r} is a built-in module'.format(obj))
    if isclass(obj):
        module = _sys.modules.get(obj.__module__)
        f = getattr(module, '__file__', None)
        if f:
            return f
        raise TypeError('{!r} is a built-in class'.format(obj))
    obj = getattr(obj, '__func__', obj)
    code = getattr(obj, '__code__', None)
    if code is not None:
        return code.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or code object was expected, got {}'
                    .format(type(obj).__name__))


def getsourcefile(obj):
    f = getfile(obj)
    return f if _os.path.exists(f) else None


def _source_lines(obj):
    filename = getsourcefile(obj)
    if filename is None:
        raise OSError('could not get source code')
    with open(filename) as fh:
        return fh.read().splitlines(True)


def getsourcelines(obj):
    obj = unwrap(obj)
    lines = _source_lines(obj)
    if ismodule(obj):
        return lines, 0
    if isclass(obj):
        first = None
        target = 'class ' + obj.__name__
        for i, line in enumerate(lines):
            stripped = line.lstrip()
            if stripped.startswith(target) and stripped[len(target):len(target) + 1] in ('(', ':', ' '):
                first = i
                break
        if first is None:
            raise OSError('could not find class definition')
    else:
        code = getattr(getattr(obj, '__func__', obj), '__code__', None)
        if code is None:
            raise TypeError('module, class, method, function, traceback, frame, or code object was expected, got {}'
                            .format(type(obj).__name__))
        first = code.co_firstlineno - 1
    while first > 0 and lines[first - 1].lstrip().startswith('@'):
        first -= 1
    start = first
    while start < len(lines) and lines[start].lstrip().startswith('@'):
        start += 1
    base = len(lines[start]) - len(lines[start].lstrip())
    end = start + 1
    last = end
    while end < len(lines):
        line = lines[end]
        if line.strip():
            if len(line) - len(line.lstrip()) <= base:
                break
            last = end + 1
        end += 1
    return lines[first:last], first + 1


def getsource(obj):
    return ''.join(getsourcelines(obj)[0])


def currentframe():
    """The caller's frame (sys._getframe(1))."""
    return _sys._getframe(1)


def isframe(obj):
    return type(obj).__name__ == 'frame'


def iscode(obj):
    return type(obj).__name__ == 'code'


def istraceback(obj):
    return type(obj).__name__ == 'traceback'


Traceback = _collections.namedtuple('Traceback', 'filename lineno function code_context index')


class FrameInfo(_collections.namedtuple('_FrameInfo', 'frame filename lineno function code_context index')):
    """An entry of stack(): the frame and where it stands (a named tuple, as CPython's)."""
    __slots__ = ()

    def __repr__(self):
        return ('FrameInfo(frame=%r, filename=%r, lineno=%r, function=%r, code_context=%r, index=%r)'
                % tuple(self))


def _context(filename, lineno, context):
    if context <= 0:
        return None, None
    try:
        with open(filename, encoding='utf-8') as f:
            lines = f.readlines()
    except (OSError, UnicodeDecodeError, ValueError):
        return None, None
    start = max(0, min(lineno - 1 - (context - 1) // 2, len(lines) - context))
    return lines[start:start + context], lineno - 1 - start


def getframeinfo(frame, context=1):
    """Traceback(filename, lineno, function, code_context, index) of a frame or a traceback."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    filename = frame.f_code.co_filename
    lines, index = _context(filename, lineno, context)
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getouterframes(frame, context=1):
    """FrameInfo for the frame and each one it was called from, innermost first."""
    out = []
    while frame is not None:
        info = getframeinfo(frame, context)
        out.append(FrameInfo(frame, *info))
        frame = frame.f_back
    return out


def stack(context=1):
    """FrameInfo for the caller's frame and each one out to the module's."""
    return getouterframes(_sys._getframe(1), context)


# ---- signatures

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(_enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _PARAM_NAME_MAPPING[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_PARAM_NAME_MAPPING = {
    _POSITIONAL_ONLY: 'positional-only',
    _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional',
    _KEYWORD_ONLY: 'keyword-only',
    _VAR_KEYWORD: 'variadic keyword',
}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """A parameter of a signature: its name, kind, default and annotation (the last two Parameter.empty if none)."""

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{self._kind.description} parameters cannot have default values')
        self._default = default
        self._annotation = annotation
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name, self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and self._default == other._default
                and self._annotation == other._annotation)


class BoundArguments:
    """The arguments of a call bound to a signature's parameters (Signature.bind)."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        """The positional arguments a call would pass: the bound values up to the first parameter not bound or that
        only a keyword can bind, *args spread."""
        out = []
        for p in self._signature.parameters.values():
            if p.kind in (_KEYWORD_ONLY, _VAR_KEYWORD) or p.name not in self.arguments:
                break
            v = self.arguments[p.name]
            if p.kind == _VAR_POSITIONAL:
                out.extend(v)
            else:
                out.append(v)
        return tuple(out)

    @property
    def kwargs(self):
        """The keyword arguments a call would pass: what args does not, **kwargs spread."""
        out = {}
        in_args = True
        for p in self._signature.parameters.values():
            if in_args and p.kind not in (_KEYWORD_ONLY, _VAR_KEYWORD) and p.name in self.arguments:
                continue
            in_args = False
            if p.name not in self.arguments or p.kind == _VAR_POSITIONAL:
                continue
            if p.kind == _VAR_KEYWORD:
                out.update(self.arguments[p.name])
            else:
                out[p.name] = self.arguments[p.name]
        return out

    def apply_defaults(self):
        """Binds each parameter left unbound to its default (*args to (), **kwargs to {}), in signature order."""
        done = {}
        for name, p in self._signature.parameters.items():
            if name in self.arguments:
                done[name] = self.arguments[name]
            elif p.default is not _empty:
                done[name] = p.default
            elif p.kind == _VAR_POSITIONAL:
                done[name] = ()
            elif p.kind == _VAR_KEYWORD:
                done[name] = {}
        self.arguments = done

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append('{}={!r}'.format(arg, value))
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """A callable's parameters and return annotation."""

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = _collections.OrderedDict()
        last_kind = _POSITIONAL_ONLY
        defaulted = None
        for p in parameters or ():
            if __validate_parameters__:
                if p.kind < last_kind:
                    raise ValueError('wrong parameter order: {} parameter before {} parameter'.format(
                        last_kind.description, p.kind.description))
                last_kind = p.kind
                if p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if p.default is not _empty:
                        defaulted = p
                    elif defaulted is not None:
                        raise ValueError('non-default argument follows default argument')
            if p.name in params:
                raise ValueError('duplicate parameter name: {!r}'.format(p.name))
            params[p.name] = p
        self._parameters = params
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature(obj, follow_wrapped)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        params = tuple(param for param in self.parameters.values() if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values() if param.kind == _KEYWORD_ONLY}
        return hash((params, frozenset(kwo_params.items()), self.return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self.return_annotation == other.return_annotation
                and list(self.parameters.values()) == list(other.parameters.values()))

    def _bind(self, args, kwargs, *, partial=False):
        """Binds a call's arguments as the call would: positional ones first (the rest to *args), then keywords;
        CPython's TypeErrors for what is missing, too many, twice, or unknown."""
        kwargs = dict(kwargs)
        arguments = {}
        params = list(self._parameters.values())
        rest = list(args)
        for p in params:
            if p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD) and rest:
                if p.kind == _POSITIONAL_OR_KEYWORD and p.name in kwargs:
                    raise TypeError('multiple values for argument {!r}'.format(p.name))
                arguments[p.name] = rest.pop(0)
            elif p.kind == _VAR_POSITIONAL:
                if rest:
                    arguments[p.name] = tuple(rest)
                    rest = []
                break
            elif p.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                break
        if rest:
            raise TypeError('too many positional arguments')
        varkw = None
        posonly_by_keyword = []
        for p in params:
            if p.name in arguments or p.kind == _VAR_POSITIONAL:
                continue
            if p.kind == _VAR_KEYWORD:
                varkw = p
            elif p.kind != _POSITIONAL_ONLY and p.name in kwargs:
                arguments[p.name] = kwargs.pop(p.name)
            elif p.default is _empty and not partial:
                if p.kind == _POSITIONAL_ONLY and p.name in kwargs:
                    raise TypeError('missing a required positional-only argument: {!r}'.format(p.name))
                raise TypeError('missing a required{} argument: {!r}'.format(
                    ' keyword-only' if p.kind == _KEYWORD_ONLY else '', p.name))
            elif p.kind == _POSITIONAL_ONLY and p.name in kwargs:
                posonly_by_keyword.append(p.name)
        if kwargs:
            if varkw is not None:
                arguments[varkw.name] = kwargs
            elif posonly_by_keyword:
                raise TypeError('got some positional-only arguments passed as keyword arguments: {!r}'.format(
                    ', '.join(posonly_by_keyword)))
            else:
                raise TypeError('got an unexpected keyword argument {!r}'.format(next(iter(kwargs))))
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        parts = []
        open_posonly = False
        star_written = False
        for p in self._parameters.values():
            if open_posonly and p.kind != _POSITIONAL_ONLY:
                parts.append('/')
                open_posonly = False
            if p.kind == _POSITIONAL_ONLY:
                open_posonly = True
            elif p.kind == _VAR_POSITIONAL:
                star_written = True
            elif p.kind == _KEYWORD_ONLY and not star_written:
                parts.append('*')
                star_written = True
            parts.append(str(p))
        if open_posonly:
            parts.append('/')
        text = '(' + ', '.join(parts) + ')'
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text


def _from_function(func):
    code = func.__code__
    pos_count = code.co_argcount
    names = code.co_varnames
    posonly = code.co_posonlyargcount
    kwonly = code.co_kwonlyargcount
    annotations = getattr(func, '__annotations__', {}) or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    params = []
    non_default = pos_count - len(defaults)
    for i in range(pos_count):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - non_default] if i >= non_default else _empty
        params.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    index = pos_count + kwonly
    kw_names = names[pos_count:pos_count + kwonly]
    if code.co_flags & CO_VARARGS:
        name = names[index]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        index += 1
    for name in kw_names:
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return Signature(params, return_annotation=annotations.get('return', _empty), __validate_parameters__=False)


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _unwrap_partial(func):
    while isinstance(func, _functools.partial):
        func = func.func
    return func


def _signature(obj, follow_wrapped=True):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if ismethod(obj):
        return _drop_first(_signature(obj.__func__, follow_wrapped))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if ismethod(obj):
            return _signature(obj, follow_wrapped)
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
        return sig
    if isfunction(obj):
        return _from_function(obj)
    if isinstance(obj, _functools.partial):
        # what partial's arguments leave: positional ones are gone; a keyword one stays as a keyword-only parameter
        # with that default, and so do the positional-or-keyword parameters after it (*args then goes)
        wrapped = _signature(obj.func, follow_wrapped)
        bound = wrapped.bind_partial(*obj.args, **obj.keywords)
        params = []
        keywords_only = False
        for name, p in wrapped.parameters.items():
            if name in obj.keywords and p.kind not in (_VAR_POSITIONAL, _VAR_KEYWORD):
                p = p.replace(default=obj.keywords[name])
                if p.kind == _POSITIONAL_OR_KEYWORD:
                    p = p.replace(kind=_KEYWORD_ONLY)
                    keywords_only = True
            elif name in bound.arguments and p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                continue
            elif keywords_only and p.kind == _POSITIONAL_OR_KEYWORD:
                p = p.replace(kind=_KEYWORD_ONLY)
            elif keywords_only and p.kind == _VAR_POSITIONAL:
                continue
            params.append(p)
        return wrapped.replace(parameters=params)
    if isclass(obj):
        for meta in type(obj).__mro__:  # a metaclass's own __call__ decides first, as CPython's
            if meta is type or meta is object:
                break
            call = meta.__dict__.get('__call__')
            if call is not None:
                if isfunction(call):
                    return _drop_first(_from_function(call))
                return _signature(call, follow_wrapped)
        for base in obj.__mro__:
            if base is object:
                break
            init = base.__dict__.get('__init__')
            if isfunction(init):
                return _drop_first(_from_function(init))
            new = base.__dict__.get('__new__')
            if new is not None:
                new = getattr(new, '__func__', new)
                if isfunction(new):
                    return _drop_first(_from_function(new))
        if obj.__mro__[-1] is object and all(b.__module__ != 'builtins' or b is object for b in obj.__mro__):
            return Signature()
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    if isbuiltin(obj):
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    call = getattr(type(obj), '__call__', None)
    if call is not None and isfunction(call):
        return _drop_first(_from_function(call))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable: a function, method, class (its __init__), functools.partial, or an object with
    __call__; ValueError for built-ins, whose parameters ftpython does not record."""
    return _signature(obj, follow_wrapped)


FullArgSpec = _collections.namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, '
                                                     'annotations')


def getfullargspec(func):
    try:
        sig = _signature(func, follow_wrapped=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = None
    varkw = None
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind == _VAR_POSITIONAL:
            varargs = name
        elif kind == _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind == _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    if not kwdefaults:
        kwdefaults = None
    if not defaults:
        defaults = None
    return FullArgSpec(args, varargs, varkw, defaults, kwonlyargs, kwdefaults, annotations)


# ---- static lookup, call arguments, closures and frames' arguments (CPython 3.13's documented behaviour)

_sentinel = object()


def getmro(cls):
    """The class's method resolution order, the class first."""
    return cls.__mro__


def _static_getmro(klass):
    return type.__dict__['__mro__'].__get__(klass) if '__mro__' in type.__dict__ else klass.__mro__


def _instance_dict(obj):
    try:
        return object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return {}


def _shadowed_dict(klass):
    """What a class along klass's MRO defines as its instances' __dict__ when that is not the usual slot (a property
    named __dict__, say), else the sentinel: getattr_static must not run it."""
    for entry in _static_getmro(klass):
        own = type.__dict__['__dict__'].__get__(entry) if '__dict__' in type.__dict__ else entry.__dict__
        if '__dict__' in own:
            d = own['__dict__']
            if not (type(d).__name__ == 'getset_descriptor' and getattr(d, '__name__', None) == '__dict__'
                    and getattr(d, '__objclass__', entry) is entry):
                return d
    return _sentinel


def _check_class(klass, attr):
    for entry in _static_getmro(klass):
        if _shadowed_dict(type(entry)) is _sentinel:
            own = entry.__dict__
            if attr in own:
                return own[attr]
    return _sentinel


def _is_type(obj):
    return isinstance(obj, type)  # no attribute of obj is read: its __getattr__ must not run


def getattr_static(obj, attr, default=_sentinel):
    """The attribute as it is stored, without running descriptors, __getattr__ or __getattribute__: an instance's
    own value, else the first class along the MRO that has it (a data descriptor on the class wins over the
    instance's value), else, for a class, its metaclass's."""
    instance_result = _sentinel
    if not _is_type(obj):
        klass = type(obj)
        dict_attr = _shadowed_dict(klass)
        if dict_attr is _sentinel or type(dict_attr).__name__ == 'member_descriptor':
            instance_result = _instance_dict(obj).get(attr, _sentinel) if isinstance(_instance_dict(obj), dict) \
                else _sentinel
    else:
        klass = obj
    klass_result = _check_class(klass, attr)
    if instance_result is not _sentinel and klass_result is not _sentinel:
        kind = type(klass_result)
        if (_check_class(kind, '__get__') is not _sentinel
                and (_check_class(kind, '__set__') is not _sentinel
                     or _check_class(kind, '__delete__') is not _sentinel)):
            return klass_result
    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result
    if obj is klass:  # a class: its metaclass's attributes too
        for entry in _static_getmro(type(klass)):
            if _shadowed_dict(type(entry)) is _sentinel and attr in entry.__dict__:
                return entry.__dict__[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


def getmembers_static(obj, predicate=None):
    """getmembers through getattr_static: no descriptor, property or __getattr__ runs."""
    return _getmembers(obj, predicate, getattr_static)


def _missing_arguments(f_name, argnames, positional, values):
    names = [repr(name) for name in argnames if name not in values]
    missing = len(names)
    if missing == 1:
        text = names[0]
    elif missing == 2:
        text = '%s and %s' % tuple(names)
    else:
        text = ', '.join(names[:-1]) + ' and ' + names[-1]
    raise TypeError('%s() missing %i required %s argument%s: %s'
                    % (f_name, missing, 'positional' if positional else 'keyword-only', '' if missing == 1 else 's',
                       text))


def _too_many(f_name, args, kwonly, varargs, defcount, given, values):
    atleast = len(args) - defcount
    kwonly_given = len([arg for arg in kwonly if arg in values])
    if varargs:
        plural = atleast != 1
        sig = 'at least %d' % (atleast,)
    elif defcount:
        plural = True
        sig = 'from %d to %d' % (atleast, len(args))
    else:
        plural = len(args) != 1
        sig = str(len(args))
    kwonly_sig = ''
    if kwonly_given:
        kwonly_sig = ' positional argument%s (and %d keyword-only argument%s)' % (
            's' if given != 1 else '', kwonly_given, 's' if kwonly_given != 1 else '')
    raise TypeError('%s() takes %s positional argument%s but %d%s %s given'
                    % (f_name, sig, 's' if plural else '', given, kwonly_sig,
                       'was' if given == 1 and not kwonly_given else 'were'))


def getcallargs(func, /, *positional, **named):
    """The arguments' values by parameter name as a call func(*positional, **named) would bind them: positional
    parameters first, then *args and **kwargs, then the keywords given, then defaults; CPython's TypeErrors when
    they do not fit."""
    spec = getfullargspec(func.__func__ if ismethod(func) else func)  # a bound method's self is a parameter here
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, _ = spec
    f_name = func.__name__
    values = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    num_pos = len(positional)
    num_args = len(args)
    num_defaults = len(defaults) if defaults else 0
    n = min(num_pos, num_args)
    for i in range(n):
        values[args[i]] = positional[i]
    if varargs:
        values[varargs] = tuple(positional[n:])
    possible_kwargs = set(args + kwonlyargs)
    if varkw:
        values[varkw] = {}
    for kw, value in named.items():
        if kw not in possible_kwargs:
            if not varkw:
                raise TypeError('%s() got an unexpected keyword argument %r' % (f_name, kw))
            values[varkw][kw] = value
            continue
        if kw in values:
            raise TypeError('%s() got multiple values for argument %r' % (f_name, kw))
        values[kw] = value
    if num_pos > num_args and not varargs:
        _too_many(f_name, args, kwonlyargs, varargs, num_defaults, num_pos, values)
    if num_pos < num_args:
        required = args[:num_args - num_defaults]
        for arg in required:
            if arg not in values:
                _missing_arguments(f_name, required, True, values)
        for i, arg in enumerate(args[num_args - num_defaults:]):
            if arg not in values:
                values[arg] = defaults[i]
    missing = 0
    for kwarg in kwonlyargs:
        if kwarg not in values:
            if kwonlydefaults and kwarg in kwonlydefaults:
                values[kwarg] = kwonlydefaults[kwarg]
            else:
                missing += 1
    if missing:
        _missing_arguments(f_name, kwonlyargs, False, values)
    return values


ClosureVars = _collections.namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    """The names a function refers to, split by where they are found: its closure's cells (nonlocals), its
    globals, the builtins, and those found nowhere (unbound)."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    code = func.__code__
    if func.__closure__ is None:
        nonlocal_vars = {}
    else:
        nonlocal_vars = {var: cell.cell_contents for var, cell in zip(code.co_freevars, func.__closure__)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get('__builtins__', _sys.modules['builtins'].__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars = {}
    builtin_vars = {}
    unbound_names = set()
    names = list(code.co_names)
    for const in code.co_consts:  # the names inner functions use, as CPython walks nested code objects
        if iscode(const):
            names.extend(const.co_names)
    for name in names:
        if name in ('None', 'True', 'False'):
            continue
        try:
            global_vars[name] = global_ns[name]
        except KeyError:
            try:
                builtin_vars[name] = builtin_ns[name]
            except KeyError:
                unbound_names.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound_names)


ArgInfo = _collections.namedtuple('ArgInfo', 'args varargs keywords locals')


def getargvalues(frame):
    """A frame's argument names, its *args and **kwargs names, and its locals."""
    code = frame.f_code
    nargs = code.co_argcount + code.co_kwonlyargcount
    names = code.co_varnames
    args = list(names[:nargs])
    varargs = None
    if code.co_flags & CO_VARARGS:
        varargs = names[nargs]
        nargs += 1
    varkw = names[nargs] if code.co_flags & CO_VARKEYWORDS else None
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals, formatarg=str, formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name, formatvalue=lambda value: '=' + repr(value)):
    """'(a=1, *rest=(2,), **kw={})' from getargvalues' parts."""
    def convert(name, locals=locals, formatarg=formatarg, formatvalue=formatvalue):
        return formatarg(name) + formatvalue(locals[name])
    specs = [convert(a) for a in args]
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(specs) + ')'


def getmodulename(path):
    """The module name a file's path would be imported as ('x' for '/a/x.py'), or None."""
    fname = _os.path.basename(path)
    for suffix in ('.py', '.pyc', '.pyw'):
        if fname.endswith(suffix) and len(fname) > len(suffix):
            return fname[:-len(suffix)]
    return None


def getabsfile(obj, _filename=None):
    """The object's source or compiled file as an absolute, case-normalised path."""
    if _filename is None:
        _filename = getsourcefile(obj) or getfile(obj)
    return _os.path.normcase(_os.path.abspath(_filename))


def indentsize(line):
    """The number of columns a line's leading whitespace spans, tabs expanded."""
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


def getlineno(frame):
    return frame.f_lineno


def findsource(obj):
    """All the lines of the file that defines obj, and the 0-based index of the line where obj starts."""
    lines, lnum = getsourcelines(obj)
    return _source_lines(unwrap(obj)), max(lnum - 1, 0)


def getcomments(obj):
    """The block of '#' comment lines just above obj's source (or a module's leading comments), or None."""
    try:
        lines, lnum = findsource(obj)
    except (OSError, TypeError):
        return None
    if ismodule(obj):
        start = 0
        if lines and lines[0][:2] == '#!':
            start = 1
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start += 1
        if start < len(lines) and lines[start][:1] == '#':
            comments = []
            end = start
            while end < len(lines) and lines[end][:1] == '#':
                comments.append(lines[end].expandtabs())
                end += 1
            return ''.join(comments)
        return None
    if lnum > 0:
        indent = indentsize(lines[lnum])
        end = lnum - 1
        if end >= 0 and lines[end].lstrip()[:1] == '#' and indentsize(lines[end]) == indent:
            comments = [lines[end].expandtabs().lstrip()]
            if end > 0:
                end -= 1
                comment = lines[end].expandtabs().lstrip()
                while comment[:1] == '#' and indentsize(lines[end]) == indent:
                    comments[:0] = [comment]
                    end -= 1
                    if end < 0:
                        break
                    comment = lines[end].expandtabs().lstrip()
            while comments and comments[0].strip() == '#':
                comments[:1] = []
            while comments and comments[-1].strip() == '#':
                comments[-1:] = []
            return ''.join(comments)
    return None


AGEN_CREATED = 'AGEN_CREATED'
AGEN_RUNNING = 'AGEN_RUNNING'
AGEN_SUSPENDED = 'AGEN_SUSPENDED'
AGEN_CLOSED = 'AGEN_CLOSED'


def getasyncgenstate(agen):
    """AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED or AGEN_CLOSED."""
    if agen.ag_running:
        return AGEN_RUNNING
    if agen.ag_suspended:
        return AGEN_SUSPENDED
    if getattr(agen, 'ag_frame', 0) is None:
        return AGEN_CLOSED
    return AGEN_CREATED


def getcoroutinelocals(coroutine):
    frame = getattr(coroutine, 'cr_frame', None)
    return frame.f_locals if frame is not None else {}


def getasyncgenlocals(agen):
    if not isasyncgen(agen):
        raise TypeError('{!r} is not a Python async generator'.format(agen))
    frame = getattr(agen, 'ag_frame', None)
    return frame.f_locals if frame is not None else {}


_is_coroutine_mark = object()


def markcoroutinefunction(func):
    """Marks func so that iscoroutinefunction answers True for it (a sync function that returns a coroutine)."""
    if hasattr(func, '__func__'):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_mark
    return func


def ismethodwrapper(obj):
    return type(obj).__name__ == 'method-wrapper'


def walktree(classes, children, parent):
    results = []
    classes = sorted(classes, key=lambda c: (c.__module__, c.__qualname__))
    for c in classes:
        results.append((c, c.__bases__))
        if c in children:
            results.append(walktree(children[c], children, c))
    return results


def getclasstree(classes, unique=False):
    """Nested lists of (class, bases) pairs, each class followed by a list of its subclasses among classes."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                children.setdefault(parent, [])
                if c not in children[parent]:
                    children[parent].append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return walktree(roots, children, None)


Attribute = _collections.namedtuple('Attribute', 'name kind defining_class object')


def classify_class_attrs(cls):
    """Each attribute of cls (dir(cls)) as (name, kind, defining class, object): kind is 'class method', 'static
    method', 'property', 'method' or 'data'."""
    mro = getmro(cls)
    metamro = tuple(c for c in getmro(type(cls)) if c not in (type, object))
    class_bases = (cls,) + mro
    all_bases = class_bases + metamro
    result = []
    for name in dir(cls):
        homecls = None
        get_obj = None
        dict_obj = None
        for base in all_bases:
            if name in base.__dict__:
                dict_obj = base.__dict__[name]
                homecls = base
                break
        try:
            get_obj = getattr(cls, name)
        except AttributeError:
            get_obj = dict_obj
        if homecls is None:
            for base in all_bases:
                if getattr(base, name, _sentinel) is get_obj:
                    homecls = base
        obj = dict_obj if dict_obj is not None else get_obj
        if isinstance(dict_obj, staticmethod):
            kind = 'static method'
            obj = dict_obj
        elif isinstance(dict_obj, classmethod):
            kind = 'class method'
            obj = dict_obj
        elif isinstance(dict_obj, property):
            kind = 'property'
            obj = dict_obj
        elif isroutine(obj):
            kind = 'method'
        else:
            kind = 'data'
        result.append(Attribute(name, kind, homecls, obj))
    return result
