# string.Formatter (PEP 3101's machinery, every step a method) and string.Template with subclass patterns, as
# CPython's test_string exercises them; implicit class methods (__init_subclass__, __class_getitem__).
import string
f = string.Formatter()
print(f.format('{0}-{1!r}-{x:>5}-{y[0]}-{z.real}', 1, 'a', x=3, y=[9], z=2j))
print(f.format('{:{}}|', 'ab', 5), f.format('{0:{1}.{2}f}', 3.14159, 8, 2))
print(list(f.parse('a{0!s:>3}b{{c}}{x.y[1]}')))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, '<%s>' % key) if isinstance(key, str) else args[key]
print(Upper().format('{a} {b} {0}', 'zero', a='x'))
for bad in ['{', '}', '{0!}', '{0!x}', '{0[}', '{} {1}', '{1} {}']:
    try:
        print(f.format(bad, 1, 2))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
t = string.Template('$who likes ${what}; $$5 $')
print(t.safe_substitute(who='tim'), t.is_valid(), t.get_identifiers())
try:
    t.substitute(who='tim', what='x')
except ValueError as e:
    print(e)
print(string.Template('$a$b').substitute({'a': 1, 'b': 2}, b=3))
class Percent(string.Template):
    delimiter = '%'
    idpattern = '[a-z]+_[a-z]+'
print(Percent('%foo_bar and %baz %%').safe_substitute(foo_bar='ok', baz='no'))
class Braced(string.Template):
    braceidpattern = r'(?a:[_a-z][_a-z0-9]*(\.[_a-z][_a-z0-9]*)*)'
print(Braced('${user.name} $user').substitute({'user.name': 'ann', 'user': 'u'}))
class Custom(string.Template):
    pattern = r"""
    \[(?:
      (?P<escaped>\[) |
      (?P<named>[a-z]+)\] |
      (?P<braced>[A-Z]+)\] |
      (?P<invalid>)
    )"""
print(Custom('[x] [Y] [[').substitute(x=1, Y=2))
class Base:
    seen = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.seen.append((cls.__name__, tag))
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
class A(Base, tag='a'):
    pass
class B(A):
    pass
print(Base.seen, A[int], type(Base.__dict__['__init_subclass__']).__name__)
Base.__init_subclass__()
print(Base.seen[-1])
f=string.Formatter()
for s in ['{', 'a{', '{0', '{0!', '{0!}', '{0!r', '{0!rx}', '{0:abc', '{0:{1}', '{0[}', '{0[1}]}', '{0!r:x', '{0!}}', '}', 'x}y', 'a{{b}}c{0:>{1}}d']:
    try: print(repr(s), list(f.parse(s)))
    except ValueError as e: print(repr(s), 'VE', e)
