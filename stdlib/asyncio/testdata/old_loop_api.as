# The event loop API of pre-3.7 course material: get_event_loop,
# new_event_loop, set_event_loop, run_until_complete, run_forever/stop,
# close, is_running/is_closed, loop.create_task, ensure_future, and the
# exception handler with CPython's context dicts and errors.
import asyncio

async def work(n):
    await asyncio.sleep(0.01)
    print("work", n)
    return n * 2

loop = asyncio.get_event_loop()
print(loop is asyncio.get_event_loop(), loop.is_running(), loop.is_closed())
print(loop.run_until_complete(work(1)))
t = loop.create_task(work(2), name="second")
print(t.get_name(), loop.run_until_complete(t))
f = asyncio.ensure_future(work(3))
print(type(f).__name__, f.get_name(), loop.run_until_complete(f))
fut = loop.create_future()
loop.call_later(0.01, fut.set_result, "later")
print(loop.run_until_complete(fut))

async def stopper():
    await asyncio.sleep(0.02)
    print("running?", loop.is_running(), asyncio.get_running_loop() is loop)
    print(repr(loop))
    loop.stop()

loop.create_task(stopper())
print(loop.run_forever())
print("after run_forever", loop.is_running())
loop.call_soon(loop.stop)
loop.run_forever()
print("stopped by a callback")

async def nested():
    coro = work(9)
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    other = asyncio.new_event_loop()
    fut = other.create_future()
    try:
        other.run_until_complete(fut)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        other.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    other.close()
    print(asyncio.get_event_loop() is loop)
loop.run_until_complete(nested())

def handler(lp, ctx):
    print("handler:", lp is loop, sorted(ctx), ctx["message"], repr(ctx.get("exception")))
print(loop.get_exception_handler())
loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)

def bad():
    raise ValueError("boom")
h = loop.call_soon(bad)
loop.run_until_complete(asyncio.sleep(0.01))
loop.call_exception_handler({"message": "custom", "x": 1})

async def fails():
    raise KeyError("lost")
t2 = loop.create_task(fails())
loop.run_until_complete(asyncio.sleep(0.01))
print(repr(t2.exception()))
try:
    loop.set_exception_handler(5)
except TypeError as e:
    print("TypeError:", e)

def broken(lp, ctx):
    raise OSError("handler broke")
loop.set_exception_handler(broken)
loop.set_exception_handler(None)
print(loop.get_exception_handler())
loop.close()
loop.close()
print(loop.is_closed(), asyncio.get_event_loop() is loop)
coro = work(4)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
try:
    loop.run_forever()
except RuntimeError as e:
    print("RuntimeError:", e)
coro = work(5)
try:
    loop.create_task(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()

loop2 = asyncio.new_event_loop()
asyncio.set_event_loop(loop2)
print(asyncio.get_event_loop() is loop2, asyncio.get_event_loop() is loop)
print(loop2.run_until_complete(asyncio.gather(work(6), work(7))))
loop2.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

async def main():
    print(asyncio.get_event_loop() is asyncio.get_running_loop())
    return "main done"
print(asyncio.run(main()))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
loop3 = asyncio.new_event_loop()
loop3.call_soon(bad)
loop3.run_until_complete(asyncio.sleep(0))
loop3.close()
