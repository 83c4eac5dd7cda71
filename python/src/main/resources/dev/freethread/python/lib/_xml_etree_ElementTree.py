# SPDX-License-Identifier: Apache-2.0
# xml.etree.ElementTree for ftpython: the Element API, ElementPath queries,
# serialization and parsing, written here after CPython 3.13's behaviour; its
# own XML parser (non-validating, namespace aware) reproduces expat's events,
# error messages and error positions for the common cases.

__name__ = 'xml.etree.ElementTree'  # its classes' __module__ and reprs, as CPython's (the file is bundled as _xml_etree_ElementTree)

import re
import sys
import collections

__all__ = [
    "C14NWriterTarget",
    "Comment",
    "dump",
    "Element", "ElementTree",
    "canonicalize",
    "fromstring", "fromstringlist",
    "indent", "iselement", "iterparse",
    "parse", "ParseError",
    "PI", "ProcessingInstruction",
    "QName",
    "SubElement",
    "tostring", "tostringlist",
    "TreeBuilder",
    "VERSION",
    "XML", "XMLID",
    "XMLParser", "XMLPullParser",
    "register_namespace",
]

VERSION = "1.3.0"

_ELEMENT_TYPE_NAME = "xml.etree.ElementTree.Element"


class ParseError(SyntaxError):
    """Raised when the XML input is not well-formed.

    ``code`` is the expat-style error number and ``position`` a
    ``(line, column)`` tuple (line from 1, column from 0)."""
    pass


def iselement(element):
    """Return True if *element* looks like an Element (has a tag)."""
    return hasattr(element, 'tag')


# ---------------------------------------------------------------------------
# Element


def _tname(value):
    # the type name as CPython's argument errors spell it
    return "None" if value is None else type(value).__name__


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<missing>'


_MISSING = _Missing()


def _warn(message, category, stacklevel):
    import warnings
    warnings.warn(message, category, stacklevel=stacklevel + 1)


class Element:
    """An XML element: a tag, an attribute dict, text, tail and children."""

    __slots__ = ('tag', 'attrib', 'text', 'tail', '_children', '__weakref__')

    def __init__(self, *args, **extra):
        nargs = len(args)
        if nargs == 0:
            raise TypeError("Element() takes at least 1 argument (0 given)")
        if nargs > 2:
            raise TypeError("Element() takes at most 2 arguments (%d given)"
                            % nargs)
        self.tag = args[0]
        if nargs == 2:
            attrib = args[1]
        elif 'attrib' in extra:
            attrib = extra.pop('attrib')
        else:
            attrib = _MISSING
        if attrib is _MISSING:
            self.attrib = extra
        else:
            if not isinstance(attrib, dict):
                raise TypeError("Element() argument 2 must be dict, not %s"
                                % _tname(attrib))
            attrib = dict(attrib)
            if extra:
                attrib.update(extra)
            self.attrib = attrib
        self.text = None
        self.tail = None
        self._children = []

    def __repr__(self):
        return "<Element %r at %#x>" % (self.tag, id(self))

    def makeelement(self, tag, attrib):
        """Create a new element of the same kind (a plain Element)."""
        return Element(tag, attrib)

    def __copy__(self):
        elem = _new_element(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem._children = list(self._children)
        return elem

    def __deepcopy__(self, memo):
        from copy import deepcopy

        def dc(value):
            if value is None or type(value) is str:
                return value
            return deepcopy(value, memo)
        elem = _new_element(dc(self.tag), deepcopy(self.attrib, memo))
        elem.text = dc(self.text)
        elem.tail = dc(self.tail)
        elem._children = [deepcopy(child, memo) for child in self._children]
        memo[id(self)] = elem
        return elem

    def __getstate__(self):
        return {"tag": self.tag, "_children": self._children,
                "attrib": self.attrib, "text": self.text, "tail": self.tail}

    def __setstate__(self, state):
        self.tag = state["tag"]
        self.attrib = state.get("attrib") or {}
        self.text = state.get("text")
        self.tail = state.get("tail")
        self._children = list(state.get("_children") or ())

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        _warn("Testing an element's truth value will always return True in "
              "future versions.  Use specific 'len(elem)' or 'elem is not "
              "None' test instead.", DeprecationWarning, 2)
        return len(self._children) != 0

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._children[index]
        if not isinstance(index, int):
            raise TypeError("element indices must be integers")
        children = self._children
        if index < 0:
            index += len(children)
        if index < 0 or index >= len(children):
            raise IndexError("child index out of range")
        return children[index]

    def __setitem__(self, index, element):
        children = self._children
        if isinstance(index, slice):
            elements = list(element)
            for e in elements:
                if not isinstance(e, Element):
                    raise TypeError('expected an Element, not "%s"'
                                    % type(e).__name__)
            start, stop, step = index.indices(len(children))
            if step != 1:
                size = len(range(start, stop, step))
                if len(elements) != size:
                    raise ValueError("attempt to assign sequence of size %d "
                                     "to extended slice of size %d"
                                     % (len(elements), size))
            children[index] = elements
            return
        if not isinstance(index, int):
            raise TypeError("element indices must be integers")
        if index < 0:
            index += len(children)
        if index < 0 or index >= len(children):
            raise IndexError("child assignment index out of range")
        if not isinstance(element, Element):
            raise TypeError('expected an Element, not "%s"'
                            % type(element).__name__)
        children[index] = element

    def __delitem__(self, index):
        children = self._children
        if isinstance(index, slice):
            del children[index]
            return
        if not isinstance(index, int):
            raise TypeError("element indices must be integers")
        if index < 0:
            index += len(children)
        if index < 0 or index >= len(children):
            raise IndexError("child assignment index out of range")
        del children[index]

    def __iter__(self):
        return iter(self._children)

    def append(self, subelement):
        """Add *subelement* at the end of this element's children."""
        if not isinstance(subelement, Element):
            raise TypeError("append() argument 1 must be %s, not %s"
                            % (_ELEMENT_TYPE_NAME, _tname(subelement)))
        self._children.append(subelement)

    def extend(self, elements):
        """Append every element of the iterable *elements*."""
        new = list(elements)
        for e in new:
            if not isinstance(e, Element):
                raise TypeError('expected an Element, not "%s"'
                                % type(e).__name__)
        self._children.extend(new)

    def insert(self, index, subelement):
        """Insert *subelement* before position *index*."""
        if not isinstance(subelement, Element):
            raise TypeError("insert() argument 2 must be %s, not %s"
                            % (_ELEMENT_TYPE_NAME, _tname(subelement)))
        self._children.insert(index, subelement)

    def remove(self, subelement):
        """Remove the first child that is *subelement*."""
        if not isinstance(subelement, Element):
            raise TypeError("remove() argument must be %s, not %s"
                            % (_ELEMENT_TYPE_NAME, _tname(subelement)))
        children = self._children
        for k in range(len(children)):
            if children[k] is subelement:
                del children[k]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        """Return the first matching subelement, or None."""
        if namespaces is None and _is_plain_tag(path):
            for child in self._children:
                if child.tag == path:
                    return child
            return None
        return _path_find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        """Return the text of the first matching subelement ('' when it
        has none), or *default* when nothing matches."""
        if namespaces is None and _is_plain_tag(path):
            for child in self._children:
                if child.tag == path:
                    return child.text or ""
            return default
        return _path_findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        """Return a list of all matching subelements."""
        if namespaces is None and _is_plain_tag(path):
            return [child for child in self._children if child.tag == path]
        return _path_findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        """Return an iterator over all matching subelements."""
        return _path_iterfind(self, path, namespaces)

    def clear(self):
        """Reset the element: no attributes, children, text or tail."""
        self.attrib = {}
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib.keys())

    def items(self):
        return list(self.attrib.items())

    def iter(self, tag=None):
        """Depth-first iterator over this element and its descendants,
        optionally restricted to elements whose tag equals *tag*."""
        if tag == "*":
            tag = None
        return _iter_elements(self, tag)

    def itertext(self):
        """Iterator over the text content of this subtree, in order."""
        return _iter_text(self)


def _new_element(tag, attrib):
    elem = Element.__new__(Element)
    elem.tag = tag
    elem.attrib = attrib
    elem.text = None
    elem.tail = None
    elem._children = []
    return elem


def _iter_elements(root, tag):
    if tag is None or root.tag == tag:
        yield root
    stack = []
    children = root._children
    pos = 0
    while True:
        if pos < len(children):
            elem = children[pos]
            pos += 1
            if tag is None or elem.tag == tag:
                yield elem
            if elem._children:
                stack.append((children, pos))
                children = elem._children
                pos = 0
        elif stack:
            children, pos = stack.pop()
        else:
            return


def _iter_text(root):
    if root.text:
        yield root.text
    stack = []
    children = root._children
    pos = 0
    while True:
        if pos < len(children):
            elem = children[pos]
            pos += 1
            if elem.text:
                yield elem.text
            if elem._children:
                stack.append((children, pos))
                children = elem._children
                pos = 0
                continue
            if elem.tail:
                yield elem.tail
        elif stack:
            children, pos = stack.pop()
            tail = children[pos - 1].tail
            if tail:
                yield tail
        else:
            return


def SubElement(*args, **extra):
    """SubElement(parent, tag, attrib={}, **extra): create an element,
    append it to *parent* and return it."""
    nargs = len(args)
    if nargs < 2:
        raise TypeError("SubElement() takes at least 2 arguments (%d given)"
                        % nargs)
    if nargs > 3:
        raise TypeError("SubElement() takes at most 3 arguments (%d given)"
                        % nargs)
    parent, tag = args[0], args[1]
    if not isinstance(parent, Element):
        raise TypeError("SubElement() argument 1 must be %s, not %s"
                        % (_ELEMENT_TYPE_NAME, _tname(parent)))
    if nargs == 3:
        attrib = args[2]
    elif "attrib" in extra:
        attrib = extra.pop("attrib")
    else:
        attrib = {}
    if not isinstance(attrib, dict):
        raise TypeError("SubElement() argument 3 must be dict, not %s"
                        % _tname(attrib))
    attrib = dict(attrib)
    if extra:
        attrib.update(extra)
    element = _new_element(tag, attrib)
    parent._children.append(element)
    return element


def Comment(text=None):
    """Create a comment element (its tag is this function)."""
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    """Create a processing-instruction element (its tag is this function)."""
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name, '{uri}local', usable as tag, attribute name or
    attribute value."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _other(self, other):
        if isinstance(other, QName):
            return other.text
        return other

    def __le__(self, other):
        return self.text <= self._other(other)

    def __lt__(self, other):
        return self.text < self._other(other)

    def __ge__(self, other):
        return self.text >= self._other(other)

    def __gt__(self, other):
        return self.text > self._other(other)

    def __eq__(self, other):
        return self.text == self._other(other)

    def __ne__(self, other):
        return self.text != self._other(other)


# ---------------------------------------------------------------------------
# ElementPath: the XPath subset of find/findall/findtext/iterfind


def _is_plain_tag(path):
    # True when *path* needs no path machinery: no '/', '*', '[', '@', '.'
    # outside a {uri} part, and no '{}'/'{*}' wildcard prefix.
    if isinstance(path, (bytes, bytearray)):
        path = path.decode("latin-1")
    elif not isinstance(path, str):
        return False
    if path[:2] == '{}' or path[:3] == '{*}':
        return False
    inside = False
    for ch in path:
        if ch == '{':
            inside = True
        elif ch == '}':
            inside = False
        elif not inside and ch in '/*[@.':
            return False
    return True


