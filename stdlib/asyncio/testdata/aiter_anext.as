import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n

async def main():
    g = agen(2)
    print(aiter(g) is g)
    print(await anext(g), await anext(g))
    print(await anext(g, "done"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    t = Ticker(2)
    it = aiter(t)
    print(it is t, await anext(it), await anext(it), await anext(it, None))
    async for x in aiter(agen(3)):
        print("item", x)
    for bad in (lambda: aiter(1), lambda: anext(1), lambda: anext([])):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
    results = []
    it = aiter(agen(4))
    while (v := await anext(it, None)) is not None:
        results.append(v)
    print(results)

    a = anext(agen(1), 0)
    print(await a)

asyncio.run(main())
