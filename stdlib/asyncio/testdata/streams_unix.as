# Streams over a Unix domain socket.
import asyncio, os, tempfile

async def handle(reader, writer):
    print('server: peer', repr(writer.get_extra_info('peername')), 'sock', writer.get_extra_info('sockname') == PATH)
    writer.write((await reader.readline()).upper())
    await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_unix_server(handle, PATH)
    s = server.sockets[0]
    print(s.family, s.type, s.proto, s.getsockname() == PATH, repr(s).replace(PATH, 'PATH').split('fd=')[1].split(',', 1)[1])
    reader, writer = await asyncio.open_unix_connection(PATH)
    print('client: peer', writer.get_extra_info('peername') == PATH, repr(writer.get_extra_info('sockname')))
    writer.write(b'over a unix socket\n')
    print(await reader.readline(), await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print('socket file left:', os.path.exists(PATH))
    try:
        await asyncio.open_unix_connection(PATH)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e)
    server = await asyncio.start_unix_server(handle, PATH)  # the stale file is replaced
    server.close()
    os.remove(PATH)
    try:
        await asyncio.open_unix_connection(PATH)
    except FileNotFoundError as e:
        print(type(e).__name__, e)

PATH = os.path.join(tempfile.mkdtemp(), 'echo.sock')
asyncio.run(main())
