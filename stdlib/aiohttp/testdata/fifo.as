# With TCPConnector(limit=1) requests wait for the connection in the order
# they asked for it; a waiter that is cancelled leaves the queue.
import asyncio
import sys

import aiohttp

BASE = sys.argv[1]
order = []


async def fetch(session, i, ms):
    async with session.get(f"{BASE}/sleep?ms={ms}") as resp:
        await resp.text()
        order.append(i)


async def main():
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=1)) as session:
        tasks = [asyncio.create_task(fetch(session, i, 50)) for i in range(6)]
        await asyncio.sleep(0.01)
        tasks[2].cancel()
        tasks[4].cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        print(order)
        print([type(r).__name__ for r in results])
        print(session.connector.limit, session.closed)
    print(session.closed, session.connector)


asyncio.run(main())
