# The Python docs' echo server and client written with protocols.
import asyncio

class EchoServerProtocol(asyncio.Protocol):
    def connection_made(self, transport):
        peername = transport.get_extra_info('peername')
        print('Connection from', peername[0])
        self.transport = transport

    def data_received(self, data):
        message = data.decode()
        print('Data received: {!r}'.format(message))
        print('Send: {!r}'.format(message))
        self.transport.write(data)
        print('Close the client socket')
        self.transport.close()

class EchoClientProtocol(asyncio.Protocol):
    def __init__(self, message, on_con_lost):
        self.message = message
        self.on_con_lost = on_con_lost

    def connection_made(self, transport):
        transport.write(self.message.encode())
        print('Data sent: {!r}'.format(self.message))

    def data_received(self, data):
        print('Data received: {!r}'.format(data.decode()))

    def eof_received(self):
        print('eof received')

    def connection_lost(self, exc):
        print('The server closed the connection', exc)
        self.on_con_lost.set_result(True)

async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServerProtocol, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    on_con_lost = loop.create_future()
    transport, protocol = await loop.create_connection(
        lambda: EchoClientProtocol('Hello World!', on_con_lost), '127.0.0.1', port)
    print(type(transport).__name__, type(protocol).__name__, transport.is_closing())
    try:
        await on_con_lost
    finally:
        transport.close()
    async with server:
        print(server.is_serving())
    print(issubclass(asyncio.Protocol, asyncio.BaseProtocol), asyncio.Protocol().data_received(b''))

asyncio.run(main())
