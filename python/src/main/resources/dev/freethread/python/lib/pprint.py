# SPDX-License-Identifier: Apache-2.0
# pprint for ftpython: pprint, pformat, pp, saferepr, isreadable, isrecursive and PrettyPrinter, laying out dicts
# (keys sorted unless sort_dicts=False), lists, tuples, sets and long strings as CPython 3.13's pretty printer does
# when a value's repr does not fit the width; depth limits and recursion markers included. Written for ftpython.

import sys
import re

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr', 'PrettyPrinter', 'pp']


class _StringIO:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def getvalue(self):
        return ''.join(self.parts)


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    printer = PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """Orders values of different types without TypeError: by type name, then id."""
    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _safe_tuple(t):
    return _safe_key(t[0]), _safe_key(t[1])


def _recursion(object):
    return '<Recursion on %s with id=%s>' % (type(object).__name__, id(object))


_builtin_scalars = frozenset({str, bytes, bytearray, float, bool, type(None)})


def _uses_repr_of(typ, base):
    """Whether typ prints with base's repr: base itself, or a subclass in whose MRO no class before base defines
    __repr__ (CPython compares typ.__repr__ with base.__repr__)."""
    if typ is base:
        return True
    if not issubclass(typ, base):
        return False
    for c in typ.__mro__:
        if c is base:
            return True
        if '__repr__' in getattr(c, '__dict__', {}):
            return False
    return False


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        stream = self._stream if self._stream is not None else sys.stdout
        if stream is not None:
            self._format(object, stream, 0, 0, {}, 0)
            stream.write('\n')

    def pformat(self, object):
        sio = _StringIO()
        self._format(object, sio, 0, 0, {}, 0)
        return sio.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            return
        rep = self._repr(object, context, level)
        max_width = self._width - indent - allowance
        if len(rep) > max_width:
            p = None
            for base, printer in self._dispatch:
                if _uses_repr_of(type(object), base):
                    p = printer
                    break
            if p is None and _is_dataclass_instance(object):
                p = PrettyPrinter._pprint_dataclass
            if p is not None:
                context[objid] = 1
                p(self, object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.write(rep)

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        write = stream.write
        write('{')
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        if len(object):
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else object.items()
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        write('}')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        stream.write(cls.__name__ + '(')
        self._format(list(object.items()), stream, indent + len(cls.__name__) + 1, allowance + 1, context, level)
        stream.write(')')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        endchar = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(endchar), context, level)
        stream.write(endchar)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        typ = object.__class__
        if typ is set:
            stream.write('{')
            endchar = '}'
        else:
            stream.write(typ.__name__ + '({')
            endchar = '})'
            indent += len(typ.__name__) + 1
        object = sorted(object, key=_safe_key)
        self._format_items(object, stream, indent, allowance + len(endchar), context, level)
        stream.write(endchar)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        write = stream.write
        if not len(object):
            write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        rep = ''
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
            else:
                parts = re.findall(r'\S*\s*', line)
                parts.pop()
                max_width2 = max_width
                current = ''
                for j, part in enumerate(parts):
                    candidate = current + part
                    if j == len(parts) - 1 and i == len(lines) - 1:
                        max_width2 -= allowance
                    if len(repr(candidate)) > max_width2:
                        if current:
                            chunks.append(repr(current))
                        current = part
                    else:
                        current = candidate
                if current:
                    chunks.append(repr(current))
        if len(chunks) == 1:
            write(rep)
            return
        if level == 1:
            write('(')
        for i, rep in enumerate(chunks):
            if i > 0:
                write('\n' + ' ' * indent)
            write(rep)
        if level == 1:
            write(')')

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        rdf = self._repr(object.default_factory, context, level)
        cls = object.__class__
        indent += len(cls.__name__) + 1
        stream.write('%s(%s,\n%s' % (cls.__name__, rdf, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        stream.write(cls.__name__ + '({')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        items = object.most_common()
        self._format_dict_items(items, stream, indent + len(cls.__name__) + 1, allowance + 2, context, level)
        stream.write('})')

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        delimnl = ',\n' + ' ' * indent
        items = list(items)
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            write(rep)
            write(': ')
            self._format(ent, stream, indent + len(rep) + 2, allowance if last else 1, context, level)
            if not last:
                write(delimnl)

    def _format_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        delimnl = ',\n' + ' ' * indent
        delim = ''
        width = max_width = self._width - indent + 1
        it = iter(items)
        try:
            next_ent = next(it)
        except StopIteration:
            return
        last = False
        while not last:
            ent = next_ent
            try:
                next_ent = next(it)
            except StopIteration:
                last = True
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(ent, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    write(delim)
                    delim = ', '
                    write(rep)
                    continue
            write(delim)
            delim = delimnl
            self._format(ent, stream, indent, allowance if last else 1, context, level)

    def _repr(self, object, context, level):
        repr_, readable, recursive = self.format(object, context.copy(), self._depth, level)
        return repr_

    def format(self, object, context, maxlevels, level):
        return self._safe_repr(object, context, maxlevels, level)

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _builtin_scalars:
            return repr(object), True, False
        if typ is int:
            if self._underscore_numbers:
                return '{0:_d}'.format(object), True, False
            return repr(object), True, False
        if _uses_repr_of(typ, dict):
            if not object:
                return '{}', True, False
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else object.items()
            return self._safe_nested(object, '{%s}', [p for kv in items for p in kv], ': ', context, maxlevels,
                                     level)
        if _uses_repr_of(typ, list) or _uses_repr_of(typ, tuple):
            if issubclass(typ, list):
                if not object:
                    return '[]', True, False
                fmt = '[%s]'
            elif len(object) == 1:
                fmt = '(%s,)'
            else:
                if not object:
                    return '()', True, False
                fmt = '(%s)'
            return self._safe_nested(object, fmt, list(object), None, context, maxlevels, level)
        rep = repr(object)
        return rep, (rep and not rep.startswith('<')), False

    def _safe_nested(self, object, fmt, parts, pair_sep, context, maxlevels, level):
        """The safe repr of a container: '...' beyond the depth, a recursion marker on a cycle, else its parts'
        safe reprs (paired as key: value when pair_sep is given) inside fmt."""
        objid = id(object)
        if maxlevels and level >= maxlevels:
            return fmt % '...', False, objid in context
        if objid in context:
            return _recursion(object), False, True
        context[objid] = 1
        readable = True
        recursive = False
        reprs = []
        for p in parts:
            prepr, preadable, precur = self.format(p, context, maxlevels, level + 1)
            reprs.append(prepr)
            readable = readable and preadable
            recursive = recursive or precur
        del context[objid]
        if pair_sep is not None:
            reprs = [reprs[k] + pair_sep + reprs[k + 1] for k in range(0, len(reprs), 2)]
        return fmt % ', '.join(reprs), readable, recursive

    _dispatch = []

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        import dataclasses
        name = object.__class__.__name__
        fields = [(f.name, getattr(object, f.name)) for f in dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(fields, stream, indent + len(name) + 1, allowance, context, level)
        stream.write(')')

    def _pprint_simple_namespace(self, object, stream, indent, allowance, context, level):
        import types
        name = 'namespace' if type(object) is types.SimpleNamespace else object.__class__.__name__
        stream.write(name + '(')
        self._format_namespace_items(list(object.__dict__.items()), stream, indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(')')

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        """name=value items, one per line at indent; a value already being printed shows as '...'."""
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            stream.write(key + '=')
            if id(value) in context:
                stream.write('...')
            else:
                self._format(value, stream, indent + len(key) + 1, allowance if last else 1, context, level)
            if not last:
                stream.write(',\n' + ' ' * indent)

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, self._repr(object.maxlen, context, level)))

    def _pprint_user_data(self, object, stream, indent, allowance, context, level):
        # UserDict, UserList, UserString: printed as the data they wrap
        self._format(object.data, stream, indent, allowance, context, level - 1)

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        maps = object.maps
        if not maps or (len(maps) == 1 and not maps[0]):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for i, m in enumerate(maps):
            if i == len(maps) - 1:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(m, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1  # a top-level value is parenthesized, so its pieces concatenate
        if parens:
            indent += 1
            allowance += 1
            stream.write('(')
        first = True
        for rep in _bytes_pieces(object, self._width - indent, allowance):
            if not first:
                stream.write('\n' + ' ' * indent)
            stream.write(rep)
            first = False
        if parens:
            stream.write(')')

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(')')


def _bytes_pieces(object, width, allowance):
    """The reprs of runs of four-byte groups, each as long as fits width (the last less the allowance)."""
    current = b''
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


def _is_dataclass_instance(object):
    r = getattr(type(object), '__repr__', None)
    return (not isinstance(object, type) and hasattr(type(object), '__dataclass_fields__')
            and getattr(r, '_dataclass_repr', False))


def _register():
    from collections import OrderedDict, defaultdict, Counter, deque, ChainMap, UserDict, UserList, UserString
    import types
    PrettyPrinter._dispatch[:] = [(OrderedDict, PrettyPrinter._pprint_ordered_dict),
                                  (defaultdict, PrettyPrinter._pprint_default_dict),
                                  (Counter, PrettyPrinter._pprint_counter),
                                  (deque, PrettyPrinter._pprint_deque), (ChainMap, PrettyPrinter._pprint_chain_map),
                                  (UserDict, PrettyPrinter._pprint_user_data),
                                  (UserList, PrettyPrinter._pprint_user_data),
                                  (UserString, PrettyPrinter._pprint_user_data),
                                  (types.MappingProxyType, PrettyPrinter._pprint_mappingproxy),
                                  (types.SimpleNamespace, PrettyPrinter._pprint_simple_namespace),
                                  (bytes, PrettyPrinter._pprint_bytes), (bytearray, PrettyPrinter._pprint_bytearray),
                                  (dict, PrettyPrinter._pprint_dict), (list, PrettyPrinter._pprint_list),
                                  (tuple, PrettyPrinter._pprint_tuple), (set, PrettyPrinter._pprint_set),
                                  (frozenset, PrettyPrinter._pprint_set), (str, PrettyPrinter._pprint_str)]


_register()
del _register
