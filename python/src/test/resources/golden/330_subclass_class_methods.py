# A built-in base's class methods on a subclass and its instances: D.fromkeys and d.fromkeys make a D, I.from_bytes
# an I, as CPython 3.13's do.
class dictlike(dict): pass
print(dictlike().fromkeys('a'), type(dictlike().fromkeys('a')).__name__, type(dictlike.fromkeys('ab', 1)).__name__)
class I(int): pass
print(type(I(3).from_bytes(b'\x01', 'big')).__name__, I.from_bytes(b'\x02', 'little'))
