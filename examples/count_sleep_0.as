# Passing the baton while sleeping 0 seconds: asyncio.sleep(0) does not
# wait at all, it only lets the other tasks take a turn. Without it each
# counter would run to the end before the next one started.
import asyncio


async def count_greedy(name, limit):
    for i in range(limit):
        print(f"{name} {i}")
    print(f"{name} done")


async def count_polite(name, limit):
    for i in range(limit):
        print(f"{name} {i}")
        await asyncio.sleep(0)
    print(f"{name} done")


async def main():
    print("--- without sleep(0)")
    await asyncio.gather(count_greedy("A", 3), count_greedy("B", 3))
    print("--- with sleep(0)")
    await asyncio.gather(count_polite("A", 3), count_polite("B", 3), count_polite("C", 2))


asyncio.run(main())
