# Connection errors as Python exceptions: a reset by the peer, writes to
# a closed peer, drain after the connection is lost, bad arguments.
import asyncio

async def main():
    closed = asyncio.Event()
    async def rude(reader, writer):
        # close without reading what the client sent: the kernel answers RST
        await asyncio.sleep(0.05)
        writer.transport.abort()
        closed.set()
    server = await asyncio.start_server(rude, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'unread data\n')
    await writer.drain()
    await closed.wait()
    try:
        print(await reader.read(100))
    except ConnectionResetError as e:
        print('read:', type(e).__name__, e)
    try:
        for i in range(10):
            writer.write(b'x' * 1000)
            await writer.drain()
        print('drained')
    except (ConnectionResetError, BrokenPipeError) as e:
        print('drain:', type(e).__name__, e)
    print(writer.is_closing(), reader.at_eof(), type(reader.exception()).__name__)
    try:
        await writer.wait_closed()
    except ConnectionError as e:
        print('wait_closed:', type(e).__name__, e)
    writer.close()
    server.close()
    await server.wait_closed()

    for bad in [lambda: asyncio.open_connection('127.0.0.1', port, limit=0),
                lambda: asyncio.open_connection('127.0.0.1', 70000),
                lambda: asyncio.start_server(None, '127.0.0.1', port, bogus=1)]:
        try:
            await bad()
        except Exception as e:
            print(type(e).__name__, e)

    # binding a port in use
    server = await asyncio.start_server(rude, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    try:
        await asyncio.start_server(rude, '127.0.0.1', port)
    except OSError as e:
        print(type(e).__name__, str(e).replace(str(port), 'PORT'), e.errno)
    server.close()

    # the server's callback raising is logged and the connection closed
    async def broken(reader, writer):
        1 / 0
    server = await asyncio.start_server(broken, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(await reader.read(), reader.at_eof())
    writer.close()
    server.close()

asyncio.run(main())
