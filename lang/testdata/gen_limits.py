#!/usr/bin/env python3
"""Record what CPython 3.11 does with deeply nested and huge sources.

Writes limits.jsonl: one JSON object per line, {"head", "pre", "mid",
"post", "n", "want"}. The source is head + pre*n + mid + post*n (built the
same way by limits_test.go); want is CPython's outcome of compile() on it:
"ok", "MemoryError" (its parser's stack limit), "RecursionError" (its
compiler's limit: the parse itself succeeds) or "Kind: message".
For the shapes marked exact, the first failing depth is found by bisection
and both it and the depth before it are recorded; for the others, the
depths listed. Never edit the output by hand.
"""
import json, os, sys

assert sys.version_info[:2] == (3, 11), "record with CPython 3.11"

# (head, pre, mid, post, exact, depths)
SHAPES = [
    ("", "-", "1", "", True, [100000]),
    ("", "not ", "1", "", True, [100000]),
    ("", "~", "1", "", True, []),
    ("", "+", "x", "", True, []),
    ("x = ", "-", "1", "", True, []),
    ("x += ", "-", "1", "", True, []),
    ("", "lambda: ", "1", "", True, [20000]),
    ("", "lambda x: ", "1", "", True, []),
    ("", "lambda a=", "1", ":1", True, [100000]),
    ("", "1 if 1 else ", "1", "", True, [50000]),
    ("", "x**", "1", "", True, [50000]),
    ("", "x**-", "1", "", True, []),
    ("", "1 < -", "1", "", False, [100, 5000]),
    ("", "(", "1", ")", False, [200, 201, 10**6]),
    ("", "[", "", "]", False, [200, 201, 10000]),
    ("", "{", "1", "}", False, [200, 201]),
    ("", "f(", "1", ")", False, [200, 201]),
    ("", "-(", "1", ")", False, [150, 200]),
    ("", "(-", "1", ")", False, [200]),
    ("x = ", "", "x", ".y", False, [100000]),
    ("x = ", "", "f", "()", False, [100000]),
    ("x = ", "", "x", "[0]", False, [100000]),
    ("x = ", "1+", "1", "", False, [300000]),
    ("x = ", "1 and ", "1", "", False, [100000]),
    ("x = [", "1,", "]", "", False, [150000]),
    ('f"{', "-", 'x}"', "", True, []),
    ('f"{x:{', "-", 'x}}"', "", True, []),
    ('f"{(', "-", 'x)}"', "", False, [5000, 6000]),
]
# the same in eval mode (Parse's ModeEval)
EVAL_SHAPES = [
    ("", "-", "1", "", True, []),
    ("", "1 if 1 else ", "1", "", True, []),
]
# nested blocks: head + n lines "if 1:" each indented one more space
INDENT = [98, 99, 100, 1000]


def outcome(src, mode="exec"):
    try:
        compile(src, "x.as", mode)
        return "ok"
    except MemoryError:
        return "MemoryError"
    except RecursionError:
        return "RecursionError"
    except SyntaxError as e:
        return "%s: %s" % (type(e).__name__, e.msg)


def build(head, pre, mid, post, n):
    return head + pre * n + mid + post * n + "\n"


rows = []
for mode, shapes in (("exec", SHAPES), ("eval", EVAL_SHAPES)):
    for head, pre, mid, post, exact, depths in shapes:
        ns = list(depths)
        if exact:
            lo, hi = 1, 7000
            while lo < hi:
                m = (lo + hi) // 2
                if outcome(build(head, pre, mid, post, m), mode) == "MemoryError":
                    hi = m
                else:
                    lo = m + 1
            ns = [lo - 1, lo] + ns
        for n in ns:
            row = dict(head=head, pre=pre, mid=mid, post=post, n=n,
                       want=outcome(build(head, pre, mid, post, n), mode))
            if mode != "exec":
                row["mode"] = mode
            rows.append(row)
for n in INDENT:
    src = "".join(" " * i + "if 1:\n" for i in range(n)) + " " * n + "pass\n"
    rows.append(dict(head="", pre="", mid="", post="", indent=n, n=0, want=outcome(src)))

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "limits.jsonl")
with open(path, "w") as f:
    for r in rows:
        f.write(json.dumps(r) + "\n")
