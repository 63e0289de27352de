#!/usr/bin/env python3
"""Record the expectations of the asyncio golden tests with CPython 3.11.

    cd stdlib/asyncio/testdata && python3 record.py [NAME ...]

Each NAME.as is run the way examples/record.py runs programs (compiled under
the relative name NAME.as, top-level await allowed) with this folder as the
current directory, and NAME.out (stdout), NAME.err (last non-empty stderr
line, only when stderr is not empty) and NAME.code (exit status, only when
not 0) are written. Never write these files by hand or from asyncscript's
output. stdlib/modules/testdata/record.py records its folder with this
file's main(folder, command).
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RECORDER = os.path.join(HERE, "..", "..", "..", "examples", "record.py")


# How the programs here run: as examples/ programs (top-level await allowed).
RUN = [sys.executable, RECORDER, "--run"]


def record(name, here=HERE, run=RUN):
    proc = subprocess.run(run + [name + ".as"], cwd=here,
                          stdin=subprocess.DEVNULL, capture_output=True)
    base = os.path.join(here, name)
    with open(base + ".out", "wb") as f:
        f.write(proc.stdout)
    for ext in (".err", ".code"):
        if os.path.exists(base + ext):
            os.remove(base + ext)
    lines = [l for l in proc.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
    if lines:
        with open(base + ".err", "w") as f:
            f.write(lines[-1].rstrip() + "\n")
    if proc.returncode:
        with open(base + ".code", "w") as f:
            f.write(f"{proc.returncode}\n")
    print(f"{name:24} exit {proc.returncode}" + (f"  stderr: {lines[-1]}" if lines else ""))


def main(here=HERE, run=RUN):
    """Records the programs named on the command line, or every NAME.as in
    here, each run with the command run."""
    names = [a[:-3] if a.endswith(".as") else a for a in sys.argv[1:]]
    if not names:
        names = sorted(f[:-3] for f in os.listdir(here) if f.endswith(".as"))
    for n in names:
        record(n, here, run)


if __name__ == "__main__":
    main()
