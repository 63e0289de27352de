# GET, text, json, headers, params, repr of responses and URLs.
import asyncio
import sys

import aiohttp

BASE = sys.argv[1]


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get(BASE + "/hello") as resp:
            print(resp.status, resp.reason, resp.ok, resp.method)
            print(resp.content_type, resp.charset, resp.content_length)
            print(repr(resp.url), str(resp.url), resp.url.path, resp.url.host, resp.url.scheme)
            print(await resp.text())
            print(resp.headers["CONTENT-TYPE"], resp.headers.get("x-missing"), "date" in resp.headers)
            print(dict(resp.headers))
            print(list(resp.headers.keys()))
            print(resp.history, resp.version)
        resp = await session.get(BASE + "/json")
        data = await resp.json()
        print(type(data).__name__, data["items"], data)
        print(resp)
        resp = await session.get(BASE + "/echo", params={"q": "a b/c?d&e=f", "n": 3, "u": "ü"})
        data = await resp.json()
        print(data["query"])
        print(data["headers"])
        print(resp.url)
        resp = await session.get(BASE + "/echo?x=1", params=[("a", "1"), ("a", "2")])
        print((await resp.json())["query"])
        resp = await session.get(BASE + "/dup")
        print(resp.headers.getall("X-Dup"), dict(resp.headers)["X-Dup"], resp.headers)
        ids = []
        for _ in range(3):
            async with session.get(BASE + "/conn") as r:
                ids.append(await r.text())
        print("one connection for sequential requests:", len(set(ids)) == 1)
        print(await (await session.get(BASE + "/gzip")).text())
        resp = await session.head(BASE + "/hello")
        print(resp.status, await resp.text() == "")
    print(session.closed)


asyncio.run(main())


async def raw():
    async with aiohttp.ClientSession() as session:
        async with session.get(BASE + "/hello") as resp:
            body = await resp.read()
            print(type(body).__name__, body, len(body))
            print(resp.raw_headers[0])
        async with session.post(BASE + "/echo", data=b"raw \x00 bytes") as resp:
            data = await resp.json()
            print(repr(data["body"]), data["headers"]["Content-Type"])
        async with session.get(BASE + "/page/7") as resp:
            print(await resp.content.readline())
            print(await resp.content.read(6))
            async for line in resp.content:
                print(line)


asyncio.run(raw())
