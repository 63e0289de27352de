# From the asyncio course text, "Don't wait": tasks that nobody awaits
# still run, as long as main is still sleeping.
import asyncio

async def main_async_function():
    print("Starting main function")
    task1 = asyncio.create_task(my_async_function1())
    task2 = asyncio.create_task(my_async_function2())
    print("main function doing other work")
    await asyncio.sleep(3)
    print("Done with main function")

async def my_async_function1():
    print("Hello from my async function 1")
    await asyncio.sleep(2)
    print("Done with async function 1")

async def my_async_function2():
    print("Hello from my async function 2")
    await asyncio.sleep(1)
    print("Done with async function 2")

asyncio.run(main_async_function())
