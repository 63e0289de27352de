# print_call_graph() from a plain function called by a coroutine chain of
# a task that gather() runs: its awaiter is the task that called gather.
import asyncio


def report():
    asyncio.print_call_graph()


async def inner(label):
    if label == "a":
        report()
    await asyncio.sleep(0)


async def worker(label):
    await inner(label)
    return label


async def main():
    print(await asyncio.gather(worker("a"), worker("b")))


asyncio.run(main())
