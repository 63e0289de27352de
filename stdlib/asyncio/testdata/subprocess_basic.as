# asyncio subprocesses: exec and shell, PIPE / DEVNULL / STDOUT, stdin
# writes, communicate, wait, return codes of signals and errors.
import asyncio
import re
from asyncio.subprocess import PIPE, STDOUT, DEVNULL

async def main():
    print(PIPE, STDOUT, DEVNULL, asyncio.subprocess.PIPE)
    p = await asyncio.create_subprocess_exec('echo', 'hello', 'world', stdout=PIPE)
    print(re.sub(r'\d+', 'PID', repr(p)), type(p.pid), p.stdin, p.stderr, type(p.stdout).__name__)
    print(await p.stdout.readline(), await p.stdout.read(), await p.wait(), p.returncode)
    print(asyncio.create_task(asyncio.sleep(0)).get_name())

    p = await asyncio.create_subprocess_shell('echo out; echo err >&2; exit 3', stdout=PIPE, stderr=STDOUT)
    out, err = await p.communicate()
    print(sorted(out.splitlines()), err, p.returncode)
    print(asyncio.create_task(asyncio.sleep(0)).get_name())

    p = await asyncio.create_subprocess_shell('echo hidden; echo shown >&2', stdout=DEVNULL, stderr=PIPE)
    print(await p.communicate(), p.returncode)

    p = await asyncio.create_subprocess_exec('cat', stdin=PIPE, stdout=PIPE)
    p.stdin.write(b'line 1\n')
    p.stdin.writelines([b'line 2\n', b'line 3\n'])
    await p.stdin.drain()
    print(await p.stdout.readline())
    p.stdin.close()
    await p.stdin.wait_closed()
    print(await p.stdout.read(), await p.wait())

    p = await asyncio.create_subprocess_exec('wc', '-c', stdin=PIPE, stdout=PIPE)
    out, _ = await p.communicate(b'x' * 300_000)
    print(out.split(), p.returncode)

    for sig in ('kill', 'terminate'):
        p = await asyncio.create_subprocess_exec('sleep', '30')
        print(p.returncode)
        getattr(p, sig)()
        print(sig, await p.wait(), p.returncode)
    try:
        p.kill()
    except ProcessLookupError as e:
        print('ProcessLookupError', repr(e))

    # a child that exits without reading its input
    p = await asyncio.create_subprocess_exec('true', stdin=PIPE)
    print(await p.communicate(b'ignored' * 100_000), p.returncode)

    try:
        await asyncio.create_subprocess_exec('no-such-program-here', 'arg')
    except FileNotFoundError as e:
        print(type(e).__name__, e, e.errno, e.filename)
    try:
        await asyncio.create_subprocess_shell(['echo', 'list'])
    except ValueError as e:
        print('ValueError:', e)
    # a large output arrives in many chunks, in order
    p = await asyncio.create_subprocess_exec('seq', '1', '200000', stdout=PIPE)
    lines = 0
    total = 0
    async for line in p.stdout:
        lines += 1
        total += int(line.decode())
    print(lines, total, await p.wait())
    p = await asyncio.create_subprocess_exec('seq', '1', '200000', stdout=PIPE)
    out, _ = await p.communicate()
    print(len(out), sum(map(int, out.decode().split())))

    p = await asyncio.create_subprocess_shell('exit 7')
    print(await p.wait())
    p = await asyncio.create_subprocess_exec('sh', '-c', 'echo "$X" in $(pwd)', stdout=PIPE, env={'X': 'env set'}, cwd='/tmp')
    print((await p.communicate())[0])

asyncio.run(main())
