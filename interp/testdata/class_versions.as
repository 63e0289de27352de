##> ['A.m', 'A.m', 'A.m']
##> ['new m', 'new m']
##> ['setattr m', 'setattr m']
##> ['type.__setattr__ m', 'type.__setattr__ m']
# Per-class versions of the attribute caches (interp/attrcache.go): a
# write to a class invalidates the ways of that class and of its
# subclasses, and no other. Each program warms a site in a loop, changes
# a class (directly, through a base, with setattr or type.__setattr__),
# and runs the site again. One small program each, separated by lines
# "---"; expectation lines recorded from CPython 3.11 by
# internal/golden/record_chunks.py; never edit them by hand.
class A:
    def m(self):
        return "A.m"
def show(objs):
    return [o.m() for o in objs]
a = A()
print(show([a, a, a]))
A.m = lambda self: "new m"
print(show([a, a]))
setattr(A, "m", lambda self: "setattr m")
print(show([a, a]))
type.__setattr__(A, "m", lambda self: "type.__setattr__ m")
print(show([a, a]))
---
##> ['Base.m', 'Base.m', 'Other.m', 'Base.m'] ['Base.m', 'Base.m', 'Other.m', 'Base.m']
##> ['patched Sub', 'patched Leaf', 'Other.m', 'patched Base'] ['patched Sub', 'patched Leaf', 'Other.m', 'patched Base']
##> ['Sub.m', 'Sub.m', 'Other.m', 'patched Base'] ['Sub.m', 'Sub.m', 'Other.m', 'patched Base']
##> ['patched Sub', 'patched Leaf', 'Other.m', 'patched Base']
##> AttributeError 'Sub' object has no attribute 'm'
##> AttributeError 'Leaf' object has no attribute 'm'
##> Other.m
##> AttributeError 'Base' object has no attribute 'm'
class Base:
    def m(self):
        return "Base.m"
class Sub(Base):
    pass
class Other(Base):
    def m(self):
        return "Other.m"
class Leaf(Sub):
    pass
objs = [Sub(), Leaf(), Other(), Base()]
def run():
    return [o.m() for o in objs]
print(run(), run())
Base.m = lambda self: "patched " + type(self).__name__
print(run(), run())
Sub.m = lambda self: "Sub.m"
print(run(), run())
del Sub.m
print(run())
del Base.m
for o in objs:
    try:
        print(o.m())
    except AttributeError as e:
        print("AttributeError", e)
---
##> [1, 1, 1]
##> ['property x', 'property x'] {'x': 1}
##> setter 5
##> {'x': 1}
##> 1
##> 7
class P:
    def __init__(self):
        self.x = 1
def get(o):
    return o.x
p = P()
print([get(p) for _ in range(3)])
P.x = property(lambda self: "property x", lambda self, v: print("setter", v))
print([get(p) for _ in range(2)], p.__dict__)
p.x = 5
print(p.__dict__)
del P.x
print(get(p))
p.x = 7
print(get(p))
---
##> own own
##> desc get desc get
##> desc set via desc
##> {'y': 'own2'}
class Desc:
    def __get__(self, obj, typ=None):
        return "desc get"
    def __set__(self, obj, value):
        print("desc set", value)
class Q:
    pass
class R(Q):
    def __init__(self):
        self.y = "own"
r = R()
def get(o):
    return o.y
def put(o, v):
    o.y = v
print(get(r), get(r))
put(r, "own2")
Q.y = Desc()
print(get(r), get(r))
put(r, "via desc")
print(r.__dict__)
---
##> [1, 1, 1]
##> [11, 11]
##> AttributeError 'S' object has no attribute 'c'
##> -1
##> -5 3
class S:
    __slots__ = ("a", "b")
    def __init__(self, a):
        self.a = a
    def total(self):
        return self.a + (self.b if hasattr(self, "b") else 0)
s = S(1)
print([s.total() for _ in range(3)])
s.b = 10
print([s.total() for _ in range(2)])
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError", e)
S.total = lambda self: -self.a
print(s.total())
class T(S):
    pass
t = T(5)
t.c = 3
print(t.total(), t.c)
---
##> AttributeError 'G' object has no attribute 'missing'
##> AttributeError 'G' object has no attribute 'missing'
##> AttributeError 'G' object has no attribute 'missing'
##> getattr missing getattr missing 1
##> getattr missing
##> AttributeError 'H' object has no attribute 'missing'
class G:
    def __init__(self):
        self.known = 1
def get(o, n):
    return getattr(o, n)
def missing(o):
    return o.missing
g = G()
for _ in range(3):
    try:
        missing(g)
    except AttributeError as e:
        print("AttributeError", e)
G.__getattr__ = lambda self, name: "getattr " + name
print(missing(g), missing(g), g.known)
class H(G):
    pass
h = H()
print(missing(h))
del G.__getattr__
try:
    missing(h)
except AttributeError as e:
    print("AttributeError", e)
---
##> 2
##> setattr v 4
##> 40
##> setattr v 2
##> 20
##> 5
class W:
    def __init__(self, v):
        self.v = v
def put(o, v):
    o.v = v
w = W(1)
for i in range(3):
    put(w, i)
print(w.v)
def setattr_hook(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value * 10)
W.__setattr__ = setattr_hook
put(w, 4)
print(w.v)
W2 = type("W2", (W,), {})
x = W2(2)
print(x.v)
del W.__setattr__
put(x, 5)
print(x.v)
---
##> ('C', 'A') ('C', 'A')
##> ('C', 'A2') ('C', 'A2')
##> ('C2', 'A2')
##> ('A2', 'A2')
class A:
    def who(self):
        return "A"
