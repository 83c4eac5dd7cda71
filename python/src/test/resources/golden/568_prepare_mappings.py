# A metaclass's __prepare__ may return any mapping: the class body stores and loads names through it.
import collections


class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith('__'):
            if key in self:
                raise TypeError('duplicate name %r' % key)
            self.order.append(key)
        super().__setitem__(key, value)


class RecordingMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwds):
        print('prepare', name, [b.__name__ for b in bases], sorted(kwds))
        return Recording()

    def __new__(mcs, name, bases, ns, **kwds):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls._order = ns.order
        return cls

    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)


class Fields(metaclass=RecordingMeta, flag=True):
    """Fields in order."""
    zeta = 1
    alpha = 2
    def method(self):
        return __class__.__name__
    mid = alpha + zeta


print(Fields._order, Fields.mid, Fields().method(), Fields.__doc__)
print(type(Fields).__name__, Fields.__module__, Fields.__qualname__)

try:
    class Dup(metaclass=RecordingMeta):
        a = 1
        a = 2
except TypeError as e:
    print('TypeError:', e)


# __missing__ answers names the body does not define (an auto-numbering namespace)
class AutoNS(dict):
    def __init__(self):
        super().__init__()
        self.count = 0

    def __missing__(self, key):
        if key.startswith('__') or key in ('print', 'len'):
            raise KeyError(key)
        self.count += 1
        self[key] = self.count
        return self.count


class AutoMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return AutoNS()


class Color(metaclass=AutoMeta):
    red
    green
    blue
    print('in body', red, blue, len('abc'))


print(Color.red, Color.green, Color.blue)


# a mapping that is not a dict: the metaclass turns it into one
class Log:
    def __init__(self):
        self.data = {}
        self.log = []

    def __getitem__(self, key):
        self.log.append(('get', key))
        return self.data[key]

    def __setitem__(self, key, value):
        self.log.append(('set', key))
        self.data[key] = value

    def __delitem__(self, key):
        self.log.append(('del', key))
        del self.data[key]


class LogMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Log()

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns.data)
        cls.log = ns.log
        return cls


class Logged(metaclass=LogMeta):
    x = 1
    y = x + 1
    del x
    z: int = 3


print(Logged.log)
print(Logged.y, hasattr(Logged, 'x'), Logged.__annotations__)


class PlainMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Log()


try:
    class Refused(metaclass=PlainMeta):
        pass
except TypeError as e:
    print('TypeError:', e)


class BadMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5


try:
    class Bad(metaclass=BadMeta):
        pass
except TypeError as e:
    print('TypeError:', e)


class NoSet:
    def __getitem__(self, key):
        raise KeyError(key)


class NoSetMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return NoSet()


try:
    class Cannot(metaclass=NoSetMeta):
        x = 1
except TypeError as e:
    print('TypeError:', e)


class Raising(dict):
    def __setitem__(self, key, value):
        if key == 'boom':
            raise ValueError('no %s here' % key)
        super().__setitem__(key, value)


class RaisingMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Raising()


try:
    class Boom(metaclass=RaisingMeta):
        fine = [1, 2, 3]
        boom = object()
except ValueError as e:
    print('ValueError:', e)

# an OrderedDict namespace, as older code asks for
class ODMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return collections.OrderedDict()

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.members = [k for k in ns if not k.startswith('__')]
        return cls


class Ordered(metaclass=ODMeta):
    b = 1
    a = 2

    def c(self):
        pass


print(Ordered.members)
