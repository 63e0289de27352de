# d[k] = d.get(k, 0) + 1 reuses the entry the lookup found; deletions,
# compaction, str subclasses and equal-hash keys must not confuse it.
class S(str):
    pass
class H(str):
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return str.__eq__(self, o)
d = {}
words = ("a b c d e f g h i j k l a b a " * 3).split()
for w in words:
    d[w] = d.get(w, 0) + 1
print(d)
for k in "abcdefgh":
    del d[k]
d["a"] = d.get("b", 100)
d["z"] = 1
print(d, d.get("i"), d.get("a"))
for i in range(30):
    d["k%d" % i] = i
for i in range(0, 30, 2):
    del d["k%d" % i]
print(d.get("k5"), d.get("k4"))
d["k7"] = "x"
print(d["k7"], len(d))
s = S("i")
print(d.get(s), type(list(d)[0]).__name__)
d[s] = "sub"
print(d["i"], type(list(d)[0]).__name__)
h1, h2 = H("p"), H("q")
e = {h1: 1, h2: 2, "p": 3}
e["q"] = e.get("q", 0) + 10
print(e, len(e))
for i in range(20):
    e[H("x%d" % i)] = i
e["x3"] = e.get("x3", 0) + 100
print(e.get("x3"), e.get(H("x4")), len(e))
g = {}
print(g.get("x"), g)
g["x"] = g.get("x", 0) + 1
g.pop("x")
g["x"] = g.get("x", 5) + 1
print(g)
