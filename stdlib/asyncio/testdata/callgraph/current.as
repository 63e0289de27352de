# The current task's graph: depth skips frames, limit trims them, a task
# awaited with `await task` lists its awaiter, capture_call_graph returns
# the objects, and outside a task there is nothing (or an error).
import asyncio


def show():
    asyncio.print_call_graph(depth=2)


async def leaf():
    show()
    print("--")
    asyncio.print_call_graph(limit=-1)
    print("--")
    print(asyncio.format_call_graph(limit=1))
    print("--")
    g = asyncio.capture_call_graph()
    print(type(g).__name__, g.future is asyncio.current_task())
    print([e.frame.f_code.co_qualname for e in g.call_stack])
    print(g.call_stack[1].frame.f_lineno)
    print([a.future.get_name() for a in g.awaited_by])
    return 7


async def middle():
    return await leaf()


async def main():
    t = asyncio.create_task(middle(), name="mid")
    print(await t)
    loop = asyncio.get_running_loop()
    done = loop.create_future()

    def callback():
        print(repr(asyncio.format_call_graph()))
        asyncio.print_call_graph()
        done.set_result(None)

    loop.call_soon(callback)
    await done


asyncio.run(main())
try:
    asyncio.capture_call_graph()
except RuntimeError as e:
    print(e)
