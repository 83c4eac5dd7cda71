# SPDX-License-Identifier: Apache-2.0
# An uncaught NotImplementedError propagates through with-blocks and finally clauses that still run.
class Shape:
    def area(self):
        raise NotImplementedError("Shape.area is abstract")
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
class Guard:
    def __enter__(self):
        print("guard enter")
        return self
    def __exit__(self, et, ev, tb):
        print("guard exit with", et.__name__ if et else None)
        return False
def total(shapes):
    t = 0
    try:
        with Guard():
            for s in shapes:
                t += s.area()
                print("running total", t)
    finally:
        print("finally in total")
    return t
print(total([Square(2), Square(3)]))
print(total([Square(1), Shape(), Square(5)]))
