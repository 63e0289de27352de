##> call maximum recursion depth exceeded
# Each way a frame is entered (doc.go's frame-entry table): the recursion
# limit, __init__'s result and exceptions crossing it. One small program
# each, separated by lines "---". The expectation lines (##> stdout, ###
# last stderr line, ##= exit status) are recorded from CPython 3.11 by
# internal/golden/record_chunks.py; never edit them by hand.
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("call", e)
---
##> init maximum recursion depth exceeded
class C:
    def __init__(self):
        C()
try:
    C()
except RecursionError as e:
    print("init", e)
---
##> generator maximum recursion depth exceeded
def g():
    yield next(g())
try:
    next(g())
except RecursionError as e:
    print("generator", e)
---
##> await maximum recursion depth exceeded
import asyncio
async def a():
    await a()
async def main():
    try:
        await a()
    except RecursionError as e:
        print("await", e)
asyncio.run(main())
---
##> native maximum recursion depth exceeded
def f(n):
    return list(map(f, [n]))
try:
    f(0)
except RecursionError as e:
    print("native", e)
---
##> direct __init__() should return None, not 'int'
##> via map __init__() should return None, not 'int'
##> C
class C:
    def __init__(self, x):
        return x
try:
    C(1)
except TypeError as e:
    print("direct", e)
try:
    list(map(C, [2]))
except TypeError as e:
    print("via map", e)
print(type(C(None)).__name__)
---
### TypeError: __init__() should return None, not 'int'
##= 1
class C:
    def __init__(self):
        return 5
C()
---
##> unwound deep
##> 20
def f(n):
    if n == 0:
        raise ValueError("deep")
    return f(n - 1)
def g():
    yield f(3)
try:
    next(g())
except ValueError as e:
    print("unwound", e)
print(sum(f2 for f2 in map(lambda n: n * 2, range(5))))
---
##> RecursionError: maximum recursion depth exceeded
##> stop 100
# coro.send() from Python enters the coroutine's frame: the recursion
# limit holds for a chain of coroutines each driving the next by hand
async def c(n):
    if n == 0:
        return 0
    co = c(n - 1)
    try:
        co.send(None)
    except StopIteration as e:
        return e.value + 1
try:
    c(10000).send(None)
except StopIteration as e:
    print("stop", e.value)
except RecursionError as e:
    print("RecursionError:", e)
try:
    c(100).send(None)
except StopIteration as e:
    print("stop", e.value)
---
##> 500
##> deep maximum recursion depth exceeded
##> init (1,) {'z': 2}
##> 3
##> h() takes 2 positional arguments but 3 were given
##> unwound through *args frames: division by zero
### ZeroDivisionError: division by zero
##= 1
# f(*args, **kw) enters a Python function's frame as CALL does
def f(n, *a, **k):
    if n == 0:
        return 0
    return 1 + f(*(n - 1,), **k)
print(f(500, x=1))
try:
    f(5000)
except RecursionError as e:
    print("deep", e)
class A:
    def __init__(self, *a, **k):
        print("init", a, k)
A(*[1], **{"z": 2})
def h(a, b):
    return a - b
print(h(*[5], **{"b": 2}))
try:
    h(*[1, 2, 3])
except TypeError as e:
    print(e)
def bad(x):
    return 1 / x
def mid(*a):
    return bad(*a)
try:
    mid(*[0])
except ZeroDivisionError as e:
    print("unwound through *args frames:", e)
mid(*[0])
---
##> a
##> b
##> done xcaught 'k'xcaught 'k'
##> a
##> escaped v
##> cannot reuse already awaited coroutine
# a coroutine driven by send/throw suspends with its awaited chain and is
# put back on the next send
class Y:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        r = yield self.v
        return r
async def inner():
    x = await Y("a")
    try:
        y = await Y("b")
    except KeyError as e:
        y = "caught " + str(e)
    return x + y
async def outer():
    return (await inner()) * 2
