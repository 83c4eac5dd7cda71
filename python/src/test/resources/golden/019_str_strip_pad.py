# SPDX-License-Identifier: Apache-2.0
# strip/lstrip/rstrip with chars; center, ljust, rjust, zfill.
s = "xxhixyx"
print(repr("  hi  ".strip()), repr("  hi  ".lstrip()), repr("  hi  ".rstrip()))
print(s.strip("x"), s.lstrip("x"), s.rstrip("xy"), s.strip("xyhi") == "")
print(repr("\t\n hi \r\n".strip()))
print("www.example.com".strip("cmowz."))
print("[" + "ab".center(7) + "]", "[" + "ab".center(8, "*") + "]", "[" + "abc".center(2) + "]")
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5, "0") + "]", "[" + "ab".ljust(1) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
for word in ["a", "bb", "ccc", "dddd"]:
    print("|" + word.ljust(6, ".") + "|" + word.rjust(6) + "|" + word.center(6, "-") + "|")
