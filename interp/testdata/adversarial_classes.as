### TypeError: super(type, obj): obj must be an instance or subtype of type
##= 1
# Misuse of the class machinery, one small program each, separated by
# lines "---". The expectation lines are recorded from CPython 3.11 by
# internal/golden/record_chunks.py; never edit them by hand.
class C:
    def f(self): return super(int, self).f()
C().f()
---
##> super(type, obj): obj must be an instance or subtype of type
##> super(type, obj): obj must be an instance or subtype of type
##> True True
class D:
    def g(self): return super().__repr__()
try:
    D.g(5)
except TypeError as e:
    print(e)
try:
    super(int, "x")
except TypeError as e:
    print(e)
print(super(int, None) is not None, super(bool, True).__repr__ is not None)
---
##> fallback x fallback x
##> fallback x fallback x
##> fallback x fallback x
class D:
    def __get__(self, obj, typ):
        raise AttributeError("from get")
class C:
    x = D()
    def __getattr__(self, name):
        return "fallback " + name
c = C()
for i in range(3):
    print(c.x, getattr(c, "x"))
---
##> Error calling __set_name__ on 'D' instance 'x' in 'C' | ValueError('boom x')
### RuntimeError: Error calling __set_name__ on 'D' instance 'y' in 'C'
##= 1
class D:
    def __set_name__(self, owner, name):
        raise ValueError("boom " + name)
try:
    class C:
        x = D()
except RuntimeError as e:
    print(e, "|", repr(e.__cause__))
class C:
    y = D()
---
### TypeError: make.<locals>.C.__init_subclass__() takes no keyword arguments
##= 1
class P:
    pass
def make():
    class C(P, flag=1): pass
make()
---
### TypeError: int() takes at most 2 arguments (3 given)
##= 1
class C(5):
    pass
---
##> (<class '__main__.C'>, <class 'object'>) (<class 'object'>,)
##> int() takes at most 2 arguments (3 given)
class E:
    def __mro_entries__(self, bases):
        return ()
class C(E()):
    pass
print(C.__mro__, C.__bases__)
class F:
    def __mro_entries__(self, bases):
        return (5,)
try:
    class G(F()):
        pass
except TypeError as e:
    print(e)
---
##> metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
##> metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
### TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
##= 1
class A: pass
try:
    class C(A, 5): pass
except TypeError as e:
    print(e)
try:
    type("X", (5,), {})
except TypeError as e:
    print(e)
type("X", (A, 5), {})
---
##> 301 C299 True
c = object
for i in range(300):
    c = type("C%d" % i, (c,), {})
print(len(c.__mro__), c().__class__.__name__, isinstance(c(), object))
---
##> True True
##> isinstance() arg 2 must be a type, a tuple of types, or a union
##> issubclass() arg 2 must be a class, a tuple of classes, or a union
##> deep
##> maximum recursion depth exceeded in __instancecheck__
##> maximum recursion depth exceeded in __subclasscheck__
# isinstance and issubclass try a tuple's items in order (a non-class
# item is an error only when reached) and count each nesting level
print(isinstance(1, (int, (str, (5,)))), issubclass(bool, (int, 5)))
try:
    isinstance("x", (int, (str, 5)))
    isinstance(1.5, (int, (str, 5)))
except TypeError as e:
    print(e)
try:
    issubclass(float, (int, ((5,),)))
except TypeError as e:
    print(e)
t = int
for i in range(100000):
    t = (t,)
print(isinstance(1, t[0]) if False else "deep")
for f, a in ((isinstance, "x"), (issubclass, str)):
    try:
        f(a, t)
    except RecursionError as e:
        print(e)
---
##> check Ci 1
##> check Ci 2
##> check Ci 1
##> True False True True
##> subcheck Ci int
##> subcheck Ci str
##> subcheck Ci Ci
##> True False False
##> maximum recursion depth exceeded
##> zde division by zero
##> True True False
class Ins(type):
    def __instancecheck__(cls, o):
        print("check", cls.__name__, o)
        return o == 1
    def __subclasscheck__(cls, o):
        print("subcheck", cls.__name__, o.__name__)
        return o is int
class Ci(metaclass=Ins): pass
print(isinstance(1, Ci), isinstance(2, Ci), isinstance(Ci(), Ci), isinstance(1, (str, Ci)))
print(issubclass(int, Ci), issubclass(str, Ci), issubclass(Ci, Ci))
class Rec(type):
    def __instancecheck__(cls, o): return isinstance(o, cls)
class Cr(metaclass=Rec): pass
try:
    isinstance(1, Cr)
except RecursionError as e:
    print(e)
class Bad(type):
    def __instancecheck__(cls, o): return 1 / 0
class Cb(metaclass=Bad): pass
try:
    isinstance(1, Cb)
except ZeroDivisionError as e:
    print("zde", e)
import abc
class A(abc.ABC): pass
A.register(int)
print(isinstance(1, A), issubclass(int, A), isinstance("x", A))
---
##> TypeError type __qualname__ must be a str, not int
##> ValueError type name must not contain null characters
##> A.B X
##> Outer.C <class '__main__.Outer.C'>
##> type __qualname__ must be a str, not int
for args in (("X", (), {"__qualname__": 5}), ("X\x00", (), {}), ("X", (), {"__qualname__": "A.B"})):
    try:
        c = type(*args)
        print(c.__qualname__, c.__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class C:
    __qualname__ = "Outer.C"
print(C.__qualname__, C)
try:
    class D:
        __qualname__ = 1
except TypeError as e:
    print(e)
