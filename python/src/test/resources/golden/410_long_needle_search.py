# str.find, rfind, count, index, rindex, in, replace, split and partition with a long needle over near matches run in
# linear time, as CPython's (a quadratic search made CPython's test_userstring time out); code point boundaries kept.
import time
t0 = time.time()
for N in 1000, 10_000, 100_000:
    A, B = 'a' * N, 'b' * N
    haystack = A + A + B + A + A
    needle = A + B + B + A
    print(N, haystack.find(needle), haystack.count(needle), (haystack + needle).find(needle) == len(haystack),
          (haystack + needle).count(needle), needle in haystack, haystack.rfind(needle), (needle + haystack).rfind(needle),
          (haystack + needle + 'x').rindex(needle) == len(haystack), haystack.replace(needle, '') == haystack,
          len((haystack + needle + haystack).split(needle)), (haystack + needle + haystack).partition(needle)[1] == needle)
s = 'x😀' * 50 + 'abc' * 20
print(s.find('😀x' * 20), s.rfind('😀x' * 20), s.count('abc' * 12), ('abc' * 12) in s, s.rfind('abc' * 12, 0, 200), s.find('abc' * 12, 130))
print(time.time() - t0 < 20)
