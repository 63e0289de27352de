#!/usr/bin/python3
"""Record the expectations of the nest_asyncio golden tests.

    cd stdlib/nest_asyncio/testdata && /usr/bin/python3 record.py [NAME ...]

Run it with Debian's /usr/bin/python3 (CPython 3.11 with the real
nest_asyncio package installed). Each NAME.as runs as `python3 NAME.as`
with this folder as the current directory; stdlib/asyncio/testdata/record.py
does the work and writes NAME.out, NAME.err (last non-empty stderr line)
and NAME.code. Never write these files by hand or from asyncscript's
output. The programs keep to what nest_asyncio 1.5 and 1.6 do alike.
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
    import nest_asyncio  # the real package must be there
    recorder.main(HERE, [sys.executable])
