# loop.subprocess_exec and subprocess_shell with a SubprocessProtocol
# (after the Python docs' get_date example).
import asyncio
import re

class OutputProtocol(asyncio.SubprocessProtocol):
    def __init__(self, exit_future):
        self.exit_future = exit_future
        self.output = bytearray()
        self.pipes_closed = set()
        self.exited = False

    def connection_made(self, transport):
        print('connection_made', type(transport).__name__)

    def pipe_data_received(self, fd, data):
        self.output.extend(data)

    def pipe_connection_lost(self, fd, exc):
        self.pipes_closed.add(fd)
        self.check_for_exit()

    def process_exited(self):
        self.exited = True
        self.check_for_exit()

    def check_for_exit(self):
        if self.pipes_closed == {0, 1, 2} and self.exited and not self.exit_future.done():
            self.exit_future.set_result(True)

async def main():
    loop = asyncio.get_running_loop()
    exit_future = loop.create_future()
    transport, protocol = await loop.subprocess_exec(
        lambda: OutputProtocol(exit_future), 'sh', '-c', 'echo one; echo two')
    print(type(protocol).__name__, type(transport.get_pid()).__name__,
          type(transport.get_pipe_transport(1)).__name__, transport.get_pipe_transport(5))
    await exit_future
    print(bytes(protocol.output), sorted(protocol.pipes_closed), transport.get_returncode())
    transport.close()
    print(re.sub(r'(pid|fd)=\d+', r'\1=N', repr(transport)))
    transport, protocol = await loop.subprocess_shell(asyncio.SubprocessProtocol, 'exit 3', stdin=None, stdout=None, stderr=None)
    print(transport.get_returncode(), type(protocol).__name__)
    await asyncio.sleep(0.2)
    print(transport.get_returncode())
    print(issubclass(asyncio.SubprocessProtocol, asyncio.BaseProtocol))

asyncio.run(main())
