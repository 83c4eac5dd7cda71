# SPDX-License-Identifier: Apache-2.0
# Program: statistics over records that ends with an uncaught AssertionError on bad data.
records = [("ann", 34), ("bob", 27), ("cy", 45), ("di", 31)]
ages = [a for _, a in records]
mean = sum(ages) / len(ages)
print("mean age", mean)
srt = sorted(ages)
mid = len(srt) // 2
median = (srt[mid - 1] + srt[mid]) / 2 if len(srt) % 2 == 0 else srt[mid]
print("median", median)
print("oldest", max(records, key=lambda r: r[1])[0])
records.append(("eve", -3))
for name, age in records:
    assert age >= 0, f"invalid age for {name}: {age}"
    print("valid", name)
