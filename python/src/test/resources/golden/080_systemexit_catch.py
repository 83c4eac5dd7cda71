# SPDX-License-Identifier: Apache-2.0
# SystemExit can be caught; its code attribute; sys.exit() with no argument.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, type(e).__name__)
try:
    sys.exit()
except SystemExit as e:
    print("no-arg code", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("str code", repr(e.code))
try:
    raise SystemExit(7)
except BaseException as e:
    print("as BaseException", isinstance(e, Exception), isinstance(e, BaseException), e.code)
try:
    sys.exit(2)
except Exception:
    print("wrong handler")
except SystemExit:
    print("SystemExit is not an Exception")
print(len(sys.argv), sys.argv[0].endswith(".py"))
print("exiting with 0")
sys.exit(0)
