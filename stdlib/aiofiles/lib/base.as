# aiofiles.base: the base of the async file wrappers and the object
# aiofiles.open returns, which is both awaitable and an async context
# manager (aiofiles 23.1's aiofiles/base.py).
from asyncio import get_running_loop


class AsyncBase:
    def __init__(self, file, loop, executor):
        self._file = file
        self._executor = executor
        self._ref_loop = loop

    @property
    def _loop(self):
        return self._ref_loop or get_running_loop()

    def __aiter__(self):
        return self

    def __repr__(self):
        return super().__repr__() + " wrapping " + repr(self._file)

    async def __anext__(self):
        line = await self.readline()
        if line:
            return line
        raise StopAsyncIteration


class _ContextManager:
    __slots__ = ("_coro", "_obj")

    def __init__(self, coro):
        self._coro = coro
        self._obj = None

    def send(self, value):
        return self._coro.send(value)

    def throw(self, *args):
        return self._coro.throw(*args)

    def close(self):
        return self._coro.close()

    def __await__(self):
        # steps the coroutine as `yield from` would (a generator may not
        # yield from a coroutine): what it yields goes to the task, what
        # the task sends or throws goes back in
        coro = self._coro
        value, exc = None, None
        while True:
            try:
                if exc is not None:
                    out = coro.throw(exc)
                else:
                    out = coro.send(value)
            except StopIteration as stop:
                return stop.value
            value, exc = None, None
            try:
                value = yield out
            except BaseException as e:
                exc = e

    async def __aenter__(self):
        self._obj = await self._coro
        return self._obj

    async def __aexit__(self, exc_type, exc, tb):
        self._obj.close()
        self._obj = None


class AiofilesContextManager(_ContextManager):
    async def __aexit__(self, exc_type, exc_val, exc_tb):
        await self._obj.close()
        self._obj = None
