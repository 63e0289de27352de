##> send 5
# Instructions that push or write near the top of a frame's operand stack,
# each in a small function where it runs at the frame's deepest point:
# frames have exactly len(Locals)+MaxStack slots (no spare), so a write
# above the compiler's MaxStack would panic here (frame_slots_test.go).
# One small program each, separated by lines "---"; the expectation lines
# (##> stdout, ### last stderr line, ##= exit status) are recorded from
# CPython 3.11 by internal/golden/record_chunks.py; never edit them by hand.
def g():
    return (yield)
it = g()
next(it)
try:
    it.send(5)
except StopIteration as e:
    print("send", e.value)
---
##> 1 2 3
def g():
    x = yield 1
    while True:
        x = yield x
it = g()
print(next(it), it.send(2), it.send(3))
---
##> throw v
def g():
    try:
        yield
    except ValueError as e:
        yield e
it = g()
next(it)
print("throw", it.throw(ValueError("v")))
---
##> closed
def g():
    try:
        yield
    finally:
        print("closed")
it = g()
next(it)
it.close()
---
##> yield from 7
def inner():
    x = yield 1
    return x
def outer():
    return (yield from inner())
it = outer()
next(it)
try:
    it.send(7)
except StopIteration as e:
    print("yield from", e.value)
---
##> yield from throw 2
def inner():
    try:
        yield 1
    except KeyError:
        yield 2
def outer():
    yield from inner()
it = outer()
next(it)
print("yield from throw", it.throw(KeyError))
---
##> exit ValueError
##> suppressed
class M:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__)
        return True
def f():
    with M():
        raise ValueError
f()
print("suppressed")
---
##> 2
class M:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        return False
def f():
    with M() as a, M() as b:
        return a + b
print(f())
---
##> aexit <class 'KeyError'>
import asyncio
class A:
    async def __aenter__(self):
        return 3
    async def __aexit__(self, t, v, tb):
        print("aexit", t)
        return True
async def f():
    async with A() as x:
        raise KeyError(x)
asyncio.run(f())
---
##> async for 0
##> async for 1
##> async for 2
##> [0, 1, 2]
import asyncio
async def agen():
    for i in range(3):
        yield i
async def f():
    async for x in agen():
        print("async for", x)
    return [x async for x in agen()]
print(asyncio.run(f()))
---
##> 1 9 caught
import asyncio
async def agen():
    try:
        x = yield 1
        yield x
    except ValueError:
        yield "caught"
async def f():
    a = agen()
    print(await a.asend(None), await a.asend(9), await a.athrow(ValueError))
    await a.aclose()
asyncio.run(f())
---
##> 2
import asyncio
async def one():
    await asyncio.sleep(0)
    return 1
async def f():
    return await one() + await one()
print(asyncio.run(f()))
---
##> star ExceptionGroup('g', [ValueError(1)])
##> star ExceptionGroup('g', [TypeError(2)])
def f():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("star", repr(e))
    except* TypeError as e:
        print("star", repr(e))
f()
---
##> (((1, 2), {'y': 3}), ((1, 1, 2), {'x': 1, 'y': 3}))
def g(*a, **k):
    return a, k
def f(a, k):
    return g(*a, **k), g(1, *a, x=1, **k)
print(f((1, 2), {"y": 3}))
---
##> (1, [2, 3], 4, 1, 2, 3)
def f(s):
    a, *b, c = s
    (d, e), f = s[:2], s[2]
    return a, b, c, d, e, f
print(f([1, 2, 3, 4]))
---
##>       3.14|   3.14159|3.14159
def f(x, w, p):
    return f"{x:{w}.{p}f}|{x!r:>{w}}|{x}"
print(f(3.14159, 10, 2))
---
##> ({'x': 1, 'k': 1, 'y': 2}, {'x': 1}, {1, 'y'})
def f(a, b):
    return {**a, "k": 1, **b}, {k: v for k, v in a.items()}, {1, *b}
print(f({"x": 1}, {"y": 2}))
---
##> (True, False, 1) (True, False, [2])
def f(a, b, c):
    return a < b < c, a == b != c, a[1:2:1] if isinstance(a, list) else a
print(f(1, 2, 3), f([1, 2], [3], [4]))
---
##> {}
def f(d, k, v):
    d[k] = v
    d[k] += v
    del d[k]
    return d
print(f({}, "a", 1))
---
##> (8, 5)
def f(n):
    def g(a=1, *, b=2):
        return a + b + n
    return g(), (lambda x=n: x)()
print(f(5))
---
##> 100
class C:
    def __init__(self, x):
        self.x = x
        self.y = x + 1
    def s(self):
        return self.x + self.y
def f(n):
    t = 0
    for k in range(n):
        t = t + C(k).s()
    return t
print(f(10))
---
##> 4950
def h(x):
    return x + 1
def f(n):
    i = 0
    t = 0
    while i < n:
        t += h(i - 1)
        i = i + 1
    return t
print(f(100))
---
##> 1 [1, 1] 2
x = 1
class K:
    x = 2
    def m(self):
        return x
    y = [x for _ in range(2)]
    def n():
        return x
    z = x
print(K().m(), K.y, K.z)
---
##> a/b 2
from os.path import join
from math import *
print(join("a", "b"), floor(2.5))
---
##> assert no
def f():
    assert 1 == 2, "no"
try:
    f()
except AssertionError as e:
    print("assert", e)
---
##> finally
##> ValueError(1) KeyError(1)
def f(n):
    try:
        try:
            raise KeyError(n)
        finally:
            print("finally")
    except KeyError as e:
        raise ValueError(n) from e
try:
    f(1)
except ValueError as e:
    print(repr(e), repr(e.__cause__))
---
##> fin 1
##> fin 2
def f():
    for x in [1, 2]:
        try:
            continue
        finally:
            print("fin", x)
f()
