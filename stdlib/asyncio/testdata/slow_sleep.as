# Not a deadlock: while main waits on an Event, the only thing left in the
# loop is the timer of a long sleep (short here: real time in the tests),
# after which the Event is set. The deadlock report must not fire.
import asyncio
import time


async def alarm(ev, delay):
    await asyncio.sleep(delay)
    print("alarm rings")
    ev.set()


async def main():
    ev = asyncio.Event()
    start = time.monotonic()
    task = asyncio.create_task(alarm(ev, 0.3))
    await ev.wait()
    await task
    print(f"woke up after {time.monotonic() - start:.1f} s")


asyncio.run(main())
