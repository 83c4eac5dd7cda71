# A mutable built-in re-initialises through __init__ ([].__init__(iterable) clears and refills, as dict's and set's
# do), an immutable one's __init__ is object's, and t * 1 is t for a tuple, as CPython 3.13 runs them.
a = [1, 2, 3]
a.__init__()
print(a)
a.__init__([4, 5])
print(a)
d = {1: 2}
d.__init__(x=1)
print(d)
s = {1}
s.__init__([2])
print(s)
(5).__init__()
"s".__init__()
print("immutable init ok")
t = (1, 2)
print(t * 1 is t, t * 2, () * 5)
try:
    a.__init__(1)
except TypeError as e:
    print("TypeError:", e)
