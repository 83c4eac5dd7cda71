# SPDX-License-Identifier: Apache-2.0
# ipaddress for ftpython: IPv4/IPv6 address, network and interface objects,
# written here after CPython 3.13's behaviour (messages, reprs, properties).

import functools

__all__ = [
    'IPV4LENGTH', 'IPV6LENGTH', 'AddressValueError', 'NetmaskValueError',
    'ip_address', 'ip_network', 'ip_interface', 'v4_int_to_packed',
    'v6_int_to_packed', 'summarize_address_range', 'collapse_addresses',
    'get_mixed_type_key', 'IPv4Address', 'IPv4Network', 'IPv4Interface',
    'IPv6Address', 'IPv6Network', 'IPv6Interface',
]

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A value error related to the address."""


class NetmaskValueError(ValueError):
    """A value error related to the netmask."""


# --------------------------------------------------------------------------
# Factory functions

def ip_address(address):
    """Return an IPv4Address or IPv6Address object for address."""
    for cls in (IPv4Address, IPv6Address):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 address')


def ip_network(address, strict=True):
    """Return an IPv4Network or IPv6Network object for address."""
    for cls in (IPv4Network, IPv6Network):
        try:
            return cls(address, strict)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 network')


def ip_interface(address):
    """Return an IPv4Interface or IPv6Interface object for address."""
    for cls in (IPv4Interface, IPv6Interface):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 interface')


def v4_int_to_packed(address):
    """Pack an integer into 4 network-order bytes."""
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4")


def v6_int_to_packed(address):
    """Pack an integer into 16 network-order bytes."""
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6")


def _split_optional_netmask(address):
    parts = str(address).split('/')
    if len(parts) > 2:
        raise AddressValueError(f"Only one '/' permitted in {address!r}")
    return parts


def _trailing_zero_bits(number, bits):
    """Number of zero bits at the low end of number (at most bits)."""
    if number == 0:
        return bits
    return min(bits, (number & -number).bit_length() - 1)


def _not_same_version(a, b):
    return TypeError('%s and %s are not of the same version' % (a, b))


_count_righthand_zero_bits = _trailing_zero_bits  # CPython's name for it


def _find_address_range(addresses):
    """Yield (first, last) for each run of consecutive addresses of a sorted, deduplicated iterable."""
    run_first = run_last = None
    for addr in addresses:
        if run_first is None:
            run_first = run_last = addr
        elif int(addr) == int(run_last) + 1:
            run_last = addr
        else:
            yield run_first, run_last
            run_first = run_last = addr
    if run_first is not None:
        yield run_first, run_last


def summarize_address_range(first, last):
    """Yield the fewest networks exactly covering first..last inclusive (a generator: errors come at the first
    next(), as CPython's)."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise _not_same_version(first, last)
    if first > last:
        raise ValueError('last IP address must be greater than first')
    if first.version == 4:
        net_cls = IPv4Network
    elif first.version == 6:
        net_cls = IPv6Network
    else:
        raise ValueError('unknown IP version')
    yield from _summarize(net_cls, int(first), int(last))


def _summarize(net_cls, lo, hi):
    bits = net_cls._max_prefixlen
    top = (1 << bits) - 1
    while lo <= hi:
        size_bits = min(_trailing_zero_bits(lo, bits),
                        (hi - lo + 1).bit_length() - 1)
        yield net_cls((lo, bits - size_bits))
        lo += 1 << size_bits
        if lo - 1 == top:
            break


def _merge_networks(networks):
    # Repeatedly merge sibling networks into their supernet, then drop any
    # network covered by a previous one.
    pending = list(networks)
    by_parent = {}
    while pending:
        net = pending.pop()
        parent = net.supernet()
        seen = by_parent.get(parent)
        if seen is None:
            by_parent[parent] = net
        elif seen != net:
            del by_parent[parent]
            pending.append(parent)
    last = None
    for net in sorted(by_parent.values()):
        if last is not None and last.broadcast_address >= net.broadcast_address:
            continue
        yield net
        last = net


def collapse_addresses(addresses):
    """Collapse an iterable of addresses/networks into the fewest networks."""
    singles = []
    nets = []
    for obj in addresses:
        if isinstance(obj, _BaseAddress):
            if singles and singles[-1]._version != obj._version:
                raise _not_same_version(obj, singles[-1])
            singles.append(obj)
        elif obj._prefixlen == obj._max_prefixlen:
            if singles and singles[-1]._version != obj._version:
                raise _not_same_version(obj, singles[-1])
            try:
                singles.append(obj.ip)
            except AttributeError:
                singles.append(obj.network_address)
        else:
            if nets and nets[-1]._version != obj._version:
                raise _not_same_version(obj, nets[-1])
            nets.append(obj)

    singles = sorted(set(singles))
    ranged = []
    if singles:
        # group consecutive addresses into runs, then summarize each run
        start = prev = singles[0]
        for addr in singles[1:]:
            if addr._ip == prev._ip + 1:
                prev = addr
                continue
            ranged.extend(summarize_address_range(start, prev))
            start = prev = addr
        ranged.extend(summarize_address_range(start, prev))
    return _merge_networks(ranged + nets)


def get_mixed_type_key(obj):
    """Sort key usable with a mix of networks and addresses."""
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


# --------------------------------------------------------------------------
# Base classes

class _IPAddressBase:
    __slots__ = ()

    @property
    def exploded(self):
        return self._explode_shorthand_ip_string()

    @property
    def compressed(self):
        return str(self)

    @property
    def reverse_pointer(self):
        return self._reverse_pointer()

    @property
    def version(self):
        return self._version

    def _check_int_address(self, address):
        if address < 0:
            raise AddressValueError("%d (< 0) is not permitted as an IPv%d address"
                                    % (address, self._version))
        if address > self._ALL_ONES:
            raise AddressValueError("%d (>= 2**%d) is not permitted as an IPv%d address"
                                    % (address, self._max_prefixlen, self._version))

    def _check_packed_address(self, address, size):
        n = len(address)
        if n != size:
            raise AddressValueError("%r (len %d != %d) is not permitted as an IPv%d address"
                                    % (address, n, size, self._version))

    @classmethod
    def _ip_int_from_prefix(cls, prefixlen):
        return cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen)

    @classmethod
    def _prefix_from_ip_int(cls, ip_int):
        zeros = _trailing_zero_bits(ip_int, cls._max_prefixlen)
        prefixlen = cls._max_prefixlen - zeros
        if (ip_int >> zeros) != (1 << prefixlen) - 1:
            raw = ip_int.to_bytes(cls._max_prefixlen // 8, 'big')
            raise ValueError('Netmask pattern %r mixes zeroes & ones' % raw)
        return prefixlen

    @classmethod
    def _report_invalid_netmask(cls, netmask_str):
        raise NetmaskValueError('%r is not a valid netmask' % netmask_str) from None

    @classmethod
    def _prefix_from_prefix_string(cls, prefixlen_str):
        if not (prefixlen_str.isascii() and prefixlen_str.isdigit()):
            cls._report_invalid_netmask(prefixlen_str)
        try:
            prefixlen = int(prefixlen_str)
        except ValueError:
            cls._report_invalid_netmask(prefixlen_str)
        if not 0 <= prefixlen <= cls._max_prefixlen:
            cls._report_invalid_netmask(prefixlen_str)
        return prefixlen

    @classmethod
    def _prefix_from_ip_string(cls, ip_str):
        try:
            ip_int = cls._ip_int_from_string(ip_str)
        except AddressValueError:
            cls._report_invalid_netmask(ip_str)
        try:
            return cls._prefix_from_ip_int(ip_int)
        except ValueError:
            pass
        # maybe it is a hostmask
        try:
            return cls._prefix_from_ip_int(ip_int ^ cls._ALL_ONES)
        except ValueError:
            cls._report_invalid_netmask(ip_str)

    @classmethod
    def _split_addr_prefix(cls, address):
        if isinstance(address, (bytes, int)):
            return address, cls._max_prefixlen
        if not isinstance(address, tuple):
            address = _split_optional_netmask(address)
        if len(address) > 1:
            return address
        return address[0], cls._max_prefixlen

    def __reduce__(self):
        return self.__class__, (str(self),)


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    __slots__ = ()

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self._version != other._version:
            raise _not_same_version(self, other)
        return self._ip < other._ip

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return str(self._string_from_ip_int(self._ip))

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def _get_address_key(self):
        return (self._version, self)

    def __reduce__(self):
        return self.__class__, (self._ip,)

    def __format__(self, fmt):
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        spec = fmt
        alternate = spec.startswith('#')
        if alternate:
            spec = spec[1:]
        grouping = spec.startswith('_')
        if grouping:
            spec = spec[1:]
        if len(spec) != 1 or spec not in 'xXbn':
            # what object.__format__ would say (calling it directly recurses
            # back into this method under ftpython)
            raise TypeError('unsupported format string passed to %s.__format__'
                            % type(self).__name__)
        base = spec
        if base == 'n':
            base = 'b' if self._version == 4 else 'x'
        width = self._max_prefixlen if base == 'b' else self._max_prefixlen // 4
        if grouping:
            width += width // 4 - 1
        if alternate:
            width += 2
        return format(int(self), '%s0%d%s%s' % ('#' if alternate else '', width,
                                                '_' if grouping else '', base))


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    # networks carry a __dict__ (hosts may be replaced per instance)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    def _init_network(self, address, strict):
        addr, mask = self._split_addr_prefix(address)
        acls = self._address_class
        self.network_address = acls(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = acls(packed & int(self.netmask))
        if self._prefixlen == self._max_prefixlen - 1:
            self.hosts = self.__iter__
        elif self._prefixlen == self._max_prefixlen:
            self.hosts = lambda: [acls(addr)]

    @classmethod
    def _make_netmask(cls, arg):
        cache = cls._netmask_cache
        if arg not in cache:
            if isinstance(arg, int):
                prefixlen = arg
                if not 0 <= prefixlen <= cls._max_prefixlen:
                    cls._report_invalid_netmask(prefixlen)
            else:
                prefixlen = cls._prefix_from_mask_string(arg)
            netmask = cls._address_class(cls._ip_int_from_prefix(prefixlen))
            cache[arg] = netmask, prefixlen
        return cache[arg]

    def hosts(self):
        first = int(self.network_address)
        last = int(self.broadcast_address)
        # (a while loop: ftpython's range() rejects ints beyond 64 bits)
        x = first + 1
        stop = last + self._hosts_end_adjust
        while x < stop:
            yield self._address_class(x)
            x += 1

    def __iter__(self):
        first = int(self.network_address)
        last = int(self.broadcast_address)
        x = first
        while x <= last:
            yield self._address_class(x)
            x += 1

    def __getitem__(self, n):
        first = int(self.network_address)
        last = int(self.broadcast_address)
        if n >= 0:
            if first + n > last:
                raise IndexError('address out of range')
            return self._address_class(first + n)
        n += 1
        if last + n < first:
            raise IndexError('address out of range')
        return self._address_class(last + n)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if self._version != other._version:
            raise _not_same_version(self, other)
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        if self.netmask != other.netmask:
            return self.netmask < other.netmask
        return False

    def __eq__(self, other):
        try:
            return (self._version == other._version and
                    self.network_address == other.network_address and
                    int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash((int(self.network_address), int(self.netmask)))

    def __contains__(self, other):
        if self._version != other._version:
            return False
        if isinstance(other, _BaseNetwork):
            return False
        return other._ip & self.netmask._ip == self.network_address._ip

    def overlaps(self, other):
        return (self.network_address in other or self.broadcast_address in other
                or other.network_address in self or other.broadcast_address in self)

    @functools.cached_property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) | int(self.hostmask))

    @functools.cached_property
    def hostmask(self):
        return self._address_class(int(self.netmask) ^ self._ALL_ONES)

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self.network_address, self.hostmask)

    @property
    def num_addresses(self):
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def prefixlen(self):
        return self._prefixlen

    def address_exclude(self, other):
        """Yield the networks left from self after removing other."""
        if self._version != other._version:
            raise _not_same_version(self, other)
        if not isinstance(other, _BaseNetwork):
            raise TypeError("%s is not a network object" % other)
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        if other == self:
            return
        other = other.__class__('%s/%s' % (other.network_address, other.prefixlen))
        cur = self
        while cur != other:
            lo, hi = cur.subnets()
            if other.subnet_of(lo):
                yield hi
                cur = lo
            elif other.subnet_of(hi):
                yield lo
                cur = hi
            else:
                raise AssertionError('Error performing exclusion: '
                                     's1: %s s2: %s other: %s' % (lo, hi, other))

    def compare_networks(self, other):
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same type' % (self, other))
        if self.network_address < other.network_address:
            return -1
        if self.network_address > other.network_address:
            return 1
        if self.netmask < other.netmask:
            return -1
        if self.netmask > other.netmask:
            return 1
        return 0

    def _get_networks_key(self):
        return (self._version, self.network_address, self.netmask)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        new_len = self._prefixlen + prefixlen_diff
        if new_len > self._max_prefixlen:
            raise ValueError('prefix length diff %d is invalid for netblock %s'
                             % (new_len, self))
        start = int(self.network_address)
        stop = int(self.broadcast_address) + 1
        step = (int(self.hostmask) + 1) >> prefixlen_diff
        value = start
        while value < stop:
            yield self.__class__((value, new_len))
            value += step

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefixlen - new_prefix
        new_len = self.prefixlen - prefixlen_diff
        if new_len < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (self.prefixlen, prefixlen_diff))
        return self.__class__((int(self.network_address) &
                               (int(self.netmask) << prefixlen_diff), new_len))

    @staticmethod
    def _is_subnet_of(a, b):
        try:
            if a._version != b._version:
                raise TypeError(f"{a} and {b} are not of the same version")
            return (b.network_address <= a.network_address and
                    b.broadcast_address >= a.broadcast_address)
        except AttributeError:
            raise TypeError(f"Unable to test subnet containment between {a} and {b}")

    def subnet_of(self, other):
        return self._is_subnet_of(self, other)

    def supernet_of(self, other):
        return self._is_subnet_of(other, self)

    def _both(self, name):
        return (getattr(self.network_address, name) and
                getattr(self.broadcast_address, name))

    @property
    def is_multicast(self):
        return self._both('is_multicast')

    @property
    def is_reserved(self):
        return self._both('is_reserved')

    @property
    def is_link_local(self):
        return self._both('is_link_local')

    @property
    def is_unspecified(self):
        return self._both('is_unspecified')

    @property
    def is_loopback(self):
        return self._both('is_loopback')

    @property
    def is_private(self):
        first = self.network_address
        last = self.broadcast_address
        consts = self._constants
        return (any(first in net and last in net for net in consts.private)
                and all(first not in net and last not in net
                        for net in consts.private_exceptions))

    @property
    def is_global(self):
        return not self.is_private


