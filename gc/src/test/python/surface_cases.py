"""CPython's side of gc's GcSurfaceTest. Run: ~/.pyenv/versions/3.13.0/bin/python3 gc/src/test/python/surface_cases.py"""
import gc


class N:
    __slots__ = ('a', 'b', '__weakref__')


def automatic(enabled):
    gc.collect()
    (gc.enable if enabled else gc.disable)()
    before = gc.get_stats()[0]['collections']
    for _ in range(3000):
        a = N(); a.a = a
    del a
    after = gc.get_stats()[0]['collections']
    gc.enable()
    gc.collect()
    return after > before


print('automatic_enabled', automatic(True))
print('automatic_disabled', automatic(False))
print('threshold', gc.get_threshold())
print('is_tracked', gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked(N()))
a = N(); b = N(); a.a = b
print('referrers_of_b_include_a', any(r is a for r in gc.get_referrers(b)))
print('collect_invalid_generation', end=' ')
try:
    gc.collect(3)
except ValueError as e:
    print(type(e).__name__, e)
