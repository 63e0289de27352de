# hello.as: the smallest asyncscript program, sync and async.
import asyncio


def hello(name):
    return f"Hello, {name}!"


async def hello_later(name, delay):
    await asyncio.sleep(delay)
    return hello(name)


print(hello("world"))
print(asyncio.run(hello_later("asyncio", 0.1)))
