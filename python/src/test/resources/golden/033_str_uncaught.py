# SPDX-License-Identifier: Apache-2.0
# Uncaught ValueError from str.index ends the script with exit 1.
s = "key=value"
print(s.index("="))
k, v = s.split("=")
print(k, v)
pairs = [p.split("=") for p in "a=1,b=2,c=3".split(",")]
print(pairs)
print(dict(pairs))
print("looking for ':'")
print(s.index(":"))
print("not reached")
