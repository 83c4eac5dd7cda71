# SPDX-License-Identifier: Apache-2.0
# Iterating strings: for, enumerate, zip, reversed, comprehension, char arithmetic.
s = "Python"
for i, c in enumerate(s):
    print(i, c, ord(c))
print([c for c in s if c.islower()])
print({c: "banana".count(c) for c in "banana"})
print(sorted(set("mississippi")))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(list(zip("abc", "12345")))
print("".join(reversed(s)), s[::-1] == "".join(reversed(s)))
caesar = "".join(chr((ord(c) - 97 + 13) % 26 + 97) if c.isalpha() else c for c in "hello, world")
print(caesar)
vowels = 0
for c in "The quick brown fox":
    if c.lower() in "aeiou":
        vowels += 1
print("vowels", vowels)
it = iter("xy")
print(next(it), next(it), next(it, "done"))
