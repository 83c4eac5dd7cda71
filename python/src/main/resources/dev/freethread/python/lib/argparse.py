# SPDX-License-Identifier: Apache-2.0
# argparse for ftpython: ArgumentParser with optional and positional arguments, the common actions (store,
# store_const, store_true, store_false, append, append_const, count, help, version), type, default, choices,
# required, nargs (None, '?', '*', '+', N), dest, metavar, mutually exclusive groups, argument groups, subparsers,
# parse_args and parse_known_args, and CPython's usage line, help layout and error messages (exit status 2).
# Written for ftpython; the help text follows CPython 3.13's layout for the common cases.

import sys
import sys as _sys  # CPython's name, which tests patch (argparse._sys.exit)
import os

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'Namespace', 'FileType', 'HelpFormatter',
           'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'ArgumentDefaultsHelpFormatter',
           'MetavarTypeHelpFormatter', 'SUPPRESS',
           'OPTIONAL', 'ZERO_OR_MORE', 'ONE_OR_MORE', 'REMAINDER', 'BooleanOptionalAction']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
REMAINDER = '...'
PARSER = 'A...'


class _AttributeHolder:
    """CPython's repr for argparse's objects: ClassName(name=value, ...), the names that are no identifiers in a
    **{...} at the end."""

    def __repr__(self):
        args = [repr(a) for a in self._get_args()]
        star = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                args.append('%s=%r' % (name, value))
            else:
                star[name] = value
        if star:
            args.append('**%r' % (star,))
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = None if argument is None else _action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


def _action_name(action):
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        metavar = action.metavar
        if not isinstance(metavar, tuple):
            return metavar
        if action.nargs == ZERO_OR_MORE and len(metavar) == 2 or action.nargs == ONE_OR_MORE:
            return '%s[, %s]' % metavar
        return ', '.join(metavar)
    if action.dest not in (None, SUPPRESS):
        return action.dest
    return None


class Action(_AttributeHolder):
    def _get_kwargs(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices', 'required', 'help',
                 'metavar', 'deprecated']
        return [(name, getattr(self, name)) for name in names]

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None, deprecated=False):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.deprecated = deprecated

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class _ValueAction(Action):
    """An action that takes values (store, append): nargs 0 refused with the action's own advice, and a const only
    with nargs='?'."""
    _NO_VALUES = ''

    def __init__(self, option_strings, dest, nargs=None, const=None, **kwargs):
        if nargs == 0:
            raise ValueError(self._NO_VALUES)
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings, dest, nargs=nargs, const=const, **kwargs)


class _StoreAction(_ValueAction):
    _NO_VALUES = ('nargs for store actions must be != 0; if you have nothing to store, actions such as store true or '
                  'store const may be more appropriate')

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None,
                 deprecated=False):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default, required=required, help=help,
                         deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None, deprecated=False):
        super().__init__(option_strings, dest, const=True, default=default, required=required, help=help,
                         deprecated=deprecated)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None, deprecated=False):
        super().__init__(option_strings, dest, const=False, default=default, required=required, help=help,
                         deprecated=deprecated)


class _AppendAction(_ValueAction):
    _NO_VALUES = ('nargs for append actions must be != 0; if arg strings are not supplying the value to append, the '
                  'append const action may be more appropriate')

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None,
                 deprecated=False):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default, required=required, help=help,
                         metavar=metavar, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.extend(values)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None, deprecated=False):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required, help=help,
                         deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (count or 0) + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None, deprecated=False):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit", deprecated=False):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help, deprecated=deprecated)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        print(self.version.replace('%(prog)s', parser.prog))
        parser.exit()


_deprecated_default = object()


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=_deprecated_default, choices=_deprecated_default,
                 required=False, help=None, metavar=_deprecated_default, deprecated=False):
        # type, choices and metavar: accepted with 3.12's DeprecationWarning, as 3.13 still does
        for field_name, value in (('type', type), ('choices', choices), ('metavar', metavar)):
            if value is not _deprecated_default:
                import warnings
                warnings.warn("%r is deprecated as of Python 3.12 and will be removed in Python 3.14." % field_name,
                              DeprecationWarning, stacklevel=3)
        strings = []
        for s in option_strings:
            strings.append(s)
            if s.startswith('--'):
                strings.append('--no-' + s[2:])
        super().__init__(strings, dest, nargs=0, default=default, required=required, help=help,
                         deprecated=deprecated)
        for field_name, value in (('type', type), ('choices', choices), ('metavar', metavar)):
            if value is not _deprecated_default:
                setattr(self, field_name, value)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))


