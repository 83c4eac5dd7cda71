# ipaddress as CPython 3.13's (lib/ipaddress.py, written here): parsing/errors, properties, arithmetic, networks,
# interfaces, subnetting and helper functions; stdout must match CPython 3.13.
import ipaddress as I


def show(label, fn):
    try:
        r = fn()
        if hasattr(r, '__next__'):
            r = list(r)
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


# ---- address parsing and errors
BAD4 = ['01.1.1.1', '256.1.1.1', '1.2.3', '', '1.2.3.a', '1.2.3.1234', '1..2.3',
        '1.2.3.4.5', ' 1.2.3.4', '1.2.3.4 ', '1.2.3.-1', '1.2.3.+1', '١.2.3.4',
        '0.0.0.0', '255.255.255.255', '1.2.3.4/24', '1.2.3.4/', '00.1.2.3', '1.2.3.00']
for s in BAD4:
    show('v4 %r' % s, lambda: I.IPv4Address(s))
BAD6 = ['1::2::3', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:', '1:2:3:4:5:6:7:8:9:0',
        '::1:2:3:4:5:6:7:8', '1::1.2.3.999', '12345::', 'g::', '1:2', '::', ':::',
        '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8', 'a' * 46, '1:2:3:4:5:6:1.2.3.4',
        '1:2:3:4:5:6:7:1.2.3.4', '1%a%b', '%eth0', '::%eth0%', 'fe80::1%', '::1/128',
        '1:2:3:4:5:6:7:8', '1:0:0:4:0:0:0:8', '0:0:1:0:0:1:0:0', '1:0:0:0:0:0:0:0',
        '0:0:0:0:0:0:0:1', '1:0:1:0:1:0:1:0', 'FFFF::ABCD', '::ffff:1.2.3.4',
        '::1.2.3.4', '2001:db8::1', '1:2:3:4:5:6:7:8:9', '1:::2', '::ffff:0:0',
        '0001:0002::', '::00000', '1:2:3:4:5:6:7:8%scope', 'fe80::1%1']
for s in BAD6:
    show('v6 %r' % s, lambda: I.IPv6Address(s))
for s in ['1.2.3.4', '::1', '01.1.1.1', 'x', 1, 2**32, 2**128, -1, b'\x01\x02\x03\x04',
          b'\x00' * 16, b'\x01\x02\x03', 3.5, None, '1.2.3.4/32']:
    show('ip_address %r' % (s,), lambda: I.ip_address(s))
for cls in (I.IPv4Address, I.IPv6Address):
    for v in (-1, 0, 2**32 - 1, 2**32, 2**128, b'\x01' * 5, b'\x01' * 4, b'\x02' * 16):
        show('%s(%r)' % (cls.__name__, v), lambda: cls(v))

# ---- address forms and properties
for s in ['1.2.3.4', '0.0.0.0', '127.0.0.1', '10.1.2.3', '172.16.5.4', '192.168.1.1',
          '169.254.3.4', '224.0.0.1', '240.0.0.1', '255.255.255.255', '100.64.0.1',
          '8.8.8.8', '192.0.0.9', '192.0.0.170', '198.18.0.1', '203.0.113.5']:
    a = I.ip_address(s)
    print(repr(a), str(a), a.version, int(a), a.packed, a.exploded, a.compressed,
          a.reverse_pointer, a.max_prefixlen)
    print('  ', a.is_private, a.is_global, a.is_multicast, a.is_loopback,
          a.is_link_local, a.is_reserved, a.is_unspecified, repr(a.ipv6_mapped))
for s in ['::', '::1', 'fe80::1', 'fec0::1', 'ff02::1', '2001:db8::1', 'fc00::1',
          '2001::1', '2002:c000:204::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2',
          '::ffff:127.0.0.1', '::ffff:10.0.0.1', '::ffff:8.8.8.8', '::ffff:100.64.0.1',
          '2606:4700::1111', '64:ff9b:1::1', '100::1', '2001:1::1', '2001:3::5',
          '4000::1', 'fe00::1', '1:0:0:4:0:0:0:8', 'fe80::1%eth0', '::ffff:1.2.3.4']:
    a = I.ip_address(s)
    print(repr(a), str(a), a.version, int(a), a.packed, a.compressed, a.max_prefixlen,
          a.scope_id)
    show('  exploded', lambda: a.exploded)
    show('  reverse_pointer', lambda: a.reverse_pointer)
    print('  ', a.is_private, a.is_global, a.is_multicast, a.is_loopback,
          a.is_link_local, a.is_reserved, a.is_unspecified, a.is_site_local)
    print('  ', repr(a.ipv4_mapped), repr(a.sixtofour), repr(a.teredo))

