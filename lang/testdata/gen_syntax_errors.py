#!/usr/bin/env python3
"""Fill in the expectations of syntax_errors.as from the real CPython.

Each chunk (separated by a line "---") is source text; lines starting with
"###" (the last line CPython prints) and "##|" (the lines before it) are
expectations, rewritten here by running `python3 x.as` on the chunk with
those lines removed. Never edit expectations by hand.
Files are read and written as UTF-8 with surrogateescape, so that chunks
may hold bytes that are not UTF-8 (CPython's decoding errors).
"""
import os, subprocess, sys, tempfile

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "syntax_errors.as")
chunks = open(path, encoding="utf-8", errors="surrogateescape").read().split("\n---\n")
out = []
d = tempfile.mkdtemp()
for chunk in chunks:
    src = "".join(l + "\n" for l in chunk.split("\n") if not l.startswith(("###", "##|")))
    src = src.rstrip("\n") + "\n"
    if src.startswith("#nonl\n"):
        src = src[len("#nonl\n"):].rstrip("\n")
        head = "#nonl\n"
    else:
        head = ""
    f = os.path.join(d, "x.as")
    open(f, "w", encoding="utf-8", errors="surrogateescape").write(src)
    r = subprocess.run([sys.executable, "x.as"], cwd=d, capture_output=True, text=True)
    lines = r.stderr.replace(d + "/", "").rstrip("\n").split("\n")
    if r.returncode == 0:
        lines = ["OK"]
    exp = "".join("##|" + l + "\n" for l in lines[:-1]) + "### " + lines[-1] + "\n"
    out.append(head + exp + (src if not head else src + "\n").rstrip("\n"))
open(path, "w", encoding="utf-8", errors="surrogateescape").write("\n---\n".join(out) + "\n")