class _SubParsersAction(Action):
    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=PARSER, choices={}, required=required, help=help,
                         metavar=metavar)
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = self.choices
        self._choices_help = []
        self._deprecated = set()

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        help_text = kwargs.pop('help', None)
        deprecated = kwargs.pop('deprecated', False)  # 3.13: choosing it warns
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        if deprecated:
            self._deprecated.add(name)
            self._deprecated.update(aliases)
        if help_text is not None:
            self._choices_help.append((name, help_text))
        return parser

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        rest = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        if name not in self._name_parser_map:
            choices = ', '.join(repr(c) for c in self._name_parser_map)
            raise ArgumentError(self, 'invalid choice: %r (choose from %s)' % (name, choices))
        sub = self._name_parser_map[name]
        if name in self._deprecated:
            parser._warning("command '%s' is deprecated" % name)
        subnamespace, extras = sub.parse_known_args(rest, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if extras:
            namespace.__dict__.setdefault('_UNRECOGNIZED_ARGS_ATTR', [])
            namespace._UNRECOGNIZED_ARGS_ATTR.extend(extras)


_ACTIONS = {None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
            'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction, 'append': _AppendAction,
            'append_const': _AppendConstAction, 'extend': _ExtendAction, 'count': _CountAction,
            'help': _HelpAction, 'version': _VersionAction}


class FileType:
    """type=FileType('w'): the argument opened as a file; '-' is standard input or output (their binary buffers for
    a 'b' mode)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                return _sys.stdin.buffer if 'b' in self._mode else _sys.stdin
            if any(c in self._mode for c in 'wax'):
                return _sys.stdout.buffer if 'b' in self._mode else _sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        args = self._mode, self._bufsize
        kwargs = [('encoding', self._encoding), ('errors', self._errors)]
        args_str = ', '.join([repr(arg) for arg in args if arg != -1] +
                             ['%s=%r' % (kw, arg) for kw, arg in kwargs if arg is not None])
        return '%s(%s)' % (type(self).__name__, args_str)


class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        self._prog = prog
        if width is None:
            try:
                width = int(os.environ.get('COLUMNS', 80)) - 2
            except (ValueError, AttributeError):
                width = 78
        self._width = width
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))

    def _fill(self, text, width, indent):
        words = text.split()
        lines = []
        line = ''
        for w in words:
            if line and len(line) + 1 + len(w) > width:
                lines.append(line)
                line = w
            else:
                line = w if not line else line + ' ' + w
        if line:
            lines.append(line)
        return [indent + l for l in lines]

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text.replace('%(prog)s', self._prog)
        return '\n'.join(self._fill(text, self._width, '')) + '\n'

    def _split_lines(self, text, width):
        """An argument's help as lines: its words refilled (CPython's; RawTextHelpFormatter keeps its lines)."""
        return self._fill(text, width, '')

    def _fill_text(self, text, width, indent):
        """A description's lines within width, indented: its words refilled (RawDescription keeps its lines)."""
        return '\n'.join(self._fill(text, width - len(indent), indent))

    def _format_section_text(self, text, indent):
        # a group's description, as CPython's add_text in an indented section: within the width less the indent,
        # each line indented
        if '%(prog)' in text:
            text = text.replace('%(prog)s', self._prog)
        return self._fill_text(text, max(self._width - len(indent), 11), indent).rstrip('\n') + '\n'

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    def _format_text(self, text):
        return text.replace('%(prog)s', self._prog).rstrip() + '\n' if text.strip() else ''

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    def _get_help_string(self, action):
        h = action.help or ''
        if '%(default)' not in h and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                h += ' (default: %(default)s)'
        return h


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names each argument in help and usage by its type's name (type=int shows 'int'), CPython's."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


