##> init 1
##> init 2
##> True
# Class machinery: __new__ and __init__, __init_subclass__, __set_name__,
# descriptors, properties, static and class methods, type(name, bases,
# ns), __dict__, __slots__, __getattr__/__getattribute__/__delattr__, C3
# MRO and super(), metaclasses, truthiness, __index__, operator
# fallbacks, and their errors. One small program each, separated by lines
# "---"; expectation lines recorded from CPython 3.11 by
# internal/golden/record_chunks.py; never edit them by hand.
class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("init", v)
a = Single(1); b = Single(2)
print(a is b)
---
##> [('A', 'a'), ('B', None)]
class Base:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.subs.append((cls.__name__, tag))
class A(Base, tag="a"): pass
class B(A): pass
print(Base.subs)
---
##> set_name C x
##> set_name C y
##> unset
##> set _x 5
##> 5 {'_x': 5}
##> delete _x
##> Field
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        print("set", self.name, value)
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
class C:
    x = Field()
    y = Field()
c = C()
print(c.x)
c.x = 5
print(c.x, c.__dict__)
del c.x
print(type(C.x).__name__)
---
##> from descriptor
##> instance from descriptor
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class C:
    d = NonData()
c = C()
print(c.d)
c.d = "instance"
print(c.d, C.d)
---
##> 8
##> deleting
##> False the x
##> 'C' object has no attribute '_x'
class C:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @x.deleter
    def x(self):
        print("deleting")
        del self._x
c = C()
c.x = 4
print(c.x)
del c.x
print(hasattr(c, "_x"), C.x.__doc__)
try:
    c.x
except AttributeError as e:
    print(e)
---
##> property 'ro' of 'C' object has no setter
##> property 'ro' of 'C' object has no deleter
class C:
    @property
    def ro(self):
        return 1
c = C()
try:
    c.ro = 2
except AttributeError as e:
    print(e)
try:
    del c.ro
except AttributeError as e:
    print(e)
---
##> 2 4 6 8 ('A', 1) ('B', 2) ('B', 3)
class A:
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls, x):
        return cls.__name__, x
class B(A): pass
print(A.s(1), A().s(2), B.s(3), B().s(4), A.c(1), B.c(2), B().c(3))
---
##> X 1 5 5 True (<class 'object'>,) <class 'type'>
##> 3 (<class '__main__.Y'>, <class '__main__.X'>, <class 'object'>)
##> <class 'int'> <class 'str'>
def init(self, v):
    self.v = v
X = type("X", (object,), {"a": 1, "__init__": init, "show": lambda self: self.v})
x = X(5)
print(X.__name__, x.a, x.v, x.show(), type(x) is X, X.__bases__, type(X))
Y = type("Y", (X,), {})
print(Y(3).show(), Y.__mro__)
print(type(3), type("s"))
---
##> {'z': 3} ['a', 'm'] 1
##> mappingproxy
class C:
    a = 1
    def m(self): pass
c = C()
c.z = 3
print(c.__dict__, sorted(k for k in C.__dict__ if not k.startswith("__")), C.__dict__["a"])
print(type(C.__dict__).__name__)
---
##> 1 2 ('x', 'y')
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
p = P(1, 2)
print(p.x, p.y, P.__slots__)
---
##> True C <class 'type'>
class C:
    pass
c = C()
print(c.__class__ is C, c.__class__.__name__, C.__class__)
---
##> ['a', 'b', 'c']
class C:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(C()))
---
##> 1 getattr:y
##> 42 1 fallback other
class C:
    def __init__(self):
        self.x = 1
    def __getattr__(self, name):
        return "getattr:" + name
c = C()
print(c.x, c.y)
class D:
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
d = D()
d.q = 1
print(d.secret, d.q, d.other)
---
##> setattr a 1
##> delattr a
##> {}
class C:
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
    def __setattr__(self, name, v):
        print("setattr", name, v)
        super().__setattr__(name, v)
c = C()
c.a = 1
del c.a
print(c.__dict__)
---
##> DBCA ['D', 'B', 'C', 'A', 'object'] True
##> True True (<class '__main__.B'>, <class '__main__.C'>)
class A:
    def hi(self): return "A"