_PATH_TOKEN_RE = re.compile(
    r"""('[^']*'|"[^"]*")"""
    r"|(//?|\.\.|\(\)|!=|::|[/.*\[\]()@=:])"
    r"|((?:\{[^}]*\})?[^/\[\]()@!=\s'\"]+)"
    r"|(\s+)")

_INTEGER_RE = re.compile(r"-?\d+$")


def _path_tokens(path, namespaces):
    default_ns = None
    if namespaces:
        default_ns = namespaces.get('')
    tokens = []
    for m in _PATH_TOKEN_RE.finditer(path):
        quoted, op, name, space = m.groups()
        if space:
            continue
        if quoted:
            tokens.append((quoted, ''))
        elif op:
            tokens.append((op, ''))
        else:
            if name[0] != '{':
                if ':' in name:
                    prefix, local = name.split(':', 1)
                    try:
                        uri = namespaces[prefix]
                    except (KeyError, TypeError):
                        raise SyntaxError("prefix %r not found in prefix map"
                                          % prefix) from None
                    name = '{%s}%s' % (uri, local)
                elif default_ns and not (tokens and tokens[-1][0] == '@'):
                    name = '{%s}%s' % (default_ns, name)
            tokens.append(('', name))
    return tokens


def _tag_test(tag):
    # Returns None (any child), a string (exact tag) or a predicate.
    if tag == '*':
        return None
    if tag == '{*}*':
        return lambda t: isinstance(t, str)
    if tag == '{}*':
        return lambda t: isinstance(t, str) and t[:1] != '{'
    if tag[:3] == '{*}':
        local = tag[3:]
        suffix = '}' + local
        return lambda t: t == local or (isinstance(t, str)
                                        and t.endswith(suffix))
    if tag[-2:] == '}*':
        prefix = tag[:-1]
        return lambda t: isinstance(t, str) and t.startswith(prefix)
    if tag[:2] == '{}':
        return tag[2:]
    return tag


class _PathContext:
    __slots__ = ('root', 'parents')

    def __init__(self, root):
        self.root = root
        self.parents = None

    def parent_map(self):
        if self.parents is None:
            pm = {}
            for parent in self.root.iter():
                for child in parent:
                    pm[child] = parent
            self.parents = pm
        return self.parents


def _step_children(tag):
    test = _tag_test(tag)
    if test is None:
        def step(ctx, elems):
            for elem in elems:
                for child in elem:
                    yield child
    elif isinstance(test, str):
        def step(ctx, elems):
            for elem in elems:
                for child in elem:
                    if child.tag == test:
                        yield child
    else:
        def step(ctx, elems):
            for elem in elems:
                for child in elem:
                    if test(child.tag):
                        yield child
    return step


def _step_descendants(tag):
    test = _tag_test(tag)
    if test is None or isinstance(test, str):
        def step(ctx, elems):
            for elem in elems:
                for e in elem.iter(test):
                    if e is not elem:
                        yield e
    else:
        def step(ctx, elems):
            for elem in elems:
                for e in elem.iter():
                    if e is not elem and test(e.tag):
                        yield e
    return step


def _step_parent(ctx, elems):
    pm = ctx.parent_map()
    seen = set()
    for elem in elems:
        parent = pm.get(elem)
        if parent is not None and id(parent) not in seen:
            seen.add(id(parent))
            yield parent


def _text_of(elem):
    return "".join(elem.itertext())


def _step_predicate(tokens):
    kinds = []
    for op, tag in tokens:
        if not op:
            kinds.append('n')
        elif op[0] in '\'"':
            kinds.append('q')
        else:
            kinds.append(op)
    kinds = tuple(kinds)

    def value(k):
        return tokens[k][0][1:-1]

    if kinds == ('@', 'n'):
        key = tokens[1][1]

        def step(ctx, elems):
            for elem in elems:
                if elem.get(key) is not None:
                    yield elem
        return step
    if kinds in (('@', 'n', '=', 'q'), ('@', 'n', '!=', 'q')):
        key = tokens[1][1]
        val = value(3)
        if kinds[2] == '=':
            def step(ctx, elems):
                for elem in elems:
                    if elem.get(key) == val:
                        yield elem
        else:
            def step(ctx, elems):
                for elem in elems:
                    v = elem.get(key)
                    if v is not None and v != val:
                        yield elem
        return step
    if kinds == ('n',):
        tag = tokens[0][1]
        if _INTEGER_RE.match(tag):
            index = int(tag) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
            return _step_position(index)

        def step(ctx, elems):
            for elem in elems:
                if elem.find(tag) is not None:
                    yield elem
        return step
    if kinds in (('n', '=', 'q'), ('n', '!=', 'q'),
                 ('.', '=', 'q'), ('.', '!=', 'q')):
        val = value(2)
        equal = kinds[1] == '='
        if kinds[0] == '.':
            def step(ctx, elems):
                for elem in elems:
                    if (_text_of(elem) == val) == equal:
                        yield elem
            return step
        tag = tokens[0][1]

        def step(ctx, elems):
            for elem in elems:
                for e in elem.findall(tag):
                    if (_text_of(e) == val) == equal:
                        yield elem
                        break
        return step
    if kinds[:2] == ('n', '()'):
        if tokens[0][1] != 'last':
            raise SyntaxError("unsupported function")
        if kinds == ('n', '()'):
            return _step_position(-1)
        if kinds == ('n', '()', 'n'):
            try:
                offset = int(tokens[2][1])
            except ValueError:
                raise SyntaxError("unsupported expression") from None
            if offset >= 0:
                raise SyntaxError("XPath offset from last() must be negative")
            return _step_position(offset - 1)
    raise SyntaxError("invalid predicate")


def _step_position(index):
    def step(ctx, elems):
        pm = ctx.parent_map()
        for elem in elems:
            parent = pm.get(elem)
            if parent is None:
                continue
            tag = elem.tag
            siblings = [c for c in parent if c.tag == tag]
            try:
                if siblings[index] is elem:
                    yield elem
            except IndexError:
                pass
    return step


_path_cache = {}


def _compile_path(path, namespaces):
    if namespaces:
        key = (path, tuple(sorted(namespaces.items())))
    else:
        key = (path, None)
    steps = _path_cache.get(key)
    if steps is not None:
        return steps
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    tokens = _path_tokens(path, namespaces)
    steps = []
    i = 0
    ntok = len(tokens)
    while i < ntok:
        op, tag = tokens[i]
        if op == '/':
            i += 1
            continue
        if op == '[':
            j = i + 1
            while j < ntok and tokens[j][0] != ']':
                j += 1
            if j >= ntok:
                raise SyntaxError("invalid predicate")
            steps.append(_step_predicate(tokens[i + 1:j]))
            i = j + 1
            continue
        if op == '//':
            i += 1
            if i >= ntok:
                steps.append(_step_descendants('*'))
                break
            op2, tag2 = tokens[i]
            if op2 == '*':
                steps.append(_step_descendants('*'))
            elif not op2:
                steps.append(_step_descendants(tag2))
            else:
                raise SyntaxError("invalid descendant")
        elif op == '.':
            pass
        elif op == '..':
            steps.append(_step_parent)
        elif op == '*':
            steps.append(_step_children('*'))
        elif not op:
            steps.append(_step_children(tag))
        else:
            raise SyntaxError("invalid path")
        i += 1
    if len(_path_cache) > 100:
        _path_cache.clear()
    _path_cache[key] = steps
    return steps


def _path_select(elem, path, namespaces):
    steps = _compile_path(path, namespaces)
    ctx = _PathContext(elem)
    result = iter((elem,))
    for step in steps:
        result = step(ctx, result)
    return result


def _path_iterfind(elem, path, namespaces=None):
    return _path_select(elem, path, namespaces)


def _path_find(elem, path, namespaces=None):
    return next(_path_select(elem, path, namespaces), None)


def _path_findall(elem, path, namespaces=None):
    return list(_path_select(elem, path, namespaces))


def _path_findtext(elem, path, default=None, namespaces=None):
    found = next(_path_select(elem, path, namespaces), None)
    if found is None:
        return default
    return found.text or ""


# ---------------------------------------------------------------------------
# ElementTree