co = outer()
print(co.send(None))
print(co.send("x"))
try:
    co.throw(KeyError("k"))
except StopIteration as e:
    print("done", e.value)
co = outer()
print(co.send(None))
try:
    co.throw(ValueError("v"))
except ValueError as e:
    print("escaped", e)
try:
    co.send(None)
except RuntimeError as e:
    print(e)
---
##> [0, 1, 2, 3, 4, 5]
##> agen: RecursionError
##> got 1
##> closing
##> finished
##> None
##> ignoring
##> async generator ignored GeneratorExit
##> exhausted
##> None None
##> athrow lets GeneratorExit out
##> None
# async generators resumed by an await (asend, athrow, async for), nested
import asyncio
async def ag(n):
    if n:
        async for x in ag(n - 1):
            yield x
    yield n
async def echo():
    try:
        while True:
            v = yield
            print("got", v)
    except GeneratorExit:
        print("closing")
        raise
async def main():
    print([x async for x in ag(5)])
    try:
        [x async for x in ag(5000)]
    except RecursionError:
        print("agen: RecursionError")
    g = echo()
    await g.asend(None)
    await g.asend(1)
    await g.aclose()
    try:
        await g.asend(2)
    except StopAsyncIteration:
        print("finished")
    print(await g.aclose())
    async def stubborn():
        for i in range(2):
            try:
                yield i
            except GeneratorExit:
                print("ignoring")
    s = stubborn()
    await s.asend(None)
    try:
        await s.aclose()
    except RuntimeError as e:
        print(e)
    try:
        await s.asend(None)
    except StopAsyncIteration:
        print("exhausted")
    async def quiet():
        yield 1
    q = quiet()
    print(await q.aclose(), await q.aclose())
    q = quiet()
    await q.asend(None)
    try:
        await q.athrow(GeneratorExit)
    except GeneratorExit:
        print("athrow lets GeneratorExit out")
    print(await q.aclose())
asyncio.run(main())
---
##> class body: in body
##> 6
##> init raised -1
##> N
### LookupError: in body
##= 1
# class bodies and __init__ frames unwinding
def boom():
    raise LookupError("in body")
try:
    class K:
        x = boom()
except LookupError as e:
    print("class body:", e)
class Base:
    def __init__(self, v):
        if v < 0:
            raise ValueError(v)
        self.v = v
class D(Base):
    def __init__(self, v):
        super().__init__(v)
        self.w = v * 2
print(D(3).w)
try:
    D(-1)
except ValueError as e:
    print("init raised", e)
class N:
    def __init__(self):
        return None
print(type(N()).__name__)
class K2:
    y = boom()
---
##> 100
##> deep maximum recursion depth exceeded
##> ((1, 2), 3) ((), 1)
##> ((1, 2), 5)
##> 3 4
##> 42
##> [1]
##> KeyError 'x'
### KeyError: 'x'
##= 1
# a bound method called from bytecode enters its function's frame as
# CALL does (deep recursion through bound methods, *args, keywords)
class A:
    def f(self, n):
        if n == 0:
            return 0
        m = self.f
        return 1 + m(n - 1)
    def g(self, *a, k=1):
        return a, k
a = A()
print(a.f(100))
try:
    a.f(10 ** 5)
except RecursionError as e:
    print("deep", e)
m = a.g
print(m(1, 2, k=3), m())
import functools
p = functools.partial(a.g, 1)
print(p(2, k=5))
class B:
    def __init__(self, x):
        self.x = x
    def __call__(self, y):
        return self.x + y
b = B(1)
c = b.__call__
print(c(2), b(3))
def outer():
    def inner(self, v):
        return v * 2
    A.h = inner
    m = a.h
    return m(21)
print(outer())
bm = [].append
bm(1)
print(bm.__self__)
class C:
    def bad(self):
        raise KeyError("x")
try:
    x = C().bad
    x()
except KeyError as e:
    print("KeyError", e)
x = C().bad
x()
