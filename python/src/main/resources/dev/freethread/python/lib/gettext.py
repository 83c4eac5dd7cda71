# SPDX-License-Identifier: Apache-2.0
# gettext: message catalogs (GNU .mo files) for ftpython, written in pure
# Python.  Follows CPython 3.13's documented behaviour, including its safe
# evaluator for the C expressions of "Plural-Forms" headers.

"""Internationalization and localization support.

This module provides internationalization (I18N) and localization (L10N)
support for your Python programs by providing an interface to the GNU gettext
message catalog library.
"""

import operator
import os
import re
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext',
           'dnpgettext']

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')


# ---------------------------------------------------------------------------
# Plural-form expressions.
#
# A Plural-Forms header holds a C expression over the single variable n,
# with the operators ! * / % + - < > <= >= == != && || ?: and parentheses.
# The expression is translated into an equivalent Python expression (the
# translation follows Python's own precedence, as CPython's does), which is
# then compiled into a function of n.

_LEXER = re.compile(r"""
      (?P<space>[ \t]+)
    | (?P<num>[0-9]+\b)
    | (?P<var>n\b)
    | (?P<paren>[()])
    | (?P<op>==|!=|<=|>=|&&|\|\||[-+*/%?:<>!])
    | (?P<bad>\w+|.)
""", re.VERBOSE | re.DOTALL)

# Binary operators, by increasing binding strength.
_LEVELS = {}
for _lvl, _ops in enumerate((('||',), ('&&',), ('==', '!='),
                             ('<', '>', '<=', '>='), ('+', '-'),
                             ('*', '/', '%')), start=1):
    for _o in _ops:
        _LEVELS[_o] = _lvl
del _lvl, _ops, _o

_PY_OPS = {'||': 'or', '&&': 'and', '/': '//'}
_EQUALITY, _RELATIONAL = 3, 4


def _lex(text):
    for m in _LEXER.finditer(text):
        kind = m.lastgroup
        if kind == 'space':
            continue
        tok = m.group()
        if kind == 'bad':
            raise ValueError('invalid token in plural form: %s' % tok)
        yield tok
    yield ''            # end marker


def _unexpected(tok):
    if tok:
        return ValueError('unexpected token in plural form: %s' % tok)
    return ValueError('unexpected end of plural form')


class _PluralParser:
    def __init__(self, text):
        self._toks = _lex(text)

    def _next(self):
        return next(self._toks)

    def expr(self, minlevel=-1):
        # Returns (python_text, lookahead_token).
        prefix = ''
        tok = self._next()
        while tok == '!':
            prefix += 'not '
            tok = self._next()
        if tok == '(':
            inner, tok = self.expr()
            if tok != ')':
                raise ValueError('unbalanced parenthesis in plural form')
            text = prefix + '(' + inner + ')'
        elif tok == 'n':
            text = prefix + 'n'
        else:
            try:
                number = int(tok, 10)
            except ValueError:
                raise _unexpected(tok) from None
            text = prefix + str(number)
        tok = self._next()

        last = None
        while tok in _LEVELS:
            level = _LEVELS[tok]
            if level < minlevel:
                break
            # C comparisons do not chain the way Python's do.
            if (level in (_EQUALITY, _RELATIONAL)
                    and last in (_EQUALITY, _RELATIONAL)):
                text = '(' + text + ')'
            op = _PY_OPS.get(tok, tok)
            rhs, tok = self.expr(level + 1)
            text = text + ' ' + op + ' ' + rhs
            last = level
        if last == _RELATIONAL and minlevel == _RELATIONAL:
            text = '(' + text + ')'

        if tok == '?' and minlevel <= 0:
            yes, tok = self.expr(0)
            if tok != ':':
                raise _unexpected(tok)
            no, tok = self.expr()
            text = yes + ' if ' + text + ' else ' + no
            if minlevel == 0:
                text = '(' + text + ')'
        return text, tok


def _plural_int(n):
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s'
                        % (type(n).__name__,)) from None
    return _as_int2(n)


def _as_int2(n):
    try:
        return operator.index(n)
    except TypeError:
        pass
    import warnings
    level = 2
    try:
        frame = sys._getframe(1)
        # gettext's own frames, and functools.partial's (a C type in CPython: no frame there) are passed over
        while (frame.f_back is not None
               and frame.f_globals.get('__name__') in (__name__, 'functools')):
            level += 1
            frame = frame.f_back
    except (AttributeError, ValueError):
        pass
    warnings.warn('Plural value must be an integer, got %s'
                  % (type(n).__name__,), DeprecationWarning, level)
    return n


