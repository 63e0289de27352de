# Deadlock: main waits for an item from a Queue nobody fills.
import asyncio

async def consumer(q):
    item = await q.get()
    print("got", item)

async def main():
    q = asyncio.Queue()
    print("waiting for an item")
    await consumer(q)

asyncio.run(main())
