# aiofiles.os and aiofiles.os.path: the os functions run in the executor.
import asyncio
import os
import tempfile

import aiofiles
import aiofiles.os


async def main():
    d = tempfile.mkdtemp()
    p = os.path.join(d, "a.txt")
    async with aiofiles.open(p, "w") as f:
        await f.write("hello")
    print(await aiofiles.os.path.exists(p), await aiofiles.os.path.exists(p + "x"))
    print(await aiofiles.os.path.isfile(p), await aiofiles.os.path.isdir(p), await aiofiles.os.path.isdir(d))
    print(await aiofiles.os.path.getsize(p))
    st = await aiofiles.os.stat(p)
    print(type(st).__name__, st.st_size, len(st), st[6], isinstance(st.st_mtime, float))
    sub = os.path.join(d, "sub")
    await aiofiles.os.mkdir(sub)
    try:
        await aiofiles.os.mkdir(sub)
    except FileExistsError as e:
        print("FileExistsError", e.errno, e.strerror)
    await aiofiles.os.makedirs(os.path.join(sub, "x", "y"))
    print(sorted(await aiofiles.os.listdir(d)))
    q = os.path.join(d, "b.txt")
    await aiofiles.os.rename(p, q)
    print(await aiofiles.os.path.exists(p), await aiofiles.os.path.exists(q))
    await aiofiles.os.replace(q, p)
    await aiofiles.os.remove(p)
    for fn in (aiofiles.os.remove, aiofiles.os.unlink, aiofiles.os.stat):
        try:
            await fn(p)
        except FileNotFoundError as e:
            print(fn.__name__, type(e).__name__, e.errno, e.strerror)
    try:
        await aiofiles.os.rmdir(sub)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    await aiofiles.os.rmdir(os.path.join(sub, "x", "y"))
    await aiofiles.os.rmdir(os.path.join(sub, "x"))
    await aiofiles.os.rmdir(sub)
    print(await aiofiles.os.listdir(d))
    await aiofiles.os.rmdir(d)
    print(await aiofiles.os.path.exists(d))
    print(asyncio.iscoroutinefunction(aiofiles.os.remove), aiofiles.os.remove.__name__)
    coro = aiofiles.os.path.exists(d)
    print(type(coro).__name__)
    print(await coro)


asyncio.run(main())
