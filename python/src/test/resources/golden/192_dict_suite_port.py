# SPDX-License-Identifier: Apache-2.0
# CPython's test_dict cases in ftpython's subset: |= with pairs, mappings with keys(), argument checks, views.
from suite_case import T

class Exc(Exception): pass

a = {0: 0, 1: 1, 2: 1}; b = {1: 1, 2: 2, 3: 3}
T("or", lambda: a | b)
T("ror", lambda: b | a)
c = a.copy(); c |= [(1, 1), (2, 2), (3, 3)]; T("ior list", lambda: c)
T("or None", lambda: a.__or__(None))
T("ior None", lambda: a.__ior__(None))
T("ior BAD", lambda: a.__ior__("BAD"))
T("ior empty", lambda: a.__ior__(""))
T("not {}", lambda: not {})
T("keys repr", lambda: repr(dict(a=1).keys()))
T("values repr", lambda: repr(dict(a=1).values()))
T("items repr", lambda: repr(dict(a=1).items()))
d = {'a': 1, 'b': 2}
T("keys None", lambda: d.keys(None))
T("contains noarg", lambda: d.__contains__())
T("getitem noarg", lambda: d.__getitem__())

class BadEq(object):
    def __eq__(self, other):
        raise Exc()
    def __hash__(self):
        return 24
d = {}
d[BadEq()] = 42
T("badeq getitem 23", lambda: d[23])
T("badeq getitem 24", lambda: d[24])

class BadHash(object):
    fail = False
    def __hash__(self):
        if self.fail:
            raise Exc()
        else:
            return 42
x = BadHash()
d[x] = 42
x.fail = True
T("badhash getitem", lambda: d[x])
T("badhash setdefault", lambda: d.setdefault(x, []))
T("badhash pop", lambda: d.pop(x))
T("badhash contains", lambda: x in d)
T("update None", lambda: {}.update(None))

class SimpleUserDict:
    def __init__(self):
        self.d = {1:1, 2:2, 3:3}
    def keys(self):
        return self.d.keys()
    def __getitem__(self, i):
        return self.d[i]
d = {}
d.update(SimpleUserDict())
T("update userdict", lambda: d)
class FailingUserDict:
    def keys(self):
        raise Exc
T("update failing keys", lambda: d.update(FailingUserDict()))
class badseq(object):
    def __iter__(self):
        return self
    def __next__(self):
        raise Exc()
T("update badseq", lambda: {}.update(badseq()))
T("update triple", lambda: {}.update([(1, 2, 3)]))
T("update objs", lambda: {}.update([object() for _ in range(3)]))
T("fromkeys", lambda: dict.fromkeys('abc'))
T("fromkeys 0", lambda: {}.fromkeys((4,5),0))
T("fromkeys 3", lambda: {}.fromkeys(3))
T("fromkeys noarg", lambda: dict.fromkeys())
T("fromkeys badseq", lambda: dict.fromkeys(badseq()))
T("fromkeys set", lambda: dict.fromkeys(set(range(6)), 0))
T("copy arg", lambda: {}.copy(None))
dd = {k: k for k in range(1000)}
for k in range(950):
    del dd[k]
T("copy noncompact", lambda: dd.copy() == dd)
T("get noarg", lambda: {}.get())
T("get 3 args", lambda: {}.get(None, None, None))
d = {}
T("setdefault0", lambda: d.setdefault('key0'))
d.setdefault('key', []).append(3)
T("setdefault list", lambda: d)
T("setdefault noarg", lambda: d.setdefault())

class Hashed(object):
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0
    def __hash__(self):
        self.hash_count += 1
        return 42
    def __eq__(self, other):
        self.eq_count += 1
        return id(self) == id(other)
hashed1 = Hashed()
y = {hashed1: 5}
hashed2 = Hashed()
y.setdefault(hashed2, [])
T("setdefault atomic", lambda: (hashed1.hash_count, hashed1.eq_count, hashed2.hash_count, hashed2.eq_count))
d = {1: 1}
T("popitem", lambda: (d.popitem(), d))
T("popitem empty", lambda: {}.popitem())
T("pop missing", lambda: {}.pop(1))
T("pop default", lambda: {}.pop(1, 2))
T("pop noarg", lambda: {}.pop())
def mut():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 1
T("mutating iteration", mut)
def mut2():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
T("mutating iteration del", mut2)
def mut3():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = 5
    return d
T("mutating iteration same size", mut3)
def mut4():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]; d[k+10] = 1
T("mutating iteration del add", mut4)
T("repr nested", lambda: repr({1: {2: {}}}))
d = {}; d[1] = d
T("repr recursive", lambda: repr(d))
T("eq", lambda: {1: 2} == {1: 2.0})
T("lt", lambda: {1: 2} < {1: 3})
T("dict kw", lambda: dict(a=1, b=2))
T("dict list kw", lambda: dict([(1, 2)], a=3))
T("dict bad", lambda: dict([1]))
T("dict str seq", lambda: dict(["ab", "cd"]))
T("dict bad len", lambda: dict(["abc"]))
T("dict 2 args", lambda: dict({}, {}))
T("len views", lambda: (len({1:2}.keys()), len({1:2}.items())))
T("keys set ops", lambda: ({1:2, 3:4}.keys() & {1}, {1:2}.keys() | {5}, {1:2}.keys() - {1}, {1:2}.keys() ^ {1, 7}))
T("items in", lambda: ((1, 2) in {1: 2}.items(), (1, 3) in {1: 2}.items()))
T("reversed", lambda: list(reversed({1: 2, 3: 4})))
T("reversed keys", lambda: list(reversed({1: 2, 3: 4}.keys())))
T("reversed items", lambda: list(reversed({1: 2, 3: 4}.items())))
T("unhashable key", lambda: {[]: 1})
T("unhashable get", lambda: {}.get([]))
T("unhashable in", lambda: [] in {})
T("del missing", lambda: {}.__delitem__(1))
