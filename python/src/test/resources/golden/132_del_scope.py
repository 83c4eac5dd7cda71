# SPDX-License-Identifier: Apache-2.0
# __del__ at end of function scope, for temporaries, and for return values that are discarded.
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalize", self.name)
def use():
    r = R("local")
    print("using", r.name)
    return 1
print("result", use())
def make():
    return R("returned")
make()
print("after discarded return")
x = make()
print("kept", x.name)
print(R("temp").name)
print("after temp")
def pass_through(o):
    print("got", o.name)
pass_through(R("arg"))
print("after arg")
x = None
print("done")
