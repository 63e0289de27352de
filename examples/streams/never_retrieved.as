import asyncio
async def bad():
    raise ValueError('x')
async def main():
    print('start')
    asyncio.ensure_future(bad())
    await asyncio.sleep(0.1)
    print('end')
asyncio.run(main())
print('after')