class B(A):
    def hi(self): return "B" + super().hi()
class C(A):
    def hi(self): return "C" + super().hi()
class D(B, C):
    def hi(self): return "D" + super().hi()
print(D().hi(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
print(isinstance(D(), C), issubclass(D, C), D.__bases__)
---
##> Cannot create a consistent method resolution
##> order (MRO) for bases X, Y
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
---
##> [W] made 3
##> 3
class LogMixin:
    def log(self, m):
        print(f"[{type(self).__name__}] {m}")
class Base:
    def __init__(self, n):
        self.n = n
class W(LogMixin, Base):
    def __init__(self, n):
        super().__init__(n)
        self.log(f"made {n}")
w = W(3)
print(w.n)
---
##> M.__new__ C ['x']
##> M.__init__ C
##> M.__call__ (5,)
##> 5 c M True
##> M.__new__ D []
##> M.__init__ D
##> d True
class M(type):
    def __new__(mcs, name, bases, ns):
        print("M.__new__", name, sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns):
        print("M.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("M.__call__", a)
        return super().__call__(*a, **k)
class C(metaclass=M):
    x = 1
    def __init__(self, v):
        self.v = v
c = C(5)
print(c.v, C.tag, type(C).__name__, isinstance(C, M))
class D(C): pass
print(D.tag, type(D) is M)
---
##> ['red', 'green'] 2 green True
##> red
##> green
class Meta(type):
    def __iter__(cls):
        return iter(cls._items)
    def __len__(cls):
        return len(cls._items)
    def __getitem__(cls, k):
        return cls._items[k]
    def __contains__(cls, x):
        return x in cls._items
class Color(metaclass=Meta):
    _items = ["red", "green"]
print(list(Color), len(Color), Color[1], "red" in Color)
for c in Color:
    print(c)
---
##> True False False True
##> falsy
class T:
    def __init__(self, n): self.n = n
    def __bool__(self): return self.n > 0
class L:
    def __len__(self): return 0
print(bool(T(1)), bool(T(0)), bool(L()), not L())
if not T(-1): print("falsy")
---
##> 3 0x2 0b10 2 abab
class N:
    def __index__(self): return 2
print([1, 2, 3][N()], hex(N()), bin(N()), range(10)[N()], "ab" * N())
---
##> V(3) V(3) V(-2) V(3) V(-3) V(4) V(3) V(6)
##> V(7)
##> unsupported operand type(s) for *: 'V' and 'int'
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.v)
    def __iadd__(self, o):
        self.v += o
        return self
    def __neg__(self): return V(-self.v)
    def __pos__(self): return V(abs(self.v))
    def __invert__(self): return V(~self.v)
    def __abs__(self): return V(abs(self.v))
    def __repr__(self): return f"V({self.v})"
    def __mul__(self, o): return NotImplemented
    def __rmul__(self, o): return V(self.v * o)
v = V(2)
print(v + 1, 1 + v, -v, +V(-3), ~v, abs(V(-4)), sum([V(1), V(2)]), 3 * v)
v += 5
print(v)
try:
    v * 2
except TypeError as e:
    print(e)
---
##> type 'bool' is not an acceptable base type
try:
    class B(bool): pass
except TypeError as e:
    print(e)
---
##> duplicate base class A
class A: pass
try:
    class B(A, A): pass
except TypeError as e:
    print(e)
---
##> multiple bases have instance lay-out conflict
try:
    class X(list, dict): pass
except TypeError as e:
    print(e)
---
##> C() takes no arguments
class C:
    pass
try:
    C(1)
except TypeError as e:
    print(e)
---
##> object.__new__() takes exactly one argument (the type to instantiate)
##> C
class C:
    def __new__(cls, *a):
        return object.__new__(cls, *a)
try:
    C(1)
except TypeError as e:
    print(e)
print(type(C()).__name__)
---
##> int.__new__(str): str is not a subtype of int
##> 12 [] 5
try:
    int.__new__(str)
except TypeError as e:
    print(e)
print(int.__new__(int, "12"), list.__new__(list), str.__new__(str, 5))
---
##> new 1
##> 42
class C:
    def __new__(cls, x):
        print("new", x)
        return 42
    def __init__(self, x):
        print("never")
print(C(1))
---
##> sub B {'x': 1}
##> C.__init_subclass__() takes no keyword arguments
class A:
    def __init_subclass__(cls, **kw):
        print("sub", cls.__name__, kw)
class B(A, x=1): pass
try:
    class C(object, y=2): pass
except TypeError as e:
    print(e)
---
##> <Meta C> <Meta C> C hello C <class '__main__.Meta'> <class 'type'>
class Meta(type):
    def __repr__(cls):
        return f"<Meta {cls.__name__}>"
    @property
    def upper(cls):
        return cls.__name__.upper()
    def hello(cls):
        return "hello " + cls.__name__
class C(metaclass=Meta): pass
print(C, repr(C), C.upper, C.hello(), type(C), type(type(C)))
---
##> 40 class access C.v {'v': 4}
class V:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return f"class access {owner.__name__}.{self.name}"
        return obj.__dict__.get(self.name, 0) * 10
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
class C:
    v = V()
c = C()
c.v = 4
print(c.v, C.v, c.__dict__)
---
##> Both(3) (<class '__main__.Both'>, <class '__main__.Mixin'>, <class '__main__.Base'>, <class 'object'>)
##> [<class '__main__.Both'>, <class '__main__.Mixin'>, <class '__main__.Base'>, <class 'object'>]
class Base:
    def __init__(self, x):
        self.x = x
class Mixin:
    def show(self):
        return f"{type(self).__name__}({self.x})"
class Both(Mixin, Base):
    pass
b = Both(3)
print(b.show(), Both.__mro__)
print(Both.mro())
---
##> C
##> A
##> B
##> ['C', 'A', 'B', 'object']
class A:
    def __init__(self):
        print("A")
        super().__init__()
class B:
    def __init__(self):
        print("B")
        super().__init__()
class C(A, B):
    def __init__(self):
        print("C")
        super().__init__()
C()
print([c.__name__ for c in C.__mro__])
---
##> Cannot create a consistent method resolution
##> order (MRO) for bases B, C
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C, B): pass
try:
    class F(D, E): pass
except TypeError as e:
    print(e)
---
##> 'P' object has no attribute 'y'
##> 1
class P:
    __slots__ = ("x",)
p = P()
p.x = 1
try:
    p.y = 2
except AttributeError as e:
    print(e)
print(p.x)
---
##> 2 D
class C:
    x = 1
c = C()
c.__class__ = type("D", (), {"x": 2})
print(c.x, type(c).__name__)
---
##> computed
##> module '__main__' has no attribute 'missing'
import sys
def __getattr__(name):
    if name == "lazy":
        return "computed"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
mod = sys.modules[__name__]
print(mod.lazy)
try:
    mod.missing
except AttributeError as e:
    print(e)
---
##> Sub 100.0 sub True False
class Temp:
    def __init__(self, c):
        self.c = c
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(c):
        return c > -273.15
    def check(self):
        return self.valid(self.c)
class Sub(Temp):
    @classmethod
    def from_f(cls, f):
        obj = super().from_f(f)
        obj.tag = "sub"
        return obj
s = Sub.from_f(212)
print(type(s).__name__, s.c, s.tag, s.check(), Temp.valid(-300))
---
##> B+A
class A:
    @property
    def v(self):
        return "A"
class B(A):
    @property
    def v(self):
        return "B+" + super().v
print(B().v)
---
##> fallback:boom True
class C:
    @property
    def boom(self):
        raise AttributeError("inner")
    def __getattr__(self, n):
        return "fallback:" + n
print(C().boom, hasattr(C(), "boom"))
---
##> dflt {'x': 1, 'y': 2} True
##> {'y': 2}
##> 5
##> 'P' object has no attribute 'nope'
class P:
    def __init__(self):
        self.x = 1
p = P()
setattr(p, "y", 2)
print(getattr(p, "z", "dflt"), vars(p), p.__dict__ is vars(p))
delattr(p, "x")
print(vars(p))
p.__dict__.update(w=5)
print(p.w)
try:
    delattr(p, "nope")
except AttributeError as e:
    print(e)
---
##> __bool__ should return bool, returned int
##> __len__() should return >= 0
##> True 2
class B:
    def __bool__(self):
        return 1
try:
    bool(B())
except TypeError as e:
    print(e)
class L:
    def __len__(self):
        return -1
try:
    len(L())
except ValueError as e:
    print(e)
class N:
    def __len__(self):
        return 2
print(bool(N()), len(N()))
---
##> [0, 1, 4, 9] [1, 4] 9 True False [9, 4, 1, 0] 9
class It:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * i
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(self)[i]
        return list(self)[i]
    def __contains__(self, x):
        return x == 4
it = It(4)
print(list(it), it[1:3], it[-1], 4 in it, 5 in it, sorted(it, reverse=True), max(it))
---
##> [Money(1), Money(3)] True True 1
##> True Money(5)
##> '<=' not supported between instances of 'Money' and 'Money'
class Money:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Money) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"Money({self.v})"
print(sorted([Money(3), Money(1)]), Money(1) == Money(1), Money(1) != Money(2), len({Money(1), Money(1)}))
print(Money(2) > Money(1), max(Money(1), Money(5)))
try:
    Money(1) <= Money(2)
