# aiofiles: file support for asyncio (aiofiles 23.1's __init__.py; as
# there, aiofiles.os is imported on its own: `import aiofiles.os`).
from aiofiles.threadpool import open

__all__ = ["open"]
