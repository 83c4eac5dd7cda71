# An error raised by __set_name__ gets CPython 3.12's note naming the descriptor, the attribute and the class
# (test_subclassinit), and contextvars' constructors refuse arguments and subclassing as CPython's C types do
# (test_context). Compared with CPython 3.13.
import contextvars

class Descriptor:
    def __set_name__(self, owner, name):
        1/0
try:
    class NotGoingToWork:
        attr = Descriptor()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, e.__notes__)
class Wrong:
    def __set_name__(self):
        pass
try:
    class AlsoNot:
        other = Wrong()
except TypeError as e:
    print("TypeError:", e.__notes__)

for f in (lambda: contextvars.Context(1), lambda: contextvars.Context(a=1), lambda: contextvars.ContextVar(),
          lambda: contextvars.ContextVar(1), lambda: contextvars.ContextVar("a", 1)):
    try:
        f()
        print("ok")
    except TypeError as e:
        print("TypeError:", e)
for base in ("Context", "ContextVar", "Token"):
    try:
        class X(getattr(contextvars, base)):
            pass
        print("subclassed", base)
    except TypeError as e:
        print("TypeError:", e)
v = contextvars.ContextVar("v", default=3)
print(v.name, v.get(), contextvars.Context().run(v.get))
