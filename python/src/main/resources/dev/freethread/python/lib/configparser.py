# SPDX-License-Identifier: Apache-2.0
# configparser for ftpython: INI-style configuration parser (RawConfigParser,
# ConfigParser, SectionProxy, interpolation), written here after CPython
# 3.13's behaviour (messages, parsing rules and write() output format).

import functools
import itertools
import io
import os
import re
import sys
from collections import ChainMap as _ChainMap
from collections.abc import MutableMapping

__all__ = ("NoSectionError", "DuplicateOptionError", "DuplicateSectionError",
           "NoOptionError", "InterpolationError", "InterpolationDepthError",
           "InterpolationMissingOptionError", "InterpolationSyntaxError",
           "ParsingError", "MissingSectionHeaderError",
           "MultilineContinuationError", "ConfigParser", "RawConfigParser",
           "Interpolation", "BasicInterpolation", "ExtendedInterpolation",
           "SectionProxy", "ConverterMapping", "DEFAULTSECT",
           "MAX_INTERPOLATION_DEPTH", "UNNAMED_SECTION")

_default_dict = dict
DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10


class _UnnamedSection:
    def __repr__(self):
        return "<UNNAMED_SECTION>"


UNNAMED_SECTION = _UnnamedSection()

# sentinel for "argument not given"
_UNSET = object()


# --------------------------------------------------------------------------
# Exceptions

class Error(Exception):
    """Base class for ConfigParser exceptions."""

    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


class NoSectionError(Error):
    """Raised when no section matches a requested option."""

    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,))
        self.section = section
        self.args = (section,)


def _source_prefix(source, lineno):
    text = "While reading from %r" % (source,)
    if lineno is not None:
        text += " [line %2d]" % lineno
    return text


class DuplicateSectionError(Error):
    """Raised when a section is repeated in an input source (strict mode)
    or added twice with add_section()."""

    def __init__(self, section, source=None, lineno=None):
        if source is None:
            msg = "Section %r already exists" % (section,)
        else:
            msg = "%s: section %r already exists" % (_source_prefix(source, lineno), section)
        Error.__init__(self, msg)
        self.section = section
        self.source = source
        self.lineno = lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    """Raised when an option is repeated in a section (strict mode)."""

    def __init__(self, section, option, source=None, lineno=None):
        tail = "%r in section %r already exists" % (option, section)
        if source is None:
            msg = "Option " + tail
        else:
            msg = "%s: option %s" % (_source_prefix(source, lineno), tail)
        Error.__init__(self, msg)
        self.section = section
        self.option = option
        self.source = source
        self.lineno = lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    """A requested option was not found."""

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        self.option = option
        self.section = section
        self.args = (option, section)


