# From the course notebook "Asynchrous programming", section Basic.
# Notebook style: top-level await.
import asyncio
import time

async def main():
    print('Hello')
    await asyncio.sleep(5)
    print('World')
    
await main()

# When executing in normal programs
# outside of Jupyter Notebook,
# use below method instead:
#
# asyncio.run(main())
