# SPDX-License-Identifier: Apache-2.0
# **kwargs order preservation and forwarding with ** at call sites.
def show(**kw):
    return ", ".join(f"{k}={v!r}" for k, v in kw.items())
print(show(b=1, a=2, c="x"))
def forward(*args, **kwargs):
    return show(**kwargs) + " | " + str(args)
print(forward(1, 2, z=0, y=1))
opts = {"color": "red", "size": 3}
print(show(**opts))
def point(x, y, z=0):
    return (x, y, z)
print(point(*[1, 2]), point(*(1, 2, 3)), point(**{"x": 5, "y": 6}), point(1, *[2], **{"z": 9}))
try:
    point(**{"x": 1, "q": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    point(1, **{"x": 2, "y": 3})
except TypeError as e:
    print("TypeError:", e)
