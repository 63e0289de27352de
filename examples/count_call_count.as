# From "Asynchronous Python Programming with asyncio" (cell In [29]).
# Faithful to the notebook, gather() is not awaited: call_count returns
# at once. In the notebook the loop kept running, so "Two" appeared
# later; run as a script, the program ends when call_count returns, the
# three pending count() tasks are cancelled, and asyncio reports the
# gather future's CancelledError that nobody retrieved.
# Notebook style: top-level await.

# Asynchronous Example
# code pulled/modified from https://realpython.com/async-io-python

import time
import asyncio

async def count():
    # asynchronous co-routine
    print("One")
    # pause here and come back when sleep() is complete
    await asyncio.sleep(1) 
    print("Two")
    
async def call_count():
    # run coroutines concurrently
    asyncio.gather(count(), count(), count()) 
    
await call_count()
