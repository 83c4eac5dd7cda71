# SPDX-License-Identifier: Apache-2.0
# ast for ftpython: literal_eval (as CPython 3.13's: the same accepted forms, results and errors, over a small
# expression parser written here) and the node classes with their _fields. ftpython's parser builds its own tree, not
# CPython's, so parse(), dump(), unparse() and the visitors over parsed code are not available: parse raises
# NotImplementedError (a script that needs them fails clearly, at the call).

__all__ = ['literal_eval', 'parse', 'AST', 'PyCF_ONLY_AST']

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    _fields = ()
    _attributes = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')

    def __init__(self, *args, **kwargs):
        if len(args) > len(self._fields):
            raise TypeError('%s constructor takes at most %d positional argument%s'
                            % (type(self).__name__, len(self._fields), '' if len(self._fields) == 1 else 's'))
        for name, value in zip(self._fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)


def _node(name, fields, base=AST):
    cls = type(name, (base,), {'_fields': tuple(fields.split()) if fields else ()})
    cls.__module__ = 'ast'
    return cls


mod = _node('mod', '')
expr = _node('expr', '')
stmt = _node('stmt', '')
expr_context = _node('expr_context', '')
operator = _node('operator', '')
unaryop = _node('unaryop', '')
boolop = _node('boolop', '')
cmpop = _node('cmpop', '')
Module = _node('Module', 'body type_ignores', mod)
Expression = _node('Expression', 'body', mod)
Interactive = _node('Interactive', 'body', mod)
Expr = _node('Expr', 'value', stmt)
Assign = _node('Assign', 'targets value type_comment', stmt)
Return = _node('Return', 'value', stmt)
Pass = _node('Pass', '', stmt)
FunctionDef = _node('FunctionDef', 'name args body decorator_list returns type_comment type_params', stmt)
ClassDef = _node('ClassDef', 'name bases keywords body decorator_list type_params', stmt)
Constant = _node('Constant', 'value kind', expr)
Name = _node('Name', 'id ctx', expr)
Tuple = _node('Tuple', 'elts ctx', expr)
List = _node('List', 'elts ctx', expr)
Set = _node('Set', 'elts', expr)
Dict = _node('Dict', 'keys values', expr)
UnaryOp = _node('UnaryOp', 'op operand', expr)
BinOp = _node('BinOp', 'left op right', expr)
BoolOp = _node('BoolOp', 'op values', expr)
Compare = _node('Compare', 'left ops comparators', expr)
Call = _node('Call', 'func args keywords', expr)
Attribute = _node('Attribute', 'value attr ctx', expr)
Subscript = _node('Subscript', 'value slice ctx', expr)
Starred = _node('Starred', 'value ctx', expr)
Lambda = _node('Lambda', 'args body', expr)
ListComp = _node('ListComp', 'elt generators', expr)
IfExp = _node('IfExp', 'test body orelse', expr)
JoinedStr = _node('JoinedStr', 'values', expr)
FormattedValue = _node('FormattedValue', 'value conversion format_spec', expr)
Load = _node('Load', '', expr_context)
Store = _node('Store', '', expr_context)
Del = _node('Del', '', expr_context)
UAdd = _node('UAdd', '', unaryop)
USub = _node('USub', '', unaryop)
Not = _node('Not', '', unaryop)
Invert = _node('Invert', '', unaryop)
Add = _node('Add', '', operator)
Sub = _node('Sub', '', operator)
Mult = _node('Mult', '', operator)
Div = _node('Div', '', operator)
FloorDiv = _node('FloorDiv', '', operator)
Mod = _node('Mod', '', operator)
Pow = _node('Pow', '', operator)
And = _node('And', '', boolop)
Or = _node('Or', '', boolop)


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None, optimize=-1):
    raise NotImplementedError('ast.parse is not available in ftpython (its parser builds its own tree)')


# ---- literal_eval: a parser for the expressions it may meet, then CPython's rules over the nodes

_OPS = ('**', '//', '<<', '>>', '<=', '>=', '==', '!=', '->', ':=', '+', '-', '*', '/', '%', '@', '&', '|', '^',
        '~', '<', '>', '(', ')', '[', ']', '{', '}', ',', ':', '.', ';', '=')
