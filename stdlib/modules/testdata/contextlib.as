import asyncio
import contextlib
from contextlib import (contextmanager, asynccontextmanager, suppress, closing,
                        aclosing, nullcontext, ExitStack, AsyncExitStack)


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("p") as t:
    print("inside", t)

try:
    with tag("div"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", repr(e))


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


with swallow():
    raise KeyError("k")
print("after swallow")


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@tag("decorated")
def work(x):
    print("work", x)
    return x * 2


print(work(3))
print(work(4))
print(tag.__name__)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("close", self.name)

    async def aclose(self):
        print("aclose", self.name)


with closing(Resource("r1")) as r:
    print("using", r.name)

with nullcontext(42) as v:
    print("nullcontext", v)
with nullcontext() as v:
    print("nullcontext", v)

with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("a", "b")]
    stack.callback(print, "callback", 1, sep="-")
    print("names", names)


def handler(exc_type, exc, tb):
    print("handler sees", exc_type.__name__)
    return True


with ExitStack() as stack:
    stack.push(handler)
    stack.enter_context(tag("c"))
    raise OSError("disk")
print("handled by stack")

with ExitStack() as stack:
    stack.callback(print, "never printed by this stack")
    moved = stack.pop_all()
print("popped")
moved.close()

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)


def failing_exit(*exc):
    raise RuntimeError("exit failed")


try:
    with ExitStack() as stack:
        stack.push(failing_exit)
        raise ValueError("body")
except RuntimeError as e:
    print("replaced:", e, "context:", repr(e.__context__))


@asynccontextmanager
async def session(name):
    print("open", name)
    await asyncio.sleep(0.01)
    try:
        yield f"session-{name}"
    finally:
        await asyncio.sleep(0)
        print("close", name)


async def agen():
    yield 1
    yield 2


@asynccontextmanager
async def async_swallow():
    try:
        yield
    except LookupError as e:
        print("async swallowed", type(e).__name__)


async def main():
    async with session("x") as s:
        print("in", s)
    try:
        async with session("y"):
            raise ValueError("inner")
    except ValueError as e:
        print("caught", e)
    async with async_swallow():
        raise IndexError(1)
    async with aclosing(Resource("r2")) as r:
        print("using", r.name)
    async with nullcontext("n") as v:
        print("async nullcontext", v)
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(session("a"))
        b = stack.enter_context(tag("b"))
        stack.push_async_callback(asyncio.sleep, 0)

        async def cb(x):
            print("async callback", x)
        stack.push_async_callback(cb, 7)
        print("stack holds", a, b)
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(tag("sync"))
    except TypeError as e:
        print("TypeError:", e)
    stack = AsyncExitStack()
    await stack.enter_async_context(session("z"))
    await stack.aclose()

    @session("deco")
    async def decorated():
        print("decorated body")
    await decorated()


asyncio.run(main())
print(isinstance(nullcontext(), contextlib.AbstractContextManager))
