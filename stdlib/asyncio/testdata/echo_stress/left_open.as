# A server and a connection left open when main() returns.
import asyncio

async def handle(reader, writer):
    writer.write(await reader.readline())

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    reader, writer = await asyncio.open_connection(*server.sockets[0].getsockname())
    writer.write(b'ping\n')
    print(await reader.readline())

asyncio.run(main())
