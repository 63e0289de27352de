# Not a deadlock: a task blocks the whole loop with time.sleep, then sets
# the Event main waits on.
import asyncio
import time


async def sleepy(ev):
    time.sleep(0.2)
    print("done blocking")
    ev.set()


async def main():
    ev = asyncio.Event()
    start = time.time()
    asyncio.create_task(sleepy(ev))
    await ev.wait()
    print(f"set after {time.time() - start:.1f} s")


asyncio.run(main())
