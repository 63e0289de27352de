# communicate() and write() with more input than a pipe holds: the loop
# must keep running (reading the child's output) while stdin drains.
import asyncio

async def feed(p, n):
    p.stdin.write(b"x" * n)
    print("buffered more than a pipe holds:", p.stdin.transport.get_write_buffer_size() > 0)
    await p.stdin.drain()
    print("drained")
    p.stdin.close()

async def count(p):
    total = 0
    while True:
        block = await p.stdout.read(65536)
        if not block:
            break
        total += len(block)
    print("read", total)

async def main():
    for n in (1000, 1000000, 3000000):
        p = await asyncio.create_subprocess_shell(
            "cat", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
        out, err = await p.communicate(b"y" * n)
        print(n, len(out), err, p.returncode)
    p = await asyncio.create_subprocess_exec(
        "cat", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    await asyncio.gather(feed(p, 2000000), count(p))
    print(await p.wait())

asyncio.run(main())
