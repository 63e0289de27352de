import asyncio
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED
import threading
import time

def square(x):
    time.sleep(0.01 * (5 - x))
    return x * x

def name_of(x):
    return threading.current_thread().name

with ThreadPoolExecutor(max_workers=2) as pool:
    futs = [pool.submit(square, i) for i in range(5)]
    print([f.result() for f in futs])
    print(list(pool.map(square, [3, 1, 2])))
    print(sorted(f.result() for f in as_completed(futs)))
    print(set(pool.map(name_of, range(4))) <= {"ThreadPoolExecutor-0_0", "ThreadPoolExecutor-0_1"})
    f = pool.submit(square, 4)
    done, not_done = wait([f], return_when=FIRST_COMPLETED)
    print(len(done), len(not_done), f.done(), f.result(), repr(f).split(" state=")[1])
    bad = pool.submit(lambda: 1 / 0)
    print(type(bad.exception()).__name__, repr(bad).split(" state=")[1])
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("raised:", e)
    cb = []
    f2 = pool.submit(square, 2)
    f2.add_done_callback(lambda fu: cb.append(fu.result()))
    f2.result()
    time.sleep(0.01)
    print(cb)
try:
    pool.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
with ThreadPoolExecutor(thread_name_prefix="dl") as p2:
    print(p2.submit(name_of, 0).result())
fut = concurrent.futures.Future()
print(repr(fut).split(" state=")[1], fut.cancel(), fut.cancelled(), fut.done())
try:
    fut.result()
except concurrent.futures.CancelledError:
    print("CancelledError")
fut = concurrent.futures.Future()
try:
    fut.result(timeout=0.01)
except TimeoutError:
    print("TimeoutError", concurrent.futures.TimeoutError is TimeoutError)

def blocking_io(n):
    time.sleep(0.05)
    return f"io-{n}-{threading.current_thread().name}"

async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool") as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, blocking_io, i) for i in range(3)))
        print(results)
        cf = pool.submit(square, 3)
        print(await asyncio.wrap_future(cf))
    print(await loop.run_in_executor(None, square, 2))
    with ThreadPoolExecutor(max_workers=1) as pool:
        try:
            await loop.run_in_executor(pool, square, "x")
        except TypeError as e:
            print("TypeError:", e)

asyncio.run(main())
