# The same as print_sync, but the two waits happen in parallel.
# "second" waits less, so it is printed first, and the whole program
# finishes when the longest wait ends: 1 second faster than print_sync.
import asyncio
import time


async def say(wait, message):
    await asyncio.sleep(wait)
    print(message)


async def main():
    start = time.perf_counter()
    await asyncio.gather(
        say(2, "first"),
        say(1, "second"),
    )
    print(f"Elapsed: {time.perf_counter() - start:.3f} seconds")


asyncio.run(main())
