#!/usr/bin/env python3
"""Record when CPython's standard-stream layers write to the descriptor.

    python3 stdlib/sys/testdata/record_writes.py

For each case, builds the stack CPython 3.11 gives sys.stdout/sys.stderr
(a TextIOWrapper over a BufferedWriter of the descriptor's block size,
line-buffered or not; for -u a write-through TextIOWrapper straight over
the raw descriptor) on a raw stream that records the size of every
write, performs the case's writes and a final flush, and stores after each
step the sizes written during it. output_test.go replays the steps on
sys.Output. Writes to writes.json beside this script; never edit it.
"""

import io
import json
import os


class Raw(io.RawIOBase):
    def __init__(self):
        self.sizes = []

    def writable(self):
        return True

    def write(self, b):
        self.sizes.append(len(b))
        return len(b)


def stack(mode, block):
    raw = Raw()
    if mode == "unbuffered":
        return raw, io.TextIOWrapper(raw, encoding="utf-8", write_through=True)
    buf = io.BufferedWriter(raw, buffer_size=block)
    return raw, io.TextIOWrapper(buf, encoding="utf-8", line_buffering=(mode == "line"))


def numbers(n):
    out = []
    for i in range(n):
        out += [str(i), "\n"]
    return out


CASES = [
    ("block", 4096, numbers(3000)),
    ("block", 8192, numbers(3000)),
    ("block", 4096, ["x" * 5000, "\n", "y" * 9000, "\n", "z" * 100, "\n"]),
    ("block", 4096, ["é" * 3000, "\n", "a" * 3000]),
    ("line", 4096, ["a", " ", "b", "\n", "no end", "cr\r", "c" * 9000, "mid\nline", ""]),
    ("line", 1024, ["x" * 2000, "y" * 100, "\n"]),
    ("unbuffered", 4096, ["a", "", "b\n", "c" * 10000, "\n"]),
]


def main():
    cases = []
    for mode, block, writes in CASES:
        raw, text = stack(mode, block)
        steps = []
        for w in writes:
            raw.sizes = []
            text.write(w)
            steps.append(raw.sizes)
        raw.sizes = []
        text.flush()
        cases.append({"mode": mode, "block": block, "writes": writes,
                      "steps": steps, "flush": raw.sizes})
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "writes.json"), "w") as f:
        json.dump(cases, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
