# Attributes of classes, functions, bound methods, builtins and modules:
# the special ones, the ones set on them, and the missing ones.
import math
class A:
    "doc"
    x = 1
    @staticmethod
    def s(): return 's'
    @classmethod
    def c(cls): return cls.__name__
    def m(self): return 'm'
class B(A): pass
def fn(a, b=2): pass
fn.tag = 'T'
a = A()
bm = a.m
try:
    print('A.x', repr(A.x))
except Exception as ex:
    print('A.x', type(ex).__name__, ex)
try:
    print('A.s()', repr(A.s()))
except Exception as ex:
    print('A.s()', type(ex).__name__, ex)
try:
    print('B.c()', repr(B.c()))
except Exception as ex:
    print('B.c()', type(ex).__name__, ex)
try:
    print('A.__name__', repr(A.__name__))
except Exception as ex:
    print('A.__name__', type(ex).__name__, ex)
try:
    print('B.__qualname__', repr(B.__qualname__))
except Exception as ex:
    print('B.__qualname__', type(ex).__name__, ex)
try:
    print('B.__module__', repr(B.__module__))
except Exception as ex:
    print('B.__module__', type(ex).__name__, ex)
try:
    print('B.__base__', repr(B.__base__))
except Exception as ex:
    print('B.__base__', type(ex).__name__, ex)
try:
    print('B.__bases__', repr(B.__bases__))
except Exception as ex:
    print('B.__bases__', type(ex).__name__, ex)
try:
    print('B.__mro__', repr(B.__mro__))
except Exception as ex:
    print('B.__mro__', type(ex).__name__, ex)
try:
    print('A.__doc__', repr(A.__doc__))
except Exception as ex:
    print('A.__doc__', type(ex).__name__, ex)
try:
    print('A.__class__', repr(A.__class__))
except Exception as ex:
    print('A.__class__', type(ex).__name__, ex)
try:
    print('A.nope', repr(A.nope))
except Exception as ex:
    print('A.nope', type(ex).__name__, ex)
try:
    print('fn.__name__', repr(fn.__name__))
except Exception as ex:
    print('fn.__name__', type(ex).__name__, ex)
try:
    print('fn.__qualname__', repr(fn.__qualname__))
except Exception as ex:
    print('fn.__qualname__', type(ex).__name__, ex)
try:
    print('fn.__module__', repr(fn.__module__))
except Exception as ex:
    print('fn.__module__', type(ex).__name__, ex)
try:
    print('fn.__defaults__', repr(fn.__defaults__))
except Exception as ex:
    print('fn.__defaults__', type(ex).__name__, ex)
try:
    print('fn.tag', repr(fn.tag))
except Exception as ex:
    print('fn.tag', type(ex).__name__, ex)
try:
    print('fn.__dict__', repr(fn.__dict__))
except Exception as ex:
    print('fn.__dict__', type(ex).__name__, ex)
try:
    print('fn.nope', repr(fn.nope))
except Exception as ex:
    print('fn.nope', type(ex).__name__, ex)
try:
    print('fn.__doc__', repr(fn.__doc__))
except Exception as ex:
    print('fn.__doc__', type(ex).__name__, ex)
try:
    print('bm.__self__ is a', repr(bm.__self__ is a))
except Exception as ex:
    print('bm.__self__ is a', type(ex).__name__, ex)
try:
    print('bm.__func__ is A.m', repr(bm.__func__ is A.m))
except Exception as ex:
    print('bm.__func__ is A.m', type(ex).__name__, ex)
try:
    print('bm.__name__', repr(bm.__name__))
except Exception as ex:
    print('bm.__name__', type(ex).__name__, ex)
try:
    print('bm.nope', repr(bm.nope))
except Exception as ex:
    print('bm.nope', type(ex).__name__, ex)
try:
    print('len.__name__', repr(len.__name__))
except Exception as ex:
    print('len.__name__', type(ex).__name__, ex)
try:
    print('[].append.__name__', repr([].append.__name__))
except Exception as ex:
    print('[].append.__name__', type(ex).__name__, ex)
try:
    print('len.nope', repr(len.nope))
except Exception as ex:
    print('len.nope', type(ex).__name__, ex)
try:
    print('math.pi', repr(math.pi))
except Exception as ex:
    print('math.pi', type(ex).__name__, ex)
try:
    print('math.nope', repr(math.nope))
except Exception as ex:
    print('math.nope', type(ex).__name__, ex)
try:
    print("hasattr(fn, 'tag')", repr(hasattr(fn, 'tag')))
except Exception as ex:
    print("hasattr(fn, 'tag')", type(ex).__name__, ex)
try:
    print("hasattr(math, 'x')", repr(hasattr(math, 'x')))
except Exception as ex:
    print("hasattr(math, 'x')", type(ex).__name__, ex)
try:
    print("getattr(A, 'x')", repr(getattr(A, 'x')))
except Exception as ex:
    print("getattr(A, 'x')", type(ex).__name__, ex)
try:
    print("getattr(B, 'zz', 5)", repr(getattr(B, 'zz', 5)))
except Exception as ex:
    print("getattr(B, 'zz', 5)", type(ex).__name__, ex)
try:
    print('type(fn.__code__).__name__', repr(type(fn.__code__).__name__))
except Exception as ex:
    print('type(fn.__code__).__name__', type(ex).__name__, ex)
