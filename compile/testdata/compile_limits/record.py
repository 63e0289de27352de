"""Record what CPython 3.11 does when it compiles each program of
cases.jsonl, into cases.out.jsonl. A case builds its source as
compile_limits_test.go does (expand below): head, then unit repeated n
times, then tail; with "indent", the i-th unit is indented by i spaces, the
tail by n spaces and "closer" (if any) closes each level from the inside
out. The program runs as a file under python3: "ok" means it compiled (it
may then fail at run time); otherwise the outcome is the error line of
stderr, after "line N: " for a SyntaxError. With "imported", the
program is a module that a main program imports. Run with python3 from
any directory; the expectations are never written from asyncscript."""
import json, os, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))


def expand(c):
    if not c.get("indent"):
        return c["head"] + c["unit"] * c["n"] + c["tail"]
    n = c["n"]
    parts = [c["head"]]
    parts += [" " * i + c["unit"] for i in range(n)]
    parts.append(" " * n + c["tail"])
    if c.get("closer"):
        parts += [" " * i + c["closer"] for i in reversed(range(n))]
    return "".join(parts)


def outcome(src, imported):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "case.py")
        with open(path, "w") as f:
            f.write(src)
        if imported:  # compiled by `import case` from a main module
            path = os.path.join(d, "main.py")
            with open(path, "w") as f:
                f.write("import case\n")
        p = subprocess.run([sys.executable, path], capture_output=True, text=True, cwd=d)
    err = p.stderr
    last = err.splitlines()[-1] if err else ""
    compiled = not last.startswith(("RecursionError:", "SyntaxError:", "IndentationError:", "MemoryError"))
    if p.returncode == 0 or err.startswith("Traceback") and (not imported or compiled):
        return "ok"
    lines = err.splitlines()
    line = ""
    for l in lines:
        if last.startswith(("SyntaxError:", "IndentationError:")) and l.startswith('  File "') and ", line " in l:
            line = "line " + l.rsplit(", line ", 1)[1].split(",")[0] + ": "
    return line + lines[-1]


with open(os.path.join(here, "cases.jsonl")) as f:
    cases = [json.loads(l) for l in f if l.strip()]
with open(os.path.join(here, "cases.out.jsonl"), "w") as f:
    for c in cases:
        f.write(json.dumps({"name": c["name"], "outcome": outcome(expand(c), c.get("imported", False))}) + "\n")
