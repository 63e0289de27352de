# Integer arguments of stdlib functions accept any object with __index__,
# as CPython's C functions do (PyNumber_AsSsize_t); and argument binding
# errors use CPython's wording.
import itertools
import collections
import math
import re


class I:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Bad:
    def __index__(self):
        return "x"


print(list(itertools.islice("abcdef", I(3))))
print(list(itertools.islice("abcdef", I(1), I(5), I(2))))
print(list(itertools.repeat("z", I(2))))
print(list(itertools.combinations("abc", I(2))))
print(list(itertools.combinations_with_replacement("ab", I(2))))
print(list(itertools.product("ab", repeat=I(2))))
d = collections.deque([1, 2, 3, 4], 3)
print(d, d.maxlen)
d.rotate(I(1))
print(d)
print(d[I(0)], d.index(3, I(0)))
print(math.comb(I(5), I(2)), math.perm(I(5), I(2)), math.factorial(I(4)))
print(re.compile("b").search("abcb", I(2)))
tests = [
    lambda: list(itertools.islice("abc", "x")),
    lambda: list(itertools.islice("abc", Bad())),
    lambda: list(itertools.islice("abc", 2 ** 70)),
    lambda: itertools.repeat("z", 1.5),
    lambda: itertools.repeat(),
    lambda: itertools.count(1, 2, 3),
    lambda: itertools.count(x=1),
    lambda: itertools.combinations("ab"),
    lambda: itertools.permutations("ab", 1, 2),
    lambda: itertools.permutations("ab", 1.5),
    lambda: itertools.permutations("ab", -1),
    lambda: itertools.combinations("ab", None),
    lambda: collections.deque([], "x"),
    lambda: collections.deque([], 1, 2),
    lambda: collections.deque(foo=1),
    lambda: math.isclose(1),
    lambda: math.isclose(1, 2, 3),
    lambda: math.isclose(a=1, b=2),
    lambda: math.prod(),
    lambda: math.prod([1], 2),
    lambda: re.compile(),
    lambda: re.compile("a", 0, 1),
    lambda: re.compile("a").search(),
    lambda: re.compile("a").search("a", pos="x"),
    lambda: re.escape(),
    lambda: collections.Counter("ab").most_common(1, 2),
    lambda: collections.OrderedDict().move_to_end(),
    lambda: collections.namedtuple("P"),
    lambda: collections.namedtuple("P", "x", True),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
