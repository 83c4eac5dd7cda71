# SPDX-License-Identifier: Apache-2.0
# enum for ftpython: Enum, IntEnum, StrEnum, auto, unique, with CPython's members, lookups, reprs and errors.
# As in CPython, enum classes are instances of the metaclass EnumType (EnumMeta), which answers iteration, len(),
# `in`, [name], reversed() and repr() of an enum class and refuses to reassign or delete a member; Enum makes the
# members in __init_subclass__ and looks values up in __new__ (CPython does both in EnumType.__new__/__call__).
# Flag and IntFlag follow CPython 3.11+'s semantics (pseudo-members for combinations, STRICT and KEEP boundaries).

_MISSING = object()


class auto:
    _counter = 0

    def __init__(self, value=_MISSING):
        self.value = value
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return 'auto(%r)' % (self.value,)

    # CPython resolves auto() as the class body assigns it, so `WHITE = RED | GREEN` combines values; ftpython
    # resolves members after the body, so an operator on autos is an auto computed then, from its operands (defined
    # before it, so resolved first)
    def _combine(self, other, op):
        combined = auto()
        combined._compute = lambda: op(_auto_value(self), _auto_value(other))
        return combined

    def __or__(self, other):
        return self._combine(other, lambda a, b: a | b)

    def __and__(self, other):
        return self._combine(other, lambda a, b: a & b)

    def __xor__(self, other):
        return self._combine(other, lambda a, b: a ^ b)

    def __ror__(self, other):
        return self._combine(other, lambda a, b: b | a)

    def __rand__(self, other):
        return self._combine(other, lambda a, b: b & a)

    def __rxor__(self, other):
        return self._combine(other, lambda a, b: b ^ a)


class member:
    """Forces a value to be a member (a function, say): `f = member(func)` or `@member`."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps a value out of the members: `B = nonmember(2)` is a plain class attribute."""

    def __init__(self, value):
        self.value = value


def _auto_value(v):
    if not isinstance(v, auto):
        return v
    if v.value is _MISSING and getattr(v, '_compute', None) is not None:
        v.value = v._compute()  # an intermediate combination (RED | GREEN in RED | GREEN | BLUE)
    return v.value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    # functions, property, staticmethod and classmethod (ftpython's descriptors), nested classes
    if isinstance(obj, auto):
        return False
    return callable(obj) or type(obj).__name__ in ('property', 'staticmethod', 'classmethod') \
        or hasattr(obj, '__get__')


class EnumType(type):
    """The metaclass of enum classes."""

    def __iter__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return iter(cls.__dict__.get('_singles_', ()))
        return iter([cls._member_map_[n] for n in cls.__dict__.get('_member_names_', ())])

    def __reversed__(cls):
        return iter([cls._member_map_[n] for n in reversed(cls.__dict__.get('_member_names_', ()))])

    def __len__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return len(cls.__dict__.get('_singles_', ()))
        return len(cls.__dict__.get('_member_names_', ()))

    def __contains__(cls, value):
        if isinstance(value, cls):
            return value._name_ in cls._member_map_
        try:
            return value in cls.__dict__.get('_value2member_map_', {})
        except TypeError:
            return any(m._value_ == value for m in cls.__dict__.get('_unhashable_values_', ()))

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % cls.__name__
        return '<enum %r>' % cls.__name__

    def __bool__(cls):
        return True

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, name))
        super().__delattr__(name)


EnumMeta = EnumType
Flag = None  # defined below; EnumType's methods ask for it


