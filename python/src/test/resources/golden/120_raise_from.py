# SPDX-License-Identifier: Apache-2.0
# raise ... from ..., implicit chaining via __context__, __cause__, and raise ... from None.
class ConfigError(Exception):
    pass
def load(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ConfigError(f"missing {key}") from e
try:
    load({}, "port")
except ConfigError as e:
    print(e, type(e.__cause__).__name__, repr(e.__cause__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__)
try:
    try:
        [][1]
    except IndexError:
        raise RuntimeError("clean") from None
except RuntimeError as e:
    print(e, e.__cause__)
try:
    raise TypeError("plain")
except TypeError as e:
    print(e.__cause__, e.__context__)
