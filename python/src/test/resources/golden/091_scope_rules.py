# SPDX-License-Identifier: Apache-2.0
# LEGB scope resolution, shadowing builtins locally, comprehension scope, class body scope.
x = "module"
def f():
    x = "enclosing"
    def g():
        return x
    return g()
print(f())
def h():
    len = lambda s: 42
    return len("abc")
print(h(), len("abc"))
y = 5
def uses_y():
    return [y * i for i in range(3)]
print(uses_y())
class C:
    v = 10
    w = v * 2
    def get(self):
        return self.v + C.w
print(C.v, C.w, C().get())
calls = [0]
def count_calls():
    calls[0] += 1
    return calls[0]
count_calls()
count_calls()
print(count_calls())
i = "before"
_ = [i for i in range(3)]
print(i)
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
