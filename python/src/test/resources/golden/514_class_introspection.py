# Class introspection against CPython 3.13 with the namespace entries of golden 513: inspect, dataclasses, enum,
# TypedDict, a metaclass that adds to the namespace, types.GetSetDescriptorType.
import inspect, dataclasses, enum, typing, functools, abc
class Base:
    def __init_subclass__(cls, **kw):
        cls.registered = True
        super().__init_subclass__(**kw)
class Desc:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, objtype=None): return self.name if obj else self
class C(Base):
    d = Desc()
    def __init__(self): self.v = 1
    @property
    def p(self): return 2
    @functools.cached_property
    def cp(self): return 3
print([n for n, _ in inspect.getmembers(C) if not n.startswith('__') or n in ('__dict__', '__weakref__', '__static_attributes__')])
c = C()
print(c.d, c.p, c.cp, vars(c), C.registered)
print(sorted(k for k in dir(c) if not k.startswith('__')))
print(inspect.isdatadescriptor(Base.__dict__['__dict__']), inspect.isgetsetdescriptor(Base.__dict__['__dict__']))
@dataclasses.dataclass
class DC:
    a: int
    b: list = dataclasses.field(default_factory=list)
    def add(self, x): self.b.append(x)
print(DC.__static_attributes__, [f.name for f in dataclasses.fields(DC)], DC(1))
class Col(enum.Enum):
    R = 1
    G = 2
    def describe(self): return self.name.lower()
print(list(Col), Col.R.describe(), Col.__static_attributes__ if hasattr(Col, '__static_attributes__') else None)
class TD(typing.TypedDict):
    a: int
print(TD.__annotations__, list(TD.__dict__)[:4])
class Meta(type):
    def __new__(m, name, bases, ns):
        ns['added'] = 1
        return super().__new__(m, name, bases, ns)
class WithMeta(metaclass=Meta):
    def f(self): self.q = 1
print(list(WithMeta.__dict__), WithMeta.__static_attributes__)
class AB(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
try: AB()
except TypeError as e: print(e)
import copy, pickle
class PC:
    __slots__ = ('a', 'b')
    def __init__(self): self.a, self.b = 1, 2
pc = copy.deepcopy(PC())
print(pc.a, pc.b, pickle.loads(pickle.dumps(PC())).b)
class NS:
    x = 1
ns = type('NS2', (NS,), dict(NS.__dict__))
print(list(ns.__dict__))
print(Base.__dict__['__weakref__'].__doc__, Base.__dict__['__dict__'].__doc__)
import types
print(types.GetSetDescriptorType, types.MemberDescriptorType, inspect.ismemberdescriptor(PC.__dict__['a']))
