# From the course notebook "Asynchrous programming", section Mixing with
# blocking call: a blocking function runs in a thread (asyncio.to_thread)
# while a coroutine keeps computing. Notebook style: top-level await.
# Whether "start blocking_io" or "Task A: Compute factorial(2)" comes
# first depends on when CPython's worker thread gets the GIL, so:
# golden: sort-lines
import asyncio
import time

def blocking_io():
    print(f"start blocking_io at {time.strftime('%X')}")
    # Blocking I/O operation
    time.sleep(5)
    print(f"blocking_io complete at {time.strftime('%X')}")

async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({i})...")
        await asyncio.sleep(2)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")    

async def main():
    print(f"started main at {time.strftime('%X')}")

    await asyncio.gather(
        asyncio.to_thread(blocking_io),
        factorial("A", 3)
    )

    print(f"finished main at {time.strftime('%X')}")

await main()