# ---- arithmetic, comparison, hashing, format
a4 = I.IPv4Address('1.2.3.4')
a6 = I.IPv6Address('::1')
show('a4+1', lambda: a4 + 1)
show('a4-5', lambda: a4 - 5)
show('1+a4', lambda: 1 + a4)
show('a4+a4', lambda: a4 + a4)
show('a4+1.0', lambda: a4 + 1.0)
show('max+1', lambda: I.IPv4Address('255.255.255.255') + 1)
show('0-1', lambda: I.IPv4Address('0.0.0.0') - 1)
show('v6 max+1', lambda: I.IPv6Address(2**128 - 1) + 1)
show('a6+2**32', lambda: a6 + 2**32)
show('a4<a4+1', lambda: a4 < a4 + 1)
show('a4>=a4', lambda: a4 >= a4)
show('a4<a6', lambda: a4 < a6)
show('a4==a6', lambda: a4 == a6)
show('a4==str', lambda: a4 == '1.2.3.4')
show('a4<str', lambda: a4 < '1.2.3.4')
show('a4==int', lambda: a4 == int(a4))
show('sorted', lambda: sorted([I.ip_address('10.0.0.2'), I.ip_address('1.0.0.9'),
                               I.ip_address('10.0.0.1')]))
show('hash eq', lambda: hash(I.ip_address('1.2.3.4')) == hash(I.IPv4Address(16909060)))
show('set', lambda: len({I.ip_address('1.2.3.4'), I.IPv4Address(16909060),
                         I.ip_address('::1'), I.ip_address('::1%x')}))
show('scope eq', lambda: (I.ip_address('fe80::1%a') == I.ip_address('fe80::1%a'),
                          I.ip_address('fe80::1%a') == I.ip_address('fe80::1'),
                          I.ip_address('fe80::1%a') < I.ip_address('fe80::2')))
show('mixed key', lambda: sorted([I.ip_address('::1'), I.ip_network('1.0.0.0/8'),
                                  I.ip_address('1.2.3.4'), I.ip_network('::/0')],
                                 key=I.get_mixed_type_key))
show('mixed key other', lambda: I.get_mixed_type_key('x'))
for fmt in ['', 's', '>20s', 'b', '#b', '_b', '#_b', 'x', '#x', 'X', '#_X', 'n', '#n',
            'd', '>20', '10x']:
    show('format v4 %r' % fmt, lambda: format(a4, fmt))
    show('format v6 %r' % fmt, lambda: format(I.ip_address('2001:db8::1'), fmt))
show('fstring', lambda: f'{a4} {a6!r} {a4:#x}')
show('int packed', lambda: (I.v4_int_to_packed(1), I.v6_int_to_packed(1)))
show('v4 packed big', lambda: I.v4_int_to_packed(2**32))
show('v4 packed neg', lambda: I.v4_int_to_packed(-1))
show('v6 packed big', lambda: I.v6_int_to_packed(2**128))
show('reduce', lambda: a4.__reduce__())
show('index', lambda: hex(a4))

# ---- networks
NETS = ['192.168.1.0/24', '192.168.1.1/24', '10.0.0.0/255.0.0.0', '10.0.0.0/0.255.255.255',
        '10.0.0.0/255.0.255.0', '10.0.0.0/33', '10.0.0.0/-1', '10.0.0.0/a', '10.0.0.0/ 8',
        '10.0.0.0/8/8', '1.2.3.4', '1.2.3.4/32', '1.2.3.4/31', '0.0.0.0/0', '2001:db8::/32',
        '2001:db8::1/32', '::/0', '::1/128', '::/129', '2001:db8::/ffff::', 'fe80::%eth0/64',
        'x', '1.2.3.0/24 ', '1.2.3.0/024', '10.0.0.0/255.255.255.256', '::ffff:1.2.3.0/120',
        '10.0.0.0/255.255.0.0.0', '10.0.0.0/00', '10.0.0.0/08']
for s in NETS:
    show('net %r' % s, lambda: I.ip_network(s))
    show('net nonstrict %r' % s, lambda: I.ip_network(s, strict=False))
for s in ['10.0.0.0/8', '1.2.3.4/24', '1.2.3.4/32']:
    show('v6net %r' % s, lambda: I.IPv6Network(s))
