# SPDX-License-Identifier: Apache-2.0
# ** in dict displays: dicts, a keys()/__getitem__ mapping, later keys win, a non-mapping fails.
a = {'x': 1, 'y': 2}
b = {'y': 3, 'z': 4}
print({**a, **b}, {**a, 'y': 9}, {'w': 0, **b}, {**{}})
class M:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, k): return k.upper()
print({**M(), 'k1': 'over'})
try:
    {**5}
except TypeError as e:
    print(e)
try:
    {**[1, 2]}
except TypeError as e:
    print(e)
def f(**kw): return kw
print(f(**a, w=1), dict(**a), dict(a, q=2))
