# A coroutine a global still holds is collected at exit: CPython's
# warning then reads "sys:1" and has no tracemalloc hint (the import
# machinery is gone when warnings._formatwarnmsg_impl tries tracemalloc).
import asyncio


async def work():
    return 1


async def main():
    global held
    held = work()
    print("holding", asyncio.iscoroutine(held))

asyncio.run(main())
print("end")