class InterpolationError(Error):
    """Base class for interpolation-related exceptions."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A string substitution required a setting which was not available."""

    def __init__(self, option, section, rawval, reference):
        msg = ("Bad value substitution: option %r in section %r contains an "
               "interpolation key %r which is not a valid option name. "
               "Raw value: %r" % (option, section, reference, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """Raised when the source text contains invalid syntax."""


class InterpolationDepthError(InterpolationError):
    """Raised when substitutions are nested too deeply."""

    def __init__(self, option, section, rawval):
        msg = ("Recursion limit exceeded in value substitution: option %r "
               "in section %r contains an interpolation key which "
               "cannot be substituted in %d steps. Raw value: %r"
               % (option, section, MAX_INTERPOLATION_DEPTH, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """Raised when a configuration file does not follow legal syntax."""

    def __init__(self, source, *args):
        Error.__init__(self, 'Source contains parsing errors: %r' % (source,))
        self.source = source
        self.errors = []
        self.args = (source,)
        if args:
            self.append(*args)

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %r' % (lineno, line)

    def combine(self, others):
        for other in others:
            for err in other.errors:
                self.append(*err)
        return self

    @staticmethod
    def _raise_all(exceptions):
        exceptions = list(exceptions)
        if exceptions:
            raise exceptions[0].combine(exceptions[1:])


class MissingSectionHeaderError(ParsingError):
    """Raised when a key-value pair is found before any section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, 'File contains no section headers.\nfile: %r, line: %d\n%r'
                       % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


class MultilineContinuationError(ParsingError):
    """Raised when a key without value is followed by continuation lines."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, "Key without value continued with an indented line.\n"
                       "file: %r, line: %d\n%r" % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


# --------------------------------------------------------------------------
# Interpolation

class Interpolation:
    """Dummy interpolation that passes the value through with no changes."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _MarkerInterpolation(Interpolation):
    # shared engine for BasicInterpolation ('%(name)s') and
    # ExtendedInterpolation ('${section:name}')
    _MARK = '%'
    _OPEN = '('

    def before_get(self, parser, section, option, value, defaults):
        out = []
        self._expand(parser, option, out, value, section, defaults, 1)
        return ''.join(out)

    def before_set(self, parser, section, option, value):
        rest = self._KEYCRE.sub('', value.replace(self._MARK * 2, ''))
        if self._MARK in rest:
            raise ValueError("invalid interpolation syntax in %r at position %d"
                             % (value, rest.find(self._MARK)))
        return value

    def _expand(self, parser, option, out, rest, section, mapping, depth):
        rawval = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rawval)
        mark = self._MARK
        while rest:
            pos = rest.find(mark)
            if pos < 0:
                out.append(rest)
                return
            if pos > 0:
                out.append(rest[:pos])
                rest = rest[pos:]
            nxt = rest[1:2]
            if nxt == mark:
                out.append(mark)
                rest = rest[2:]
            elif nxt == self._OPEN:
                m = self._KEYCRE.match(rest)
                if m is None:
                    raise InterpolationSyntaxError(
                        option, section,
                        "bad interpolation variable reference %r" % rest)
                rest = rest[m.end():]
                self._substitute(parser, option, out, m.group(1), rest,
                                 section, mapping, depth, rawval)
            else:
                raise InterpolationSyntaxError(option, section, self._bad_mark_msg % (rest,))


class BasicInterpolation(_MarkerInterpolation):
    """Interpolation as implemented in the classic ConfigParser:
    '%(name)s' refers to another option of the same section (or DEFAULT),
    '%%' is a literal percent sign."""

    _KEYCRE = re.compile(r"%\(([^)]+)\)s")
    _MARK = '%'
    _OPEN = '('
    _bad_mark_msg = "'%%' must be followed by '%%' or '(', found: %r"

    def _substitute(self, parser, option, out, name, rest, section, mapping,
                    depth, rawval):
        key = parser.optionxform(name)
        try:
            value = mapping[key]
        except KeyError:
            raise InterpolationMissingOptionError(option, section, rawval, key) from None
        if '%' in value:
            self._expand(parser, option, out, value, section, mapping, depth + 1)
        else:
            out.append(value)


class ExtendedInterpolation(_MarkerInterpolation):
    """Advanced variant of interpolation, '${section:option}' syntax;
    '$$' is a literal dollar sign."""

    _KEYCRE = re.compile(r"\$\{([^}]+)\}")
    _MARK = '$'
    _OPEN = '{'
    _bad_mark_msg = "'$' must be followed by '$' or '{', found: %r"

    def _substitute(self, parser, option, out, name, rest, section, mapping,
                    depth, rawval):
        path = name.split(':')
        sect = section
        opt = option
        try:
            if len(path) == 1:
                opt = parser.optionxform(path[0])
                value = mapping[opt]
            elif len(path) == 2:
                sect = path[0]
                opt = parser.optionxform(path[1])
                value = parser.get(sect, opt, raw=True)
            else:
                raise InterpolationSyntaxError(
                    option, section, "More than one ':' found: %r" % (rest,))
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, rawval,
                                                  ':'.join(path)) from None
        if '$' in value:
            self._expand(parser, opt, out, value, sect,
                         dict(parser.items(sect, raw=True)), depth + 1)
        else:
            out.append(value)


# --------------------------------------------------------------------------
# Parser

class _ReadState:
    def __init__(self):
        self.added = set()
        self.cursect = None
        self.sectname = None
        self.optname = None
        self.lineno = 0
        self.indent_level = 0
        self.cur_indent_level = 0
        self.errors = []


class RawConfigParser(MutableMapping):
    """ConfigParser that does not do interpolation."""

    _SECT_TMPL = r"\[(?P<header>.+)\]"
    _OPT_TMPL = r"(?P<option>.*?)\s*(?P<vi>{delim})\s*(?P<value>.*)$"
    _OPT_NV_TMPL = r"(?P<option>.*?)\s*(?:(?P<vi>{delim})\s*(?P<value>.*))?$"
    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = re.compile(_SECT_TMPL)
    OPTCRE = re.compile(_OPT_TMPL.format(delim="=|:"))
    OPTCRE_NV = re.compile(_OPT_NV_TMPL.format(delim="=|:"))
    NONSPACECRE = re.compile(r"\S")
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}

    def __init__(self, defaults=None, dict_type=_default_dict,
                 allow_no_value=False, *, delimiters=('=', ':'),
                 comment_prefixes=('#', ';'), inline_comment_prefixes=None,
                 strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET,
                 allow_unnamed_section=False):
        self._dict = dict_type
        self._sections = self._dict()
        self._defaults = self._dict()
        self._converters = ConverterMapping(self)
        self._proxies = self._dict()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        if delimiters == ('=', ':'):
            self._optcre = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        else:
            alts = "|".join(re.escape(d) for d in delimiters)
            tmpl = self._OPT_NV_TMPL if allow_no_value else self._OPT_TMPL
            self._optcre = re.compile(tmpl.format(delim=alts))
        self._full_prefixes = tuple(comment_prefixes or ())
        self._inline_prefixes = tuple(inline_comment_prefixes or ())
        self._inline_re = re.compile(
            '|'.join(r'(^|\s)(%s)' % re.escape(p) for p in self._inline_prefixes)
            or '(?!)')
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        if interpolation is None:  # given, or a subclass's _DEFAULT_INTERPOLATION
            interpolation = Interpolation()
        self._interpolation = interpolation
        if not isinstance(interpolation, Interpolation):
            raise TypeError("interpolation= must be None or an instance of "
                            "Interpolation; got an object of type %s" % type(interpolation))
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)
        self._allow_unnamed_section = allow_unnamed_section

    # ---- basic queries

    def defaults(self):
        return self._defaults

    def sections(self):
        """Return a list of section names, excluding [DEFAULT]."""
        return list(self._sections.keys())

    def add_section(self, section):
        """Create a new section; ValueError for the default section name,
        DuplicateSectionError if it exists."""
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % section)
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()
        self._proxies[section] = SectionProxy(self, section)

    def has_section(self, section):
        return section in self._sections

    def options(self, section):
        try:
            opts = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        opts.update(self._defaults)
        return list(opts.keys())

    # ---- reading

    def read(self, filenames, encoding=None):
        """Read and parse a filename or an iterable of filenames; return the
        list of names successfully read."""
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        done = []
        for filename in filenames:
            try:
                with open(filename, encoding=encoding) as fp:
                    self._read(fp, filename)
            except OSError:
                continue
            if isinstance(filename, os.PathLike):
                filename = os.fspath(filename)
            done.append(filename)
        return done

    def read_file(self, f, source=None):
        """Read configuration from an iterable of lines (e.g. a file)."""
        if source is None:
            try:
                source = f.name
            except AttributeError:
                source = '<???>'
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Read configuration from a mapping of section -> {key: value}."""
        added = set()
        for section, keys in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in added:
                    raise
            added.add(section)
            for key, value in keys.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in added:
                    raise DuplicateOptionError(section, key, source)
                added.add((section, key))
                self.set(section, key, value)

    # ---- getting values

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """Get an option value for a given section (interpolated unless raw)."""
        try:
            chain = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = chain[option]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, chain)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None,
                  fallback=_UNSET, **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None,
               fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None,
                 fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None,
                   fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean,
                              raw=raw, vars=vars, fallback=fallback, **kwargs)

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section: (name, SectionProxy) pairs for every section
        including DEFAULT.  With one: list of (option, value) pairs."""
        if section is _UNSET:
            return super().items()
        merged = self._defaults.copy()
        try:
            merged.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
        keys = list(merged.keys())
        if vars:
            for key, value in vars.items():
                merged[self.optionxform(key)] = value
        if raw:
            return [(opt, merged[opt]) for opt in keys]
        before_get = self._interpolation.before_get
        return [(opt, before_get(self, section, opt, merged[opt], merged))
                for opt in keys]

    def popitem(self):
        """Remove and return the first section (never DEFAULT)."""
        for key in self.sections():
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def optionxform(self, optionstr):
        return optionstr.lower()

    def has_option(self, section, option):
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        option = self.optionxform(option)
        return option in self._sections[section] or option in self._defaults

    # ---- modifying

    def _section_dict(self, section):
        if not section or section == self.default_section:
            return self._defaults
        try:
            return self._sections[section]
        except KeyError:
            raise NoSectionError(section) from None

    def set(self, section, option, value=None):
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        target = self._section_dict(section)
        target[self.optionxform(option)] = value

    def write(self, fp, space_around_delimiters=True):
        """Write an .ini-format representation of the configuration."""
        if space_around_delimiters:
            delim = " %s " % (self._delimiters[0],)
        else:
            delim = self._delimiters[0]
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), delim)
        if UNNAMED_SECTION in self._sections:
            self._write_section(fp, UNNAMED_SECTION,
                                self._sections[UNNAMED_SECTION].items(), delim,
                                unnamed=True)
        for section in self._sections:
            if section is UNNAMED_SECTION:
                continue
            self._write_section(fp, section, self._sections[section].items(), delim)

    def _write_section(self, fp, section_name, section_items, delimiter, unnamed=False):
        if not unnamed:
            fp.write("[%s]\n" % (section_name,))
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is not None or not self._allow_no_value:
                value = delimiter + str(value).replace('\n', '\n\t')
            else:
                value = ""
            fp.write("%s%s\n" % (key, value))
        fp.write("\n")

    def remove_option(self, section, option):
        """Remove an option; return whether it existed."""
        target = self._section_dict(section)
        option = self.optionxform(option)
        if option in target:
            del target[option]
            return True
        return False

    def remove_section(self, section):
        """Remove a section; return whether it existed."""
        if section in self._sections:
            del self._sections[section]
            del self._proxies[section]
            return True
        return False

    # ---- mapping protocol

    def __getitem__(self, key):
        if key != self.default_section and not self.has_section(key):
            raise KeyError(key)
        return self._proxies[key]

    def __setitem__(self, key, value):
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._sections) + 1

    def __iter__(self):
        return itertools.chain((self.default_section,), self._sections.keys())

    # ---- the parser proper

    def _read(self, fp, fpname):
        """Parse lines from fp.  Non-fatal syntax errors are collected and
        raised together as one ParsingError at the end."""
        try:
            ParsingError._raise_all(self._read_lines(fp, fpname))
        finally:
            self._join_multiline_values()

    def _clean_line(self, line):
        # returns (clean text, whether the line carried a comment)
        stripped = line.strip()
        for prefix in self._full_prefixes:
            if stripped.startswith(prefix):
                return '', True
        m = self._inline_re.search(line)
        clean = (line[:m.start()] if m else line).strip()
        return clean, stripped != clean

    def _read_lines(self, fp, fpname):
        st = _ReadState()
        lineno = 0
        for line in fp:
            lineno += 1
            st.lineno = lineno
            clean, commented = self._clean_line(line)
            if not clean:
                if self._empty_lines_in_values:
                    # blank lines belong to a multi-line value, comments don't
                    if (not commented and st.cursect is not None and st.optname
                            and st.cursect[st.optname] is not None):
                        st.cursect[st.optname].append('')
                else:
                    st.indent_level = sys.maxsize
                continue
            m = self.NONSPACECRE.search(line)
            st.cur_indent_level = m.start() if m else 0
            # continuation of the previous value?
            if (st.cursect is not None and st.optname and
                    st.cur_indent_level > st.indent_level):
                if st.cursect[st.optname] is None:
                    raise MultilineContinuationError(fpname, st.lineno, line)
                st.cursect[st.optname].append(clean)
                continue
            if self._allow_unnamed_section and st.cursect is None:
                st.sectname = UNNAMED_SECTION
                st.cursect = self._dict()
                self._sections[st.sectname] = st.cursect
                self._proxies[st.sectname] = SectionProxy(self, st.sectname)
                st.added.add(st.sectname)
            st.indent_level = st.cur_indent_level
            header = self.SECTCRE.match(clean)
            if header:
                self._start_section(st, header.group('header'), fpname)
            elif st.cursect is None:
                raise MissingSectionHeaderError(fpname, st.lineno, line)
            else:
                self._add_option(st, clean, line, fpname)
        return st.errors

    def _start_section(self, st, name, fpname):
        st.sectname = name
        if name in self._sections:
            if self._strict and name in st.added:
                raise DuplicateSectionError(name, fpname, st.lineno)
            st.cursect = self._sections[name]
            st.added.add(name)
        elif name == self.default_section:
            st.cursect = self._defaults
        else:
            st.cursect = self._dict()
            self._sections[name] = st.cursect
            self._proxies[name] = SectionProxy(self, name)
            st.added.add(name)
        # a section header can't be followed by a continuation line
        st.optname = None

    def _add_option(self, st, clean, line, fpname):
        m = self._optcre.match(clean)
        if not m:
            st.errors.append(ParsingError(fpname, st.lineno, line))
            return
        optname, vi, optval = m.group('option', 'vi', 'value')
        if not optname:
            st.errors.append(ParsingError(fpname, st.lineno, line))
        optname = self.optionxform(optname.rstrip())
        st.optname = optname
        if self._strict and (st.sectname, optname) in st.added:
            raise DuplicateOptionError(st.sectname, optname, fpname, st.lineno)
        st.added.add((st.sectname, optname))
        if optval is not None:
            st.cursect[optname] = [optval.strip()]
        else:
            st.cursect[optname] = None   # option without value

    def _join_multiline_values(self):
        pairs = itertools.chain(((self.default_section, self._defaults),),
                                self._sections.items())
        for section, options in pairs:
            for name, val in options.items():
                if isinstance(val, list):
                    val = '\n'.join(val).rstrip()
                options[name] = self._interpolation.before_read(self, section, name, val)

    def _read_defaults(self, defaults):
        # RawConfigParser keeps the values as given (bpo-23835: its legacy behaviour), keys through optionxform
        for key, value in defaults.items():
            self._defaults[self.optionxform(key)] = value

    def _unify_values(self, section, vars):
        """ChainMap of vars, the section and the defaults."""
        sectiondict = {}
        try:
            sectiondict = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
        vardict = {}
        if vars:
            for key, value in vars.items():
                if value is not None:
                    value = str(value)
                vardict[self.optionxform(key)] = value
        return _ChainMap(vardict, sectiondict, self._defaults)

    def _convert_to_boolean(self, value):
        if value.lower() not in self.BOOLEAN_STATES:
            raise ValueError('Not a boolean: %s' % value)
        return self.BOOLEAN_STATES[value.lower()]

    def _validate_value_types(self, *, section="", option="", value=""):
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if not self._allow_no_value or value:
            if not isinstance(value, str):
                raise TypeError("option values must be strings")

    @property
    def converters(self):
        return self._converters


class ConfigParser(RawConfigParser):
    """ConfigParser implementing interpolation."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        self._validate_value_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        # defaults given to the constructor are stored without interpolation
        held = self._interpolation
        try:
            self._interpolation = Interpolation()
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = held


class SectionProxy(MutableMapping):
    """A proxy for a single section from a parser."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        for conv in parser.converters:
            key = 'get' + conv
            setattr(self, key, functools.partial(self.get, _impl=getattr(parser, key)))

    def __repr__(self):
        return '<Section: %s>' % (self._name,)

    def __getitem__(self, key):
        if not self._parser.has_option(self._name, key):
            raise KeyError(key)
        return self._parser.get(self._name, key)

    def __setitem__(self, key, value):
        self._parser._validate_value_types(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        if not (self._parser.has_option(self._name, key) and
                self._parser.remove_option(self._name, key)):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return self._options().__iter__()

    def _options(self):
        if self._name != self._parser.default_section:
            return self._parser.options(self._name)
        return self._parser.defaults()

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        if not _impl:
            _impl = self._parser.get
        return _impl(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """Mapping of converter names to callables; setting 'name' adds
    get<name>() to the parser and all of its section proxies."""

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for attr in dir(self._parser):
            m = self.GETTERCRE.match(attr)
            if not m or not callable(getattr(self._parser, attr)):
                continue
            self._data[m.group('name')] = None   # built-in converter

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            attr = 'get' + key
        except TypeError:
            raise ValueError('Incompatible key: {} (type: {})'.format(key, type(key)))
        if attr == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        func = functools.partial(self._parser._get_conv, conv=value)
        func.converter = value
        setattr(self._parser, attr, func)
        for proxy in self._parser.values():
            setattr(proxy, attr, functools.partial(proxy.get, _impl=func))

    def __delitem__(self, key):
        try:
            attr = 'get' + (key or None)
        except TypeError:
            raise KeyError(key)
        del self._data[key]
        for inst in itertools.chain((self._parser,), self._parser.values()):
            try:
                delattr(inst, attr)
            except AttributeError:
                continue

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
