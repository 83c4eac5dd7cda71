# A deque drops the items it replaces or removes after releasing its lock: a
# finalizer that uses the same deque (here it appends to it) ran under the
# deque's non-reentrant lock and the script hung (d[0] = x, del d[i],
# d.remove(x), d.__init__(...), clear, maxlen eviction). CPython's order of
# the finalizer's item and the new items is kept.
from collections import deque
d = deque()
log = []
class Noisy:
    def __init__(self, n): self.n = n
    def __del__(self):
        d.append('del%d' % self.n)   # the deque itself, from the finalizer of an item it drops
        log.append(self.n)
d.append(Noisy(1)); d.append('x')
d[0] = 'y'                 # replaces Noisy(1)
print(log, list(d))
d.append(Noisy(2)); del d[-1]
print(log, list(d))
d.append(Noisy(3)); d.remove(d[-1])
print(log, list(d))
d.append(Noisy(4)); d.__init__(['z'])
print(log, list(d))
d.append(Noisy(5)); d.clear()
print(log, list(d))
b = deque([Noisy(6)], maxlen=1); b.append('w')
print(log)