for s in ['10.0.0.0/255.0.255.0', '10.0.0.0/33', '10.0.0.0/-1', '10.0.0.0/a', '10.0.0.0/8/8',
          '10.0.0.0/255.255.255.256', '10.0.0.0/ 8', '10.0.0.0/', '/8', '10.0.0.0/0.0.255.255',
          '10.0.0.0/0.255.0.255', '10.0.0.0/٨']:
    show('IPv4Network %r' % s, lambda: I.IPv4Network(s))
    show('IPv4Interface %r' % s, lambda: I.IPv4Interface(s))
for s in ['::/129', '::/ffff::', '::/-1', '::/', '::/1/2', '::/a', '::1/64', 'fe80::%/64']:
    show('IPv6Network %r' % s, lambda: I.IPv6Network(s))
    show('IPv6Interface %r' % s, lambda: I.IPv6Interface(s))
for arg in [33, -1, 8]:
    show('IPv4Network int mask %r' % arg, lambda: I.IPv4Network(('10.0.0.0', arg)))
    show('IPv6Network int mask %r' % arg, lambda: I.IPv6Network(('::', arg * 5)))
for arg in [(167772160, 8), ('10.0.0.0', '255.0.0.0'), ('10.0.0.0',), (b'\n\x00\x00\x00', 8),
            167772160, b'\n\x00\x00\x00', ('10.0.0.1', 8), ('10.0.0.0', 33)]:
    show('IPv4Network(%r)' % (arg,), lambda: I.IPv4Network(arg))
    show('IPv4Network(%r, strict=False)' % (arg,), lambda: I.IPv4Network(arg, strict=False))
show('IPv6Network tuple', lambda: I.IPv6Network((1, 127)))
show('IPv6Network tuple str', lambda: I.IPv6Network(('2001:db8::', '48')))

for s in ['192.168.1.0/24', '10.0.0.0/30', '10.0.0.0/31', '10.0.0.5/32', '2001:db8::/126',
          '2001:db8::/127', '2001:db8::1/128', '0.0.0.0/0', '100.64.0.0/10', '224.0.0.0/4',
          '127.0.0.0/8', '10.0.0.0/7', 'fe80::/10', 'fec0::/10', '::/127',
          '::ffff:8.8.8.0/120']:
    n = I.ip_network(s)
    print(repr(n), str(n), n.version, n.prefixlen, n.max_prefixlen, n.num_addresses)
    print('  ', n.network_address, n.broadcast_address, n.netmask, n.hostmask)
    print('  ', n.with_prefixlen, n.with_netmask, n.with_hostmask, n.compressed)
    show('  exploded', lambda: n.exploded)
    show('  reverse_pointer', lambda: n.reverse_pointer)
    print('  ', n.is_private, n.is_global, n.is_multicast, n.is_loopback,
          n.is_link_local, n.is_reserved, n.is_unspecified)
    if n.num_addresses <= 8:
        show('  hosts', lambda: list(n.hosts()))
        show('  iter', lambda: list(n))
    else:
        show('  hosts[:3]', lambda: list(n.hosts())[:3] if n.num_addresses < 300 else
             n.hosts().__next__())
    show('  [0],[1],[-1],[-2]', lambda: (n[0], n[1], n[-1], n[-2]))
    show('  [num]', lambda: n[n.num_addresses])
    show('  [-num-1]', lambda: n[-n.num_addresses - 1])
    show('  [-num]', lambda: n[-n.num_addresses])
show('v6 site local', lambda: I.ip_network('fec0::/10').is_site_local)

n = I.ip_network('192.168.0.0/16')
for x in ['192.168.3.4', '192.169.0.0', '::1', '192.168.0.0/24']:
    show('in %s' % x, lambda: I.ip_address(x) in n if '/' not in x else I.ip_network(x) in n)
