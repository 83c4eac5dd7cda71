# SPDX-License-Identifier: Apache-2.0
# Bare raise re-raises the active exception; re-raising a caught exception object; except without as.
def risky(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n
def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print("logging and re-raising")
        raise
try:
    wrapper(-1)
except ValueError as e:
    print("outer got", e)
print(wrapper(3))
saved = None
try:
    {}["x"]
except KeyError as e:
    saved = e
try:
    raise saved
except KeyError as e:
    print("re-raised saved", repr(e), e is saved)
try:
    try:
        raise IndexError("first")
    except IndexError:
        try:
            raise KeyError("second")
        except KeyError:
            pass
        raise
except IndexError as e:
    print("bare raise after nested handler:", e)
try:
    raise ValueError
except ValueError as e:
    print("raised class:", repr(e), e.args)
