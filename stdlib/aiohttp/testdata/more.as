# aiohttp.request(), a body that stalls past sock_read, reading in chunks,
# and a connector with ssl=False.
import asyncio
import sys

import aiohttp

BASE = sys.argv[1]


async def main():
    async with aiohttp.request("GET", BASE + "/json") as resp:
        print(resp.status, await resp.json())
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=False)) as session:
        try:
            async with session.get(BASE + "/stall-body?ms=2000", timeout=aiohttp.ClientTimeout(sock_read=0.2)) as resp:
                print(await resp.text())
        except aiohttp.ServerTimeoutError as e:
            print("stalled body:", repr(e))
        async with session.get(BASE + "/page/3") as resp:
            chunks = [c async for c in resp.content.iter_chunked(40)]
            print(len(chunks), [len(c) for c in chunks], chunks[0])
        async with session.get(BASE + "/hello", headers={"X-Test": "1"}) as resp:
            print(resp.request_info.headers.get("X-Test"), resp.request_info.method)
    async with aiohttp.ClientSession(base_url=BASE) as session:
        async with session.get("/hello") as resp:
            print(resp.url, await resp.text())


asyncio.run(main())
