# SPDX-License-Identifier: Apache-2.0
# _string for ftpython: str.format's parser as CPython's C module exposes it (string.Formatter's parse and get_field
# are written over the same functions in string.py).
from string import _formatter_parser, _field_name_split


def formatter_parser(s):
    """An iterator of (literal, field_name, format_spec, conversion) for each piece of a format string."""
    return iter(_formatter_parser(s))


def formatter_field_name_split(field_name):
    """(first, rest): the field name's first part (an int if all digits) and an iterator of (is_attribute, key)."""
    if not isinstance(field_name, str):
        raise TypeError("expected str, got %s" % type(field_name).__name__)
    return _field_name_split(field_name)
