# session.get() returns a _RequestContextManager, a Coroutine in aiohttp
# 3.8: asyncio.iscoroutine accepts it and a Task drives it by send/throw.
import asyncio
import collections.abc
import sys

import aiohttp

BASE = sys.argv[1]


async def main():
    async with aiohttp.ClientSession() as session:
        req = session.get(BASE + "/hello")
        print(asyncio.iscoroutine(req), isinstance(req, collections.abc.Coroutine))
        print(isinstance(req, collections.abc.Awaitable), type(req).__name__)
        task = asyncio.create_task(req)
        resp = await task
        print(task.get_coro() is req, resp.status, await resp.text())
        tasks = [asyncio.create_task(session.get(BASE + "/json")) for _ in range(3)]
        for resp in await asyncio.gather(*tasks):
            print(resp.status, (await resp.json())["items"])
        resp = await asyncio.ensure_future(session.get(BASE + "/hello"))
        print(resp.status)
        done, pending = await asyncio.wait([asyncio.create_task(session.get(BASE + "/hello"))])
        print(len(done), len(pending), [t.result().status for t in done])
        resp = await asyncio.wait_for(session.get(BASE + "/hello"), 5)
        print(resp.status)


asyncio.run(main())
