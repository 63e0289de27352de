# The four naps of sleep_loop_sync, but in parallel: much faster.
# create_task sets up every task ahead of time (they start running as
# soon as main awaits), then we await each of them to collect its result.
import asyncio
import time


async def nap(name, seconds):
    print(f"{name} goes to sleep")
    await asyncio.sleep(seconds)
    print(f"{name} wakes up")
    return seconds


async def main():
    start = time.perf_counter()
    tasks = []
    for name in ["Ann", "Bob", "Cid", "Dot"]:
        tasks.append(asyncio.create_task(nap(name, 1)))
    print(f"Created {len(tasks)} tasks")
    total = 0
    for task in tasks:
        total += await task
    print(f"Slept {total} seconds in total")
    print(f"Elapsed: {time.perf_counter() - start:.3f} seconds")


asyncio.run(main())
