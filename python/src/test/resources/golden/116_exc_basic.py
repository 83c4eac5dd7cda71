# SPDX-License-Identifier: Apache-2.0
# try/except/else/finally execution order on success and failure paths.
def run(v):
    try:
        print("try", v)
        r = 10 // v
    except ZeroDivisionError as e:
        print("except", e)
        r = None
    else:
        print("else", r)
    finally:
        print("finally")
    return r
print(run(2))
print(run(0))
def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
