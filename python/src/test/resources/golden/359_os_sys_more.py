# More of os, os.path, shutil and sys as CPython 3.13's: commonpath, expandvars, splitroot, realpath, access,
# fsencode, removedirs, which, get_terminal_size, sys.getsizeof of built-in values, and sys's plain attributes.
import os, sys, shutil
print(os.path.commonpath(['/a/b/c', '/a/b/d']), os.path.commonprefix(['abc', 'abd']), os.path.splitdrive('/x'), os.path.splitroot('//a/b'), os.path.splitroot('/a'), os.path.splitroot('a'))
os.environ['FTX'] = 'val'
print(os.path.expandvars('$FTX/${FTX}/$NOPE'), os.path.lexists('/'), os.path.realpath('/tmp/../tmp'), os.path.isjunction('/'))
print(os.access('/', os.F_OK), os.access('/nonexistent', os.R_OK), os.fsencode('é'), os.fsdecode(b'x'), os.SEEK_END)
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**40), sys.getsizeof(1.0), sys.getsizeof(''), sys.getsizeof('abc'), sys.getsizeof(b'ab'), sys.getsizeof(()), sys.getsizeof((1, 2)), sys.getsizeof([]), sys.getsizeof({}), sys.getsizeof(None), sys.getsizeof(True), sys.getsizeof('é'), sys.getsizeof('€'))
print(sys.float_repr_style, sys.is_finalizing(), sys.gettrace(), sys.getswitchinterval(), sys.dont_write_bytecode in (True, False), sys.warnoptions, type(sys.orig_argv).__name__)
print(shutil.which('sh') is not None, shutil.which('no-such-cmd-xyz'), shutil.get_terminal_size((70, 20)) == os.terminal_size((int(os.environ.get('COLUMNS', 70)), int(os.environ.get('LINES', 20)))))
d = '/tmp/ftx_rd/a/b'
os.makedirs(d, exist_ok=True); os.removedirs(d); print(os.path.exists('/tmp/ftx_rd'))
try: os.get_terminal_size()
except OSError as e: print('OSError', e.errno)
