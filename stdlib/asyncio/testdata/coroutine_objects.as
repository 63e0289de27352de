import asyncio
import collections.abc

class Wrapper(collections.abc.Coroutine):
    """Drives an inner coroutine by hand, like aiohttp's _RequestContextManager."""
    def __init__(self, coro):
        self._coro = coro
    def send(self, value):
        print("send", value)
        return self._coro.send(value)
    def throw(self, typ, val=None, tb=None):
        print("throw", typ.__name__ if isinstance(typ, type) else type(typ).__name__)
        if val is None:
            return self._coro.throw(typ)
        return self._coro.throw(typ, val, tb)
    def close(self):
        return self._coro.close()
    def __await__(self):
        return self._coro.__await__()

async def work(n):
    await asyncio.sleep(0)
    await asyncio.sleep(0.01)
    return n * 2

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise

async def main():
    w = Wrapper(work(21))
    print(asyncio.iscoroutine(w), isinstance(w, collections.abc.Coroutine), asyncio.iscoroutinefunction(Wrapper))
    t = asyncio.create_task(w)
    print(type(t).__name__, t.get_coro() is w)
    print(await t)
    t2 = asyncio.ensure_future(Wrapper(work(5)))
    print(await t2)
    print(await asyncio.gather(Wrapper(work(1)), Wrapper(work(2))))
    t3 = asyncio.create_task(Wrapper(slow()))
    await asyncio.sleep(0)
    t3.cancel()
    try:
        await t3
    except asyncio.CancelledError:
        print("cancelled", t3.cancelled())
    print(await asyncio.wait_for(Wrapper(work(7)), 1))
    print(await Wrapper(work(3)))

asyncio.run(main())
print(asyncio.run(Wrapper(work(4))))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(Wrapper(work(6))))
loop.close()

class Plain:
    def __init__(self, coro):
        self._coro = coro
    def __await__(self):
        return self._coro.__await__()

def gen():
    yield 1

async def via_await():
    try:
        return await Plain(slow())
    finally:
        print("via_await finally")

async def main2():
    w = Wrapper(work(1))
    t = asyncio.create_task(w, name="wrapped")
    print(repr(t))
    await t
    print(repr(t))
    g = gen()
    print(asyncio.iscoroutine(g), asyncio.iscoroutine(Plain(None)), asyncio.iscoroutine(1))
    c = work(0)
    it = c.__await__()
    print(type(it).__name__, hasattr(it, "send"), iter(it) is it)
    await c
    t = asyncio.create_task(via_await())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("via_await cancelled")
    loop = asyncio.get_running_loop()
    print(await loop.create_task(Wrapper(work(8))))
    print(await asyncio.Task(Wrapper(work(9))))
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(Wrapper(work(10)))
    print(t.result())
    cw = work(1)
    try:
        asyncio.create_task(Plain(cw))
    except TypeError as e:
        print("TypeError", str(e).split(" at ")[0])
    cw.close()

asyncio.run(main2())
