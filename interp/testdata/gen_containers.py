#!/usr/bin/env python3
"""Writes interp/testdata/containers.as: one small program per case of
strings, containers and iteration (str/list/tuple/dict/set/range methods,
indexing, slicing, operators, comparisons, constructors, iteration
helpers), then has internal/golden/record_chunks.py record what CPython
3.11 does with each (never asyncscript's own output). The golden runner
runs them (interp/golden_test.go). Run: python3 interp/testdata/gen_containers.py
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


# A set is built by adding its items in order, with added(): a display
# such as {100, 8, 16, 1, 9} would not do, as CPython compiles a display of
# constants into the update of an empty set from a frozenset constant,
# whose order differs.
class S:
    def __init__(self, *items): self.items = items
    def src(self): return "added(%s)" % ", ".join(src(x) for x in self.items)


class FS(S):
    def src(self): return "frozenset(%s)" % S.src(self)


class D:  # a dict built by inserting pairs in order, then deleting dels
    def __init__(self, *pairs, dels=()): self.pairs, self.dels = pairs, dels
    def src(self):
        s = "{" + ", ".join(src(k) + ": " + src(v) for k, v in self.pairs) + "}"
        return "deleted(%s, %s)" % (s, ", ".join(src(k) for k in self.dels)) if self.dels else s


HELPERS = {"deleted(": """def deleted(d, *keys):
    for k in keys:
        del d[k]
    return d
