import asyncio

async def worker(b, i, delay):
    await asyncio.sleep(delay)
    print("arrive", i, b.n_waiting)
    idx = await b.wait()
    print("pass", i, idx)
    return idx

class Wrapper:
    def __init__(self, task):
        self.task = task
    def __await__(self):
        return self.task.__await__()

class YieldFrom:
    def __init__(self, fut):
        self.fut = fut
    def __await__(self):
        print("before")
        r = yield from self.fut.__await__()
        print("after", r)
        return r * 2

async def val(x):
    await asyncio.sleep(0.01)
    return x

async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken, type(b).__name__, repr(b).split(" at ")[0], repr(b).split("]")[0].split("[")[1])
    r = await asyncio.gather(*(worker(b, i, 0.01 * i) for i in range(3)))
    print(r, repr(b).split("[")[1])
    async with asyncio.Barrier(1) as pos:
        print("entered", pos)
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    print(b2.n_waiting, repr(b2).split("[")[1])
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("broken:", repr(e), b2.broken, repr(b2).split("[")[1], issubclass(asyncio.BrokenBarrierError, RuntimeError))
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError as e:
        print("still broken:", e)
    await b2.reset()
    print(b2.broken, repr(b2).split("[")[1])
    b3 = asyncio.Barrier(2)
    t1 = asyncio.create_task(b3.wait())
    await asyncio.sleep(0)
    await b3.reset()
    try:
        await t1
    except asyncio.BrokenBarrierError as e:
        print("reset:", e)
    t2 = asyncio.create_task(b3.wait())
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("cancelled", b3.n_waiting, repr(b3).split("[")[1])
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)
    print(await Wrapper(asyncio.create_task(val(5))))
    print(await YieldFrom(asyncio.ensure_future(val(7))))
    fut = asyncio.get_running_loop().create_future()
    it = fut.__await__()
    print(type(it).__name__, next(it) is fut)
    fut.set_result(3)
    try:
        it.send(None)
    except StopIteration as e:
        print("StopIteration", e.value)
    done = asyncio.get_running_loop().create_future()
    done.set_result("ready")
    try:
        next(iter(done))
    except StopIteration as e:
        print("done at once", e.value)
    w = asyncio.get_child_watcher()
    print(type(w).__name__, w is asyncio.get_child_watcher())

asyncio.run(main(), debug=True)
