# An iterator over an instance of a subclass of a built-in container keeps the instance alive until the iteration
# ends (or the iterator goes), as CPython's does: __del__ and weakref callbacks run then, not at iter().
import gc
import weakref


class A(set):
    def __del__(self): print("del A")
class L(list):
    def __del__(self): print("del L")
class D(dict):
    def __del__(self): print("del D")
class T(tuple):
    def __del__(self): print("del T")
class S(str):
    def __del__(self): print("del S")


for cls, arg in ((A, [1]), (L, [1]), (D, {1: 2}), (T, (1,)), (S, "ab")):
    it = iter(cls(arg))
    print("iter made", cls.__name__, type(it).__name__)
    print(list(it))
    del it
    print("after del")

# a partly consumed iterator keeps it until the iterator itself goes
it = iter(L([1, 2, 3]))
print(next(it))
print("dropping the iterator")
del it
print("dropped")

# a weak reference's callback waits too
class W(list):
    pass
w = W([1, 2])
r = weakref.ref(w, lambda ref: print("callback"))
it = iter(w)
del w
print("alive while iterating:", r() is not None, next(it))
print(list(it))
print("alive after the end:", r() is not None)

# for loops over such instances, and the check from CPython's test.support: next() in __del__ sees the iterator
done = []
def check(cls, args=()):
    def wrapper():
        class B(cls):
            def __del__(self):
                try:
                    next(it)
                except StopIteration:
                    done.append(cls.__name__)
        return B(*args)
    it = iter(wrapper())
    for _ in it:
        pass
    del it
    gc.collect()

for cls in (list, tuple, set, dict, str):
    check(cls, ("xy",) if cls is not dict else ())
print(done)
