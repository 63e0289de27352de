##> [('a', 1), ('b', 2), ('c', 3)]
##> 1 True __main__ dict
##> 5
# Introspection and the small divergences: globals(), locals(), vars(),
# dir() with and without an argument, __annotations__ (evaluated when the
# def runs; kept as strings under from __future__ import annotations),
# callable, slice objects, dict views as sets, identity before equality
# in containers (nan in [nan]), the main script's absolute path. One small
# program each, separated by lines "---"; expectation lines recorded from
# CPython 3.11 by internal/golden/record_chunks.py; never edit them by hand.
x = 1
def f(a, b=2):
    c = 3
    print(sorted(locals().items()))
f(1)
g = globals()
print(g["x"], "f" in g, g["__name__"], type(g).__name__)
g["newvar"] = 5
print(newvar)
---
##> {'a': 1, 'b': 2}
##> dict
##> vars() argument must have __dict__ attribute
class C:
    def __init__(self):
        self.a = 1
        self.b = 2
print(vars(C()))
import math
print(type(vars(math)).__name__)
try:
    vars(5)
except TypeError as e:
    print(e)
---
##> ['m', 'x', 'y']
##> True True True
##> ['w', 'z']
##> ['__add__', '__class__', '__class_getitem__', '__contains__', '__delattr__'] 24
class A:
    x = 1
    def m(self): pass
a = A()
a.y = 2
print([n for n in dir(a) if not n.startswith("__")])
print(dir(A) == sorted(dir(A)), "__init__" in dir(a), "m" in dir(A))
def f():
    z = 1
    w = 2
    print(dir())
f()
print(dir([])[:5], len(dir(object)))
---
##> {'x': <class 'int'>, 'y': 'str', 'args': <class 'float'>, 'z': <class 'list'>, 'kw': <class 'dict'>, 'return': <class 'bool'>}
##> {}
def f(x: int, y: "str" = "a", *args: float, z: list = None, **kw: dict) -> bool:
    pass
print(f.__annotations__)
def g(): pass
print(g.__annotations__)
---
##> {'x': <class 'int'>, 'y': 'List[int]'} {'a': <class 'int'>, 'b': <class 'str'>}
x: int = 5
y: "List[int]"
class C:
    a: int
    b: str = "s"
print(__annotations__, C.__annotations__)
---
### NameError: name 'undefined_name' is not defined
##= 1
def f(x: undefined_name):
    pass
---
##> {'x': 'undefined_name', 'y': 'list[int]', 'return': 'Foo'}
##> {'z': 'Whatever'}
from __future__ import annotations
def f(x: undefined_name, y: list[int] = 3) -> Foo:
    pass
print(f.__annotations__)
class C:
    z: Whatever
print(C.__annotations__)
---
##> True False True True False
##> True True False
print(callable(len), callable(1), callable(lambda: 0), callable(int), callable("s"))
class C:
    def __call__(self): pass
print(callable(C()), callable(C), callable(object()))
---
##> 1 10 2 slice(1, 10, 2) slice(None, 5, None) None
##> (1, 5, 2) (3, -1, -1) (7, 10, 1)
##> [1, 3, 5] bcd
##> slice step cannot be zero
##> True True
##> unhashable type: 'slice'
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s, slice(5), slice(5).start)
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print([0, 1, 2, 3, 4, 5][s], "abcdef"[slice(1, 4)])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
try:
    hash(slice(1, 2))
except TypeError as e:
    print(e)
---
##> ['a', 'c'] ['b', 'c'] ['a', 'b', 'c', 'q'] ['b', 'c', 'q']
##> set set
##> [('b', 2), ('c', 3)] {('b', 2)} True
##> ['a', 'b'] True True True
##> True False
##> unhashable type: 'dict_keys'
##> unsupported operand type(s) for &: 'dict_values' and 'set'
##> False
d = {"a": 1, "b": 2, "c": 3}
print(sorted(d.keys() & {"a", "c", "z"}), sorted(d.keys() - {"a"}), sorted(d.keys() | {"q"}), sorted(d.keys() ^ {"a", "q"}))
print(type(d.keys() & {"a"}).__name__, type(d.items() | set()).__name__)
print(sorted(d.items() - {("a", 1)}), d.items() & {("b", 2)}, d.keys() == {"a", "b", "c"})
print(sorted({"a", "b"} & d.keys()), d.keys().isdisjoint({"z"}), "a" in d.keys(), ("a", 1) in d.items())
print(d.keys() <= {"a", "b", "c", "d"}, d.keys() < {"a", "b", "c"})
try:
    hash(d.keys())
