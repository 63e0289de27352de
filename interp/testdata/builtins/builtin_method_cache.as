# LOAD_METHOD's cache for str/list/dict receivers and dict.get's CALL
# shortcut: one site seeing several receiver types, subclasses that
# override or inherit, methods fetched unbound, and dict.get's errors.
class L(list):
    def append(self, x):
        print("L.append", x)
        super().append(x * 10)
class D(dict):
    def get(self, k, d=None):
        return ("D.get", k, d)
class Plain(dict):
    pass
class S(str):
    def split(self, sep=None):
        return ["S.split", str(self)]
def grow(target, x):
    target.append(x)
    return target
def lookup(m, k):
    return m.get(k, 0)
def lookup1(m, k):
    return m.get(k)
def splits(s):
    return s.split()
for t in ([], L(), [], L(), bytearray(b"ab")):
    print(type(t).__name__, grow(t, 5))
for m in ({"a": 1}, D(a=1), Plain(a=2), {"a": 3}, {1: "one"}, {}):
    print(type(m).__name__, lookup(m, "a"), lookup(m, 1), lookup1(m, "a"), lookup1(m, "zz"))
for s in ("a b", S("c d"), "e f", b"g h", S("i j")):
    print(splits(s))
class K(str):
    pass
d = {K("k"): "via subclass key"}
print(d.get("k", 0), d.get("k"), lookup(d, "k"), lookup1(d, "x"))
class H:
    def __hash__(self):
        return hash("k")
    def __eq__(self, o):
        return o == "k"
d = {H(): "via __eq__"}
print(d.get("k", 0), lookup(d, "k"))
n = {}
for w in "a b a c b a".split():
    n[w] = n.get(w, 0) + 1
print(n)
print(dict.get(n, "a"), dict.get(n, "zz", 9), dict.get(n, "zz"))
g = n.get
print(g("b"), g("q", "dflt"))
for bad in ((), ("a", 1, 2), ("x",)):
    try:
        print(n.get(*bad) if bad != ("x",) else dict.get("x", 1))
    except TypeError as e:
        print("TypeError:", e)
try:
    n.get(key="a")
except TypeError as e:
    print("TypeError:", e)
try:
    n.get([1], 0)
except TypeError as e:
    print("TypeError:", e)
try:
    str.split = None
except TypeError as e:
    print("TypeError:", e)
try:
    list.append = None
except TypeError as e:
    print("TypeError:", e)
def strip_all(xs):
    return [x.strip() for x in xs]
print(strip_all([" a ", S(" b "), " c "]))
try:
    strip_all([" a ", 5])
except AttributeError as e:
    print("AttributeError:", e)
def method_of(x):
    return x.upper
print(method_of("ab")(), method_of(S("cd"))())
try:
    "x".nosuch()
except AttributeError as e:
    print("AttributeError:", e)
# CALL's shortcuts for s.split(), s.strip() and sep.join(list or tuple)
class T(str):
    def strip(self):
        return "T.strip"
class U(str):
    pass
class JL(list):
    pass
def calls(s, items):
    return s.split(), s.strip(), s.join(items)
for s in ("  a b\tc \n", "", " ", "x", "é  ü", T(" t "), U(" u v ")):
    for items in (["p", "q"], ("r",), [], [U("w"), "z"], JL(["m", "n"])):
        print(repr(calls(s, items)))
x = "keep"
print(x.strip() is x, " k ".strip() == "k", str.split(" a b "), str.strip(" c "), str.join("-", "de"))
for bad in ([1, "a"], ["a", None], (b"x",), 5, None):
    try:
        print(",".join(bad))
    except TypeError as e:
        print("TypeError:", e)
def gen():
    print("gen runs")
    yield "g1"
    yield "g2"
print("+".join(gen()), "+".join(iter(["i", "j"])), "+".join({"k": 1}))
print("a,b,,c".split(","), " a  b ".split(None, 1), "xxaxx".strip("x"), "  y ".strip(None))
for args in ((1,), ("a", "b", "c")):
    try:
        print("a b".split(*args))
    except TypeError as e:
        print("TypeError:", e)
for args in ((1,), ("a", "b")):
    try:
        print(" a ".strip(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    print("a".join())
except TypeError as e:
    print("TypeError:", e)
try:
    print("a".join(["x"], ["y"]))
except TypeError as e:
    print("TypeError:", e)
try:
    print("a b".split(sep=" "), " a ".strip(chars=" "))
except TypeError as e:
    print("TypeError:", e)
try:
    str.split(5)
except TypeError as e:
    print("TypeError:", e)
try:
    str.join(5, ["a"])
except TypeError as e:
    print("TypeError:", e)
