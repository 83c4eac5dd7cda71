# SPDX-License-Identifier: Apache-2.0
# f(*args, **kwargs) forwarding, as a decorator does: 50,000 calls (each ** reads a snapshot of the dict).
from harness import main


def target(a=0, b=0, c=0):
    return a + b + c


def forward(*args, **kwargs):
    return target(*args, **kwargs)


def run():
    s = 0
    for i in range(50000):
        s += forward(i, b=2, c=3)
    return s


main("kwforward", run)
