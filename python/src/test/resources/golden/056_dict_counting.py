# SPDX-License-Identifier: Apache-2.0
# Counting with dicts: get with default, setdefault, top-N with sorted.
text = "it was the best of times it was the worst of times it was the age of wisdom"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(top)
letters = {}
for ch in text.replace(" ", ""):
    letters.setdefault(ch, 0)
    letters[ch] += 1
print(sorted(letters.items())[:6])
print(max(letters, key=lambda c: (letters[c], c)))
lengths = {}
for w in set(text.split()):
    lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths):
    print(k, sorted(lengths[k]))
