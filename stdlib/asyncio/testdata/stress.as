# 10,000 tasks contending on one Lock and one Queue complete in CPython's
# order.
import asyncio

N = 10000


async def main():
    lock = asyncio.Lock()
    order = []

    async def worker(i):
        async with lock:
            order.append(i)
            if i % 3 == 0:
                await asyncio.sleep(0)

    await asyncio.gather(*(worker(i) for i in range(N)))
    print(len(order), order == list(range(N)), order[:5], order[-3:])

    q = asyncio.Queue(maxsize=7)
    got = []

    async def producer(i):
        await q.put(i)

    async def consumer():
        while True:
            item = await q.get()
            got.append(item)
            q.task_done()
            if item % 5 == 0:
                await asyncio.sleep(0)

    consumers = [asyncio.create_task(consumer()) for _ in range(3)]
    await asyncio.gather(*(producer(i) for i in range(N)))
    await q.join()
    for c in consumers:
        c.cancel()
    print(len(got), got == list(range(N)), sum(got))
    checksum = 0
    for k, v in enumerate(got):
        checksum = (checksum * 31 + v * (k + 1)) % 1000000007
    print(checksum)


asyncio.run(main())
