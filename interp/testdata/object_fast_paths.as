##> [0, 1, 2, "__init__() should return None, not 'int'", "__init__() should return None, not 'int'"]
##> 1 2 3
##> 1275
##> raised no
##> [7, 0]
##> RecursionError maximum recursion depth exceeded
##> [4, 5, 6] 7 6
# The fast paths of objects (interp/exec_construct.go, interp/attrcache.go,
# exec's LOAD_FAST_LOAD_ATTR and STORE_GLOBAL): __init__ returning through
# RETURN_VALUE's fast return, attribute loads fused with the local load
# they follow, class changes the caches survive, a module loop's global
# stored through LOAD_GLOBAL's cache, and the cases that must leave them. One small program each, separated by
# lines "---"; expectation lines recorded from CPython 3.11 by
# internal/golden/record_chunks.py; never edit them by hand.
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        return None
class W:
    def __init__(self, x):
        self.x = x
        if x > 2:
            return x
def make(n):
    out = []
    for i in range(n):
        try:
            out.append(W(i).x)
        except TypeError as e:
            out.append(str(e))
    return out
print(make(5))
v = V(1, V(2, 3))
print(v.x, v.y.x, v.y.y)
class R:
    def __init__(self, n):
        self.n = n
        self.child = R(n - 1) if n else None
r = R(50)
k = 0
while r:
    k += r.n
    r = r.child
print(k)
class E:
    def __init__(self):
        raise ValueError("no")
try:
    E()
except ValueError as e:
    print("raised", e)
def gen():
    yield V(7, 8).x
    yield W(9).x if False else 0
print(list(gen()))
class Deep:
    def __init__(self, n):
        self.n = n
        self.next = Deep(n + 1)
try:
    Deep(0)
except RecursionError as e:
    print("RecursionError", e)
class Two:
    def __init__(self, a, b, c=3):
        self.s = a + b + c
print([Two(i, 1).s for i in range(3)], Two(1, 2, c=4).s, Two(b=1, a=2).s)
---
##> [1, 2, 'missing x', 'desc', 4, "AE 'int' object has no attribute 'x'", "AE 'str' object has no attribute 'x'", "AE type object 'P' has no attribute 'x'"]
##> [1, 2, 'missing x', 'desc', 4, "AE 'int' object has no attribute 'x'", "AE 'str' object has no attribute 'x'", "AE type object 'P' has no attribute 'x'"]
##> [1, 2, 'missing x', 'desc', 4, "AE 'int' object has no attribute 'x'", "AE 'str' object has no attribute 'x'", "AE type object 'P' has no attribute 'x'"]
##> 20 7
##> 7 2
##> 7 2
##> 150 50
##> 150 50
##> ULE cannot access local variable 'o' where it is not associated with a value
##> AE 'P' object has no attribute 'x'
##> 1
##> 1
##> 1 109
# self.x on every kind of receiver and attribute: the fused local load
class P:
    k = 5
    def __init__(self, x):
        self.x = x
    @property
    def px(self):
        return self.x * 10
    def get(self):
        return self.x + self.k
class S:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x
class G:
    def __getattr__(self, name):
        return "missing " + name
class D:
    def __get__(self, obj, typ):
        return "desc"
    def __set__(self, obj, v):
        pass
class Q(P):
    x = D()
def show(o):
    try:
        return o.x
    except AttributeError as e:
        return "AE " + str(e)
import types
objs = [P(1), S(2), G(), Q(3), types.SimpleNamespace(x=4), 7, "s", P]
for _ in range(3):
    print([show(o) for o in objs])
p = P(2)
print(p.px, p.get())
for i in range(4):
    if i == 2:
        P.k = 100
        p.__dict__["x"] = 50
    print(p.get(), p.x)
def unbound():
    if False:
        o = 1
    return o.x
try:
    unbound()
except UnboundLocalError as e:
    print("ULE", e)
def late(o):
    del o.x
    return o.x
try:
    late(P(1))
except AttributeError as e:
    print("AE", e)
class M:
    def __init__(self):
        self.a = 1
m = M()
def mread(o):
    return o.a
print(mread(m))
m.__class__ = P
try:
    print(mread(m))
except AttributeError as e:
    print("AE", e)
m.x = 9
print(mread(m) if hasattr(m, "a") else None, m.get())
---
##> [(2, 2, 0), (3, 3, 0), (4, 4, 0), (3, 3, 1), (4, 4, 1), (5, 5, 1), (4, 4, 2), (5, 5, 2), (6, 6, 2)] 6
##> [(5, 5, 2), (6, 6, 2), (7, 7, 2), (100, 100, 2), (100, 100, 2), (100, 100, 2), (6, 6, 2), (7, 7, 2), (8, 8, 2), (7, 7, 2), (8, 8, 2), (9, 9, 2)]
##> [(8, 8, 2), (9, 9, 2), (10, 10, 2), (9, 9, 2), 'AttributeError', (11, 11, 2), (10, 10, 2), (10, 10, 2), (12, 12, 2), (11, 11, 2), (11, 11, 2), (13, 13, 2)]
##> [(12, 12, 2), (12, 12, 2), (14, 14, 2), (13, 'new get', 2), (13, 'new get', 2), (15, 'new get', 2), (14, 'new get', 2), (14, 'q get', 2), (16, 'new get', 2)]
##> [(15, 'new get', 2), (15, 'q get', 2), (17, 'new get', 2), (160, 'new get', 2), (160, 'q get', 2), (180, 'new get', 2), (161, 'new get', 2), (161, 'q get', 2), (181, 'new get', 2)]
##> [(162, 'new get', 2), (162, 'q get', 2), (182, 'new get', 2), (7, 'new get', 2), (7, 'q get', 2), (7, 'new get', 2), (9, 'new get', 2), (9, 'q get', 2), (9, 'new get', 2)]
##> 2 2
##> 2
##> desc
##> [0, 1, 2]
##> [0, -1, -2]
##> [0, -1, -2]
# class attributes changed while the instance-attribute caches are warm:
# plain values (a counter) keep them; descriptors, hooks and methods do not
class P:
    count = 0
    tag = "t"
    def __init__(self, x):
        self.x = x
        P.count += 1
    def get(self):
        return self.x
