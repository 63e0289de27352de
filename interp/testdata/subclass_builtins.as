##> [1, 2, 3] 3 x True [1, 2, 3] [1, 2, 3, 4] 1 3
##> [1, 2, 3, 5] L True
##> 1 2 3 5 
##> True [5, 3, 2, 1]
# Subclasses of built-in types (list, tuple, dict, str, int, float, Exception
# with __new__, namedtuple): instance attributes, __init__ with other
# arguments, the base type's behaviour, overridden special methods first.
# One small program each, separated by lines "---". The expectation lines
# (##> stdout, ### last stderr line, ##= exit status) are recorded from
# CPython 3.11 by internal/golden/record_chunks.py; never edit them by hand.
class L(list):
    def __init__(self, name, items):
        super().__init__(items)
        self.name = name
l = L("x", [1, 2, 3])
print(l, len(l), l.name, 2 in l, list(l), l + [4], l[0], l[-1])
l.append(5)
print(l, type(l).__name__, isinstance(l, list))
for x in l:
    print(x, end=" ")
print()
print(l == [1, 2, 3, 5], sorted(l, reverse=True))
---
##> L[1] 42 True L[1]
##> [L[1]]
class L(list):
    def __repr__(self):
        return "L" + super().__repr__()
    def __len__(self):
        return 42
    def __contains__(self, x):
        return True
l = L([1])
print(repr(l), len(l), 99 in l, str(l))
print([l])
---
##> (1, 2) 3 2 (1, 2, 3) True T
##> 1 2 True True
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def total(self):
        return self[0] + self[1]
t = T(1, 2)
print(t, t.total(), len(t), t + (3,), isinstance(t, tuple), type(t).__name__)
a, b = t
print(a, b, hash(t) == hash((1, 2)), t == (1, 2))
---
##> 1 zzzz {'a': 1} 1 True D
##> 5 ['a']
class D(dict):
    def __missing__(self, key):
        return key * 2
d = D(a=1)
print(d["a"], d["zz"], d, len(d), "a" in d, type(d).__name__)
d.x = 5
print(d.x, list(d.keys()))
---
##> set a x
##> {'a': 'X'} X
class D(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v.upper())
d = D()
d["a"] = "x"
print(d, d.get("a"))
---
##> hi HI! 2 hix 'hi' True S True
##> hi hi True 1
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hi")
print(s, s.shout(), len(s), s + "x", repr(s), s == "hi", type(s).__name__, isinstance(s, str))
print(f"{s}", "%s" % s, s.startswith("h"), {s: 1}["hi"])
---
##> 5 five 6 10 I True True 5 True
##> 60
class I(int):
    def __new__(cls, v, label):
        obj = super().__new__(cls, v)
        obj.label = label
        return obj
i = I(5, "five")
print(i, i.label, i + 1, i * 2, type(i).__name__, isinstance(i, int), i == 5, repr(i), hash(i) == hash(5))
print([10, 20, 30, 40, 50, 60][i])
---
##> F(1.5) 2.5 3.0 F(1.5) float
class F(float):
    def __repr__(self):
        return "F(%s)" % float.__repr__(self)
f = F(1.5)
print(repr(f), f + 1, f * 2, str(f), type(f + 1).__name__)
---
##> new MyErr ('bad', 3)
##> ('bad', 3) 3 ('bad', 3) MyErr('bad', 3)
class MyErr(Exception):
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls, *args)
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code
try:
    raise MyErr("bad", 3)
except MyErr as e:
    print(e, e.code, e.args, repr(e))
---
##> (1, 2, 1, 2) True 1 2 [1, 2] True (1, 2)
##> 1 2 2 3 P(x=5, y=2) {'x': 1, 'y': 2}
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, 2)
print(p + p, isinstance(p, tuple), p[0], len(p), list(p), p == (1, 2), tuple(p))
x, y = p
print(x, y, max(p), sum(p), p._replace(x=5), p._asdict())
---
##> 2 [1] 2 [1]
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s.peek(), s, s.pop(), s)
---
##> [1, 2, 3] [2, 3] list list [1, 2, 3, 1, 2, 3]
##> (<class '__main__.L'>, <class 'list'>, <class 'object'>) (<class 'list'>,)
class L(list):
    pass
l = L([3, 1, 2])
l.sort()
print(l, l[1:], type(l[1:]).__name__, type(l + l).__name__, l * 2)
print(L.__mro__, L.__bases__)
---
##> 7 int 12 0 False
class C(int):
    pass
print(C(3) + C(4), type(C(3) + C(4)).__name__, C("12"), C(), bool(C(0)))
---
##> custom custom custom orig 'orig'
class S(str):
    def __str__(self):
        return "custom"
s = S("orig")
print(s, str(s), f"{s}", s + "", repr(s))
---
##> {'a': 1, 'b': 2} 1 {'a': 1, 'b': 2} {'a': 1, 'b': 2} dict_items([('a', 1), ('b', 2)])
class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = 1
d = D({"a": 1}, b=2)
print(d, d.extra, dict(d), {**d}, d.items())
---
##> append 1
##> [10, 2, 3] L 1
class L(list):
    def append(self, x):
        print("append", x)
        super().append(x * 10)
l = L()
l.append(1)
l.extend([2])
l += [3]
print(l, type(l).__name__, l.count(10))
---
##> ['a', 'b'] A,B str a,ba,b a str
##> 1 True {'a,b': 2}
##> x, y z! True str
class S(str):
    pass