class Enum(metaclass=EnumType):
    def __init_subclass__(cls, **kwds):
        super().__init_subclass__(**kwds)
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        cls._unhashable_values_ = []
        init = cls.__dict__.get('__init__')
        if init is not None:
            cls.__init__ = _guarded_init(init)
        last_values = []
        for base in cls.__mro__[1:]:
            if getattr(base, '_member_names_', None):
                raise TypeError('<enum %r> cannot extend <enum %r>' % (cls.__name__, base.__name__))
        data_type = _data_type(cls)
        cls._member_type_ = _member_type(cls)
        if data_type is not None:
            _use_enum_methods(cls)
        members = []
        for name, value in list(cls.__dict__.items()):
            if isinstance(value, nonmember):  # an attribute, never a member (3.11+)
                type.__setattr__(cls, name, value.value)
                continue
            if isinstance(value, member):  # a member, even a function or a descriptor (3.11+)
                members.append((name, value.value))
                continue
            if _is_dunder(name) or _is_sunder(name) or name.startswith('_%s__' % cls.__name__):
                continue
            if _is_descriptor(value):
                continue
            members.append((name, value))
        for name, value in members:
            if isinstance(value, auto):
                if value.value is _MISSING:
                    compute = getattr(value, '_compute', None)
                    if compute is not None:
                        value.value = compute()
                    else:
                        value.value = cls._generate_next_value_(name, 1, len(cls._member_names_), last_values[:])
                value = value.value
            last_values.append(value)
            _add_member(cls, name, value)
        cls.__members__ = dict(cls._member_map_)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last_value = sorted(last_values)[-1]
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        return last_value + 1

    def __new__(cls, value, names=_MISSING, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is not _MISSING or type is not None and not cls.__dict__.get('_member_names_'):
            # the functional API: Enum('Color', 'RED GREEN'), Enum('X', type=int) (no names: an empty enum)
            return _functional(cls, value, None if names is _MISSING else names, start, module, qualname, type,
                               boundary)
        if isinstance(value, cls):
            return value
        member = _member_for_value(cls, value)
        if member is not _MISSING:
            return member
        missing = cls._missing_(value)
        if isinstance(missing, cls):
            return missing
        if missing.__class__ is int and getattr(cls, '_boundary_', None) == 'eject':  # (type is a parameter)
            return missing  # a Flag with boundary EJECT answers a plain int for unknown bits
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))

    @classmethod
    def _missing_(cls, value):
        return None

    def __init__(self, *args, **kwds):
        pass

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        if self._name_ is None:  # a Flag's empty value: <Perm: 0>
            return '<%s: %r>' % (type(self).__name__, self._value_)
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)


def _guarded_init(init):
    def __init__(self, *args, **kwds):
        if getattr(self, '_initializing_', False):
            init(self, *args, **kwds)
    return __init__


def _member_for_value(cls, value):
    """The member whose value is value (hashable values by the map, others by equality), or _MISSING."""
    try:
        return cls._value2member_map_.get(value, _MISSING)
    except TypeError:
        for m in cls._unhashable_values_:
            if m._value_ == value:
                return m
        return _MISSING


def _add_member(cls, name, value):
    if name in cls._member_map_:
        raise TypeError('%r already defined as %r' % (name, cls._member_map_[name]._value_))
    alias = _member_for_value(cls, value)
    if alias is not _MISSING:
        cls._member_map_[name] = alias
        type.__setattr__(cls, name, alias)
        return
    args = value if isinstance(value, tuple) else (value,)
    data_type = _data_type(cls)
    if data_type is None:
        member = object.__new__(cls)
    else:  # class Color(str, Enum): the member is a str made from the value, as CPython's data-type mixins
        member = data_type.__new__(cls, *args)
    object.__setattr__(member, '_name_', name)
    object.__setattr__(member, '_value_', _convert_value(cls, value))
    object.__setattr__(member, '_initializing_', True)
    cls.__init__(member, *args)
    object.__delattr__(member, '_initializing_')
    cls._member_names_.append(name)
    cls._member_map_[name] = member
    try:
        cls._value2member_map_[member._value_] = member
    except TypeError:
        cls._unhashable_values_.append(member)
    type.__setattr__(cls, name, member)


_DATA_TYPES = (str, int, float, tuple, frozenset)


def _data_type(cls):
    """The built-in data type mixed into an enum (class Color(str, Enum)), or None."""
    for base in cls.__mro__:
        if base in _DATA_TYPES:
            return base
    return None


def _member_type(cls):
    """CPython's _member_type_: the data type the members are made of (a built-in one, a class with its own
    __new__ or a dataclass, or the one an enum base has; the subclass it came through counts), else object."""
    candidate = None
    for base in cls.__mro__[1:]:
        if base is object:
            continue
        if isinstance(base, EnumType):
            mt = base.__dict__.get('_member_type_', object)
            if mt is not object:
                return mt
            continue
        if base in _DATA_TYPES or '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
            return candidate or base
        candidate = candidate or base
    return object


def _use_enum_methods(cls):
    """As CPython's EnumType: __repr__, __str__, __format__ and __reduce_ex__ that the enum would take from its data
    type (or object) are Enum's instead, unless a class before the data type in the MRO defines them; and calling
    the class looks a member up (Enum.__new__), never makes a new value of the data type."""
    if '__new__' not in cls.__dict__:
        cls.__new__ = Enum.__new__
    for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
        for base in cls.__mro__:
            if base in _DATA_TYPES or base is object:
                setattr(cls, name, getattr(Enum, name))
                break
            if name in base.__dict__:
                break


def _convert_value(cls, value):
    for base in cls.__mro__:
        if base is IntEnum:
            return int(value)
        if base is StrEnum:
            return str(value)
    return value


