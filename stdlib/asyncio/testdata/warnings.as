# Warnings CPython prints on stderr: an un-awaited coroutine and a task
# exception nobody retrieved.
import asyncio


async def work():
    return 1


async def fails():
    raise KeyError("lost")


async def main():
    work()
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main())
print("end")