def _address_in(addr, nets):
    return any(addr in net for net in nets)


# --------------------------------------------------------------------------
# IPv4

class _BaseV4:
    __slots__ = ()
    _version = 4
    _ALL_ONES = (1 << IPV4LENGTH) - 1
    _max_prefixlen = IPV4LENGTH
    _netmask_cache = {}

    def _explode_shorthand_ip_string(self):
        return str(self)

    @classmethod
    def _prefix_from_mask_string(cls, arg):
        try:
            return cls._prefix_from_prefix_string(arg)
        except NetmaskValueError:
            return cls._prefix_from_ip_string(arg)

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        octets = ip_str.split('.')
        if len(octets) != 4:
            raise AddressValueError("Expected 4 octets in %r" % ip_str)
        value = 0
        try:
            for octet in octets:
                value = (value << 8) | cls._parse_octet(octet)
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None
        return value

    @classmethod
    def _parse_octet(cls, octet_str):
        if not octet_str:
            raise ValueError("Empty octet not permitted")
        if not (octet_str.isascii() and octet_str.isdigit()):
            raise ValueError("Only decimal digits permitted in %r" % octet_str)
        if len(octet_str) > 3:
            raise ValueError("At most 3 characters permitted in %r" % octet_str)
        if octet_str != '0' and octet_str[0] == '0':
            raise ValueError("Leading zeros are not permitted in %r" % octet_str)
        value = int(octet_str, 10)
        if value > 255:
            raise ValueError("Octet %d (> 255) not permitted" % value)
        return value

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        return '.'.join(str(b) for b in ip_int.to_bytes(4, 'big'))

    def _reverse_pointer(self):
        return '.'.join(str(self).split('.')[::-1]) + '.in-addr.arpa'

    @property
    def max_prefixlen(self):
        return self._max_prefixlen


