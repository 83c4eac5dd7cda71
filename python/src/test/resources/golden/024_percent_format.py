# SPDX-License-Identifier: Apache-2.0
# printf-style % formatting with a tuple or single value.
print("%s is %d years" % ("Tom", 42))
print("%r %s" % ("x", "x"))
print("%f | %.2f | %.0f" % (3.14159, 3.14159, 2.5))
print("[%5d] [%-5s] [%5s] [%-5d]" % (42, "ab", "ab", 7))
print("%x %x %%" % (255, -255))
print("%s" % [1, 2], "%s" % (None,), "%d%%" % 50)
print("%s-%s" % ("a", "b"), "single %s" % "value", "%d" % 3.99)
print("%s" % ((1, 2),))
print("%.2f%%" % 12.3456)
for i in range(1, 4):
    print("row %-5s| %.2f |%s" % (i, i / 3, "*" * i))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
