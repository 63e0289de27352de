# Many requests at once through one session; with TCPConnector(limit=)
# they go limit at a time. Results come back in gather's order.
import asyncio
import sys
import time

import aiohttp

BASE = sys.argv[1]


async def fetch(session, i):
    async with session.get(f"{BASE}/page/{i}?ms=200") as resp:
        text = await resp.text()
        return text.split("<title>")[1].split("</title>")[0]


async def run(limit, n):
    connector = aiohttp.TCPConnector(limit=limit)
    print(connector.limit, connector.limit_per_host)
    t0 = time.monotonic()
    async with aiohttp.ClientSession(connector=connector) as session:
        titles = await asyncio.gather(*(fetch(session, i) for i in range(n)))
    elapsed = time.monotonic() - t0
    print(titles[0], titles[-1], len(titles))
    print(f"limit={limit}: {int(elapsed / 0.2)} rounds of 200 ms")


asyncio.run(run(100, 20))
asyncio.run(run(5, 15))


async def per_host():
    connector = aiohttp.TCPConnector(limit_per_host=2)
    t0 = time.monotonic()
    async with aiohttp.ClientSession(connector=connector) as session:
        titles = await asyncio.gather(*(fetch(session, i) for i in range(6)))
    print(connector.limit, connector.limit_per_host, len(titles))
    print(f"limit_per_host=2: {int((time.monotonic() - t0) / 0.2)} rounds of 200 ms")


async def queued_total():
    # the total timeout counts the time spent waiting for a connection
    connector = aiohttp.TCPConnector(limit=1)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=0.3)) as session:
        results = await asyncio.gather(*(fetch(session, i) for i in range(3)), return_exceptions=True)
    print([r if isinstance(r, str) else type(r).__name__ for r in results])


asyncio.run(per_host())
asyncio.run(queued_total())
