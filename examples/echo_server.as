# The classic asyncio TCP echo server and client (Python docs, "Streams"):
# the server upper-cases each line it gets back to the client.
import asyncio

async def handle_echo(reader, writer):
    data = await reader.readline()
    host = writer.get_extra_info('peername')[0]
    print(f"server: received {data.decode()!r} from {host}")
    writer.write(data.upper())
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def tcp_echo_client(port, message):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(f"client: send {message!r}")
    writer.write(message.encode() + b'\n')
    await writer.drain()
    data = await reader.readline()
    print(f"client: received {data.decode()!r}")
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle_echo, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        for message in ["Hello World!", "asyncio streams"]:
            await tcp_echo_client(port, message)
    print("server closed:", not server.is_serving())

asyncio.run(main())
