# An uncaught ClientResponseError ends the program as in CPython.
import asyncio
import sys

import aiohttp

BASE = sys.argv[1]


async def main():
    async with aiohttp.ClientSession(raise_for_status=True) as session:
        async with session.get(BASE + "/status/404") as resp:
            print(resp.status)


asyncio.run(main())
