#!/usr/bin/env python3
"""Record the expected results of the examples by running CPython on them.

    python3 examples/record.py            # re-record every examples/*.as
    python3 examples/record.py NAME ...   # re-record NAME.as only
    python3 record.py --run NAME.as       # just run one program (see below)

For every NAME.as this runs python3 with the current directory set to
examples/ and argv[0] == "NAME.as", and writes, next to the program:

    NAME.out   everything the program wrote to stdout
    NAME.err   the last non-empty line of stderr (only if stderr was not empty)
    NAME.code  the exit status (only if it was not 0)
    NAME.meta  "elapsed S": wall time of the run in seconds, measured here
               (the fastest of three runs for programs under 0.5 s);
               "startup S": CPython's start-up time (the fastest of five
               runs of an empty program), which the golden test subtracts
               so that only the program's own time is compared;
               "toplevel_await yes|no"

Every program is compiled by a small bootstrap (python3 -c) under the
file name "NAME.as", so tracebacks and task reprs name NAME.as (a plain
`python3 NAME.as` would show the absolute path), and executed in a fresh
__main__ module. A program whose module body uses top-level `await`
(notebook style) is not valid as a plain python3 script: it is compiled
with ast.PyCF_ALLOW_TOP_LEVEL_AWAIT (as `python3 -m asyncio` does), and
the coroutine that its module body becomes is run with asyncio.run():
the equivalent asyncio.run form. Only the last stderr line is recorded,
so the bootstrap's own traceback frames do not matter.

A program containing the comment `# golden: sort-lines` prints from
several threads, and CPython's print() writes the text and the line end
separately, so two threads can mix within a line. For such programs the
bootstrap makes each print() a single write (an output CPython can also
produce), and the golden test compares their lines sorted.

`--run NAME.as` executes one program exactly the way it is recorded,
without writing anything; the golden test can be pointed at it with
ASYNCSCRIPT_GOLDEN_CMD="python3 record.py --run" to check the harness.

The expectations are always CPython's output: never write them by hand
and never from asyncscript's own output.
"""

import ast
import inspect
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))

# Runs in the child: argv[1] is the program; compile it allowing
# top-level await and run the resulting coroutine with asyncio.run.
BOOTSTRAP = r"""
import sys
path = sys.argv[1]
sys.argv = sys.argv[1:]
with open(path, encoding="utf-8") as f:
    source = f.read()
# 0x2000 is ast.PyCF_ALLOW_TOP_LEVEL_AWAIT (not importing ast keeps the
# start-up of the child as close as possible to a plain `python3 NAME.as`)
code = compile(source, path, "exec", flags=0x2000, dont_inherit=True)
if "# golden: sort-lines" in source:
    # Threads print here: make each print() one write, so that lines of
    # different threads never interleave within a line (one of the outputs
    # CPython can produce anyway; the golden test sorts these lines).
    import builtins
    def _print(*args, sep=" ", end="\n", file=None, flush=False):
        file = sys.stdout if file is None else file
        file.write((" " if sep is None else sep).join(map(str, args)) + ("\n" if end is None else end))
        if flush:
            file.flush()
    builtins.print = _print
main = type(sys)("__main__")
main.__file__ = path
_bootstrap_main = sys.modules["__main__"]
sys.modules["__main__"] = main
del f, source
if code.co_flags & 0x80:  # CO_COROUTINE: the body uses top-level await
    import asyncio
    asyncio.run(eval(code, main.__dict__))
else:
    exec(code, main.__dict__)
"""


