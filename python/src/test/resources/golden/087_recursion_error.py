# SPDX-License-Identifier: Apache-2.0
# RecursionError from unbounded recursion with a small recursion limit; recovery afterwards.
import sys
sys.setrecursionlimit(100)
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
print(isinstance(RecursionError(), RuntimeError))
def depth_ok(n):
    return 0 if n == 0 else 1 + depth_ok(n - 1)
print(depth_ok(50))
try:
    down(0)
except RuntimeError as e:
    print("caught as RuntimeError:", type(e).__name__)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit(), depth_ok(500))
