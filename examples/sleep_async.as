# The async version of sleep_sync: all three start in the order they
# were given, then reach the finish line in the order of their waits.
import asyncio
import time


async def say(wait, message):
    print(f"start  {message} (sleeping {wait} s)")
    await asyncio.sleep(wait)
    print(f"finish {message}")


async def main():
    start = time.perf_counter()
    await asyncio.gather(
        say(2, "first"),
        say(1, "second"),
        say(1.5, "third"),
    )
    print(f"Elapsed: {time.perf_counter() - start:.3f} seconds")


asyncio.run(main())
