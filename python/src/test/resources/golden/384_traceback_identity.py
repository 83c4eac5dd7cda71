# Traceback objects keep their identity: __traceback__ and tb_next answer the same objects while the exception's
# entries are unchanged, a re-raised exception's chain leads into the first one, with_traceback's object is kept.
import sys, traceback
def inner():
    1/0
def outer():
    inner()
try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb is e.__traceback__, tb.tb_next is e.__traceback__.tb_next, tb.tb_next.tb_next.tb_next)
    chain = []
    t = tb
    while t:
        chain.append(t)
        t = t.tb_next
    saved = e
print(len(chain), [t.tb_frame.f_code.co_name for t in chain])
def reraise():
    try:
        outer()
    except ZeroDivisionError as e:
        first = e.__traceback__
        try:
            raise e
        except ZeroDivisionError as e2:
            t = e2.__traceback__
            n = 0
            found = False
            while t:
                found = found or t is first
                t = t.tb_next
                n += 1
            print('reraised chain contains the first:', found, n)
reraise()
x = ValueError('v')
x2 = x.with_traceback(tb)
print(x.__traceback__ is tb, x2 is x)
x.__traceback__ = None
print(x.__traceback__)
try:
    try:
        raise KeyError('k')
    except KeyError as k:
        kt = k.__traceback__
        raise
except KeyError as k2:
    print(k2.__traceback__.tb_next is kt or k2.__traceback__ is kt)