s = S("a,b")
print(s.split(","), s.upper(), type(s.upper()).__name__, s * 2, s[0], type(s[0]).__name__)
d = {"a,b": 1}
print(d[s], s in d, {s: 2})
print(", ".join([S("x"), S("y")]), "%s!" % S("z"), str(S("q")) == "q", type(str(S("q"))).__name__)
---
##> 14 3 1 -7 2 True 3 0007 7.0 7 int
##> 0x7 7 (3, 1) True [1, 2, 3]
class I(int):
    pass
x = I(7)
print(x + x, x // 2, x % 3, -x, abs(I(-2)), x > 3, x.bit_length(), f"{x:04d}", float(x), int(x), type(int(x)).__name__)
print(hex(x), round(x), divmod(x, 2), x == 7.0, sorted([I(3), 1, I(2)]))
---
##> (1, 2, 3) (2, 3) tuple 1 1 3 True True
##> unhashable type: 'L2'
class T(tuple):
    pass
t = T([1, 2, 3])
print(t, t[1:], type(t[1:]).__name__, t.index(2), t.count(1), len(t), t < (1, 2, 4), hash(t) == hash((1, 2, 3)))
try:
    hash(type("L2", (list,), {})())
except TypeError as e:
    print(e)
---
##> {'a': 3, 'b': 1, 'c': 1} [('a', 3), ('b', 1), ('c', 1)] None False
class Cnt(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
c = Cnt()
for w in "a b a c a".split():
    c[w] += 1
print(c, sorted(c.items()), c.get("z"), "z" in c)
---
##> [3, 1, 2] {"a": 1, "b": [1, 2]} "12" 7 2.5 [1, 2] {"12": 7}
##> 6 3 1 [1, 2, 3] [(0, 3), (1, 1), (2, 2)] [(3, 1), (1, 2)]
##> 7 12 '12' 2.5 7 12 '12'   12 007 2.50 '12'
##> 12 1.5 3 7 2.5 2.5 2 2 4.0
##> {3: None, 1: None, 2: None} True ['a', 'b'] [(3, 1)] (3, 1, 2)
##> 1 True 00012 ['', '2']
##> 3 6 [3, 1, 2, 1, 2]
##> I int int False
##> 2 21 x2 1212 True True a12b True
##> [3, 1, 2, 3, 1, 2] [3, 1, 2, 3, 1, 2] [0, 3, 1, 2] [3, 1, 2, 0] (1, 2, 3) (0, 1, 2) [3, 2] 1 [3, 1, 2] list
##> {'a': 1, 'b': [1, 2], 'c': 3} {'a': 1, 'b': [1, 2]} {'a': 1, 'b': [1, 2]} dict [('a', 1), ('b', [1, 2])] 2 True
##> True True True False
##> (3, 1) 49 49 14 3 -7 -8 0x7 0b111 0o7
##> 3.5 5.0 1.25 2.0 0.5 -2.5 1.5 False 2.5
import json, random, re, collections, functools, itertools, math
class L(list): pass
class D(dict): pass
class S(str): pass
class I(int): pass
class F(float): pass
class T(tuple): pass
l, d, s, i, f, t = L([3, 1, 2]), D(a=1, b=[1, 2]), S("12"), I(7), F(2.5), T((1, 2))
print(json.dumps(l), json.dumps(d), json.dumps(s), json.dumps(i), json.dumps(f), json.dumps(t), json.dumps({s: i}))
print(sum(l), max(l), min(l), sorted(l), list(enumerate(l)), list(zip(l, t)))
print("%d %s %r %.1f %x" % (i, s, s, f, i), "{} {!r} {:>4}".format(s, s, s), f"{i:03d} {f:.2f} {s!r}")
print(int(s), float(S("1.5")), int(F(3.9)), str(i), str(f), repr(f), round(f), math.floor(f), math.sqrt(I(16)))
print(dict.fromkeys(l), set(l) == {1, 2, 3}, list(d), collections.Counter(l).most_common(1), tuple(l))
print(re.match(r"\d", s).group(), s.isdigit(), s.zfill(5), s.split("1"))
random.seed(1)
print(random.choice(l), functools.reduce(lambda a, b: a + b, l), list(itertools.chain(l, t)))
print(i.__class__.__name__, (i + 0).__class__.__name__, abs(I(-3)).__class__.__name__, bool(I(0)))
print(len(s), s[::-1], s.replace("1", "x"), s * 2, "1" in s, s < "2", s.join(["a", "b"]), s.startswith(S("1")))
print(l * 2, 2 * l, [0] + l, l + [0], t + (3,), (0,) + t, l[::2], l.index(1), l.copy(), type(l.copy()).__name__)
print(d | {"c": 3}, {**d}, d.copy(), type(d.copy()).__name__, sorted(d.items()), len(d), d == {"a": 1, "b": [1, 2]})
print(isinstance(d, dict), issubclass(D, dict), type(d) is D, type(d) == dict)
print(divmod(i, 2), pow(i, 2), i ** 2, i << 1, i & 3, -i, ~i, hex(i), bin(i), oct(i))
print(f + 1, f * 2, f / 2, f // 1, f % 1, -f, abs(F(-1.5)), f.is_integer(), float(f))
---
##> ('x', 2) ('x', 2) E('x', 2)
##> abc 3 ('abc',)
##> 2 No such file [Errno 2] No such file G
class E(Exception):
    def __new__(cls, *a):
        return super().__new__(cls, "fixed")
e = E("x", 2)
print(e.args, str(e), repr(e))
class F(ValueError):
    def __new__(cls, msg):
        obj = super().__new__(cls, msg)
        obj.extra = len(msg)
        return obj
try:
    raise F("abc")
except ValueError as err:
    print(err, err.extra, err.args)
class G(OSError):
    pass
g = G(2, "No such file")
print(g.errno, g.strerror, g, type(g).__name__)
