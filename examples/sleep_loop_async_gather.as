# sleep_loop_async again, this time letting gather create and await
# the tasks; gather returns the results in the order of its arguments.
import asyncio
import time


async def nap(name, seconds):
    print(f"{name} goes to sleep")
    await asyncio.sleep(seconds)
    print(f"{name} wakes up")
    return seconds


async def main():
    start = time.perf_counter()
    names = ["Ann", "Bob", "Cid", "Dot"]
    results = await asyncio.gather(*[nap(name, 1) for name in names])
    print(f"Results: {results}")
    print(f"Slept {sum(results)} seconds in total")
    print(f"Elapsed: {time.perf_counter() - start:.3f} seconds")


asyncio.run(main())
