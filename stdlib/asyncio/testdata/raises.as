# An exception escaping the main task ends the program with a traceback.
import asyncio


async def inner(x):
    await asyncio.sleep(0)
    return 10 / x


async def main():
    t = asyncio.create_task(inner(0))
    print("waiting")
    r = await t
    print("not reached", r)


asyncio.run(main())
