# SPDX-License-Identifier: Apache-2.0
# An uncaught ZeroDivisionError after some output ends the script with exit 1.
total = 0
for i in range(5):
    total += i * i
print("total", total)
def ratio(a, b):
    return a / b
print("ratio", ratio(total, 3))
print("about to divide by zero")
print(ratio(total, total - 30))
print("never printed")