class B(A):
    pass
class C(A):
    def who(self):
        return "C"
class D(B, C):
    pass
d = D()
def run():
    return d.who(), B().who()
print(run(), run())
A.who = lambda self: "A2"
print(run(), run())
C.who = lambda self: "C2"
print(run())
del C.who
print(run())
---
##> 0 1 1
##> 1 2 2
##> 3 3 3
##> 9 4 4
##> 13 5 5
##> 18 6 6
##> 30 7 7
##> 37 8 8
##> 45 9 9
##> 63 10 10
##> 11 100 100 11
class Particle:
    count = 0
    def __init__(self, x):
        self.x = x
        Particle.count += 1
    def get(self):
        return self.x
class Heavy(Particle):
    def __init__(self, x, m):
        super().__init__(x)
        self.m = m
    def get(self):
        return self.m * super().get()
ps = []
for i in range(10):
    ps.append(Heavy(i, 2) if i % 3 == 0 else Particle(i))
    print(sum(p.get() for p in ps), Particle.count, Heavy.count)
Heavy.count = 100
Particle.count += 1
print(Particle.count, Heavy.count, ps[0].count, ps[1].count)
---
##> (('A', 1, 2), 1, 2) (('B', 4, 3), 4, 3) (('A', 1, 2), 1, 2) (('B', 4, 3), 4, 3)
##> (('B', 1, 2), 1, 2) (('B', 4, 3), 4, 3) (('B', 1, 2), 1, 2)
##> {'a': 1, 'b': 2, 'c': 5} {'b': 3, 'a': 4}
##> (('A', 4, 3), 4, 3) (('B', 1, 2), 1, 2)
class A:
    def __init__(self):
        self.a = 1
        self.b = 2
    def m(self):
        return ("A", self.a, self.b)
class B:
    def __init__(self):
        self.b = 3
        self.a = 4
    def m(self):
        return ("B", self.a, self.b)
def run(o):
    return o.m(), o.a, o.b
x, y = A(), B()
print(run(x), run(y), run(x), run(y))
x.__class__ = B
print(run(x), run(y), run(x))
x.c = 5
print(x.__dict__, vars(y))
y.__class__ = A
print(run(y), run(x))
---
##> [0, 1, 2]
##> Meta.__call__ (7,)
##> 7
##> 8
##> 900
##> from __new__ 10
class Meta(type):
    pass
class K(metaclass=Meta):
    def __init__(self, v):
        self.v = v
def make(v):
    return K(v)
print([make(i).v for i in range(3)])
def meta_call(cls, *args):
    print("Meta.__call__", args)
    return type.__call__(cls, *args)
Meta.__call__ = meta_call
print(make(7).v)
del Meta.__call__
print(make(8).v)
K.__init__ = lambda self, v: setattr(self, "v", v * 100)
print(make(9).v)
K.__new__ = lambda cls, v: "from __new__ %d" % v
print(make(10))
---
##> class class
##> instance instance
##> class
##> class2
##> dict
class C:
    attr = "class"
    def __init__(self):
        self.z = 0
def get(o):
    return o.attr
c = C()
print(get(c), get(c))
c.attr = "instance"
print(get(c), get(c))
del c.attr
print(get(c))
C.attr = "class2"
print(get(c))
c.__dict__["attr"] = "dict"
print(get(c))
---
##> 1 2
##> instance step
##> 3
##> class step 3
class M:
    def __init__(self):
        self.n = 0
    def step(self):
        self.n += 1
        return self.n
def run(o):
    return o.step()
m = M()
print(run(m), run(m))
m.step = lambda: "instance step"
print(run(m))
del m.step
print(run(m))
M.step = lambda self: "class step %d" % self.n
print(run(m))
---
##> ['instance value', 'instance value', 'instance value', 'instance value']
##> ['D.__get__', 'D.__get__', 'D.__get__']
##> D.__set__ 5
##> D.__get__ {'x': 'instance value'}
##> ['instance value', 'instance value', 'instance value']
##> 6 {'x': 6}
# a descriptor's class gaining __set__ after the owner's caches filled:
# the instance's own value stops winning (the owner's version does not
# move, only the descriptor class's)
class D:
    def __get__(self, obj, typ=None):
        return "D.__get__"
class C:
    x = D()
c = C()
c.__dict__["x"] = "instance value"
def read():
    return c.x
print([read() for _ in range(4)])
def dset(self, obj, value):
    print("D.__set__", value)
D.__set__ = dset
print([read() for _ in range(3)])
c.x = 5
print(read(), c.__dict__)
del D.__set__
print([read() for _ in range(3)])
c.x = 6
print(read(), c.__dict__)
---
##> [(1, 2), (1, 2), (1, 2)]
##> [(1, 2), (1, 2)]
##> [('got', 'got'), ('got', 'got')]
##> delete
##> {'a': 1, 'b': 2}
# a plain object as a class attribute whose class becomes a data
# descriptor, and a class attribute whose class gains __get__ only
class Plain:
    pass
class Owner:
    a = Plain()
    b = Plain()
o = Owner()
o.a = 1
o.__dict__["b"] = 2
def both():
    return o.a, o.b
print([both() for _ in range(3)])
Plain.__get__ = lambda self, obj, typ=None: "got"
print([both() for _ in range(2)])
Plain.__delete__ = lambda self, obj: print("delete")
print([both() for _ in range(2)])
del o.a
print(o.__dict__)
