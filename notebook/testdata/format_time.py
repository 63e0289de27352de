"""Records IPython's _format_time (what %time and %timeit print) for the
values in the list below into format_time.txt: run with a python3 that has
IPython (Debian's /usr/bin/python3): /usr/bin/python3 format_time.py"""
from IPython.core.magics.execution import _format_time

values = [0.0, 1e-10, 3e-9, 8.14e-8, 3.81e-6, 3e-6, 4.2e-5, 0.000999, 0.001, 0.0123456,
          0.5, 0.99999, 1.0, 3.0039242, 59.9, 60.0, 61.5, 3599.0, 3600.0, 3725.3, 90061.0]
with open("format_time.txt", "w") as f:
    for v in values:
        f.write(f"{v!r}\t{_format_time(v)}\n")
