import asyncio

async def inner():
    print("inner starts")
    await asyncio.sleep(0)
    print("inner resumes")
    return 7

async def outer():
    x = await inner()
    print("outer got", x)
    return x * 6

c = outer()
print(type(c).__name__)
print("first send ->", c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("finished with", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def guarded():
    try:
        await asyncio.sleep(0)
    except ValueError as e:
        print("caught inside:", e)
        return "recovered"

g = guarded()
g.send(None)
try:
    g.throw(ValueError("injected"))
except StopIteration as e:
    print("result:", e.value)
