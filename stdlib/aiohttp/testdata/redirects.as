# Redirects: a POST answered by 302 is sent again as a GET without body,
# 307 keeps the method and body; history; allow_redirects=False.
import asyncio
import sys

import aiohttp

BASE = sys.argv[1]


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.post(BASE + "/to-echo", data="payload") as resp:
            data = await resp.json()
            print(resp.status, resp.url, data["method"], repr(data["body"]))
            print([(h.status, str(h.url)) for h in resp.history])
        async with session.post(BASE + "/to-echo?code=307", json={"k": [1, 2]}) as resp:
            data = await resp.json()
            print(data["method"], data["body"], data["headers"]["Content-Type"])
        async with session.put(BASE + "/to-echo?code=302", data={"a": "1 2", "b": "x&y"}) as resp:
            data = await resp.json()
            print(data["method"], data["body"], data["headers"].get("Content-Type"))
        async with session.get(BASE + "/redirect/3") as resp:
            print(resp.status, await resp.text(), len(resp.history), resp.url)
        async with session.get(BASE + "/redirect/3", allow_redirects=False) as resp:
            print(resp.status, resp.headers["Location"], resp.history)
        async with session.post(BASE + "/echo", data="caf\u00e9") as resp:
            data = await resp.json()
            print(data["body"], data["headers"]["Content-Length"], data["headers"]["Content-Type"])


asyncio.run(main())
