# The notebook case: code already running on a loop (a cell, a callback)
# applies nest_asyncio and then calls asyncio.run, which raised before.
import asyncio

async def fetch(i):
    await asyncio.sleep(0.01 * i)
    return i * i

def sync_api():
    # a synchronous library function that runs its own coroutines
    coro = fetch(3)
    try:
        return asyncio.run(coro)
    finally:
        coro.close()

async def cell():
    try:
        sync_api()
    except RuntimeError as e:
        print("before apply:", e)
    import nest_asyncio
    nest_asyncio.apply()
    print("after apply:", sync_api())
    results = await asyncio.gather(*(fetch(i) for i in range(4)))
    print(results, sync_api())
    loop = asyncio.get_running_loop()
    print(loop.run_until_complete(asyncio.gather(fetch(1), fetch(2))))

asyncio.run(cell())