def _functional(cls, name, names, start, module=None, qualname=None, mixin=None, boundary=None):
    if names is None:
        names = ()
    if isinstance(names, str):
        names = names.replace(',', ' ').split()
    if isinstance(names, (list, tuple)) and names and isinstance(names[0], str):
        # the values the enum would give auto() members (a Flag's powers of two), from start
        items = []
        last_values = []
        for count, n in enumerate(names):
            value = cls._generate_next_value_(n, start, count, last_values[:])
            last_values.append(value)
            items.append((n, value))
    elif isinstance(names, dict):
        items = list(names.items())
    else:
        items = list(names)
    if module is None:  # the caller's module, as CPython's (its pickling finds the class there)
        import sys
        try:
            module = sys._getframe(3).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    ns = {'__module__': module}
    if qualname is not None:
        ns['__qualname__'] = qualname
    for n, v in items:
        ns[n] = v
    bases = (cls,) if mixin is None else (mixin, cls)
    kw = {} if boundary is None else {'boundary': boundary}
    return type(cls)(name, bases, ns, **kw)


class ReprEnum(Enum):
    """Only the repr is Enum's: str() and format() are the mixed-in data type's (CPython's ReprEnum)."""


class IntEnum(int, ReprEnum):
    """Members are ints (a subclass of int, as in CPython): they compare, hash, order, index and do arithmetic as
    their values."""

    __repr__ = Enum.__repr__

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return int.__format__(self, spec)


