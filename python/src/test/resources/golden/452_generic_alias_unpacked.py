# Iterating a generic alias yields its unpacked form once (PEP 646), to one thread when threads share the iterator
# (CPython's gh-154043, test_free_threading's test_genericalias). Compared with CPython 3.13.
import threading
a = list[int]
it = iter(a)
s = next(it)
print(s, s.__unpacked__, a.__unpacked__, s.__origin__, s.__args__, s == a, type(s) is type(a), hash(s) == hash(a))
print(list(it), type(iter(a)).__name__)
print(*tuple[int, str])
print(tuple[*tuple[int, str]])
def f(*args: *tuple[int, ...]):
    pass
print(f.__annotations__)
print([x for x in dict[str, int]], next(iter(s)))
for _ in range(20):
    shared = iter(list[int])
    got = []
    barrier = threading.Barrier(8)
    def worker():
        barrier.wait()
        try:
            got.append(next(shared))
        except StopIteration:
            pass
    ts = [threading.Thread(target=worker) for _ in range(8)]
    for t in ts: t.start()
    for t in ts: t.join()
    assert got == [s], got
print("each shared iterator handed its item to one thread")
