# SPDX-License-Identifier: Apache-2.0
# upper, lower, title, capitalize and the is* predicates.
words = ["hello world", "HELLO", "Hello World", "hello-world foo_bar", "o'neil 2nd", "", "123", "a1b2", "  ", "\t\n", "ABC def"]
for w in words:
    print([w, w.upper(), w.lower(), w.title(), w.capitalize()])
for w in words:
    print(repr(w), w.isdigit(), w.isalpha(), w.isalnum(), w.isspace(), w.isupper(), w.islower())
print("mIxEd CaSe".capitalize(), "ß".upper(), "İ".lower() == "i\u0307")
print("".upper() == "", "a".isupper(), "A".isupper(), "A1".isupper(), "1".isupper())
print("abc".islower(), "aBc".islower(), "a b".islower(), "".isspace())
print("x-ray 3d o'clock".title(), "ALL CAPS".capitalize(), "1st".capitalize())
