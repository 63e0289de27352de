# The graph of a suspended task seen from another task, of the future it
# waits on (a Future's graph lists who awaits it), and limit.
import asyncio


async def hold(fut):
    return await fut


async def worker(fut):
    value = await hold(fut)
    return value * 2


async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(worker(fut), name="worker")
    await asyncio.sleep(0)
    asyncio.print_call_graph(t)
    print("--")
    asyncio.print_call_graph(fut)
    print("--")
    print(asyncio.format_call_graph(t, limit=1))
    print("--")
    print(asyncio.format_call_graph(t, limit=-1))
    print("--")
    print(asyncio.format_call_graph(fut, limit=0))
    fut.set_result(21)
    print(await t)


asyncio.run(main())
