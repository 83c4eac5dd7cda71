# SPDX-License-Identifier: Apache-2.0
# html.parser for ftpython, written in Python: a tolerant, incremental
# HTML tokenizer (HTMLParser) with the event semantics of CPython 3.13.0.
"""A parser for HTML and XHTML."""

import re
from html import unescape

__name__ = 'html.parser'

__all__ = ['HTMLParser']


# ---------------------------------------------------------------------------
# Regular expressions.
#
# The tokenizer is driven by a handful of patterns.  Python's ``\s`` (for str
# patterns) matches every character for which str.isspace() is true; that set
# is spelled out explicitly here so that the patterns do not depend on how a
# given regex engine defines ``\s``.

_WSCHARS = (r'\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a'
            r'\u2028\u2029\u202f\u205f\u3000')
_WS = '[' + _WSCHARS + ']'
# run of whitespace and slashes, but never the slash of a closing "/>"
_SEP = '(?:' + _WS + '|/(?!>))*'
# a tag name as the HTML5 tokenizer's tag-name state reads it
_TAGNAME = r'[a-zA-Z][^\t\n\r\f />\x00]*'
# an attribute name: must follow a quote, whitespace or slash
_ATTRNAME = ("(?<=['\"" + _WSCHARS + "/])"
             "[^" + _WSCHARS + "/>][^" + _WSCHARS + "/=>]*")
# an attribute value: single-quoted, double-quoted or bare
_ATTRVALUE = ("'[^']*'"
              '|"[^"]*"'
              "|(?![\'\"])[^>" + _WSCHARS + "]*")
_EQUALS = _WS + '*=+' + _WS + '*'

interesting_normal = re.compile('[&<]')
incomplete = re.compile('&[a-zA-Z#]')

entityref = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
charref = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')

starttagopen = re.compile('<[a-zA-Z]')
piclose = re.compile('>')
commentclose = re.compile('--' + _WS + '*>')

tagfind_tolerant = re.compile('(' + _TAGNAME + ')' + _SEP)
attrfind_tolerant = re.compile(
    '(' + _ATTRNAME + ')'
    '(' + _EQUALS + '(' + _ATTRVALUE + '))?'
    + _SEP)
# Finds how far a start tag extends (the match end is where the closing
# '>' or '/>' is expected).
locatestarttagend_tolerant = re.compile(
    '<' + _TAGNAME +
    '(?:[' + _WSCHARS + '/]*'
        '(?:' + _ATTRNAME +
            '(?:' + _EQUALS + '(?:' + _ATTRVALUE + ')' + _WS + '*)?'
            + _SEP +
        ')*'
    ')?'
    + _WS + '*')
endendtag = re.compile('>')
endtagfind = re.compile(
    '</' + _WS + '*([a-zA-Z][-.a-zA-Z0-9:_]*)' + _WS + '*>')

# Used while waiting for the end of a possible character reference.
_ref_terminator = re.compile('[;' + _WSCHARS + ']')

# Markup declarations (<!...>) support.
_declname_match = re.compile('[a-zA-Z][-_.a-zA-Z0-9]*' + _WS + '*').match
_declstringlit_match = re.compile(
    '(\'[^\']*\'|"[^"]*")' + _WS + '*').match
_markedsectionclose = re.compile(']' + _WS + '*]' + _WS + '*>')
_msmarkedsectionclose = re.compile(']' + _WS + '*>')

_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


