# Twelve tasks interleaving with sleep(0), then a cancellation arriving in
# the middle of a gather inside a TaskGroup inside a timeout.
import asyncio

log = []


async def ping(i, n):
    for k in range(n):
        log.append(f"{i}.{k}")
        await asyncio.sleep(0)
    return i


async def child(name, delay):
    try:
        print(name, "start")
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "finally")


async def gathering():
    try:
        return await asyncio.gather(child("c1", 0.01), child("c2", 1), child("c3", 2))
    except asyncio.CancelledError:
        print("gather cancelled in gathering()")
        raise


async def main():
    res = await asyncio.gather(*(ping(i, i % 4 + 1) for i in range(12)))
    print(res)
    print(" ".join(log))
    log.clear()
    tasks = [asyncio.create_task(ping(i, 3)) for i in range(10)]
    await asyncio.sleep(0)
    tasks[3].cancel()
    tasks[7].cancel()
    r = await asyncio.gather(*tasks, return_exceptions=True)
    print([x if isinstance(x, int) else type(x).__name__ for x in r])
    print(" ".join(log))

    try:
        async with asyncio.timeout(0.05):
            async with asyncio.TaskGroup() as tg:
                g = tg.create_task(gathering())
                tg.create_task(child("solo", 0.02))
                print("group body done")
    except TimeoutError as e:
        print("TimeoutError from timeout()", type(e.__cause__).__name__)
    print("g cancelled:", g.cancelled())

    async def raiser():
        await asyncio.sleep(0.01)
        raise KeyError("k")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(gathering())
            tg.create_task(raiser())
    except* KeyError as eg:
        print("except* KeyError", [repr(e) for e in eg.exceptions])


asyncio.run(main())
