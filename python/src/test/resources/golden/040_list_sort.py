# SPDX-License-Identifier: Apache-2.0
# list.sort and sorted: key, reverse, stability, sorting tuples.
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35), ("frank", 30)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
print(sorted(people, key=lambda p: p[1], reverse=True))
people.sort(key=lambda p: p[0], reverse=True)
people.sort(key=lambda p: p[1])
print(people)
nums = [5, 2, 9, 1, 5, 6, -3, 0]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
words = ["bb", "a", "ccc", "dd", "e", "fff"]
words.sort(key=len)
print(words)
print(sorted(words, key=len, reverse=True))
print(sorted([3.5, 1, 2.25, -1, 0.0]))
r = nums.sort()
print(r)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
