#!/usr/bin/env python3
"""Record the expectations of the module golden tests with CPython 3.11.

    cd stdlib/modules/testdata && python3 record.py [NAME ...]

Each NAME.as runs as `python3 NAME.as` (not through examples/record.py:
its extra frames would change where RecursionError strikes), with this
folder as the current directory; stdlib/asyncio/testdata/record.py does
the work. It writes NAME.out (stdout), NAME.err (last
non-empty stderr line, only when stderr is not empty) and NAME.code (exit
status, only when not 0), the files the one golden runner (internal/golden)
reads. Never write these files by hand or from asyncscript's output.
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
    recorder.main(HERE, [sys.executable])
