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
    cmds = ["sleep 0.3; echo three", "sleep 0.1; echo one",
            "sleep 0.2; echo two >&2; exit 2"]
    for next_done in asyncio.as_completed([run(c) for c in cmds]):
        cmd, code, out, err = await next_done
        print(f"[{cmd!r} exited with {code}]", out or f"stderr: {err}")
    print(f"3 commands in {time.perf_counter() - start:.1f} s, not 0.6 s")
    proc = await asyncio.create_subprocess_exec(
        "python3", "-c", "import sys; print(sys.stdin.read().upper())",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate(b"piped through a child\n")
    print(out.decode().strip(), proc.returncode)

asyncio.run(main())
