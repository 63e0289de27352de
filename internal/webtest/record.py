#!/usr/bin/python3
"""Record the expected outputs of the HTTP golden programs with CPython.

Usage: /usr/bin/python3 internal/webtest/record.py DIR [NAME...]

Starts the webtest server (go run ./internal/webtest/serve),
runs every DIR/NAME.as with /usr/bin/python3 (CPython 3.11 with aiohttp
3.8.4, requests 2.28.1, httpx 0.23.3, async_timeout 4.0.2) as
`python3 NAME.as BASE` from DIR, and writes NAME.out, NAME.err (last
non-empty stderr line) and NAME.code (when not 0), with the server's
port written as PORT (":PORT", "port=PORT"). Never record from asyncscript's output.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PYTHON = "/usr/bin/python3"


def main():
    d = os.path.abspath(sys.argv[1])
    names = sys.argv[2:] or sorted(f[:-3] for f in os.listdir(d) if f.endswith(".as"))
    server = subprocess.Popen(["go", "run", "./internal/webtest/serve"],
                              cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    base = server.stdout.readline().strip()
    port = base.rpartition(":")[2]
    try:
        for name in names:
            p = subprocess.run([PYTHON, name + ".as", base], cwd=d, capture_output=True, text=True, timeout=120)
            mask = lambda s: s.replace(":" + port, ":PORT").replace("port=" + port, "port=PORT")
            out = os.path.join(d, name)
            with open(out + ".out", "w") as f:
                f.write(mask(p.stdout))
            lines = [l for l in mask(p.stderr).splitlines() if l.strip()]
            for ext, keep, text in ((".err", bool(lines), (lines[-1] + "\n") if lines else ""),
                                    (".code", p.returncode != 0, "%d\n" % p.returncode)):
                if keep:
                    with open(out + ext, "w") as f:
                        f.write(text)
                elif os.path.exists(out + ext):
                    os.remove(out + ext)
            print(name, "status", p.returncode)
    finally:
        server.stdin.close()
        server.wait()


if __name__ == "__main__":
    main()
