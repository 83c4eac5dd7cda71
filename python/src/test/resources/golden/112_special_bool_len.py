# SPDX-License-Identifier: Apache-2.0
# __bool__ takes priority over __len__; __len__ errors; len() of user objects.
class Both:
    def __len__(self):
        print("len")
        return 0
    def __bool__(self):
        print("bool")
        return True
print(bool(Both()), len(Both()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
class Stack:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
s = Stack()
print(len(s), bool(s), "empty" if not s else "full")
s.items.append(1)
print(len(s), bool(s))
