# Fan out: run several shell commands at once, report each as it finishes.
import asyncio
import time

async def run(cmd):
    proc = await asyncio.create_subprocess_shell(
        cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    stdout, stderr = await proc.communicate()
    return cmd, proc.returncode, stdout.decode().strip(), stderr.decode().strip()

async def main():
    start = time.perf_counter()
    cmds = ["sleep 1.5; echo three", "sleep 0.5; echo one",
            "sleep 1; echo two >&2; exit 2"]
    for next_done in asyncio.as_completed([run(c) for c in cmds]):
        cmd, code, out, err = await next_done
        print(f"[{cmd!r} exited with {code}]", out or f"stderr: {err}")
    print(f"3 commands in {time.perf_counter() - start:.1f} s, not 3 s")
    proc = await asyncio.create_subprocess_exec(
        "tr", "a-z", "A-Z",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate(b"piped through a child\n")
    print(out.decode().strip(), proc.returncode)

asyncio.run(main())
