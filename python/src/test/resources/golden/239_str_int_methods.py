# SPDX-License-Identifier: Apache-2.0
# str.maketrans/translate/isprintable and int.bit_count/as_integer_ratio/conjugate/is_integer, and dir() of int and str.
t = str.maketrans('abc', 'xyz', 'd')
print(sorted(t.items()), 'abcdd e'.translate(t), 'hello'.translate({ord('l'): None, ord('h'): 'J'}))
print('x'.maketrans({'a': '1', 98: None}) == {97: '1', 98: None}, 'abc'.translate(str.maketrans({'a': 'AA'})))
print('abc\tdef'.isprintable(), 'hello world'.isprintable(), ''.isprintable(), 'é✓'.isprintable(), '\u200b'.isprintable())
print((255).bit_count(), (-7).bit_count(), (10).as_integer_ratio(), True.as_integer_ratio(), (5).conjugate(), (3).is_integer())
print((7).real, (7).imag, (7).numerator, (7).denominator, (2.5).real, (2.5).imag)
print([m for m in dir(1) if not m.startswith('_') and m not in ('from_bytes', 'to_bytes')])
print([m for m in dir('') if not m.startswith('_') and m != 'format_map'])
try:
    'a'.translate({97: 1.5})
except TypeError as e:
    print(e)
try:
    str.maketrans('ab', 'c')
except ValueError as e:
    print(e)
