# SPDX-License-Identifier: Apache-2.0
# copy/deepcopy, textwrap, os.path, contextlib.contextmanager/ExitStack, abc.ABC, __init_subclass__.
import string, heapq, bisect, json, copy, textwrap, os, os.path
from contextlib import contextmanager, suppress, nullcontext, ExitStack, closing
from abc import ABC, abstractmethod
class P:
    def __init__(self, x, kids):
        self.x = x
        self.kids = kids
p = P(1, [P(2, [])])
q = copy.copy(p); r = copy.deepcopy(p)
print(q.kids is p.kids, r.kids is p.kids, r.kids[0].x, type(r).__name__)
cyc = [1]; cyc.append(cyc)
dc = copy.deepcopy(cyc); print(dc[1] is dc, dc is not cyc)
print(copy.deepcopy({'a': [1, {'b': (2, [3])}]}))
print(textwrap.dedent('''
    hello
      world
    end'''))
print(textwrap.indent('a\nb\n\nc', '> '))
para = 'The quick brown fox jumps over the lazy dog and keeps running through the well-known forest paths.'
print(textwrap.wrap(para, 30))
print(textwrap.fill(para, 25))
print(textwrap.shorten('Hello  world, this is long text', width=20))
print(os.path.join('a', 'b', 'c.txt'), os.path.splitext('x/y.tar.gz'), os.path.basename('/a/b/c'), os.path.dirname('/a/b/c'))
print(os.path.normpath('a//b/./c/../d'), os.path.split('/usr/lib/'), os.sep, os.path.isabs('/x'), os.path.exists('/'))
print(os.path.isdir('/tmp'), os.path.isfile('/nonexistent'), os.getenv('NO_SUCH_VAR_X', 'dflt'))
@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)
with tag('b') as t:
    print('inside', t)
try:
    with tag('i'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', e)
with suppress(ZeroDivisionError):
    1 / 0
print('suppressed')
with nullcontext(5) as n:
    print(n)
with ExitStack() as stack:
    for nm in ['x', 'y']:
        stack.enter_context(tag(nm))
    print('stacked')
class Shape(ABC):
    @abstractmethod
    def area(self):
        pass
    @abstractmethod
    def perimeter(self):
        pass
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s
class Half(Shape):
    def area(self):
        return 1
print(Sq(3).area(), Sq(3).perimeter())
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
class Registry:
    subclasses = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Registry.subclasses.append(cls.__name__)
class A(Registry): pass
class B(A): pass
print(Registry.subclasses)
