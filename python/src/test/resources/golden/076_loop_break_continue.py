# SPDX-License-Identifier: Apache-2.0
# break/continue inside try/finally and nested loops; finally runs on each path.
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("loop done")
def f():
    for i in range(3):
        try:
            return i * 10
        finally:
            print("cleanup", i)
print(f())
count = 0
while True:
    count += 1
    try:
        if count < 3:
            continue
        break
    finally:
        print("tick", count)
print("count", count)
