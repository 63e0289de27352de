# Closing a session while a request is under way: the request fails with
# ServerDisconnectedError, as its connection is closed under it.
import asyncio
import sys

import aiohttp


async def main():
    session = aiohttp.ClientSession()

    async def get():
        return await session.get(sys.argv[1] + "/sleep?ms=3000")

    task = asyncio.ensure_future(get())
    await asyncio.sleep(0.2)
    await session.close()
    try:
        await task
    except aiohttp.ClientError as e:
        print(type(e).__name__, e, session.closed)


asyncio.run(main())