def uses_toplevel_await(path):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    try:
        code = compile(source, os.path.basename(path), "exec",
                       flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
    except SyntaxError:
        return False  # recorded as a plain script: python3 reports the error
    return bool(code.co_flags & inspect.CO_COROUTINE)


# Programs importing one of these packages (issue 12's I/O examples) are
# recorded with Debian 12's /usr/bin/python3 (CPython 3.11.2 with aiofiles
# 23.1, aiohttp 3.8.4, ...), the reference for them; the python3 on PATH
# lacks them.
THIRD_PARTY = ("aiofiles", "aiohttp", "requests", "httpx", "async_timeout")
DEBIAN_PYTHON = "/usr/bin/python3"


def interpreter(filename):
    """The CPython that records filename."""
    with open(filename, encoding="utf-8") as f:
        for line in f:
            words = line.replace(",", " ").replace(".", " ").split()
            if words[:1] in (["import"], ["from"]) and any(w in THIRD_PARTY for w in words[1:]):
                return DEBIAN_PYTHON
    return sys.executable


def command(filename):
    """The python3 command line that runs filename (relative to the cwd),
    and whether the program uses top-level await."""
    tla = uses_toplevel_await(filename)
    return [interpreter(filename), "-c", BOOTSTRAP, filename], tla


def measure_startup(python, runs=5):
    """CPython's start-up time: the fastest of a few runs of an empty program."""
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        empty = os.path.join(tmp, "empty.as")
        open(empty, "w").close()
        argv, _ = command(empty)
        argv[0] = python
        best = None
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(argv, cwd=tmp, stdin=subprocess.DEVNULL, capture_output=True, check=True)
            elapsed = time.perf_counter() - start
            best = elapsed if best is None else min(best, elapsed)
    return best


def record(name, startup):
    filename = name + ".as"
    if not os.path.exists(os.path.join(HERE, filename)):
        sys.exit(f"record.py: no such example: {filename}")
    argv, tla = command(os.path.join(HERE, filename))
    argv[-1] = filename
    start = time.perf_counter()
    proc = subprocess.run(argv, cwd=HERE, stdin=subprocess.DEVNULL,
                          capture_output=True)
    elapsed = time.perf_counter() - start
    # Start-up noise is large next to a short program's own time: keep the
    # fastest of three runs (and the output of the first).
    for _ in range(2 if elapsed < 0.5 else 0):
        start = time.perf_counter()
        subprocess.run(argv, cwd=HERE, stdin=subprocess.DEVNULL, capture_output=True)
        elapsed = min(elapsed, time.perf_counter() - start)

    base = os.path.join(HERE, name)
    with open(base + ".out", "wb") as f:
        f.write(proc.stdout)
    for ext in (".err", ".code"):
        if os.path.exists(base + ext):
            os.remove(base + ext)
    lines = [l for l in proc.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
    if lines:
        with open(base + ".err", "w", encoding="utf-8") as f:
            f.write(lines[-1].rstrip() + "\n")
    if proc.returncode != 0:
        with open(base + ".code", "w") as f:
            f.write(f"{proc.returncode}\n")
    with open(base + ".meta", "w") as f:
        f.write(f"elapsed {elapsed:.3f}\n")
        f.write(f"startup {startup:.3f}\n")
        f.write(f"toplevel_await {'yes' if tla else 'no'}\n")

    note = f"exit {proc.returncode}" if proc.returncode else "ok"
    if lines:
        note += f", stderr: {lines[-1].strip()}"
    print(f"{name:28} {elapsed:7.3f} s  {'TLA ' if tla else '    '}{note}")


def main(args):
    if args[:1] == ["--run"]:
        if len(args) != 2:
            sys.exit("usage: record.py --run NAME.as")
        # Run in this process (one interpreter start-up, as when recording),
        # from the caller's directory (the golden test runs in examples/).
        sys.argv = [sys.argv[0], args[1]]
        exec(compile(BOOTSTRAP, "<record.py bootstrap>", "exec"), {"__name__": "__bootstrap__"})
        return
    if sys.version_info[:2] != (3, 11):
        print(f"record.py: warning: expectations are meant to come from CPython 3.11, "
              f"this is {sys.version.split()[0]}", file=sys.stderr)
    names = [a[:-3] if a.endswith(".as") else a for a in args]
    if not names:
        names = sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".as"))
    startups = {}
    for name in names:
        python = interpreter(os.path.join(HERE, os.path.basename(name) + ".as"))
        if python not in startups:
            startups[python] = measure_startup(python)
            print(f"{'(start-up of an empty program)':28} {startups[python]:7.3f} s  {python}")
        record(os.path.basename(name), startups[python])


if __name__ == "__main__":
    main(sys.argv[1:])
