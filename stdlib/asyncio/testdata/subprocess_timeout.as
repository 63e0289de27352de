# A communicate() that times out, a kill, and a child read line by line.
import asyncio
async def main():
    proc = await asyncio.create_subprocess_exec('sh', '-c', 'echo started; sleep 5; echo never', stdout=asyncio.subprocess.PIPE)
    try:
        out, err = await asyncio.wait_for(proc.communicate(), timeout=0.3)
    except asyncio.TimeoutError:
        print('timeout; killing')
        proc.kill()
        print(await proc.wait())
    print(proc.returncode)
    print(await proc.stdout.read())
    proc = await asyncio.create_subprocess_shell('echo a; sleep 0.1; echo b', stdout=asyncio.subprocess.PIPE)
    while line := await proc.stdout.readline():
        print('line', line)
    print(await proc.wait(), asyncio.all_tasks() == {asyncio.current_task()})
asyncio.run(main())
