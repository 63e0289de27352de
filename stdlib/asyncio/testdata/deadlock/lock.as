# Deadlock: a Lock taken and never released.
import asyncio

lock = asyncio.Lock()

async def forgetful():
    await lock.acquire()
    print("took the lock and never gave it back")

async def polite():
    async with lock:
        print("never printed")

async def main():
    await forgetful()
    await polite()

asyncio.run(main())
