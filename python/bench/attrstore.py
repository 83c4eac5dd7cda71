# SPDX-License-Identifier: Apache-2.0
# Attribute stores: 50,000 objects whose __init__ stores two attributes, then 100,000 stores on one object
# (PyInstance.storeAttr: each under the dict's critical section, re-checking the dict is the instance's, E36).
from harness import main


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def run():
    t = 0
    for i in range(50000):
        t += Point(i, 1).x
    p = Point(0, 0)
    for i in range(100000):
        p.x = i
    return t + p.x


main("attrstore", run)
