# sys.exit() inside a task ends asyncio.run and the program with its
# status; the cancelled main task runs its finally first, and the task's
# unretrieved SystemExit is reported after the exit message.
import asyncio
import sys


async def worker():
    await asyncio.sleep(0)
    print("worker exits")
    sys.exit("worker says bye")


async def main():
    asyncio.create_task(worker())
    try:
        await asyncio.sleep(1)
        print("not reached")
    finally:
        print("main finally")


try:
    asyncio.run(main())
finally:
    print("after asyncio.run")
