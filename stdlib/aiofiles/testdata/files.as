# aiofiles.open: text and binary files, awaited or as an async context
# manager, every delegated method, async iteration and the errors.
import asyncio
import os
import tempfile

import aiofiles


async def attempt(label, coro):
    try:
        print(label, repr(await coro))
    except Exception as e:
        print(label, type(e).__name__, e)


async def main():
    d = tempfile.mkdtemp()
    p = os.path.join(d, "notes.txt")
    async with aiofiles.open(p, "w") as f:
        print(type(f).__name__, type(f).__module__, f.mode, f.name == p, f.closed, f.encoding)
        print(await f.write("line one\n"))
        await f.writelines(["two\n", "three\n"])
        print(await f.tell(), await f.writable(), await f.seekable(), await f.readable())
        await attempt("read on w", f.read())
        await f.flush()
    print(f.closed)

    f = await aiofiles.open(p)
    print(type(f).__name__, f.mode)
    print(repr(await f.read(4)), repr(await f.readline()), await f.tell())
    print(await f.readlines())
    print(repr(await f.read()))
    print(await f.seek(0), repr(await f.read()))
    await f.close()
    print(f.closed)
    await attempt("read closed", f.read())

    async with aiofiles.open(p) as f:
        async for line in f:
            print("line:", repr(line))

    async with aiofiles.open(p, mode="a") as f:
        await f.write("four\n")
    async with aiofiles.open(p, "r") as f:
        print((await f.read()).splitlines())

    b = os.path.join(d, "data.bin")
    async with aiofiles.open(b, "wb") as f:
        print(type(f).__name__, f.mode)
        print(await f.write(b"\x00\x01binary\n"), await f.write(bytearray(b"more\n")))
        await attempt("write str", f.write("text"))
    async with aiofiles.open(b, "rb") as f:
        print(type(f).__name__, f.mode)
        print(await f.read(2), await f.readline(), await f.tell())
        print(await f.read())
        await f.seek(0)
        async for chunk in f:
            print("chunk:", chunk)
    async with aiofiles.open(b, "r+b") as f:
        print(type(f).__name__, f.mode)
        await f.seek(2)
        await f.write(b"BINARY")
        await f.seek(0)
        print(await f.read())
    async with aiofiles.open(b, "ab") as f:
        print(type(f).__name__, await f.write(b"end"))

    # the object aiofiles.open returns
    cm = aiofiles.open(p)
    print(type(cm).__name__)
    f = await cm
    print(len(await f.read()))
    await f.close()

    # reads of several files at once
    names = []
    for i in range(5):
        name = os.path.join(d, f"f{i}.txt")
        async with aiofiles.open(name, "w") as f:
            await f.write(str(i) * (i + 1))
        names.append(name)

    async def read(name):
        async with aiofiles.open(name) as f:
            return await f.read()

    print(await asyncio.gather(*(read(n) for n in names)))
    task = asyncio.create_task(read(names[2]))
    print(await task)

    # errors
    for mode in ("r", "rb"):
        try:
            async with aiofiles.open(os.path.join(d, "missing"), mode) as f:
                pass
        except FileNotFoundError as e:
            print("missing", mode, e.errno, e.strerror)
    try:
        await aiofiles.open(d)
    except IsADirectoryError as e:
        print("directory", e.errno, e.strerror)
    try:
        await aiofiles.open(p, "q")
    except ValueError as e:
        print("mode", e)
    try:
        async with aiofiles.open(p, "r") as f:
            await f.write("x")
    except Exception as e:
        print(type(e).__name__, e)

    for n in names + [p, b]:
        os.remove(n)
    os.rmdir(d)


asyncio.run(main())
