# Exceptions with two bases: ClientOSError is an OSError, ServerTimeoutError
# an asyncio.TimeoutError; the OSError inside ClientConnectorError is
# ConnectionRefusedError.
import asyncio
import sys

import aiohttp

BASE = sys.argv[1]


async def main():
    print([c.__name__ for c in aiohttp.ClientConnectorError.__mro__])
    print([c.__name__ for c in aiohttp.ServerTimeoutError.__mro__])
    async with aiohttp.ClientSession() as session:
        try:
            await session.get("http://127.0.0.1:1/")
        except OSError as e:
            print(type(e).__name__, repr(e.os_error), isinstance(e, ConnectionRefusedError))
            print(repr(e))
        try:
            await session.get(BASE + "/sleep?ms=2000", timeout=aiohttp.ClientTimeout(sock_read=0.2))
        except asyncio.TimeoutError as e:
            print(type(e).__name__, isinstance(e, aiohttp.ClientError), isinstance(e, TimeoutError))


asyncio.run(main())
