# async_timeout.timeout(): expiry, no expiry, None, shift, reject, expired.
import asyncio
import sys

import async_timeout


async def work(d):
    await asyncio.sleep(d)
    return d


async def main():
    try:
        async with async_timeout.timeout(0.1) as cm:
            await work(1)
    except asyncio.TimeoutError as e:
        print("timed out", repr(e), cm.expired, type(e) is TimeoutError)
    async with async_timeout.timeout(1) as cm:
        print(await work(0.05))
    print(cm.expired, cm.deadline is not None)
    async with async_timeout.timeout(None) as cm:
        print(await work(0.05), cm.deadline)
    loop = asyncio.get_running_loop()
    try:
        async with async_timeout.timeout_at(loop.time() + 0.05) as cm:
            cm.shift(0.1)
            await work(0.1)
            print("shifted: finished in time")
            await work(1)
    except asyncio.TimeoutError:
        print("shifted timeout expired", cm.expired)
    async with async_timeout.timeout(0.05) as cm:
        cm.reject()
        await work(0.1)
    print("rejected", cm.expired)
    try:
        cm.update(5)
    except RuntimeError as e:
        print(e)
    try:
        async with async_timeout.timeout(0.05):
            try:
                await work(1)
            except asyncio.CancelledError:
                print("inner sees CancelledError")
                raise
    except asyncio.TimeoutError:
        print("outer sees TimeoutError")
    async with async_timeout.timeout(0) as cm:
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            print("timeout(0) cancels at the next await")
            raise
        print("not reached")


try:
    asyncio.run(main())
except TimeoutError:
    print("main timed out")
