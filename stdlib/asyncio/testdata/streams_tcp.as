# Streams over loopback TCP: task numbering of the server, extra info,
# half-close, flow control with a large write, the Server's life cycle
# and the connection errors (ports and descriptors masked).
import asyncio
import re

def mask(s, port):
    return re.sub(r'fd=\d+', 'fd=N', str(s).replace(str(port), 'PORT'))

async def handle(reader, writer):
    me = asyncio.current_task().get_name()
    print('handler', me, type(reader).__name__, type(writer).__name__)
    print('peer host', writer.get_extra_info('peername')[0], writer.get_extra_info('nope', 'default'))
    total = 0
    while chunk := await reader.read(65536):
        total += len(chunk)
    print('server read', total, 'bytes, at_eof', reader.at_eof())
    writer.write(b'%d\n' % total)
    writer.writelines([b'bye', b' ', b'now\n'])
    await writer.drain()
    writer.close()
    print('closing', writer.is_closing())
    await writer.wait_closed()
    print('handler done')

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    print(mask(server, port), server.is_serving(), server.get_loop() is asyncio.get_running_loop())
    s = server.sockets[0]
    print(s.family, s.type, s.proto, mask(s.getsockname(), port))
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(writer.get_extra_info('peername') == ('127.0.0.1', port), writer.can_write_eof())
    print(asyncio.create_task(asyncio.sleep(0)).get_name())
    data = b'x' * 1_000_000
    writer.write(data)
    await writer.drain()
    writer.write_eof()
    print(await reader.readline(), await reader.readline(), await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    print('client closed', writer.is_closing())
    try:
        writer.write(b'late')
    except Exception as e:
        print('write after close:', type(e).__name__)
    server.close()
    print(mask(server, port), server.is_serving())
    await server.wait_closed()
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print(type(e).__name__, mask(e, port), e.errno, isinstance(e, ConnectionError))
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print('RuntimeError:', mask(e, port))

    # serve_forever until cancelled; start_serving=False
    server = await asyncio.start_server(handle, '127.0.0.1', 0, start_serving=False)
    port = server.sockets[0].getsockname()[1]
    print('serving?', server.is_serving())
    task = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    print('serving?', server.is_serving())
    r, w = await asyncio.open_connection('127.0.0.1', port)
    w.write_eof()
    print(await r.read())
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('serve_forever cancelled; serving?', server.is_serving(), server.sockets)
    w.close()
    await w.wait_closed()
    try:
        await asyncio.start_server(handle, '127.0.0.1', 'bad port')
    except OSError as e:
        print(type(e).__name__, e)

asyncio.run(main())
