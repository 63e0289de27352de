#!/usr/bin/env python3
"""Record the expectations of the aiofiles golden tests with Debian 12's
/usr/bin/python3 (CPython 3.11.2 with aiofiles 23.1; the python3 on PATH
lacks aiofiles).

    cd stdlib/aiofiles/testdata && python3 record.py [NAME ...]

Each NAME.as runs as examples/ programs do (stdlib/asyncio/testdata/
record.py does the work), with this folder as the current directory:
NAME.out (stdout), NAME.err (last non-empty stderr line, only when stderr
is not empty) and NAME.code (exit status, only when not 0). Never write
these files by hand or from asyncscript's output.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "asyncio_record", os.path.join(HERE, "..", "..", "asyncio", "testdata", "record.py"))
recorder = importlib.util.module_from_spec(spec)
spec.loader.exec_module(recorder)

if __name__ == "__main__":
    recorder.main(HERE, ["/usr/bin/python3", recorder.RECORDER, "--run"])
