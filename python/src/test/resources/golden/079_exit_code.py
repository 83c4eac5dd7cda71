# SPDX-License-Identifier: Apache-2.0
# sys.exit(3) from inside nested calls ends the script with exit status 3; finally still runs.
import sys
def check(v):
    if v > 2:
        print("limit reached at", v)
        sys.exit(3)
    return v
try:
    for i in range(10):
        print("checked", check(i))
finally:
    print("finally runs before exit")
print("not reached")
