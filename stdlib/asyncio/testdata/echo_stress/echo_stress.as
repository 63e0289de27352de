# 200 clients each send 100 lines to an echo server on loopback and check
# every byte comes back (TestEchoServerStress counts goroutines around it).
import asyncio

CLIENTS = 200
LINES = 100

async def handle_echo(reader, writer):
    while line := await reader.readline():
        writer.write(line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def client(port, n):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    ok, total = True, 0
    for i in range(LINES):
        line = b'client %d line %d %s\n' % (n, i, b'x' * (i % 50))
        writer.write(line)
        await writer.drain()
        echo = await reader.readline()
        ok = ok and echo == line
        total += len(echo)
    writer.write_eof()
    ok = ok and await reader.read() == b''
    writer.close()
    await writer.wait_closed()
    return ok, total

async def main():
    server = await asyncio.start_server(handle_echo, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        results = await asyncio.gather(*(client(port, n) for n in range(CLIENTS)))
    print(sum(ok for ok, _ in results), "of", CLIENTS, "clients echoed exactly")
    print(sum(n for _, n in results), "bytes echoed")

asyncio.run(main())
