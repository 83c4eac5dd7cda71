# Struct sequences as CPython's (PyStructSequence): invisible fields past the tuple (time.struct_time's tm_zone and
# tm_gmtoff, os.stat_result's float and nanosecond times), unnamed items (stat_result's int times), the constructor's
# sequence and dict, repr, pickle, copy.replace (cases from CPython's test_structseq).
import time, os, copy, pickle
t = time.struct_time
for args, kw in [(('123456789',), {'dict': None}), (('12345678',), {}), (('123456789012',), {}), ((), {'seq': '123456789', 'dict': {}})]:
    try: t(*args, **kw)
    except TypeError as e: print(e)
print(os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields, os.stat_result.__match_args__)
r = os.stat_result(range(10))
print(r, r.st_atime, r.st_atime_ns, r.st_blksize, r[7])
print(r.__reduce__())
try: copy.replace(r)
except Exception as e: print(type(e).__name__, e)
try: os.stat_result(range(9))
except TypeError as e: print(e)
try: os.stat_result(range(20))
except TypeError as e: print(e)
print(os.stat_result(range(19)).st_rdev, repr(os.stat_result.st_mode), os.stat_result.st_mode.__doc__)
st = os.stat('/tmp'); print(type(st.st_atime), st[7] == int(st.st_atime), st.st_atime_ns // 10**9 == st[7], type(st.st_mtime_ns), st.st_dev > 0, st.st_mode == st[0])
print([n for n in dir(os.stat_result) if n.startswith('st_')])
print(os.times_result.__module__, os.stat_result.__module__, time.struct_time.__module__, repr(os.times())[:20], type(os.times()).__name__)
try: os.times_result(range(4))
except TypeError as e: print(e)
print(time.struct_time(range(9)).n_fields, time._STRUCT_TM_ITEMS, time.gmtime(0), time.gmtime(0).tm_zone, time.localtime(0).tm_gmtoff is not None)
g = time.gmtime(86400 * 365)
print(pickle.loads(pickle.dumps(g)) == g, pickle.loads(pickle.dumps(g)).tm_zone, copy.replace(g, tm_zone='X').tm_zone, copy.replace(g, tm_year=1).tm_year)
try: g.tm_zone = 'x'
except AttributeError as e: print(e)
try: g.foo = 1
except AttributeError as e: print(e)
try:
    class S(time.struct_time): pass
except TypeError as e: print(e)
print(time.struct_time.__doc__[:30], time.struct_time.tm_zone.__doc__, time.mktime(time.localtime(1000)) == 1000, time.strftime('%Y', g))
