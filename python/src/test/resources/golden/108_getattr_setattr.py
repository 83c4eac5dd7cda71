# SPDX-License-Identifier: Apache-2.0
# getattr with default, setattr, hasattr, delattr, del obj.attr, AttributeError messages.
class Cfg:
    debug = False
    def __init__(self):
        self.level = 1
c = Cfg()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "nope", "default"))
setattr(c, "level", 5)
setattr(c, "new_attr", [1])
print(c.level, c.new_attr, hasattr(c, "new_attr"), hasattr(c, "zzz"))
delattr(c, "new_attr")
print(hasattr(c, "new_attr"))
del c.level
print(hasattr(c, "level"))
try:
    c.level
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.level
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    Cfg.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).real_nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.foo
except AttributeError as e:
    print("AttributeError:", e)
for name in ["a", "b", "c"]:
    setattr(c, name, name.upper())
print([getattr(c, n) for n in ["a", "b", "c"]])
c.debug = True
print(c.debug, Cfg.debug)
del c.debug
print(c.debug)
