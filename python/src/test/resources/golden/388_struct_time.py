# time.struct_time as CPython's struct sequence: the dict argument, tm_zone/tm_gmtoff through copy, pickle and
# __reduce__, __match_args__ (class patterns), copy.replace; gmtime's zone is glibc's GMT.
import time, copy, pickle
t = time.gmtime(0)
print(t.__reduce__())
print(time.struct_time.__match_args__, time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
try: time.struct_time((1,2,3), dict={})
except TypeError as e: print(e)
print(time.struct_time(range(9), {'tm_zone': 'X'}).tm_zone, time.struct_time(range(9)).tm_zone)
print(copy.replace(t, tm_year=2000), copy.replace(t, tm_zone='Z').tm_zone)
try: copy.replace(t, bogus=1)
except Exception as e: print(type(e).__name__, e)
u = pickle.loads(pickle.dumps(t)); print(u == t, u.tm_zone, copy.deepcopy(t).tm_gmtoff)
match t:
    case time.struct_time(tm_year=y, tm_mon=m):
        print('matched', y, m)
match t:
    case time.struct_time(y, m, d):
        print('positional', y, m, d)
import os
print(os.stat_result.__match_args__, os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
