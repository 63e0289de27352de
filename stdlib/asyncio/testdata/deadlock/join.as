# Deadlock: an item is taken from the Queue but task_done() is never
# called, so join() waits forever.
import asyncio


async def worker(q):
    print("working on", await q.get())


async def main():
    q = asyncio.Queue()
    q.put_nowait("job")
    asyncio.create_task(worker(q))
    await q.join()


asyncio.run(main())
