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

# dicts of str keys: counting, growth past the linear scan, deletion,
# compaction, str subclass keys, mixed keys, long keys
counts = {}
for w in ("ka lo mi ka ne ka lo " * 3 + " ".join("w%d" % i for i in range(40))).split():
    counts[w] = counts.get(w, 0) + 1
print(len(counts), counts["ka"], counts.get("lo"), counts.get("zz"), counts.get("zz", -1), list(counts)[:6])
for i in range(0, 40, 3):
    del counts["w%d" % i]
print(len(counts), list(counts)[-5:], "w3" in counts, "w4" in counts)
for i in range(0, 40, 2):
    counts["w%d" % i] = i
print(len(counts), list(counts.items())[-4:])
while len(counts) > 3:
    counts.popitem()
print(counts, counts.copy(), dict(counts) == counts)
d = {S("k%d" % i): i for i in range(12)}
print(d["k3"], d.get("k11"), S("k5") in d, "k5" in d, type(list(d)[0]).__name__)
d = {"k%d" % i: i for i in range(12)}
print(d[S("k3")], d.get(S("k11")), d.get(S("nope"), "none"))
m = {1: "one", "1": "str one", 2.5: "f", (1, "a"): "t"}
for i in range(20):
    m["s%d" % i] = i
    m[i * 10] = i
print(m[1], m["1"], m[2.5], m[(1, "a")], m["s19"], m[190], len(m))
del m["1"], m[1]
print(m.get("1"), m.get(1), len(m), list(m)[:4])
long = {("x" * k + str(k)): k for k in range(30, 70)}
print(long["x" * 45 + "45"], len(long), ("x" * 69 + "69") in long, ("x" * 69 + "68") in long)
for k in list(long):
    if len(k) % 2:
        del long[k]
print(len(long), sorted(long.values())[:5])
try:
    counts.get()
except TypeError as e:
    print(e)
try:
    counts.get(1, 2, 3)
except TypeError as e:
    print(e)
try:
    counts.get(key="w")
except TypeError as e:
    print(e)
try:
    counts.get([])
except TypeError as e:
    print(e)
g = {}
for i in range(100):
    g["k%d" % (i % 17)] = i
    if i % 5 == 0:
        g.pop("k%d" % (i % 13), None)
print(len(g), sorted(g.items())[:5])

# str.split with a separator
print("aLObLOLOcLO".split("LO"), "LO".split("LO"), "x".split("LO"), "".split("LO"))
print("a,b,,c".split(","), "héLLOwörLLOd".split("LLO"), "€x€€y".split("€"), "abab".split("abab"))
print(len(("ka LO " * 100).split("LO")), "aXYbXYc".split("XY", 1), "aXYbXYc".split(sep="XY"))
for bad in (("",), (1,)):
    try:
        "abc".split(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(S("aLOb").split(S("LO")), "aLOb".split(S("LO")))

# str.replace: shrinking, equal, growing, counted, empty, no match
t = "KAlo KA mi KAKA"
print(t.replace("KA", "ka"), t.replace("KA", ""), t.replace("KA", "k"), t.replace("KA", "kaa"))
print(t.replace("KA", "ka", 2), t.replace("", "-"), "ab".replace("", "-", 1), t.replace("zz", "y") is t)
print("héé€x".replace("é", "e"), "€€".replace("€", "E"), "aaa".replace("aa", "b"), "abc".replace("abc", ""))
try:
    t.replace("KA")
except TypeError as e:
    print(e)
try:
    t.replace("KA", 1)
except TypeError as e:
    print(e)
