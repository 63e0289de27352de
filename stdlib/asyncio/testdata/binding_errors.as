# Argument binding errors of asyncio's functions, methods and constructors.
# Those CPython writes in Python count self and give the qualified name
# ("Queue.put_nowait() takes 2 positional arguments but 3 were given");
# its C types (Future, Task) use Argument Clinic's wording.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    c = asyncio.Condition()
    fut = loop.create_future()
    tests = [
        lambda: q.put_nowait(),
        lambda: q.put_nowait(1, 2),
        lambda: q.get_nowait(1),
        lambda: q.full(1),
        lambda: q.task_done(1),
        lambda: c.notify(1, 2),
        lambda: c.wait_for(),
        lambda: fut.cancel(1, 2),
        lambda: fut.add_done_callback(),
        lambda: fut.set_result(),
        lambda: fut.result(1),
        lambda: fut.remove_done_callback(),
        lambda: fut.set_exception(),
        lambda: asyncio.current_task().set_name(),
        lambda: loop.create_task(),
        lambda: loop.run_until_complete(),
        lambda: asyncio.Event().is_set(1),
        lambda: asyncio.Lock().locked(1),
        lambda: asyncio.Lock(1),
        lambda: asyncio.Event(1),
        lambda: asyncio.Condition(1, 2),
        lambda: asyncio.Semaphore(1, 2),
        lambda: asyncio.BoundedSemaphore(1, 2),
        lambda: asyncio.Queue(1, 2),
        lambda: asyncio.LifoQueue(1, 2),
        lambda: asyncio.TaskGroup(1),
        lambda: asyncio.TaskGroup().create_task(),
        lambda: asyncio.TaskGroup().__aexit__(),
        lambda: asyncio.timeout(1).reschedule(),
        lambda: asyncio.timeout(1).__aexit__(),
        lambda: asyncio.Future(1),
        lambda: asyncio.Task(),
        lambda: asyncio.sleep(),
        lambda: asyncio.create_task(),
        lambda: asyncio.wait_for(),
        lambda: asyncio.timeout(),
    ]
    for t in tests:
        try:
            t()
        except Exception as e:
            print(type(e).__name__ + ":", e)


asyncio.run(main())
