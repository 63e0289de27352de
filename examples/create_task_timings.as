# From the course notebook (cell In [25]): awaiting coroutines one by one
# (3 s) versus create_task (2 s). Notebook style: top-level await.
import asyncio
import time
import random

async def greet_async(wait, name: str):
    print("[async]", "Hello")
    await asyncio.sleep(wait)
    print("[async]", name)

async def main():
    s = time.perf_counter()
    await greet_async(1, "Juan")
    await greet_async(2, "Sebastian")
    print("[main]", f"finished in {time.perf_counter() - s}")
    
async def main_create_task():
    s = time.perf_counter()
    task1 = asyncio.create_task(greet_async(1, "Juan"))
    task2 = asyncio.create_task(greet_async(2, "Sebastian"), name="greetSebastian")

    # Wait until both tasks are completed (should take around 2 seconds.)
    await task1
    await task2

    print("[main_create_task]", f"finished in {time.perf_counter() - s}")

await main()
await main_create_task()
