# A coroutine dropped by an expression statement gets CPython's
# RuntimeWarning on stderr (the last line is what the golden test checks).
import asyncio


async def fetch(n):
    await asyncio.sleep(0)
    return n


async def main():
    fetch(1)
    print("dropped one coroutine")
    print(await fetch(2))


asyncio.run(main())
print("done")