except TypeError as e:
    print(e)
try:
    d.values() & {1}
except TypeError as e:
    print(e)
print(d.values() == d.values())
---
##> __main__
import sys
m = sys.modules[__name__]
print(m.__name__)
---
##> ['__add__', '__class__', '__class_getitem__', '__contains__', '__delattr__', '__delitem__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getitem__', '__getstate__', '__gt__', '__hash__', '__iadd__', '__imul__', '__init__', '__init_subclass__', '__iter__', '__le__', '__len__', '__lt__', '__mul__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__reversed__', '__rmul__', '__setattr__', '__setitem__', '__sizeof__', '__str__', '__subclasshook__', 'append', 'clear', 'copy', 'count', 'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort']
##> True True True
##> ['__dict__', '__module__', '__weakref__', 'extra']
##> ['__dict__', '__module__', '__weakref__', 'extra', 'q']
##> ['__annotations__', '__builtins__', '__call__', '__class__', '__closure__', '__code__', '__defaults__', '__delattr__', '__dict__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__get__', '__getattribute__', '__getstate__', '__globals__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__kwdefaults__', '__le__', '__lt__', '__module__', '__name__', '__ne__', '__new__', '__qualname__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__']
##> ['__class__', '__delattr__', '__dict__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__module__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__', '__weakref__']
##> ['__class__', '__delattr__', '__dict__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__module__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__', '__weakref__']
##> ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2']
##> ['__abstractmethods__', '__annotations__', '__base__', '__bases__', '__basicsize__', '__call__', '__class__', '__delattr__', '__dict__', '__dictoffset__', '__dir__', '__doc__', '__eq__', '__flags__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__instancecheck__', '__itemsize__', '__le__', '__lt__', '__module__', '__mro__', '__name__', '__ne__', '__new__', '__or__', '__prepare__', '__qualname__', '__reduce__', '__reduce_ex__', '__repr__', '__ror__', '__setattr__', '__sizeof__', '__str__', '__subclasscheck__', '__subclasses__', '__subclasshook__', '__text_signature__', '__weakrefoffset__', 'mro']
print(dir(list))
print(dir(1) == dir(int), dir("") == dir(str), dir({}) == dir(dict))
class L(list):
    def extra(self): pass
print([n for n in dir(L) if n not in dir(list)])
l = L()
l.q = 1
print([n for n in dir(l) if n not in dir(list)])
def f(): pass
print(dir(f))
class C:
    pass
print(dir(C))
print(dir(C()))
import math
print([n for n in dir(math) if not n.startswith('_')][:6])
print(dir(type))
---
##> True 0 1 True True True
##> [1]
##> x True True True
##> True 1 0 True True
##> True True
##> True 1
nan = float("nan")
l = [nan, 1]
print(nan in l, l.index(nan), l.count(nan), nan in (nan,), (nan,) == (nan,), [nan] == [nan])
l.remove(nan)
print(l)
d = {nan: "x"}
print(d[nan], nan in d, nan in {nan}, {nan: 1} == {nan: 1})
class E:
    def __eq__(self, o):
        print("eq called")
        return False
    __hash__ = object.__hash__
e = E()
print(e in [e], [e].count(e), [e].index(e), e in {e}, e in (e,))
print(nan in {"a": nan}.values(), [nan].__contains__(nan))
import collections
dq = collections.deque([nan])
print(nan in dq, dq.count(nan))
---
##> True x.as x.as
##> <Task pending name='Task-2' coro=<answer() running at x.as:3>>
##> <Task pending name='Task-2' coro=<answer() running at x.as:4>>
##> <Task finished name='Task-2' coro=<answer() done, defined at x.as:3> result=42>
##> __main__ x.as
import os, asyncio
print(os.path.isabs(__file__), os.path.basename(__file__), __file__)
async def answer():
    await asyncio.sleep(0)
    return 42
async def main():
    t = asyncio.create_task(answer())
    print(t)
    await asyncio.sleep(0)
    print(t)
    await t
    print(t)
asyncio.run(main())
import sys
print(sys.modules["__main__"].__name__, sys.argv[0])
---
### ZeroDivisionError: division by zero
##= 1
def f():
    1 / 0
f()
