# map, filter, zip, enumerate and reversed are types, as in CPython: isinstance(x, map), type(m) is map.
m = map(str, [1, 2])
print(type(m) is map, isinstance(m, map), list(m), map, filter, zip, enumerate, reversed)
print(isinstance(filter(None, [0, 1]), filter), isinstance(zip(), zip), isinstance(enumerate('a'), enumerate))
print(isinstance(reversed([1]), reversed), isinstance(reversed(range(3)), reversed), list(reversed('abc')))
print(list(enumerate('ab', start=5)), list(zip('ab', 'cd', strict=True)), map.__name__, type(map).__name__)
try:
    map()
except TypeError as e:
    print('TypeError', e)
