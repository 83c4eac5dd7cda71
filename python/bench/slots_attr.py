# Attribute reads and writes on an instance of a slotted base's subclass (its slots kept beside its __dict__): a
# dict attribute and a slot; on a plain class's instance as the peer. Best of 5 rounds of 1,000,000 each.
import time


class Base:
    __slots__ = ('x',)


class Sub(Base):
    pass


class Plain:
    pass


def best(f, o):
    b = 1e9
    for _ in range(5):
        t = time.perf_counter()
        f(o)
        b = min(b, time.perf_counter() - t)
    return b


def read_z(o):
    for _ in range(1000000):
        o.z


def read_x(o):
    for _ in range(1000000):
        o.x


def write_z(o):
    for i in range(1000000):
        o.z = i


def write_x(o):
    for i in range(1000000):
        o.x = i


s = Sub()
s.x = 1
s.z = 2
p = Plain()
p.x = 1
p.z = 2
r = {name: (best(f, s), best(f, p)) for name, f in
     (('read dict attr', read_z), ('read slot', read_x), ('write dict attr', write_z), ('write slot', write_x))}
for name, (ts, tp) in r.items():
    print('%-16s slotted subclass %.3f s, plain %.3f s, ratio %.2f' % (name, ts, tp, ts / tp))
