# SPDX-License-Identifier: Apache-2.0
# Uncaught RecursionError from runaway recursion under a small recursion limit (exit 1).
import sys
sys.setrecursionlimit(100)
def countdown(n):
    if n == 0:
        return "liftoff"
    return countdown(n - 1)
print(countdown(50))
def forever(n):
    return forever(n + 1) + 1
print("starting runaway recursion")
print(forever(0))
