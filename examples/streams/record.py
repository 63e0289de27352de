#!/usr/bin/env python3
"""Record what CPython does with its standard streams, for streams_test.go.

    python3 examples/streams/record.py

Each case below becomes NAME.as (the program), NAME.how (how it is run
and observed) and NAME.want (what python3 did), next to this script:

  how = "combined [ARGS...]": stdout and stderr into one file (`> f 2>&1`);
        want = the file, then "status N".
  how = "head [ARGS...]": stdout into a pipe whose reader takes the first
        line and closes it (`| head -1`); want = that line, stderr, then
        "status N".
  how = "early [ARGS...]": stdout into a pipe; want = "early yes" if the
        first line could be read within half a second of the start (the
        program sleeps a second after printing it), "early no" otherwise.

ARGS are the interpreter options placed before the program ("-u", "-c");
with "-c" the program text is passed as the command. PYTHONUNBUFFERED is
removed from the environment unless a case sets it (ENV=VALUE in ARGS).
Tracebacks name the program by its path relative to this directory:
python3 prints the absolute path of a script, so that prefix is removed.

The expectations are always CPython's output: never edit NAME.want.
"""

import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = {
    # a traceback comes after what stdout held (flushed first)
    "traceback": ("combined", 'print("before")\nprint("held", end="")\n1/0\n'),
    # with -c CPython does not flush stdout before the traceback
    "traceback_c": ("combined -c", 'print("before")\n1/0\n'),
    # sys.exit's message comes after stdout
    "exit_message": ("combined", 'import sys\nprint("before")\nsys.exit("bye")\n'),
    "exit_message_c": ("combined -c", 'import sys\nprint("before")\nsys.exit("bye")\n'),
    # a warning is written while stdout still holds its lines
    "warning": ("combined", "async def f():\n    pass\n\nprint('before')\nf()\nprint('after')\n"),
    # asyncio's "Task exception was never retrieved" does not flush stdout
    "never_retrieved": ("combined", "import asyncio\nasync def bad():\n    raise ValueError('x')\n"
                        "async def main():\n    print('start')\n    asyncio.ensure_future(bad())\n"
                        "    await asyncio.sleep(0.1)\n    print('end')\nasyncio.run(main())\nprint('after')\n"),
    # the program's own stderr writes do not flush stdout; stderr is
    # line-buffered, so a partial line waits for its end
    "own_stderr": ("combined", "import sys\nprint('out1')\nprint('err1', file=sys.stderr)\n"
                   "sys.stderr.write('partial ')\nprint('out2', flush=True)\nsys.stderr.write('end\\n')\n"),
    # more than a chunk of stdout: whole 8 KB chunks go out as they fill
    "big_then_stderr": ("combined", "import sys\nfor i in range(3000):\n    print(i)\n"
                        "print('err', file=sys.stderr)\nprint('last')\n"),
    # -u and PYTHONUNBUFFERED: every write goes out at once
    "unbuffered_u": ("combined -u", "import sys\nprint('out1')\nprint('err1', file=sys.stderr)\n"
                     "sys.stderr.write('partial ')\nprint('out2')\nsys.stderr.write('end\\n')\n"),
    "unbuffered_env": ("combined PYTHONUNBUFFERED=1", "import sys\nprint('out1')\n"
                       "print('err1', file=sys.stderr)\nprint('out2')\n"),
    "unbuffered_env_E": ("combined -E PYTHONUNBUFFERED=1", "import sys\nprint('out1')\n"
                         "print('err1', file=sys.stderr)\nprint('out2')\n"),
    # | head -1
    "head_loop": ("head", "for i in range(100000):\n    print(i)\n"),
    "head_loop_c": ("head -c", "for i in range(100000):\n    print(i)\n"),
    "head_loop_u": ("head -u", "for i in range(100000):\n    print(i)\n"),
    "head_exit_flush": ("head", "import time\nprint(1, flush=True)\ntime.sleep(0.5)\nprint(2)\n"),
    # when does the first line reach a pipe?
    "early_buffered": ("early", "import time\nprint('tick')\ntime.sleep(1)\nprint('done')\n"),
    "early_u": ("early -u", "import time\nprint('tick')\ntime.sleep(1)\nprint('done')\n"),
    "early_env": ("early PYTHONUNBUFFERED=1", "import time\nprint('tick')\ntime.sleep(1)\nprint('done')\n"),
    "early_asyncio_u": ("early -u", "import asyncio\nasync def main():\n    print('tick')\n"
                        "    await asyncio.sleep(1)\n    print('done')\nasyncio.run(main())\n"),
}


def command(how, name, src):
    """argv and environment for one case (how without its kind)."""
    env = dict(os.environ)
    env.pop("PYTHONUNBUFFERED", None)
    opts = []
    for word in how:
        if "=" in word:
            k, v = word.split("=", 1)
            env[k] = v
        else:
            opts.append(word)
    if "-c" in opts:
        opts.remove("-c")
        return ["python3"] + opts + ["-c", src], env
    return ["python3"] + opts + [name + ".as"], env


def record(name, how, src):
    kind, *rest = how.split()
    with open(os.path.join(HERE, name + ".as"), "w") as f:
        f.write(src)
    with open(os.path.join(HERE, name + ".how"), "w") as f:
        f.write(how + "\n")
    argv, env = command(rest, name, src)
    if kind == "combined":
        out = os.path.join(HERE, name + ".tmp")
        with open(out, "wb") as f:
            status = subprocess.run(argv, cwd=HERE, env=env, stdout=f, stderr=f).returncode
        with open(out, "rb") as f:
            text = f.read().decode()
        os.remove(out)
        want = text + "status %d\n" % status
    elif kind == "head":
        p = subprocess.Popen(argv, cwd=HERE, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        line = p.stdout.readline().decode()
        p.stdout.close()
        err = p.stderr.read().decode()
        status = p.wait()
        want = line + err + "status %d\n" % status
    elif kind == "early":
        p = subprocess.Popen(argv, cwd=HERE, env=env, stdout=subprocess.PIPE)
        start = time.monotonic()
        p.stdout.readline()
        early = time.monotonic() - start < 0.5
        p.stdout.read()
        p.wait()
        want = "early %s\n" % ("yes" if early else "no")
    else:
        raise SystemExit("unknown kind " + kind)
    want = want.replace(HERE + os.sep, "")
    with open(os.path.join(HERE, name + ".want"), "w") as f:
        f.write(want)


def main():
    for name, (how, src) in sorted(CASES.items()):
        record(name, how, src)
        print("recorded", name)


if __name__ == "__main__":
    main()
