# Cancellation: messages, finally/except blocks, suppression, cancelling()
# and uncancel(), cancelling downward through awaited tasks and gather,
# shield, and asyncio.run cancelling what is left.
import asyncio


async def sleeper(name, delay=10):
    try:
        print(name, "sleeping")
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError as e:
        print(name, "cancelled", e.args)
        raise
    finally:
        print(name, "finally")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn swallowed it")
    return "stubborn result"


async def waits_on(task):
    try:
        return await task
    except asyncio.CancelledError:
        print("waiter cancelled; inner cancelled:", task.cancelled())
        raise


async def leftover():
    try:
        await asyncio.sleep(100)
    finally:
        print("leftover cleaned up by asyncio.run")


async def main():
    t = asyncio.create_task(sleeper("a"))
    await asyncio.sleep(0)
    print(t.cancel("stop now"), t.cancelling(), t)
    try:
        await t
    except asyncio.CancelledError as e:
        print("main got", repr(e), t.cancelled())
    print("cancel again:", t.cancel())

    t = asyncio.create_task(sleeper("never-ran"))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before first step:", t.cancelled())

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled(), s.cancelling(), s.uncancel(), s.cancelling())

    inner = asyncio.create_task(sleeper("inner"))
    outer = asyncio.create_task(waits_on(inner))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled(), "inner:", inner.cancelled())

    g = asyncio.gather(sleeper("g1"), sleeper("g2"), sleeper("g3", 0.001))
    await asyncio.sleep(0.02)
    print("gather cancel:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())

    shielded = asyncio.create_task(sleeper("shielded", 0.03))
    sh = asyncio.shield(shielded)
    waiter = asyncio.create_task(waits_on(sh))
    await asyncio.sleep(0.01)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("shield outer cancelled:", sh.cancelled(), "inner still running:", not shielded.done())
    print("shielded result:", await shielded)

    async def self_cancel():
        asyncio.current_task().cancel()
        print("still running after self cancel")
        await asyncio.sleep(0)
        print("not reached")
    try:
        await asyncio.create_task(self_cancel())
    except asyncio.CancelledError:
        print("self cancel done")

    async def cleanup_await():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("cleanup starts")
            await asyncio.sleep(0.01)
            print("cleanup ends")
            raise
    c = asyncio.create_task(cleanup_await())
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.sleep(0)
    print("done yet?", c.done())
    await asyncio.gather(c, return_exceptions=True)
    print("cleanup task cancelled:", c.cancelled())

    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
print("after run")
