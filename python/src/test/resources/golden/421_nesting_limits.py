# Nesting limits with CPython's errors: the tokenizer's 200 levels of brackets, and RecursionError messages from
# json on very deep data.
import json

for n in (199, 200, 250):
    for o, c in ('()', '[]'):
        src = o * n + c * n
        try:
            eval(src)
            print(n, o, 'ok')
        except SyntaxError as e:
            print(n, o, 'SyntaxError', e.msg, e.offset)
        except RecursionError:
            print(n, o, 'RecursionError')

deep = []
for i in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print(e)
d = {}
for i in range(100000):
    d = {'k': d}
try:
    json.dumps(d)
except RecursionError as e:
    print(e)
for doc in ('[' * 100000 + ']' * 100000, '{"a":' * 100000 + '1' + '}' * 100000):
    try:
        json.loads(doc)
    except RecursionError as e:
        print(e)
print(json.loads('[' * 50 + ']' * 50) == eval('[' * 50 + ']' * 50))
try:
    eval('{' * 250 + '}' * 250)
except SyntaxError as e:
    print('SyntaxError', e.msg, e.offset)
