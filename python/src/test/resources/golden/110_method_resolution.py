# SPDX-License-Identifier: Apache-2.0
# Method lookup through a chain of single inheritance; overriding; calling base methods explicitly.
class A:
    def who(self):
        return "A"
    def chain(self):
        return "A.chain"
    def template(self):
        return "[" + self.who() + "]"
class B(A):
    def who(self):
        return "B"
    def chain(self):
        return "B>" + super().chain()
class C(B):
    def chain(self):
        return "C>" + super().chain()
class D(C):
    def who(self):
        return "D/" + A.who(self)
for obj in [A(), B(), C(), D()]:
    print(type(obj).__name__, obj.who(), obj.chain(), obj.template())
print(issubclass(D, A), issubclass(A, D), isinstance(D(), B))
class E(D):
    pass
print(E().who(), E().chain())
