# SPDX-License-Identifier: Apache-2.0
# Non-ASCII strings: len counts code points, ord/chr, upper/lower, slicing.
s = "naïve café ünïcödé"
print(s, len(s), s.upper())
print(s[2], ord(s[2]), chr(233), s[-4:])
g = "Grüße"
print(g.lower(), g.upper(), len(g), len(g.upper()))
e = "日本語テキスト"
print(e, len(e), e[1:3], e[::-1])
print("€" + "£" * 2, ord("€"), hex(ord("€")))
print(repr("é"), repr("\u00e9"), "\u00e9" == "é")
sm = "\U0001F600"
print(len(sm), hex(ord(sm)), len(sm + "a"))
print(sorted(["é", "e", "f", "z", "É"]))
print("ÀÉÎ".lower(), "àéî".title())
