# SPDX-License-Identifier: Apache-2.0
# @staticmethod and @classmethod, alternative constructors, classmethods in subclasses.
class Date:
    def __init__(self, y, m, d):
        self.y = y
        self.m = m
        self.d = d
    @classmethod
    def from_string(cls, s):
        y, m, d = s.split("-")
        return cls(int(y), int(m), int(d))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
    @classmethod
    def how_many(cls):
        return cls.instances
class Sub(Counter):
    instances = 0
Counter()
Counter()
Sub()
print(Counter.how_many(), Sub.how_many(), Sub().how_many())
