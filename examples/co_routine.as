# Calling an async function does not run it: it returns a coroutine
# object. Only awaiting the coroutine (or handing it to the event loop)
# runs its body.
import asyncio


async def add(a, b):
    print(f"adding {a} and {b}")
    await asyncio.sleep(0.5)
    return a + b


def plain_add(a, b):
    return a + b


async def main():
    coro = add(2, 3)
    print("called add(2, 3), nothing printed yet")
    print(type(coro).__name__)
    print(coro)
    print("iscoroutine:", asyncio.iscoroutine(coro))
    print("iscoroutinefunction(add):", asyncio.iscoroutinefunction(add))
    print("iscoroutinefunction(plain_add):", asyncio.iscoroutinefunction(plain_add))
    result = await coro
    print("result:", result)
    # a coroutine can be awaited only once
    try:
        await coro
    except RuntimeError as err:
        print("RuntimeError:", err)
    # await chains coroutines: the inner one runs inside the outer one
    total = await add(await add(1, 2), await add(3, 4))
    print("total:", total)


print("before asyncio.run")
asyncio.run(main())
print("after asyncio.run")
