# SPDX-License-Identifier: Apache-2.0
# Exceptions raised inside except/else/finally blocks and during iteration.
def g(step):
    try:
        if step == 0:
            raise ValueError("zero")
    except ValueError:
        raise TypeError("from handler")
    else:
        raise KeyError("from else")
    finally:
        print("finally for step", step)
for s in [0, 1]:
    try:
        g(s)
    except Exception as e:
        print(type(e).__name__, e, type(e.__context__).__name__ if e.__context__ else None)
def fin():
    try:
        raise ValueError("original")
    finally:
        raise RuntimeError("from finally")
try:
    fin()
except Exception as e:
    print(type(e).__name__, e, repr(e.__context__))
results = []
for v in ["1", "x", "3", "", "5"]:
    try:
        results.append(int(v))
    except ValueError as e:
        results.append(str(e))
print(results)
