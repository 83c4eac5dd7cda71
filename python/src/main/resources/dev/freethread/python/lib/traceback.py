# SPDX-License-Identifier: Apache-2.0
# traceback for ftpython: the text of an exception's traceback as the interpreter prints it (format_exc,
# print_exc, format_exception, print_exception, format_exception_only), and the functions over an exception's
# __traceback__ (walk_tb, extract_tb, format_tb, print_tb, format_list, FrameSummary, StackSummary). ftpython keeps
# no live frames: a traceback's frames are views of its entries.

import sys
import _traceback

class _Implicit:
    """The default of value and tb: CPython's sentinel, which signatures show as <implicit>."""
    def __repr__(self):
        return '<implicit>'


_MISSING = _Implicit()


def _exc(exc, value):
    if value is not _MISSING:
        exc = value
    if isinstance(exc, type):
        exc = exc()
    return exc


def _split(text):
    return [line + '\n' for line in text.rstrip('\n').split('\n')] if text else []


def _value_tb(exc, value, tb):
    """CPython's arguments: an exception alone (its own traceback), or the legacy (type, value, tb)."""
    if (value is _MISSING) != (tb is _MISSING):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _MISSING:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError('Exception expected for value, {} found'.format(type(exc).__name__))
    return value, tb


def format_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, chain=True, **kwargs):
    """The lines of the exception's display: its chain, each traceback (one string per entry), its lines."""
    value, tb = _value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_MISSING, *, show_group=False, **kwargs):
    if value is _MISSING:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only(show_group=show_group))


def print_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, file=None, chain=True, **kwargs):
    value, tb = _value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


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
    """A SyntaxError as CPython shows it: where, the source line, the carets, then 'SyntaxError: msg'."""
    cls = type(exc)
    name = cls.__qualname__
    if cls.__module__ not in ('__main__', 'builtins'):
        name = cls.__module__ + '.' + name
    return _syntax_error_block(name, exc.filename, exc.lineno, exc.end_lineno, exc.text, exc.offset,
                               exc.end_offset, exc.msg)


def _syntax_error_block(stype, filename, lineno, end_lineno, text, offset, end_offset, msg):
    lines = []
    suffix = ''
    if lineno is not None:
        lines.append('  File "{}", line {}\n'.format(filename or '<string>', lineno))
    elif filename is not None:
        suffix = ' ({})'.format(filename)
    if isinstance(text, str):
        block = _traceback.syntax_error_source(text, offset if isinstance(offset, int) else None,
                                               lineno == end_lineno,
                                               end_offset if isinstance(end_offset, int) else None)
        lines.extend(line + '\n' for line in block.rstrip('\n').split('\n'))
    lines.append('{}: {}{}\n'.format(stype, msg or '<no detail available>', suffix))
    return lines


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def _source_line(filename, lineno):
    import linecache
    return linecache.getline(filename, lineno).strip()


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


_RECURSIVE_CUTOFF = 3  # a frame repeated more often than this is counted, not shown


