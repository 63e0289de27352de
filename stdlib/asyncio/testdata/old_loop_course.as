# How pre-3.7 course material drives asyncio: the loop from
# get_event_loop(), tasks made with loop.create_task / ensure_future and
# waited with asyncio.wait, run_forever stopped by a callback or a
# future's done callback, call_soon_threadsafe from a worker thread, and the
# loop closed at the end.
import asyncio
import time

async def fetch(name, delay):
    await asyncio.sleep(delay)
    print("fetched", name)
    return name.upper()

loop = asyncio.get_event_loop()
tasks = [loop.create_task(fetch(n, d)) for n, d in [("a", 0.03), ("b", 0.01), ("c", 0.02)]]
done, pending = loop.run_until_complete(asyncio.wait(tasks))
print(sorted(t.result() for t in done), pending)

futs = [asyncio.ensure_future(fetch(n, 0.01 * i)) for i, n in enumerate("xyz")]
print(loop.run_until_complete(asyncio.gather(*futs)))

def on_done(fut):
    print("done callback:", fut.result())
    loop.stop()

f = asyncio.ensure_future(fetch("forever", 0.01))
f.add_done_callback(on_done)
loop.run_forever()
print("run_forever returned; pending tasks:", len(asyncio.all_tasks(loop)))

def worker(fut):
    time.sleep(0.02)
    loop.call_soon_threadsafe(fut.set_result, "from a thread")

fut = loop.create_future()
loop.run_in_executor(None, worker, fut)
print(loop.run_until_complete(fut))

result = loop.run_until_complete(loop.run_in_executor(None, sum, [1, 2, 3]))
print("executor:", result)

async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0.01)

def stop_later():
    print("stopping")
    loop.stop()

loop.create_task(ticker(2))
loop.call_later(0.1, stop_later)
loop.run_forever()

async def boom():
    raise ValueError("bad input")

try:
    loop.run_until_complete(boom())
except ValueError as e:
    print("ValueError:", e)

h = loop.call_later(10, print, "never")
print(type(h).__name__, h.cancelled())
h.cancel()
print(h.cancelled())
loop.close()
print(loop.is_closed())
