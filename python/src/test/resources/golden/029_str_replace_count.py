# SPDX-License-Identifier: Apache-2.0
# replace with count, chained method calls, building strings in loops.
text = "the cat sat on the mat with the hat"
print(text.replace("the", "a"))
print(text.replace("the", "a", 1))
print(text.replace("at", "og", 2))
print(text.replace(" ", ""))
print(text.count("the"), text.count("at"), text.count("t"))
print(text.title().replace(" ", "_").lower())
out = ""
for w in text.split():
    out += w[0].upper()
print(out)
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts))
print("aaaa".replace("aa", "b"), "aaa".replace("a", "aa"))
print("  x  ".strip().center(5, "*").replace("*", "-"))
