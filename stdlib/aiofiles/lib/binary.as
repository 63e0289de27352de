# aiofiles.threadpool.binary: the async wrappers of binary files.
from aiofiles.base import AsyncBase
from aiofiles.threadpool.utils import delegate_to_executor, proxy_method_directly, proxy_property_directly


@delegate_to_executor("close", "flush", "isatty", "read", "read1", "readinto", "readline",
                      "readlines", "seek", "seekable", "tell", "truncate", "writable", "write",
                      "writelines")
@proxy_method_directly("detach", "fileno", "readable")
@proxy_property_directly("closed", "raw", "name", "mode")
class AsyncBufferedIOBase(AsyncBase):
    """The asyncio executor version of io.BufferedWriter and BufferedIOBase."""


@delegate_to_executor("peek")
class AsyncBufferedReader(AsyncBufferedIOBase):
    """The asyncio executor version of io.BufferedReader and Random."""
