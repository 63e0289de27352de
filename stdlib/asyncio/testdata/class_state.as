# asyncio's classes belong to the program that imported asyncio: setting,
# reading and deleting attributes on them, subclassing them, and worker
# threads (to_thread) must not be seen by another program running in the
# same process. The Go test runs this in two Sessions at once (under -race).
import asyncio


class Jobs(asyncio.PriorityQueue):
    pass


async def work(q, lock, sem, results):
    while True:
        prio, n = await q.get()
        async with sem:
            doubled = await asyncio.to_thread(lambda: n * 2)
        async with lock:
            results.append((prio, doubled))
        q.task_done()


async def main():
    for cls in (asyncio.Lock, asyncio.Queue, asyncio.Event, asyncio.Semaphore, asyncio.Barrier, asyncio.StreamReader):
        print(cls.__name__, hasattr(cls, "owner"))
        cls.owner = "this program"
    q = Jobs()
    lock, sem, done = asyncio.Lock(), asyncio.BoundedSemaphore(2), asyncio.Event()
    cond = asyncio.Condition()
    results = []
    for n in range(20):
        q.put_nowait((-n % 7, n))
    workers = [asyncio.create_task(work(q, lock, sem, results)) for _ in range(3)]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    done.set()
    async with cond:
        cond.notify_all()
    print(sorted(results))
    print(type(q).__name__, type(q).__mro__[1].__name__, q.owner, lock.owner, done.owner)
    print(repr(lock).split(" at ")[0], repr(sem)[-21:], done.is_set(), cond.locked())
    for cls in (asyncio.Lock, asyncio.Queue, asyncio.Event, asyncio.Semaphore, asyncio.Barrier, asyncio.StreamReader):
        del cls.owner
        print(cls.__name__, hasattr(cls, "owner"))
    print(hasattr(q, "owner"), isinstance(q, asyncio.Queue), issubclass(asyncio.BoundedSemaphore, asyncio.Semaphore))


asyncio.run(main())
asyncio.run(main())
