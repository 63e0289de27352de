# Cancelling the task that awaits a request aborts the request; wait_for
# and async_timeout-style timeouts around requests.
import asyncio
import sys
import time

import aiohttp

BASE = sys.argv[1]


async def fetch(session, url):
    async with session.get(url) as resp:
        return await resp.text()


async def main():
    async with aiohttp.ClientSession() as session:
        t0 = time.monotonic()
        task = asyncio.create_task(fetch(session, BASE + "/sleep?ms=5000"))
        await asyncio.sleep(0.1)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            print("cancelled", task.cancelled())
        try:
            await asyncio.wait_for(fetch(session, BASE + "/sleep?ms=5000"), timeout=0.2)
        except asyncio.TimeoutError:
            print("wait_for timed out")
        async with asyncio.timeout(0.2):
            try:
                await fetch(session, BASE + "/sleep?ms=5000")
            except asyncio.CancelledError:
                print("cancelled inside timeout()")
                raise
        print("not reached")


try:
    asyncio.run(main())
except TimeoutError:
    print("timeout() raised TimeoutError")
