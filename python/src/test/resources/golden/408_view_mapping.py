# dict views' mapping attribute (3.10+), a read-only proxy of their dict; types.MappingProxyType is CPython's
# mappingproxy (its name, str, |, reversed, unhashable).
import types
d = {'a': 1}; m = d.keys().mapping
print(type(m).__name__, m, repr(m), m['a'], d.items().mapping is not None, d.values().mapping == d, m | {'b': 2}, {'c': 0} | m, list(reversed(m)))
for f in (lambda: m.__setitem__('b', 2), lambda: hash(m), lambda: m.__setitem__):
    try: f()
    except (TypeError, AttributeError) as e: print(e)
try:
    m |= {'x': 1}
except TypeError as e: print(e)
print(types.MappingProxyType, types.MappingProxyType({'z': 1}))