def c2py(plural):
    """Translate a C plural-form expression into a Python function of n."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    try:
        text, tok = _PluralParser(plural).expr()
        if tok:
            raise _unexpected(tok)
        depth = 0
        for ch in text:
            if ch == '(':
                depth += 1
                if depth > 20:
                    raise ValueError('plural form expression is too complex')
            elif ch == ')':
                depth -= 1
        namespace = {'_plural_int': _plural_int, '__name__': __name__}
        source = ('def func(n):\n'
                  '    # plural form selection\n'
                  '    if not isinstance(n, int):\n'
                  '        n = _plural_int(n)\n'
                  '    return int(%s)\n' % text)
        exec(source, namespace)
        return namespace['func']
    except RecursionError:
        raise ValueError('plural form expression is too complex')


# ---------------------------------------------------------------------------
# Locale name expansion.

def _expand_lang(loc):
    import locale
    loc = locale.normalize(loc)
    # language[_territory][.codeset][@modifier]
    modifier = codeset = territory = ''
    at = loc.find('@')
    if at >= 0:
        loc, modifier = loc[:at], loc[at:]
    dot = loc.find('.')
    if dot >= 0:
        loc, codeset = loc[:dot], loc[dot:]
    us = loc.find('_')
    if us >= 0:
        loc, territory = loc[:us], loc[us:]
    language = loc
    parts = [(territory, 2), (codeset, 1), (modifier, 4)]
    present = 0
    for value, bit in parts:
        if value:
            present |= bit
    # Most specific first: walk the subsets of the present components from
    # the largest bitmask down to 0.
    result = []
    for mask in range(present, -1, -1):
        if mask & ~present:
            continue
        name = language
        if mask & 2:
            name += territory
        if mask & 1:
            name += codeset
        if mask & 4:
            name += modifier
        result.append(name)
    return result


# ---------------------------------------------------------------------------
# Translation classes.

class NullTranslations:
    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if _as_int2(n) == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if _as_int2(n) == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            wanted = set(names)
            for name in ('gettext', 'ngettext', 'npgettext', 'pgettext'):
                if name in wanted:
                    builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = "%s\x04%s"
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        """Returns a tuple of major version, minor version"""
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        """Override this method to support alternative .mo formats."""
        from struct import unpack
        filename = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        data = fp.read()
        size = len(data)
        (magic,) = unpack('<I', data[:4])
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', filename)
        version, count, orig_tab, trans_tab = unpack(order + '4I', data[4:20])
        major, minor = self._get_versions(version)
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), filename)
        pair = order + 'II'
        for _ in range(count):
            olen, ooff = unpack(pair, data[orig_tab:orig_tab + 8])
            tlen, toff = unpack(pair, data[trans_tab:trans_tab + 8])
            oend = ooff + olen
            tend = toff + tlen
            if not (oend < size and tend < size):
                raise OSError(0, 'File is corrupt', filename)
            msg = data[ooff:oend]
            tmsg = data[toff:tend]
            if olen == 0:
                self._parse_header(tmsg)
            charset = self._charset or 'ascii'
            if b'\x00' in msg:
                singular, _plural_id = msg.split(b'\x00')
                key = str(singular, charset)
                for index, form in enumerate(tmsg.split(b'\x00')):
                    catalog[(key, index)] = str(form, charset)
            else:
                catalog[str(msg, charset)] = str(tmsg, charset)
            orig_tab += 8
            trans_tab += 8

    def _parse_header(self, tmsg):
        lastkey = None
        for raw in tmsg.split(b'\n'):
            line = raw.decode().strip()
            if not line:
                continue
            if line.startswith('#-#-#-#-#') and line.endswith('#-#-#-#-#'):
                continue
            key = value = None
            if ':' in line:
                key, value = line.split(':', 1)
                key = key.strip().lower()
                value = value.strip()
                self._info[key] = value
                lastkey = key
            elif lastkey:
                self._info[lastkey] += '\n' + line
            if key == 'content-type':
                self._charset = value.split('charset=')[1]
            elif key == 'plural-forms':
                expr = value.split(';')[1].split('plural=')[1]
                self.plural = c2py(expr)

    def _lookup(self, key):
        catalog = self._catalog
        if key in catalog:
            return True, catalog[key]
        pkey = (key, self.plural(1))
        if pkey in catalog:
            return True, catalog[pkey]
        return False, None

    def gettext(self, message):
        found, tmsg = self._lookup(message)
        if found:
            return tmsg
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        found, tmsg = self._lookup(self.CONTEXT % (context, message))
        if found:
            return tmsg
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        key = self.CONTEXT % (context, msgid1)
        try:
            return self._catalog[(key, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2


# ---------------------------------------------------------------------------
# Locating and loading catalogs.

def find(domain, localedir=None, languages=None, all=False):
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for var in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            value = os.environ.get(var)
            if value:
                languages = value.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    expanded = []
    for lang in languages:
        for name in _expand_lang(lang):
            if name not in expanded:
                expanded.append(name)
    found = [] if all else None
    for lang in expanded:
        if lang == 'C':
            break
        mofile = os.path.join(localedir, lang, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(mofile):
            if not all:
                return mofile
            found.append(mofile)
    return found


_translations = {}


def translation(domain, localedir=None, languages=None,
                class_=None, fallback=False):
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT,
                                'No translation file found for domain', domain)
    import copy
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        cached = _translations.get(key)
        if cached is None:
            with open(mofile, 'rb') as fp:
                cached = _translations.setdefault(key, class_(fp))
        # A shallow copy, so that fallbacks can differ per call while the
        # parsed catalog stays shared.
        t = copy.copy(cached)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_translation(domain):
    return translation(domain, _localedirs.get(domain, None))


def dgettext(domain, message):
    try:
        t = _domain_translation(domain)
    except OSError:
        return message
    return t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    try:
        t = _domain_translation(domain)
    except OSError:
        return msgid1 if _as_int2(n) == 1 else msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    try:
        t = _domain_translation(domain)
    except OSError:
        return message
    return t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    try:
        t = _domain_translation(domain)
    except OSError:
        return msgid1 if _as_int2(n) == 1 else msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
