# The async_timeout module (async-timeout 4.0.2), written in the language:
# timeout(delay) and timeout_at(deadline) cancel the current task at the
# deadline and turn its CancelledError into asyncio.TimeoutError on the
# way out, exactly as async_timeout/__init__.py does.

import asyncio

__version__ = "4.0.2"
__all__ = ("timeout", "timeout_at", "Timeout")


def timeout(delay):
    loop = asyncio.get_running_loop()
    if delay is not None:
        deadline = loop.time() + delay
    else:
        deadline = None
    return Timeout(deadline, loop)


def timeout_at(deadline):
    loop = asyncio.get_running_loop()
    return Timeout(deadline, loop)


class _State:
    __module__ = "async_timeout"

    def __init__(self, name):
        self.value = name
        self.name = name

    def __repr__(self):
        return "<_State.{}: {!r}>".format(self.name, self.value)


_INIT = _State("INIT")
_ENTER = _State("ENTER")
_TIMEOUT = _State("TIMEOUT")
_EXIT = _State("EXIT")


class Timeout:
    __module__ = "async_timeout"
    __slots__ = ("_deadline", "_loop", "_state", "_timeout_handler")

    def __init__(self, deadline, loop):
        self._loop = loop
        self._state = _INIT
        self._timeout_handler = None
        if deadline is None:
            self._deadline = None
        else:
            self.update(deadline)

    def __enter__(self):
        self._do_enter()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self._do_exit(exc_type)
        return None

    async def __aenter__(self):
        self._do_enter()
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        self._do_exit(exc_type)
        return None

    @property
    def expired(self):
        return self._state is _TIMEOUT

    @property
    def deadline(self):
        return self._deadline

    def reject(self):
        if self._state is not _INIT and self._state is not _ENTER:
            raise RuntimeError(f"invalid state {self._state.value}")
        self._reject()

    def _reject(self):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None

    def shift(self, delay):
        deadline = self._deadline
        if deadline is None:
            raise RuntimeError("cannot shift timeout if deadline is not scheduled")
        self.update(deadline + delay)

    def update(self, deadline):
        if self._state is _EXIT:
            raise RuntimeError("cannot reschedule after exit from context manager")
        if self._state is _TIMEOUT:
            raise RuntimeError("cannot reschedule expired timeout")
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        self._deadline = deadline
        if self._state is not _INIT:
            self._reschedule()

    def _reschedule(self):
        deadline = self._deadline
        if deadline is None:
            return
        now = self._loop.time()
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        task = asyncio.current_task()
        if deadline <= now:
            self._timeout_handler = self._loop.call_soon(self._on_timeout, task)
        else:
            self._timeout_handler = self._loop.call_at(deadline, self._on_timeout, task)

    def _do_enter(self):
        if self._state is not _INIT:
            raise RuntimeError(f"invalid state {self._state.value}")
        self._state = _ENTER
        self._reschedule()

    def _do_exit(self, exc_type):
        if exc_type is asyncio.CancelledError and self._state is _TIMEOUT:
            self._timeout_handler = None
            raise asyncio.TimeoutError
        self._state = _EXIT
        self._reject()
        return None

    def _on_timeout(self, task):
        task.cancel()
        self._state = _TIMEOUT
        self._timeout_handler = None
