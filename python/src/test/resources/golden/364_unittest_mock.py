# unittest.mock as CPython 3.13's (lib/_unittest_mock.py, written here): Mock/MagicMock/AsyncMock/PropertyMock, call, sentinel, ANY, assertions and their
# messages, spec/autospec, patch (decorator, context manager, start/stop, object, dict, multiple), mock_open, seal.
# Deterministic stdout: ids and addresses are replaced before printing.
try:
    from unittest import mock
except ImportError:
    import mock
import asyncio
import inspect
import os
import re
import sys
import threading
import unittest
import io

Mock, MagicMock, NonCallableMock, NonCallableMagicMock = mock.Mock, mock.MagicMock, mock.NonCallableMock, \
    mock.NonCallableMagicMock
AsyncMock, PropertyMock, call, ANY, DEFAULT, sentinel = mock.AsyncMock, mock.PropertyMock, mock.call, mock.ANY, \
    mock.DEFAULT, mock.sentinel
patch, create_autospec, mock_open, seal = mock.patch, mock.create_autospec, mock.mock_open, mock.seal


def clean(text):
    text = re.sub(r"id='\d+'", "id=ID", text)
    return re.sub(r" at 0x[0-9a-fA-F]+", " at ADDR", text)


def R(obj):
    return clean(repr(obj))


def P(*objs):
    print(*[clean(o) if isinstance(o, str) else R(o) for o in objs])