show('str in', lambda: '192.168.1.1' in n)
show('int in', lambda: 5 in n)
show('subnets', lambda: n.subnets())
show('subnets 2', lambda: n.subnets(prefixlen_diff=2))
show('subnets new18', lambda: n.subnets(new_prefix=18))
show('subnets new15', lambda: n.subnets(new_prefix=15))
show('subnets both', lambda: n.subnets(2, 18))
show('subnets -1', lambda: n.subnets(-1))
show('subnets 17', lambda: n.subnets(17))
show('subnets /32', lambda: I.ip_network('1.2.3.4/32').subnets())
show('subnets v6', lambda: I.ip_network('2001:db8::/32').subnets(new_prefix=34))
show('supernet', lambda: n.supernet())
show('supernet 4', lambda: n.supernet(4))
show('supernet new8', lambda: n.supernet(new_prefix=8))
show('supernet new20', lambda: n.supernet(new_prefix=20))
show('supernet both', lambda: n.supernet(2, new_prefix=8))
show('supernet 17', lambda: n.supernet(17))
show('supernet /0', lambda: I.ip_network('0.0.0.0/0').supernet())
show('supernet v6', lambda: I.ip_network('2001:db8::/32').supernet(new_prefix=16))
a = I.ip_network('10.0.0.0/8')
b = I.ip_network('10.1.0.0/16')
c = I.ip_network('11.0.0.0/8')
d = I.ip_network('::/0')
show('overlaps', lambda: (a.overlaps(b), b.overlaps(a), a.overlaps(c), a.overlaps(d)))
show('subnet_of', lambda: (b.subnet_of(a), a.subnet_of(b), a.subnet_of(a), c.subnet_of(a)))
show('supernet_of', lambda: (a.supernet_of(b), b.supernet_of(a)))
show('subnet_of mixed', lambda: a.subnet_of(d))
show('subnet_of addr', lambda: a.subnet_of(I.ip_address('10.0.0.1')))
show('compare', lambda: (a.compare_networks(b), b.compare_networks(a), a.compare_networks(a),
                         a.compare_networks(I.ip_network('10.0.0.0/16')),
                         I.ip_network('10.0.0.0/16').compare_networks(a)))
show('compare mixed', lambda: a.compare_networks(d))
show('net lt', lambda: (a < b, b < a, a < I.ip_network('10.0.0.0/9'), a <= a))
show('net lt mixed', lambda: a < d)
show('net lt addr', lambda: a < I.ip_address('1.1.1.1'))
show('net eq', lambda: (a == I.IPv4Network('10.0.0.0/255.0.0.0'), a == b, a == 'x', a == d))
show('net hash', lambda: hash(a) == hash(I.IPv4Network('10.0.0.0/255.0.0.0')))
show('net sorted', lambda: sorted([b, c, a, I.ip_network('10.0.0.0/16')]))
show('exclude', lambda: a.address_exclude(I.ip_network('10.1.2.0/24')))
show('exclude self', lambda: a.address_exclude(a))
show('exclude out', lambda: a.address_exclude(c))
show('exclude mixed', lambda: a.address_exclude(d))
show('exclude addr', lambda: a.address_exclude(I.ip_address('10.0.0.1')))
show('exclude gen', lambda: type(a.address_exclude(c)).__name__)
show('exclude hostbits', lambda: I.ip_network('192.0.2.0/28').address_exclude(
    I.ip_interface('192.0.2.1/32').network))
show('exclude v6', lambda: I.ip_network('2001:db8::/126').address_exclude(
    I.ip_network('2001:db8::2/128')))
show('net hosts /31', lambda: list(I.ip_network('10.0.0.0/31').hosts()))
show('net hosts /32', lambda: list(I.ip_network('10.0.0.7/32').hosts()))
show('net hosts v6 /128', lambda: list(I.ip_network('::5/128').hosts()))
show('net hosts v6 /127', lambda: list(I.ip_network('::4/127').hosts()))
show('net len', lambda: len(list(I.ip_network('10.0.0.0/28'))))

# ---- interfaces
for s in ['192.168.1.5/24', '192.168.1.5', '192.168.1.5/255.255.255.0', '10.1.1.1/0.0.255.255',
          '2001:db8::5/64', '::1/128', 'fe80::1%eth0/64', '::ffff:1.2.3.4/120', '::/64',
          '1.2.3.4/33', 'x/24', '::1/64', 3232235777, (3232235777, 16), b'\x01\x02\x03\x04']:
    try:
        i = I.ip_interface(s)
    except Exception as e:
        print('iface %r !!' % (s,), type(e).__name__, e)
        continue
    print('iface', repr(i), str(i), i.version, int(i))
    print('  ', repr(i.ip), repr(i.network), i.netmask, i.hostmask, i.with_prefixlen,
          i.with_netmask, i.with_hostmask, i.compressed)
    show('  exploded', lambda: i.exploded)
    print('  ', i.is_private, i.is_global, i.is_loopback, i.is_unspecified, i.is_link_local)
i1 = I.ip_interface('10.0.0.5/24')
i2 = I.ip_interface('10.0.0.5/16')
i3 = I.ip_interface('10.0.0.6/24')
show('iface eq', lambda: (i1 == i2, i1 == I.ip_interface('10.0.0.5/24'), i1 == I.ip_address('10.0.0.5'),
                          I.ip_address('10.0.0.5') == i1, i1 == 'x'))
