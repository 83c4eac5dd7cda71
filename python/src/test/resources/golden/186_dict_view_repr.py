# SPDX-License-Identifier: Apache-2.0
# repr of dict views: dict_keys([...]), recursive views as ..., a copy listed before its items print (python3.13).
d = {1: 'a', 'b': [2]}
print(d.keys(), d.values(), d.items())
print(repr({}.keys()), str({}.items()), [d.keys()])
d['self'] = d.values()
print(d)
e = {}
e['k'] = e.items()
print(e)
class Evil:
    def __repr__(self):
        f.clear()
        return 'evil'
f = {1: Evil(), 2: 3}
print(f.values(), f)
