# collections.OrderedDict shared between threads: popitem(last=False) from two
# threads hands out each item once and raises KeyError only when empty (the old
# one raised RuntimeError and spurious KeyErrors in its threads); move_to_end
# while another thread inserts loses no key (it never empties the dict).
import threading
from collections import OrderedDict

threading.excepthook = lambda args: print('thread died:', args.exc_type.__name__)
N = 20000
od = OrderedDict((i, i) for i in range(N))
got = [[], []]
errs = []


def popper(k):
    while True:
        try:
            got[k].append(od.popitem(last=False)[0])
        except KeyError:
            if len(od):
                errs.append('spurious KeyError')
                continue
            return


ts = [threading.Thread(target=popper, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
a = got[0] + got[1]
print('popped', len(a), 'distinct', len(set(a)), 'of', N, 'errors', errs[:1])
od = OrderedDict((i, i) for i in range(200))


done = []


def mover():
    r = 0
    while not done:
        od.move_to_end(r % 200, last=False)
        r += 1


def adder():
    for i in range(1000, 21000):
        od[i] = i
    done.append(1)


ts = [threading.Thread(target=mover), threading.Thread(target=adder)]
for t in ts:
    t.start()
for t in ts:
    t.join()
missing = [k for k in list(range(200)) + list(range(1000, 21000)) if k not in od]
print('lost after concurrent move_to_end', len(missing), 'size', len(od))
od = OrderedDict.fromkeys('abcde')
od.move_to_end('c', last=False)
od.move_to_end('a')
print(list(od), od.popitem(last=False), od.popitem())
for call in (lambda: OrderedDict().popitem(), lambda: OrderedDict().popitem(last=False),
             lambda: OrderedDict().move_to_end('x')):
    try:
        call()
    except KeyError as e:
        print(repr(e))
