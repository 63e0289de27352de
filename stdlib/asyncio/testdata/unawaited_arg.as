# A coroutine that is created and dropped without ever being awaited (here
# passed to iscoroutine) gets CPython's RuntimeWarning by the time the
# program ends.
import asyncio


async def job():
    return 1


async def main():
    print(asyncio.iscoroutine(job()))
    print(await job())


asyncio.run(main())
