# A port out of range or not a number: yarl's ValueError, which the
# session turns into InvalidURL before any connection.
import asyncio
import aiohttp

async def main():
    async with aiohttp.ClientSession() as s:
        for u in ["http://h:abc/", "http://127.0.0.1:65536/", "http://[::1]:70000/",
                  "http://127.0.0.1:-1/", "nope", ""]:
            try:
                await s.get(u)
            except aiohttp.InvalidURL as e:
                print("InvalidURL", repr(e), repr(e.__cause__))

asyncio.run(main())