class ParserBase:
    """Parser base class which provides some common support methods used
    by the SGML/HTML and XHTML parsers."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError(
                "_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """Return current line number and offset."""
        return self.lineno, self.offset

    # Advance the (lineno, offset) position over rawdata[i:j]; returns j.
    def updatepos(self, i, j):
        if i >= j:
            return j
        text = self.rawdata
        newlines = text.count('\n', i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (text.rindex('\n', i, j) + 1)
        else:
            self.offset += j - i
        return j

    _decl_otherchars = ''

    # Parse a <!...> declaration starting at i; returns the index after it,
    # or -1 when the buffer ends before the declaration does.
    def parse_declaration(self, i):
        rawdata = self.rawdata
        pos = i + 2
        assert rawdata[i:pos] == "<!", "unexpected call to parse_declaration"
        first = rawdata[pos:pos + 1]
        if first == '>':
            return pos + 1          # "<!>", the empty comment
        if first in ('-', ''):
            return -1               # comment start or buffer boundary
        if rawdata[pos:pos + 2] == '--':
            return self.parse_comment(i)
        if first == '[':
            return self.parse_marked_section(i)
        decltype, pos = self._scan_name(pos, i)
        if pos < 0:
            return pos
        if decltype == 'doctype':
            self._decl_otherchars = ''
        size = len(rawdata)
        while pos < size:
            ch = rawdata[pos]
            if ch == '>':
                body = rawdata[i + 2:pos]
                if decltype == 'doctype':
                    self.handle_decl(body)
                else:
                    self.unknown_decl(body)
                return pos + 1
            if ch in '"\'':
                m = _declstringlit_match(rawdata, pos)
                if m is None:
                    return -1
                pos = m.end()
            elif ch in _LETTERS:
                _, pos = self._scan_name(pos, i)
            elif ch in self._decl_otherchars:
                pos += 1
            elif ch == '[':
                if decltype == 'doctype':
                    pos = self._parse_doctype_subset(pos + 1, i)
                elif decltype in {'attlist', 'linktype', 'link', 'element'}:
                    raise AssertionError(
                        "unsupported '[' char in %s declaration" % decltype)
                else:
                    raise AssertionError("unexpected '[' char in declaration")
            else:
                raise AssertionError(
                    "unexpected %r char in declaration" % rawdata[pos])
            if pos < 0:
                return pos
        return -1

    # Parse a marked section <![keyword ...]]> (or the MS Office flavour
    # <![if ...]>); returns the index after it or -1 if incomplete.
    def parse_marked_section(self, i, report=1):
        rawdata = self.rawdata
        assert rawdata[i:i + 3] == '<![', \
            "unexpected call to parse_marked_section()"
        keyword, pos = self._scan_name(i + 3, i)
        if pos < 0:
            return pos
        if keyword in {'temp', 'cdata', 'ignore', 'include', 'rcdata'}:
            m = _markedsectionclose.search(rawdata, i + 3)
        elif keyword in {'if', 'else', 'endif'}:
            m = _msmarkedsectionclose.search(rawdata, i + 3)
        else:
            raise AssertionError(
                'unknown status keyword %r in marked section'
                % rawdata[i + 3:pos])
        if m is None:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:m.start()])
        return m.end()

    # Parse a <!-- ... --> comment; returns the index after it or -1.
    def parse_comment(self, i, report=1):
        rawdata = self.rawdata
        if rawdata[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        m = commentclose.search(rawdata, i + 4)
        if m is None:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:m.start()])
        return m.end()

    # Skip the internal subset of a DOCTYPE ("[ ... ]"); returns the index
    # of the closing '>' (after optional whitespace) or -1 if incomplete.
    def _parse_doctype_subset(self, i, declstartpos):
        rawdata = self.rawdata
        size = len(rawdata)
        pos = i
        while pos < size:
            ch = rawdata[pos]
            if ch == '<':
                two = rawdata[pos:pos + 2]
                if two == '<':
                    return -1
                if two != '<!':
                    self.updatepos(declstartpos, pos + 1)
                    raise AssertionError(
                        "unexpected char in internal subset (in %r)" % two)
                if pos + 4 > size:
                    return -1
                if rawdata[pos:pos + 4] == '<!--':
                    pos = self.parse_comment(pos, report=0)
                    if pos < 0:
                        return pos
                    continue
                name, pos = self._scan_name(pos + 2, declstartpos)
                if pos == -1:
                    return -1
                if name not in {'attlist', 'element', 'entity', 'notation'}:
                    self.updatepos(declstartpos, pos + 2)
                    raise AssertionError(
                        "unknown declaration %r in internal subset" % name)
                pos = getattr(self, '_parse_doctype_' + name)(
                    pos, declstartpos)
                if pos < 0:
                    return pos
            elif ch == '%':
                if pos + 1 == size:
                    return -1
                _, pos = self._scan_name(pos + 1, declstartpos)
                if pos < 0:
                    return pos
                if rawdata[pos] == ';':
                    pos += 1
            elif ch == ']':
                pos += 1
                while pos < size and rawdata[pos].isspace():
                    pos += 1
                if pos >= size:
                    return -1
                if rawdata[pos] == '>':
                    return pos
                self.updatepos(declstartpos, pos)
                raise AssertionError("unexpected char after internal subset")
            elif ch.isspace():
                pos += 1
            else:
                self.updatepos(declstartpos, pos)
                raise AssertionError(
                    "unexpected char %r in internal subset" % ch)
        return -1

    def _parse_doctype_element(self, i, declstartpos):
        _, pos = self._scan_name(i, declstartpos)
        if pos == -1:
            return -1
        gt = self.rawdata.find('>', pos)
        return -1 if gt < 0 else gt + 1

    def _parse_doctype_attlist(self, i, declstartpos):
        rawdata = self.rawdata
        _, pos = self._scan_name(i, declstartpos)
        ch = rawdata[pos:pos + 1]
        if ch == '':
            return -1
        if ch == '>':
            return pos + 1
        while True:
            # attribute name, type (or enumeration), default, constraint
            _, pos = self._scan_name(pos, declstartpos)
            if pos < 0:
                return pos
            ch = rawdata[pos:pos + 1]
            if ch == '':
                return -1
            if ch == '(':
                close = rawdata.find(')', pos)
                if close < 0:
                    return -1
                pos = close + 1
                while rawdata[pos:pos + 1].isspace():
                    pos += 1
                if pos >= len(rawdata):
                    return -1
            else:
                _, pos = self._scan_name(pos, declstartpos)
            ch = rawdata[pos:pos + 1]
            if ch == '':
                return -1
            if ch in '\'"':
                m = _declstringlit_match(rawdata, pos)
                if m is None:
                    return -1
                pos = m.end()
                ch = rawdata[pos:pos + 1]
                if ch == '':
                    return -1
            if ch == '#':
                if rawdata[pos:] == '#':
                    return -1
                _, pos = self._scan_name(pos + 1, declstartpos)
                if pos < 0:
                    return pos
                ch = rawdata[pos:pos + 1]
                if ch == '':
                    return -1
            if ch == '>':
                return pos + 1

    def _parse_doctype_notation(self, i, declstartpos):
        _, pos = self._scan_name(i, declstartpos)
        if pos < 0:
            return pos
        rawdata = self.rawdata
        while True:
            ch = rawdata[pos:pos + 1]
            if ch == '':
                return -1
            if ch == '>':
                return pos + 1
            if ch in '\'"':
                m = _declstringlit_match(rawdata, pos)
                if m is None:
                    return -1
                pos = m.end()
            else:
                _, pos = self._scan_name(pos, declstartpos)
                if pos < 0:
                    return pos

    def _parse_doctype_entity(self, i, declstartpos):
        rawdata = self.rawdata
        pos = i
        if rawdata[i:i + 1] == '%':
            pos = i + 1
            while True:
                ch = rawdata[pos:pos + 1]
                if ch == '':
                    return -1
                if not ch.isspace():
                    break
                pos += 1
        _, pos = self._scan_name(pos, declstartpos)
        if pos < 0:
            return pos
        while True:
            ch = self.rawdata[pos:pos + 1]
            if ch == '':
                return -1
            if ch in '\'"':
                m = _declstringlit_match(rawdata, pos)
                if m is None:
                    return -1
                pos = m.end()
            elif ch == '>':
                return pos + 1
            else:
                _, pos = self._scan_name(pos, declstartpos)
                if pos < 0:
                    return pos

    # Scan a name token at i; returns (lowercased name, index after it and
    # any following whitespace), or (None, -1) at the end of the buffer.
    def _scan_name(self, i, declstartpos):
        rawdata = self.rawdata
        size = len(rawdata)
        if i == size:
            return None, -1
        m = _declname_match(rawdata, i)
        if m is None:
            self.updatepos(declstartpos, i)
            raise AssertionError(
                "expected name token at %r"
                % rawdata[declstartpos:declstartpos + 20])
        token = m.group()
        if i + len(token) == size:
            return None, -1
        return token.strip().lower(), m.end()

    # To be overridden -- handlers for unknown objects
    def unknown_decl(self, data):
        pass


class HTMLParser(ParserBase):
    """Find tags and other markup and call handler functions.

    Usage:
        p = HTMLParser()
        p.feed(data)
        ...
        p.close()

    Start tags are handled by calling self.handle_starttag() or
    self.handle_startendtag(); end tags by self.handle_endtag().  The
    data between tags is passed from the parser to the derived class
    by calling self.handle_data() with the data as argument (the data
    may be split up in arbitrary chunks).  If convert_charrefs is
    True the character references are converted automatically to the
    corresponding Unicode character (and self.handle_data() is no
    longer split in chunks), otherwise they are passed by calling
    self.handle_entityref() or self.handle_charref() with the string
    containing respectively the named or numeric reference as the
    argument.
    """

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        """Initialize and reset this instance.

        If convert_charrefs is True (the default), all character references
        are automatically converted to the corresponding Unicode characters.
        """
        super().__init__()
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Reset this instance.  Loses all unprocessed data."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = interesting_normal
        self.cdata_elem = None
        super().reset()

    def feed(self, data):
        r"""Feed data to the parser.

        Call this as often as you want, with as little or as much text
        as you want (may include '\n').
        """
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Handle any buffered data."""
        self.goahead(1)

    __starttag_text = None

    def get_starttag_text(self):
        """Return full source of start tag: '<...>'."""
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(
            '</' + _WS + '*%s' % self.cdata_elem + _WS + '*>', re.I)

    def clear_cdata_mode(self):
        self.interesting = interesting_normal
        self.cdata_elem = None

    # Text between markup: in convert_charrefs mode (outside CDATA elements)
    # character references are resolved here.
    def _emit_text(self, text):
        if self.convert_charrefs and not self.cdata_elem:
            text = unescape(text)
        self.handle_data(text)

    # Process as much of the buffer as can be processed now.  With `end`
    # true, the buffer is treated as final (as if followed by EOF).
    # Unprocessed input stays in self.rawdata for the next call.
    def goahead(self, end):
        rawdata = self.rawdata
        size = len(rawdata)
        i = 0
        while i < size:
            if self.convert_charrefs and not self.cdata_elem:
                j = rawdata.find('<', i)
                if j < 0:
                    # No markup ahead.  Unless this is the end, hold back
                    # the text if it may end in a truncated reference: an
                    # '&' near the end not yet followed by ';' or space.
                    amp = rawdata.rfind('&', max(i, size - 34))
                    if amp >= 0 and not _ref_terminator.search(rawdata, amp):
                        break
                    j = size
            else:
                m = self.interesting.search(rawdata, i)
                if m:
                    j = m.start()
                elif self.cdata_elem:
                    break
                else:
                    j = size
            if i < j:
                self._emit_text(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == size:
                break

            if rawdata[i] == '<':
                if starttagopen.match(rawdata, i):
                    k = self.parse_starttag(i)
                elif rawdata.startswith('</', i):
                    k = self.parse_endtag(i)
                elif rawdata.startswith('<!--', i):
                    k = self.parse_comment(i)
                elif rawdata.startswith('<?', i):
                    k = self.parse_pi(i)
                elif rawdata.startswith('<!', i):
                    k = self.parse_html_declaration(i)
                elif i + 1 < size:
                    self.handle_data('<')
                    k = i + 1
                else:
                    break           # lone '<' at the end: wait for more
                if k < 0:
                    if not end:
                        break       # incomplete construct: wait for more
                    # At EOF an unfinished construct becomes text, up to
                    # and including the next '>' (or up to the next '<').
                    k = rawdata.find('>', i + 1)
                    if k >= 0:
                        k += 1
                    else:
                        k = rawdata.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    self._emit_text(rawdata[i:k])
                i = self.updatepos(i, k)
            elif rawdata.startswith('&#', i):
                m = charref.match(rawdata, i)
                if m:
                    ref = m.group()
                    self.handle_charref(ref[2:-1])
                    k = m.end()
                    if ref[-1] != ';':
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                if ';' in rawdata[i:]:
                    # not a valid reference: pass the '&#' on as text
                    self.handle_data(rawdata[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif rawdata[i] == '&':
                m = entityref.match(rawdata, i)
                if m:
                    self.handle_entityref(m.group(1))
                    k = m.end()
                    if rawdata[k - 1] != ';':
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                m = incomplete.match(rawdata, i)
                if m:
                    if end and m.end() == size:
                        # "&x" is all that is left: drop the '&'
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 < size:
                    self.handle_data('&')
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                raise AssertionError("interesting.search() lied")

        if end and i < size and not self.cdata_elem:
            self._emit_text(rawdata[i:size])
            i = self.updatepos(i, size)
        self.rawdata = rawdata[i:]

    # Parse <!...> markup at i; returns the index after it or -1.
    def parse_html_declaration(self, i):
        rawdata = self.rawdata
        assert rawdata[i:i + 2] == '<!', \
            'unexpected call to parse_html_declaration()'
        if rawdata[i:i + 4] == '<!--':
            return self.parse_comment(i)
        if rawdata[i:i + 3] == '<![':
            return self.parse_marked_section(i)
        if rawdata[i:i + 9].lower() == '<!doctype':
            gt = rawdata.find('>', i + 9)
            if gt < 0:
                return -1
            self.handle_decl(rawdata[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    # Parse a bogus comment ("<!foo>" or "</ foo>") at i.
    def parse_bogus_comment(self, i, report=1):
        rawdata = self.rawdata
        assert rawdata[i:i + 2] in ('<!', '</'), \
            'unexpected call to parse_comment()'
        gt = rawdata.find('>', i + 2)
        if gt < 0:
            return -1
        if report:
            self.handle_comment(rawdata[i + 2:gt])
        return gt + 1

    # Parse a processing instruction "<?...>" at i.
    def parse_pi(self, i):
        rawdata = self.rawdata
        assert rawdata[i:i + 2] == '<?', 'unexpected call to parse_pi()'
        m = piclose.search(rawdata, i + 2)
        if m is None:
            return -1
        self.handle_pi(rawdata[i + 2:m.start()])
        return m.end()

    # Parse a start tag at i; returns the index after it or -1.
    def parse_starttag(self, i):
        self.__starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            return endpos
        rawdata = self.rawdata
        self.__starttag_text = rawdata[i:endpos]

        m = tagfind_tolerant.match(rawdata, i + 1)
        assert m, 'unexpected call to parse_starttag()'
        tag = m.group(1).lower()
        self.lasttag = tag
        pos = m.end()
        attrs = []
        while pos < endpos:
            m = attrfind_tolerant.match(rawdata, pos)
            if m is None:
                break
            name, assignment, value = m.group(1, 2, 3)
            if not assignment:
                value = None
            elif len(value) >= 1 and value[0] in '\'"' and \
                    value[-1] == value[0]:
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            pos = m.end()

        tail = rawdata[pos:endpos].strip()
        if tail != '>' and tail != '/>':
            self.handle_data(rawdata[i:endpos])
            return endpos
        if tail == '/>':
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    # Find the end of the start tag at i: the index after its closing '>',
    # -1 if the buffer ends first, or where a malformed tag stops.
    def check_for_whole_start_tag(self, i):
        rawdata = self.rawdata
        m = locatestarttagend_tolerant.match(rawdata, i)
        if not m:
            raise AssertionError("we should not get here!")
        j = m.end()
        nxt = rawdata[j:j + 1]
        if nxt == '>':
            return j + 1
        if nxt == '/':
            if rawdata.startswith('/>', j):
                return j + 2
            return -1               # "/" at the buffer boundary
        if nxt == '' or nxt in _LETTERS or nxt in '=/':
            # end of input inside the tag (or in an attribute value)
            return -1
        return j if j > i else i + 1

    # Parse an end tag at i; returns the index after it or -1.
    def parse_endtag(self, i):
        rawdata = self.rawdata
        assert rawdata[i:i + 2] == '</', 'unexpected call to parse_endtag'
        m = endendtag.search(rawdata, i + 1)
        if m is None:
            return -1
        gtpos = m.end()
        m = endtagfind.match(rawdata, i)
        if m is None:
            if self.cdata_elem is not None:
                # inside <script>/<style>: anything else is just text
                self.handle_data(rawdata[i:gtpos])
                return gtpos
            namematch = tagfind_tolerant.match(rawdata, i + 2)
            if namematch is None:
                if rawdata[i:i + 3] == '</>':
                    return i + 3    # "</>" is dropped
                return self.parse_bogus_comment(i)
            name = namematch.group(1).lower()
            # whatever follows the name up to the '>' is ignored
            gt = rawdata.find('>', namematch.end())
            self.handle_endtag(name)
            return gt + 1

        name = m.group(1).lower()
        if self.cdata_elem is not None and name != self.cdata_elem:
            self.handle_data(rawdata[i:gtpos])
            return gtpos
        self.handle_endtag(name)
        self.clear_cdata_mode()
        return gtpos

    # Overridable -- finish processing of start+end tag: <tag.../>
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    # Overridable -- handle start tag
    def handle_starttag(self, tag, attrs):
        pass

    # Overridable -- handle end tag
    def handle_endtag(self, tag):
        pass

    # Overridable -- handle character reference
    def handle_charref(self, name):
        pass

    # Overridable -- handle entity reference
    def handle_entityref(self, name):
        pass

    # Overridable -- handle data
    def handle_data(self, data):
        pass

    # Overridable -- handle comment
    def handle_comment(self, data):
        pass

    # Overridable -- handle declaration
    def handle_decl(self, decl):
        pass

    # Overridable -- handle processing instruction
    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass


HTMLParser.__module__ = 'html.parser'


# CPython keeps ParserBase in a top-level module, _markupbase; ftpython has
# no such file, so expose this one under that name (as CPython's own tests,
# which patch _markupbase.ParserBase, expect).
def _register_markupbase():
    import sys
    if '_markupbase' in sys.modules:
        return
    module = type(sys)('_markupbase')
    module.__doc__ = ('Shared support for scanning document type '
                      'declarations in HTML and XHTML.')
    module.ParserBase = ParserBase
    ParserBase.__module__ = '_markupbase'
    sys.modules['_markupbase'] = module


_register_markupbase()
del _register_markupbase
