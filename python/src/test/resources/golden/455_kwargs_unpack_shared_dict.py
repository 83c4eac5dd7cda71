# f(**d), dict(**d) and tuple(d) read a dict another thread resizes: each takes one atomic snapshot, as CPython's
# (gh-86199, test_free_threading's test_kwargs_unpack), never "dictionary changed size during iteration".
# Compared with CPython 3.13.
import threading
shared = {f"k{i}": i for i in range(4)}
def target(**kw):
    return len(kw)
stop = False
def resize():
    while not stop:
        for i in range(4, 600):
            shared[f"k{i}"] = i
        for i in range(599, 3, -1):
            shared.pop(f"k{i}", None)
ops = {
    "f(**d)": lambda: target(**shared),
    "dict(**d)": lambda: len(dict(**shared)),
    "{**d}": lambda: len({**shared}),
    "tuple(d)": lambda: len(tuple(shared)),
    "tuple(d.items())": lambda: len(tuple(shared.items())),
    "list(d.values())": lambda: len(list(shared.values())),
}
r = threading.Thread(target=resize)
r.start()
for name, op in ops.items():
    errors = 0
    sizes_ok = True
    for _ in range(400):
        try:
            n = op()
            sizes_ok &= 4 <= n <= 600
        except RuntimeError:
            errors += 1
    print(name, "errors:", errors, "sizes in range:", sizes_ok)
stop = True
r.join()
print(target(**{"a": 1}, b=2), sorted(dict(**{"x": 1}, y=2).items()))
try:
    target(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
