import asyncio

class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("open", self.name)
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, et, e, tb):
        print("close", self.name, et.__name__ if et else None)
        return False

async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)

class Countdown:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n

async def worker(name, q, results):
    while True:
        item = await q.get()
        try:
            if item is None:
                return
            results.append((name, item))
            await asyncio.sleep(0.02 * item)  # 20 ms apart: the order survives a loaded machine
        finally:
            q.task_done()

async def main():
    async with Resource("db") as r:
        print("using", r.name)
    try:
        async with Resource("file"):
            raise ValueError("oops")
    except ValueError as e:
        print("handled", e)
    print([i async for i in ticker(4)])
    async for v in Countdown(3):
        print("count", v)
    q = asyncio.Queue(maxsize=2)
    results = []
    ws = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(3)]
    for item in [3, 1, 2, 5, 4]:
        await q.put(item)
    for _ in ws:
        await q.put(None)
    await q.join()
    await asyncio.gather(*ws)
    print(results)
    async def slow(): 
        await asyncio.sleep(10)
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel("bye")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled:", e.args, t.cancelled())
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout cm")
    async def bad(i):
        await asyncio.sleep(0 if i == 1 else 60)  # bad2 is always cancelled by bad1's failure
        raise ValueError(f"bad{i}")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(1))
            tg.create_task(bad(2))
    except* ValueError as eg:
        print("eg:", sorted(str(e) for e in eg.exceptions))
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(d, result=d)) for d in (1, 0.001)], return_when=asyncio.FIRST_COMPLETED)
    print([d.result() for d in done], len(pending))
    for p in pending: p.cancel()
    for coro in asyncio.as_completed([asyncio.sleep(0.05, "b"), asyncio.sleep(0.001, "a")]):
        print("as_completed", await coro)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        print("event set!")
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    await w
    lock = asyncio.Lock()
    order = []
    async def locked(i):
        async with lock:
            order.append(i)
            await asyncio.sleep(0)
    await asyncio.gather(*(locked(i) for i in range(5)))
    print(order, lock.locked())
    print(await asyncio.shield(asyncio.sleep(0, "shielded")))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.001, fut.set_result, "fut done")
    print(await fut)

asyncio.run(main())
