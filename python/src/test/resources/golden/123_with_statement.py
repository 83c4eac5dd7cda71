# SPDX-License-Identifier: Apache-2.0
# with statement: __enter__/__exit__ ordering, as-target, exception info, suppression.
class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with Ctx("a") as v:
    print("body", v)
try:
    with Ctx("b"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
with Ctx("c", suppress=True):
    raise KeyError("hidden")
print("after suppressed")
with Ctx("outer") as o, Ctx("inner") as i:
    print("both", o, i)
def early():
    with Ctx("ret"):
        return "returned"
print(early())
for n in range(2):
    with Ctx("loop" + str(n)):
        if n == 0:
            continue
        print("loop body", n)
