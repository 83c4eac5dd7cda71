# cr_code/cr_frame and ag_code/ag_frame of coroutines and async generators (the frame None once finished), as
# CPython's. Checked against CPython 3.13 (test_generators.test_cr_frame_f_back, test_ag_frame_f_back).
import types
async def co():
    return 5
c = co()
print(c.cr_code.co_name, type(c.cr_frame).__name__, c.cr_frame.f_code == c.cr_code)
try:
    c.send(None)
except StopIteration as e:
    print('done', e.value)
print(c.cr_frame)
async def ag():
    yield 1
a = ag()
print(a.ag_code.co_name, type(a.ag_frame).__name__)
def gen():
    yield 1
g = gen(); print(g.gi_frame.f_back)
