# A session never closed is reported on stderr when it is collected.
import asyncio
import sys

import aiohttp


async def main():
    session = aiohttp.ClientSession()
    resp = await session.get(sys.argv[1] + "/hello")
    print(await resp.text())


asyncio.run(main())
print("end")
