# gather given the same coroutine, task or future more than once: one future
# each, results repeated (tasks.py's arg_to_fut), and a coroutine awaited
# before gather fails as in CPython.
import asyncio


async def f(x):
    await asyncio.sleep(0)
    return x


async def main():
    c = f(1)
    d = f(2)
    print(await asyncio.gather(c, d, c, d, c))
    t = asyncio.ensure_future(f(3))
    print(await asyncio.gather(t, t, f(4)))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(5)
    print(await asyncio.gather(fut, fut, fut))
    print(len(await asyncio.gather(*[f(i) for i in range(1000)])))
    c = f(6)
    await c
    try:
        print(await asyncio.gather(f(7), c, c))
    except Exception as e:
        print(type(e).__name__, e)


asyncio.run(main())
