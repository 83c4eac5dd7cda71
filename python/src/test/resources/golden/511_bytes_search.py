# bytes and bytearray find/rfind/count/in/split/replace against CPython on random haystacks and needles (short ones and
# long ones, which are searched in linear time now: test_bytes' test_adaptive_find, N up to 1,000,000, hung on the
# naive search), with ranges; count of the empty needle over an empty or reversed range is 0.
import random, time
r = random.Random(7)
out = []
for trial in range(400):
    n = r.randrange(0, 200)
    hay = bytes(r.choice(b'ab') for _ in range(n))
    m = r.choice([0, 1, 3, 31, 32, 33, 40, 64])
    needle = bytes(r.choice(b'ab') for _ in range(m))
    if r.random() < 0.5 and n > m:
        s = r.randrange(0, n - m + 1); needle = hay[s:s + m]
    start = r.choice([None, 0, 5, -7, 50])
    end = r.choice([None, n, 120, -3, 10])
    for kind in (bytes, bytearray):
        h = kind(hay)
        args = (needle,) if start is None else (needle, start) if end is None else (needle, start, end)
        out.append((trial, kind.__name__, len(hay), m, start, end, h.find(*args), h.rfind(*args), h.count(*args), needle in h, len(h.split(needle)) if needle else 0,
                    len(h.replace(needle, b'X')) if needle else 0))
import hashlib
print(len(out), hashlib.md5(repr(out).encode()).hexdigest(), out[:2])
t = time.perf_counter()
for N in 1000, 10_000, 100_000, 1_000_000:
    A, B = b'a' * N, b'b' * N
    haystack = A + A + B + A + A
    needle = A + B + B + A
    assert bytearray(haystack).find(needle) == -1 and haystack.count(needle) == 0
    assert (haystack + needle).find(needle) == len(haystack) and bytearray(haystack + needle).count(needle) == 1
    assert (haystack + needle).rfind(needle) == len(haystack)
print('adaptive ok', time.perf_counter() - t < 30)
