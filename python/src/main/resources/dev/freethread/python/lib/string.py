# SPDX-License-Identifier: Apache-2.0
# string for ftpython: the character constants, capwords, Template ($-substitution) and Formatter.
whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(w.capitalize() for w in s.split(sep))


import re as _re


class _Chain:
    """The keywords before the mapping, as substitute(mapping, **kws) reads them."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


_sentinel_dict = {}


class Template:
    """$-substitution (PEP 292). A subclass may set delimiter, idpattern, braceidpattern, flags, or a whole pattern
    with the groups escaped, named, braced and invalid; it is compiled when the subclass is made."""
    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = _re.escape(cls.delimiter)
            ident = cls.idpattern
            braced = cls.braceidpattern or cls.idpattern
            pattern = (delim + r'(?:(?P<escaped>' + delim + r')|(?P<named>' + ident + r')|\{(?P<braced>' + braced
                       + r')\}|(?P<invalid>))')
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _unrecognized(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    @staticmethod
    def _mapping(mapping, kws):
        if mapping is _sentinel_dict:
            return kws
        if kws:
            return _Chain(kws, mapping)
        return mapping

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = self._mapping(mapping, kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise self._unrecognized()
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = self._mapping(mapping, kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise self._unrecognized()
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if mo.group('named') is None and mo.group('braced') is None and mo.group('escaped') is None:
                raise self._unrecognized()
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
            elif named is None and mo.group('invalid') is None and mo.group('escaped') is None:
                raise self._unrecognized()
        return ids


Template.__init_subclass__()


def _formatter_parser(s):
    """(literal text, field name, format spec, conversion) for each replacement field of s, as str.format parses it;
    an escaped brace ends a literal ('{{' gives the text up to and with one '{'), and the text after the last field
    comes with None for the other three. The errors are CPython's."""
    if not isinstance(s, str):
        raise TypeError("expected str, got %s" % type(s).__name__)
    out = []
    literal = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                out.append((''.join(literal), None, None, None))
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and s[i + 1] == '{':
            literal.append('{')
            out.append((''.join(literal), None, None, None))
            literal = []
            i += 2
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        j = i + 1
        bracket = False
        while j < n:
            ch = s[j]
            if bracket:
                bracket = ch != ']'
            elif ch == '[':
                bracket = True
            elif ch in '!:}':
                break
            j += 1
        if j >= n:
            raise ValueError("expected '}' before end of string")
        name = s[i + 1:j]
        conversion = None
        spec = ''
        if s[j] == '!':
            if j + 1 >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[j + 1]
            j += 2
            if j >= n:
                raise ValueError("unmatched '{' in format spec")
            if s[j] not in ':}':
                raise ValueError("expected ':' after conversion specifier")
        if s[j] == ':':
            depth = 1
            k = j + 1
            while k < n:
                if s[k] == '{':
                    depth += 1
                elif s[k] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                k += 1
            if k >= n:
                raise ValueError("unmatched '{' in format spec")
            spec = s[j + 1:k]
            j = k
        out.append((''.join(literal), name, spec, conversion))
        literal = []
        i = j + 1
    if literal:
        out.append((''.join(literal), None, None, None))
    return iter(out)


def _field_name_split(name):
    """The first part of a field name (an int if it is digits) and an iterator of (is_attribute, key) for the rest."""
    k = 0
    while k < len(name) and name[k] not in '.[':
        k += 1
    first = name[:k]
    if first.isdigit():
        first = int(first)
    rest = []
    while k < len(name):
        if name[k] == '.':
            j = k + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            attr = name[k + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            k = j
        elif name[k] == '[':
            j = name.find(']', k)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[k + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            k = j + 1
            if k < len(name) and name[k] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, iter(rest)


class Formatter:
    """str.format's machinery with every step a method a subclass may replace (PEP 3101)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:  # CPython's Formatter says 'manual ... to automatic' in both directions
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args, recursion_depth - 1,
                                                        auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first
