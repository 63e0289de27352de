# Allocations no machine can make are MemoryError (or CPython's
# OverflowError) at once, which the program catches and goes on.
cases = [
    ("str repeat", lambda: "x" * 10**13),
    ("str repeat 2", lambda: "ab" * 2**61),
    ("list repeat", lambda: [0] * 10**13),
    ("list repeat 2", lambda: [1, 2] * 2**62),
    ("tuple repeat", lambda: (0,) * 10**13),
    ("list(range)", lambda: list(range(10**13))),
    ("sorted(range)", lambda: sorted(range(10**13))),
    ("join", lambda: "".join(["x" * 10**6] * 10**7)),
    ("ljust", lambda: "ab".ljust(10**13)),
    ("center", lambda: "ab".center(10**13)),
    ("zfill", lambda: "1".zfill(10**13)),
    ("format width", lambda: "{:10000000000000}".format(1)),
    ("percent width", lambda: "%10000000000000d" % 1),
    ("percent star", lambda: "%*d" % (10**13, 1)),
    ("shift", lambda: 1 << 10**14),
    ("shift 2**62", lambda: 1 << 2**62),
    ("shift 10**20", lambda: 1 << 10**20),
    ("repeat 2**63", lambda: "x" * 2**63),
]
for name, fn in cases:
    try:
        r = fn()
        print(name, "ok", type(r).__name__)
    except (MemoryError, OverflowError) as e:
        print(name, type(e).__name__, repr(e))
l = [0]
try:
    l *= 10**13
except MemoryError as e:
    print("l *=", repr(e), l)
print("done")
