# SPDX-License-Identifier: Apache-2.0
# __len__, __getitem__, __setitem__, __delitem__, __contains__ on a user container.
class Registry:
    def __init__(self):
        self._data = {}
        self._order = []
    def __setitem__(self, key, value):
        print("set", key)
        if key not in self._data:
            self._order.append(key)
        self._data[key] = value
    def __getitem__(self, key):
        if isinstance(key, int):
            return self._data[self._order[key]]
        return self._data[key]
    def __delitem__(self, key):
        print("del", key)
        del self._data[key]
        self._order.remove(key)
    def __contains__(self, key):
        return key in self._data
    def __len__(self):
        return len(self._data)
r = Registry()
r["a"] = 1
r["b"] = 2
r["a"] = 10
print(len(r), r["a"], r[0], r[-1], "b" in r, "z" in r, "z" not in r)
del r["a"]
print(len(r), r[0], bool(r))
try:
    r["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    del r["missing"]
except KeyError as e:
    print("KeyError:", e)
print(r["b"], r[0] == r[-1], len(r) == 1)