_PREFIXES = ('', 'r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf')


def _tokens(s):
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c in ' \t\f\r\n':
            i += 1
            continue
        if c == '\\' and i + 1 < n and s[i + 1] == '\n':
            i += 2
            continue
        j = i
        while j < n and (s[j].isalnum() or s[j] == '_'):
            j += 1
        word = s[i:j]
        if j < n and s[j] in '\'"' and word.lower() in _PREFIXES:
            q = s[j]
            triple = s.startswith(q * 3, j)
            k = j + (3 if triple else 1)
            while k < n:
                if s[k] == '\\':
                    k += 2
                    continue
                if s.startswith(q * 3 if triple else q, k):
                    k += 3 if triple else 1
                    break
                k += 1
            out.append(('STRING', s[i:k]))
            i = k
            continue
        if c.isdigit() or (c == '.' and i + 1 < n and s[i + 1].isdigit()):
            j = i
            while j < n and (s[j].isalnum() or s[j] in '._' or (s[j] in '+-' and s[j - 1] in 'eE'
                                                                  and not s[i:j].lower().startswith('0x'))):
                j += 1
            out.append(('NUMBER', s[i:j]))
            i = j
            continue
        if word:
            out.append(('NAME', word))
            i = j
            continue
        for op in _OPS:
            if s.startswith(op, i):
                out.append(('OP', op))
                i += len(op)
                break
        else:
            out.append(('OP', c))
            i += 1
    out.append(('END', ''))
    return out


class _Parser:
    def __init__(self, tokens):
        self.t = tokens
        self.i = 0

    def peek(self):
        return self.t[self.i]

    def take(self):
        tok = self.t[self.i]
        self.i += 1
        return tok

    def at(self, text):
        kind, value = self.t[self.i]
        return kind in ('OP', 'NAME') and value == text

    def expr(self):
        if self.at('lambda'):
            while self.peek()[0] != 'END':
                self.take()
            return Lambda(None, None)
        left = self.binary()
        if self.at('if'):
            self.take()
            test = self.binary()
            self.take()
            return IfExp(test, left, self.expr())
        if self.at('or') or self.at('and'):
            values = [left]
            while self.at('or') or self.at('and'):
                self.take()
                values.append(self.binary())
            return BoolOp(Or(), values)
        return left

    def binary(self):
        left = self.unary()
        while True:
            kind, value = self.peek()
            if kind == 'OP' and value in ('+', '-'):
                self.take()
                left = BinOp(left, Add() if value == '+' else Sub(), self.unary())
            elif (kind == 'OP' and value in ('*', '/', '//', '%', '@', '**', '<<', '>>', '&', '|', '^', '<', '>',
                                             '<=', '>=', '==', '!=')) or (kind == 'NAME' and value in ('in', 'is', 'not')):
                self.take()
                if value in ('is', 'not') and self.at('not') or value == 'not' and self.at('in'):
                    self.take()
                right = self.unary()
                left = Compare(left, [], [right]) if value in ('<', '>', '<=', '>=', '==', '!=', 'in', 'is', 'not') \
                    else BinOp(left, Mult(), right)
            else:
                return left

    def unary(self):
        kind, value = self.peek()
        if kind == 'OP' and value in ('+', '-', '~'):
            self.take()
            return UnaryOp(UAdd() if value == '+' else USub() if value == '-' else Invert(), self.unary())
        if kind == 'NAME' and value == 'not':
            self.take()
            return UnaryOp(Not(), self.unary())
        return self.trailers(self.atom())

    def trailers(self, node):
        while True:
            if self.at('('):
                self.take()
                args = self.items(')')
                node = Call(node, [a for a in args if not isinstance(a, tuple)], [])
            elif self.at('['):
                self.take()
                self.items(']')
                node = Subscript(node, None, Load())
            elif self.at('.'):
                self.take()
                node = Attribute(node, self.take()[1], Load())
            else:
                return node

    def items(self, close):
        out = []
        while not self.at(close):
            if self.at('*') or self.at('**'):
                self.take()
                out.append(Starred(self.expr(), Load()))
            else:
                item = self.expr()
                if self.at(':'):
                    self.take()
                    item = (item, self.expr())
                elif self.at('='):
                    self.take()
                    item = ('kw', self.expr())
                elif self.at('for'):
                    depth = 0
                    while self.peek()[0] != 'END' and not (depth == 0 and self.at(close)):
                        kind, value = self.take()
                        if kind == 'OP' and value in '([{':
                            depth += 1
                        elif kind == 'OP' and value in ')]}':
                            depth -= 1
                    out.append(ListComp(item, []))  # a comprehension: not a literal
                    break
                out.append(item)
            if not self.at(','):
                break
            self.take()
        if not self.at(close):
            raise SyntaxError('invalid syntax')
        self.take()
        return out

    def atom(self):
        kind, value = self.take()
        if kind == 'NUMBER':
            return Constant(_number(value))
        if kind == 'STRING':
            parts = [value]
            while self.peek()[0] == 'STRING':
                parts.append(self.take()[1])
            if any(p[:p.index(p[-1])].lower().count('f') for p in parts):
                return JoinedStr([])
            return Constant(eval(' '.join(parts)))  # a validated string literal: safe to evaluate
        if kind == 'NAME':
            if value in ('None', 'True', 'False'):
                return Constant({'None': None, 'True': True, 'False': False}[value])
            if value == '...':
                return Constant(...)
            return Name(value, Load())
        if kind == 'OP':
            if value == '(':
                if self.at(')'):
                    self.take()
                    return Tuple([], Load())
                first = self.expr()
                if self.at(')'):
                    self.take()
                    return first
                elts = [first]
                while self.at(','):
                    self.take()
                    if self.at(')'):
                        break
                    elts.append(self.expr())
                self.take()
                return Tuple(elts, Load())
            if value == '[':
                return List(self.items(']'), Load())
            if value == '{':
                items = self.items('}')
                if not items:
                    return Dict([], [])
                if all(isinstance(i, tuple) or isinstance(i, Starred) for i in items) and \
                        any(isinstance(i, tuple) for i in items):
                    keys = [None if isinstance(i, Starred) else i[0] for i in items]
                    values = [i.value if isinstance(i, Starred) else i[1] for i in items]
                    return Dict(keys, values)
                return Set(items)
            if value == '.' and self.at('.'):
                self.take()
                self.take()
                return Constant(...)
        raise SyntaxError('invalid syntax')


