##> {'b': 2, 'a': 1, 'c': 3} {'b': 2, 'a': 1, 'c': 3} ['b', 'a', 'c']
##> ['a', 'b', 'c']
##> {'b': 2, 'a': 1, 'c': 3, 'd': 4}
# Instance attributes kept in shapes (interp/instance.go) and the
# polymorphic attribute caches (interp/attrcache.go): insertion order,
# __dict__ aliasing, del, many attributes, shapes diverging by
# construction order, __slots__, properties, __getattr__, class changes
# invalidating caches, instance attributes shadowing methods, super().
# One small program each, separated by lines "---"; expectation lines
# recorded from CPython 3.11 by internal/golden/record_chunks.py; never
# edit them by hand.
class P:
    def __init__(self, a, b):
        self.b = b
        self.a = a
        self.c = a + b
p = P(1, 2)
print(p.__dict__, vars(p), list(vars(p)))
print([n for n in dir(p) if not n.startswith("__")])
p.d = 4
print(p.__dict__)
---
##> 10 20
##> {'x': 11, 'y': 20, 'z': 30} True True
##> False {'x': 11, 'z': 30}
##> 5 False {'w': 5}
##> {'w': 5, 'v': 6}
class P:
    def __init__(self, x):
        self.x = x
p = P(1)
d = p.__dict__
d["x"] = 10
d["y"] = 20
print(p.x, p.y)
p.z = 30
p.x = 11
print(d, d is p.__dict__, vars(p) is d)
del d["y"]
print(hasattr(p, "y"), p.__dict__)
q = P(2)
q.__dict__ = {"w": 5}
print(q.w, hasattr(q, "x"), q.__dict__)
q.v = 6
print(q.__dict__)
---
##> {'a': 1, 'c': 3}
##> {'a': 1, 'c': 3, 'b': 4} 1 4 3
##> AttributeError 'P' object has no attribute 'zz'
##> AttributeError 'P' object has no attribute 'zz'
##> {'a': 1, 'b': 2, 'c': 3}
class P:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3
p = P()
del p.b
print(p.__dict__)
p.b = 4
print(p.__dict__, p.a, p.b, p.c)
try:
    del p.zz
except AttributeError as e:
    print("AttributeError", e)
try:
    print(p.zz)
except AttributeError as e:
    print("AttributeError", e)
q = P()
print(q.__dict__)
---
##> ['a0', 'a3', 'a6', 'a9', 'a12'] 70 0 23 35
##> ['a1', 'a4', 'a7', 'a10', 'a13'] 70 23 46 58
##> ['a2', 'a5', 'a8', 'a11', 'a14'] 70 46 69 11
##> x False 69
##> [47, 0, 23]
class Many:
    pass
objs = []
for k in range(3):
    m = Many()
    for i in range(70):
        setattr(m, "a%d" % ((i * 3 + k) % 70), i)
    objs.append(m)
for m in objs:
    print(list(vars(m))[:5], len(vars(m)), m.a0, m.a69, getattr(m, "a35"))
m = objs[0]
m.a3 = "x"
del m.a4
print(m.a3, hasattr(m, "a4"), len(m.__dict__))
def read(o):
    return o.a1
print([read(o) for o in objs])
---
##> [1, 5, 13, 25, 41, 61, 85, 113]
##> [['x', 'y'], ['y', 'x']]
##> [(1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7), (8, 8)]
class Pt:
    def __init__(self, first, x, y):
        if first:
            self.x = x
            self.y = y
        else:
            self.y = y
            self.x = x
    def norm(self):
        return self.x * self.x + self.y * self.y
pts = [Pt(i % 2 == 0, i, i + 1) for i in range(8)]
print([p.norm() for p in pts])
print([list(vars(p)) for p in pts[:2]])
for p in pts:
    p.x += 1
print([(p.x, p.y) for p in pts])
---
##> 1 False False
##> AttributeError 'S' object has no attribute 'c'
##> 1 3 3
class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
class T(S):
    pass
s = S()
print(s.a, hasattr(s, "b"), hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)
t = T()
t.c = 3
print(t.a, t.c, t.__dict__["c"])
---
##> 10
##> 50 {'v': 5}
##> 50 99
##> 7 1
##> 8 {'v': 1, 'w': 8}
class P:
    def __init__(self):
        self.v = 1
    @property
    def w(self):
        return self.v * 10
    @w.setter
    def w(self, x):
        self.v = x
p = P()
print(p.w)
p.w = 5
print(p.w, p.__dict__)
p.__dict__["w"] = 99
print(p.w, p.__dict__["w"])
class Q(P):
    w = 7