class StackSummary(list):
    """A list of FrameSummary objects, outermost first."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """A StackSummary of (frame, line number) pairs, as walk_tb and walk_stack give them."""
        def with_positions():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None), None, False
        return klass._extract(with_positions(), limit, lookup_lines, capture_locals)

    @classmethod
    def _extract(klass, frame_gen, limit, lookup_lines, capture_locals):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            import itertools, collections
            if limit >= 0:
                frame_gen = itertools.islice(frame_gen, limit)
            else:
                frame_gen = collections.deque(frame_gen, maxlen=-limit)
        result = klass()
        for f, (lineno, end_lineno, colno, end_colno), anchors, whole in frame_gen:
            co = f.f_code
            fs = FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=False,
                              locals=f.f_locals if capture_locals else None,
                              end_lineno=end_lineno, colno=colno, end_colno=end_colno)
            fs._anchors = anchors
            fs._whole = whole
            result.append(fs)
        if lookup_lines:
            for fs in result:
                fs.line
        return result

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

    def format_frame_summary(self, frame_summary):
        """The lines of one entry: where, the source with its carets, then its locals if captured."""
        fs = frame_summary
        row = '  File "{}", line {}, in {}\n'.format(fs.filename, fs.lineno, fs.name)
        if (fs.colno is not None and fs.end_colno is not None and fs.end_lineno is not None
                and fs.lineno is not None and fs.end_lineno >= fs.lineno):
            # the lines of what raised, with carets under it, as CPython 3.13's format_frame_summary
            row += _traceback.source_block(_source_lines(fs.filename, fs.lineno, fs.end_lineno), fs.lineno,
                                           fs.end_lineno, fs.colno, fs.end_colno, fs._anchors, fs._whole)
        elif fs.line:
            row += '    {}\n'.format(fs.line)
        if fs.locals:
            for name, value in sorted(fs.locals.items()):
                row += '    {} = {}\n'.format(name, value)
        return row

    def format(self):
        """The formatted entries; a run of more than three of the same place is cut to three and counted."""
        result = []
        last = None
        count = 0
        for fs in self:
            text = self.format_frame_summary(fs)
            if text is None:
                continue
            place = (fs.filename, fs.lineno, fs.name)
            if place != last:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated(count - _RECURSIVE_CUTOFF))
                last = place
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(text)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated(count - _RECURSIVE_CUTOFF))
        return result


def _repeated(n):
    return '  [Previous line repeated {} more time{}]\n'.format(n, 's' if n > 1 else '')


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
    return StackSummary._extract(_walk_tb_with_full_positions(tb), limit, True, False)


def _source_lines(filename, first, last):
    import linecache
    return [linecache.getline(filename, n).rstrip() for n in range(first, last + 1)]


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


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


_cause_message = ('\nThe above exception was the direct cause '
                  'of the following exception:\n\n')
_context_message = ('\nDuring handling of the above exception, '
                    'another exception occurred:\n\n')


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return '<{} {}() failed>'.format(what, func.__name__)


class _ExceptionPrintContext:
    """Where a group's members are drawn: the depth, and the margin before each line."""

    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = '|'
        prefix = self.indent()
        if self.exception_group_depth:
            prefix += margin_char + ' '
        if isinstance(text_gen, str):
            text_gen = [text_gen]
        for text in text_gen:
            yield ''.join(prefix + line for line in text.splitlines(True))


