# A generator expression whose element holds an awaiting comprehension is an
# asynchronous generator expression (CPython inlines the inner comprehension,
# PEP 709), after test_coroutines' test_nested_comp: it was a plain generator,
# and 'async for' over it raised TypeError.
import types
@types.coroutine
def _yield(v):
    yield v
class asynciter:
    def __init__(self, it):
        self.it = iter(it)
    def __aiter__(self):
        return self
    async def __anext__(self):
        try:
            return next(self.it)
        except StopIteration:
            raise StopAsyncIteration
def run_async(coro):
    buffer = []
    result = None
    while True:
        try:
            buffer.append(coro.send(None))
        except StopIteration as ex:
            result = ex.args[0] if ex.args else None
            break
    return buffer, result
async def run_list_inside_gen():
    gen = ([i + j async for i in asynciter([1, 2])] for j in [10, 20])
    return [x async for x in gen]
print(run_async(run_list_inside_gen()))
async def run_gen_inside_list():
    gens = [(i async for i in asynciter(range(j))) for j in [3, 5]]
    return [x for g in gens async for x in g]
print(run_async(run_gen_inside_list()))
async def run_list_inside_list():
    return [[i + j async for i in asynciter([1, 2])] for j in [10, 20]]
print(run_async(run_list_inside_list()))
async def f():
    g = (x for x in [1, 2])
    return type(g).__name__, list(g)
print(run_async(f()))
async def h():
    g = ({i: i async for i in asynciter([j])} for j in [1, 2])
    return type(g).__name__, [d async for d in g]
print(run_async(h()))
