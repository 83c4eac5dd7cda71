# SPDX-License-Identifier: Apache-2.0
# String ordering, sorting with key=str.lower and len, min/max of strings.
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "fig", "Elderberry"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
print(min(words), max(words), min(words, key=len), max(words, key=len))
print("a" < "b" < "ba", "A" < "a", "Z" < "a", "10" < "9", "abc" > "ab")
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
print(sorted("hello world".split(), key=lambda w: w[-1]))
