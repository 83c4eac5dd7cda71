# SPDX-License-Identifier: Apache-2.0
# A generator whose body raises StopIteration ends with RuntimeError (PEP 479), uncaught here: the traceback's last line.
def pairs(items):
    it = iter(items)
    while True:
        a = next(it)
        b = next(it, None)
        yield a, b

def chunks(items):
    for a, b in pairs(items):
        yield [a] if b is None else [a, b]

print(list(chunks([1, 2, 3, 4, 5])))
