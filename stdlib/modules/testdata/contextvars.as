import asyncio
import contextvars
from contextvars import ContextVar, copy_context, Context

request_id = ContextVar("request_id", default="none")
user = ContextVar("user")

print(request_id.get(), request_id.name, user.get("anon"))
try:
    user.get()
except LookupError as e:
    print("LookupError", type(e).__name__)
tok = request_id.set("main")
print(request_id.get(), tok.var is request_id, tok.old_value is contextvars.Token.MISSING)
request_id.reset(tok)
print(request_id.get())
try:
    request_id.reset(tok)
except RuntimeError as e:
    print("RuntimeError", "has already been used once" in str(e))
ctx = copy_context()
def in_ctx(x):
    request_id.set(x)
    return request_id.get()
print(ctx.run(in_ctx, "inside"), request_id.get(), ctx[request_id], request_id in ctx, len(ctx), ctx.get(user, "nouser"))
print(list(ctx.keys()) == [request_id], list(ctx.values()), list(ctx.items())[0][1])
def reenter():
    ctx.run(print, "x")
try:
    ctx.run(reenter)
except RuntimeError as e:
    print("RuntimeError", "is already entered" in str(e))
empty = Context()
print(len(empty), empty.run(request_id.get))

async def handle(n):
    request_id.set(f"req-{n}")
    await asyncio.sleep(0.01 * (3 - n))
    print("task", n, request_id.get())
    return request_id.get()

async def child():
    return request_id.get()

async def main():
    request_id.set("parent")
    results = await asyncio.gather(*(handle(i) for i in range(3)))
    print(results, request_id.get())
    print(await asyncio.create_task(child()))
    c = copy_context()
    c.run(request_id.set, "custom")
    print(await asyncio.create_task(child(), context=c))
    loop = asyncio.get_running_loop()
    print(await loop.create_task(child(), context=c))
    request_id.set("changed")
    print(c[request_id], await asyncio.create_task(child()))
    t = asyncio.create_task(child())
    request_id.set("after create")
    print(await t)

asyncio.run(main())
print(request_id.get())
tok2 = user.set("x")
def other():
    try:
        user.reset(tok2)
    except ValueError as e:
        print("ValueError", "different Context" in str(e))
copy_context().run(other)
try:
    request_id.reset(tok2)
except ValueError as e:
    print("ValueError", "different ContextVar" in str(e))
print(ContextVar[int], type(request_id).__name__, type(ctx).__name__)