class StrEnum(str, ReprEnum):
    """Members are strs (a subclass of str, as in CPython); auto() gives the lower-cased name."""

    __repr__ = Enum.__repr__

    def __str__(self):
        return str.__str__(self)

    def __format__(self, spec):
        return str.__format__(self, spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Members that combine with |, &, ^ and ~ (CPython 3.11+ semantics): the class iterates its single-bit members,
    a combination of them is a pseudo-member named after them ("R|W"), made once; a value with bits no member has is
    refused (Flag) or kept (IntFlag, "R|8")."""
    _boundary_keep_ = False

    def __init_subclass__(cls, boundary=None, **kwds):
        super().__init_subclass__(**kwds)
        if boundary is not None:
            cls._boundary_ = FlagBoundary(boundary)
        singles = [cls._member_map_[n] for n in cls._member_names_ if _is_single_bit(cls._member_map_[n]._value_)]
        cls._singles_ = singles
        mask = 0
        for m in cls._member_map_.values():
            if isinstance(m._value_, int):
                mask |= m._value_
        cls._flag_mask_ = mask
        cls._all_bits_ = 2 ** mask.bit_length() - 1
        # as CPython's EnumType: a Flag's operators win over a data type's (IntFlag over int's)
        for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
            if op not in cls.__dict__:
                setattr(cls, op, getattr(Flag, op))

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        boundary = getattr(cls, '_boundary_', None)
        keep = boundary == 'keep' if boundary is not None else cls._boundary_keep_
        if value < 0:
            value = value & cls._all_bits_ if not keep else value
        extra = value & ~flag_mask
        if extra and boundary == 'eject':
            return value  # EJECT: a value with unknown bits is a plain int
        if extra and boundary == 'conform':
            value &= flag_mask  # CONFORM: the unknown bits are dropped
            extra = 0
        if extra and not keep:
            max_bits = max(value.bit_length(), flag_mask.bit_length())
            raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                             % (cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
        data_type = _data_type(cls)
        member = object.__new__(cls) if data_type is None else data_type.__new__(cls, value)
        if value == 0:
            name = None
        else:
            names = [m._name_ for m in cls._singles_ if m._value_ & value]
            if extra:
                names.append(str(extra))
            name = '|'.join(names)
        object.__setattr__(member, '_name_', name)
        object.__setattr__(member, '_value_', value)
        if value in cls._value2member_map_:
            return cls._value2member_map_[value]
        return cls._value2member_map_.setdefault(value, member)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter([m for m in self.__class__._singles_ if m._value_ & self._value_])

    def __len__(self):
        return len([m for m in self.__class__._singles_ if m._value_ & self._value_])

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if _data_type(self.__class__) is int and isinstance(other, int):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._operand(other)
        return NotImplemented if v is NotImplemented else self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._operand(other)
        return NotImplemented if v is NotImplemented else self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._operand(other)
        return NotImplemented if v is NotImplemented else self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self.__class__._flag_mask_ ^ self._value_ & self.__class__._flag_mask_)


class IntFlag(int, ReprEnum, Flag):
    """A Flag whose members are ints (CPython's boundary KEEP: bits no member has are kept, "R|8")."""
    _boundary_keep_ = True

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return int.__format__(self, spec)


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


def _bin(num, max_bits=None):
    # CPython's enum.bin: a sign digit, then the digits, padded to max_bits
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


def unique(enumeration):
    duplicates = []
    for name, member in enumeration._member_map_.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in <enum %r>: %s' % (enumeration.__name__, alias_details))
    return enumeration


# ---- 3.11+: boundaries, verify, global_enum and friends

class FlagBoundary(StrEnum):
    """What a Flag does with a value holding bits none of its members has."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary
Flag._boundary_ = STRICT
IntFlag._boundary_ = KEEP


class EnumCheck(StrEnum):
    """The checks verify() runs."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


def show_flag_values(value):
    return [1 << i for i in range(value.bit_length()) if value >> i & 1]


class verify:
    """A class decorator that checks an enumeration: @verify(UNIQUE, CONTINUOUS)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        is_flag = issubclass(enumeration, Flag)
        enum_type = 'flag' if is_flag else 'enum'
        for check in self.checks:
            if check is UNIQUE:
                duplicates = [(name, m._name_) for name, m in enumeration._member_map_.items() if name != m._name_]
                if duplicates:
                    details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
                    raise ValueError('aliases found in %r: %s' % (enumeration, details))
            elif check is CONTINUOUS:
                values = set(m._value_ for m in enumeration._member_map_.values())
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if is_flag:
                    missing = [1 << i for i in range(low.bit_length() - 1, high.bit_length())
                               if (1 << i) not in values]
                else:
                    missing = [v for v in range(low + 1, high) if v not in values]
                if missing:
                    raise ValueError('invalid %s %r: missing values %s'
                                     % (enum_type, cls_name, ', '.join(str(v) for v in missing)))
            elif check is NAMED_FLAGS:
                member_values = 0
                for m in enumeration._member_map_.values():
                    if _is_single_bit(m._value_):
                        member_values |= m._value_
                missing_names = []
                missing_value = 0
                for name, m in enumeration._member_map_.items():
                    if name not in enumeration._member_names_ or _is_single_bit(m._value_):
                        continue
                    if m._value_ < 0:
                        continue
                    missed = m._value_ & ~member_values
                    if missed:
                        missing_names.append(name)
                        missing_value |= missed
                if missing_names:
                    if len(missing_names) == 1:
                        alias = 'alias %s is missing' % missing_names[0]
                    else:
                        alias = 'aliases %s and %s are missing' % (', '.join(missing_names[:-1]),
                                                                    missing_names[-1])
                    if _is_single_bit(missing_value):
                        value = 'value 0x%x' % missing_value
                    else:
                        value = 'combined values of 0x%x' % missing_value
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                                     % (cls_name, alias, value))
        return enumeration


def _global_enum_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def _global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return '%s.%s(%r)' % (module, self.__class__.__name__, self._value_)
    return '|'.join('%s.%s' % (module, name) for name in self._name_.split('|'))


def _global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Puts the members in the module's namespace and makes their repr module.NAME (calendar.MONDAY)."""
    import sys
    if issubclass(cls, Flag):
        type.__setattr__(cls, '__repr__', _global_flag_repr)
    else:
        type.__setattr__(cls, '__repr__', _global_enum_repr)
    if not issubclass(cls, ReprEnum) or update_str:
        type.__setattr__(cls, '__str__', _global_str)
    module = sys.modules.get(cls.__module__)
    if module is not None:
        module.__dict__.update(cls.__members__)
    return cls


def _iter_bits_lsb(num):
    """The powers of two whose sum is num, lowest first (a negative num has infinitely many: refused)."""
    if num < 0:
        raise ValueError('%r is not a positive integer' % num)
    while num:
        low = num & -num
        yield low
        num ^= low


def _simple_enum(etype=None, *, boundary=None, use_args=None):
    """CPython's private decorator for the standard library's enums: the class's body as an enum of etype (its
    members are the class's own public names)."""
    def convert_class(cls):
        base = Enum if etype is None else etype
        kw = {} if boundary is None else {'boundary': boundary}
        namespace = {k: v for k, v in cls.__dict__.items() if k not in ('__dict__', '__weakref__')}
        namespace.setdefault('__qualname__', cls.__qualname__)
        return type(base)(cls.__name__, (base,), namespace, **kw)
    return convert_class


def _test_simple_enum(checked_enum, simple_enum):
    """Raises TypeError where an enum made by _simple_enum differs from the one made by a class statement: in its
    members' names, values or order, or in its other attributes' names."""
    failed = []
    if list(checked_enum.__members__) != list(simple_enum.__members__):
        failed.append('member names: %r != %r' % (list(checked_enum.__members__), list(simple_enum.__members__)))
    else:
        for name in checked_enum.__members__:
            a = checked_enum.__members__[name]._value_
            b = simple_enum.__members__[name]._value_
            if a != b:
                failed.append('%s: %r != %r' % (name, a, b))
    if failed:
        raise TypeError('enum mismatch:\n   ' + '\n   '.join(failed))


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


class EnumDict(dict):
    """The namespace an enum's class body fills (3.13): here an ordinary dict that keeps the member names."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._member_names = {}


import builtins as _builtins
property = _builtins.property  # enum.property: members' attributes (a plain property here)
del _builtins
