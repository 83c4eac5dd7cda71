# SPDX-License-Identifier: Apache-2.0
# print() with sep/end, multiple args, and repr of strings with quotes and escapes.
print(1, "two", 3.0, None, True, [4], (5,), {6: 7})
print("a", "b", sep="")
print("a", "b", sep="--", end="<END>\n")
print(sep="x")
print("no", "space", sep="")
for q in ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "bell\x07", "uni\u00ff", "del\x7f", "nul\x00"]:
    print(repr(q))
print(repr(["a'b", 'c"d']))
print(str(["x", 1.5, None]))
print(repr(("single",)), repr(()), repr([()]))
