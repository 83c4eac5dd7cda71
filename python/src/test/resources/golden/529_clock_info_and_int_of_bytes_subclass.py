# time.get_clock_info answers for every clock (it raised "exceptions must derive from BaseException", which broke
# test.support's CPU-time helpers), and int() parses a bytes or bytearray subclass's instance with an explicit
# base (CPython's test_int.test_non_numeric_input_types).
import time

for name in ('time', 'monotonic', 'perf_counter', 'process_time', 'thread_time'):
    info = time.get_clock_info(name)
    print(name, type(info).__name__, sorted(vars(info)), info.monotonic, info.adjustable,
          isinstance(info.implementation, str), 0 < info.resolution <= 1)
for bad in ('sundial', 1, None):
    try:
        time.get_clock_info(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class CustomBytes(bytes):
    pass


class CustomByteArray(bytearray):
    pass


for f in (bytes, bytearray, CustomBytes, CustomByteArray):
    x = f(b'100')
    print(f.__name__, int(x), int(x, 2), int(x, 16), int(f(b'0x1f'), 0), int(f(b' -12 ')))
    try:
        int(f(b'12z'), 10)
    except ValueError as e:
        print('ValueError:', e)
print(int(memoryview(b'42')))
try:
    int(memoryview(b'42'), 10)
except TypeError as e:
    print('TypeError:', e)
try:
    int(3.5, 10)
except TypeError as e:
    print('TypeError:', e)
