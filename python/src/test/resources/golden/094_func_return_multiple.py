# SPDX-License-Identifier: Apache-2.0
# Returning tuples, lists, dicts and functions; unpacking results.
def stats(xs):
    n = len(xs)
    mean = sum(xs) / n
    var = sum((x - mean) ** 2 for x in xs) / n
    return n, mean, var
n, mean, var = stats([2, 4, 4, 4, 5, 5, 7, 9])
print(n, mean, var)
def split_even_odd(xs):
    return [x for x in xs if x % 2 == 0], [x for x in xs if x % 2]
ev, od = split_even_odd(range(10))
print(ev, od)
def parse(line):
    key, _, val = line.partition(":")
    return {"key": key.strip(), "val": val.strip()}
print(parse(" name : Alice "), parse("novalue"))
def choose(kind):
    if kind == "upper":
        return str.upper
    return lambda s: s
print(choose("upper")("abc"), choose("x")("abc"))
def divmod2(a, b):
    return a // b, a % b
q, r = divmod2(-17, 5)
print(q, r, divmod2(17, 5) == divmod(17, 5))
