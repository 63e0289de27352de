# From the course notebook (cell In [15]): greeting three people
# synchronously, then asynchronously. Notebook style: top-level await.
import asyncio
import time

def greet(name: str):
    print("[sync]", "Hello")
    time.sleep(1)
    print("[sync]", name)

async def greet_async(name: str):
    print("[async]", "Hello")
    # We execute the first part of the function, then give the control back to the loop to execute something else instead of waiting
    await asyncio.sleep(1)
    print("[sync]", name)

# Sync approach takes 3 seconds
s = time.perf_counter()
greet("Juan")
greet("Sebastian")
greet("Andres")
print(f"Sync executed in: {time.perf_counter() - s}")

# Async approach takes 1 second because instead of waiting in the first greet_async, the loop continue with the next one
s = time.perf_counter()
async def main():
    await asyncio.gather(greet_async("Juan"), greet_async("Sebastian"), greet_async("Andres"))
## In Jupyter notebooks we can await async functions without assigning it to a loop
await main()
print(f"Async executed in: {time.perf_counter() - s}")
