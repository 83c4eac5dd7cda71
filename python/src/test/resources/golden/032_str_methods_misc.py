# SPDX-License-Identifier: Apache-2.0
# Assorted string tasks: palindromes, anagrams, reversing words, acronyms.
def is_pal(s):
    clean = "".join(c.lower() for c in s if c.isalnum())
    return clean == clean[::-1]
for s in ["A man, a plan, a canal: Panama", "hello", "No lemon, no melon", ""]:
    print(repr(s), is_pal(s))
def anagram(a, b):
    return sorted(a.replace(" ", "").lower()) == sorted(b.replace(" ", "").lower())
print(anagram("Listen", "Silent"), anagram("Dormitory", "dirty room"), anagram("abc", "abd"))
sentence = "the quick brown fox"
print(" ".join(reversed(sentence.split())))
print(" ".join(w[::-1] for w in sentence.split()))
print("".join(w[0].upper() for w in "portable network graphics".split()))
def compress(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(s[i] + (str(j - i) if j - i > 1 else ""))
        i = j
    return "".join(out)
print(compress("aaabccddddde"), compress(""), compress("abc"))
