# From the course notebook (cell In [20]): chaining coroutines, the
# result of one is the input of the next. Notebook style: top-level await.
# random.seed makes the temperature the same on every run.
import random
import asyncio

random.seed(2024)

async def get_temperature():
    print("[get_temperature]", "Obtaining temperature from our amaizing towers!")
    await asyncio.sleep(1)
    return random.randint(10, 40)

async def wear_jacket(temperature):
    print("[wear_jacket]", "Calculating if you should wear a jacket!")
    await asyncio.sleep(1)
    return temperature < 20

async def main():
    print("[main]", "Starting program")
    temperature = await get_temperature()
    should_wear_jacket = await wear_jacket(temperature)
    msg = "Wear a jacket!" if should_wear_jacket is True else "Don't wear a jacket!"
    print("Temperature:", temperature, msg)
    
# Runtime of the main function is equalts to the sum of the called tasks runtime
await main()
    
