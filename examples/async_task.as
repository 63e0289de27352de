# A Task wraps a coroutine and schedules it on the event loop: it starts
# running as soon as the creating code awaits something, even if nobody
# awaits the task itself yet.
import asyncio
import time


async def work(name, seconds):
    print(f"{name}: started")
    await asyncio.sleep(seconds)
    print(f"{name}: done after {seconds} s")
    return name.upper()


async def main():
    start = time.perf_counter()
    first = asyncio.create_task(work("first", 1))
    second = asyncio.create_task(work("second", 0.5), name="second-task")
    print("tasks created:", first.get_name(), second.get_name())
    print("done?", first.done(), second.done())
    print(repr(second))

    await asyncio.sleep(0.75)
    print("after 0.75 s, done?", first.done(), second.done())
    print("second result:", second.result())

    result = await first
    print("first result:", result)
    print("done?", first.done(), second.done())
    print(repr(second))
    print(f"Elapsed: {time.perf_counter() - start:.3f} seconds")


asyncio.run(main())
