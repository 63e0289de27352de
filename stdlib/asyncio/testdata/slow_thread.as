# Not a deadlock: main waits on a Queue that a task fills once a thread
# (to_thread) has worked for 300 ms; meanwhile nothing is ready and no
# timer is set, only the thread is pending. The deadlock report must not
# fire.
import asyncio
import time


def fetch():
    time.sleep(0.3)
    return "data"


async def producer(q):
    q.put_nowait(await asyncio.to_thread(fetch))


async def main():
    q = asyncio.Queue()
    start = time.perf_counter()
    task = asyncio.create_task(producer(q))
    print("got", await q.get())
    await task
    # how long it took depends on the machine; that it waited does not
    print("waited for the thread:", time.perf_counter() - start >= 0.3)


asyncio.run(main())
