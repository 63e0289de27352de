# Errors as aiohttp 3.8.4 raises them: their classes, str, repr, status.
import asyncio
import sys

import aiohttp

BASE = sys.argv[1]


async def main():
    async with aiohttp.ClientSession() as session:
        resp = await session.get(BASE + "/status/404")
        print(resp.status, resp.reason, resp.ok)
        try:
            resp.raise_for_status()
        except aiohttp.ClientResponseError as e:
            print(type(e).__name__, e.status, e.message)
            print(e)
            print(e.request_info.url, e.request_info.method, e.history)
            print(isinstance(e, aiohttp.ClientError), isinstance(e, Exception))
        try:
            async with session.get(BASE + "/status/500", raise_for_status=True) as r:
                print("not reached")
        except aiohttp.ClientResponseError as e:
            print(e)
        try:
            await (await session.get(BASE + "/notjson")).json()
        except aiohttp.ContentTypeError as e:
            print(type(e).__name__, e.status, repr(e.message))
            print(e)
        print(await (await session.get(BASE + "/notjson")).json(content_type=None) if False else "skip")
        try:
            await session.get(BASE + "/close")
        except aiohttp.ServerDisconnectedError as e:
            print(repr(e), e, e.message, isinstance(e, aiohttp.ClientConnectionError))
        try:
            await session.get(BASE + "/sleep?ms=2000", timeout=aiohttp.ClientTimeout(total=0.2))
        except asyncio.TimeoutError as e:
            print("total:", repr(e), type(e).__name__, isinstance(e, aiohttp.ClientError))
        try:
            await session.get(BASE + "/sleep?ms=2000", timeout=aiohttp.ClientTimeout(sock_read=0.2))
        except aiohttp.ServerTimeoutError as e:
            print("sock_read:", repr(e), str(e))
        try:
            await session.get(BASE + "/redirect/12")
        except aiohttp.TooManyRedirects as e:
            print(type(e).__name__, e, len(e.history), e.history[0].status)
        try:
            await session.get("not a url")
        except aiohttp.InvalidURL as e:
            print(repr(e), e, e.url)
        try:
            await session.get(BASE + "/hello", data="x", json={})
        except ValueError as e:
            print(e)
    try:
        async with aiohttp.ClientSession() as s:
            await s.get("http://127.0.0.1:1/")
    except aiohttp.ClientConnectorError as e:
        print(e)
        print(e.errno, e.strerror, e.host, e.port, e.ssl)
        print(isinstance(e, aiohttp.ClientConnectionError))
    try:
        await session.get(BASE + "/hello")
    except RuntimeError as e:
        print(e)
    print(aiohttp.ClientTimeout(total=3), aiohttp.ClientTimeout(total=3) == aiohttp.ClientTimeout(3))


asyncio.run(main())
