# Fast paths of strings, dicts and formatting, checked against CPython.
class S(str):
    pass

a = "abc"
print("" + a is a, a + "" is a, ("" + a) == a)
e = ""
e += a
print(e is a, e)
s = S("xy")
r = "" + s
print(type(r).__name__, r, r is s)
r = s + ""
print(type(r).__name__, r)
w = ""
for k in range(3):
    w += "ka"
print(w, len(w))

# d.get(str, default) and d[str] = v, with str subclasses and other keys
class K(str):
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return str.__eq__(self, o)

counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
d = {K("x"): 1, "y": 2, 3: "three"}
print(d.get("x", "dflt"), d.get(K("y"), "dflt"), d.get("z", None), d.get(3, 0), d.get("q"))
d2 = {1: 1}
print(d2.get("a", "missing"))
big = {str(i): i for i in range(20)}
print(big.get("13", -1), big.get("99", -1), big.get(K("5"), -1))
try:
    {}.get()
except TypeError as e:
    print(e)
try:
    {}.get(1, 2, 3)
except TypeError as e:
    print(e)
try:
    {}.get([], 0)
except TypeError as e:
    print(e)
# += on mixed operands
try:
    "a" + 1
except TypeError as e:
    print(e)
print(S("ab") + "c", "c" + S("ab"), type("c" + S("ab")).__name__)
d = {"y": 2}
d[K("y")] = 5
print(len(d), K("y") in d, d["y"], sorted(d.values()))
class P(str):
    pass
d[P("y")] = 9
print(len(d), d["y"], P("y") in d)
# str.join
print(repr(" ".join([])), repr(" ".join(["a"])), repr("".join(["", ""])), repr(",".join(["", "", ""])))
print(" ".join(["ka", "lo", "mi"]), "--".join(("a", "b", "c")), "".join(["x", "y"]), "é".join(["a", "b"]))
print(" ".join([S("a"), "b", S("c")]), "\n".join(w for w in ["p", "q"]), repr(S("-").join(["a", "b"])))
try:
    " ".join(["a", 1])
except TypeError as e:
    print(e)
# d[str] = v when an equal key is a str subclass's instance (or equal by __eq__)
d = {P("y"): 1, 5: 0}
d["y"] = 2
print(d, len(d), [type(k).__name__ for k in d])
class Eq:
    def __hash__(self):
        return hash("z")
    def __eq__(self, o):
        return o == "z"
d = {Eq(): 1}
d["z"] = 3
print(len(d), list(d.values()), d.get("z"))
d = {}
d["a"] = 1
d[P("a")] = 2
print(d, [type(k).__name__ for k in d])

# del d[str] finds an equal key held by a str subclass's instance or an equal object
class S2(str):
    pass
d = {S2("y"): 1, "z": 2}
del d["y"]
print(d)
d = {S2("y"): 1}
print(d.pop("y", None), d)
d = {S2("y"): 1}
print("y" in d, d.get("y"), d["y"])
class K2:
    def __hash__(self): return hash("q")
    def __eq__(self, o): return o == "q"
d = {K2(): 5}
print("q" in d, d.get("q"))
del d["q"]
print(d)
