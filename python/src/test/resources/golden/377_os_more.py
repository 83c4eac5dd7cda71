# os: the ids and load from /proc, times(), chmod, utime (times and ns), truncate, symlink/readlink/link, system
# and popen with their wait statuses, os.error and the EX_ codes; CPython's errors.
import os, tempfile, stat, sys
print(os.getuid() == os.geteuid(), isinstance(os.getgid(), int), isinstance(os.getgroups(), list), os.getpgrp() > 0)
print(len(os.getloadavg()), type(os.times()).__name__, os.times()._fields if hasattr(os.times(), '_fields') else '', len(os.times()))
print(os.error is OSError, os.EX_OK, os.EX_USAGE, os.EX_CONFIG, os.getcwdb() == os.fsencode(os.getcwd()))
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f')
    with open(p, 'w') as f:
        f.write('hello world')
    os.chmod(p, 0o640)
    print(oct(stat.S_IMODE(os.stat(p).st_mode)))
    os.chmod(p, stat.S_IRUSR | stat.S_IWUSR | stat.S_IXUSR)
    print(oct(stat.S_IMODE(os.stat(p).st_mode)), os.access(p, os.X_OK))
    os.utime(p, (1000000000, 1500000000.5))
    st = os.stat(p)
    print(st.st_atime, st.st_mtime, st.st_mtime_ns)
    os.utime(p, ns=(5 * 10**9, 6 * 10**9))
    print(os.stat(p).st_mtime)
    os.truncate(p, 5)
    print(open(p).read())
    os.truncate(p, 8)
    print(open(p, 'rb').read())
    l = os.path.join(d, 'l')
    os.symlink(p, l)
    print(os.readlink(l) == p, os.path.islink(l), os.readlink(os.fsencode(l)) == os.fsencode(p))
    h = os.path.join(d, 'h')
    os.link(p, h)
    print(os.stat(p).st_nlink, open(h, 'rb').read())
    try:
        os.readlink(p)
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        os.symlink(p, l)
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    try:
        os.utime(p, (1, 2), ns=(1, 2))
    except ValueError as e:
        print(e)
sys.stdout.flush()
print(os.system('exit 3'), os.system('true'))
with os.popen('echo popen; echo two') as f:
    print(f.read().split())
f = os.popen('exit 2')
print(f.read(), f.close(), os.popen('true').close())
