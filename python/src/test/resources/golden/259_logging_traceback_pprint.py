# SPDX-License-Identifier: Apache-2.0
# logging, traceback, types.SimpleNamespace, warnings, pprint and atexit.
import logging, io, sys, traceback, atexit, types, warnings, pprint
buf = io.StringIO()
logging.basicConfig(stream=buf, level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app.sub")
log.debug("debug %d", 1)
log.info("info %s", "two")
logging.warning("root warning")
log.setLevel(logging.WARNING)
log.info("hidden")
log.error("error %r", {"a": 1})
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
print(buf.getvalue().split("Traceback")[0], end="")
print("ZeroDivisionError: division by zero" in buf.getvalue())
print(logging.getLevelName(logging.INFO), logging.getLevelName(25), logging.getLogger("app") is log.parent, log.getEffectiveLevel(), logging.getLogger().level)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("{levelname}|{message}", style="{"))
other = logging.getLogger("other")
other.propagate = False
other.addHandler(h)
other.warning("to stdout")
adapter = logging.LoggerAdapter(other, {"k": 1})
adapter.warning("adapted")
class Only(logging.Filter):
    def filter(self, record):
        return "keep" in record.getMessage()
other.addFilter(Only())
other.warning("drop me")
other.warning("keep me")
try:
    int("x")
except ValueError:
    text = traceback.format_exc()
print(text.splitlines()[0], text.splitlines()[-1])
print(traceback.format_exception_only(KeyError("k")), "".join(traceback.format_exception(ValueError("v"))).strip())
ns = types.SimpleNamespace(a=1, b="x")
ns.c = 3
print(ns, ns == types.SimpleNamespace(a=1, b="x", c=3), isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.FunctionType))
mp = types.MappingProxyType({"x": 1})
print(mp["x"], len(mp), list(mp), "x" in mp)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("careful", UserWarning)
    warnings.warn("old", DeprecationWarning)
print([(type(x.message).__name__, str(x.message)) for x in w])
warnings.simplefilter("error")
try:
    warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("RuntimeWarning", e)
warnings.resetwarnings()
data = {"zeta": list(range(20)), "alpha": {"nested": ["x" * 30, "y" * 30], "n": 1}, "mid": (1, 2, 3), "s": {1, 2, 3}}
pprint.pprint(data)
pprint.pprint(data, width=40, sort_dicts=False)
print(pprint.pformat([1, 2, 3]), pprint.pformat({"b": 1, "a": 2}), pprint.saferepr({"b": [1], "a": 2}))
pprint.pprint(list(range(40)), compact=True)
pprint.pprint({"k": "a long string " * 8})
r = [1]
r.append(r)
print(pprint.pformat(r).split(" with id")[0], pprint.isrecursive(r), pprint.isreadable([1, 2]))
pprint.pprint({"deep": {"deeper": {"deepest": 1}}}, depth=2)
def bye(name):
    print("goodbye", name)
atexit.register(bye, "world")
atexit.register(lambda: print("first"))
print("end of script")
