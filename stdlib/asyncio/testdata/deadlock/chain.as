# Deadlock: a task awaits itself through a chain of tasks (a -> b -> c -> a).
import asyncio

async def a():
    await tasks["b"]

async def b():
    await tasks["c"]

async def c():
    await tasks["a"]

tasks = {}

async def main():
    tasks["a"] = asyncio.create_task(a())
    tasks["b"] = asyncio.create_task(b())
    tasks["c"] = asyncio.create_task(c())
    await tasks["a"]

asyncio.run(main())
