# gather, wait, as_completed, wait_for, timeout()/timeout_at() and TaskGroup.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print("job", name, "done")
    return name


def names(ts):
    return sorted(t.get_name() for t in ts)


async def main():
    print(await asyncio.gather(job("a", 0.03), job("b", 0.01), job("c", 0.02)))
    print(await asyncio.gather())
    res = await asyncio.gather(job("x", 0.01), job("y", 0.005, fail=True), return_exceptions=True)
    print([repr(r) for r in res])
    slow = asyncio.create_task(job("slow", 0.05))
    try:
        await asyncio.gather(job("f", 0.01, fail=True), slow)
    except ValueError as e:
        print("first exception:", e, "slow still running:", not slow.done())
    print("slow finishes anyway:", await slow)

    ts = [asyncio.create_task(job(n, d), name=n) for n, d in [("p", 0.3), ("q", 0.05), ("r", 0.15)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED", names(done), names(pending), type(done).__name__)
    done, pending = await asyncio.wait(ts, timeout=0.05)
    print("timeout", names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print("ALL_COMPLETED", names(done), names(pending))
    e1 = asyncio.create_task(job("e1", 0.02, fail=True), name="e1")
    e2 = asyncio.create_task(job("e2", 0.1), name="e2")
    done, pending = await asyncio.wait([e1, e2], return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", names(done), names(pending), repr(e1.exception()))
    await e2

    for i, fut in enumerate(asyncio.as_completed([job("s1", 0.15), job("s2", 0.05), job("s3", 0.1)])):
        print("as_completed", i, await fut)
    try:
        for fut in asyncio.as_completed([asyncio.sleep(0.01, "quick"), asyncio.sleep(1, "slow")], timeout=0.05):
            print("in time", await fut)
    except TimeoutError:
        print("as_completed timed out")

    print(await asyncio.wait_for(job("w1", 0.01), timeout=1))
    try:
        await asyncio.wait_for(job("w2", 1), timeout=0.01)
    except TimeoutError as e:
        print("wait_for timeout", repr(e), type(e.__cause__).__name__)
    print(await asyncio.wait_for(job("w3", 0), timeout=None))

    try:
        async with asyncio.timeout(0.02) as cm:
            print(cm.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout() expired:", cm.expired())
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 0.05)
        await asyncio.sleep(0.02)
        print("rescheduled, survived", cm.expired())
    async with asyncio.timeout(None) as cm:
        print("no deadline", cm.when())
    try:
        async with asyncio.timeout_at(asyncio.get_running_loop().time() + 0.01):
            await job("never", 1)
    except TimeoutError:
        print("timeout_at expired")

    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("tg1", 0.02))
        t2 = tg.create_task(job("tg2", 0.01), name="second")
        print("inside group", t2.get_name())
    print("group done", t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("ok", 0.01))
            tg.create_task(job("bad1", 0.02, fail=True))
            tg.create_task(job("bad2", 0.02, fail=True))
            tg.create_task(job("cancelled", 1))
    except* ValueError as eg:
        print("except*", sorted(str(e) for e in eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("x", 0.01, fail=True))
            await asyncio.sleep(1)
    except ExceptionGroup as eg:
        print("group:", eg, [repr(e) for e in eg.exceptions])


asyncio.run(main())