class TracebackException:
    """An exception ready to be formatted, as CPython's: its type, text, stack (a StackSummary), the exceptions
    chained to it (__cause__, __context__) and a group's members (exceptions), each a TracebackException, made
    without keeping the exception itself."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 save_exc_type=True, _seen=None):
        top = _seen is None
        if top:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract(_walk_tb_with_full_positions(exc_traceback), limit, lookup_lines,
                                           capture_locals)
        self._exc_type = exc_type if save_exc_type else None
        self._have_exc_type = exc_type is not None
        if exc_type is not None:
            self.exc_type_qualname = exc_type.__qualname__
            self.exc_type_module = exc_type.__module__
        else:
            self.exc_type_qualname = None
            self.exc_type_module = None
        self._str = _safe_string(exc_value, 'exception')
        if isinstance(exc_value, BaseException) and not isinstance(exc_value, SyntaxError):
            # the interpreter's line carries the "Did you mean" of a NameError or AttributeError
            line = _traceback.exception_line(exc_value, exc_traceback is not None)
            prefix = self.exc_type_str + ': '
            if line.startswith(prefix) and line[len(prefix):].startswith(self._str):
                self._str = line[len(prefix):]
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception as e:
            self.__notes__ = [
                'Ignored error getting __notes__: {}'.format(_safe_string(e, '__notes__', repr))]
        self._is_syntax_error = False
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
            self._is_syntax_error = True
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if top:
            self._chain(exc_value, limit, lookup_lines, capture_locals, compact, _seen)

    def _chain(self, exc_value, limit, lookup_lines, capture_locals, compact, seen):
        """Makes the TracebackExceptions of the cause, context and members, each exception once (a cycle ends)."""
        todo = [(self, exc_value)]
        while todo:
            te, e = todo.pop()
            if e is None:
                continue

            def make(x):
                return TracebackException(type(x), x, x.__traceback__, limit=limit, lookup_lines=lookup_lines,
                                          capture_locals=capture_locals, max_group_width=self.max_group_width,
                                          max_group_depth=self.max_group_depth, _seen=seen)
            if e.__cause__ is not None and id(e.__cause__) not in seen:
                te.__cause__ = make(e.__cause__)
                todo.append((te.__cause__, e.__cause__))
            need_context = not compact or (te.__cause__ is None and not e.__suppress_context__)
            if e.__context__ is not None and need_context and id(e.__context__) not in seen:
                te.__context__ = make(e.__context__)
                todo.append((te.__context__, e.__context__))
            if isinstance(e, BaseExceptionGroup):
                te.exceptions = [make(x) for x in e.exceptions]
                todo.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type(self):
        import warnings
        warnings.warn('Deprecated in 3.13. Use exc_type_str instead.', DeprecationWarning, stacklevel=2)
        return self._exc_type

    @property
    def exc_type_str(self):
        if not self._have_exc_type:
            return None
        stype = self.exc_type_qualname
        smod = self.exc_type_module
        if smod not in ('__main__', 'builtins'):
            if not isinstance(smod, str):
                smod = '<unknown>'
            stype = smod + '.' + stype
        return stype

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self, *, show_group=False, _depth=0, **kwargs):
        """The exception's line (a SyntaxError's place first), then its notes; a group's members when asked."""
        indent = 3 * _depth * ' '
        if not self._have_exc_type:
            yield indent + _final_line(None, self._str)
            return
        stype = self.exc_type_str
        if self._is_syntax_error:
            for line in _syntax_error_block(stype, self.filename, self.lineno, self.end_lineno, self.text,
                                            self.offset, self.end_offset, self.msg):
                yield indent + line
        elif _depth > 0:
            for line in _final_line(stype, self._str, False).split('\n'):
                yield indent + line + '\n'
        else:
            yield _final_line(stype, self._str)
        notes = self.__notes__
        if isinstance(notes, (list, tuple)):
            for note in notes:
                note = _safe_string(note, 'note')
                for line in note.split('\n'):
                    yield indent + line + '\n'
        elif notes is not None:
            yield indent + '{}\n'.format(_safe_string(notes, '__notes__', func=repr))
        if self.exceptions and show_group:
            for ex in self.exceptions:
                yield from ex.format_exception_only(show_group=show_group, _depth=_depth + 1)

    def format(self, *, chain=True, _ctx=None, **kwargs):
        """The lines CPython prints for the exception: the chained ones first, each traceback, each line."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        parts = []
        exc = self
        while exc is not None:
            if chain and exc.__cause__ is not None:
                parts.append((_cause_message, exc))
                exc = exc.__cause__
            elif chain and exc.__context__ is not None and not exc.__suppress_context__:
                parts.append((_context_message, exc))
                exc = exc.__context__
            else:
                parts.append((None, exc))
                exc = None
        # parts[i]'s message is printed after parts[i + 1]'s exception, before parts[i]'s
        for i in range(len(parts) - 1, -1, -1):
            exc = parts[i][1]
            if parts[i][0] is not None:
                yield from _ctx.emit(parts[i][0])
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit('... (max_group_depth is {})\n'.format(self.max_group_depth))
            else:
                yield from exc._format_group(_ctx, chain)

    def _format_group(self, _ctx, chain):
        top = _ctx.exception_group_depth == 0
        if top:
            _ctx.exception_group_depth += 1
        if self.stack:
            yield from _ctx.emit('Exception Group Traceback (most recent call last):\n',
                                 margin_char='+' if top else None)
            yield from _ctx.emit(self.stack.format())
        yield from _ctx.emit(self.format_exception_only())
        n = len(self.exceptions)
        width = self.max_group_width
        shown = n if n <= width else width + 1
        _ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                _ctx.need_close = True
            truncated = i >= width
            title = '...' if truncated else str(i + 1)
            yield '{}{}+---------------- {} ----------------\n'.format(_ctx.indent(), '+-' if i == 0 else '  ',
                                                                          title)
            _ctx.exception_group_depth += 1
            if not truncated:
                yield from self.exceptions[i].format(chain=chain, _ctx=_ctx)
            else:
                rest = n - width
                yield from _ctx.emit('and {} more exception{}\n'.format(rest, 's' if rest > 1 else ''))
            if last and _ctx.need_close:
                yield _ctx.indent() + '+------------------------------------\n'
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1
        if top:
            _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True, **kwargs):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end='')


def _final_line(stype, value, newline=True):
    valuestr = _safe_string(value, 'exception')
    end = '\n' if newline else ''
    if value is None or not valuestr:
        return '{}{}'.format(stype, end)
    return '{}: {}{}'.format(stype, valuestr, end)


def print_last(limit=None, file=None, chain=True):
    """Prints the last uncaught exception (sys.last_exc), as print_exception."""
    if not hasattr(sys, 'last_exc') and not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    if hasattr(sys, 'last_exc'):
        print_exception(sys.last_exc, limit=limit, file=file, chain=chain)
    else:
        print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit=limit, file=file, chain=chain)


def clear_frames(tb):
    """CPython clears the frames' locals; ftpython's traceback frames hold none."""
    while tb is not None:
        tb = tb.tb_next


__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only', 'format_list',
           'format_stack', 'format_tb', 'print_exc', 'format_exc', 'print_exception', 'print_last',
           'print_stack', 'print_tb', 'clear_frames', 'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']