except TypeError as e:
    print(e)
---
##> True True True <class '__main__.A'> [<class '__main__.B'>]
##> B B __main__ B
##> Outer.Inner Outer.Inner.m <class '__main__.Outer.Inner'>
class A:
    pass
class B(A):
    pass
print(isinstance(B(), (int, A)), issubclass(B, (str, A)), issubclass(B, B), B.__base__, A.__subclasses__() if hasattr(A, "__subclasses__") else None)
print(B.__name__, B.__qualname__, B.__module__, B().__class__.__name__)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer.Inner)
---
##> 2 2
##> 2 10 2
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        type(self).count += 0
a, b = Counter(), Counter()
print(Counter.count, a.count)
a.count = 10
print(Counter.count, a.count, b.count)
---
##> Pt(x=1, y='a') [Pt(x=0, y=0)] Pt(x=2, y=3)
class Base:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"
class Pt(Base):
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Pt(1, "a"), [Pt(0, 0)], str(Pt(2, 3)))
---
##> 4
##> NotImplementedError: subclass must implement
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
for sh in [Sq(2), Shape()]:
    try:
        print(sh.area())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
---
##> V(6, 8) V(6, 8) 25 2 3 V(-3, -4) 5.0 False [3, 4]
##> V(9, 12) V(3, 4)
class V:
    def __init__(self, *c): self.c = c
    def __mul__(self, k): return V(*(x * k for x in self.c))
    __rmul__ = __mul__
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __repr__(self): return f"V{self.c}"
    def __neg__(self): return self * -1
    def __abs__(self): return sum(x * x for x in self.c) ** 0.5
    def __bool__(self): return any(self.c)