class ElementTree:
    """A whole document: wraps a root element and adds file I/O."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        """Load a document from a file name or file object; returns the
        root element."""
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _fix_path(self, path):
        if path[:1] == "/":
            path = "." + path
            _warn("This search is broken in 1.3 and earlier, and will be "
                  "fixed in a future version.  If you rely on the current "
                  "behaviour, change it to %r" % path, FutureWarning, 3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._fix_path(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._fix_path(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._fix_path(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._fix_path(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *,
              short_empty_elements=True):
        """Serialize the tree to a file name or file object."""
        if not method:
            method = "xml"
        elif method not in _METHODS:
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "utf-8" if method == "c14n" else "us-ascii"
        unicode_out = encoding.lower() == "unicode"
        if not unicode_out:
            "".encode(encoding)     # LookupError for unknown encodings
        is_file = hasattr(file_or_filename, "write")
        if unicode_out:
            if is_file:
                declared = getattr(file_or_filename, "encoding", None) \
                    or "utf-8"
            else:
                declared = "UTF-8"
        else:
            declared = encoding
        chunks = _serialize_chunks(self._root, encoding, declared,
                                   xml_declaration, default_namespace,
                                   method, short_empty_elements)
        data = "".join(chunks)
        if not unicode_out:
            data = data.encode(encoding, "xmlcharrefreplace")
        if is_file:
            file_or_filename.write(data)
        elif unicode_out:
            with open(file_or_filename, "w", encoding="utf-8",
                      errors="xmlcharrefreplace") as f:
                f.write(data)
        else:
            with open(file_or_filename, "wb") as f:
                f.write(data)

    def write_c14n(self, file):
        return self.write(file, method="c14n")


# ---------------------------------------------------------------------------
# Serialization

_METHODS = ("xml", "html", "text", "c14n")

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}

_RESERVED_PREFIX_RE = re.compile(r"ns\d+$")


def register_namespace(prefix, uri):
    """Register a namespace prefix used when serializing '{uri}' names."""
    if _RESERVED_PREFIX_RE.match(prefix):
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _raise_serialization_error(text):
    raise TypeError("cannot serialize %r (type %s)"
                    % (text, type(text).__name__))


def _escape_cdata(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if "<" in text:
            text = text.replace("<", "&lt;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_attrib(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if "<" in text:
            text = text.replace("<", "&lt;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        if "\"" in text:
            text = text.replace("\"", "&quot;")
        if "\r" in text:
            text = text.replace("\r", "&#13;")
        if "\n" in text:
            text = text.replace("\n", "&#10;")
        if "\t" in text:
            text = text.replace("\t", "&#09;")
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_attrib_html(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        if "\"" in text:
            text = text.replace("\"", "&quot;")
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _collect_names(root, default_namespace):
    # Map every tag/attribute name to its serialized (prefixed) form and
    # collect the namespace declarations to put on the root element.
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add(qname):
        try:
            if qname[:1] == "{":
                uri, local = qname[1:].rsplit("}", 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    prefix = _namespace_map.get(uri)
                    if prefix is None:
                        prefix = "ns%d" % len(namespaces)
                    if prefix != "xml":
                        namespaces[uri] = prefix
                if prefix:
                    qnames[qname] = "%s:%s" % (prefix, local)
                else:
                    qnames[qname] = local
            else:
                if default_namespace:
                    raise ValueError("cannot use non-qualified names with "
                                     "default_namespace option")
                qnames[qname] = qname
        except TypeError:
            _raise_serialization_error(qname)

    for elem in root.iter():
        tag = elem.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add(tag)
        elif tag is not None and tag is not Comment and \
                tag is not ProcessingInstruction:
            _raise_serialization_error(tag)
        for key, value in elem.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add(key)
            if isinstance(value, QName) and value.text not in qnames:
                add(value.text)
        text = elem.text
        if isinstance(text, QName) and text.text not in qnames:
            add(text.text)
    return qnames, namespaces


def _write_xml(write, elem, qnames, namespaces, short_empty):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        if isinstance(tag, QName):
            tag = tag.text
        tag = qnames[tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for child in elem:
                _write_xml(write, child, qnames, None, short_empty)
        else:
            write("<" + tag)
            if namespaces:
                for uri, prefix in sorted(namespaces.items(),
                                          key=lambda item: item[1]):
                    if prefix:
                        prefix = ":" + prefix
                    write(" xmlns%s=\"%s\"" % (prefix, _escape_attrib(uri)))
            for key, value in elem.items():
                if isinstance(key, QName):
                    key = key.text
                if isinstance(value, QName):
                    value = qnames[value.text]
                else:
                    value = _escape_attrib(value)
                write(" %s=\"%s\"" % (qnames[key], value))
            if text or len(elem) or not short_empty:
                write(">")
                if text:
                    write(_escape_cdata(text))
                for child in elem:
                    _write_xml(write, child, qnames, None, short_empty)
                write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape_cdata(elem.tail))


_HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame",
               "hr", "img", "input", "isindex", "link", "meta", "param",
               "source", "track", "wbr"}


def _write_html(write, elem, qnames, namespaces, short_empty=True):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % _escape_cdata(text))
    elif tag is ProcessingInstruction:
        write("<?%s?>" % _escape_cdata(text))
    else:
        if isinstance(tag, QName):
            tag = tag.text
        tag = qnames[tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for child in elem:
                _write_html(write, child, qnames, None)
        else:
            write("<" + tag)
            if namespaces:
                for uri, prefix in sorted(namespaces.items(),
                                          key=lambda item: item[1]):
                    if prefix:
                        prefix = ":" + prefix
                    write(" xmlns%s=\"%s\"" % (prefix, _escape_attrib(uri)))
            for key, value in elem.items():
                if isinstance(key, QName):
                    key = key.text
                if isinstance(value, QName):
                    value = qnames[value.text]
                else:
                    value = _escape_attrib_html(value)
                write(" %s=\"%s\"" % (qnames[key], value))
            write(">")
            ltag = tag.lower()
            if text:
                if ltag == "script" or ltag == "style":
                    write(text)
                else:
                    write(_escape_cdata(text))
            for child in elem:
                _write_html(write, child, qnames, None)
            if ltag not in _HTML_EMPTY:
                write("</" + tag + ">")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _serialize_chunks(root, encoding, declared, xml_declaration,
                      default_namespace, method, short_empty):
    if method == "c14n":
        raise NotImplementedError("C14N serialization is not supported")
    chunks = []
    write = chunks.append
    if method == "xml" and (xml_declaration or (
            xml_declaration is None and encoding.lower() != "unicode"
            and declared.lower() not in ("utf-8", "us-ascii"))):
        write("<?xml version='1.0' encoding='%s'?>\n" % (declared,))
    if method == "text":
        for part in root.itertext():
            write(part)
        if root.tail:
            write(root.tail)
    else:
        qnames, namespaces = _collect_names(root, default_namespace)
        if method == "html":
            _write_html(write, root, qnames, namespaces)
        else:
            _write_xml(write, root, qnames, namespaces, short_empty)
    return chunks


def _tostring_chunks(element, encoding, method, xml_declaration,
                     default_namespace, short_empty_elements):
    if not method:
        method = "xml"
    elif method not in _METHODS:
        raise ValueError("unknown method %r" % method)
    if not encoding:
        encoding = "utf-8" if method == "c14n" else "us-ascii"
    if encoding.lower() != "unicode":
        "".encode(encoding)
        declared = encoding
    else:
        declared = "utf-8"
    return _serialize_chunks(element, encoding, declared, xml_declaration,
                             default_namespace, method, short_empty_elements)


def tostring(element, encoding=None, method=None, *,
             xml_declaration=None, default_namespace=None,
             short_empty_elements=True):
    """Serialize *element* (and its subtree) to bytes, or to str when
    *encoding* is "unicode"."""
    chunks = _tostring_chunks(element, encoding, method, xml_declaration,
                              default_namespace, short_empty_elements)
    data = "".join(chunks)
    if encoding == "unicode":
        return data
    return data.encode(encoding or "us-ascii", "xmlcharrefreplace")


def tostringlist(element, encoding=None, method=None, *,
                 xml_declaration=None, default_namespace=None,
                 short_empty_elements=True):
    """Like tostring() but returns a list of fragments."""
    chunks = _tostring_chunks(element, encoding, method, xml_declaration,
                              default_namespace, short_empty_elements)
    if encoding == "unicode":
        return chunks
    data = "".join(chunks)
    if not data:
        return []
    return [data.encode(encoding or "us-ascii", "xmlcharrefreplace")]


def dump(elem):
    """Write an element tree or element structure to sys.stdout (for
    debugging)."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Indent the tree in place with whitespace text/tails ("pretty
    print"); text containing non-whitespace is left alone."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError("Initial indentation level must be >= 0, got %s"
                         % (level,))
    if not len(tree):
        return
    prefixes = ["\n" + level * space]

    def walk(elem, depth):
        if len(prefixes) <= depth + 1:
            prefixes.append(prefixes[depth] + space)
        inner = prefixes[depth + 1]
        if not elem.text or not elem.text.strip():
            elem.text = inner
        last = None
        for child in elem:
            if len(child):
                walk(child, depth + 1)
            if not child.tail or not child.tail.strip():
                child.tail = inner
            last = child
        if not last.tail.strip():
            last.tail = prefixes[depth]

    walk(tree, 0)


# ---------------------------------------------------------------------------
# Parsing helpers


def parse(source, parser=None):
    """Parse a file name or file object into an ElementTree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def XML(text, parser=None):
    """Parse a document from a string (or bytes); return the root."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def fromstringlist(sequence, parser=None):
    """Parse a document given as a sequence of fragments."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


def XMLID(text, parser=None):
    """Parse a document; return (root, dict mapping id attributes to
    elements)."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for elem in tree.iter():
        id = elem.get("id")
        if id:
            ids[id] = elem
    return tree, ids


class XMLPullParser:
    """Non-blocking parser: feed() data, then read_events()."""

    def __init__(self, events=None, *, _parser=None):
        self._events_queue = collections.deque()
        self._parser = _parser or XMLParser(target=TreeBuilder())
        if events is None:
            events = ("end",)
        self._parser._setevents(self._events_queue, events)

    def feed(self, data):
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._events_queue.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        self._close_and_return_root()

    def read_events(self):
        events = self._events_queue
        while events:
            event = events.popleft()
            if isinstance(event, Exception):
                raise event
            yield event

    def flush(self):
        if self._parser is None:
            raise ValueError("flush() called after end of stream")
        self._parser.flush()


class _IterParseIterator:
    def __init__(self, pullparser, source, close_source):
        self.root = None
        self._pullparser = pullparser
        self._source = source
        self._close_source = close_source
        self._gen = self._generate()

    def _generate(self):
        pp = self._pullparser
        source = self._source
        try:
            while True:
                for event in pp.read_events():
                    yield event
                data = source.read(16 * 1024)
                if not data:
                    break
                pp.feed(data)
            root = pp._close_and_return_root()
            for event in pp.read_events():
                yield event
            self.root = root
        finally:
            if self._close_source:
                source.close()
                self._close_source = False

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    def close(self):
        self._gen.close()
        if self._close_source:
            self._source.close()
            self._close_source = False


def iterparse(source, events=None, parser=None):
    """Incrementally parse a file name or file object, yielding
    (event, elem) pairs; the returned iterator's ``root`` attribute is set
    once parsing has finished."""
    pullparser = XMLPullParser(events=events, _parser=parser)
    close_source = False
    if not hasattr(source, "read"):
        source = open(source, "rb")
        close_source = True
    return _IterParseIterator(pullparser, source, close_source)


class TreeBuilder:
    """Builds an element structure from start/data/end (and comment/pi)
    calls; close() returns the root element."""

    def __init__(self, element_factory=None, *, comment_factory=None,
                 pi_factory=None, insert_comments=False, insert_pis=False):
        self._data = []
        self._stack = []
        self._last = None
        self._root = None
        self._tail = False
        self._factory = element_factory
        self._comment_factory = comment_factory if comment_factory is not None \
            else Comment
        self._pi_factory = pi_factory if pi_factory is not None \
            else ProcessingInstruction
        self._insert_comments = insert_comments
        self._insert_pis = insert_pis

    def close(self):
        """Return the root element (None if there was none)."""
        return self._root

    def _flush(self):
        # pending data goes to the text or tail of the last element,
        # extending whatever is already there
        if self._data:
            last = self._last
            if last is not None:
                text = "".join(self._data)
                if self._tail:
                    if last.tail:
                        text = last.tail + text
                    last.tail = text
                else:
                    if last.text:
                        text = last.text + text
                    last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        if self._data:
            self._flush()
        factory = self._factory
        if factory is None:
            elem = _new_element(tag, attrs)
        else:
            elem = factory(tag, attrs)
        stack = self._stack
        if stack:
            stack[-1].append(elem)
        elif self._root is None:
            self._root = elem
        stack.append(elem)
        self._last = elem
        self._tail = False
        return elem

    def end(self, tag):
        if self._data:
            self._flush()
        self._last = self._stack.pop()
        self._tail = True
        return self._last

    def comment(self, text):
        return self._special(self._comment_factory(text),
                             self._insert_comments)

    def pi(self, target, text=None):
        return self._special(self._pi_factory(target, text), self._insert_pis)

    def _special(self, elem, insert):
        if self._data:
            self._flush()
        if insert and self._stack:
            self._stack[-1].append(elem)
            self._last = elem
            self._tail = True
        return elem


# ---------------------------------------------------------------------------
# The XML parser

_ERROR_MESSAGES = {
    1: "out of memory",
    2: "syntax error",
    3: "no element found",
    4: "not well-formed (invalid token)",
    5: "unclosed token",
    6: "partial character",
    7: "mismatched tag",
    8: "duplicate attribute",
    9: "junk after document element",
    10: "illegal parameter entity reference",
    11: "undefined entity",
    12: "recursive entity reference",
    13: "asynchronous entity",
    14: "reference to invalid character number",
    15: "reference to binary entity",
    16: "reference to external entity in attribute",
    17: "XML or text declaration not at start of entity",
    18: "unknown encoding",
    19: "encoding specified in XML declaration is incorrect",
    20: "unclosed CDATA section",
    21: "error in processing external entity reference",
    22: "document is not standalone",
    27: "unbound prefix",
    28: "must not undeclare prefix",
    30: "XML declaration not well-formed",
    32: "illegal character(s) in public id",
    36: "parsing finished",
    38: "reserved prefix (xml) must not be undeclared or bound to another "
        "namespace name",
    39: "reserved prefix (xmlns) must not be declared or undeclared",
    40: "prefix must not be bound to one of the reserved namespace names",
}

