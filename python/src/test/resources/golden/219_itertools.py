# SPDX-License-Identifier: Apache-2.0
# itertools (written in Python over generators): every function, its edge cases and its errors.
import itertools
from itertools import count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, filterfalse
from itertools import starmap, islice, pairwise, batched, zip_longest, tee, groupby, product, permutations
from itertools import combinations, combinations_with_replacement
print(list(islice(count(10, 5), 4)), list(islice(count(1.5), 3)))
print(list(islice(cycle('ab'), 5)), list(cycle([])))
print(list(repeat('x', 3)), list(islice(repeat(7), 2)), list(repeat(1, 0)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([], initial=5)))
print(list(accumulate([3, 1, 4], max, initial=2)))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 4])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(lambda x: x % 2, range(7))), list(filterfalse(None, [0, 1, '', 'a'])))
print(list(starmap(pow, [(2, 3), (3, 2)])))
r = range(10)
print(list(islice(r, 3)), list(islice(r, 2, 8, 2)), list(islice(r, 5, None)), list(islice(r, 7, 3)))
it = iter(range(10))
print(list(islice(it, 0, 5, 3)), next(it))
print(list(pairwise('abcd')), list(pairwise('a')))
print(list(batched('abcdefg', 3)))
print(list(zip_longest('abc', [1], fillvalue='-')), list(zip_longest()))
a, b = tee([1, 2, 3])
print(next(a), list(b), list(a))
print([(k, list(g)) for k, g in groupby('aabbbcaa')])
print([(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
gs = [(k, g) for k, g in groupby('aabbc')]
print([(k, list(g)) for k, g in gs])
print(list(product('ab', range(2))), list(product([1, 2], repeat=2)), list(product()))
print(list(permutations('abc', 2)), len(list(permutations(range(4)))), list(permutations('ab', 3)))
print(list(combinations('abcd', 2)), list(combinations(range(3), 0)), list(combinations('ab', 3)))
print(list(combinations_with_replacement('abc', 2)))
try:
    islice('abc', -1)
except ValueError as e:
    print(e)
try:
    list(batched('ab', 0))
except ValueError as e:
    print(e)
try:
    list(batched('abc', 2, strict=True))
except ValueError as e:
    print(e)
print(sum(1 for _ in itertools.permutations(range(5))))