q = Q()
print(q.w, q.v)
q.w = 8
print(q.w, q.__dict__)
---
##> 1 missing nothing
##> 2
##> missing nothing
class G:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return "missing " + name
g = G()
print(g.real, g.nothing)
g.nothing = 2
print(g.nothing)
del g.nothing
print(g.nothing)
---
##> 1 1 method
##> 2 2
##> 3 3 2
##> 2
##> replaced
##> instance
##> replaced
##> AttributeError 'C' object has no attribute 'k'
class C:
    k = 1
    def get(self):
        return self.k
    def m(self):
        return "method"
def read_k(o):
    return o.k
def call_m(o):
    return o.m()
c = C()
print(read_k(c), c.get(), call_m(c))
C.k = 2
print(read_k(c), c.get())
c.k = 3
print(read_k(c), c.get(), C.k)
del c.k
print(read_k(c))
C.m = lambda self: "replaced"
print(call_m(c))
c.m = lambda: "instance"
print(call_m(c))
del c.m
print(call_m(c))
del C.k
try:
    read_k(c)
except AttributeError as e:
    print("AttributeError", e)
---
##> 56 56
##> -28
##> ["A{'v': -1}", "B{'v': -2, 'extra': 4}", "C{'v': -3}", "A{'v': -4}", "B{'v': -5, 'extra': 10}", "C{'v': -6}"]
class A:
    def __init__(self, v):
        self.v = v
    def val(self):
        return self.v
class B(A):
    def __init__(self, v):
        super().__init__(v)
        self.extra = v * 2
    def val(self):
        return super().val() + self.extra
class C(A):
    pass
def total(objs):
    return sum(o.val() for o in objs) + sum(o.v for o in objs)
objs = [A(1), B(2), C(3), A(4), B(5), C(6)]
print(total(objs), total(objs))
for o in objs:
    o.v = -o.v
print(total(objs))
print([type(o).__name__ + str(vars(o)) for o in objs])
---
##> BAsuper super
##> 3 E
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        s = super()
        return "B" + s.who() + str(type(s).__name__)
    def cls_who(self):
        return super().__class__.__name__
print(B().who(), B().cls_who())
class D:
    def __init__(self, x):
        self.x = x
class E(D):
    def __init__(self):
        super().__init__(3)
    @classmethod
    def make(cls):
        return super().__new__(cls)
e = E()
print(e.x, type(E.make()).__name__)
---
##> B {'x': 1} 1
##> {'x': 1, 'z': 3}
class A:
    def __init__(self):
        self.x = 1
class B:
    def __init__(self):
        self.y = 2
a = A()
a.__class__ = B
print(type(a).__name__, a.__dict__, a.x)
a.z = 3
print(a.__dict__)
---
##> D(b=1, a=5) {'b': 1, 'a': 5}
##> {'b': 1, 'a': 5, 'c': 9} {'b': 1, 'a': 5}
import dataclasses
@dataclasses.dataclass
class D:
    b: int
    a: int = 5
d = D(1)
print(d, vars(d))
d.c = 9
print(vars(d), dataclasses.asdict(d))
---
##> [{'n': 1}, {'n': 2, 'extra': 1}, {'n': 3}, {'n': 4, 'extra': 3}, {'n': 5}]
##> 15 [None, 1, None, 3, None]
class Obj:
    def __init__(self, n):
        self.n = n
os = [Obj(i) for i in range(5)]
for i, o in enumerate(os):
    if i % 2:
        o.extra = i
    o.n += 1
print([vars(o) for o in os])
print(sum(o.n for o in os), [getattr(o, "extra", None) for o in os])
---
##> -714450 4950
##> {'n50': 50, 'common': 50} {'n3': 3, 'common': 3} {'common': -1199, 'm1199': 1199}
class F:
    pass
fs = []
for i in range(100):
    o = F()
    setattr(o, "n%d" % i, i)
    o.common = i
    fs.append(o)
for i in range(1200):
    o = F()
    o.common = -i
    setattr(o, "m%d" % i, i)
    fs.append(o)
print(sum(o.common for o in fs), sum(getattr(o, "n%d" % i) for i, o in enumerate(fs[:100])))
print(vars(fs[50]), vars(fs[3]), vars(fs[-1]))
---
##> 7 3 {'a': 7, 'z': 3}
##> False {}
##> 4 {'a': 4}
##> {'x': 4, 'y': 6} 4
class P:
    def __init__(self, a):
        self.a = a
p = P(1)
vars(p).update(z=3, a=7)
print(p.a, p.z, vars(p))
p.__dict__.clear()
print(hasattr(p, "a"), vars(p))
p.a = 4
print(p.a, vars(p))
class A:
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v * 2)
a = A(); a.x = 2; a.y = 3
print(vars(a), a.x)
---
##> RuntimeError super(): arg[0] deleted
##> AttributeError 'super' object has no attribute 'nothing'
class A:
    def f(self):
        return 1
class B(A):
    def f(self):
        del self
        return super().f()
    def g(self):
        return super().nothing()
try:
    B().f()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    B().g()
except AttributeError as e:
    print("AttributeError", e)