_XML_NS = "http://www.w3.org/XML/1998/namespace"
_XMLNS_NS = "http://www.w3.org/2000/xmlns/"

# Names as expat sees them with namespace processing on: a colon may not
# start a name, and may appear once, followed by a name-start character.
_NAME_START = (r"A-Za-z_\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff"
               r"\u0370-\u037d\u037f-\u1fff\u200c\u200d\u2070-\u218f"
               r"\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd"
               r"\U00010000-\U000effff")
_NAME_CHAR = _NAME_START + r"\-.0-9\u00b7\u0300-\u036f\u203f\u2040"
_NAME = "[" + _NAME_START + "][" + _NAME_CHAR + ":]*"
_NCNAME = "[" + _NAME_START + "][" + _NAME_CHAR + "]*"
_QNAME = _NCNAME + "(?::" + _NCNAME + ")?"
_SP = r"[ \t\r\n]"
_QUOTED = r"(?:\"[^\"]*\"|'[^']*')"

_NAME_RE = re.compile(_NAME)
_NCNAME_START_RE = re.compile("[" + _NAME_START + "]")
_WS_RE = re.compile(r"[ \t\r\n]+")
_BAD_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_START_TAG_RE = re.compile(
    "<(" + _QNAME + ")((?:" + _SP + "+" + _QNAME + _SP + "*=" + _SP +
    "*(?:\"[^<\"]*\"|'[^<']*'))*)" + _SP + "*(/?)>")
_ATTR_RE = re.compile("(" + _QNAME + ")" + _SP + "*=" + _SP + "*(" +
                      _QUOTED + ")")
_END_TAG_RE = re.compile("</(" + _QNAME + ")" + _SP + "*>")
_CHARREF_RE = re.compile(r"&#(?:([0-9]+)|x([0-9a-fA-F]+));")
_ATTR_WS_RE = re.compile(r"\r\n|[\r\n\t]")
_CDATA_PIECE_RE = re.compile(r"\](?=\])|\][^\]\r\n]*|[^\]\r\n]+|\r\n|\r|\n")
# (applied to the declaration's bytes decoded as latin-1: ftpython's re
# module only takes str patterns)
_BYTES_DECL_RE = re.compile(
    r"<\?xml[^>]*?encoding[ \t\r\n]*=[ \t\r\n]*[\"']([A-Za-z][-A-Za-z0-9._]*)"
    r"[\"']")
_NAME_CHAR_RE = re.compile("[" + _NAME_CHAR + ":]")
_DECL_NAME_RE = re.compile("[A-Za-z]+")
_NCNAME_RE = re.compile(_NCNAME)
_POUND_DELIMS = " \t\r\n)>%|"
_PUBID_BAD_RE = re.compile(r"[^ \r\na-zA-Z0-9\-'()+,./:=?;!*#@$_%]")
_PNAME_START_RE = re.compile("[" + _NAME_START + ":]")
_PNAME_RE = re.compile("[" + _NAME_CHAR + ":]+")
_NAME_DELIMS = " \t\r\n[>)%|,"
_LITERAL_DELIMS = " \t\r\n>%["
_PNAME_OK = ("doctype0", "att0", "att1", "att3", "att6", "el0", "el2",
             "el4", "el6")
_DECL_START = {"ENTITY": "ent0", "ATTLIST": "att0", "ELEMENT": "el0",
               "NOTATION": "not0"}
_ATT_TYPES = ("CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES",
              "NMTOKEN", "NMTOKENS")

_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'"}
_DEC_DIGITS = "0123456789"
_HEX_DIGITS = "0123456789abcdefABCDEF"
_SPACES = " \t\r\n"

# parser states
_PROLOG_START = 0
_PROLOG = 1
_CONTENT = 2
_EPILOG = 3
_CDATA = 4


_SEGMENT = 512


def _split_text(text, size):
    # Cuts text into pieces of at most size characters.  Quarters are cut
    # recursively so that no long string is sliced many times.
    if len(text) <= size:
        return [text]
    out = []
    stack = [text]
    while stack:
        t = stack.pop()
        n = len(t)
        if n <= size:
            out.append(t)
        else:
            q = (n + 3) // 4
            parts = [t[k:k + q] for k in range(0, n, q)]
            parts.reverse()
            stack.extend(parts)
    return out


def _valid_char(cp):
    if cp < 0x20:
        return cp == 0x9 or cp == 0xA or cp == 0xD
    if cp <= 0xD7FF:
        return True
    if cp < 0xE000:
        return False
    if cp <= 0xFFFD:
        return True
    return 0x10000 <= cp <= 0x10FFFF


def _normalize_newlines(text):
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _utf8_len(text):
    if text.isascii():
        return len(text)
    return len(text.encode("utf-8", "replace"))


