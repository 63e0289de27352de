# Tasks and futures: reprs, Task-N numbering, done callbacks, states,
# current_task/all_tasks, the loop's scheduling methods.
import asyncio


async def answer():
    await asyncio.sleep(0.01)
    return 42


async def boom():
    raise ValueError("bad")


def cb(tag, log):
    def f(fut):
        log.append((tag, fut.done()))
    return f


async def main():
    me = asyncio.current_task()
    print(me.get_name(), type(me).__name__, isinstance(me, asyncio.Future))
    t = asyncio.create_task(answer())
    print(t)
    await asyncio.sleep(0)
    print(t)
    print(await t, t)
    print(t.done(), t.cancelled(), t.result(), t.exception())
    named = asyncio.create_task(answer(), name="worker")
    print(named.get_name(), asyncio.create_task(answer()).get_name())
    named.set_name("renamed")
    print(named)
    await named

    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut)
    for exc_getter in (fut.result, fut.exception):
        try:
            exc_getter()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    log = []
    fut.add_done_callback(cb("a", log))
    fut.add_done_callback(cb("b", log))
    fut.add_done_callback(cb("c", log))
    print(fut)
    print("removed", fut.remove_done_callback(log.append))
    fut.set_result("ok")
    print("after set_result", log)
    await asyncio.sleep(0)
    print("after one iteration", log)
    try:
        fut.set_exception(RuntimeError("late"))
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

    e = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print(e)
    print(repr(e.exception()))
    try:
        await e
    except ValueError as err:
        print("await raised", repr(err))

    order = []
    loop.call_soon(order.append, "soon1")
    h = loop.call_soon(order.append, "cancelled")
    loop.call_later(0.02, order.append, "later0.02")
    loop.call_later(0.01, order.append, "later0.01")
    loop.call_at(loop.time() + 0.015, order.append, "at0.015")
    loop.call_soon(order.append, "soon2")
    h.cancel()
    print(h.cancelled())
    await asyncio.sleep(0.05)
    print(order)

    f2 = loop.create_future()
    loop.call_later(0.01, f2.set_result, "from call_later")
    print(await f2)
    print(len(asyncio.all_tasks()), me in asyncio.all_tasks())
    print(asyncio.iscoroutinefunction(answer), asyncio.iscoroutinefunction(cb))
    c = answer()
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(answer))
    print(await c)
    r = await loop.run_in_executor(None, sum, [1, 2, 3])
    print("executor", r)
    print(asyncio.FIRST_COMPLETED, asyncio.ALL_COMPLETED, asyncio.FIRST_EXCEPTION)
    print(asyncio.TimeoutError is TimeoutError, issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))
    print(await asyncio.sleep(0.01, result="slept"))


asyncio.run(main())


async def again():
    print("second run", asyncio.current_task().get_name())

asyncio.run(again())
