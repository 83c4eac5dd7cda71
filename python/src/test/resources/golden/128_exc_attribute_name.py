# SPDX-License-Identifier: Apache-2.0
# NameError and AttributeError messages for missing names, attributes, and methods.
class Thing:
    def __init__(self):
        self.present = 1
def probe(fn):
    try:
        return fn()
    except (NameError, AttributeError) as e:
        return type(e).__name__ + ": " + str(e)
t = Thing()
print(probe(lambda: t.present))
print(probe(lambda: t.absent))
print(probe(lambda: t.method()))
print(probe(lambda: Thing.klassattr))
print(probe(lambda: [].push))
print(probe(lambda: {}.has_key))
print(probe(lambda: qqqq))
print(probe(lambda: "s".foo))
print(probe(lambda: (1, 2).append))
def local_unbound():
    if False:
        v = 1
    return v
try:
    local_unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def deleted():
    v = 1
    del v
    return v
try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
z = 5
del z
try:
    print(z)
except NameError as e:
    print("NameError:", e)
