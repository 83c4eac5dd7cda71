# SPDX-License-Identifier: Apache-2.0
# The order in which removed items are finalized: clear and slices last to first, extended slices in index order.
class A:
    def __init__(self, i):
        self.i = i

    def __del__(self):
        print("del", self.i, end=" ")


l = [A(i) for i in range(6)]
del l[::2]
print("| del l[::2]")
l = [A(i) for i in range(6)]
print("| rebound")
del l[::-2]
print("| del l[::-2]")
l = [A(i) for i in range(6)]
print("| rebound")
l[::-2] = [0, 0, 0]
print("| l[::-2] = ...")
l = [A(i) for i in range(6)]
print("| rebound")
l[1:4] = []
print("| l[1:4] = []")
l.clear()
print("| clear")
t = tuple(A(i) for i in range(3))
del t
print("| tuple")
d = {i: A(i) for i in range(3)}
del d
print("| dict")
l = [A(i) for i in range(3)]
l.pop()
print("| pop")
l.remove(l[0])
print("| remove")
del l
print("| end")
