# The loop's exception handler gets CPython's context dicts: a callback
# that raised (handle), a task's exception nobody retrieved (future), a
# handler that raises itself (the default handler then reports it with
# the original context), and the default handler's "key: repr" lines.
import asyncio

seen = []

def handler(loop, ctx):
    keys = sorted(ctx)
    print("handler got", keys, "|", ctx["message"])
    for k in keys:
        if k not in ("message",):
            print("   ", k, "=", type(ctx[k]).__name__)
    seen.append(ctx)

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(int, "not a number")
    await asyncio.sleep(0)
    fut = loop.create_future()
    loop.call_exception_handler({"message": "custom", "future": fut, "extra": 42})
    print(loop.get_exception_handler() is handler)

    def broken(loop, ctx):
        raise RuntimeError("the handler itself failed")
    loop.set_exception_handler(broken)
    loop.call_soon(int, "x")
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "", "answer": 42})
    loop.default_exception_handler({"message": "direct call", "future": fut})
    fut.cancel()
    print("end of main")

asyncio.run(main())
print(len(seen), seen[0]["exception"].args)
