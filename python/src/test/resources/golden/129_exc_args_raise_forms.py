# SPDX-License-Identifier: Apache-2.0
# Raising classes vs instances, exceptions with multiple args, raising non-exceptions errors.
for thing in [ValueError, ValueError("v"), KeyError(1, 2), RuntimeError()]:
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, repr(e), str(e), e.args)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise "string"
except TypeError as e:
    print("TypeError:", e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)
def raiser(cls, msg):
    raise cls(msg)
try:
    raiser(IndexError, "custom index message")
except LookupError as e:
    print(type(e).__name__, e)
try:
    raise NotImplementedError("subclass must implement")
except RuntimeError as e:
    print(type(e).__name__, e)
e1 = ValueError("same")
e2 = ValueError("same")
print(e1 == e2, e1 is e1, e1.args == e2.args)
