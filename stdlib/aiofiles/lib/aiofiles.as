# aiofiles: file support for asyncio (aiofiles 23.1's __init__.py).
from aiofiles.threadpool import open
import aiofiles.os

del aiofiles  # the name the import bound; the submodule is our attribute os

__all__ = ["open", "os"]
