# The --trace test program: two tasks sleep, one fails, one is cancelled.
import asyncio


async def say(what, when):
    await asyncio.sleep(when)
    print(what)


async def boom():
    await asyncio.sleep(0.5)
    raise ValueError("boom")


async def main():
    await asyncio.gather(say('First', 2), say('Second', 1))
    t = asyncio.create_task(boom(), name="bomb")
    try:
        await t
    except ValueError:
        print("caught")
    idle = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    idle.cancel()
    await asyncio.sleep(0.25)


asyncio.run(main())
