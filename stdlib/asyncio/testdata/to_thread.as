# to_thread/run_in_executor: blocking work runs concurrently with the loop.
import asyncio
import time


def blocking(name, delay):
    time.sleep(delay)
    return f"{name} slept {delay}"


def boom():
    raise RuntimeError("thread failed")


async def ticker():
    for i in range(3):
        await asyncio.sleep(0.05)
        print("tick", i)


async def main():
    start = time.monotonic()
    r, _ = await asyncio.gather(asyncio.to_thread(blocking, "a", 0.2), ticker())
    print(r)
    rs = await asyncio.gather(*(asyncio.to_thread(blocking, f"t{i}", 0.1) for i in range(4)))
    print(rs)
    try:
        await asyncio.to_thread(boom)
    except RuntimeError as e:
        print("caught", e)
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, "exec", 0.01))
    print("concurrent:", time.monotonic() - start < 0.5)


asyncio.run(main())
