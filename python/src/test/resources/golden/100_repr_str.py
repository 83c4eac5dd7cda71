# SPDX-License-Identifier: Apache-2.0
# __repr__ vs __str__ in print, str(), repr(), containers, and inheritance of them.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
m = Money(1234)
print(m)
print(repr(m), str(m), [m], (m, m), {"m": m})
print(f"{m} {m!r}", "%s %r" % (m, m))
class Euro(Money):
    def __str__(self):
        return "EUR " + super().__str__()[1:]
e = Euro(505)
print(e, repr(e), [e])
class ReprOnly:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "R" + repr(self.v)
print(ReprOnly("x"), str(ReprOnly(1)), [ReprOnly([1])])
