# SPDX-License-Identifier: Apache-2.0
# Recursive fib: calls, int arithmetic, comparisons.
import sys, time

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def run():
    return fib(25)


import harness
harness.main('fib', run)
