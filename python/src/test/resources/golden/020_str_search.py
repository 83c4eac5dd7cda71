# SPDX-License-Identifier: Apache-2.0
# find, rfind, index, count, startswith, endswith (with tuples), partition.
s = "mississippi"
print(s.find("ss"), s.rfind("ss"), s.find("zz"), s.rfind("zz"), s.find(""))
print(s[4:].find("s"), s[:5].rfind("i"), s.find("i"), s.rfind("i"))
print(s.index("pp"), s.count("s"), s.count("ss"), s.count("i"), s.count(""))
print(s.startswith("miss"), s[1:].startswith("iss"), s.endswith("pi"), s.endswith(("xx", "ppi")))
print(s.startswith(("a", "b")), "".startswith(""), "abc".endswith(""))
print(s.partition("ss"), s.partition("zz"), "a=b=c".partition("="))
print(s.replace("ss", "SS"), s.replace("i", "", 2), s.replace("", "-"), s.replace("x", "y"))
try:
    s.index("zz")
except ValueError as e:
    print("ValueError:", e)
url = "https://example.org/path/to/page.html"
scheme, sep, rest = url.partition("://")
host, sep2, path = rest.partition("/")
print(scheme, host, path, path.rfind("/"), path[path.rfind(".") + 1:])
