# Three counters count concurrently. Each sleeps a different amount
# between numbers, so their output interleaves.
import asyncio
import time


async def count(name, limit, pause):
    for i in range(1, limit + 1):
        print(f"{name}: {i}")
        await asyncio.sleep(pause)
    print(f"{name}: finished")
    return limit


async def main():
    start = time.perf_counter()
    totals = await asyncio.gather(
        count("slow", 3, 0.7),
        count("medium", 4, 0.45),
        count("fast", 5, 0.25),
    )
    print("counted:", totals)
    print(f"Elapsed: {time.perf_counter() - start:.3f} seconds")


asyncio.run(main())
