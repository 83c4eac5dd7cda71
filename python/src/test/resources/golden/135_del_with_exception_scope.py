# SPDX-License-Identifier: Apache-2.0
# Finalizers run at function exit after an in-function handler, and when a with-block target is dropped.
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name)
        return False
    def __del__(self):
        print("del", self.name)
def work():
    r = Res("in-func")
    try:
        raise ValueError("fail")
    except ValueError as e:
        print("caught", e)
    print("leaving work")
work()
print("after work")
with Res("ctx") as c:
    print("inside with")
print("after with, c still bound")
del c
print("after del c")
def scoped():
    with Res("scoped"):
        print("scoped body")
scoped()
print("end")
