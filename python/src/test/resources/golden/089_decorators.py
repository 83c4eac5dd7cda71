# SPDX-License-Identifier: Apache-2.0
# Function decorators: wrappers, decorators with arguments, stacking order.
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", fn.__name__, result)
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
add(1, 2)
add(a=3, b=4)
def repeat(n):
    def deco(fn):
        def wrapper(x):
            for _ in range(n):
                x = fn(x)
            return x
        return wrapper
    return deco
@repeat(3)
def double(x):
    return x * 2
print(double(1))
def tag(label):
    def deco(fn):
        def wrapper():
            return "<" + label + ">" + fn() + "</" + label + ">"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text():
    return "hi"
print(text())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def alpha():
    pass
@register
def beta():
    pass
print(registry, alpha is not None)