show('iface lt', lambda: (i1 < i2, i2 < i1, i1 < i3, i3 < i1, i1 < I.ip_address('10.0.0.9')))
show('iface hash', lambda: hash(i1) == hash(I.ip_interface('10.0.0.5/255.255.255.0')))
show('iface +1', lambda: i1 + 1)
show('iface in', lambda: (i1 in i1.network, i1.ip in i2.network))
show('iface v6 lt', lambda: I.ip_interface('::1/64') < I.ip_interface('::2/64'))
show('iface mixed lt', lambda: i1 < I.ip_interface('::1/64'))
show('v6 iface loopback', lambda: (I.ip_interface('::1/128').is_loopback, I.ip_interface('::1/64').is_loopback))

# ---- summarize / collapse
A = I.ip_address
show('summ', lambda: I.summarize_address_range(A('192.0.2.0'), A('192.0.2.130')))
show('summ one', lambda: I.summarize_address_range(A('1.1.1.1'), A('1.1.1.1')))
show('summ all', lambda: I.summarize_address_range(A('0.0.0.0'), A('255.255.255.255')))
show('summ end', lambda: I.summarize_address_range(A('255.255.255.250'), A('255.255.255.255')))
show('summ v6', lambda: I.summarize_address_range(A('2001:db8::1'), A('2001:db8::10')))
show('summ rev', lambda: I.summarize_address_range(A('1.1.1.2'), A('1.1.1.1')))
show('summ mixed', lambda: I.summarize_address_range(A('1.1.1.2'), A('::1')))
show('summ nets', lambda: I.summarize_address_range(I.ip_network('1.1.1.0/24'), A('1.1.1.1')))
N = I.ip_network
show('collapse', lambda: I.collapse_addresses([N('192.0.2.0/25'), N('192.0.2.128/25')]))
show('collapse2', lambda: I.collapse_addresses([N('1.1.0.0/24'), N('1.1.1.0/24'), N('1.1.2.0/24'),
                                                N('1.1.3.0/24'), N('1.1.0.0/22'), N('1.1.8.0/24')]))
show('collapse addrs', lambda: I.collapse_addresses([A('1.1.1.%d' % k) for k in
                                                     (0, 1, 2, 3, 4, 5, 9, 255, 7, 6, 3)]))
show('collapse mixed', lambda: I.collapse_addresses([A('1.1.1.1'), A('::1')]))
show('collapse mixed nets', lambda: I.collapse_addresses([N('1.1.1.0/24'), N('::/64')]))
show('collapse /32 + addr', lambda: I.collapse_addresses([N('1.1.1.1/32'), A('1.1.1.0'),
                                                          I.ip_interface('1.1.1.2/32'),
                                                          A('1.1.1.3')]))
show('collapse v6', lambda: I.collapse_addresses([N('2001:db8::/33'), N('2001:db8:8000::/33'),
                                                  A('::1'), A('::')]))
show('collapse empty', lambda: I.collapse_addresses([]))
show('collapse type', lambda: type(I.collapse_addresses([])).__name__)

# ---- misc attributes
print(I.IPV4LENGTH, I.IPV6LENGTH, issubclass(I.AddressValueError, ValueError),
      issubclass(I.NetmaskValueError, ValueError))
show('teredo', lambda: I.ip_address('2001:0:4136:e378:8000:63bf:3fff:fdd2').teredo)
show('sixtofour', lambda: I.ip_address('2002:c000:204::1').sixtofour)
show('ipv6_mapped repr', lambda: I.ip_address('10.0.0.1').ipv6_mapped)
show('interface hostmask', lambda: I.IPv6Interface('2001:db8::1/96').hostmask)
show('IPv4Interface str int', lambda: str(I.IPv4Interface(1)))
show('nets of str subclass', lambda: I.ip_network(type('S', (str,), {})('10.0.0.0/8')))

# ---- IPv4-mapped / scoped reverse pointers and exploded forms
for s in ['::ffff:1.2.3.4%eth0', '::ffff:1.2.3.4%eth0/120', '::ffff:1.2.3.4/100',
          '::ffff:1.2.3.4', 'fe80::1%x/64', '2001:db8::1/64']:
    for f in (I.ip_address, I.ip_interface, I.ip_network):
        show('%s(%r)' % (f.__name__, s), lambda: f(s))
        show('  reverse_pointer', lambda: f(s).reverse_pointer)
        show('  exploded', lambda: f(s).exploded)
