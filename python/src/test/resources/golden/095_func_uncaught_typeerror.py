# SPDX-License-Identifier: Apache-2.0
# Uncaught TypeError from calling a function with too many arguments ends with exit 1.
def area(w, h):
    return w * h
print(area(3, 4))
print(area(w=2, h=5))
print(area(6, 7))
print(area(h=2, w=0.5))
print([area(i, i) for i in range(4)])
print(area(1, 2, 3))
