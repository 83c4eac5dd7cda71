# SPDX-License-Identifier: Apache-2.0
# *args and **kwargs collection; keyword-only arguments after * and *args.
def collect(*args, **kwargs):
    return args, kwargs
print(collect())
print(collect(1, 2))
print(collect(a=1, b=2))
print(collect(1, "x", key="v", other=None))
def total(first, *rest):
    return first + sum(rest)
print(total(1), total(1, 2, 3, 4))
def kwonly(a, *, sep="-", end="."):
    return str(a) + sep + end
print(kwonly(1), kwonly(2, sep="+"), kwonly(3, end="!", sep=""))
def mixed(a, b=0, *args, flag=False, **kw):
    return a, b, args, flag, sorted(kw.items())
print(mixed(1))
print(mixed(1, 2, 3, 4, flag=True, z=26, y=25))
def required_kw(*, must):
    return must
print(required_kw(must="yes"))
try:
    required_kw()
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(type(collect(1)[0]).__name__, type(collect(a=1)[1]).__name__)