def _number(text):
    t = text.replace('_', '')
    if t[-1] in 'jJ':
        return complex(0, float(t[:-1]))
    low = t.lower()
    if low.startswith(('0x', '0o', '0b')):
        return int(t, 0)
    if any(c in low for c in '.e') and not low.startswith('0x'):
        return float(t)
    return int(t)


def literal_eval(node_or_string):
    """Evaluates a str or node holding only a Python literal (strings, bytes, numbers, tuples, lists, dicts, sets,
    booleans, None, and + or - between numbers for complex values), as CPython's ast.literal_eval."""
    if isinstance(node_or_string, str):
        source = node_or_string.lstrip(' \t')
        compile(source, '<unknown>', 'eval')  # CPython's SyntaxError for what is no expression
        p = _Parser(_tokens(source))
        node_or_string = Expression(p.expr())
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def _raise_malformed_node(node):
        msg = 'malformed node or string'
        lno = getattr(node, 'lineno', None)
        if lno is None and isinstance(node, AST):
            lno = 1
        if lno:
            msg += ' on line %d' % lno
        raise ValueError(msg + ': %r' % node)

    def _convert_num(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            _raise_malformed_node(node)
        return node.value

    def _convert_signed_num(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = _convert_num(node.operand)
            if isinstance(node.op, UAdd):
                return +operand
            return -operand
        return _convert_num(node)

    def _convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(_convert, node.elts))
        if isinstance(node, List):
            return list(map(_convert, node.elts))
        if isinstance(node, Set):
            return set(map(_convert, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                _raise_malformed_node(node)
            return dict(zip(map(_convert, node.keys), map(_convert, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = _convert_signed_num(node.left)
            right = _convert_num(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                if isinstance(node.op, Add):
                    return left + right
                return left - right
        return _convert_signed_num(node)

    return _convert(node_or_string)
