import asyncio

async def work(i):
    await asyncio.sleep(0.001 * (i % 50))
    return i

async def main():
    results = await asyncio.gather(*(work(i) for i in range(500)))
    print(sum(results))

asyncio.run(main())
