# Queues (FIFO, LIFO, priority, bounded, join/task_done) and the
# synchronization primitives, with CPython's FIFO fairness.
import asyncio


async def producer(q, name, items):
    for it in items:
        await q.put(it)
        print(name, "put", it, "qsize", q.qsize())


async def consumer(q, name, n):
    got = []
    for _ in range(n):
        item = await q.get()
        got.append(item)
        q.task_done()
        await asyncio.sleep(0)
    print(name, "got", got)


async def locker(lock, name, log):
    async with lock:
        log.append(name + "+")
        await asyncio.sleep(0)
        log.append(name + "-")


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())
    await asyncio.gather(producer(q, "p1", [1, 2, 3]), producer(q, "p2", [10, 20]),
                         consumer(q, "c1", 3), consumer(q, "c2", 2))
    await q.join()
    print("joined", q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.put_nowait("a")
    q.put_nowait("b")
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull", q.full())
    print(q.get_nowait(), q.get_nowait())
    try:
        q.task_done()
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    lq = asyncio.LifoQueue()
    for i in range(4):
        lq.put_nowait(i)
    print("lifo", [lq.get_nowait() for _ in range(4)])
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a0"), (5, "e")]:
        pq.put_nowait(item)
    print("priority", [pq.get_nowait() for _ in range(5)])

    waiter_q = asyncio.Queue()
    async def getter(name):
        print(name, "got", await waiter_q.get())
    gs = [asyncio.create_task(getter(f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        waiter_q.put_nowait(i)
    await asyncio.gather(*gs)

    lock = asyncio.Lock()
    print(lock.locked())
    log = []
    await asyncio.gather(*(locker(lock, f"t{i}", log) for i in range(4)))
    print(log)
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    ev = asyncio.Event()
    async def wait_ev(name):
        print(name, "waiting")
        print(name, "woke", await ev.wait())
    ws = [asyncio.create_task(wait_ev(f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print("set", ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    ev.clear()
    print("cleared", ev.is_set())

    sem = asyncio.Semaphore(2)
    slog = []
    async def limited(i):
        async with sem:
            slog.append(f"in{i}")
            await asyncio.sleep(0.01)
            slog.append(f"out{i}")
    await asyncio.gather(*(limited(i) for i in range(5)))
    print(slog, sem.locked())
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)

    cond = asyncio.Condition()
    state = {"n": 0}
    async def cwaiter(name):
        async with cond:
            print(name, "waiting on condition")
            await cond.wait()
            print(name, "notified, n =", state["n"])
    async def pred_waiter():
        async with cond:
            r = await cond.wait_for(lambda: state["n"] >= 3)
            print("predicate satisfied", r, state["n"])
    cws = [asyncio.create_task(cwaiter(f"cw{i}")) for i in range(3)]
    pw = asyncio.create_task(pred_waiter())
    await asyncio.sleep(0)
    async with cond:
        state["n"] = 1
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        state["n"] = 3
        cond.notify_all()
    await asyncio.gather(*cws, pw)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

    lock2 = asyncio.Lock()
    await lock2.acquire()
    async def cancelled_waiter():
        await lock2.acquire()
    cw = asyncio.create_task(cancelled_waiter())
    other = asyncio.create_task(locker(lock2, "after", log))
    await asyncio.sleep(0)
    cw.cancel()
    await asyncio.sleep(0)
    lock2.release()
    await other
    print(log[-2:], cw.cancelled())


asyncio.run(main())
