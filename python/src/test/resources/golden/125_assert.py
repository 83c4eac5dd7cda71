# SPDX-License-Identifier: Apache-2.0
# assert statements with and without messages; AssertionError args.
def check_positive(x):
    assert x > 0, f"expected positive, got {x}"
    return x
print(check_positive(5))
try:
    check_positive(-2)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("non-str message:", e.args[0])
assert True, "never"
count = 0
def side():
    global count
    count += 1
    return "msg"
assert 1, side()
print("message not evaluated:", count)
