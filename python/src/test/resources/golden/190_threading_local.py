# SPDX-License-Identifier: Apache-2.0
# threading.local: per-thread attributes, AttributeError where unset, a thread's values freed when it ends (python3.13).
import threading
data = threading.local()
data.x = 'main'
out = {}
def work(n):
    try:
        data.x
    except AttributeError as e:
        out[n] = ['fresh', str(e)]
    data.x = n
    data.items = [n] * 3
    out[n].append((data.x, data.items))
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out.items()))
print(data.x, sorted(data.__dict__))
del data.x
try:
    del data.x
except AttributeError as e:
    print(e)
print(hasattr(data, 'x'), type(data).__name__)
class Payload:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('payload freed', self.n)
def keep(n):
    data.p = Payload(n)
    print('thread', n, 'ends')
for i in range(3):
    t = threading.Thread(target=keep, args=(i,))
    t.start()
    t.join()
    print('joined', i)
data.p = Payload('main')
del data
print('end')
