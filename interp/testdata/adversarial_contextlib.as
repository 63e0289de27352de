##> shown
# Misuse of contextlib, and print with sys.stdout set to None, one small
# program each, separated by lines "---". The expectation lines are
# recorded from CPython 3.11 by internal/golden/record_chunks.py; never
# edit them by hand.
import contextlib, sys
with contextlib.redirect_stdout(None):
    print("hidden")
print("shown")
sys.stdout = None
print("hidden too")
---
##> RuntimeError generator didn't yield
##> RuntimeError generator didn't stop
##> ok 'swallowed'
##> KeyError 'k'
##> RuntimeError generator didn't yield
##> ZeroDivisionError division by zero
##> TypeError 'builtins.int' object does not support the context manager protocol
##> TypeError issubclass() arg 2 must be a class, a tuple of classes, or a union
##> ZeroDivisionError division by zero
##> ok 5
##> AttributeError 'int' object has no attribute 'close'
##> AttributeError '_GeneratorContextManager' object has no attribute 'args'
##> ok None
##> RuntimeError generator raised StopIteration
##> ok 'many'
##> RuntimeError generator didn't stop
##> TypeError object int can't be used in 'await' expression
##> TypeError '_AsyncGeneratorContextManager' object does not support the context manager protocol
##> ok 3
##> TypeError 'int' object does not support the asynchronous context manager protocol
import contextlib, asyncio
def t(f):
    try:
        r = f()
        print("ok", repr(r)[:100])
    except BaseException as e:
        print(type(e).__name__, str(e)[:200])
@contextlib.contextmanager
def noyield():
    if False: yield
def a():
    with noyield(): pass
t(a)
@contextlib.contextmanager
def twoyield():
    yield 1
    yield 2
def b():
    with twoyield(): pass
t(b)
@contextlib.contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        pass
def c():
    with swallow():
        1/0
    return "swallowed"
t(c)
@contextlib.contextmanager
def reraise_other():
    try:
        yield
    except ZeroDivisionError:
        raise KeyError("k")
def d():
    with reraise_other():
        1/0
t(d)
def e():
    cm = noyield()
    cm.__enter__()
t(e)
def f():
    with contextlib.ExitStack() as s:
        s.callback(lambda: 1/0)
        s.callback(lambda: [][1])
t(f)
def g():
    s = contextlib.ExitStack()
    s.enter_context(5)
t(g)
def h():
    with contextlib.suppress(5):
        1/0
t(h)
def i():
    with contextlib.suppress():
        1/0
t(i)
def j():
    with contextlib.nullcontext(5) as x:
        return x
t(j)
def k():
    with contextlib.closing(5):
        pass
t(k)
def l():
    @contextlib.contextmanager
    def gen():
        yield
    g = gen()
    with g: pass
    with g: pass
t(l)
def m():
    with contextlib.redirect_stdout(None):
        print("hidden?")
t(m)
def n():
    @contextlib.contextmanager
    def stopper():
        yield
        raise StopIteration
    with stopper(): pass
t(n)
def o():
    with contextlib.ExitStack() as s:
        for i in range(5000):
            s.callback(print, end="")
    return "many"
t(o)
async def aa():
    @contextlib.asynccontextmanager
    async def agen():
        yield 1
        yield 2
    async with agen(): pass
t(lambda: asyncio.run(aa()))
async def ab():
    async with contextlib.AsyncExitStack() as s:
        s.push_async_callback(lambda: 5)
t(lambda: asyncio.run(ab()))
async def ac():
    with contextlib.asynccontextmanager(lambda: 5)():
        pass
t(lambda: asyncio.run(ac()))
async def ad():
    async with contextlib.nullcontext(3) as x:
        return x
t(lambda: asyncio.run(ad()))
async def ae():
    async with 5:
        pass
t(lambda: asyncio.run(ae()))