v = V(3, 4)
print(v * 2, 2 * v, v @ v, len(v), v[0], -v, abs(v), bool(V(0, 0)), list(v))
x = v
x *= 3
print(x, v)
---
##> [1, 2]
##> sub fallback
class A:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return "sub fallback"
a = A()
a += 1
a += 2
print(a.items)
a -= 1
print(a)
---
##> radd(1) radd(s) radd([1]) rsub(5) rdiv rpow
##> unsupported operand type(s) for +: 'R' and 'int'
class R:
    def __radd__(self, o):
        return f"radd({o})"
    def __rsub__(self, o):
        return f"rsub({o})"
    def __rtruediv__(self, o):
        return "rdiv"
    def __rpow__(self, o):
        return "rpow"
r = R()
print(1 + r, "s" + r, [1] + r, 5 - r, 1 / r, 2 ** r)
try:
    r + 1
except TypeError as e:
    print(e)
---
##> I.add I.radd I.add
##> F.rsub F.rsub 1.0
class I(int):
    def __add__(self, o):
        return "I.add"
    def __radd__(self, o):
        return "I.radd"
print(I(1) + 1, 1 + I(1), I(1) + I(2))
class F(float):
    def __rsub__(self, o):
        return "F.rsub"
print(1.0 - F(2), 1 - F(2), F(2) - 1)
---
##> metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
##> type.__new__() argument 3 must be dict, not list
##> type.__new__() argument 1 must be str, not int
##> type() takes 1 or 3 arguments
for args in [("X", (1,), {}), ("X", (), []), (1, (), {}), ("X",)*2]:
    try:
        type(*args)
    except TypeError as e:
        print(e)
