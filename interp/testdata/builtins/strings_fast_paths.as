# The fast paths of the strings benchmark: built-in type calls, split,
# dict counting, iteration over str, joins and formatting.

# built-in types called with positional arguments (CALL's constructFast)
print(list(range(3)), list(range(1, 4)), list(range(10, 0, -3)))
print(str(5), int("12"), float("1.5"), list("ab"), tuple([1, 2]), dict([(1, 2)]))
print(type(3), type("x").__name__, bool([]), set([1, 1]), frozenset("aa"))
for bad in ((), (1, 2, 3, 4), ("x",), (1, 2, 0)):
    try:
        range(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    int("x")
except ValueError as e:
    print(e)
class S(str):
    pass
class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = "L"
print(type(S("ab")).__name__, S("ab") + "c", L("xy"), L("xy").tag)
print(range(5, stop=3) if False else "kw skipped")
try:
    range(stop=3)
except TypeError as e:
    print(e)

# str.split() without a separator
print("  a b\tc\n\x1c d \x00e\x1f  ".split())
print("".split(), "   ".split(), "x".split(), " ab  ".split())
print("a\u3000b \u00e9x y\xa0z".split(), "\u2028a\x85b".split())
print((" w" * 40).split()[-3:], len((" w" * 40).split()))
print("a b c".split(None, 1), "a b c".split(maxsplit=0), "a b  c ".split(maxsplit=-1))
print(S(" p q ").split(), type(S(" p q ").split()[0]).__name__)

# len() of the common types, and its errors
print(len([1, 2]), len("héllo"), len("ab\u20ac" * 30), len((1,)), len({1: 2}), len(L("abc")), len(S("xy")))
for bad in ((), (1, 2)):
    try:
        len(*bad)
    except TypeError as e:
        print(e)
try:
    len(obj=[])
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
