# SPDX-License-Identifier: Apache-2.0
# Strings are immutable: item assignment fails, methods return new strings.
s = "abc"
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
t = s.upper()
print(s, t, s is not t)
u = s
s += "def"
print(s, u)
try:
    print(s[10])
except IndexError as e:
    print("IndexError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    s.nosuchmethod()
except AttributeError as e:
    print("AttributeError:", e)
print("x" * -1 == "", "ab" * 3)
