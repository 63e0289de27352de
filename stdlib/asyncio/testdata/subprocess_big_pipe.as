# A child that echoes 5 MB: the loop keeps reading its stdout while it
# writes its stdin (a blocking write would deadlock with the child).
import asyncio
async def main():
    # cat echoes 5 MB: the loop must keep reading its stdout while it writes
    p = await asyncio.create_subprocess_exec('cat', stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, _ = await p.communicate(b'0123456789' * 500_000)
    print(len(out), p.returncode)
    p = await asyncio.create_subprocess_exec('cat', stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    async def feed():
        for i in range(50):
            p.stdin.write(b'x' * 100_000)
            await p.stdin.drain()
        p.stdin.close()
    t = asyncio.create_task(feed())
    n = 0
    while chunk := await p.stdout.read(65536):
        n += len(chunk)
    await t
    print(n, await p.wait())
asyncio.run(main())