---
##> object.__new__(int) is not safe, use int.__new__()
##> descriptor 'append' for 'list' objects doesn't apply to a 'int' object
##> int.__new__(list): list is not a subtype of int
##> descriptor 'upper' for 'str' objects doesn't apply to a 'int' object
try:
    object.__new__(int)
except TypeError as e:
    print(e)
try:
    list.append(1, 2)
except TypeError as e:
    print(e)
try:
    int.__new__(list)
except TypeError as e:
    print(e)
try:
    str.upper(5)
except TypeError as e:
    print(e)
---
##> RecursionError
class C:
    def __getattr__(self, n):
        return self.missing
try:
    C().x
except RecursionError as e:
    print("RecursionError")
---
##> RuntimeError Error calling __set_name__ on 'V' instance 'x' in 'C' ValueError
class V:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)
try:
    class C:
        x = V()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
---
##> KeyError 'D'
class B:
    def __init_subclass__(cls):
        raise KeyError(cls.__name__)
try:
    class D(B): pass
except KeyError as e:
    print("KeyError", e)
---
##> B
##> __class__ assignment only supported for mutable types or ModuleType subclasses
##> __class__ must be set to a class, not 'int' object
class A: pass
class B: pass
a = A()
a.__class__ = B
print(type(a).__name__)
try:
    a.__class__ = int
except TypeError as e:
    print(e)
try:
    a.__class__ = 5
except TypeError as e:
    print(e)
---
##> type object 'C' has no attribute 'x'
##> type object 'C' has no attribute 'y'
class C:
    x = 1
del C.x
try:
    C.x
except AttributeError as e:
    print(e)
try:
    del C.y
except AttributeError as e:
    print(e)
---
##> metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
class M(type):
    pass
class A(metaclass=M): pass
class N(type): pass
class B(metaclass=N): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
---
##> custom custom False
##> 7 7
class L(list):
    def __eq__(self, o):
        return "custom"
print(L([1]) == [1], [1] == L([1]), L([1]) != [1])
class T(tuple):
    def __hash__(self):
        return 7
print(hash(T()), hash(T((1,))))
---
##> 4 2 {'a': 2} [2]
class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
d = D(a=2)
print(d["a"], d.get("a"), dict(d), list(d.values()))
---
##> ABC abc 3 abc True
class S(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def __init__(self, v):
        self.orig = v
s = S("abc")
print(s, s.orig, len(s), s.lower(), s == "ABC")
---
##> 1-2 ('1-2',) 1 X('1-2')
##> (<class '__main__.Y'>, <class 'ValueError'>, <class 'KeyError'>, <class 'LookupError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)
##> caught as KeyError Y('z')
class X(Exception):
    def __init__(self, a, b):
        super().__init__(f"{a}-{b}")
        self.a = a
try:
    raise X(1, 2)
except X as e:
    print(e, e.args, e.a, repr(e))
class Y(ValueError, KeyError): pass
print(Y.__mro__)
try:
    raise Y("z")
except KeyError as e:
    print("caught as KeyError", repr(e))
---
##> 3 doc v property 3
##> property 'v' of 'P' object has no deleter
class P:
    def __init__(self):
        self._v = 0
    v = property(lambda self: self._v, lambda self, x: setattr(self, "_v", x), None, "doc v")
p = P()
p.v = 3
print(p.v, P.v.__doc__, type(P.v).__name__, P.v.fget(p))
try:
    del p.v
except AttributeError as e:
    print(e)
---
##> A.f+C A.f+B
##> super(type, obj): obj must be an instance or subtype of type
class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return super(B, self).f() + "+B"
class C(B):
    def f(self):
        return super(B, self).f() + "+C"
print(C().f(), super(C, C()).f())
try:
    super(int, "x")
except TypeError as e:
    print(e)
---
##> init 1
##> True 1
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Cfg(metaclass=Singleton):
    def __init__(self, v):
        print("init", v)
        self.v = v
print(Cfg(1) is Cfg(2), Cfg(3).v)
---
##> Point(x=3, y=4) 5.0 (3, 4, 1) 3 2 (3, 4) True Point(x=0, y=4) True
##> P2(a=10, b=0) 10 [P2(a=10, b=0), P2(a=30, b=0)] 10 True
##> 10 0 [10, 0] {'a': 10, 'b': 0}
from collections import namedtuple
class Point(namedtuple("Point", "x y")):
    __slots__ = ()
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.dist(), p + (1,), p[0], len(p), tuple(p), p == (3, 4), p._replace(x=0), isinstance(p, tuple))
class P2(namedtuple("P2", "a b")):
    def __new__(cls, a, b=0):
        return super().__new__(cls, a * 10, b)
