# SPDX-License-Identifier: Apache-2.0
# weakref callbacks run when the referent dies and receive the (now dead) weak reference.
import weakref
class Target:
    def __init__(self, name):
        self.name = name
log = []
def on_death(ref):
    log.append("callback")
    print("callback fired, ref() is", ref())
t = Target("t")
r = weakref.ref(t, on_death)
print("before del", log)
del t
print("after del", log)
refs_seen = []
def remember(ref):
    refs_seen.append(ref)
u = Target("u")
ru = weakref.ref(u, remember)
u = None
print(len(refs_seen), refs_seen[0] is ru)
names = []
def make_cb(name):
    def cb(ref):
        names.append(name)
    return cb
a = Target("a")
keep = [weakref.ref(a, make_cb("first")), weakref.ref(a, make_cb("second"))]
del a
print(sorted(names), len(names))
