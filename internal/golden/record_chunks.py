#!/usr/bin/env python3
"""Record the expectations of chunked golden files with CPython 3.11.

    python3 internal/golden/record_chunks.py FILE.as [FILE.as ...]

A chunked file holds programs separated by lines "---" (see chunks.go).
Each program runs as `python3 x.as` in an empty temporary directory, stdin
from /dev/null, and its expectation lines are rewritten from what CPython
did: "##> " one per stdout line, "### " the last non-empty stderr line,
"##= " the exit status when not 0, with the temporary directory's path
masked (CPython shows the script's absolute path). Other lines are the
program and are kept. Never edit the expectation lines by hand.
"""
import os
import subprocess
import sys
import tempfile

SEPARATOR = "\n---\n"
EXPECTATION = ("##>", "### ", "##= ")


def record_chunk(chunk, tmp):
    src = [l for l in chunk.split("\n") if not l.startswith(EXPECTATION)]
    with open(os.path.join(tmp, "x.as"), "w", encoding="utf-8") as f:
        f.write("\n".join(src) + "\n")
    proc = subprocess.run([sys.executable, "x.as"], cwd=tmp, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True)
    # CPython names the main script by its absolute path (__file__,
    # tracebacks, task reprs): the directory is masked, as the Go runner
    # masks the one our run used (golden.Result.Dir)
    real = os.path.realpath(tmp)
    for d in {tmp, real}:
        proc.stdout = proc.stdout.replace(d + os.sep, "")
        proc.stderr = proc.stderr.replace(d + os.sep, "")
    if proc.stdout and not proc.stdout.endswith("\n"):
        sys.exit("a program's stdout must end with a newline:\n" + "\n".join(src))
    want = ["##> " + l if l else "##>" for l in proc.stdout.splitlines()]
    errs = [l.strip() for l in proc.stderr.splitlines() if l.strip()]
    if errs:
        want.append("### " + errs[-1])
    if proc.returncode:
        want.append("##= %d" % proc.returncode)
    return "\n".join(want + src)


def record(path):
    with open(path, encoding="utf-8") as f:
        chunks = f.read().rstrip("\n").split(SEPARATOR)
    with tempfile.TemporaryDirectory() as tmp:
        out = [record_chunk(c, tmp) for c in chunks]
    with open(path, "w", encoding="utf-8") as f:
        f.write(SEPARATOR.join(out) + "\n")
    print(f"{path}: {len(out)} programs recorded")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for p in sys.argv[1:]:
        record(p)