""", "added(": """def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
"""}


class Fn:  # key functions
    SRC = {"len": "len", "neg": "lambda x: -x", "first": "lambda x: x[0]", "mod3": "lambda x: x % 3",
           "lower": "lambda s: s.lower()", "second": "lambda x: x[1]"}
    def __init__(self, name): self.name = name
    def src(self): return Fn.SRC[self.name]


def src(v):
    """Python source text for the value v."""
    if isinstance(v, (S, D, Fn)): return v.src()
    if isinstance(v, tuple): return "(" + ", ".join(src(x) for x in v) + ("," if len(v) == 1 else "") + ")"
    if isinstance(v, list): return "[" + ", ".join(src(x) for x in v) + "]"
    if isinstance(v, slice): return "slice(%s, %s, %s)" % (src(v.start), src(v.stop), src(v.step))
    return repr(v)  # None, bool, int, float, str, range


def index(k):
    """Subscript source: slices in slice syntax."""
    if isinstance(k, slice):
        return ":".join("" if x is None else src(x) for x in (k.start, k.stop, k.step)).rstrip(":") or ":"
    return src(k)


CASES = []
def case(kind, *a, **kw): CASES.append((kind, a, kw))

# ---- str methods
for recv, m, args in [
    ("a,b,,c", "split", (",",)), ("a,b,,c", "split", (",", 2)), ("a,b,,c", "rsplit", (",", 2)),
    ("  a b  c  ", "split", ()), ("  a b  c  ", "split", (None, 1)), ("  a b  c  ", "rsplit", (None, 1)),
    ("", "split", ()), ("", "split", (",",)), ("a\tb\nc\x0bd\x1ce", "split", ()), ("abc", "split", ("",)),
    ("a b c", "rsplit", (None, 0)), ("a b c", "split", (None, 0)), ("aXbXc", "rsplit", ("X", 1)),
    ("abc", "split", (1,)), ("  x  ", "strip", ()), ("xxhixx", "strip", ("x",)), ("xxhixx", "lstrip", ("x",)),
    ("xxhixx", "rstrip", ("x",)), ("abc", "strip", (1,)), ("\u00a0 hi \u2003", "strip", ()),
    ("hello world", "title", ()), ("they're bill's", "title", ()), ("hELLO wORLD", "capitalize", ()),
    ("Hello", "swapcase", ()), ("straße", "upper", ()), ("ÀÉÎ", "lower", ()), ("Straße", "casefold", ()),
    ("aaa", "replace", ("a", "b")), ("aaa", "replace", ("a", "b", 2)), ("ab", "replace", ("", "-")),
    ("ab", "replace", ("", "-", 2)), ("héllo", "replace", ("é", "e")), ("a", "replace", (1, "b")),
    ("hello", "startswith", ("he",)), ("hello", "startswith", (("x", "he"),)), ("hello", "startswith", ("l", 2)),
    ("hello", "endswith", ("lo",)), ("hello", "endswith", ("l", 0, 4)), ("abc", "startswith", ("", 3)),
    ("abc", "startswith", ("", 4)), ("hello", "startswith", (1,)), ("hello", "endswith", ((1,),)),
    ("héllo wörld", "find", ("w",)), ("héllo wörld", "rfind", ("l",)), ("héllo", "find", ("l", 3)),
    ("héllo", "find", ("l", -2)), ("abc", "find", ("", 5)), ("abc", "find", ("", 3)), ("abc", "find", ("", 2, 1)),
    ("abcabc", "index", ("c",)), ("abcabc", "rindex", ("a",)), ("abc", "index", ("z",)), ("abc", "rindex", ("z",)),
    ("abc", "find", (1,)), ("abcabc", "count", ("bc",)), ("abc", "count", ("",)), ("abc", "count", ("", 5)),
    ("aaaa", "count", ("aa",)), ("héllo", "count", ("l", 0, 3)),
    ("123", "isdigit", ()), ("²", "isdigit", ()), ("²", "isdecimal", ()), ("½", "isnumeric", ()),
    ("", "isdigit", ()), ("abc", "isalpha", ()), ("ab1", "isalpha", ()), ("ab1", "isalnum", ()),
    (" \t\n", "isspace", ()), ("", "isspace", ()), ("ABC1", "isupper", ()), ("abc1", "islower", ()),
    ("1", "isupper", ()), ("Hello World", "istitle", ()), ("Hello world", "istitle", ()),
    ("x1", "isidentifier", ()), ("1x", "isidentifier", ()), ("_", "isidentifier", ()), ("é", "isidentifier", ()),
    ("abc", "ljust", (6,)), ("abc", "rjust", (6, "*")), ("abc", "center", (6,)), ("abc", "center", (7, "*")),
    ("ab", "center", (5,)), ("abc", "center", (2,)), ("é", "center", (4, "ü")), ("abc", "ljust", (5, "ab")),
    ("abc", "ljust", ("x",)), ("-42", "zfill", (6,)), ("+", "zfill", (3,)), ("42", "zfill", (1,)),
    ("a\r\nb\rc\x0bd\x1ce\u2028f\n", "splitlines", ()), ("a\r\nb\rc\n", "splitlines", (True,)),
    ("", "splitlines", ()), ("a\n\nb", "splitlines", ()),
    ("a=b=c", "partition", ("=",)), ("a=b=c", "rpartition", ("=",)), ("abc", "partition", ("=",)),
    ("abc", "rpartition", ("=",)), ("abc", "partition", ("",)),
    ("a\tb\n\tc", "expandtabs", ()), ("a\tb\n\tc", "expandtabs", (4,)), ("ab\tc", "expandtabs", (0,)),
    ("prefix-x", "removeprefix", ("prefix-",)), ("x-suffix", "removesuffix", ("-suffix",)),
    ("x", "removesuffix", ("",)), ("abc", "isascii", ()), ("é", "isascii", ()),
    (",", "join", (["a", "b", "c"],)), (",", "join", (("a",),)), ("", "join", ([],)),
    (",", "join", (["a", 1],)), (",", "join", (1,)), ("-", "join", ("abc",)),
    ("abc", "upper", (1,)), ("abc", "zfill", ()),
]:
    case("m", recv, m, args)

# ---- str indexing and slicing
for s, k in [("héllo", 1), ("héllo", -1), ("héllo", 5), ("abc", -4), ("héllo", slice(1, 3, None)),
             ("héllo", slice(None, None, -1)), ("abc", slice(10, None, None)), ("abc", slice(-10, 2, None)),
             ("abcdef", slice(None, None, 2)), ("abcdef", slice(5, 1, -2)), ("abcdef", slice(None, None, 0)),
             ("abc", "x"), ("abc", True), ("x" * 70 + "é" + "y" * 10, 75), ("x" * 70 + "é" + "y" * 10, slice(69, 72, None)),
             ("x" * 70 + "é" + "y" * 10, -1), ("é" * 100, 99)]:
    case("getitem", s, k)
case("len", "héllo"); case("len", "x" * 70 + "é"); case("in", "ll", "héllo"); case("in", 1, "abc")
case("list", "héllo")

# ---- list
for recv, m, args, kw in [
    ([1, 2, 3], "append", (4,), {}), ([1], "append", (), {}), ([1], "extend", ((2, 3),), {}),
    ([1], "extend", ("ab",), {}), ([1], "extend", (5,), {}), ([1, 2, 3], "insert", (1, 9), {}),
    ([1, 2, 3], "insert", (-1, 9), {}), ([1, 2, 3], "insert", (10, 9), {}), ([1, 2, 3], "insert", (-10, 9), {}),
    ([1], "insert", (1,), {}), ([1, 2, 1], "remove", (1,), {}), ([1], "remove", (2,), {}),
    ([1, 2, 3], "pop", (), {}), ([1, 2, 3], "pop", (0,), {}), ([1, 2, 3], "pop", (-1,), {}),
    ([], "pop", (), {}), ([1], "pop", (5,), {}), ([1], "pop", ("a",), {}), ([1], "pop", (1, 2), {}),
    ([1, 2], "clear", (), {}), ([1, 2, 3, 2], "index", (2,), {}), ([1, 2, 3, 2], "index", (2, 2), {}),
    ([1, 2, 3, 2], "index", (2, -1), {}), ([1, 2, 3], "index", (2, 0, 1), {}), (["a"], "index", ("b",), {}),
    ([1], "index", (1, "a"), {}), ([1, 2, 1], "count", (1,), {}), ([1, 1.0, True], "count", (1,), {}),
    ([3, 1, 2], "reverse", (), {}), ([3, 1, 2], "copy", (), {}),
    ([3, 1, 2], "sort", (), {}), ([3, 1, 2], "sort", (), {"reverse": True}),
    (["b", "A", "a", "B"], "sort", (), {}), (["b", "A", "a", "B"], "sort", (), {"key": Fn("lower")}),
    (["bb", "a", "ccc", "dd", "e"], "sort", (), {"key": Fn("len")}),
    (["bb", "a", "ccc", "dd", "e"], "sort", (), {"key": Fn("len"), "reverse": True}),
    ([5, 3, 6, 9, 12, 1, 4], "sort", (), {"key": Fn("mod3")}),
    ([5, 3, 6, 9, 12, 1, 4], "sort", (), {"key": Fn("mod3"), "reverse": True}),
    ([2.5, 1, -3, 0.5], "sort", (), {}), ([0.0, -0.0, 0, False], "sort", (), {}),
    ([(2, "b"), (1, "z"), (2, "a"), (1, "a")], "sort", (), {}),
    ([(2, "b"), (1, "z"), (2, "a"), (1, "a")], "sort", (), {"key": Fn("first")}),
    ([(2, "b"), (1, "z"), (2, "a"), (1, "a")], "sort", (), {"key": Fn("second"), "reverse": True}),
    ([[2, 1], [1, 2, 3], [1, 2]], "sort", (), {}), ([1, "a"], "sort", (), {}), ([3, 1], "sort", (1,), {}),
    ([3, 1], "sort", (), {"foo": 1}), (list(range(30, 0, -1)), "sort", (), {"key": Fn("neg")}),
    ([1, 2], "reverse", (1,), {}),
]:
    case("m", recv, m, args, kw)

for lst, k in [([0, 1, 2, 3, 4, 5], slice(1, 4, None)), ([0, 1, 2, 3, 4, 5], slice(None, None, -2)),
               ([0, 1, 2, 3, 4, 5], slice(-2, None, None)), ([0, 1, 2, 3, 4, 5], slice(4, 1, -1)),
               ([0, 1, 2], slice(5, 10, None)), ([0, 1, 2], 3), ([0, 1, 2], -3), ([0, 1, 2], "a"),
               ([0, 1, 2], slice("a", None, None)), ([0, 1, 2], 2 ** 70)]:
    case("getitem", lst, k)
for lst, k, v in [([0, 1, 2, 3, 4, 5], slice(1, 3, None), ["a", "b", "c"]), ([0, 1, 2, 3, 4, 5], slice(1, 1, None), [9]),
                  ([0, 1, 2, 3, 4, 5], slice(None, None, 2), ["x", "y", "z"]), ([0, 1, 2, 3, 4, 5], slice(None, None, 2), [1]),
                  ([0, 1, 2, 3, 4, 5], slice(None, None, -1), list("abcdef")), ([0, 1, 2], slice(0, 1, None), 5),
                  ([0, 1, 2], slice(None, None, -1), 5), ([0, 1, 2], slice(5, 9, None), (7, 8)), ([0, 1, 2], slice(2, 0, None), "ab"),
                  ([0, 1, 2], 1, "x"), ([0, 1, 2], -1, "x"), ([0, 1, 2], 3, "x"), ((1, 2), 0, 5), ("ab", 0, "x"),
                  (D(("a", 1)), "b", 2), (D(("a", 1)), "a", 3)]:
    case("setitem", lst, k, v)
for lst, k in [([0, 1, 2, 3, 4, 5], slice(1, 3, None)), ([0, 1, 2, 3, 4, 5], slice(None, None, 2)),
               ([0, 1, 2, 3, 4, 5], slice(None, None, -2)), ([0, 1, 2, 3, 4, 5], slice(1, None, 3)), ([0, 1, 2], 0),
               ([0, 1, 2], -1), ([0, 1, 2], 5), ((1, 2), 0), (D(("a", 1), ("b", 2)), "a"), (D(("a", 1)), "z")]:
    case("delitem", lst, k)

for op, a, b in [("+", [1], [2]), ("+", [1], (2,)), ("*", [1, 2], 2), ("*", 2, [1]), ("*", [1], -1), ("+", (1,), (2,)),
                 ("+", "a", 1), ("*", "ab", 3), ("*", [1], "a"), ("|", D(("a", 1), ("b", 2)), D(("b", 3), ("c", 4))),
                 ("|", S(1, 2), S(2, 3)), ("&", S(1, 2, 3), S(2, 3, 4)), ("-", S(1, 2, 3), S(2)), ("^", S(1, 2, 3), S(3, 4)),
                 ("|", S(1), [2]), ("|", FS(1, 2), S(3)), ("|", S(1, 2), FS(3)), ("&", FS(1, 2), S(2)),
                 ("|", S(3, 1, 2), S(10, 9, 8, 17, 33, 5)), ("&", S(*range(20)), S(*range(15, 40, 3))),
                 ("-", S(*range(40)), S(*range(0, 40, 3))), ("^", S(*range(0, 30, 2)), S(*range(0, 30, 3)))]:
    case("binop", op, a, b)
for op, a, b in [("+", [1], (2, 3)), ("+", [1], 5), ("*", [1, 2], 2), ("|", S(1), S(2)), ("&", S(1, 2), S(2)),
                 ("-", S(1, 2), S(2)), ("^", S(1, 2), S(2, 3)), ("|", S(1), [2])]:
    case("iop", op, a, b)
for op, a, b in [("<", [1, 2], [1, 3]), ("<", [1, 2], [1, 2, 0]), ("==", [1, 2], [1, 2]), (">=", (1, "a"), (1, "b")),
                 ("==", D(("a", 1), ("b", 2)), D(("b", 2), ("a", 1))), ("==", D(("a", 1)), D(("a", 2))),
                 ("<", S(1), S(1, 2)), ("<=", S(1, 2), S(1, 2)), ("<", S(1, 2), S(1, 2)), (">", S(1, 2), S(1)),
                 ("==", S(1, 2), FS(2, 1)), ("!=", S(1, 2), S(1)), ("<", S(1), [1]), ("==", range(0, 0), range(2, 2)),
                 ("==", range(0, 3), range(0, 3)), ("==", range(0, 10, 2), range(0, 9, 2)), ("<", [1, "a"], [1, 2])]:
    case("cmp", op, a, b)

# ---- tuple
for recv, m, args in [((1, 2, 1), "count", (1,)), ((1, 2, 3), "index", (3,)), ((1, 2), "index", (5,)),
                      ((1, 2, 3, 2), "index", (2, 2)), ((1,), "count", ())]:
    case("m", recv, m, args)
for t, k in [((0, 1, 2, 3), slice(1, None, None)), ((0, 1, 2, 3), slice(None, None, -1)), ((0, 1), 2), ((0, 1), "a")]:
    case("getitem", t, k)
case("ctor", "tuple", ("abc",)); case("ctor", "tuple", (1,)); case("ctor", "list", ((1, 2),)); case("ctor", "list", (1, 2))
case("ctor", "list", ()); case("ctor", "tuple", ())

# ---- dict
for recv, m, args in [
    (D(("a", 1)), "get", ("a",)), (D(("a", 1)), "get", ("b",)), (D(("a", 1)), "get", ("b", 0)), (D(), "get", ()),
    (D(("a", 1), ("b", 2)), "keys", ()), (D(("a", 1), ("b", 2)), "values", ()), (D(("a", 1), ("b", 2)), "items", ()),
    (D(("a", 1), ("b", 2)), "pop", ("a",)), (D(), "pop", ("a",)), (D(), "pop", ("a", None)), (D(), "pop", ()),
    (D(("a", 1), ("b", 2)), "popitem", ()), (D(), "popitem", ()), (D(("a", 1)), "setdefault", ("a", 5)),
    (D(("a", 1)), "setdefault", ("b", 5)), (D(("a", 1)), "setdefault", ("c",)),
    (D(("a", 1)), "update", (D(("b", 2), ("a", 3)),)), (D(("a", 1)), "update", ([("b", 2), ["c", 3]],)),
    (D(), "update", ([1],)), (D(), "update", ([(1, 2, 3)],)), (D(), "update", (1,)), (D(), "update", (["ab"],)),
    (D(("a", 1)), "clear", ()), (D(("a", 1)), "copy", ()),
    (D(("a", 1), ("b", 2), ("c", 3), dels=("b",)), "items", ()),
    (D(("a", 1), ("b", 2), ("c", 3), ("b", 4), dels=("a",)), "keys", ()),
    (D((1, "x"), ((1, 2), "t"), (None, "n"), (2.5, "f")), "items", ()),
    (D((1, "x"), (1.0, "y"), (True, "z")), "items", ()),
]:
    case("m", recv, m, args)
case("getitem", D(("a", 1)), "b"); case("getitem", D(((1, 2), 1)), (1, 2)); case("getitem", D(), [1])
case("in", "a", D(("a", 1))); case("in", [1], D(("a", 1)))
case("ctor", "dict", ([("a", 1), ("b", 2)],)); case("ctor", "dict", ([1],)); case("ctor", "dict", (1, 2))
case("list", D(("x", 1), ("y", 2)))
case("dictkw", [("a", 1)], {"b": 2, "a": 3})

# ---- set
for recv, m, args in [
    (S(1, 2), "add", (3,)), (S(1), "add", ([1],)), (S(1, 2), "remove", (1,)), (S(1), "remove", (5,)),
    (S(1), "discard", (5,)), (S(1, 2), "discard", (2,)), (S(3, 1, 2), "pop", ()), (S(), "pop", ()),
    (S(1, 2), "clear", ()), (S(1, 2), "copy", ()), (S(1), "update", ([3, 2], (5,))), (S(1), "union", ([3, 2], (7, 33))),
    (S(1, 2, 3), "intersection", ([2, 3, 4],)), (S(1, 2, 3), "intersection", ([2, 3, 4], (3,))),
    (S(1, 2, 3), "difference", ([2],)), (S(1, 2, 3), "difference", ([2], [3])), (S(1, 2, 3), "symmetric_difference", ([3, 4],)),
    (S(1, 2), "issubset", ([1, 2, 3],)), (S(1, 2), "issuperset", ([1],)), (S(1, 2), "isdisjoint", ([3],)),
    (S(1, 2), "isdisjoint", ([2],)), (S(1, 2, 3), "intersection_update", ([2, 3, 4],)),
    (S(1, 2, 3), "difference_update", ([2], [3])), (S(1, 2, 3), "symmetric_difference_update", ([3, 4],)),
    (FS(1, 2), "union", ([3],)), (FS(1, 2), "copy", ()), (S(1), "union", (1,)),
]:
    case("m", recv, m, args)
for items in [(3, 1, 2), (5, 3, 10, 1), (10, 3), tuple(range(20, 0, -1)), (100, 8, 16, 1, 9), (-1, -2, 7, 2**40),
              ("z",), (None,), ((1, 2), (0, 0)), (1.5, 2.5, 0.5)]:
    case("repr", S(*items))
case("repr", FS(3, 1, 2)); case("repr", S()); case("repr", FS())
case("popall", S(9, 17, 1, 33, 5, 2))
case("discardadd", S(1, 9, 17, 25), (9, 17), (33, 41))
case("in", 2, S(1, 2)); case("in", [1], S(1)); case("in", S(1), S(FS(1)))
case("ctor", "set", ([3, 3, 1],)); case("ctor", "set", (D((5, 1), (1, 1)),)); case("ctor", "frozenset", ((3, 1, 2),))
case("hash", FS(1, 2, 3)); case("hash", FS()); case("hash", FS((1, 2), 3))
case("keysop", "&", D((1, 1), (2, 2)), S(2, 3)); case("keysop", "|", D((1, 1), (2, 2)), [5])
case("keysop", "-", D((1, 1), (2, 2)), S(2))

# ---- range
for r, k in [(range(0, 10, 2), 3), (range(0, 10, 2), -1), (range(0, 10, 2), 5), (range(0, 10), slice(2, 5, None)),
             (range(0, 10), slice(None, None, -1)), (range(0, 10), slice(5, 2, None)), (range(1, 20, 3), slice(1, None, 2)),
             (range(10, 0, -3), slice(None, None, -1)), (range(5), "a")]:
    case("getitem", r, k)
for r in [range(0, 5), range(0, 10, 3), range(10, 0, -3), range(0, 0), range(5, 0)]:
    case("repr", r); case("len", r); case("list", r)
case("in", 4, range(0, 10, 2)); case("in", 5, range(0, 10, 2)); case("in", 10, range(0, 10, 2)); case("in", 4.0, range(0, 10, 2))
case("in", -3, range(0, -10, -3)); case("in", "a", range(3))
case("m", range(0, 10, 2), "index", (4,)); case("m", range(0, 10, 2), "index", (5,)); case("m", range(0, 10, 2), "count", (4,))
case("ctor", "range", (1, 10, 0)); case("ctor", "range", ()); case("ctor", "range", (1.5,)); case("ctor", "range", (3,))

# ---- iteration helpers
case("enumerate", ["a", "b"], 5); case("zip", [[1, 2, 3], "ab"]); case("reversed", [1, 2, 3]); case("reversed", "héllo")
case("reversed", range(1, 10, 3)); case("reversed", D(("a", 1), ("b", 2))); case("reversed", 5)
case("iter", 5); case("len", 5)
case("getitem", 5, 0)

def build(kind, a):
    """The program (lines) for one case: it prints repr of the outcome, and
    of a mutated receiver after the operation (even when it raised)."""
    def after(recv, stmts):
        return ["r = " + src(recv), "try:"] + ["    " + s for s in stmts] + ["finally:", "    print(repr(r))"]
    if kind == "m":
        recv, m, args = a[0], a[1], a[2]
        kwargs = a[3] if len(a) > 3 else {}
        call = "r.%s(%s)" % (m, ", ".join([src(x) for x in args] + ["%s=%s" % (k, src(v)) for k, v in kwargs.items()]))
        if isinstance(recv, (list, D, S)) and not isinstance(recv, FS):
            return after(recv, ["print(repr(%s))" % call])
        return ["r = " + src(recv), "print(repr(%s))" % call]
    if kind == "getitem":
        return ["print(repr(%s[%s]))" % (src(a[0]), index(a[1]))]
    if kind == "setitem":
        return after(a[0], ["r[%s] = %s" % (index(a[1]), src(a[2]))])
    if kind == "delitem":
        return after(a[0], ["del r[%s]" % index(a[1])])
    if kind == "binop":
        return ["print(repr(%s %s %s))" % (src(a[1]), a[0], src(a[2]))]
    if kind == "iop":
        return ["v = " + src(a[1]), "v %s= %s" % (a[0], src(a[2])), "print(repr(v))"]
    if kind == "cmp":
        return ["print(repr(%s %s %s))" % (src(a[1]), a[0], src(a[2]))]
    if kind == "in":
        return ["print(repr(%s in %s))" % (src(a[0]), src(a[1]))]
    if kind in ("len", "list", "repr", "hash"):
        return ["print(repr(%s(%s)))" % ({"repr": ""}.get(kind, kind), src(a[0]))]
    if kind == "ctor":
        return ["print(repr(%s(%s)))" % (a[0], ", ".join(src(x) for x in a[1]))]
    if kind == "dictkw":
        return ["print(repr(dict(%s, %s)))" % (src(a[0]), ", ".join("%s=%s" % (k, src(v)) for k, v in a[1].items()))]
    if kind == "popall":
        return ["s = " + src(a[0]), "out = []", "while s:", "    out.append(s.pop())", "print(repr(out))"]
    if kind == "discardadd":
        return (["s = " + src(a[0])] + ["s.discard(%s)" % src(x) for x in a[1]] +
                ["s.add(%s)" % src(x) for x in a[2]] + ["print(repr(s))"])
    if kind == "keysop":
        return ["print(repr(%s.keys() %s %s))" % (src(a[1]), a[0], src(a[2]))]
    if kind == "enumerate":
        return ["print(repr(list(enumerate(%s, %d))))" % (src(a[0]), a[1])]
    if kind == "zip":
        return ["print(repr(list(zip(%s))))" % ", ".join(src(x) for x in a[0])]
    if kind == "reversed":
        return ["print(repr(list(reversed(%s))))" % src(a[0])]
    if kind == "iter":
        return ["print(repr(iter(%s)))" % src(a[0])]
    raise ValueError(kind)


chunks = []
for kind, a, _ in CASES:
    lines = build(kind, a)
    for call, helper in HELPERS.items():
        if call in "\n".join(lines):
            lines = helper.splitlines() + lines
    chunks.append("\n".join(lines))
path = os.path.join(HERE, "containers.as")
with open(path, "w", encoding="utf-8") as f:
    f.write("\n---\n".join(chunks) + "\n")
subprocess.run([sys.executable, os.path.join(HERE, "..", "..", "internal", "golden", "record_chunks.py"), path], check=True)
