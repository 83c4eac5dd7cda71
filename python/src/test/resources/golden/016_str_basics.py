# SPDX-License-Identifier: Apache-2.0
# String literals, escapes, concatenation, repetition, len, indexing, in.
s = "hello"
t = 'world'
print(s + " " + t, s * 3, len(s), len(""))
print(s[0], s[-1], s[1:4], s[::-1], s[::2], s[10:], s[-100:2])
print("ell" in s, "xyz" not in s, "" in s)
print("tab\there", "new\\nline", 'quote"s', "it's")
print(repr("tab\there"), repr("a'b"), repr('a"b'), repr("a'b\"c"))
print(repr("\n\r\t\\"), repr("\x00\x7f"), repr("caf\u00e9"))
print("""triple
quoted""")
print("con" "cat" "enation")
print(ord("A"), ord("a"), chr(65), chr(0x263A) == "\u263a", ord("\n"))
print(str(), repr(""), str(None), str([1, "a"]), str((1,)))
raw = r"C:\new\table"
print(raw, len(raw))
print("abc" == "abc", "abc" is not None, "a" * 0 == "")
print(min("hello"), max("hello"), sorted("banana"))
print(list("abc"), tuple("xy"), "".join(reversed("stressed")))
