# aiofiles.os: the file functions of the os module, run in the loop's
# executor (aiofiles 23.1's aiofiles/os.py).
import asyncio
import os


def wrap(func):
    async def run(*args, loop=None, executor=None, **kwargs):
        if loop is None:
            loop = asyncio.get_running_loop()
        return await loop.run_in_executor(executor, lambda: func(*args, **kwargs))
    run.__name__ = func.__name__
    run.__qualname__ = func.__name__
    run.__doc__ = func.__doc__
    run.__wrapped__ = func
    return run


import aiofiles.ospath

path = aiofiles.ospath
del aiofiles

if hasattr(os, "stat"):
    stat = wrap(os.stat)
if hasattr(os, "rename"):
    rename = wrap(os.rename)
if hasattr(os, "renames"):
    renames = wrap(os.renames)
if hasattr(os, "replace"):
    replace = wrap(os.replace)
if hasattr(os, "remove"):
    remove = wrap(os.remove)
if hasattr(os, "unlink"):
    unlink = wrap(os.unlink)
if hasattr(os, "mkdir"):
    mkdir = wrap(os.mkdir)
if hasattr(os, "makedirs"):
    makedirs = wrap(os.makedirs)
if hasattr(os, "rmdir"):
    rmdir = wrap(os.rmdir)
if hasattr(os, "removedirs"):
    removedirs = wrap(os.removedirs)
if hasattr(os, "link"):
    link = wrap(os.link)
if hasattr(os, "symlink"):
    symlink = wrap(os.symlink)
if hasattr(os, "readlink"):
    readlink = wrap(os.readlink)
if hasattr(os, "listdir"):
    listdir = wrap(os.listdir)
if hasattr(os, "scandir"):
    scandir = wrap(os.scandir)
if hasattr(os, "access"):
    access = wrap(os.access)
if hasattr(os, "sendfile"):
    sendfile = wrap(os.sendfile)