q = P2(1)
print(q, q.a, sorted([P2(3), P2(1)]), max(q), hash(q) == hash((10, 0)))
x, y = q
print(x, y, [*q], dict(zip("ab", q)))
---
##> ['__module__', '__doc__', 'x', '__eq__', '__dict__', '__weakref__', '__hash__']
##> ['__module__', 'y', '__doc__']
##> ['__module__', '__dict__', '__weakref__', '__doc__'] ['__module__', '__dict__', '__doc__'] ['__module__', '__weakref__', '__doc__'] ['__module__', '__dict__', '__doc__']
##> <attribute '__dict__' of 'A' objects> <attribute '__weakref__' of 'A' objects> doc None
##> ['z', '__module__', '__dict__', '__weakref__', '__doc__']
class A:
    "doc"
    x = 1
    def __eq__(self, o): return True
print(list(A.__dict__))
class B(A):
    y = 2
print(list(B.__dict__))
class L(list): pass
class I(int): pass
class E(Exception): pass
class S(set): pass
class P:
    __slots__ = ("a",)
print(list(L.__dict__), list(I.__dict__), list(E.__dict__), list(S.__dict__))
print(A.__dict__["__dict__"], A.__dict__["__weakref__"], A.__dict__["__doc__"], B.__doc__)
C = type("C", (), {"z": 1})
print(list(C.__dict__))
---
##> None True
##> unhashable type: 'A'
##> 5 {<__main__.B object at 0x7f53561515d0>: 1}
##> unhashable type: 'C'
##> int ['__module__', '__eq__', '__dict__']
class A:
    def __eq__(self, o):
        return True
print(A.__hash__, "__hash__" in A.__dict__)
try:
    hash(A())
except TypeError as e:
    print(e)
class B(A):
    def __hash__(self):
        return 5
print(hash(B()), {B(): 1})
class C(A):
    pass
try:
    {C()}
except TypeError as e:
    print(e)
class D:
    def __eq__(self, o):
        return False
    __hash__ = object.__hash__
print(type(hash(D())).__name__, list(A.__dict__)[:3])
---
### TypeError: 'int' object is not callable
##= 1
class A(metaclass=5): pass
---
##> 42
A = None
class A(metaclass=lambda n, b, d: 42): pass
print(A)
---
##> <class '__main__.X'>
print(type.__new__(type, 'X', (), {}))
---
### TypeError: descriptor '__call__' requires a 'type' object but received a 'int'
##= 1
type.__call__(5)
---
##> ok
class A:
    def __init__(self):
        super().__init__()
A(); print('ok')
---
##> ok
object.__init_subclass__(); print('ok')
---
### TypeError: 'mappingproxy' object does not support item assignment
##= 1
class A: pass
A.__dict__['x'] = 1
---
##> ['__module__', '__qualname__', 'v']
class A:
    v = vars()
    print(sorted(v))
---
### TypeError: descriptor '__init__' requires a 'list' object but received a 'int'
##= 1
list.__init__(5)
---
### TypeError: int.__new__(X): X is not a type object (int)
##= 1
int.__new__(5)
---
### TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses
##= 1
class L(list): pass
l = L()
l.__class__ = dict
---
##> True True (<class '__main__.M'>, <class 'type'>, <class 'object'>)
class M(type): pass
class A(metaclass=M): pass
print(isinstance(A, type), isinstance(A, M), type(A).__mro__)
---
### AttributeError: x
##= 1
class A:
    def __getattribute__(self, n):
        raise AttributeError(n)
