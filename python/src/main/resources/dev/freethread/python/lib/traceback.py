# SPDX-License-Identifier: Apache-2.0
# traceback for ftpython: the text of an exception's traceback as the interpreter prints it (format_exc,
# print_exc, format_exception, print_exception, format_exception_only), and the functions over an exception's
# __traceback__ (walk_tb, extract_tb, format_tb, print_tb, format_list, FrameSummary, StackSummary). ftpython keeps
# no live frames, so extract_stack, walk_stack and TracebackException are not provided.

import sys
import _traceback

_MISSING = object()


def _exc(exc, value):
    if value is not _MISSING:
        exc = value
    if isinstance(exc, type):
        exc = exc()
    return exc


def _split(text):
    return [line + '\n' for line in text.rstrip('\n').split('\n')] if text else []


def format_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, chain=True):
    exc = _exc(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return _split(_traceback.format_exception(exc, chain))


def format_exception_only(exc, /, value=_MISSING, *, show_group=False):
    exc = _exc(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    if isinstance(exc, SyntaxError):
        lines = _syntax_error_lines(exc)
    else:
        lines = [_traceback.exception_line(exc) + '\n']
    return lines + _note_lines(exc)


def _note_lines(exc):
    """The exception's notes (PEP 678), each line of each note ended, as CPython appends them."""
    notes = getattr(exc, '__notes__', None)
    if notes is None:
        return []
    if isinstance(notes, (list, tuple)):
        out = []
        for note in notes:
            try:
                note = str(note) if not isinstance(note, str) else note
            except Exception:
                note = '<note str() failed>'
            out.extend(line + '\n' for line in note.split('\n'))
        return out
    try:
        return [repr(notes) + '\n']
    except Exception:
        return ['<__notes__ repr() failed>\n']


def _syntax_error_lines(exc):
    """A SyntaxError as CPython shows it: where, the source line, a caret, then 'SyntaxError: msg'."""
    cls = type(exc)
    name = cls.__qualname__
    if cls.__module__ not in ('__main__', 'builtins'):
        name = cls.__module__ + '.' + name
    lines = []
    if exc.lineno is not None:
        lines.append('  File "%s", line %d\n' % (exc.filename or '<string>', exc.lineno))
    text = exc.text
    if text is not None:
        rtext = text.rstrip('\n')
        ltext = rtext.lstrip(' \n\f')
        spaces = len(rtext) - len(ltext)
        lines.append('    %s\n' % ltext)
        if exc.offset is not None and exc.offset >= 1:
            offset = exc.offset
            end = getattr(exc, 'end_offset', None)
            if not end or end <= offset:
                end = offset + 1
            caret = max(0, offset - 1 - spaces)
            lines.append('    %s%s\n' % (' ' * caret, '^' * max(1, min(end - offset, len(ltext) - caret))))
    msg = exc.msg if exc.msg is not None else '<no detail available>'
    lines.append('%s: %s\n' % (name, msg))
    return lines


def print_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, file=None, chain=True):
    (file if file is not None else sys.stderr).write(''.join(format_exception(exc, value, tb, limit, chain)))


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line.strip()
    except (OSError, UnicodeDecodeError, ValueError):
        pass
    return ''


class FrameSummary:
    """One entry of a traceback: file, line number, function name and the source line (read when first asked);
    end_lineno, colno and end_colno (UTF-8 byte columns, as CPython's) when the place of what raised is known."""
    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals', 'end_lineno', 'colno', 'end_colno',
                 '_anchors', '_whole')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._anchors = None  # (line, col, line, col) of the carets' ^ part, from the traceback (ftpython's)
        self._whole = False  # the whole value of return f(...) or x = f(...): no carets
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _source_line(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        return format_list(self)


def walk_tb(tb):
    """(frame, line number) for each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    """(frame, (lineno, end_lineno, colno, end_colno), anchors, whole) for each entry, outermost first."""
    while tb is not None:
        span = tb._ft_span
        if span is None:
            yield tb.tb_frame, (tb.tb_lineno, None, None, None), None, False
        else:
            yield tb.tb_frame, span[:4], span[4], span[5]
        tb = tb.tb_next


def extract_tb(tb, limit=None):
    entries = []
    for f, (lineno, end_lineno, colno, end_colno), anchors, whole in _walk_tb_with_full_positions(tb):
        fs = FrameSummary(f.f_code.co_filename, lineno, f.f_code.co_name,
                          end_lineno=end_lineno, colno=colno, end_colno=end_colno)
        fs._anchors = anchors
        fs._whole = whole
        entries.append(fs)
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    return StackSummary(entries)


def _source_lines(filename, first, last):
    import linecache
    return [linecache.getline(filename, n).rstrip() for n in range(first, last + 1)]


def format_list(extracted_list):
    out = []
    for fs in StackSummary.from_list(extracted_list):
        row = '  File "{}", line {}, in {}\n'.format(fs.filename, fs.lineno, fs.name)
        if (fs.colno is not None and fs.end_colno is not None and fs.end_lineno is not None
                and fs.lineno is not None and fs.end_lineno >= fs.lineno):
            # the lines of what raised, with carets under it, as CPython 3.13's format_frame_summary
            row += _traceback.source_block(_source_lines(fs.filename, fs.lineno, fs.end_lineno), fs.lineno,
                                           fs.end_lineno, fs.colno, fs.end_colno, fs._anchors, fs._whole)
        elif fs.line:
            row += '    {}\n'.format(fs.line)
        out.append(row)
    return out


def walk_stack(f):
    """(frame, line number) from f (the caller's when None) out to the module's frame."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_stack(f=None, limit=None):
    """The stack from f (the caller's frame when None) as a StackSummary, outermost first."""
    if f is None:
        f = sys._getframe().f_back
    entries = [FrameSummary(fr.f_code.co_filename, lineno, fr.f_code.co_name) for fr, lineno in walk_stack(f)]
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    entries.reverse()
    return StackSummary(entries)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    (file if file is not None else sys.stderr).write(''.join(format_list(extract_stack(f, limit))))


def format_tb(tb, limit=None):
    return format_list(extract_tb(tb, limit=limit))


def print_tb(tb, limit=None, file=None):
    (file if file is not None else sys.stderr).write(''.join(format_tb(tb, limit)))


def print_list(extracted_list, file=None):
    (file if file is not None else sys.stderr).write(''.join(format_list(extracted_list)))
