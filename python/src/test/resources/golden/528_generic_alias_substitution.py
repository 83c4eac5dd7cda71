# Substituting type variables in builtin generic aliases (list[T][int], PEP 585) and in typing's Callable with a
# ParamSpec (PEP 612), as CPython 3.13's _Py_subs_parameters and typing do; found by CPython's test_typing. Aliases
# like these are evaluated whenever a module- or class-level annotation or a function signature uses them.
from typing import TypeVar, ParamSpec, Callable, Concatenate, List, Dict, Generic, Union

T = TypeVar('T')
K = TypeVar('K')
P = ParamSpec('P')
P2 = ParamSpec('P2')

Vector = list[T]
Table = dict[K, list[T]]


def scale(v: Vector[float], by: float) -> Vector[float]:  # evaluated at def time
    return [x * by for x in v]


print(scale([1.0, 2.0], 3), scale.__annotations__)

cases = [
    'Vector[int]', 'Vector.__parameters__', 'Table.__parameters__', 'Table[str, int]', 'tuple[T, ...][int]',
    'list[List[T]][int]', 'dict[T, T][int]', 'type[T][int]', 'list[T][[int]]', 'list[P]', 'list[P][[int, str]]',
    'list[P][int, str]', 'tuple[()].__parameters__', 'list[T][T]', 'list[T][K][int]', 'list[T][P]',
    'list[T][list[K]][int]', 'list[T][5]', 'list[T][None]', "list[T]['x']", 'list[T][int] == list[int]',
    'hash(list[T][int]) == hash(list[int])', 'List[list[T]][int]', 'frozenset[T][str]',
    'list[type(None)]', 'list[None]', 'list[[int, None, ...]]', 'dict[str, [list[int]]]', 'list[[]]',
    'int | None', 'list[int | None]', 'List[5]', 'List[[int]]', 'Union[int, 5]',
    # errors
    'list[int][int]', 'list[T][int, str]', 'dict[K, T][int]', 'list[T][()]',
    # Callable with a ParamSpec: the argument list is spliced in
    'Callable[P, int][int]', 'Callable[P, int][int, str]', 'Callable[P, int][[int, str]]', 'Callable[P, int][...]',
    'Callable[P, int][P2]', 'Callable[P, int][Concatenate[int, P2]]', 'Callable[P, int][[]]',
    'Callable[Concatenate[int, P], T][[str], bool]', 'Callable[P, T][(int,), str]', 'Callable[P, T][[int], str]',
    'Callable[[T, int], T][str]', 'Callable[[T, int], T][str, int]', 'list[Callable[P, T]].__parameters__',
    'list[Callable[P, T]][[int], str]',
]
for expr in cases:
    try:
        print(expr, '->', repr(eval(expr)))
    except TypeError as e:
        print(expr, 'TypeError:', e)

for arg in (42, int, None, T, int | str, Union[int, str], [int], ..., P):
    try:
        print('P.__typing_subst__', repr(arg), '->', P.__typing_subst__(arg))
    except TypeError as e:
        print('P.__typing_subst__', repr(arg), 'TypeError:', e)


class Z(Generic[P]):
    pass


print(Z[int, str], Z[[int, str]], Z[(int, str)])
