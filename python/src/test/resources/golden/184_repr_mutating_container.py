# SPDX-License-Identifier: Apache-2.0
# repr of a list or dict whose item empties it from its own __repr__: the item lives on, the repr stops there.
class Evil:
    def __init__(self, c, name):
        self.c = c
        self.name = name
    def __repr__(self):
        self.c.clear()
        return 'evil ' + self.name  # self is still whole here: the container's repr holds a reference
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return self is o
    def __del__(self):
        print('del', self.name)
l = []
l.extend([Evil(l, 'item'), 1, 2])
print(repr(l), l)
d = {}
d[Evil(d, 'key')] = 1
d[2] = 3
print(repr(d), d)
d2 = {}
d2[1] = Evil(d2, 'value')
d2[2] = 3
print(repr(d2), d2)
print('end')
