# With statements and tracebacks: __exit__ gets a traceback object, exceptions raised in __exit__ chain the handled one,
# the context manager protocol's errors, and traceback.extract_tb / format_tb / walk_tb over __traceback__.
try:
    try: 1/0
    except ZeroDivisionError: xyzzy
except NameError as e: print(repr(e.__context__))
def ex(): xyzzy
try:
    try: 1/0
    except ZeroDivisionError: ex()
except NameError as e: print(repr(e.__context__))
class CM:
    def __enter__(self): pass
    def __exit__(self, t, v, tb): xyzzy
try:
    with CM():
        1/0
except NameError as e:
    print(repr(e.__context__))
class CM2:
    def __enter__(self): pass
    def __exit__(self, t, v, tb): raise KeyError(1)
try:
    with CM2():
        1/0
except KeyError as e:
    print(repr(e.__context__))
class CM3:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        raise v
try:
    with CM3():
        raise ValueError(3)
except ValueError as e:
    print(repr(e), e.__context__)
class CM4:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print(t.__name__, type(tb).__name__, tb.tb_lineno > 0)
        return True
with CM4():
    raise KeyError(2)
print("suppressed")
class LacksExit:
    def __enter__(self): pass
class LacksEnter:
    def __exit__(self, *a): pass
for cm in (LacksExit(), LacksEnter(), 1):
    try:
        with cm:
            pass
    except TypeError as e:
        print(e)
import traceback, os, types
def a():
    b()
def b():
    raise RuntimeError("deep")
try:
    a()
except RuntimeError as e:
    summary = traceback.extract_tb(e.__traceback__)
    print([(os.path.basename(fs.filename), fs.name, fs.line) for fs in summary])
    fn, ln, name, line = summary[-1]
    print(name, line, len(summary[-1]), repr(summary[-1]).split(',')[1:])
    print([f.f_code.co_name for f, _ in traceback.walk_tb(e.__traceback__)])
    text = traceback.format_tb(e.__traceback__)
    print(len(text), all(t.startswith('  File "') for t in text), text[-1].rstrip().split('\n')[-1].strip())
    print(isinstance(e.__traceback__, types.TracebackType), isinstance(e.__traceback__.tb_frame, types.FrameType))
    print(traceback.extract_tb(e.__traceback__, limit=1)[0].name)