print(A().x)
---
### ZeroDivisionError: division by zero
##= 1
class A:
    def __getattribute__(self, n):
        return 1 / 0
A().x
---
##> <class '__main__.D'> {} {}
class D(dict): pass
d = D({1: 2})
print(d.__class__, vars(d), d.__dict__)
---
##> <class '__main__.C'>
import sys
class C(sys.__class__): pass
print(C)
---
### TypeError: multiple bases have instance lay-out conflict
##= 1
class A(Exception, list): pass
---
### TypeError: multiple bases have instance lay-out conflict
##= 1
class A(int, str): pass
---
### RuntimeError: super(): no arguments
##= 1
s = super()
---
##> slice (0, 1, 1)
print(type(slice(1)).__name__, slice(1,2,3).indices(10**20) if False else slice(1).indices(True))
---
##> ('C', <class 'int'>)
class C:
    __class_getitem__ = lambda cls, k: (cls.__name__, k)
print(C[int])
---
##> ('C', <class 'int'>) ('C', (1, 2))
class C:
    def __class_getitem__(cls, k): return (cls.__name__, k)
print(C[int], C[1, 2])
---
### ZeroDivisionError: division by zero
##= 1
def f(x: 1/0): pass
---
### SyntaxError: not a chance
##= 1
from __future__ import braces
---
### SyntaxError: future feature nope is not defined
##= 1
from __future__ import nope
---
### SyntaxError: from __future__ imports must occur at the beginning of the file
##= 1
x = 1
from __future__ import annotations
---
##> {'x': <class 'int'>, 'y': 'str'} 1 False
class A:
    x: int = 1
    y: 'str'
print(A.__annotations__, A.x, hasattr(A, 'y'))
---
##> True True True
##> ['a', 'b'] OD
##> {'x': [1]}
##> q 1 1
##> enter
##> ACM
##> exit None
##> [1, 2]
##> [MyErr('code 7')] 7
import functools, asyncio, collections
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(0))
class OD(collections.OrderedDict):
    pass
od = OD(a=1)
od["b"] = 2
print(list(od), type(od).__name__)
class DD(collections.defaultdict):
    pass
dd = DD(list)
dd["x"].append(1)
print(dict(dd))
class Q(asyncio.Queue):
    def __init__(self):
        super().__init__()
        self.tag = "q"
class ACM:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, *a):
        print("exit", a[0])
class AIter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return self.i
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
async def main():
    q = Q()
    await q.put(1)
    print(q.tag, q.qsize(), await q.get())
    async with ACM() as a:
        print(type(a).__name__)
    print([x async for x in AIter()])
    async def fail():
        raise MyErr(7)
    r = await asyncio.gather(fail(), return_exceptions=True)
    print(r, r[0].code)
asyncio.run(main())
---
##> True False True False True
class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Duck(metaclass=Meta): pass
class Robot:
    def quack(self): pass
print(isinstance(Robot(), Duck), isinstance(1, Duck), issubclass(Robot, Duck), issubclass(int, Duck), isinstance(Robot(), (int, Duck)))
---
##> 'P' object has no attribute '__dict__'
##> 'P' object has no attribute 'z'
##> 5
##> TypeError 'int' object is not iterable
##> ValueError 'a' in __slots__ conflicts with class variable
##> one ok 1
class P:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
p = P()
try:
    p.__dict__
except AttributeError as e:
    print(e)
try:
    p.z = 3
except AttributeError as e:
    print(e)
class Q(P):
    pass
q = Q()
q.z = 5
print(q.z)
for bad in ["__slots__ = 5", "__slots__ = ('a',)\n    a = 1", "__slots__ = 'one'"]:
    try:
        exec_src = bad
        ns = {}
        if bad.startswith("__slots__ = 5"):
            class B1:
                __slots__ = 5
        elif "a = 1" in bad:
            class B2:
                __slots__ = ("a",)
                a = 1
        else:
            class B3:
                __slots__ = "one"
            b = B3()
            b.one = 1
            print("one ok", b.one)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
