# httpx: AsyncClient and the blocking API; responses, headers, errors.
import asyncio
import sys

import httpx

BASE = sys.argv[1]

r = httpx.get(BASE + "/hello")
print(r, r.status_code, r.reason_phrase, r.is_success, r.http_version, r.encoding)
print(r.text, r.content, r.headers["Content-Type"], r.headers)
print(r.request, r.url, repr(r.url), r.url.path, r.url.host)
print(httpx.get(BASE + "/json").json())
data = httpx.get(BASE + "/echo", params={"q": "a b/c", "flag": True}).json()
print(data["query"], data["headers"])
data = httpx.post(BASE + "/echo", json={"k": 1}).json()
print(data["body"], data["headers"]["Content-Type"])
data = httpx.post(BASE + "/echo", data={"a": "1 2"}).json()
print(data["body"], data["headers"]["Content-Type"])
r = httpx.get(BASE + "/redirect/2")
print(r, r.is_redirect, r.next_request, r.headers["location"])
try:
    r.raise_for_status()
except httpx.HTTPStatusError as e:
    print(repr(e))
r = httpx.get(BASE + "/redirect/2", follow_redirects=True)
print(r, r.history, r.url)
try:
    httpx.get(BASE + "/status/404").raise_for_status()
except httpx.HTTPStatusError as e:
    print(e)
    print(e.response.status_code, e.request)
for url, kw in (("http://127.0.0.1:1/", {}), (BASE + "/sleep?ms=2000", {"timeout": 0.2}),
                (BASE + "/close", {}), ("nonsense", {}),
                (BASE + "/redirect/30", {"follow_redirects": True})):
    try:
        httpx.get(url, **kw)
    except httpx.HTTPError as e:
        print(repr(e), isinstance(e, httpx.TransportError))
print(httpx.Timeout(5.0), httpx.Timeout(1, read=2), httpx.Limits())


async def main():
    async with httpx.AsyncClient(base_url=BASE) as client:
        rs = await asyncio.gather(*(client.get(f"/page/{i}?ms=100") for i in range(20)))
        print([r.status_code for r in rs].count(200), rs[7].text.split("<title>")[1].split("</title>")[0])
        r = await client.post("/echo", content=b"bytes body")
        print(r.json()["body"], r.json()["headers"].get("Content-Type"))
        try:
            await client.get("/sleep?ms=2000", timeout=0.2)
        except httpx.ReadTimeout as e:
            print(repr(e))
    print(client.is_closed)
    try:
        await client.get("/hello")
    except RuntimeError as e:
        print(e)


asyncio.run(main())
