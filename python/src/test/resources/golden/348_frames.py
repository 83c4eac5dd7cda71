# Frames (sys._getframe, _getframemodulename, inspect.currentframe/stack/getframeinfo, traceback's stack
# functions, logging's funcName and lineno) as CPython 3.13's: function, generator (resumed elsewhere), class body
# and eval frames, f_back chains, a frame kept after its call.
import sys, inspect, traceback, logging, io
def f():
    fr = sys._getframe()
    return fr.f_code.co_name, fr.f_lineno, fr.f_back.f_code.co_name, sorted(fr.f_locals), fr.f_globals is globals()
def g():
    x = 1
    return f()
print(g())
def depth():
    return sys._getframe(1).f_code.co_name, sys._getframemodulename(), sys._getframemodulename(1)
def caller(): return depth()
print(caller())
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
def h():
    return [(fi.function, fi.lineno, fi.code_context[0].strip() if fi.code_context else None) for fi in inspect.stack()]
def k(): return h()
print(k())
def w():
    return ''.join(traceback.format_stack()).replace(__file__, 'F')
print(w())
def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe().f_back.f_code.co_name
gg = gen()
print(next(gg))
def resumer(): return next(gg)
print(resumer())
class C:
    here = sys._getframe().f_code.co_name
    names = sorted(k for k in sys._getframe().f_locals if not k.startswith('__'))
print(C.here, C.names)
print(inspect.currentframe().f_code.co_name, inspect.getframeinfo(inspect.currentframe()).function)
fr = None
def keep():
    global fr
    a = 5
    fr = sys._getframe()
keep()
print(fr.f_code.co_name, fr.f_back.f_code.co_name)
buf = io.StringIO()
logging.basicConfig(stream=buf, format='%(funcName)s:%(lineno)d:%(module)s:%(message)s')
def logit(): logging.warning('hi'); logging.getLogger('x').error('err', stacklevel=2)
def outer_log(): logit()
outer_log()
print(buf.getvalue())
import collections
P = collections.namedtuple('P', 'x')
print(P.__module__)
print(type(sys._getframe()).__name__, eval('sys._getframe().f_code.co_name'))
