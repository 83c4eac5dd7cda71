# SPDX-License-Identifier: Apache-2.0
# csv for ftpython: reader, writer, DictReader, DictWriter, the dialects excel, excel-tab and unix, the QUOTE_*
# constants and the Error class, written after CPython's _csv module's state machine. No Sniffer and no field size
# limit other than CPython's default (131072).

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS", "QUOTE_NOTNULL",
           "Error", "Dialect", "excel", "excel_tab", "unix_dialect", "reader", "writer", "register_dialect",
           "get_dialect", "list_dialects", "unregister_dialect", "field_size_limit", "DictReader", "DictWriter"]

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)

_field_limit = 131072


class Error(Exception):
    pass


class Dialect:
    """Describe a CSV dialect (the attributes of excel's, by default)."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        try:
            _validate(self)
        except TypeError as e:  # as CPython's: an incomplete or wrong dialect class is a csv.Error
            raise Error(str(e)) from None


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


_MISSING = object()
_DEFAULTS = {'delimiter': ',', 'quotechar': '"', 'escapechar': None, 'doublequote': True, 'skipinitialspace': False,
             'lineterminator': '\r\n', 'quoting': QUOTE_MINIMAL, 'strict': False}


class _Params:
    """A dialect's settings with keyword overrides, checked as CPython's _csv.Dialect checks them: a setting the
    dialect lacks takes its default, one it sets to None is checked as None."""

    def __init__(self, dialect, kwds):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        # quotechar=None given without quoting means no quoting at all (CPython 3.12+)
        no_quoting = 'quotechar' in kwds and kwds['quotechar'] is None and 'quoting' not in kwds
        for name in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace', 'lineterminator',
                     'quoting', 'strict'):
            value = kwds.pop(name, _MISSING)
            if value is _MISSING:
                value = getattr(dialect, name, _MISSING) if dialect is not None else _MISSING
            if value is _MISSING:
                value = _DEFAULTS[name]
            setattr(self, name, value)
        if kwds:
            raise TypeError("'%s' is an invalid keyword argument for this function" % next(iter(kwds)))
        if no_quoting:
            self.quoting = QUOTE_NONE
        for name in ('doublequote', 'skipinitialspace', 'strict'):
            setattr(self, name, bool(getattr(self, name)))
        _validate(self)
        object.__setattr__(self, '_frozen', True)  # a reader's or writer's dialect is read-only, as CPython's

    def __setattr__(self, name, value):
        if getattr(self, '_frozen', False):
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)


def _check_char(name, value, allow_none):
    if value is None and allow_none:
        return
    if not isinstance(value, str):
        raise TypeError('"%s" must be string%s, not %s' % (name, ' or None' if allow_none else '',
                                                          type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)


def _validate(d):
    """CPython's checks, in its order: the types (TypeError), then characters that would make the format
    ambiguous (ValueError)."""
    _check_char('delimiter', d.delimiter, False)
    _check_char('quotechar', d.quotechar, True)
    _check_char('escapechar', d.escapechar, True)
    if not isinstance(d.lineterminator, str):
        raise TypeError('"lineterminator" must be a string')
    if not isinstance(d.quoting, int):
        raise TypeError('"quoting" must be an integer')
    if d.quoting not in range(6):
        raise TypeError('bad "quoting" value')
    if d.quoting != QUOTE_NONE and d.quotechar is None:
        raise TypeError('quotechar must be set if quoting enabled')
    for name in ('delimiter', 'quotechar', 'escapechar'):
        value = getattr(d, name)
        if value is not None and (value in '\r\n' or value == ' ' and name != 'delimiter' and d.skipinitialspace):
            raise ValueError('bad %s value' % name)
    if d.delimiter == d.quotechar:
        raise ValueError('bad delimiter or quotechar value')
    if d.delimiter == d.escapechar:
        raise ValueError('bad delimiter or escapechar value')
    if d.escapechar is not None and d.escapechar == d.quotechar:
        raise ValueError('bad escapechar or quotechar value')
    for name in ('delimiter', 'quotechar', 'escapechar'):
        value = getattr(d, name)
        if value is not None and value in d.lineterminator:
            raise ValueError('bad %s or lineterminator value' % name)


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    base = dialect if dialect is not None else excel
    params = _Params(base, dict(fmtparams))
    _dialects[name] = params


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except KeyError:
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    old = _field_limit
    if args:
        if len(args) > 1:
            raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


class _Reader:
    def __init__(self, f, params):
        self._it = iter(f)
        self.dialect = params
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        fields = []
        field = []
        state = 'start_record'
        numeric = True  # whether the field being read was not quoted (what _finish converts)
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                # the data ended inside a record (a quoted field left open): CPython's strict mode refuses it, else
                # the field is kept as read
                if field or state in ('in_quoted_field', 'escape_in_quoted_field'):
                    if d.strict:
                        raise Error("unexpected end of data")
                    fields.append(self._finish(field, numeric))
                    return fields
                if fields:
                    return fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            i = 0
            n = len(line)
            while i <= n:
                c = line[i] if i < n else None  # None: the end of this line (a NUL is data, as in 3.11+)
                if state == 'start_record':
                    if c is None:
                        return []  # an empty line: an empty row
                    if c in '\r\n':
                        state = 'eat_crnl'
                        i += 1
                        continue
                    state = 'start_field'
                    continue
                if state == 'start_field':
                    if c is None or c in '\r\n':
                        fields.append(self._finish(field, numeric))
                        field, numeric = [], True
                        if c is None:
                            return fields
                        state = 'eat_crnl'
                    elif c == d.quotechar and d.quoting != QUOTE_NONE:
                        numeric = False
                        state = 'in_quoted_field'
                    elif c == d.escapechar:
                        state = 'escaped_char'
                    elif c == ' ' and d.skipinitialspace:
                        pass
                    elif c == d.delimiter:
                        fields.append(self._finish(field, numeric))
                        field, numeric = [], True
                    else:
                        field.append(c)
                        state = 'in_field'
                    i += 1
                    continue
                if state == 'escaped_char':
                    if c is None:
                        field.append('\n')
                        break
                    field.append(c)
                    # an escaped line end continues the field on the next line (CPython's AFTER_ESCAPED_CRNL)
                    state = 'after_escaped_crnl' if c in '\r\n' else 'in_field'
                    i += 1
                    continue
                if state == 'after_escaped_crnl':
                    if c is None:
                        break
                    state = 'in_field'
                if state == 'in_field':
                    if c is None or c in '\r\n':
                        fields.append(self._finish(field, numeric))
                        field, numeric = [], True
                        if c is None:
                            return fields
                        state = 'eat_crnl'
                    elif c == d.escapechar:
                        state = 'escaped_char'
                    elif c == d.delimiter:
                        fields.append(self._finish(field, numeric))
                        field, numeric = [], True
                        state = 'start_field'
                    else:
                        field.append(c)
                    i += 1
                    continue
                if state == 'in_quoted_field':
                    if c is None:
                        break  # the field goes on in the next line (the newline was kept in the field)
                    if c == d.escapechar:
                        state = 'escape_in_quoted_field'
                    elif c == d.quotechar and d.quoting != QUOTE_NONE:
                        state = 'quote_in_quoted_field' if d.doublequote else 'in_field'
                    else:
                        field.append(c)
                    i += 1
                    continue
                if state == 'escape_in_quoted_field':
                    if c is None:
                        break
                    field.append(c)
                    state = 'in_quoted_field'
                    i += 1
                    continue
                if state == 'quote_in_quoted_field':
                    if d.quoting != QUOTE_NONE and c == d.quotechar:
                        field.append(c)
                        state = 'in_quoted_field'
                    elif c == d.delimiter:
                        fields.append(''.join(field))
                        field, numeric = [], True
                        state = 'start_field'
                    elif c is None or c in '\r\n':
                        fields.append(''.join(field))
                        field, numeric = [], True
                        if c is None:
                            return fields
                        state = 'eat_crnl'
                    elif not d.strict:
                        field.append(c)
                        state = 'in_field'
                    else:
                        raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
                    i += 1
                    continue
                if state == 'eat_crnl':
                    if c is None:
                        return fields
                    if c in '\r\n':
                        i += 1
                        continue
                    raise Error("new-line character seen in unquoted field - do you need to open the file with "
                                "newline=''?")
            # the line ended inside a quoted field (its newline is in the field): read on
            if len(field) > _field_limit:
                raise Error("field larger than field limit (%d)" % _field_limit)

    def _finish(self, field, unquoted):
        s = ''.join(field)
        if len(s) > _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        if unquoted:  # CPython 3.13: an empty one is None and a filled one a float, as the quoting says
            q = self.dialect.quoting
            if not s:
                return None if q in (QUOTE_NOTNULL, QUOTE_STRINGS) else s
            if q in (QUOTE_NONNUMERIC, QUOTE_STRINGS):
                return float(s)
        return s


def reader(csvfile, dialect='excel', **fmtparams):
    return _Reader(csvfile, _Params(dialect, dict(fmtparams)))


class _Writer:
    def __init__(self, f, params):
        try:
            self._write = f.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = params

    def _quote(self, field):
        d = self.dialect
        if field is None:
            # None is '': quoted by QUOTE_ALL and QUOTE_NONNUMERIC (it is no number), never by QUOTE_NOTNULL or
            # QUOTE_STRINGS (it is no str)
            s = ''
            quote = d.quoting in (QUOTE_ALL, QUOTE_NONNUMERIC)
        else:
            is_str = isinstance(field, str)
            s = field if is_str else (repr(field) if isinstance(field, float) else str(field))
            if d.quoting == QUOTE_ALL or d.quoting == QUOTE_NOTNULL:
                quote = True
            elif d.quoting == QUOTE_NONNUMERIC:
                quote = not isinstance(field, (int, float))
            elif d.quoting == QUOTE_STRINGS:
                quote = is_str
            else:
                quote = False
        out = []
        need = quote
        for ch in s:
            if ch == d.delimiter or ch in '\r\n' or ch in d.lineterminator or ch == d.quotechar or (
                    d.escapechar is not None and ch == d.escapechar):
                want_escape = False
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if ch == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)  # doubled, inside a quoted field
                        else:
                            want_escape = True
                    elif d.escapechar is not None and ch == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        need = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(ch)
        s = ''.join(out)
        if not s and d.delimiter == ' ' and d.skipinitialspace:  # else it reads back as no field at all
            if d.quoting == QUOTE_NONE or field is None and d.quoting in (QUOTE_STRINGS, QUOTE_NOTNULL):
                raise Error('empty field must be quoted if delimiter is a space and skipinitialspace is true')
            need = True
        if need and d.quoting != QUOTE_NONE:
            s = d.quotechar + s + d.quotechar
        return s

    def writerow(self, row):
        d = self.dialect
        try:
            items = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        fields = [self._quote(f) for f in items]
        if len(items) == 1 and fields[0] == '':
            if d.quoting == QUOTE_NONE or items[0] is None and d.quoting in (QUOTE_STRINGS, QUOTE_NOTNULL):
                raise Error("single empty field record must be quoted")
            fields[0] = d.quotechar * 2  # a row of one empty field: "" (else it reads back as no field)
        line = d.delimiter.join(fields) + d.lineterminator
        return self._write(line)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    return _Writer(csvfile, _Params(dialect, dict(fmtparams)))


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction.lower()  # "RAISE" raises too (bpo-44512)
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
