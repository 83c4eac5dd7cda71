# SPDX-License-Identifier: Apache-2.0
# finally ordering with return, exceptions in handlers, and return inside finally.
log = []
def f1():
    try:
        log.append("try")
        return "from try"
    finally:
        log.append("finally")
print(f1(), log)
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
print(f2())
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f3())
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally sees", x)
print(f4())
def f5():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise ValueError("b")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer", e)
    finally:
        print("outer finally")
f5()
def f6(n):
    out = []
    for i in range(n):
        try:
            if i == 2:
                raise RuntimeError(i)
            out.append(i)
        except RuntimeError as e:
            out.append("E" + str(e))
        finally:
            out.append("f")
    return out
print(f6(4))
