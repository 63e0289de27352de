# From the course notebook "Asynchrous programming", section With tasks.
# Notebook style: top-level await.
import asyncio
import time

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    task1 = asyncio.create_task(say_after(2, 'Hello'))
    task2 = asyncio.create_task(say_after(5, 'World'))

    print('Started tasks')
    await task1
    await task2
    print('Finished tasks')

await main()
