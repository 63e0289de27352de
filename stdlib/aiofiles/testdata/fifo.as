# The blocking calls run off the event loop: opening a FIFO for reading
# waits until a writer opens it, and meanwhile the loop runs other tasks
# (the ticker, then the writer that unblocks the reader).
import asyncio
import os
import tempfile

import aiofiles


async def reader(path):
    async with aiofiles.open(path) as f:
        print("reader opened")
        return await f.read()


async def writer(path):
    await asyncio.sleep(0.5)
    print("writer opens")
    async with aiofiles.open(path, "w") as f:
        await f.write("through the fifo")


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.02)


async def main():
    d = tempfile.mkdtemp()
    path = os.path.join(d, "fifo")
    os.mkfifo(path)
    got, _, _ = await asyncio.wait_for(asyncio.gather(reader(path), writer(path), ticker()), 10)
    print(got)
    os.remove(path)
    os.rmdir(d)


asyncio.run(main())