def E(func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except BaseException as exc:
        cause = exc.__cause__
        text = '%s: %s' % (type(exc).__name__, clean(str(exc)))
        if cause is not None:
            text += '  [cause %s: %s]' % (type(cause).__name__, cause)
        print(text)
    else:
        print('ok', R(result))


def section(title):
    print('==', title)


# ---------------------------------------------------------------------------------------------------------------
section('basic Mock')
m = Mock()
P(m)
P(m.foo, m.foo.bar, m(), m.foo(), m.foo.bar().baz)
print(m.foo is m.foo, m.return_value is m(), m.called, m.call_count)
m(1, 2, a=3)
print(m.called, m.call_count, m.call_args, m.call_args_list)
print(m.call_args.args, m.call_args.kwargs, m.call_args == call(1, 2, a=3), m.call_args == ((1, 2), {'a': 3}))
print(m.mock_calls)
print(m.method_calls)
n = Mock(name='foo')
P(n, n.bar, n(), n.bar.baz())
P(Mock(return_value=3)(), Mock(name='x', return_value=None)())
m = Mock(**{'a.b.return_value': 5, 'c': 6, 'side_effect': KeyError('k')})
print(m.a.b(), m.c)
E(m)
m.configure_mock(side_effect=None, return_value=7, **{'x.y': 8})
print(m(), m.x.y)

section('mock_calls and method_calls')
m = MagicMock()
m.a.b(1)
m.c(2).d(3)
m(4)
m.e.f.g(x=5)
print(m.mock_calls)
print(m.method_calls)
print(m.c.mock_calls, m.c.return_value.mock_calls, m.c.method_calls, m.e.method_calls)
print(m.mock_calls == [call.a.b(1), call.c(2), call.c().d(3), call(4), call.e.f.g(x=5)])
print(m.method_calls == [call.a.b(1), call.c(2), call.e.f.g(x=5)])
m2 = MagicMock()
m2[5] = 6
m2[7]
len(m2)
3 in m2
m2 + 1
print(m2.mock_calls)

section('call objects')
c = call.foo(1).bar(2)
print(c, c.call_list(), call(1), call.x, call().y, call()(), call.a.b.c(1, k=2), call, call.count, call.index(1))
print(call(1).count, repr(call.f().g), call(1, 'two', three=[3]))
print(c == call.foo(1).bar(2), c == call.foo(1).bar(3), call(1) == call.foo(1), call.foo(1) == call(1))
print(call(1) != call(2), call(1) != call(1))
print(call(1) == ((1,), {}), call(1, a=2) == ('', (1,), {'a': 2}), call.foo == ('foo',), call(1) == ((1,),))
print(call(a=1) == ({'a': 1},), call.foo(1) == ('foo', (1,)), call(1) == 3, call(1) == (1,), call == call)
print(call(1).args, call(1, a=2).kwargs, call.x(1).args, tuple(call(1)), tuple(call.x(2, y=3)), len(call(1)))
print(tuple(call.foo), tuple(call.foo(1).bar), tuple(call()()), call().x._mock_name)
print(call.x.y(2).call_list(), call(1).call_list(), call.a(1).b(2).c(3).call_list())
print(call(ANY) == call(1), call(1, ANY) == call(1, 'z'), call.foo(ANY) == call.foo(object()))
print(ANY, ANY == 3, 3 == ANY, ANY != 1, [ANY, 2] == [1, 2])
try:
    hash(call(1))
except TypeError as exc:
    print('TypeError', exc)
print(call(1) in [call(2), call(1)], call(3) in [call(2)], call.x(1) in mock._CallList([call.x(1)]))
cl = mock._CallList([call(1), call(2), call(3)])
print([call(2), call(3)] in cl, [call(1), call(3)] in cl, [] in cl)

section('sentinel and DEFAULT')
print(sentinel.foo, sentinel.foo is sentinel.foo, sentinel.foo is sentinel.bar, DEFAULT, sentinel.DEFAULT is DEFAULT)
m = Mock(return_value=sentinel.result)
print(m() is sentinel.result)

section('side_effect')
m = Mock(side_effect=[1, 2, ValueError('third'), DEFAULT])
m.return_value = 'rv'
print(m(), m())
E(m)
print(m())
E(m)
m = Mock(side_effect=KeyError)
E(m)
m = Mock(side_effect=KeyError('instance'))
E(m)
m = Mock(side_effect=lambda x: x * 2)
print(m(4))
m = Mock(side_effect=lambda x: DEFAULT, return_value='back')
print(m(1))
m.side_effect = None
print(m(1))
m = Mock(side_effect=iter('ab'))
print(m(), m())
E(m)
m = Mock()
m.side_effect = (1, 2)
print(m(), m())

section('return_value')
m = Mock()
rv = m.return_value
P(rv, m() is rv)
m.return_value = 3
print(m())
m.return_value = Mock()
P(m.return_value)
m = MagicMock()
P(m(), m()(), m()().x)

section('assertions')
m = Mock(name='foo')
E(m.assert_called)
E(m.assert_called_once)
E(m.assert_called_with, 1)
E(m.assert_called_once_with, 1)
E(m.assert_any_call, 1)
E(m.assert_not_called)
m()
m()
E(m.assert_called)
E(m.assert_called_once)
E(m.assert_called_once_with)
E(m.assert_not_called)
m2 = Mock()
m2.x(1)
m2(2)
E(m2.assert_not_called)
E(m2.assert_called_with, 3)
E(m2.assert_called_with, 2)
E(m2.assert_any_call, 4)
E(m2.assert_any_call, 2)
E(m2.assert_has_calls, [call(5)])
E(m2.assert_has_calls, [call.x(1), call(2)])
E(m2.assert_has_calls, [call(2), call.x(1)])
E(m2.assert_has_calls, [call(2), call.x(1)], any_order=True)
E(m2.assert_has_calls, [call(5), call.x(1)], any_order=True)
E(Mock().assert_has_calls, [call(1)])
E(m2.assert_called_once_with, 2)
E(m2.assert_called_with, 2, a=1)
E(m2.assert_called_with, a=2, b=[1])
m3 = Mock()
m3(1, 'a', k=[1, 2])
E(m3.assert_called_with, 1, 'b', k=[1, 2])
E(m3.assert_called_with, ANY, 'a', k=ANY)
E(m3.assert_any_call, 1, ANY, k=[1, 2])
E(m3.assert_called_once_with, 1, 'a', k=[1, 2])
m4 = Mock()
for i in range(12):
    m4(i, 'x' * i)
print(m4.call_args_list)
E(m4.assert_not_called)
E(m4.assert_called_once)
E(m4.foo.assert_called_once_with)
E(m4.foo.assert_called)

section('unsafe assertion names')
E(lambda: Mock().assert_foo)
E(lambda: Mock().called_once)
E(lambda: Mock().called_once_with)
E(lambda: Mock().has_calls)
E(lambda: Mock().not_called)
E(lambda: Mock().asert_x)
E(lambda: Mock().aseert_x)
E(lambda: Mock().assrt_x)
E(lambda: Mock().assret_x)
E(lambda: Mock(unsafe=True).assert_foo)
E(lambda: Mock(spec=['assert_x']).assert_x)
E(lambda: Mock().any_call)

section('spec and spec_set')


class Spec:
    attr = 1

    def method(self, a, b=2):
        return a

    @classmethod
    def cmethod(cls, x):
        return x

    @staticmethod
    def smethod(y):
        return y

    async def amethod(self, z):
        return z

    @property
    def prop(self):
        return 4


def func(a, b, *, c=1):
    return a


E(lambda: Mock(spec=['a']).b)
P(Mock(spec=['a']).a)
E(lambda: Mock(spec_set=['a']).__setattr__('b', 1))
ms = Mock(spec_set=['a'])
ms.a = 3
print(ms.a)
E(lambda: Mock(spec=['a']).__len__)
E(lambda: MagicMock(spec=['a']).__len__)
E(lambda: len(MagicMock(spec=['__len__'])))
ms = Mock(spec=Spec)
P(ms, ms.method, ms.attr, ms.cmethod, ms.amethod)
E(lambda: ms.nope)
ms.nope = 5
print(ms.nope)
E(lambda: Mock(spec_set=Spec).__setattr__('nope', 1))
P(Mock(spec_set=Spec), Mock(spec=func), Mock(spec_set=int))
print(ms.__class__ is Spec, Mock().__class__ is Mock)
E(lambda: Mock(spec=Mock()))
sm = Mock(spec=func)
sm(1, 2, 3)
sm(1, 2)
E(sm.assert_called_with, 1, b=2)
E(sm.assert_called_with, 1, 3)
E(sm.assert_called_with, 1, 2, 3)
E(sm.assert_any_call, 1, 2, 3)
E(sm.assert_any_call, a=1, b=2)
E(sm.assert_has_calls, [call(1, 2, 3)])
E(sm.assert_has_calls, [call(5)], any_order=True)
E(sm.assert_has_calls, [call(a=1, b=2)])
mm = Mock()
mm.mock_add_spec(['x'])
E(lambda: mm.y)
P(mm.x)
mm.mock_add_spec(Spec, spec_set=True)
E(lambda: mm.__setattr__('zz', 1))
print(sorted(dir(Mock(spec=['zz', 'aa']))))
print([n for n in dir(Mock(spec=Spec)) if not n.startswith('_')])

section('dir')
print(dir(Mock()))
m = Mock()
m.a
m.b = 1
m._c = 2
m.__d__ = 3
del m.a
print([n for n in dir(m) if n in ('a', 'b', '_c', '__d__')])

section('attributes: set, delete, attach')
m = Mock()
m.child = Mock()
P(m.child)
m.child(1)
print(m.mock_calls, m.method_calls)
m.named = Mock(name='named')
P(m.named)
m.named(2)
print(m.mock_calls)
del m.child
E(lambda: m.child)
E(delattr, m, 'child')
m3 = Mock()
del m3.z
E(lambda: m3.z)
E(setattr, Mock(), '__getattr__', 1)
E(setattr, Mock(), '__init__', 1)
m = Mock()
m.attach_mock(Mock(name='q'), 'child')
m.child(3)
P(m.child)
print(m.mock_calls, m.method_calls)
m.attach_mock(Mock(return_value=4), 'other')
print(m.other(), m.mock_calls)
parent = Mock()
kid = Mock(parent=parent, name='kid')
kid(1)
print(parent.mock_calls, parent.method_calls)
P(kid)

section('reset_mock')
m = Mock(return_value=1, side_effect=[5])
m.x(1)
print(m())
m.reset_mock()
print(m.called, m.call_count, m.call_args, m.call_args_list, m.mock_calls, m.method_calls, m.x.called)
print(m.return_value)
m.reset_mock(return_value=True, side_effect=True)
P(m.return_value, m.side_effect)
m = Mock()
m.return_value.foo(1)
m.reset_mock()
print(m.return_value.foo.called)

section('wraps')


class Real:
    def double(self, x):
        return x * 2

    value = 10


w = Mock(wraps=Real())
P(w.double(3), w.double.call_args, w.value)
w.double.return_value = 'fixed'
print(w.double(3))
w = Mock(wraps=lambda x: x + 1)
print(w(1), w.call_count)
w.return_value = 9
print(w(1))
w = Mock(wraps=lambda x: x + 1, side_effect=lambda x: DEFAULT)
print(w(5))

section('repr and names')
m = Mock()
P(m, m.a.b(), m().x, m.x().y().z)
P(Mock(name='top').a.b(), NonCallableMock(), NonCallableMagicMock(), MagicMock(), AsyncMock(), PropertyMock())
P(Mock(spec=Spec).method, MagicMock(spec=Spec)(), Mock(spec=['x']))
P(MagicMock().__len__, MagicMock(name='mm').__iter__, MagicMock().__getitem__(1))
E(NonCallableMock())
E(NonCallableMagicMock())

section('magic methods')
mm = MagicMock()
print(len(mm), list(iter(mm)), bool(mm), int(mm), float(mm), complex(mm), 3 in mm, mm.__index__())
print(mm == mm, mm == MagicMock(), mm != mm, mm != 3, hash(mm) == hash(mm), isinstance(hash(mm), int))
print(str(mm) == repr(mm), isinstance(mm.__sizeof__(), int))
for op in ('__lt__', '__gt__', '__le__', '__ge__'):
    print(op, getattr(mm, op)(1))
E(lambda: mm < 1)
with mm as entered:
    P(entered, entered is mm, entered is mm.__enter__.return_value)
print(mm.__exit__.call_args)
P(mm + 1, 1 + mm, mm - 1, mm * 2, mm / 2, mm // 2, mm % 2, mm ** 2, -mm, +mm, abs(mm), ~mm, mm & 1, mm | 1, mm ^ 1)
P(mm[0], mm['k'], round(mm), divmod(mm, 2))
mm[1] = 2
del mm[1]
print(mm.__setitem__.call_args, mm.__delitem__.call_args)
mm.__len__.return_value = 5
mm.__iter__.return_value = [1, 2, 3]
mm.__getitem__.side_effect = lambda k: k * 10
mm.__contains__.return_value = True
mm.__bool__.return_value = False
mm.__int__.return_value = 42
mm.__str__.return_value = 'STR'
print(len(mm), list(iter(mm)), list(iter(mm)), mm[4], 2 in mm, bool(mm), int(mm), str(mm))
mm.__eq__.return_value = True
print(mm == 1, mm == mm)
mm.__hash__.return_value = 12
print(hash(mm))
m = Mock()
m.__len__ = lambda self: 8
m.__iter__ = Mock(return_value=iter(['a']))
print(len(m), list(iter(m)))
P(m.__iter__)
E(lambda: len(Mock()))
m = MagicMock()
del m.__len__
E(len, m)
nm = NonCallableMagicMock()
print(len(nm), bool(nm))
m1, m2 = MagicMock(), MagicMock()
print(m1 == m2, m1 != m2, m1 == m1)
mm = MagicMock()
mm.__fspath__
print(mm.__fspath__().startswith('MagicMock/mock/'))
print(sorted(n for n in dir(MagicMock()) if n.startswith('__') and n in ('__len__', '__iter__', '__str__')))
m = MagicMock()
len(m)
m.__len__
print(sorted(n for n in dir(m) if n.startswith('__'))[:3])

section('PropertyMock')


class WithProp:
    @property
    def value(self):
        return 'real'


with patch.object(WithProp, 'value', new_callable=PropertyMock) as pm:
    pm.return_value = 'mocked'
    obj = WithProp()
    print(obj.value, pm.mock_calls)
    obj.value = 'set'
    print(pm.mock_calls)
    P(pm)
print(WithProp().value)
m = MagicMock()
p = PropertyMock(return_value=3)
type(m).foo = p
print(m.foo, p.call_count)
m.foo = 4
print(p.mock_calls)
P(PropertyMock().child)

section('AsyncMock')
am = AsyncMock()
P(am, am.foo)
print(inspect.iscoroutinefunction(am), asyncio.iscoroutinefunction(am))


async def run_async():
    r1 = await am(1)
    r2 = await am(2, k=3)
    return r1 is r2


print(asyncio.run(run_async()))
print(am.await_count, am.await_args, am.await_args_list, am.call_count, am.call_args)
E(am.assert_awaited)
E(am.assert_awaited_once)
E(am.assert_awaited_with, 3)
E(am.assert_awaited_with, 2, k=3)
E(am.assert_awaited_once_with, 2, k=3)
E(am.assert_any_await, 9)
E(am.assert_any_await, 1)
E(am.assert_has_awaits, [call(9)])
E(am.assert_has_awaits, [call(1), call(2, k=3)])
E(am.assert_has_awaits, [call(9)], any_order=True)
E(am.assert_has_awaits, [call(2, k=3), call(1)], any_order=True)
E(am.assert_not_awaited)
E(AsyncMock().assert_awaited_with, 1)
E(AsyncMock().assert_awaited)
E(AsyncMock(name='nm').assert_awaited_once_with, 1)
E(AsyncMock().assert_not_awaited)
am2 = AsyncMock()
coro = am2(5)
print(am2.call_count, am2.await_count)
asyncio.run(coro)
print(am2.call_count, am2.await_count)
am3 = AsyncMock(side_effect=[1, ValueError('v')])


async def side_effects():
    print(await am3())
    try:
        await am3()
    except ValueError as exc:
        print('ValueError', exc)
    try:
        await am3()
    except StopAsyncIteration as exc:
        print('StopAsyncIteration', repr(exc))


asyncio.run(side_effects())


async def plus_one(x):
    return x + 1


print(asyncio.run(AsyncMock(side_effect=plus_one)(1)))
print(asyncio.run(AsyncMock(side_effect=lambda x: x * 3)(2)))
print(asyncio.run(AsyncMock(return_value=5)()))
print(asyncio.run(AsyncMock(wraps=plus_one)(10)))
am4 = AsyncMock(return_value=5)
asyncio.run(am4())
am4.reset_mock()
print(am4.await_count, am4.await_args, am4.await_args_list, am4.called)
E(asyncio.run, AsyncMock(side_effect=KeyError('k'))())
mm = MagicMock()
P(mm.__aenter__, mm.__aexit__, mm.__anext__)
print(type(mm.__aenter__).__name__, type(mm.__aiter__).__name__, type(am.foo).__name__)
mm.__aiter__.return_value = [1, 2]


async def async_iterate():
    return [x async for x in mm]


print(asyncio.run(async_iterate()))


async def async_with():
    cm = MagicMock()
    async with cm as value:
        return type(value).__name__, cm.__aenter__.await_count, cm.__aexit__.await_count


print(asyncio.run(async_with()))
ms = Mock(spec=Spec)
print(type(ms.amethod).__name__, type(ms.method).__name__)
print(asyncio.run(ms.amethod(1)) is ms.amethod.return_value)
P(MagicMock(spec=plus_one))
print(type(MagicMock(spec=plus_one)).__name__, isinstance(MagicMock(spec=plus_one), mock.AsyncMockMixin))

section('create_autospec')
am = create_autospec(Spec)
P(am, am.return_value, am.method, am.attr, am.cmethod, am.smethod, am.amethod, am.prop, am.return_value.method)
E(am, 1)
E(am, 1, 2)
E(am.method, 1)
E(am.method)
E(am.method, 1, 2, 3)
E(am.cmethod, 1)
E(am.cmethod)
E(am.smethod, 1, 2)
E(am.return_value.method, 1, b=2)
E(am.return_value.method, 1, c=2)
E(lambda: am.nope)
E(lambda: am.return_value.nope)
E(lambda: am.attr.nope)
E(lambda: am.attr + 1)
E(lambda: am.attr.real)
print(am.mock_calls)
print(am.method_calls)
E(am.method.assert_called_with, a=1)
E(am.method.assert_called_with, 2)
E(am.return_value.method.assert_called_with, 1, b=3)
E(am.assert_has_calls, [call.method(a=1), call.cmethod(1)])
E(am.assert_has_calls, [call.method(3)])
E(am.assert_has_calls, [call.method(3)], any_order=True)
print(inspect.signature(am), inspect.signature(am.method), inspect.signature(am.return_value.method))
fa = create_autospec(func, return_value=3)
P(fa, fa.mock)
print(fa.__name__, fa(1, 2), fa.call_count, fa.called, fa.mock_calls, fa.call_args, fa.return_value)
E(fa, 1)
E(fa, 1, 2, d=3)
E(fa, 1, 2, 3)
E(fa, 1, 2, a=3)
E(fa.assert_called_once_with, a=1, b=2)
E(fa.assert_called_once_with, a=1, b=3)
E(fa.assert_called_with, 1, 2, c=5)
E(fa.assert_any_call, 1, 2)
E(fa.assert_not_called)
fa.reset_mock()
print(fa.call_count, fa.called, fa.mock_calls)
E(lambda: fa.foo)
fa.side_effect = ValueError('boom')
E(fa, 1, 2)
fa.side_effect = None
fa.return_value = 'new'
print(fa(1, 2), inspect.signature(fa))


async def afunc(a):
    return a


af = create_autospec(afunc)
P(af)
print(inspect.iscoroutinefunction(af))
print(asyncio.run(af(1)) is af.return_value, af.await_count, af.call_count)
E(af.assert_awaited_once_with, 1)
E(af.assert_awaited_once_with, 2)
coro = af(1, 2)
print(type(coro).__name__)
E(asyncio.run, coro)


class NoInit:
    pass


P(create_autospec(NoInit)(1))
E(create_autospec(NoInit, instance=True))
inst = create_autospec(Spec, instance=True)
P(inst)
E(inst)
E(inst.method, 1)
E(inst.method, 1, 2, 3)
E(lambda: create_autospec(Spec, spec_set=True).return_value.__setattr__('zz', 1))
E(create_autospec, func, autospect=True)
E(create_autospec, Mock())
sa = create_autospec(Spec, spec_set=True)
sa.attr = 5
print(sa.attr)
E(lambda: create_autospec([1, 2]).nope)

section('seal')
s = Mock()
s.foo.bar = 1
s.method.return_value = 'rv'
seal(s)
E(lambda: s.foo.baz)
E(lambda: s.x)
E(s)
E(s.foo)
E(setattr, s, 'new', 1)
print(s.foo.bar, s.method())
E(lambda: s.method().other)
s2 = MagicMock()
s2.a.b.c = 3
seal(s2)
print(s2.a.b.c)
E(lambda: s2.a.b.d)

section('mock_open')
mo = mock_open(read_data='line1\nline2\nline3')
with patch('builtins.open', mo):
    with open('somefile') as fh:
        print(repr(fh.read()))
    with open('somefile') as fh:
        print(repr(fh.readline()), repr(fh.readline()))
        print(fh.readlines())
    with open('somefile') as fh:
        print(list(fh))
    with open('somefile') as fh:
        print(repr(next(fh)), repr(next(fh)))
    with open('out', 'w') as fh:
        fh.write('hello')
        fh.write('world')
print(mo.call_args_list)
print(mo.return_value.write.call_args_list)
mo.assert_called_with('out', 'w')
handle = mo()
print(handle is mo.return_value, handle.write.return_value)
P(mo)
handle.close.assert_called()
print(handle.__enter__.call_count, handle.__exit__.call_count, handle.close.call_count)
mo = mock_open(read_data=b'bin\ndata')
with patch('builtins.open', mo):
    with open('f', 'rb') as fh:
        print(fh.read())
    with open('f', 'rb') as fh:
        print(list(fh))
mo = mock_open()
with patch('builtins.open', mo):
    with open('x') as fh:
        print(repr(fh.read()), fh.readlines())
mo = mock_open(read_data='a\nb\n')
mo.return_value.read.return_value = 'override'
print(mo().read(), mo().readline())
m = MagicMock()
mock_open(m, read_data='zz')
print(m().read())

section('patch decorator')
TARGET = 'os.getcwd'


@patch('os.listdir')
@patch('os.getcwd')
def decorated(mock_getcwd, mock_listdir, *rest):
    P(mock_getcwd, mock_listdir, rest)
    print(os.getcwd is mock_getcwd, os.listdir is mock_listdir)
    return 'result'


print(decorated(), decorated.__name__)
print(os.getcwd is decorated)


@patch('os.getcwd', return_value='/here')
def with_return(m):
    return os.getcwd(), m.call_count


print(with_return())


@patch('os.getcwd', new='plain')
def with_new(*args):
    return os.getcwd, args


print(with_new())


@patch('os.getcwd', side_effect=OSError('no cwd'))
def with_side_effect(m):
    try:
        os.getcwd()
    except OSError as exc:
        return str(exc)


print(with_side_effect())


class Target:
    a = 1

    def meth(self, x):
        return x

    @staticmethod
    def static(y):
        return y


@patch.object(Target, 'a', 10)
@patch.object(Target, 'meth')
@patch('os.getcwd')
def stacked(gc, meth, *extra):
    P(gc, meth, extra, Target.a)


stacked()
print(Target.a)


@patch('os.getcwd')
class Decorated:
    def test_one(self, m):
        P('test_one', m)
        return os.getcwd is m

    def test_two(self, m, extra=None):
        P('test_two', m, extra)

    def helper(self, *args):
        print('helper', args, os.getcwd is decorated)

    test_attr = 5


print(Decorated().test_one())
Decorated().test_two()
Decorated().helper()
print(Decorated.test_attr)


@patch('os.getcwd')
def raising(m):
    raise KeyError('inside')


E(raising)
print(os.getcwd.__name__)


async def async_target():
    return os.getcwd()


@patch('os.getcwd', return_value='/async')
async def async_decorated(m):
    return os.getcwd(), m.call_count


print(asyncio.run(async_decorated()))

section('patch context manager and start/stop')
with patch('os.getcwd') as m:
    P(m)
    m.return_value = '/tmp/x'
    print(os.getcwd())
print(os.getcwd is not m)
with patch.object(Target, 'a', 2) as value:
    print(value, Target.a)
print(Target.a)
with patch.object(Target, 'b', create=True) as value:
    P(value, Target.b)
print(hasattr(Target, 'b'))
with patch.object(Target, 'meth', autospec=True) as meth:
    E(lambda: Target().meth())
    Target().meth(1)
    print(len(meth.mock_calls), meth.call_args.args[1])
    print(meth.__name__)
with patch.object(Target, 'meth', spec=True) as meth:
    P(meth, meth.return_value)
with patch.object(Target, 'static', autospec=True) as static:
    E(Target.static)
    Target.static(5)
    print(static.call_args)
with patch.object(Target, 'a', new_callable=PropertyMock, return_value=9) as value:
    print(Target().a, value.mock_calls)
    P(value)
with patch.multiple(Target, a=DEFAULT, meth=DEFAULT) as d:
    print(sorted(d))
    P(d['a'], d['meth'])
with patch.multiple(Target, a=3):
    print(Target.a)
with patch.multiple('os', getcwd=DEFAULT, listdir=DEFAULT) as d:
    print(sorted(d), os.getcwd is d['getcwd'])


@patch.multiple(Target, a=DEFAULT, meth=DEFAULT)
def multi(a, meth):
    P('multi', a, meth)


@patch.multiple(Target, a=DEFAULT)
@patch('os.getcwd')
def multi2(gc, **kw):
    P('multi2', gc, sorted(kw))


multi()
multi2()
with patch('os.getcwd', return_value='/x', side_effect=None):
    print(os.getcwd())
with patch('builtins.some_new_builtin_name', create=True, new=5):
    print(some_new_builtin_name)
print(hasattr(__import__('builtins'), 'some_new_builtin_name'))
with patch('%s.func' % __name__, spec=True) as m:
    P(m)
with patch('os.path', spec_set=True) as pp:
    E(lambda: pp.nothing)
    P(pp.join)
with patch('os.getcwd', autospec=True) as m:
    print(os.getcwd is m)
with patch.object(Target, 'meth', new_callable=lambda: 'made'):
    print(Target.meth)
with patch('%s.Target' % __name__) as klass:
    P(klass, Target is klass, klass())
with patch('%s.Target' % __name__, spec=True) as klass:
    P(klass, klass())
    E(lambda: klass().nope)
with patch('%s.Spec' % __name__, autospec=True) as klass:
    P(klass, klass(1))
    E(klass)
p = patch('os.getcwd')
E(p.stop)
started = p.start()
P(started, os.getcwd is started)
print(p.stop(), os.getcwd is started)
E(p.stop)
p1 = patch('os.getcwd')
p2 = patch.object(Target, 'a', 100)
d = {'k': 1}
p3 = patch.dict(d, {'q': 2})
p1.start()
p2.start()
p3.start()
print(Target.a, d, os.getcwd.__class__.__name__)
patch.stopall()
print(Target.a, d, os.getcwd.__class__.__name__ != 'MagicMock')
E(patch('nosuchmod_abc.x').start)
E(patch.object(Target, 'nosuchattr').start)
E(patch, 'x')
E(patch, 3)
E(patch.object, 'os', 'x')
E(patch, 'os.getcwd', new=1, new_callable=Mock)
E(patch, 'os.getcwd', autospec=True, new_callable=Mock)
E(patch('os.getcwd', spec=True, autospec=True).start)
E(patch('os.getcwd', 1, foo=1).start)
E(patch('os.newthing_abc', spec=True, create=True).start)
E(patch('os.newthing_abc', autospec=True, create=True).start)
E(patch('os.getcwd', autospec=True, new=3).start)
E(patch.multiple, 'os')
E(patch, 'os.getcwd', autospect=True)
print(patch('os.getcwd').attribute, patch.TEST_PREFIX)

section('patch.dict')
d = {'a': 1}
with patch.dict(d, {'b': 2}, c=3) as x:
    print(x is d, d)
print(d)
with patch.dict(d, clear=True):
    print(d)
print(d)
with patch.dict(d, [('z', 26)]):
    print(d)


@patch.dict(d, {'dec': 1})
def dict_decorated(*args):
    print('inside', d, args)
    return 'ret'


print(dict_decorated(5), d)


@patch.dict(d, clear=True)
def dict_raises():
    raise ValueError('x')


E(dict_raises)
print(d)


@patch.dict(d, {'cls': 1})
class DictDecorated:
    def test_x(self):
        return dict(d)

    def other(self):
        return dict(d)


print(DictDecorated().test_x(), DictDecorated().other())
with patch.dict('os.environ', {'GOLDEN_MOCK_VAR': 'yes'}):
    print(os.environ['GOLDEN_MOCK_VAR'])
print('GOLDEN_MOCK_VAR' in os.environ)
pd = patch.dict(d, {'s': 1})
print(pd.start() is d, d)
pd.stop()
print(d)


async def async_dict_user():
    return dict(d)


print(asyncio.run(patch.dict(d, {'async': 1})(async_dict_user)()), d)

section('threading')
m = Mock()
counter = MagicMock()


def worker():
    for i in range(150):
        m(i)
        m.child(i)
        counter.x.y()


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(m.call_count, len(m.call_args_list), len(m.mock_calls), m.child.call_count, len(m.method_calls))
print(counter.x.y.call_count, len(counter.mock_calls))
tm = mock.ThreadingMock()
threading.Thread(target=lambda: tm.method(1)).start()
tm.method.wait_until_called(timeout=5)
tm.method.wait_until_any_call_with(1)
print(tm.method.call_args)
E(mock.ThreadingMock().wait_until_called, timeout=0.01)

section('misc')
print(mock.FILTER_DIR, sorted(mock.__all__))
print(issubclass(mock.InvalidSpecError, Exception))
m = Mock()
m.side_effect = [1]
print(m(), isinstance(Mock(), NonCallableMock), isinstance(MagicMock(), Mock), isinstance(AsyncMock(), MagicMock))
print(isinstance(NonCallableMagicMock(), MagicMock), callable(Mock()), callable(NonCallableMock()))
print(type(Mock()) is Mock, type(Mock()).__name__, issubclass(type(Mock()), Mock))


class MyMock(Mock):
    pass


P(MyMock().child, type(MyMock().child).__name__)
m = Mock()
m.__class__ = dict
print(m.__class__ is dict)
print(Mock(name='n')._mock_name, Mock().foo._mock_name)

section('more spec, autospec, names, mock_open, patch')
class Inner:
    def go(self, n): return n
class Outer:
    klass = Inner
    inner = Inner()
    def __init__(self, v):
        self.v = v
    def m(self, a): pass
    def __call__(self, q): pass
    def __len__(self): return 0
o = create_autospec(Outer)
P(o.klass, o.inner, o.inner.go, o.klass.go, o.return_value.inner.go)
E(o.inner.go, 1, 2); E(o.klass.go, 1); E(o.klass, 1); E(o.return_value, 1, 2); E(o.return_value, 1)
E(lambda: o.v); E(lambda: o.return_value.v)
E(len, o.return_value); E(len, o)
oi = create_autospec(Outer(1))
P(oi, oi.v, oi.m); E(oi, 1); E(oi.m, 1, 2)
oi2 = create_autospec(Outer, instance=True); E(oi2, 1); E(oi2, 1, 2)
f = create_autospec(lambda x, y=2: None)
P(f); E(f, 1); E(f)
def fn(a, b): pass
fs = create_autospec(fn, spec_set=True)
fs.side_effect = [1, 2]; print(fs(1, 2), fs(3, 4)); E(fs, 5, 6)
E(lambda: fs.mock.nope)
m = Mock()
print(m.call_args)
m(1); m(2)
print(m.call_args_list == [((1,),), call(2)], m.call_args_list == [call(1)], m.call_args == call.foo(2), m.mock_calls[0] == ('', (1,), {}))
args, kwargs = m.call_args; print(args, kwargs)
m = Mock(); m.__str__ = lambda self: 'custom str'; print(str(m))
m = Mock(); m.__repr__ = lambda self: 'custom repr'; print(repr(m))
m = MagicMock(); m.__repr__ = lambda self: 'crepr'; print(repr(m), str(m))
E(lambda: Mock().__enter__)
m = MagicMock(spec=dict); print(len(m), 'x' in m); E(lambda: m.__enter__)
m = MagicMock(); del m.__iter__; E(iter, m); m.__iter__ = Mock(return_value=iter([7])); print(list(iter(m)))
m = MagicMock(); m.__iter__.return_value = iter([1, 2]); print(list(iter(m)), list(iter(m)))
m = Mock(**{'method.side_effect': KeyError('x'), 'other.return_value.x': 3})
E(m.method); print(m.other().x)
m = Mock(); m()(); m()()(1); print(m.mock_calls, m.return_value.mock_calls)
m = Mock(); m.a().b().c(1); print(m.mock_calls); print(m.method_calls); print(m.a.return_value.method_calls)
m = Mock(); m.foo(1); E(m.foo.assert_called_with, 2); E(m.foo.assert_called_once_with, 2, x=1); m.foo(1); E(m.foo.assert_called_once_with, 1)
E(m.foo.assert_not_called)
m = Mock(name='named'); m.bar(1); E(m.bar.assert_called_with, 3); E(m.assert_called_with, 3)
m = Mock(); m.a.b.c(1); E(m.a.b.c.assert_called_with, 2)
r = Mock(); r.return_value = r; r(); r.reset_mock(); print(r.called)
m = Mock(); m.x = m; m.reset_mock(); print('loop ok')
mo = mock_open(read_data='abc\ndef\nghi\n')
h = mo()
print(repr(h.read(2)), repr(h.readline()), h.readlines(), repr(h.readline()), repr(h.read()))
h = mo()
print(repr(h.readline()), [l for l in h])
h = mo()
print(repr(next(iter(h))), h.readlines())
mo.return_value.readline.return_value = 'fixed'
h = mo(); print(h.readline(), h.readline())
mo = mock_open(read_data='x'); h = mo(); h.write('a'); h.writelines(['b']); print(h.mock_calls)
E(lambda: mo().nonexistent_attr)
class MyDict:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
md = MyDict(); md['a'] = 1
with patch.dict(md, {'b': 2}): print(sorted(md.d.items()))
print(md.d)
def target(): pass
@patch('os.getcwd')
def dec(m): return 'x'
print(dec.__wrapped__.__name__, len(dec.patchings), dec(), dec())
class K:
    @classmethod
    def cm(cls, a): pass
    @staticmethod
    def sm(a): pass
    def im(self, a): pass
with patch.object(K, 'cm', autospec=True) as c: K.cm(1); E(K.cm); print(c.call_args); P(c)
with patch.object(K, 'sm', autospec=True) as c: K.sm(1); E(K.sm, 1, 2); print(c.call_args)
with patch.object(K, 'im', autospec=True) as c: E(K().im); K.im(K, 5) ; print(c.call_args_list[0].args[1])
with patch.object(K, 'im', new_callable=MagicMock, return_value=3, name='zz') as c: print(K().im(), R(c))
s = create_autospec(K); seal(s); E(lambda: s.nope); P(s.im)
m = Mock(); m.x.y; seal(m); E(lambda: m.x.z); P(m.x.y)
m = Mock(); m.attach_mock(Mock(), 'c1'); m2 = Mock(); m2.attach_mock(m.c1, 'c2'); m.c1(1); print(m.mock_calls, m2.mock_calls)
a = create_autospec(fn); m = Mock(); m.attach_mock(a, 'fnc'); a(1, 2); print(m.mock_calls)
E(lambda: Mock(spec=Outer).nope); P(Mock(spec=Outer(1)), Mock(spec=Outer(1)).v)
m = Mock(spec=Outer); m(1); m.assert_called_with(1); E(m.assert_called_with, q=1)
m = Mock(spec=Outer(1)); m(1); m.assert_called_with(q=1); E(m.assert_called_with, v=1)
m = MagicMock(); m.mock_add_spec(['__len__']); print(len(m)); E(lambda: m.__iter__)
nm = mock.NonCallableMagicMock(); P(nm.child, nm.child())
pm = mock.PropertyMock(); P(pm(), pm.x)
m = Mock(); m.side_effect = StopIteration; E(m)
m = Mock(side_effect=[]); E(m)
print(mock.sentinel.a.name)

section('unittest.TestCase with patch')
@mock.patch('os.getcwd', return_value='/p')
class PatchedCase(unittest.TestCase):
    def setUp(self):
        self.x = 1
    def test_a(self, m):
        self.assertEqual(os.getcwd(), '/p')
        m.assert_called_once_with()
    @mock.patch('os.listdir')
    def test_b(self, ld, gc):
        os.listdir('.')
        ld.assert_called_once_with('.')
        self.assertEqual(gc.call_count, 0)
    def test_c(self, m):
        with self.assertRaises(AssertionError) as cm:
            m.assert_called_once_with(5)
        print('msg:', cm.exception)
suite = unittest.TestLoader().loadTestsFromTestCase(PatchedCase)
res = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
print(res.testsRun, res.wasSuccessful(), [str(e[1])[-200:] for e in res.errors + res.failures])

section('dir, FILTER_DIR, ThreadingMock children, subclass magics')
m = mock.MagicMock()
m.x; len(m)
print([n for n in dir(m) if not n.startswith('__') or n in ('__len__', '__iter__')])
mock.FILTER_DIR = False
d = dir(mock.Mock())
print('_mock_children' in d, 'assert_called' in d, 'method_calls' in d)
mock.FILTER_DIR = True
t = mock.ThreadingMock(timeout=0.5)
print(t.child._mock_wait_timeout if hasattr(t.child, '_mock_wait_timeout') else 'no', type(t.child).__name__, type(t()).__name__)
try:
    t.child.wait_until_any_call_with(1)
except AssertionError as e: print(e)
class M(mock.MagicMock):
    def __len__(self): return 5
print(len(M()))
m = mock.MagicMock()
m.__len__.return_value = 3
m.mock_add_spec(['__len__', 'a'])
print(len(m)); 
try: m.__iter__
except AttributeError as e: print(e)
m = mock.Mock(spec=['a'])
try: m.a = 1; m.b = 2; print(m.b)
except AttributeError as e: print(e)
m = mock.MagicMock()
m.__getitem__.return_value = 'v'
print(m['x'], m.__getitem__.call_args_list, m.mock_calls)
m.__hash__ = lambda self: 77
print(hash(m))

async def async_target_fn(x):
    return x


with patch('%s.async_target_fn' % __name__) as amock:
    print(type(amock).__name__, asyncio.run(async_target_fn(3)) is amock.return_value)
    amock.assert_awaited_once_with(3)
with patch('%s.async_target_fn' % __name__, autospec=True) as amock:
    print(inspect.iscoroutinefunction(async_target_fn))
    E(asyncio.run, async_target_fn())
    asyncio.run(async_target_fn(4))
    print(amock.await_args)
