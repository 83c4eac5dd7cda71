# An explicit metaclass that is not a type subclass gets the bases as written (types or not); contextmanager
# restores the traceback the exception came in with; mappingproxy takes any object whose type has __getitem__;
# UnicodeDecodeError's object is bytes; inspect.signature of a class asks its metaclass's __call__ first;
# doctest.DocFileSuite/testfile; _colorize.
import contextlib
import doctest
import inspect
import os
import tempfile
import traceback
import types
import unittest


class Meta(int):
    def __init__(*args, **kwargs):
        pass

    def __new__(cls, name, bases, attrs, **kwargs):
        return bases, kwargs


d = {'metaclass': Meta}


class A(**d): pass
print(A)


class A(0, 1, 2, 3, **d): pass
print(A)


class A(0, *range(1, 4), **d, foo='bar'): pass
print(A)


def as_tuple(name, bases, ns, **kw):
    return name, bases, sorted(k for k in ns if not k.startswith('__')), kw


class B(1, 'x', None, metaclass=as_tuple, flag=True):
    y = 1
print(B)


@contextlib.contextmanager
def plain():
    yield


@contextlib.contextmanager
def reraising():
    try:
        yield
    except ZeroDivisionError:
        raise


for cm in (plain, reraising):
    try:
        with cm():
            1/0
    except ZeroDivisionError as e:
        print(cm.__name__, [(fr.name, fr.line) for fr in traceback.extract_tb(e.__traceback__)])


class RuntimeErrorSubclass(RuntimeError):
    pass


for exc in (RuntimeErrorSubclass(42), StopIteration('spam')):
    try:
        with plain():
            raise exc
    except type(exc) as e:
        print(type(e).__name__, e is exc, [fr.name for fr in traceback.extract_tb(e.__traceback__)])


@contextlib.contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError', e)


class NameSpace:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __getitem__(self, item):
        return getattr(self, item)


mp = types.MappingProxyType(NameSpace(a=10))
print(mp['a'])
for bad in ([1], (1,), 5):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print(e)

e = UnicodeDecodeError('ascii', bytearray(b'\xff'), 0, 1, 'ordinal not in range')
print(repr(e.object), repr(e.args[1]), str(e))


class CallMeta(type):
    __call__ = dict


class Base(metaclass=CallMeta):
    pass


class C(Base):
    pass


for obj in (C, dict):
    try:
        print(inspect.signature(obj))
    except ValueError as e:
        print('ValueError', e)


class TwoArgs(type):
    def __call__(cls, a, b=2):
        pass


class D(metaclass=TwoArgs):
    def __init__(self, x):
        pass


print(inspect.signature(D))

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'example.txt')
    with open(path, 'w') as f:
        f.write('>>> 1 + 1\n2\n>>> print("a")\na\n>>> 2 * 3\n7\n')
    suite = doctest.DocFileSuite(path, module_relative=False)
    result = unittest.TestResult()
    suite.run(result)
    print('suite', result.testsRun, len(result.failures), suite._tests[0].id(), repr(suite._tests[0]) == path)
    import io
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        results = doctest.testfile(path, module_relative=False, report=False, verbose=False)
    print(results)
    print(out.getvalue().replace(tmp, 'TMP'))
    try:
        doctest.DocFileSuite('/abs/path.txt')
    except ValueError as e:
        print(e)
    try:
        doctest.testfile('x.txt', module_relative=False, package='os')
    except ValueError as e:
        print(e)

import _colorize
print(_colorize.ANSIColors.RED == '\x1b[31m', _colorize.get_colors(colorize=True).RESET == '\x1b[0m')
print(all(getattr(_colorize.NoColors, n) == '' for n in ('RED', 'RESET', 'BOLD_GREEN')))
os.environ['NO_COLOR'] = '1'
print(_colorize.can_colorize(), _colorize.get_colors().RED == '')
