# From the course notebook "Asynchrous programming", section Timeout.
# Notebook style: top-level await.
import asyncio
import time

async def long_running_task():
    await asyncio.sleep(10)
    return "Task completed"

async def main():
    start_time = time.perf_counter()
    
    try:
        result = await asyncio.wait_for(long_running_task(), timeout=5)
        print(result)
    except asyncio.TimeoutError:
        print("The task did not complete within the timeout period.")
        
    time_taken = time.perf_counter() - start_time
    print(f"Total time taken: {time_taken}")
await main()
