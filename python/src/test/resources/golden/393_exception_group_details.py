# ExceptionGroup[...] is a GenericAlias; split refuses a derive() that answers no group; __notes__ are copied into
# the parts only when they are a sequence.
import types
print(type(ExceptionGroup[ValueError]).__name__)
class MyEg(ExceptionGroup):
    def derive(self, excs): return 42
try:
    MyEg('eg', [TypeError(1), ValueError(2)]).split(TypeError)
except Exception as e:
    print(type(e).__name__, e)
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
eg.__notes__ = 123
try:
    m, r = eg.split(TypeError); print(hasattr(m, '__notes__'))
except Exception as e:
    print(type(e).__name__, e)
eg = ExceptionGroup('eg', [ValueError(1), TypeError(2)])
eg.__notes__ = ('a', 'b')
m, r = eg.split(TypeError)
print(m.__notes__, type(m.__notes__).__name__, r.__notes__)
eg.__notes__ = 'xy'
m, r = eg.split(TypeError)
print(m.__notes__)
print(ExceptionGroup[ValueError], BaseExceptionGroup[int])
