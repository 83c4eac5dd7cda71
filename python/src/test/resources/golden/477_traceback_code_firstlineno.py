# A traceback's frame has f_code.co_firstlineno, as CPython's (PEP 626's tests read f_lineno - co_firstlineno).
def outer():
    inner()


def inner():
    x = 1
    raise ValueError(x)


try:
    outer()
except ValueError as e:
    t = e.__traceback__
    while t:
        print(t.tb_frame.f_code.co_name, t.tb_lineno, t.tb_frame.f_code.co_firstlineno,
              t.tb_lineno - t.tb_frame.f_code.co_firstlineno)
        t = t.tb_next
