# What aiofiles gives back: file methods and aiofiles.open make
# awaitables a task can run, and a forgotten await on them goes unreported
# (they are generator-based coroutines in aiofiles 23.1), while
# aiofiles.os functions are coroutine functions whose forgotten await
# CPython reports.
import asyncio
import os
import tempfile

import aiofiles
import aiofiles.os


async def main():
    d = tempfile.mkdtemp()
    p = os.path.join(d, "x.txt")
    cm = aiofiles.open(p, "w")
    del cm
    async with aiofiles.open(p, "w") as f:
        f.write("forgotten")
        task = asyncio.create_task(f.write("via a task"))
        print(await task)
        print(await asyncio.gather(f.write("!")))
    async with aiofiles.open(p) as f:
        print(await f.read())
    print(asyncio.iscoroutinefunction(aiofiles.os.remove))
    aiofiles.os.remove(p)
    await aiofiles.os.remove(p)
    await aiofiles.os.rmdir(d)


asyncio.run(main())
