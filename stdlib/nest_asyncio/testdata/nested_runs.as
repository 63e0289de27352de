# nest_asyncio.apply() makes the loop re-entrant: run_until_complete and
# asyncio.run inside a running loop drive that same loop, whose other
# tasks go on meanwhile; the current task is the outer one afterwards.
import asyncio
import nest_asyncio

nest_asyncio.apply()

async def inner(n):
    print("inner", n, asyncio.current_task().get_name())
    await asyncio.sleep(0.3)
    return n + 1

async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.01)

async def main():
    loop = asyncio.get_running_loop()
    print("main", asyncio.current_task().get_name())
    t = asyncio.create_task(ticker())
    print("nested run_until_complete:", loop.run_until_complete(inner(1)))
    print("ticker done:", t.done())
    print("nested asyncio.run:", asyncio.run(inner(10)))
    print("current task:", asyncio.current_task().get_name())
    print("loop running:", loop.is_running(), asyncio.get_running_loop() is loop)
    return "main done"

print(asyncio.run(main()))
loop = asyncio.get_event_loop()
print(loop.is_closed(), loop.is_running())
print(loop.run_until_complete(inner(100)))

def cb():
    print("in callback:", loop.run_until_complete(inner(200)))
    loop.stop()
loop.call_soon(cb)
loop.run_forever()
print("after run_forever", loop.is_running())

async def stops():
    loop.call_later(0.01, loop.stop)
    try:
        loop.run_until_complete(asyncio.sleep(1))
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    loop.run_until_complete(stops())
except RuntimeError as e:
    # the stop request is not consumed by the nested run: it ends the
    # outer one too
    print("outer RuntimeError:", e)
try:
    loop.run_until_complete(inner(300))
except RuntimeError as e:
    # nor by this one: only run_forever consumes it
    print("still stopping:", e)
loop.run_forever()
print(loop.run_until_complete(inner(400)))
try:
    nest_asyncio.apply(5)
except ValueError as e:
    print("ValueError:", e)

async def fails():
    await asyncio.sleep(0)
    raise KeyError("inner failure")

async def outer():
    try:
        asyncio.run(fails())
    except KeyError as e:
        print("KeyError from the nested run:", e)
    return await asyncio.sleep(0, "outer done")
print(loop.run_until_complete(outer()))
