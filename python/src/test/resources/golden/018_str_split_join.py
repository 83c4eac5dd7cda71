# SPDX-License-Identifier: Apache-2.0
# split/rsplit with and without separator and maxsplit; join; splitlines.
s = "  the quick  brown\tfox \n jumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 2))
print("a,b,,c,".rsplit(",", 2))
print("a b c d".split(None, 1), "a b c d".rsplit(None, 1))
print("".split(), "".split(","), "   ".split())
print("one::two::three".split("::"))
print("x".split("x"), "xx".split("x"))
print(",".join(["a", "b", "c"]), "".join([]), "-".join("abc"), " ".join(str(i) for i in range(4)))
print("line1\nline2\r\nline3\n".splitlines())
print("no newline".splitlines(), "".splitlines(), "\n\n".splitlines())
print("a\n\nb".splitlines())
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
