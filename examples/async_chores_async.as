# async_chores, but after each potato we look up for a moment
# (asyncio.sleep(0.01)) and let the event loop run. Now we notice the
# washing machine has finished while there are still potatoes to clean,
# and the dryer works while we finish them: all done sooner.
import asyncio
import time

START = time.perf_counter()


def now():
    return f"{time.perf_counter() - START:.1f}"


def clean_potato(number):
    # full attention: keep the CPU busy for 0.3 seconds
    end = time.perf_counter() + 0.3
    strokes = 0
    while time.perf_counter() < end:
        strokes += 1
    print(f"[{now()}] potato {number} is clean")


async def laundry():
    print(f"[{now()}] start the washing machine")
    await asyncio.sleep(1.0)
    print(f"[{now()}] the washing machine has finished")
    print(f"[{now()}] start the dryer")
    await asyncio.sleep(1.0)
    print(f"[{now()}] the dryer has finished")


async def dishes():
    print(f"[{now()}] start the dishwasher")
    await asyncio.sleep(0.5)
    print(f"[{now()}] the dishwasher has finished")


async def potatoes():
    print(f"[{now()}] start cleaning potatoes")
    for number in range(1, 6):
        clean_potato(number)
        await asyncio.sleep(0.01)  # look up: let the loop run
    print(f"[{now()}] all the potatoes are clean")


async def main():
    await asyncio.gather(laundry(), dishes(), potatoes())
    print(f"[{now()}] all chores done")


asyncio.run(main())
