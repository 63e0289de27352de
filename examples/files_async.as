# Reading files with aiofiles: the same counts as files_sync, but the
# files are read at the same time, each read running in the event loop's
# thread pool. (The course's files_async.)
# golden: untimed (CPython's time here is importing aiofiles and starting
# its thread pool)
import asyncio
import os
import tempfile
import time

import aiofiles
import aiofiles.os


async def create_files(folder, count):
    names = []
    for i in range(1, count + 1):
        path = os.path.join(folder, f"file{i}.txt")
        async with aiofiles.open(path, "w") as fh:
            await fh.write("".join(f"This is line {j} of file {i}\n" for j in range(1, 10 * i + 1)))
        names.append(path)
    return names


async def count(path):
    print(f"Reading {os.path.basename(path)}")
    lines = words = chars = 0
    async with aiofiles.open(path) as fh:
        async for line in fh:
            lines += 1
            words += len(line.split())
            chars += len(line)
    return lines, words, chars


async def main():
    folder = tempfile.mkdtemp()
    names = await create_files(folder, 5)
    start = time.monotonic()
    results = await asyncio.gather(*(count(path) for path in names))
    total = 0
    for path, (lines, words, chars) in zip(names, results):
        print(f"{os.path.basename(path)}: {lines} lines, {words} words, {chars} characters")
        total += lines
    print(f"Total: {total} lines")
    print(f"Elapsed: {time.monotonic() - start:.1f} seconds")
    for path in names:
        await aiofiles.os.remove(path)
    await aiofiles.os.rmdir(folder)


asyncio.run(main())
