# Deadlock: two tasks each wait for the Event the other would set.
import asyncio

async def ping(mine, theirs):
    await theirs.wait()
    mine.set()

async def main():
    a, b = asyncio.Event(), asyncio.Event()
    t1 = asyncio.create_task(ping(a, b), name="left")
    t2 = asyncio.create_task(ping(b, a), name="right")
    await asyncio.gather(t1, t2)
    print("never")

asyncio.run(main())
