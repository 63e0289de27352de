# One HTTP request with aiohttp: the session, the response, its text.
import asyncio
import sys

import aiohttp

SITE = sys.argv[1] if len(sys.argv) > 1 else "https://code-maven.com"


async def fetch(session, url):
    async with session.get(url) as response:
        print(response.status, response.headers["content-type"])
        return await response.text()


async def main():
    async with aiohttp.ClientSession() as session:
        html = await fetch(session, f"{SITE}/page/1")
        print(html)


asyncio.run(main())
