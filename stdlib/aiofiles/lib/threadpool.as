# aiofiles.threadpool: aiofiles.open, which opens the file in the loop's
# executor and wraps it by its type (aiofiles 23.1's
# threadpool/__init__.py).
import asyncio

sync_open = open
from aiofiles.base import AiofilesContextManager
from aiofiles.threadpool.binary import AsyncBufferedIOBase, AsyncBufferedReader
from aiofiles.threadpool.text import AsyncTextIOWrapper


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None, *, loop=None, executor=None):
    return AiofilesContextManager(_quiet(_open(file, mode=mode, buffering=buffering, encoding=encoding,
                                        errors=errors, newline=newline, closefd=closefd,
                                        opener=opener, loop=loop, executor=executor)))


async def _open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
                closefd=True, opener=None, *, loop=None, executor=None):
    if loop is None:
        loop = asyncio.get_running_loop()
    f = await loop.run_in_executor(
        executor,
        lambda: sync_open(file, mode=mode, buffering=buffering, encoding=encoding,
                          errors=errors, newline=newline, closefd=closefd, opener=opener))
    return wrap(f, loop=loop, executor=executor)


def wrap(file, *, loop=None, executor=None):
    kind = type(file).__name__
    if kind == "TextIOWrapper":
        return AsyncTextIOWrapper(file, loop=loop, executor=executor)
    if kind == "BufferedWriter":
        return AsyncBufferedIOBase(file, loop=loop, executor=executor)
    if kind in ("BufferedReader", "BufferedRandom"):
        return AsyncBufferedReader(file, loop=loop, executor=executor)
    raise TypeError("Unsupported io type: {}.".format(file))