class _ArgumentGroup:
    def __init__(self, container, title=None, description=None, required=False, exclusive=False):
        self._container = container
        self.title = title
        self.description = description
        self.required = required
        self._exclusive = exclusive
        self._group_actions = []

    def add_argument(self, *args, **kwargs):
        action = self._container.add_argument(*args, **kwargs)
        self._group_actions.append(action)
        if not self._exclusive:  # a mutually exclusive group's actions show in their container's section
            self._container._action_groups_of[id(action)] = self
        return action

    def add_mutually_exclusive_group(self, required=False):
        if self._exclusive:  # a group in a mutually exclusive group (deprecated since 3.11): the parser's
            return self._container.add_mutually_exclusive_group(required=required)
        # in an argument group: its actions are listed in this group's section of the help
        g = _ArgumentGroup(self, required=required, exclusive=True)
        self._container._mutex_groups.append(g)
        return g


class ArgumentParser(_AttributeHolder):
    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class', 'conflict_handler', 'add_help']
        return [(name, getattr(self, name)) for name in names]

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(), formatter_class=HelpFormatter,
                 prefix_chars='-', fromfile_prefix_chars=None, argument_default=None, conflict_handler='error',
                 add_help=True, allow_abbrev=True, exit_on_error=True):
        if prog is None:
            prog = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else 'ftpython'
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self.fromfile_prefix_chars = fromfile_prefix_chars
        if conflict_handler not in ('error', 'resolve'):
            raise ValueError('invalid conflict_resolution value: %r' % conflict_handler)
        self.conflict_handler = conflict_handler
        self.add_help = add_help
        self._actions = []
        self._option_map = {}
        self._defaults = {}
        self._mutex_groups = []
        self._groups = []
        self._action_groups_of = {}
        self._subparsers = None
        if add_help:
            prefix = '-' if '-' in prefix_chars else prefix_chars[0]  # '+h' and '++help' for prefix_chars='+'
            self.add_argument(prefix + 'h', prefix * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for p in parents:
            # CPython's _add_container_actions: the parent's actions (its -h too: a child with its own help then
            # has conflicting option strings, as in CPython), its argument groups by title and its mutually
            # exclusive groups, over the same action objects
            for a in p._actions:
                self._add_action(a)
            self._defaults.update(p._defaults)
            titled = {g.title: g for g in self._groups}
            for pg in p._groups:
                g = titled.get(pg.title)
                if g is None:
                    g = self.add_argument_group(pg.title, pg.description)
                    titled[pg.title] = g
                for a in pg._group_actions:
                    g._group_actions.append(a)
                    self._action_groups_of[id(a)] = g
            for pm in p._mutex_groups:
                m = self.add_mutually_exclusive_group(required=pm.required)
                m._group_actions.extend(pm._group_actions)

    # ---- declaring arguments

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0] and args[0][0] not in chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            if not args and 'dest' not in kwargs:
                # CPython's words, which name the method that takes dest there
                raise TypeError("_ActionsContainer._get_positional_kwargs() missing 1 required positional argument: "
                                "'dest'")
            dest = args[0] if args else kwargs.pop('dest')
            option_strings = []
            if kwargs.get('required') is not None and 'required' in kwargs:
                raise TypeError("'required' is an invalid argument for positionals")
            if kwargs.get('nargs') not in (OPTIONAL, ZERO_OR_MORE, REMAINDER, SUPPRESS, 0):
                kwargs['required'] = True
            if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
                kwargs['required'] = True
        else:
            option_strings = []
            long_strings = []
            for s in args:
                if not s or s[0] not in chars:
                    raise ValueError("invalid option string %r: must start with a character %r" % (s, chars))
                option_strings.append(s)
                if len(s) > 1 and s[1] in chars:
                    long_strings.append(s)
            dest = kwargs.pop('dest', None)
            if dest is None:
                first = long_strings[0] if long_strings else option_strings[0]
                dest = first.lstrip(chars).replace('-', '_')
                if not dest:
                    raise ValueError('dest= is required for options like %r' % first)
        action_name = kwargs.pop('action', None)
        action_class = _ACTIONS.get(action_name, action_name) if not isinstance(action_name, type) else action_name
        if action_class is None or isinstance(action_class, str) or not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_name,))
        if 'default' not in kwargs:
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        type_func = kwargs.get('type')
        if type_func is not None and not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        action = action_class(option_strings=option_strings, dest=dest, **kwargs)
        try:  # a tuple metavar must name each argument nargs takes (CPython checks through the formatter)
            self._args_usage(action, action.metavar if isinstance(action.metavar, tuple) else None)
        except TypeError:
            raise ValueError("length of metavar tuple does not match nargs") from None
        return self._add_action(action)

    def _add_action(self, action):
        conflicts = [s for s in action.option_strings if s in self._option_map]
        if conflicts and self.conflict_handler == 'resolve':
            # CPython's _handle_conflict_resolve: the older action loses the strings, and goes when it has none left
            for s in conflicts:
                old = self._option_map.pop(s)
                old.option_strings.remove(s)
                if not old.option_strings:
                    self._actions.remove(old)
                    for g in self._groups + self._mutex_groups:
                        if old in g._group_actions:
                            g._group_actions.remove(old)
            conflicts = []
        if conflicts:
            raise ArgumentError(action, 'conflicting option string%s: %s' % ('s' if len(conflicts) > 1 else '',
                                                                               ', '.join(conflicts)))
        self._actions.append(action)
        for s in action.option_strings:
            self._option_map[s] = action
        return action

    def add_argument_group(self, title=None, description=None):
        g = _ArgumentGroup(self, title, description)
        self._groups.append(g)
        return g

    def add_mutually_exclusive_group(self, required=False):
        g = _ArgumentGroup(self, required=required, exclusive=True)
        self._mutex_groups.append(g)
        return g

    def add_subparsers(self, title=None, description=None, prog=None, dest=SUPPRESS, required=False, help=None,
                       metavar=None, parser_class=None, action=None):
        if self._subparsers is not None:
            raise ArgumentError(None, 'cannot have multiple subparser arguments')
        if prog is None:
            positionals = [a for a in self._actions if not a.option_strings]
            prog = ' '.join([self.prog] + [self._metavar(a) for a in positionals])
        action = _SubParsersAction([], prog, parser_class or type(self), dest=dest, required=required, help=help,
                                   metavar=metavar)
        self._subparsers = action
        self._add_action(action)
        return action

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    # ---- parsing

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            if self.fromfile_prefix_chars is not None:
                args = self._read_args_from_files(args)
            namespace, extras = self._parse(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        if hasattr(namespace, '_UNRECOGNIZED_ARGS_ATTR'):
            extras.extend(namespace._UNRECOGNIZED_ARGS_ATTR)
            delattr(namespace, '_UNRECOGNIZED_ARGS_ATTR')
        return namespace, extras

    def _read_args_from_files(self, arg_strings):
        """'@file' arguments replaced by the file's lines (one argument a line, convert_arg_line_to_args), files
        named inside files read in turn, as CPython's."""
        out = []
        for arg in arg_strings:
            if not arg or arg[0] not in self.fromfile_prefix_chars:
                out.append(arg)
                continue
            try:
                with open(arg[1:], encoding=_sys.getfilesystemencoding(),
                          errors=_sys.getfilesystemencodeerrors()) as f:
                    lines = f.read().splitlines()
            except OSError as err:
                raise ArgumentError(None, str(err))
            read = []
            for line in lines:
                read.extend(self.convert_arg_line_to_args(line))
            out.extend(self._read_args_from_files(read))
        return out

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _is_option(self, s):
        """Whether an argument string is an option ('O' in the pattern): a known one, or one that looks like one
        (not a negative number while no option looks like a negative number, no space in it)."""
        if not s or s[0] not in self.prefix_chars or s == '-':
            return False
        if s in self._option_map:
            return True
        if len(s) == 1:
            return False
        if '=' in s and s.partition('=')[0] in self._option_map:
            return True
        if self._looks_negative(s) and not any(self._looks_negative(o) for o in self._option_map):
            return False
        if ' ' in s:
            return False
        return True

    @staticmethod
    def _looks_negative(s):
        if not s.startswith('-'):
            return False
        try:
            float(s)
            return True
        except ValueError:
            return False

    def _match_option(self, s):
        """(action or None, option string, attached value) for an 'O' argument, as CPython's _parse_optional and
        _get_option_tuples decide: an exact option, 'option=value', then a unique prefix of a long option ('--fo'
        for '--foo', also '-fo' for '-foo', when abbreviations are allowed) or a single-character option with its
        value attached ('-xVALUE', '-xyz' for combined flags); more than one candidate is an ambiguous option."""
        if s in self._option_map:
            return self._option_map[s], s, None
        if len(s) < 2:
            return None, s, None
        opt, sep, value = s.partition('=')
        if sep and opt in self._option_map:
            return self._option_map[opt], opt, value
        chars = self.prefix_chars
        candidates = []
        if s[0] in chars and s[1] in chars:
            if self.allow_abbrev:
                candidates = [(o, value if sep else None) for o in self._option_map if o.startswith(opt)]
        elif s[0] in chars:
            for o in self._option_map:
                if o == s[:2]:
                    candidates.append((o, s[2:]))
                elif self.allow_abbrev and o.startswith(opt):
                    candidates.append((o, value if sep else None))
        if len(candidates) > 1:
            raise ArgumentError(None, 'ambiguous option: %s could match %s' % (s, ', '.join(o for o, _ in candidates)))
        if candidates:
            o, v = candidates[0]
            return self._option_map[o], o, v
        return None, s, None

    def _convert(self, action, s):
        func = action.type
        if func is None:
            return s
        try:
            return func(s)
        except ArgumentTypeError as e:
            raise ArgumentError(action, str(e))
        except (TypeError, ValueError):
            name = getattr(func, '__name__', repr(func))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, s))

    def _check_value(self, action, value):
        if action.choices is not None and not isinstance(action, _SubParsersAction) and value not in action.choices:
            choices = ', '.join(repr(c) for c in action.choices)
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, choices))

    def _values(self, action, strings):
        """CPython's _get_values: the value an action receives for its argument strings."""
        nargs = action.nargs
        if not strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str) and value is not SUPPRESS:
                value = self._convert(action, value)
                self._check_value(action, value)
            return value
        if not strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else []
            return value
        if len(strings) == 1 and nargs in (None, OPTIONAL):
            value = self._convert(action, strings[0])
            self._check_value(action, value)
            return value
        if nargs == REMAINDER:
            return [self._convert(action, v) for v in strings]
        if nargs == PARSER:
            value = [self._convert(action, v) for v in strings]
            self._check_value(action, value[0])
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        if nargs == 0:
            return None
        value = [self._convert(action, v) for v in strings]
        for v in value:
            self._check_value(action, v)
        return value

    @staticmethod
    def _nargs_pattern(action):
        nargs = action.nargs
        if nargs is None:
            p = '(-*A-*)'
        elif nargs == OPTIONAL:
            p = '(-*A?-*)'
        elif nargs == ZERO_OR_MORE:
            p = '(-*[A-]*)'
        elif nargs == ONE_OR_MORE:
            p = '(-*A[A-]*)'
        elif nargs == REMAINDER:
            p = '([-AO]*)'
        elif nargs == PARSER:
            p = '(-*A[-AO]*)'
        elif nargs == SUPPRESS:
            p = '(-*-*)'
        else:
            p = '(-*%s-*)' % '-*'.join('A' * nargs)
        if action.option_strings:
            p = p.replace('-*', '').replace('-', '')
        return p

    def _parse(self, args, namespace):
        """CPython's algorithm: each argument is an option ('O'), a value ('A') or '--' ('-'); runs of values between
        options go to as many positional actions as can take them, each option takes what its nargs matches."""
        import re
        warned = set()  # the deprecated options and arguments warned about in this parse (3.13: once each)
        pattern = []
        only = False
        for s in args:
            if only:
                pattern.append('A')
            elif s == '--':
                pattern.append('-')
                only = True
            elif self._is_option(s):
                pattern.append('O')
            else:
                pattern.append('A')
        pattern = ''.join(pattern)
        option_indices = [k for k, c in enumerate(pattern) if c == 'O']
        positionals = [a for a in self._actions if not a.option_strings]
        extras = []
        seen = set()
        seen_non_default = set()

        def consume_positionals(start):
            counts = []
            for n in range(len(positionals), 0, -1):
                m = re.match(''.join(self._nargs_pattern(a) for a in positionals[:n]), pattern[start:])
                if m is not None:
                    counts = [len(g) for g in m.groups()]
                    break
            for action, count in zip(list(positionals), counts):
                strings = args[start:start + count]
                if action.nargs == PARSER:
                    if pattern[start:start + 1] == '-':
                        strings.remove('--')
                elif action.nargs != REMAINDER and pattern.find('-', start, start + count) >= 0:
                    strings.remove('--')
                start += count
                if strings and action.deprecated and action.dest not in warned:
                    warned.add(action.dest)
                    self._warning("argument '%s' is deprecated" % action.dest)
                self._act(action, namespace, self._values(action, strings), None, seen, seen_non_default)
            del positionals[:len(counts)]
            return start

        def nargs_error(action):
            nargs = action.nargs
            msg = {None: 'expected one argument', OPTIONAL: 'expected at most one argument',
                   ONE_OR_MORE: 'expected at least one argument'}.get(nargs)
            if msg is None:
                msg = 'expected %s argument%s' % (nargs, '' if nargs == 1 else 's')
            return ArgumentError(action, msg)

        def consume_optional(start):
            action, opt, explicit = self._match_option(args[start])
            tuples = []
            while True:
                if action is None:
                    extras.append(args[start])
                    return start + 1
                if explicit is None:
                    m = re.match(self._nargs_pattern(action), pattern[start + 1:])
                    if m is None:
                        raise nargs_error(action)
                    stop = start + 1 + len(m.group(1))
                    tuples.append((action, args[start + 1:stop], opt))
                    break
                m = re.match(self._nargs_pattern(action), 'A')
                if m is None:
                    raise nargs_error(action)
                count = len(m.group(1))
                if count == 0 and opt[1] not in self.prefix_chars and explicit != '':
                    tuples.append((action, [], opt))  # -xyz: -x takes nothing, so -y follows
                    opt = opt[0] + explicit[0]
                    rest = explicit[1:] or None
                    if opt in self._option_map:
                        action = self._option_map[opt]
                        explicit = rest
                    else:  # -ku with no -u: the rest is an extra ('-u'), as CPython's parse_known_args keeps it
                        extras.append(opt[0] + explicit)
                        stop = start + 1
                        break
                elif count == 1:
                    tuples.append((action, [explicit], opt))
                    stop = start + 1
                    break
                else:
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
            for a, strings, o in tuples:
                if a.deprecated and o not in warned:
                    warned.add(o)
                    self._warning("option '%s' is deprecated" % o)
                self._act(a, namespace, self._values(a, strings), o, seen, seen_non_default)
            return stop

        start = 0
        max_option = option_indices[-1] if option_indices else -1
        while start <= max_option:
            next_option = start
            while next_option <= max_option and next_option not in option_indices:
                next_option += 1
            if start != next_option:
                end = consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in option_indices:
                extras.extend(args[start:next_option])
                start = next_option
            start = consume_optional(start)
        stop = consume_positionals(start)
        extras.extend(args[stop:])
        required = []
        for action in self._actions:
            if action in seen:
                continue
            if action.required:
                required.append(_action_name(action))
            elif action.default is not None and isinstance(action.default, str) and action.dest is not SUPPRESS \
                    and getattr(namespace, action.dest, None) is action.default:
                setattr(namespace, action.dest, self._convert(action, action.default))
        if required:
            raise ArgumentError(None, 'the following arguments are required: %s' % ', '.join(required))
        for g in self._mutex_groups:
            if g.required and not any(a in seen_non_default for a in g._group_actions):
                names = [_action_name(a) for a in g._group_actions if a.help is not SUPPRESS]
                raise ArgumentError(None, 'one of the arguments %s is required' % ' '.join(names))
        return namespace, extras

    def _act(self, action, namespace, value, opt, seen, seen_non_default):
        seen.add(action)
        if value is not action.default:
            seen_non_default.add(action)
            for g in self._mutex_groups:
                if action in g._group_actions:
                    for other in g._group_actions:
                        if other is not action and other in seen_non_default:
                            raise ArgumentError(action, 'not allowed with argument %s' % _action_name(other))
        if value is not SUPPRESS:
            action(self, namespace, value, opt)

    # ---- help and errors

    def _metavar(self, action):
        if action.metavar is not None:
            return action.metavar if isinstance(action.metavar, str) else action.metavar[0]
        if action.choices is not None and not isinstance(action, _SubParsersAction):
            return '{' + ','.join(str(c) for c in action.choices) + '}'
        if isinstance(action, _SubParsersAction):
            return '{' + ','.join(action._name_parser_map) + '}'
        fmt = self.formatter_class(prog=self.prog)
        if action.option_strings:
            return fmt._get_default_metavar_for_optional(action)
        return fmt._get_default_metavar_for_positional(action)

    def _metavars(self, action):
        """The metavar as _args_usage takes it: a tuple given by the user (one name per argument), else the name."""
        if isinstance(action.metavar, tuple):
            return action.metavar
        return self._metavar(action)

    def _args_usage(self, action, metavar):
        # CPython's _format_args: a tuple metavar names each argument, a name stands for all of them; a tuple of
        # the wrong length fails the % (add_argument turns that into its ValueError)
        def names(n):
            return metavar if isinstance(metavar, tuple) else (metavar,) * n
        nargs = action.nargs
        if nargs is None:
            return '%s' % names(1)
        if nargs == OPTIONAL:
            return '[%s]' % names(1)
        if nargs == ZERO_OR_MORE:
            m = names(1)
            return '[%s [%s ...]]' % m if len(m) == 2 else '[%s ...]' % m
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % names(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % names(1)
        if nargs == SUPPRESS:
            return ''
        if nargs == 0:
            return ''
        return ' '.join(['%s'] * nargs) % names(nargs)

    def _action_usage(self, action):
        if isinstance(action, BooleanOptionalAction):
            return ' | '.join(action.option_strings)
        if action.option_strings:
            opt = action.option_strings[0]
            if action.nargs == 0:
                return opt
            return '%s %s' % (opt, self._args_usage(action, self._metavars(action)))
        return self._args_usage(action, self._metavars(action))

    def format_usage(self):
        if self.usage is SUPPRESS:  # no usage at all, in the help too
            return ''
        return 'usage: %s\n' % self._usage_text()

    def _usage_text(self):
        """CPython's usage line: optionals (a mutually exclusive group bracketed together), then positionals; when
        too long, the optionals wrap under the program name and the positionals start a line of their own."""
        if self.usage is not None:
            return self.usage.replace('%(prog)s', self.prog)
        # a mutually exclusive group is shown as one only where its actions stand together in the usage's order
        # (optionals, then positionals), as CPython 3.13's _get_actions_usage_parts decides; else each on its own
        ordered = [a for a in self._actions if a.option_strings] + [a for a in self._actions if not a.option_strings]
        in_group = {}
        for g in self._mutex_groups:
            members = g._group_actions
            if not members or all(a.help is SUPPRESS for a in members):
                continue
            start = next((k for k, a in enumerate(ordered) if a is members[0]), None)
            if start is None:
                continue
            window = ordered[start:start + len(members)]
            if len(window) == len(members) and all(x is y for x, y in zip(window, members)):
                for a in members:
                    in_group[id(a)] = g
        done_groups = set()
        opt_parts = []
        pos_parts = []
        for a in ordered:
            if a.help is SUPPRESS:
                continue
            g = in_group.get(id(a))
            if g is None and not a.option_strings:
                u = self._action_usage(a)
                if u:
                    pos_parts.append(u)
                continue
            if g is not None:
                if id(g) in done_groups:
                    continue
                done_groups.add(id(g))
                # one part per action and per '|' (CPython 3.13's), so a long group wraps between its actions
                usages = []
                for x in g._group_actions:
                    if x.help is SUPPRESS:
                        continue
                    u = self._action_usage(x)
                    if not x.option_strings and u.startswith('[') and u.endswith(']'):
                        u = u[1:-1]  # a positional's own brackets go: the group's stand for them (CPython's)
                    usages.append(u)
                if usages:
                    # a required group of one shown action needs no parentheses (CPython 3.13's)
                    opening, closing = (('(', ')') if len(usages) > 1 else ('', '')) if g.required else ('[', ']')
                    group_parts = []
                    for k, u in enumerate(usages):
                        if k:
                            group_parts.append('|')
                        group_parts.append(u)
                    group_parts[0] = opening + group_parts[0]
                    group_parts[-1] = group_parts[-1] + closing
                    (opt_parts if a.option_strings else pos_parts).extend(group_parts)
                continue
            u = self._action_usage(a)
            opt_parts.append(u if a.required else '[%s]' % u)
        prog = self.prog
        prefix = 'usage: '
        text = ' '.join([prog] + opt_parts + pos_parts)
        text_width = self.formatter_class(self.prog)._width
        if len(prefix) + len(text) <= text_width:
            return text

        def get_lines(parts, indent, first_prefix=None):
            lines = []
            line = []
            line_len = len(first_prefix) - 1 if first_prefix is not None else len(indent) - 1
            for part in parts:
                if line_len + 1 + len(part) > text_width and line:
                    lines.append(indent + ' '.join(line))
                    line = []
                    line_len = len(indent) - 1
                line.append(part)
                line_len += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = get_lines([prog] + opt_parts, indent, prefix)
                lines.extend(get_lines(pos_parts, indent))
            elif pos_parts:
                lines = get_lines([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            lines = get_lines(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = get_lines(opt_parts, indent) + get_lines(pos_parts, indent)
            lines = [prog] + lines
        return '\n'.join(lines)

    def _help_line(self, formatter, invocation, action, help_position=None):
        if help_position is None:
            help_position = min(formatter._max_help_position, 24)
        text = formatter._get_help_string(action)
        if text is not None:
            params = dict(vars(action), prog=self.prog)
            params['default'] = action.default
            # CPython's _expand_help: SUPPRESS values left out, anything with a __name__ (a type) by its name
            for name in list(params):
                if params[name] is SUPPRESS:
                    del params[name]
                elif hasattr(params[name], '__name__'):
                    params[name] = params[name].__name__
            if params.get('choices') is not None:
                params['choices'] = ', '.join(str(c) for c in params['choices'])
            try:
                text = text % params
            except (KeyError, TypeError, ValueError):
                pass
        line = '  ' + invocation
        if text is None:
            return [line]
        width = formatter._width - help_position
        wrapped = formatter._split_lines(text, max(width, 11)) or ['']
        if len(line) <= help_position - 2:
            first = line.ljust(help_position) + wrapped[0]
            return [first] + [' ' * help_position + w for w in wrapped[1:]]
        return [line] + [' ' * help_position + w for w in wrapped]

    def _invocation(self, action):
        if not action.option_strings:
            return self._metavar(action)
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._args_usage(action, self._metavars(action))
        return ', '.join(action.option_strings) + ' ' + args

    def format_help(self):
        formatter = self.formatter_class(self.prog)
        out = [self.format_usage()]
        if self.description:
            out.append('\n' + formatter._format_text(self.description))
        positionals = [a for a in self._actions if not a.option_strings and a.help is not SUPPRESS
                       and id(a) not in self._action_groups_of]
        optionals = [a for a in self._actions if a.option_strings and a.help is not SUPPRESS
                     and id(a) not in self._action_groups_of]
        # the help column, as CPython's HelpFormatter: two past the longest invocation of any section (subcommands
        # are indented two more), at most max_help_position
        widths = [len(self._invocation(a)) + 2 for a in positionals + optionals]
        for a in positionals:
            if isinstance(a, _SubParsersAction):
                widths.extend(len(name) + 4 for name, h in a._choices_help)
        for g in self._groups:
            widths.extend(len(self._invocation(a)) + 2 for a in g._group_actions if a.help is not SUPPRESS)
        hp = min(max(widths, default=0) + 2, formatter._max_help_position)
        if positionals:
            out.append('\npositional arguments:\n')
            for a in positionals:
                if isinstance(a, _SubParsersAction):
                    out.extend(l + '\n' for l in self._help_line(formatter, self._metavar(a), a, hp))
                    for name, h in a._choices_help:
                        out.extend('  ' + l + '\n' for l in self._help_line(formatter, name,
                                                                            Action([], name, help=h), hp - 2))
                    continue
                out.extend(l + '\n' for l in self._help_line(formatter, self._invocation(a), a, hp))
        if optionals:
            out.append('\noptions:\n')
            for a in optionals:
                out.extend(l + '\n' for l in self._help_line(formatter, self._invocation(a), a, hp))
        for g in self._groups:
            visible = [a for a in g._group_actions if a.help is not SUPPRESS]
            if not visible and not g.description:
                continue
            out.append('\n%s:\n' % (g.title or 'options'))
            if g.description:
                out.append(formatter._format_section_text(g.description, '  ') + '\n')
            for a in visible:
                out.extend(l + '\n' for l in self._help_line(formatter, self._invocation(a), a, hp))
        if self.epilog:
            out.append('\n' + formatter._format_text(self.epilog))
        text = ''.join(out)
        return text.lstrip('\n') if self.usage is SUPPRESS else text

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        # CPython's: a missing or broken stream (sys.stderr = None, a closed pipe) loses the message, not the exit
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def _warning(self, message):
        self._print_message('%s: warning: %s\n' % (self.prog, message), _sys.stderr)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))


def _min_count(action):
    nargs = action.nargs
    if nargs is None or nargs == PARSER:
        return 1
    if nargs == ONE_OR_MORE:
        return 1
    if nargs in (OPTIONAL, ZERO_OR_MORE, REMAINDER, 0):
        return 0
    return nargs
