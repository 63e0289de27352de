# Async sleep in a queue: jobs (how long to sleep) wait in an
# asyncio.Queue, and a fixed number of workers take them one by one.
import asyncio
import time


async def worker(name, queue, start):
    while True:
        job, seconds = await queue.get()
        print(f"{name} takes {job} ({seconds} s) at {time.perf_counter() - start:.1f}")
        await asyncio.sleep(seconds)
        print(f"{name} finished {job}")
        queue.task_done()


async def main():
    start = time.perf_counter()
    queue = asyncio.Queue()
    jobs = [("a", 0.5), ("b", 1.2), ("c", 0.3), ("d", 0.6), ("e", 0.5), ("f", 0.2)]
    for job in jobs:
        queue.put_nowait(job)
    print(f"{queue.qsize()} jobs in the queue")

    workers = [asyncio.create_task(worker(f"worker-{n}", queue, start)) for n in range(3)]
    await queue.join()
    print("queue empty:", queue.empty())

    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(f"Elapsed: {time.perf_counter() - start:.3f} seconds")


asyncio.run(main())
