# requests inside a coroutine blocks the whole event loop, as in CPython:
# the ticker does not tick while a request is under way.
import asyncio
import sys
import time

import requests

BASE = sys.argv[1]


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.1)


async def fetch_blocking():
    await asyncio.sleep(0)
    t0 = time.monotonic()
    r = requests.get(BASE + "/sleep?ms=500")
    print("blocking request done:", r.text, round(time.monotonic() - t0, 1))


async def main():
    await asyncio.gather(ticker(), fetch_blocking())


asyncio.run(main())
