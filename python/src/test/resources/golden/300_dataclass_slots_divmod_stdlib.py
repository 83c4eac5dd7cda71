# dataclasses with slots=True and match_args=False, divmod through __divmod__/__rdivmod__ (a subclass's first), and a
# broad pass over functools, itertools, collections, json, re, string, statistics, textwrap and formatting.
import dataclasses
@dataclasses.dataclass(slots=True)
class S:
    a: int
    b: list = dataclasses.field(default_factory=list)
    def total(self):
        return self.a + len(self.b)
s = S(1, [2])
print(s, s.total(), S.__slots__, hasattr(s, '__dict__'), S.__qualname__, dataclasses.fields(S)[1].name, S(2))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
@dataclasses.dataclass(frozen=True, slots=True)
class F:
    x: int = 0
print(F(), F(3) == F(3), hash(F(1)) == hash(F(1)))
@dataclasses.dataclass(match_args=False)
class M:
    x: int
print(hasattr(M, '__match_args__'))
class N:
    def __init__(self, v): self.v = v
    def __divmod__(self, o): return ("dm", self.v, o)
    def __rdivmod__(self, o): return ("rdm", self.v, o)
class M(N):
    def __rdivmod__(self, o): return ("M.rdm", self.v)
print(divmod(N(1), 5), divmod(5, N(2)), divmod(N(1), M(2)), divmod(7, 2))
class Z:
    def __divmod__(self, o): return NotImplemented
try:
    divmod(Z(), 1)
except TypeError as e:
    print("TypeError:", e)
class I(int): pass
print(divmod(I(7), 2), divmod(7, I(2)))
import functools, itertools, collections, dataclasses, json, re, string, operator, statistics, fractions, textwrap, heapq, bisect, copy, pprint
@dataclasses.dataclass(order=True, frozen=True)
class P:
    x: int
    y: int = 0
    tags: tuple = ()
print(P(1, 2) < P(2, 0), dataclasses.asdict(P(1, 2)), dataclasses.replace(P(1), y=5), hash(P(1)) == hash(P(1)))
@dataclasses.dataclass
class Q:
    items: list = dataclasses.field(default_factory=list)
    n: int = dataclasses.field(default=3, repr=False)
    def __post_init__(self):
        self.items.append(self.n)
print(Q(), dataclasses.fields(Q)[0].name, dataclasses.is_dataclass(Q()))
@dataclasses.dataclass(slots=True, kw_only=True)
class R:
    a: int
    b: str = "x"
print(R(a=1), hasattr(R(a=1), '__dict__'))
class C:
    @functools.cached_property
    def v(self):
        print("computing")
        return 42
c = C(); print(c.v, c.v)
@functools.singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
@show.register(list)
def _(x): return "list"
print(show(1), show([]), show("s"))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) >= V(0), V(2) <= V(1))
print(list(itertools.islice(itertools.count(5, 2), 3)), list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.groupby("aabbbc")) and [(k, len(list(g))) for k, g in itertools.groupby("aabbbc")])
print(list(itertools.combinations_with_replacement("ab", 2)), list(itertools.starmap(pow, [(2, 3)])), list(itertools.compress("abc", [1, 0, 1])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(collections.Counter("abracadabra").most_common(2), collections.OrderedDict(a=1).popitem(), collections.deque([1, 2, 3], maxlen=2))
print(json.dumps({"b": [1, 2.5, None, True], "a": "é"}, sort_keys=True, indent=1, ensure_ascii=False))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host you@there"), re.findall(r"\d+", "a1b22c333"), re.split(r"[,;]\s*", "a, b;c"))
print(string.Template("$who likes $what").substitute(who="tim", what="kung pao"), string.capwords("hello world"))
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.stdev([2, 4, 4, 4, 5, 5, 7, 9]), fractions.Fraction(3, 6) + fractions.Fraction(1, 3))
print(textwrap.fill("The quick brown fox jumps over the lazy dog", width=15), textwrap.dedent("   a\n   b"), textwrap.shorten("Hello  world, this is long", width=15))
print(heapq.nsmallest(2, [5, 1, 3]), bisect.insort(l := [1, 3], 2) or l, operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3))
pprint.pprint({"k%d" % i: list(range(i)) for i in range(6)}, width=40)
print(f"{12345.678:,.2f} {0.5:.0%} {42:#x} {'s':^5}| {3:+d} {1e-7:g} {255:08b}")
print(divmod(7, -2), 7 // -2, -7 % 3, round(2.675, 2), 10 ** -2, 2 ** 100, int("0x1f", 16), int("1_000"))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1)), max({"a": 3, "b": 1}, key=lambda k: -1), min([], default=None))
