# Flow control both ways: a server whose reader has a tiny limit pauses
# and resumes the socket while it reads slowly; the client's drain()
# waits while its write buffer is above the high-water mark.
import asyncio

N = 300_000

async def slow(reader, writer):
    got = b''
    paused_seen = False
    while chunk := await reader.read(7000):
        got += chunk
        paused_seen = paused_seen or not writer.transport.is_reading()
        await asyncio.sleep(0)
    print('server got', len(got), got == bytes(range(256)) * (N // 256) + bytes(range(N % 256)))
    print('reading was paused at some point:', paused_seen)
    writer.write(b'%d\n' % len(got))
    writer.close()

async def main():
    server = await asyncio.start_server(slow, '127.0.0.1', 0, limit=16)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    data = bytes(range(256)) * (N // 256) + bytes(range(N % 256))
    for i in range(0, N, 50_000):
        writer.write(data[i:i + 50_000])
        await writer.drain()
        print('buffered after drain <= 64 KiB:', writer.transport.get_write_buffer_size() <= 65536)
    writer.write_eof()
    print(await reader.readline())
    writer.close()
    server.close()

asyncio.run(main())
