# SPDX-License-Identifier: Apache-2.0
# Uncaught exception raised with from: the last stderr line names the final exception.
class ParseError(Exception):
    pass
def parse_int(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"cannot parse {s!r}") from e
print(parse_int("12"))
print(parse_int("zz"))