class XMLParser:
    """Element structure builder for XML source data, based on this
    module's own non-validating parser (emulating expat)."""

    def __init__(self, *, target=None, encoding=None):
        if target is None:
            target = TreeBuilder()
        self.target = target
        self.entity = {}
        self.version = "Expat 2.6.3"
        self._encoding_override = encoding
        get = getattr
        self._h_start = get(target, "start", None)
        self._h_end = get(target, "end", None)
        self._h_data = get(target, "data", None)
        self._h_comment = get(target, "comment", None)
        self._h_pi = get(target, "pi", None)
        self._h_start_ns = get(target, "start_ns", None)
        self._h_end_ns = get(target, "end_ns", None)
        self._h_doctype = get(target, "doctype", None)
        self._h_close = get(target, "close", None)
        # a TreeBuilder joins text itself: no need to split it like expat
        self._chunked = type(target) is not TreeBuilder
        self._queue = None
        self._ev_start = self._ev_end = False
        self._ev_start_ns = self._ev_end_ns = False
        self._ev_comment = self._ev_pi = False
        # input handling
        self._buf = ""
        self._raw = b""
        self._decoder = None
        self._pending = b""
        self._decode_failed = False
        self._had_before = 0
        self._more = False
        self._line = 1
        self._col = 0
        self._error = None
        self._finished = False
        # document state
        self._state = _PROLOG_START
        self._stack = []
        self._ns = {"xml": _XML_NS}
        self._seen_doctype = False
        self._pstate = "prolog"
        self._dtd_keep = True
        self._eager = False
        self._decl = None
        self._entities = {}
        self._lenient = False
        self._attdefs = None
        self._entity_names = []
        self._entity_depth = -1
        self._refpos = None

    # -- public API ---------------------------------------------------------

    def feed(self, data):
        """Feed encoded (bytes) or decoded (str) data to the parser."""
        if self._error is not None:
            raise self._error
        if isinstance(data, str):
            text = data
        elif isinstance(data, (bytes, bytearray, memoryview)):
            text = self._decode(bytes(data), False)
        else:
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(data).__name__)
        if self._finished:
            self._fail(36, self._buf, len(self._buf))
        self._push(text, False, True)
        if self._decode_failed:
            self._fail(4, self._buf, len(self._buf))

    def flush(self):
        if self._error is not None:
            raise self._error
        self._push("", False, False)

    def close(self):
        """Finish feeding data; returns the result of target.close()."""
        if self._error is not None:
            raise self._error
        if self._finished:
            self._fail(36, self._buf, len(self._buf))
        text = self._decode(b"", True) if (self._raw or self._decoder) else ""
        if self._decode_failed:
            self._push(text, False, False)
            self._fail(4, self._buf, len(self._buf))
        self._push(text, True, False)
        self._finished = True
        if self._h_close is not None:
            return self._h_close()
        return None

    def _setevents(self, events_queue, events_to_report):
        self._queue = events_queue
        self._ev_start = self._ev_end = False
        self._ev_start_ns = self._ev_end_ns = False
        self._ev_comment = self._ev_pi = False
        for event in events_to_report:
            if event == "start":
                self._ev_start = True
            elif event == "end":
                self._ev_end = True
            elif event == "start-ns":
                self._ev_start_ns = True
            elif event == "end-ns":
                self._ev_end_ns = True
            elif event == "comment":
                self._ev_comment = True
            elif event == "pi":
                self._ev_pi = True
            else:
                raise ValueError("unknown event %r" % (event,))

    # -- input decoding -----------------------------------------------------

    def _decode(self, data, final):
        if self._decoder is None:
            raw = self._raw + data
            encoding = self._detect_encoding(raw, final)
            if encoding is None:
                self._raw = raw
                if raw[:5] == b"<?xml":
                    # an incomplete XML declaration: report errors early
                    text = raw.decode("latin-1")
                    self._pi(text, 0, len(text), False, False, False)
                return ""
            self._raw = b""
            encoding, skip = encoding
            raw = raw[skip:]
            name = encoding.lower().replace("_", "-")
            if name in ("utf-8", "utf8"):
                self._decoder = self._decode_utf8
            else:
                import codecs
                self._decoder = codecs.getincrementaldecoder(encoding)().decode
            data = raw
        try:
            return self._decoder(data, final)
        except UnicodeDecodeError:
            self._decode_failed = True
            return ""

    def _decode_utf8(self, data, final):
        if self._pending:
            data = self._pending + data
            self._pending = b""
        if not final:
            size = len(data)
            k = size - 1
            while k >= 0 and k >= size - 3 and (data[k] & 0xC0) == 0x80:
                k -= 1
            if k >= 0:
                lead = data[k]
                if lead >= 0xF0:
                    need = 4
                elif lead >= 0xE0:
                    need = 3
                elif lead >= 0xC0:
                    need = 2
                else:
                    need = 1
                if need > size - k:
                    self._pending = data[k:]
                    data = data[:k]
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            self._decode_failed = True
            return data[:exc.start].decode("utf-8")

    def _detect_encoding(self, raw, final):
        if raw[:3] == b"\xef\xbb\xbf":
            return (self._encoding_override or "utf-8", 3)
        if raw[:2] == b"\xff\xfe":
            return (self._encoding_override or "utf-16-le", 2)
        if raw[:2] == b"\xfe\xff":
            return (self._encoding_override or "utf-16-be", 2)
        if self._encoding_override:
            return (self._encoding_override, 0)
        if raw[:2] == b"<\x00":
            return ("utf-16-le", 0)
        if raw[:2] == b"\x00<":
            return ("utf-16-be", 0)
        if not final and len(raw) < 5 and (b"<?xml".startswith(raw) or
                                           b"\xef\xbb\xbf".startswith(raw) or
                                           raw in (b"\xff", b"\xfe")):
            return None
        if raw[:5] == b"<?xml":
            end = raw.find(b"?>")
            if end < 0:
                if not final and len(raw) < 1024:
                    return None
                return ("utf-8", 0)
            m = _BYTES_DECL_RE.match(raw[:end].decode("latin-1"))
            if m is not None:
                return (m.group(1), 0)
        return ("utf-8", 0)

    # -- driving the scanners -------------------------------------------------

    def _push(self, text, final, defer):
        if self._had_before and defer:
            have = _utf8_len(self._buf) + _utf8_len(text) + len(self._raw)
            if have < 2 * self._had_before:
                self._buf += text
                return
        # The scanners work on small pieces of text: in ftpython, indexing
        # or slicing a long str can cost time proportional to its length.
        if len(text) <= _SEGMENT:
            self._buf += text
            self._run(final)
            return
        pieces = _split_text(text, _SEGMENT)
        count = len(pieces)
        waiting = []
        waiting_len = 0
        want = 0
        for idx in range(count):
            piece = pieces[idx]
            last = idx == count - 1
            waiting.append(piece)
            waiting_len += len(piece)
            if not last and len(self._buf) + waiting_len < want:
                continue
            self._buf += "".join(waiting)
            waiting = []
            waiting_len = 0
            before = len(self._buf)
            # text at the end of an inner piece is kept back so that data
            # arrives in expat-like runs
            self._more = not last
            try:
                self._run(final and last)
            finally:
                self._more = False
            # no progress: wait until the buffer has doubled before trying
            # again, so that a long token costs linear time
            want = 2 * before if len(self._buf) >= before else 0

    def _run(self, final):
        buf = self._buf
        if buf and self._state == _PROLOG_START and buf[0] == "\ufeff" \
                and self._line == 1 and self._col == 0:
            buf = buf[1:]
        try:
            i = self._parse(buf, final)
        except ParseError as exc:
            self._error = exc
            raise
        if i:
            self._advance(buf, i)
            self._buf = buf[i:]
            self._had_before = 0
        else:
            self._buf = buf
            self._had_before = _utf8_len(buf) + len(self._raw)

    def _advance(self, buf, i):
        text = buf[:i]
        nl = text.count("\n")
        cr = text.count("\r")
        if nl or cr:
            if nl and cr:
                self._line += nl + cr - text.count("\r\n")
            else:
                self._line += nl + cr
            self._col = len(text) - max(text.rfind("\n"), text.rfind("\r")) - 1
        else:
            self._col += len(text)

    def _where(self, buf, idx):
        text = buf[:idx]
        line = self._line
        col = self._col
        nl = text.count("\n")
        cr = text.count("\r")
        if nl or cr:
            if nl and cr:
                line += nl + cr - text.count("\r\n")
            else:
                line += nl + cr
            col = len(text) - max(text.rfind("\n"), text.rfind("\r")) - 1
        else:
            col += len(text)
        return line, col

    def _fail(self, code, buf, idx, message=None):
        if self._refpos is not None:
            line, col = self._refpos
        else:
            line, col = self._where(buf, idx)
        if message is None:
            message = _ERROR_MESSAGES.get(code, "error %d" % code)
        err = ParseError("%s: line %d, column %d" % (message, line, col))
        err.code = code
        err.position = (line, col)
        self._error = err
        raise err

    def _partial(self, buf, i, final):
        if final:
            self._fail(5, buf, i)
        return -1

    def _parse(self, buf, final):
        n = len(buf)
        i = 0
        while True:
            state = self._state
            if state == _CONTENT:
                i = self._content(buf, i, n, final)
            elif state == _CDATA:
                i = self._cdata(buf, i, n, final)
            elif state == _EPILOG:
                i = self._epilog(buf, i, n, final)
            else:
                i = self._prolog(buf, i, n, final)
            if self._state == state:
                break
        if final and i >= n:
            state = self._state
            if state < _CONTENT or (state == _CONTENT and self._stack):
                self._fail(3, buf, n)
        return i

    # -- callbacks ------------------------------------------------------------

    def _text(self, text):
        handler = self._h_data
        if handler is None:
            return
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if self._chunked and "\n" in text:
            parts = text.split("\n")
            last = len(parts) - 1
            for k in range(len(parts)):
                if parts[k]:
                    handler(parts[k])
                if k < last:
                    handler("\n")
        else:
            handler(text)

    def _comment_event(self, text):
        text = _normalize_newlines(text)
        result = None
        if self._h_comment is not None:
            result = self._h_comment(text)
        if self._ev_comment:
            self._queue.append(("comment", result))

    def _pi_event(self, target, data):
        data = _normalize_newlines(data)
        result = None
        if self._h_pi is not None:
            result = self._h_pi(target, data)
        if self._ev_pi:
            self._queue.append(("pi", result))

    # -- prolog / epilog --------------------------------------------------------
    #
    # Outside the root element the input is split into the same tokens expat
    # uses there (names, literals, '<!DOCTYPE', '[', ... ).  A token that
    # cannot be formed is "not well-formed"; a well-formed token in the wrong
    # place is a "syntax error" (prolog) or "junk after document element".

    def _skip_space(self, buf, i, n, final):
        j = _WS_RE.match(buf, i).end()
        if j == n and not final and buf[j - 1] == "\r":
            j -= 1
        return j

    def _ptoken_name(self, buf, i, n, final, regex, kind):
        m = regex.match(buf, i)
        name = m.group()
        j = m.end()
        if j >= n:
            if name[-1] == ":" and len(name) > 1:
                return self._partial_tok(buf, i, final)
            if not final and not self._eager:
                return None
            if kind == "NAME" and ":" in name and name != ":":
                kind = "BADNAME" if name[0] == ":" else "PNAME"
            return (kind, j, name)
        c = buf[j]
        if kind == "NAME" and ":" in name:
            if name[0] == ":" or name[-1] == ":":
                kind = "BADNAME"
            else:
                kind = "PNAME"
        if c in _NAME_DELIMS:
            return (kind, j, name)
        if c in "?*+" and (kind == "NAME" or kind == "PNAME"):
            return ("NAMEQ", j + 1, name)
        self._fail(4, buf, j)

    def _partial_tok(self, buf, i, final):
        if final:
            self._fail(5, buf, i)
        return None

    def _ptoken(self, buf, i, n, final):
        # returns (kind, end, value) or None when the token is incomplete
        c = buf[i]
        if c in _SPACES:
            j = self._skip_space(buf, i, n, final)
            if j == i:
                return None
            return ("S", j, None)
        if c == "<":
            if i + 1 >= n:
                return self._partial_tok(buf, i, final)
            c2 = buf[i + 1]
            if c2 == "?":
                return ("PI", i, None)
            if c2 == "!":
                if i + 2 >= n:
                    return self._partial_tok(buf, i, final)
                c3 = buf[i + 2]
                if c3 == "-":
                    if i + 3 >= n:
                        return self._partial_tok(buf, i, final)
                    if buf[i + 3] != "-":
                        self._fail(4, buf, i + 3)
                    return ("COMMENT", i, None)
                if c3 == "[":
                    return ("COND", i + 3, None)
                m = _DECL_NAME_RE.match(buf, i + 2)
                if m is None:
                    self._fail(4, buf, i + 2)
                j = m.end()
                if j >= n:
                    return self._partial_tok(buf, i, final)
                if buf[j] == "%":
                    if j + 1 >= n:
                        return self._partial_tok(buf, i, final)
                    if buf[j + 1] in _SPACES:
                        self._fail(4, buf, j)
                elif buf[j] not in _SPACES:
                    self._fail(4, buf, j)
                return ("DECL", j, m.group())
            if _NCNAME_START_RE.match(c2):
                return ("START", i, None)
            self._fail(4, buf, i + 1)
        if c == "\"" or c == "'":
            k = buf.find(c, i + 1)
            bad = _BAD_RE.search(buf, i + 1, n if k < 0 else k)
            if bad is not None:
                self._fail(4, buf, bad.start())
            if k < 0:
                return self._partial_tok(buf, i, final)
            j = k + 1
            if j < n and buf[j] not in _LITERAL_DELIMS:
                self._fail(4, buf, j)
            if j >= n and not final and not self._eager:
                return None
            return ("LIT", j, buf[i + 1:k])
        if c == "%":
            if i + 1 >= n:
                return self._partial_tok(buf, i, final)
            c2 = buf[i + 1]
            if c2 in _SPACES:
                return ("PCT", i + 1, None)
            m = _NAME_RE.match(buf, i + 1)
            if m is None:
                self._fail(4, buf, i + 1)
            colon = m.group().find(":")
            if colon >= 0:
                self._fail(4, buf, i + 1 + colon)
            j = m.end()
            if j >= n:
                return self._partial_tok(buf, i, final)
            if buf[j] != ";":
                self._fail(4, buf, j)
            return ("PEREF", j + 1, m.group())
        if c == "#":
            if i + 1 >= n:
                return self._partial_tok(buf, i, final)
            m = _NCNAME_RE.match(buf, i + 1)
            if m is None:
                self._fail(4, buf, i + 1)
            j = m.end()
            if j >= n:
                if not final and not self._eager:
                    return None
                return ("POUND", j, m.group())
            if buf[j] not in _POUND_DELIMS:
                self._fail(4, buf, j)
            return ("POUND", j, m.group())
        if c == ")":
            if i + 1 >= n:
                if not final and not self._eager:
                    return None
                return (")", i + 1, None)
            c2 = buf[i + 1]
            if c2 in "?*+":
                return (")" + c2, i + 2, None)
            if c2 in _SPACES or c2 in ">)|,":
                return (")", i + 1, None)
            self._fail(4, buf, i + 1)
        if c == "]":
            if i + 2 >= n and "]]>".startswith(buf[i:n]) and not final \
                    and not (self._eager and i + 1 == n):
                return None
            if buf.startswith("]]>", i):
                return ("]]>", i + 3, None)
            return (c, i + 1, None)
        if c in "[(|,>":
            return (c, i + 1, None)
        if _PNAME_START_RE.match(c):
            return self._ptoken_name(buf, i, n, final, _PNAME_RE, "NAME")
        if _NAME_CHAR_RE.match(c):
            return self._ptoken_name(buf, i, n, final, _PNAME_RE, "NMTOKEN")
        self._fail(4, buf, i)

    def _prolog(self, buf, i, n, final):
        while i < n:
            tok = self._ptoken(buf, i, n, final)
            if tok is None:
                return i
            kind, end, value = tok
            pstate = self._pstate
            if kind == "S":
                i = end
                self._state = _PROLOG
                continue
            if kind == "PI" or kind == "COMMENT":
                if pstate != "prolog" and pstate != "subset":
                    if kind == "PI":
                        r = self._pi(buf, i, n, final, False, False)
                    else:
                        r = self._comment(buf, i, n, final, False)
                    if r < 0:
                        return i
                    self._fail(2, buf, i)
                if kind == "PI":
                    at_start = (self._state == _PROLOG_START and i == 0 and
                                self._line == 1 and self._col == 0)
                    r = self._pi(buf, i, n, final, at_start)
                else:
                    r = self._comment(buf, i, n, final)
                if r < 0:
                    return i
                i = r
                self._state = _PROLOG
                continue
            self._state = _PROLOG
            if pstate == "prolog":
                if kind == "START":
                    self._state = _CONTENT
                    return i
                if kind == "DECL" and value == "DOCTYPE" and \
                        not self._seen_doctype:
                    self._pstate = "doctype0"
                    self._seen_doctype = True
                elif kind == "PEREF":
                    self._fail(10, buf, i)
                else:
                    self._fail(2, buf, i)
            else:
                self._dtd_step(buf, i, kind, value)
            i = end
        return i

    def _epilog(self, buf, i, n, final):
        # after the root element, tokens that could still grow (names,
        # literals) are judged at once, as expat does
        self._eager = True
        try:
            return self._epilog_tokens(buf, i, n, final)
        finally:
            self._eager = False

    def _epilog_tokens(self, buf, i, n, final):
        while i < n:
            tok = self._ptoken(buf, i, n, final)
            if tok is None:
                return i
            kind, end, value = tok
            if kind == "S":
                i = end
                continue
            if kind == "PI":
                r = self._pi(buf, i, n, final, False)
            elif kind == "COMMENT":
                r = self._comment(buf, i, n, final)
            else:
                self._fail(9, buf, i)
            if r < 0:
                return i
            i = r
        return i

    def _bang_prefix(self, buf, i, n, final, templates):
        # '<!' followed by something that is not (yet) a known construct
        best = i + 2
        for t in templates:
            k = 0
            while k < len(t) and i + k < n and buf[i + k] == t[k]:
                k += 1
            if i + k >= n and k < len(t):
                return self._partial(buf, i, final)
            if i + k > best:
                best = i + k
        self._fail(4, buf, best)

    # -- the DOCTYPE declaration -------------------------------------------------

    def _dtd_step(self, buf, i, kind, value):
        # one token of the DOCTYPE declaration / internal subset grammar
        st = self._pstate
        d = self._decl
        nxt = None
        if kind == "PEREF":
            if st != "subset":
                self._fail(10, buf, i)
            # the parameter entity is not read: later declarations are
            # not processed, and undefined entities become acceptable
            self._lenient = True
            self._dtd_keep = False
            return
        if kind == "PNAME" and st in _PNAME_OK:
            kind = "NAME"
        if st == "doctype0":
            if kind == "NAME":
                self._decl = d = {"name": value, "pub": None, "sys": None}
                nxt = "doctype1"
        elif st == "doctype1" or st == "doctype4":
            if kind == "[" or kind == ">":
                if d["sys"] is not None:
                    self._lenient = True
                if self._h_doctype is not None:
                    self._h_doctype(d["name"], d["pub"], d["sys"])
                nxt = "subset" if kind == "[" else "prolog"
            elif st == "doctype1" and kind == "NAME":
                if value == "SYSTEM":
                    nxt = "doctype_sys"
                elif value == "PUBLIC":
                    nxt = "doctype_pub"
        elif st == "doctype_pub":
            if kind == "LIT":
                self._check_pubid(value, buf, i)
                d["pub"] = " ".join(value.split())
                nxt = "doctype_sys"
        elif st == "doctype_sys":
            if kind == "LIT":
                d["sys"] = value
                nxt = "doctype4"
        elif st == "doctype5":
            if kind == ">":
                nxt = "prolog"
        elif st == "subset":
            if kind == "]":
                nxt = "doctype5"
            elif kind == "DECL":
                self._decl = {"kind": value, "pos": i}
                nxt = _DECL_START.get(value)
        elif st == "close":
            if kind == ">":
                nxt = "subset"
        elif st.startswith("ent"):
            nxt = self._dtd_entity(st, kind, value, buf, i)
        elif st.startswith("att"):
            nxt = self._dtd_attlist(st, kind, value, buf, i)
        elif st.startswith("el"):
            nxt = self._dtd_element(st, kind, value)
        elif st.startswith("not"):
            if st == "not0" and kind == "NAME":
                nxt = "not1"
            elif st == "not1" and kind == "NAME" and value == "SYSTEM":
                nxt = "not_sys"
            elif st == "not1" and kind == "NAME" and value == "PUBLIC":
                nxt = "not_pub"
            elif st == "not_sys" and kind == "LIT":
                nxt = "close"
            elif st == "not_pub" and kind == "LIT":
                self._check_pubid(value, buf, i)
                nxt = "not_pub2"
            elif st == "not_pub2":
                if kind == "LIT":
                    nxt = "close"
                elif kind == ">":
                    nxt = "subset"
        if nxt is None:
            self._fail(2, buf, i)
        self._pstate = nxt

    def _dtd_entity(self, st, kind, value, buf, i):
        d = self._decl
        if st == "ent0":
            if kind == "PCT":
                d["pe"] = True
                return "ent_pe0"
            if kind == "NAME":
                d["name"] = value
                return "ent1"
        elif st == "ent1" or st == "ent_pe1":
            if kind == "LIT":
                d["value"] = self._entity_value(value, buf, i)
                return "ent_close"
            if kind == "NAME" and value == "SYSTEM":
                return "ent_sys"
            if kind == "NAME" and value == "PUBLIC":
                return "ent_pub"
        elif st == "ent_pe0":
            if kind == "NAME":
                d["name"] = value
                return "ent_pe1"
        elif st == "ent_pub":
            if kind == "LIT":
                self._check_pubid(value, buf, i)
                return "ent_sys"
        elif st == "ent_sys":
            if kind == "LIT":
                d["external"] = True
                return "ent_ext"
        elif st == "ent_ext":
            if kind == ">":
                self._store_entity()
                return "subset"
            if kind == "NAME" and value == "NDATA" and not d.get("pe"):
                return "ent_ndata"
        elif st == "ent_ndata":
            if kind == "NAME":
                d["unparsed"] = True
                return "ent_close"
        elif st == "ent_close":
            if kind == ">":
                self._store_entity()
                return "subset"
        return None

    def _check_pubid(self, value, buf, pos):
        bad = _PUBID_BAD_RE.search(value)
        if bad is not None:
            self._fail(32, buf, pos + 1 + bad.start())

    def _entity_value(self, raw, buf, pos):
        # pos is the index of the opening quote
        base = pos + 1
        size = len(raw)
        k = 0
        while True:
            a = raw.find("&", k)
            p = raw.find("%", k)
            if a < 0 and p < 0:
                break
            if p >= 0 and (a < 0 or p < a):
                m = _NCNAME_RE.match(raw, p + 1)
                if m is None:
                    self._fail(4, buf, base + (p + 1 if p + 1 < size else p))
                e = m.end()
                if e >= size:
                    self._fail(4, buf, base + p)
                if raw[e] != ";":
                    self._fail(4, buf, base + e)
                self._fail(10, buf, base + p)
            e = self._ref_syntax(raw, a, size, base, buf)
            if e < 0:
                self._fail(4, buf, base + a)
            k = e
        value = _normalize_newlines(raw)
        if "&#" in value:
            def repl(m):
                d, x = m.group(1), m.group(2)
                cp = int(d) if d is not None else int(x, 16)
                if not _valid_char(cp):
                    self._fail(14, buf, base + raw.find(m.group()))
                return chr(cp)
            value = _CHARREF_RE.sub(repl, value)
        return value

    def _store_entity(self):
        d = self._decl
        if d.get("pe") or not self._dtd_keep:
            return
        name = d["name"]
        if name in self._entities:
            return
        if d.get("unparsed"):
            self._entities[name] = (None, 2)
        elif d.get("external"):
            self._entities[name] = (None, 1)
        else:
            self._entities[name] = (d["value"], 0)

    def _dtd_attlist(self, st, kind, value, buf, i):
        d = self._decl
        if st == "att0":
            if kind == "NAME":
                d["element"] = value
                return "att1"
        elif st == "att1":
            if kind == ">":
                return "subset"
            if kind == "NAME":
                d["attr"] = value
                return "att2"
        elif st == "att2":
            if kind == "NAME":
                if value in _ATT_TYPES:
                    d["cdata"] = value == "CDATA"
                    return "att8"
                if value == "NOTATION":
                    d["cdata"] = False
                    return "att5"
            elif kind == "(":
                d["cdata"] = False
                return "att3"
        elif st == "att3" or st == "att6":
            if kind == "NAME" or (st == "att3" and
                                  (kind == "NMTOKEN" or kind == "BADNAME")):
                return "att4" if st == "att3" else "att7"
        elif st == "att4" or st == "att7":
            if kind == ")":
                return "att8"
            if kind == "|":
                return "att3" if st == "att4" else "att6"
        elif st == "att5":
            if kind == "(":
                return "att6"
        elif st == "att8":
            if kind == "POUND":
                if value == "IMPLIED" or value == "REQUIRED":
                    self._store_attdef(None, buf, i)
                    return "att1"
                if value == "FIXED":
                    return "att9"
            elif kind == "LIT":
                self._store_attdef(value, buf, i)
                return "att1"
        elif st == "att9":
            if kind == "LIT":
                self._store_attdef(value, buf, i)
                return "att1"
        return None

    def _store_attdef(self, default, buf, pos):
        d = self._decl
        if not self._dtd_keep:
            return
        if self._attdefs is None:
            self._attdefs = {}
        defs = self._attdefs.setdefault(d["element"], [])
        name = d["attr"]
        for old in defs:
            if old[0] == name:
                return
        if default is not None:
            size = len(default)
            k = 0
            while True:
                lt = default.find("<", k)
                a = default.find("&", k)
                if lt >= 0 and (a < 0 or lt < a):
                    self._fail(4, buf, pos + 1 + lt)
                if a < 0:
                    break
                k = self._ref_syntax(default, a, size, pos + 1, buf)
                if k < 0:
                    self._fail(4, buf, pos + 1 + a)
            default = self._attr_value(default, buf, pos + 1, pos)
            if not d["cdata"]:
                default = " ".join(p for p in default.split(" ") if p)
        defs.append((name, d["cdata"], default))

    def _dtd_element(self, st, kind, value):
        d = self._decl
        if st == "el0":
            if kind == "NAME":
                return "el1"
        elif st == "el1":
            if kind == "NAME" and (value == "EMPTY" or value == "ANY"):
                return "close"
            if kind == "(":
                d["depth"] = 1
                return "el2"
        elif st == "el2":
            if kind == "POUND" and value == "PCDATA":
                return "el3"
            if kind == "(":
                d["depth"] += 1
                return "el6"
            if kind == "NAME" or kind == "NAMEQ":
                return "el7"
        elif st == "el3":
            if kind == ")" or kind == ")*":
                return "close"
            if kind == "|":
                return "el4"
        elif st == "el4":
            if kind == "NAME":
                return "el5"
        elif st == "el5":
            if kind == ")*":
                return "close"
            if kind == "|":
                return "el4"
        elif st == "el6":
            if kind == "(":
                d["depth"] += 1
                return "el6"
            if kind == "NAME" or kind == "NAMEQ":
                return "el7"
        elif st == "el7":
            if kind in (")", ")?", ")*", ")+"):
                d["depth"] -= 1
                return "close" if d["depth"] == 0 else "el7"
            if kind == "," or kind == "|":
                return "el6"
        return None

    # -- markup shared by all states --------------------------------------------

    def _pi(self, buf, i, n, final, decl_ok, emit=True):
        j = i + 2
        m = _NAME_RE.match(buf, j)
        if m is None:
            if j >= n:
                return self._partial(buf, i, final)
            self._fail(4, buf, j)
        target = m.group()
        k = target.find(":")
        if k >= 0:
            self._fail(4, buf, j + k)
        j = m.end()
        if j >= n:
            return self._partial(buf, i, final)
        c = buf[j]
        if c == "?":
            if j + 1 >= n:
                return self._partial(buf, i, final)
            if buf[j + 1] != ">":
                self._fail(4, buf, j + 1)
            data = ""
            end = j + 2
        elif c in _SPACES:
            k = buf.find("?>", j)
            bad = _BAD_RE.search(buf, j, n if k < 0 else k)
            if bad is not None:
                self._fail(4, buf, bad.start())
            if k < 0:
                return self._partial(buf, i, final)
            data = buf[j:k].lstrip(_SPACES)
            end = k + 2
        else:
            self._fail(4, buf, j)
        if not emit:
            return end
        if target.lower() == "xml":
            if target != "xml":
                self._fail(4, buf, j)
            if decl_ok:
                self._xml_decl(buf, i + 5, end - 2)
                return end
            if self._state == _EPILOG:
                self._fail(9, buf, i)
            self._fail(17, buf, i)
        self._pi_event(target, data)
        return end

    def _decl_attr(self, buf, pos, end):
        # one pseudo-attribute of the XML declaration:
        # returns (name, name_pos, value, value_pos, next_pos) or None at end
        if pos >= end:
            return None
        if buf[pos] not in _SPACES:
            self._fail(30, buf, pos)
        while pos < end and buf[pos] in _SPACES:
            pos += 1
        if pos >= end:
            return None
        nstart = pos
        while True:
            if pos >= end or not buf[pos].isascii():
                self._fail(30, buf, pos)
            c = buf[pos]
            if c == "=":
                nend = pos
                break
            if c in _SPACES:
                nend = pos
                while pos < end and buf[pos] in _SPACES:
                    pos += 1
                if pos >= end or buf[pos] != "=":
                    self._fail(30, buf, pos)
                break
            pos += 1
        if nend == nstart:
            self._fail(30, buf, pos)
        pos += 1
        while pos < end and buf[pos] in _SPACES:
            pos += 1
        if pos >= end or buf[pos] not in "\"'":
            self._fail(30, buf, pos)
        quote = buf[pos]
        pos += 1
        vstart = pos
        while True:
            if pos >= end:
                self._fail(30, buf, pos)
            c = buf[pos]
            if c == quote:
                break
            if not (c.isascii() and (c.isalnum() or c in "._-")):
                self._fail(30, buf, pos)
            pos += 1
        return (buf[nstart:nend], nstart, buf[vstart:pos], vstart, pos + 1)

    def _xml_decl(self, buf, pos, end):
        # buf[pos:end] is what lies between '<?xml' and '?>'
        attr = self._decl_attr(buf, pos, end)
        if attr is None or attr[0] != "version":
            self._fail(30, buf, attr[1] if attr else end)
        attr = self._decl_attr(buf, attr[4], end)
        if attr is not None and attr[0] == "encoding":
            if not attr[2][:1].isalpha():
                self._fail(30, buf, attr[3])
            attr = self._decl_attr(buf, attr[4], end)
        if attr is not None and attr[0] == "standalone":
            if attr[2] not in ("yes", "no"):
                self._fail(30, buf, attr[3])
            attr = self._decl_attr(buf, attr[4], end)
        if attr is not None:
            self._fail(30, buf, attr[1])

    def _comment(self, buf, i, n, final, emit=True):
        j = i + 4
        k = buf.find("--", j)
        if k < 0 or k + 2 >= n:
            bad = _BAD_RE.search(buf, j, n)
            if bad is not None:
                self._fail(4, buf, bad.start())
            return self._partial(buf, i, final)
        bad = _BAD_RE.search(buf, j, k)
        if bad is not None:
            self._fail(4, buf, bad.start())
        if buf[k + 2] != ">":
            self._fail(4, buf, k + 2)
        if emit:
            self._comment_event(buf[j:k])
        return k + 3

    # -- element content ----------------------------------------------------------

    def _content(self, buf, i, n, final):
        find = buf.find
        while i < n:
            c = buf[i]
            if c == "<":
                if i + 1 >= n:
                    self._partial(buf, i, final)
                    return i
                c2 = buf[i + 1]
                if c2 == "/":
                    m = _END_TAG_RE.match(buf, i)
                    if m is None:
                        end = self._end_tag_slow(buf, i, n, final)
                        if end < 0:
                            return i
                        name = buf[i + 2:end].rstrip(_SPACES + ">")
                    else:
                        name = m.group(1)
                        end = m.end()
                    stack = self._stack
                    if len(stack) <= self._entity_depth:
                        self._fail(13, buf, i)
                    if not stack or stack[-1][0] != name:
                        self._fail(7, buf, i + 2)
                    self._end_element()
                    i = end
                    if not stack:
                        self._state = _EPILOG
                        return i
                elif c2 == "!":
                    if buf.startswith("<!--", i):
                        r = self._comment(buf, i, n, final)
                        if r < 0:
                            return i
                        i = r
                    elif buf.startswith("<![CDATA[", i):
                        self._state = _CDATA
                        return i + 9
                    elif buf.startswith("<![", i) and n - i < 9:
                        self._partial(buf, i, final)
                        return i
                    else:
                        self._bang_prefix(buf, i, n, final,
                                          ("<!--", "<![CDATA["))
                        return i
                elif c2 == "?":
                    r = self._pi(buf, i, n, final, False)
                    if r < 0:
                        return i
                    i = r
                else:
                    r = self._start_tag(buf, i, n, final)
                    if r < 0:
                        return i
                    i = r
                    if not self._stack:
                        self._state = _EPILOG
                        return i
            elif c == "&":
                r = self._reference(buf, i, n, final)
                if r < 0:
                    return i
                i = r
            else:
                j = find("<", i)
                if j < 0:
                    j = n
                k = find("&", i, j)
                if k >= 0:
                    j = k
                if j == n and not final:
                    if self._more and self._chunked:
                        return i
                    last = buf[j - 1]
                    if last == "\r" or last == "]":
                        j -= 1
                        if last == "]" and j > i and buf[j - 1] == "]":
                            j -= 1
                        if j == i:
                            return i
                text = buf[i:j]
                bad = _BAD_RE.search(text)
                p = text.find("]]>")
                if bad is not None or p >= 0:
                    e1 = bad.start() if bad is not None else len(text)
                    e2 = p + 2 if p >= 0 else len(text)
                    self._fail(4, buf, i + min(e1, e2))
                if self._h_data is not None:
                    self._text(text)
                i = j
        return i

    def _cdata(self, buf, i, n, final):
        k = buf.find("]]>", i)
        end = n if k < 0 else k
        bad = _BAD_RE.search(buf, i, end)
        if bad is not None:
            self._fail(4, buf, bad.start())
        if k < 0:
            if final:
                self._fail(20, buf, n)
            if self._more and self._chunked:
                return i
            j = n
            if j > i:
                last = buf[j - 1]
                if last == "\r" or last == "]":
                    j -= 1
                    if last == "]" and j > i and buf[j - 1] == "]":
                        j -= 1
            if j > i:
                self._cdata_text(buf[i:j], False)
            return j
        if k > i:
            self._cdata_text(buf[i:k], True)
        self._state = _CONTENT
        return k + 3

    def _cdata_text(self, text, closed):
        handler = self._h_data
        if handler is None:
            return
        if not self._chunked:
            handler(_normalize_newlines(text))
            return
        # expat reports CDATA content piecewise: runs, lone ']', newlines
        pieces = _CDATA_PIECE_RE.findall(text + "]" if closed else text)
        if closed:
            pieces.pop()
        for piece in pieces:
            if piece[0] == "\r" or piece[0] == "\n":
                handler("\n")
            else:
                handler(piece)

    def _reference(self, buf, i, n, final):
        j = i + 1
        if j >= n:
            return self._partial(buf, i, final)
        if buf[j] == "#":
            m = _CHARREF_RE.match(buf, i)
            if m is None:
                k = j + 1
                digits = _DEC_DIGITS
                if k < n and buf[k] == "x":
                    k += 1
                    digits = _HEX_DIGITS
                while k < n and buf[k] in digits:
                    k += 1
                if k >= n:
                    return self._partial(buf, i, final)
                self._fail(4, buf, k)
            d, x = m.group(1), m.group(2)
            cp = int(d) if d is not None else int(x, 16)
            if not _valid_char(cp):
                self._fail(14, buf, i)
            if self._h_data is not None:
                self._h_data(chr(cp))
            return m.end()
        m = _NAME_RE.match(buf, j)
        if m is None:
            self._fail(4, buf, j)
        name = m.group()
        k = name.find(":")
        if k >= 0:
            self._fail(4, buf, j + k)
        k = m.end()
        if k >= n:
            return self._partial(buf, i, final)
        if buf[k] != ";":
            self._fail(4, buf, k)
        value = _PREDEFINED.get(name)
        if value is not None:
            if self._h_data is not None:
                self._h_data(value)
        else:
            self._entity_ref(buf, name, i)
        return k + 1

    def _entity_ref(self, buf, name, pos):
        entity = self._entities.get(name)
        if entity is None or entity[1] != 0:
            if entity is not None and entity[1] == 2:
                self._fail(15, buf, pos)
            if entity is None and not self._lenient:
                self._fail(11, buf, pos)
            value = self.entity.get(name)
            if value is None:
                self._fail(11, buf, pos, "undefined entity &%s;" % name)
            if self._h_data is not None:
                self._h_data(value)
            return
        value = entity[0]
        if name in self._entity_names:
            self._fail(12, buf, pos)
        if "<" not in value and "&" not in value and "]]>" not in value \
                and _BAD_RE.search(value) is None:
            if value and self._h_data is not None:
                if self._chunked and value[-1] == "]":
                    # expat hands over trailing ']' characters separately
                    k = len(value) - (2 if value[-2:] == "]]" else 1)
                    if k:
                        self._text(value[:k])
                    self._h_data(value[k:])
                else:
                    self._text(value)
            return
        outer_pos = self._refpos
        outer_depth = self._entity_depth
        if outer_pos is None:
            self._refpos = self._where(buf, pos)
        self._entity_names.append(name)
        depth = len(self._stack)
        self._entity_depth = depth
        try:
            i = 0
            size = len(value)
            while True:
                state = self._state
                if state == _CDATA:
                    i = self._cdata(value, i, size, True)
                else:
                    i = self._content(value, i, size, True)
                if self._state == state:
                    break
            if len(self._stack) != depth or self._state != _CONTENT:
                self._fail(13, buf, pos)
        finally:
            self._entity_names.pop()
            self._refpos = outer_pos
            self._entity_depth = outer_depth

    # -- tags ------------------------------------------------------------------------

    def _start_tag(self, buf, i, n, final):
        m = _START_TAG_RE.match(buf, i)
        if m is not None:
            name = m.group(1)
            astr = m.group(2)
            attrs = None
            ok = True
            if astr:
                attrs = {}
                if _BAD_RE.search(astr) is not None:
                    ok = False
                else:
                    for an, av in _ATTR_RE.findall(astr):
                        av = av[1:-1]
                        if "&" in av:
                            av = self._attr_value(av, None, 0, i)
                            if av is None:
                                ok = False
                                break
                        elif "\t" in av or "\n" in av or "\r" in av:
                            av = _ATTR_WS_RE.sub(" ", av)
                        if an in attrs:
                            ok = False
                            break
                        attrs[an] = av
            if ok:
                self._start_element(buf, i, name, attrs, m.group(3) == "/")
                return m.end()
        result = self._start_tag_slow(buf, i, n, final)
        if result is None:
            return -1
        name, attrs, empty, end = result
        self._start_element(buf, i, name, attrs, empty)
        return end

    def _check_name(self, buf, m):
        # a colon must be single and followed by a name-start character
        name = m.group()
        k = name.find(":")
        if k >= 0:
            if k + 1 >= len(name):
                if m.end() >= len(buf):
                    return name     # may go on in the next piece of data
                self._fail(4, buf, m.end())
            if name[k + 1] == ":" or not _NCNAME_START_RE.match(name[k + 1]):
                self._fail(4, buf, m.start() + k + 1)
            k2 = name.find(":", k + 1)
            if k2 >= 0:
                self._fail(4, buf, m.start() + k2)
        return name

    def _start_tag_slow(self, buf, i, n, final):
        # Character-level scan of a start tag that the fast expression did not
        # accept: finds the precise error (or that the tag is incomplete).
        j = i + 1
        m = _NAME_RE.match(buf, j)
        if m is None:
            if j >= n:
                self._partial(buf, i, final)
                return None
            self._fail(4, buf, j)
        name = self._check_name(buf, m)
        if m.end() >= n:
            self._partial(buf, i, final)
            return None
        j = m.end()
        raw = []
        while True:
            if j >= n:
                self._partial(buf, i, final)
                return None
            c = buf[j]
            if c == ">":
                empty = False
                end = j + 1
                break
            if c == "/":
                if j + 1 >= n:
                    self._partial(buf, i, final)
                    return None
                if buf[j + 1] != ">":
                    self._fail(4, buf, j + 1)
                empty = True
                end = j + 2
                break
            if c not in _SPACES:
                self._fail(4, buf, j)
            j = _WS_RE.match(buf, j).end()
            if j >= n:
                self._partial(buf, i, final)
                return None
            c = buf[j]
            if c == ">" or c == "/":
                continue
            m = _NAME_RE.match(buf, j)
            if m is None:
                self._fail(4, buf, j)
            an = self._check_name(buf, m)
            if m.end() >= n:
                self._partial(buf, i, final)
                return None
            apos = j
            j = m.end()
            if buf[j] in _SPACES:
                j = _WS_RE.match(buf, j).end()
                if j >= n:
                    self._partial(buf, i, final)
                    return None
            if buf[j] != "=":
                self._fail(4, buf, j)
            j += 1
            if j >= n:
                self._partial(buf, i, final)
                return None
            if buf[j] in _SPACES:
                j = _WS_RE.match(buf, j).end()
                if j >= n:
                    self._partial(buf, i, final)
                    return None
            quote = buf[j]
            if quote != "\"" and quote != "'":
                self._fail(4, buf, j)
            vstart = j + 1
            j = vstart
            while True:
                if j >= n:
                    self._partial(buf, i, final)
                    return None
                c = buf[j]
                if c == quote:
                    break
                if c == "<" or _BAD_RE.match(c):
                    self._fail(4, buf, j)
                if c == "&":
                    j = self._ref_syntax(buf, j, n)
                    if j < 0:
                        self._partial(buf, i, final)
                        return None
                else:
                    j += 1
            raw.append((an, apos, vstart, j))
            j += 1
            if j >= n:
                self._partial(buf, i, final)
                return None
            c = buf[j]
            if c not in _SPACES and c != "/" and c != ">":
                self._fail(4, buf, j)
        attrs = {}
        for an, apos, vstart, vend in raw:
            if an in attrs:
                self._fail(8, buf, apos)
            attrs[an] = None
        for an, apos, vstart, vend in raw:
            attrs[an] = self._attr_value(buf[vstart:vend], buf, vstart, i)
        return name, attrs, empty, end

    def _ref_syntax(self, text, j, n, base=None, buf=None):
        # checks the reference starting at text[j] == '&'; returns the index
        # after it, -1 when incomplete; fails on bad syntax.  Positions in
        # text are reported as base + index (base None: text is the buffer)
        def bad(k):
            if base is None:
                self._fail(4, text, k)
            self._fail(4, buf, base + k)
        k = j + 1
        if k >= n:
            return -1
        if text[k] == "#":
            k += 1
            digits = _DEC_DIGITS
            if k < n and text[k] == "x":
                k += 1
                digits = _HEX_DIGITS
            start = k
            while k < n and text[k] in digits:
                k += 1
            if k >= n:
                return -1
            if k == start or text[k] != ";":
                bad(k)
            return k + 1
        m = _NAME_RE.match(text, k)
        if m is None:
            bad(k)
        colon = m.group().find(":")
        if colon >= 0:
            bad(k + colon)
        k = m.end()
        if k >= n:
            return -1
        if text[k] != ";":
            bad(k)
        return k + 1

    def _attr_value(self, raw, buf, base, tagpos):
        # Normalizes an attribute value and expands its references.  With
        # buf None, returns None instead of failing (fast path).
        if "\t" in raw or "\n" in raw or "\r" in raw:
            raw = _ATTR_WS_RE.sub(" ", raw)
        if "&" not in raw:
            return raw
        out = []
        k = 0
        size = len(raw)
        while True:
            a = raw.find("&", k)
            if a < 0:
                out.append(raw[k:])
                break
            out.append(raw[k:a])
            b = raw.find(";", a)
            if b < 0:
                if buf is None:
                    return None
                self._fail(4, buf, base + size)
            ref = raw[a + 1:b]
            if ref[:1] == "#":
                m = _CHARREF_RE.match(raw, a)
                if m is None or m.end() != b + 1:
                    if buf is None:
                        return None
                    self._fail(4, buf, base + a)
                d, x = m.group(1), m.group(2)
                cp = int(d) if d is not None else int(x, 16)
                if not _valid_char(cp):
                    if buf is None:
                        return None
                    self._fail(14, buf, base + a)
                out.append(chr(cp))
            else:
                m = _NAME_RE.match(raw, a + 1)
                if m is None or m.end() != b:
                    if buf is None:
                        return None
                    self._fail(4, buf, base + (m.end() if m else a + 1))
                value = _PREDEFINED.get(ref)
                if value is None:
                    value = self._attr_entity(ref, buf, base + a, tagpos)
                    if value is None:
                        return None
                out.append(value)
            k = b + 1
        return "".join(out)

    def _attr_entity(self, name, buf, pos, tagpos):
        entity = self._entities.get(name)
        if entity is None:
            if self._lenient:
                return ""
            if buf is None:
                return None
            self._fail(11, buf, tagpos)
        if entity[1] != 0:
            if buf is None:
                return None
            self._fail(16, buf, pos)
        if name in self._entity_names:
            if buf is None:
                return None
            self._fail(12, buf, pos)
        value = entity[0]
        if "<" in value:
            if buf is None:
                return None
            self._fail(4, buf, tagpos)
        if "&" not in value:
            return _ATTR_WS_RE.sub(" ", value)
        self._entity_names.append(name)
        try:
            return self._attr_value(value, buf, pos, tagpos)
        finally:
            self._entity_names.pop()

    def _end_tag_slow(self, buf, i, n, final):
        # returns the index after the end tag, -1 if incomplete
        j = i + 2
        m = _NAME_RE.match(buf, j)
        if m is None:
            if j >= n:
                return self._partial(buf, i, final)
            self._fail(4, buf, j)
        j = m.end()
        if j >= n:
            return self._partial(buf, i, final)
        if buf[j] in _SPACES:
            j = _WS_RE.match(buf, j).end()
            if j >= n:
                return self._partial(buf, i, final)
        if buf[j] != ">":
            self._fail(4, buf, j)
        return j + 1

    def _start_element(self, buf, pos, name, attrs, empty):
        if self._attdefs is not None:
            attrs = self._apply_defaults(name, attrs)
        ns = self._ns
        saved = None
        if attrs:
            for an in attrs:
                if an[:5] == "xmlns" and (len(an) == 5 or an[5] == ":"):
                    saved = self._declare(buf, pos, attrs)
                    break
        k = name.find(":")
        if k < 0:
            uri = ns.get("")
            tag = "{" + uri + "}" + name if uri else name
        else:
            uri = ns.get(name[:k])
            if not uri:
                self._fail(27, buf, pos)
            tag = "{" + uri + "}" + name[k + 1:]
        if attrs:
            if saved is not None or any(":" in an for an in attrs):
                attrib = {}
                for an, av in attrs.items():
                    if an[:5] == "xmlns" and (len(an) == 5 or an[5] == ":"):
                        continue
                    k = an.find(":")
                    if k >= 0:
                        uri = ns.get(an[:k])
                        if not uri:
                            self._fail(27, buf, pos)
                        an = "{" + uri + "}" + an[k + 1:]
                        if an in attrib:
                            self._fail(8, buf, pos)
                    attrib[an] = av
            else:
                attrib = attrs
        else:
            attrib = {}
        if saved:
            handler = self._h_start_ns
            for prefix, old in saved:
                uri = ns[prefix]
                if self._ev_start_ns:
                    self._queue.append(("start-ns", (prefix, uri)))
                if handler is not None:
                    handler(prefix, uri)
        handler = self._h_start
        result = handler(tag, attrib) if handler is not None else None
        if self._ev_start:
            self._queue.append(("start", result))
        self._stack.append((name, tag, saved))
        if empty:
            self._end_element()

    def _declare(self, buf, pos, attrs):
        ns = self._ns
        saved = []
        for an, av in attrs.items():
            if an[:5] != "xmlns":
                continue
            if len(an) == 5:
                prefix = ""
            elif an[5] == ":":
                prefix = an[6:]
            else:
                continue
            if prefix == "xmlns":
                self._fail(39, buf, pos)
            if prefix == "xml":
                if av != _XML_NS:
                    self._fail(38, buf, pos)
                continue
            if av == _XML_NS or av == _XMLNS_NS:
                self._fail(40, buf, pos)
            if prefix and not av:
                self._fail(28, buf, pos)
            saved.append((prefix, ns.get(prefix)))
            ns[prefix] = av
        return saved

    def _apply_defaults(self, name, attrs):
        defs = self._attdefs.get(name)
        if not defs:
            return attrs
        attrs = dict(attrs) if attrs else {}
        for an, is_cdata, default in defs:
            if an in attrs:
                if not is_cdata:
                    attrs[an] = " ".join(p for p in attrs[an].split(" ") if p)
            elif default is not None:
                attrs[an] = default
        return attrs

    def _end_element(self):
        name, tag, saved = self._stack.pop()
        handler = self._h_end
        result = handler(tag) if handler is not None else None
        if self._ev_end:
            self._queue.append(("end", result))
        if saved:
            ns = self._ns
            handler = self._h_end_ns
            for prefix, old in reversed(saved):
                if handler is not None:
                    handler(prefix)
                if self._ev_end_ns:
                    self._queue.append(("end-ns", None))
                if old is None:
                    del ns[prefix]
                else:
                    ns[prefix] = old


# ---------------------------------------------------------------------------
# Canonicalization (C14N 2.0) is not provided by this implementation.


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    """Not supported here: raises NotImplementedError."""
    raise NotImplementedError("canonicalize() (C14N 2.0) is not supported "
                              "by this implementation")


class C14NWriterTarget:
    """Not supported here: raises NotImplementedError."""

    def __init__(self, write, **options):
        raise NotImplementedError("C14NWriterTarget (C14N 2.0) is not "
                                  "supported by this implementation")
