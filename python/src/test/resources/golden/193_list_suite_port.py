# SPDX-License-Identifier: Apache-2.0
# CPython's list tests in ftpython's subset: slices, index/insert bounds, zip(strict=True), keyword checks.
from suite_case import T

class Exc(Exception): pass
a = [1, 2, 3]
T("init iter", lambda: list(range(5)))
T("init kw", lambda: list(sequence=[]))
T("getitem neg", lambda: a[-1])
T("getitem oob", lambda: a[3])
T("getitem oob neg", lambda: a[-4])
T("getitem str", lambda: a['x'])
T("getitem float", lambda: a[1.0])
T("slice", lambda: (a[::-1], a[1:], a[:-1], a[::2], a[5:], a[-100:100]))
T("slice step 0", lambda: a[::0])
def sa():
    b = list(range(10)); b[2:5] = 'xy'; return b
T("slice assign", sa)
def sa2():
    b = list(range(10)); b[::2] = [0]*4; return b
T("ext slice assign wrong", sa2)
def sa3():
    b = list(range(10)); b[::2] = 'abcde'; return b
T("ext slice assign", sa3)
def sa4():
    b = list(range(10)); del b[::3]; return b
T("del ext slice", sa4)
def sa5():
    b = [1,2,3]; b[1:1] = b; return b
T("self slice assign", sa5)
def sa6():
    b = [1,2,3]; b[:] = 5; return b
T("slice assign int", sa6)
T("index", lambda: [1,2,3,2].index(2))
T("index start", lambda: [1,2,3,2].index(2, 2))
T("index missing", lambda: [1,2,3].index(7))
T("index neg start", lambda: [1,2,3,2].index(2, -1))
T("index str", lambda: [1].index(1, 'a'))
T("count", lambda: [1,2,1].count(1))
T("remove missing", lambda: [1].remove(2))
T("pop empty", lambda: [].pop())
T("pop oob", lambda: [1].pop(5))
T("pop idx", lambda: [1,2,3].pop(-2))
def ins():
    b = [1,2,3]; b.insert(-100, 0); b.insert(100, 9); b.insert(1, 'x'); return b
T("insert bounds", ins)
T("insert noargs", lambda: [].insert(1))
T("append 2", lambda: [].append(1, 2))
T("extend self", lambda: (lambda b: (b.extend(b), b)[1])([1, 2]))
T("extend int", lambda: [].extend(1))
T("mul neg", lambda: [1] * -1)
T("mul big", lambda: [1, 2] * 3)
def im():
    b = [1,2]; b *= 2; return b
T("imul", im)
def ia():
    b = [1,2]; b += (3,); b += 'ab'; return b
T("iadd tuple", ia)
T("add tuple", lambda: [1] + (2,))
T("eq", lambda: ([1,2] == [1,2], [1,2] == [1,2.0], [1] == (1,), [] != []))
T("lt", lambda: ([1,2] < [1,3], [1] < [1,0], [2] > [1,5], [] < [0]))
T("lt mixed", lambda: [1] < ['a'])
T("lt tuple", lambda: [1] < (1,))
T("sort", lambda: sorted([3,1,2], reverse=True))
T("sort key", lambda: sorted(['bb','a','ccc'], key=len))
T("sort mixed", lambda: sorted([1,'a']))
T("sort stable", lambda: sorted([(1,'b'),(0,'a'),(1,'a')], key=lambda p: p[0]))
def sm():
    b = [3,1,2]
    def k(x):
        b.append(x)
        return x
    b.sort(key=k)
    return b
T("sort mutate", sm)
T("sort positional", lambda: [1].sort(None))
T("reverse", lambda: (lambda b: (b.reverse(), b)[1])([1,2,3]))
T("contains", lambda: (2 in [1,2], 5 in [1], [1] in [[1]]))
T("repr recursive", lambda: (lambda b: (b.append(b), repr(b))[1])([1]))
T("bool", lambda: (bool([]), bool([0])))
T("hash", lambda: hash([]))
T("list of str", lambda: list('abc'))
T("list of dict", lambda: list({1: 2, 3: 4}))
T("reversed", lambda: list(reversed([1,2,3])))
T("len", lambda: len([1] * 5))
T("copy", lambda: (lambda b: (b.copy() == b, b.copy() is b))([1]))
T("clear", lambda: (lambda b: (b.clear(), b)[1])([1]))
T("min max", lambda: (min([3,1,2]), max([3,1,2]), min([], default=7)))
T("min empty", lambda: min([]))
T("sum", lambda: sum([[1], [2]], []))
T("enumerate", lambda: list(enumerate(['a','b'], 1)))
T("zip", lambda: list(zip([1,2,3], 'ab')))
T("zip strict", lambda: list(zip([1,2,3], 'ab', strict=True)))
class BadCmp:
    def __eq__(self, other):
        raise Exc()
T("index badeq", lambda: [BadCmp()].index(1))
T("count badeq", lambda: [BadCmp()].count(1))
T("in badeq", lambda: 1 in [BadCmp()])
T("remove badeq", lambda: [BadCmp()].remove(1))
T("eq badeq", lambda: [BadCmp()] == [1])
T("identity shortcut", lambda: (lambda x: ([x] == [x], x in [x], [x].count(x), [x].index(x)))(BadCmp()))
nan = float('nan')
T("nan", lambda: ([nan] == [nan], nan in [nan], [nan].count(nan)))