class Q(P):
    pass
def run(objs, rounds, change):
    out = []
    for r in range(rounds):
        change(r)
        for o in objs:
            try:
                o.x = o.x + 1
                out.append((o.x, o.get(), o.tag))
            except Exception as e:
                out.append(type(e).__name__)
    return out
objs = [P(1), Q(2), P(3)]
def c1(r):
    P.tag = r
    P.count += 1
print(run(objs, 3, c1), P.count)
def c2(r):
    if r == 1:
        P.x = property(lambda self: 100, lambda self, v: None)
    if r == 2:
        del P.x
print(run(objs, 4, c2))
def c3(r):
    if r == 1:
        Q.x = property(lambda self: -1)
    if r == 2:
        Q.x = 5
    if r == 3:
        del Q.x
print(run(objs, 4, c3))
def c4(r):
    if r == 1:
        P.get = lambda self: "new get"
    if r == 2:
        Q.get = lambda self: "q get"
print(run(objs, 3, c4))
def c5(r):
    if r == 1:
        def setattr_(self, n, v):
            object.__setattr__(self, n, v * 10)
        P.__setattr__ = setattr_
    if r == 2:
        del P.__setattr__
print(run(objs, 3, c5))
def c6(r):
    if r == 1:
        P.__getattribute__ = lambda self, n: 7 if n == "x" else object.__getattribute__(self, n)
    if r == 2:
        del P.__getattribute__
print(run(objs, 3, c6))
class Desc:
    def __get__(self, o, t):
        return "desc"
class R:
    y = 1
    def __init__(self):
        self.y = 2
r = R()
def ry(o):
    return o.y
print(ry(r), ry(r))
R.y = Desc()
print(ry(r))
Desc.__set__ = lambda self, o, v: None
R.y = 3
R.y = Desc()
print(ry(r))
class New:
    def __init__(self, a):
        self.a = a
def build(n):
    return [New(i).a for i in range(n)]
print(build(3))
New.__init__ = lambda self, a: setattr(self, "a", -a)
print(build(3))
New.other = 1
New.other = 2
print(build(3))
---
##> 4 10
##> 13 13
##> 0 1 10 2 2
##> 100 101 102 102
##> 0 1 name 'w' is not defined back 2 2
##> 5
##> 3
# STORE_GLOBAL through LOAD_GLOBAL's cache: module loops, `global`,
# deleted and re-added names, globals() written directly, builtins
total = 0
for p in range(5):
    total += p
print(p, total)
def bump():
    global total
    for _ in range(3):
        total = total + 1
    return total
print(bump(), total)
for k in range(3):
    print(k, end=" ")
    if k == 1:
        del k
        k = 10
        print(k, end=" ")
print(k)
for n in range(3):
    globals()["n"] = 100 + n
    print(n, end=" ")
print(n)
def reader():
    return w
for i in range(3):
    w = i
    print(reader(), end=" ")
    if i == 1:
        del globals()["w"]
        try:
            reader()
        except NameError as e:
            print(e, end=" ")
        w = "back"
        print(reader(), end=" ")
print(w)
len = 5
print(len)
del len
print(len("abc"))
---
##> P 3
##> S 3
##> H ('hooked', 3)
##> Pr 6
##> type 3
##> AE 'int' object has no attribute 'x'
##> AE 'S' object has no attribute 'z'
##> ULE cannot access local variable 'x' where it is not associated with a value
##> ULE cannot access local variable 'o' where it is not associated with a value
##> None 42 done coro done WithNone
##> exit ValueError swallowed
##> after with
# self.x = v and self.x = x (LOAD_FAST_STORE_ATTR) on every receiver kind,
# unbound locals on either side, and `return const` from every frame kind
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class S:
    __slots__ = ("x", "y")
class H:
    def __setattr__(self, n, v):
        object.__setattr__(self, n, ("hooked", v))
class Pr:
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
def put(o, x):
    o.x = x
    return o
for o in [P(0, 0), S(), H(), Pr(), P]:
    put(o, 3)
    print(type(o).__name__, o.x)
try:
    put(3, 1)
except AttributeError as e:
    print("AE", e)
try:
    put(S(), 1).z = 2
except AttributeError as e:
    print("AE", e)
def unbound_value(o):
    if False:
        x = 1
    o.x = x
def unbound_target(v):
    if False:
        o = 1
    o.x = v
for fn in (unbound_value, unbound_target):
    try:
        fn(P(1, 2))
    except UnboundLocalError as e:
        print("ULE", e)
def ret_none():
    pass
def ret_const():
    return 42
def gen():
    yield 1
    return "done"
def drive(g):
    try:
        while True:
            next(g)
    except StopIteration as e:
        return e.value
import asyncio
async def coro():
    await asyncio.sleep(0)
    return "coro done"
class WithNone:
    def __init__(self):
        return None
print(ret_none(), ret_const(), drive(gen()), asyncio.run(coro()), type(WithNone()).__name__)
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, e, tb):
        print("exit", t.__name__ if t else None, e)
        return True
with CM():
    raise ValueError("swallowed")
print("after with")