class IPv4Address(_BaseV4, _BaseAddress):
    """Represent and manipulate single IPv4 Addresses."""

    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 4)
            self._ip = int.from_bytes(address, 'big')
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._ip = self._ip_int_from_string(text)

    @property
    def packed(self):
        return v4_int_to_packed(self._ip)

    @property
    def is_reserved(self):
        return self in _IPv4Constants.reserved

    @property
    def is_private(self):
        c = _IPv4Constants
        return _address_in(self, c.private) and not _address_in(self, c.private_exceptions)

    @property
    def is_global(self):
        return self not in _IPv4Constants.shared and not self.is_private

    @property
    def is_multicast(self):
        return self in _IPv4Constants.multicast

    @property
    def is_unspecified(self):
        return self == _IPv4Constants.unspecified

    @property
    def is_loopback(self):
        return self in _IPv4Constants.loopback

    @property
    def is_link_local(self):
        return self in _IPv4Constants.link_local

    @property
    def ipv6_mapped(self):
        return IPv6Address(f'::ffff:{self}')


class IPv4Interface(IPv4Address):

    def __init__(self, address):
        addr, mask = self._split_addr_prefix(address)
        IPv4Address.__init__(self, addr)
        self.network = IPv4Network((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @functools.cached_property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return '%s/%d' % (self._string_from_ip_int(self._ip), self._prefixlen)

    def __eq__(self, other):
        same = IPv4Address.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        less = IPv4Address.__lt__(self, other)
        if less is NotImplemented:
            return NotImplemented
        try:
            return (self.network < other.network or
                    self.network == other.network and less)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return IPv4Address(self._ip)

    @property
    def with_prefixlen(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.hostmask)


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network (address block with a prefix length)."""

    _address_class = IPv4Address
    _hosts_end_adjust = 0

    def __init__(self, address, strict=True):
        self._init_network(address, strict)

    @property
    def is_global(self):
        shared = _IPv4Constants.shared
        return (not (self.network_address in shared and
                     self.broadcast_address in shared) and
                not self.is_private)


class _IPv4Constants:
    link_local = IPv4Network('169.254.0.0/16')
    loopback = IPv4Network('127.0.0.0/8')
    multicast = IPv4Network('224.0.0.0/4')
    shared = IPv4Network('100.64.0.0/10')
    private = [IPv4Network(n) for n in (
        '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16',
        '172.16.0.0/12', '192.0.0.0/24', '192.0.0.170/31', '192.0.2.0/24',
        '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24',
        '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32')]
    private_exceptions = [IPv4Network('192.0.0.9/32'), IPv4Network('192.0.0.10/32')]
    reserved = IPv4Network('240.0.0.0/4')
    unspecified = IPv4Address('0.0.0.0')


IPv4Network._constants = _IPv4Constants


# --------------------------------------------------------------------------
# IPv6

_HEX_DIGITS = frozenset('0123456789abcdefABCDEF')


class _BaseV6:
    __slots__ = ()
    _version = 6
    _ALL_ONES = (1 << IPV6LENGTH) - 1
    _HEXTET_COUNT = 8
    _max_prefixlen = IPV6LENGTH
    _netmask_cache = {}

    @classmethod
    def _prefix_from_mask_string(cls, arg):
        return cls._prefix_from_prefix_string(arg)

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        parts = ip_str.split(':')
        if len(parts) < 3:
            raise AddressValueError("At least 3 parts expected in %r" % ip_str)
        if '.' in parts[-1]:
            try:
                v4 = IPv4Address(parts.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError("%s in %r" % (exc, ip_str)) from None
            parts.append('%x' % (v4 >> 16))
            parts.append('%x' % (v4 & 0xFFFF))
        if len(parts) > cls._HEXTET_COUNT + 1:
            raise AddressValueError("At most %d colons permitted in %r"
                                    % (cls._HEXTET_COUNT, ip_str))
        gap = None
        for i in range(1, len(parts) - 1):
            if not parts[i]:
                if gap is not None:
                    raise AddressValueError("At most one '::' permitted in %r" % ip_str)
                gap = i
        lead_msg = "Leading ':' only permitted as part of '::' in %r" % ip_str
        trail_msg = "Trailing ':' only permitted as part of '::' in %r" % ip_str
        if gap is not None:
            head = parts[:gap]
            tail = parts[gap + 1:]
            if not head[0]:
                if len(head) > 1:
                    raise AddressValueError(lead_msg)
                head = []
            if not tail[-1]:
                if len(tail) > 1:
                    raise AddressValueError(trail_msg)
                tail = []
            missing = cls._HEXTET_COUNT - len(head) - len(tail)
            if missing < 1:
                raise AddressValueError("Expected at most %d other parts with '::' in %r"
                                        % (cls._HEXTET_COUNT - 1, ip_str))
        else:
            if len(parts) != cls._HEXTET_COUNT:
                raise AddressValueError("Exactly %d parts expected without '::' in %r"
                                        % (cls._HEXTET_COUNT, ip_str))
            if not parts[0]:
                raise AddressValueError(lead_msg)
            if not parts[-1]:
                raise AddressValueError(trail_msg)
            head, tail, missing = parts, [], 0
        value = 0
        try:
            for part in head:
                value = (value << 16) | cls._parse_hextet(part)
            value <<= 16 * missing
            for part in tail:
                value = (value << 16) | cls._parse_hextet(part)
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None
        return value

    @classmethod
    def _parse_hextet(cls, hextet_str):
        if not _HEX_DIGITS.issuperset(hextet_str):
            raise ValueError("Only hex digits permitted in %r" % hextet_str)
        if len(hextet_str) > 4:
            raise ValueError("At most 4 characters permitted in %r" % hextet_str)
        return int(hextet_str, 16)

    @classmethod
    def _compress_hextets(cls, hextets):
        # find the first longest run (length >= 2) of zero hextets
        best_start, best_len = -1, 0
        run_start, run_len = -1, 0
        for i, h in enumerate(hextets):
            if h == '0':
                if run_len == 0:
                    run_start = i
                run_len += 1
                if run_len > best_len:
                    best_start, best_len = run_start, run_len
            else:
                run_len = 0
        if best_len > 1:
            head = hextets[:best_start]
            tail = hextets[best_start + best_len:]
            if not head:
                head = ['']
            if not tail:
                tail = ['']
            hextets = head + [''] + tail
        return hextets

    @classmethod
    def _string_from_ip_int(cls, ip_int=None):
        if ip_int > cls._ALL_ONES:
            raise ValueError('IPv6 address is too large')
        hextets = ['%x' % ((ip_int >> s) & 0xFFFF) for s in range(112, -1, -16)]
        return ':'.join(cls._compress_hextets(hextets))

    def _hex_exploded(self):
        if isinstance(self, IPv6Network):
            text = str(self.network_address)
        elif isinstance(self, IPv6Interface):
            text = str(self.ip)
        else:
            text = str(self)
        digits = '%032x' % self._ip_int_from_string(text)
        out = ':'.join(digits[i:i + 4] for i in range(0, 32, 4))
        if isinstance(self, (_BaseNetwork, IPv6Interface)):
            out = '%s/%d' % (out, self._prefixlen)
        return out

    def _explode_shorthand_ip_string(self):
        return self._hex_exploded()

    def _reverse_pointer(self):
        mapped = getattr(self, 'ipv4_mapped', None)
        if mapped is None:
            text = self._hex_exploded()
        else:
            # 3.13.0: IPv4-mapped addresses/interfaces go through the mixed
            # exploded form (so an interface's prefix is not included)
            text = self._explode_shorthand_ip_string()[:30] + '%08x' % int(mapped)
        nibbles = text[::-1].replace(':', '')
        return '.'.join(nibbles) + '.ip6.arpa'

    @staticmethod
    def _split_scope_id(ip_str):
        addr, sep, scope = ip_str.partition('%')
        if not sep:
            scope = None
        elif not scope or '%' in scope:
            raise AddressValueError('Invalid IPv6 address: "%r"' % ip_str)
        return addr, scope

    @property
    def max_prefixlen(self):
        return self._max_prefixlen


class IPv6Address(_BaseV6, _BaseAddress):
    """Represent and manipulate single IPv6 Addresses."""

    __slots__ = ('_ip', '_scope_id', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            self._scope_id = None
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 16)
            self._ip = int.from_bytes(address, 'big')
            self._scope_id = None
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        text, self._scope_id = self._split_scope_id(text)
        self._ip = self._ip_int_from_string(text)

    def _explode_shorthand_ip_string(self):
        mapped = self.ipv4_mapped
        if mapped is None:
            return self._hex_exploded()
        return self._hex_exploded()[:30] + str(mapped)

    def __str__(self):
        mapped = self.ipv4_mapped
        if mapped is None:
            text = self._string_from_ip_int(self._ip)
        else:
            text = '::ffff:%s' % mapped
        if self._scope_id:
            return text + '%' + self._scope_id
        return text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        same = super().__eq__(other)
        if same is NotImplemented:
            return NotImplemented
        if not same:
            return False
        return self._scope_id == getattr(other, '_scope_id', None)

    def __reduce__(self):
        return self.__class__, (str(self),)

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def packed(self):
        return v6_int_to_packed(self._ip)

    @property
    def is_multicast(self):
        return self in _IPv6Constants.multicast

    @property
    def is_reserved(self):
        return _address_in(self, _IPv6Constants.reserved)

    @property
    def is_link_local(self):
        return self in _IPv6Constants.link_local

    @property
    def is_site_local(self):
        return self in _IPv6Constants.site_local

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        c = _IPv6Constants
        return _address_in(self, c.private) and not _address_in(self, c.private_exceptions)

    @property
    def is_global(self):
        # (3.13.0 does not special-case IPv4-mapped addresses here beyond
        # what is_private does)
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_loopback
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        if (self._ip >> 32) != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        if (self._ip >> 96) != 0x20010000:
            return None
        return (IPv4Address((self._ip >> 64) & 0xFFFFFFFF),
                IPv4Address(~self._ip & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        if (self._ip >> 112) != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)


class IPv6Interface(IPv6Address):

    def __init__(self, address):
        addr, mask = self._split_addr_prefix(address)
        IPv6Address.__init__(self, addr)
        self.network = IPv6Network((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @functools.cached_property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return '%s/%d' % (IPv6Address.__str__(self), self._prefixlen)

    def __eq__(self, other):
        same = IPv6Address.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        less = IPv6Address.__lt__(self, other)
        if less is NotImplemented:
            return less
        try:
            return (self.network < other.network or
                    self.network == other.network and less)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return IPv6Address(self._ip)

    @property
    def with_prefixlen(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.hostmask)

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return IPv6Address.is_loopback.fget(self) and self.network.is_loopback


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network (address block with a prefix length)."""

    _address_class = IPv6Address
    _hosts_end_adjust = 1   # the last address is a usable host in IPv6

    def __init__(self, address, strict=True):
        self._init_network(address, strict)

    @property
    def is_site_local(self):
        return self._both('is_site_local')


class _IPv6Constants:
    link_local = IPv6Network('fe80::/10')
    multicast = IPv6Network('ff00::/8')
    private = [IPv6Network(n) for n in (
        '::1/128', '::/128', '::ffff:0:0/96', '64:ff9b:1::/48', '100::/64',
        '2001::/23', '2001:db8::/32', '2002::/16', 'fc00::/7', 'fe80::/10')]
    private_exceptions = [IPv6Network(n) for n in (
        '2001:1::1/128', '2001:1::2/128', '2001:3::/32', '2001:4:112::/48',
        '2001:20::/28', '2001:30::/28')]
    reserved = [IPv6Network(n) for n in (
        '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4',
        '4000::/3', '6000::/3', '8000::/3', 'A000::/3', 'C000::/3',
        'E000::/4', 'F000::/5', 'F800::/6', 'FE00::/9')]
    site_local = IPv6Network('fec0::/10')


IPv6Network._constants = _IPv6Constants
