import asyncio
async def main():
    print('tick')
    await asyncio.sleep(1)
    print('done')
asyncio.run(main())
