# SPDX-License-Identifier: Apache-2.0
# A thread loops over lists the main thread made (the loop variable is read borrowed): each edge of the variable.
import threading
class Box:
    def __init__(self, v):
        self.v = v
shared = [Box(i) for i in range(10)]
victims = [Box(i) for i in range(6)]
names = ["k%d" % i for i in range(5)]
out = {}
def reassign():
    s = []
    for b in shared:
        s.append(b.v)
        b = Box(-1)                          # the body rebinds it
        s.append(b.v)
    return s[:4], b.v
def delete():
    n = 0
    for b in shared:
        n += b.v
        del b                                # the body deletes it
    try:
        return n, b
    except UnboundLocalError:
        return n, "unbound"
def early(x):
    for b in shared:
        if b.v == x:
            return b                         # returned from inside the loop
def raising():
    try:
        for b in shared:
            if b.v == 3:
                raise ValueError(b.v)
    except ValueError as e:
        return e.args[0], b.v
def nested():
    pairs = []
    for a in names:
        for c in names:
            pairs += [a + c] if a < c else []
        a = a.upper()
    return len(pairs), pairs[:2], a, c
def remove():
    got = []
    for b in victims:
        victims.remove(b)                    # removed from the list it iterates: b lives on
        got.append(b.v)
    return got, [b.v for b in victims], b.v
def deep(n):
    for b in shared:
        if b.v == n:
            return b.v if n == 0 else b.v + deep(n - 1)
def work():
    for b in shared:
        pass
    out["after"] = b.v                       # the variable outlives its loop
    out.update(reassign=reassign(), delete=delete(), early=early(7).v, raising=raising(), nested=nested(),
               remove=remove(), deep=deep(9))
t = threading.Thread(target=work)
t.start()
t.join()
for k in sorted(out):
    print(k, out[k])
