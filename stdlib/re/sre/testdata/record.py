# Records what CPython 3.11 does with the table of regular expressions
# below, into cases.json, which re_table_test.go replays against the sre
# engine. Regenerate with
#     python3 record.py > cases.json
# Never write cases.json by hand or from asyncscript's output.
#
# Each row is (pattern, flags, subjects). For every subject the recorder
# stores the outcome of match, fullmatch and search (the span of every
# group and lastindex, or None) and the spans of all finditer matches;
# a pattern that does not compile stores its exception instead.
import json
import re
import sys

I, M, S, X, A = re.I, re.M, re.S, re.X, re.A

CASES = [
    # literals, classes, anchors
    (r"abc", 0, ["abc", "xabcx", "ab", ""]),
    (r"a.c", 0, ["abc", "a\nc", "ac"]),
    (r"a.c", S, ["a\nc", "abc"]),
    (r"^\w+$", 0, ["hello", "hello world", "", "héllo_9"]),
    (r"^\w+$", A, ["héllo", "hello"]),
    (r"\d+\s\D", 0, ["12 x", "١٢ y", "12x"]),
    (r"[a-cx-z]+", 0, ["abxz", "def", "-"]),
    (r"[^0-9a-f]+", 0, ["xyz0", "09af", "G-"]),
    (r"[\w.-]+@[\w-]+\.\w+", 0, ["mail me at jo.e-x@ex-a.com today", "no@at"]),
    (r"[]a]", 0, ["]", "a", "b"]),
    (r"[^a]b", 0, ["ab", "bb", "b"]),
    (r"[^a]", I, ["A", "B"]),
    (r"[^\d\s]+", 0, ["12 ab3"]),
    (r"[a-]+", 0, ["a-a-", "b"]),
    (r"\bfoo\b", 0, ["foo", "a foo b", "foobar", "barfoo"]),
    (r"\Bo\B", 0, ["foo", "o", "bob"]),
    (r"^a$", M, ["b\na\nc", "a\n", "ba"]),
    (r"a$", 0, ["a\n", "a\nb", "ba"]),
    (r"\Aab\Z", 0, ["ab", "ab\n"]),
    # quantifiers
    (r"a*", 0, ["", "aaa", "baaa"]),
    (r"a+?b", 0, ["aaab", "b"]),
    (r"a{2,3}", 0, ["a", "aa", "aaaa", "aaaaaaa"]),
    (r"a{,2}b", 0, ["aaab", "b"]),
    (r"a{2}", 0, ["aaa"]),
    (r"x{", 0, ["x{", "x"]),
    (r"a{1,}?", 0, ["aaa"]),
    (r"(ab)*c", 0, ["ababc", "c", "abab"]),
    (r"(a|ab)(c|bcd)(d*)", 0, ["abcd", "abcdd"]),
    (r"(a*)*b", 0, ["aab", "b", "c"]),
    (r"(a*)+b", 0, ["aab", "b"]),
    (r"(a|b)*?c", 0, ["abac"]),
    (r"(?:a|b)+", 0, ["abba", "c"]),
    (r"(a+)+$", 0, ["aaaa", "aaab"]),
    (r"a++a", 0, ["aaa"]),
    (r"(?>a+)b", 0, ["aab", "aa"]),
    (r"(ab|a)*+b", 0, ["abab", "aab"]),
    (r"(x)?y", 0, ["y", "xy"]),
    # groups and backreferences
    (r"(a)(b)?(c)", 0, ["ac", "abc"]),
    (r"((a)b)c", 0, ["abc"]),
    (r"(?P<word>\w+) (?P=word)", 0, ["hello hello", "hello world", "say bye bye"]),
    (r"(\w)\1", 0, ["abccd", "abcd"]),
    (r"(a)|(b)", 0, ["b", "a", "c"]),
    (r"(a)|b", 0, ["b"]),
    (r"(?:(a)|b)*", 0, ["ab", "ba"]),
    (r"((a)|b)+", 0, ["ab", "ba"]),
    (r"(a)(?(1)b|c)", 0, ["ab", "ac"]),
    (r"(a)?(?(1)b|c)", 0, ["ab", "c", "b"]),
    (r"(?P<q>['\"])(.*?)(?P=q)", 0, ["say 'hi' and \"bye\"", "'open"]),
    (r"(?i)(a)\1", 0, ["aA", "Ab"]),
    # lookaround
    (r"foo(?=bar)", 0, ["foobar", "foobaz"]),
    (r"foo(?!bar)", 0, ["foobar", "foobaz"]),
    (r"(?<=\$)\d+", 0, ["cost $42", "42"]),
    (r"(?<!-)\b\d+", 0, ["-12 34", "5"]),
    (r"(?<=(a))b", 0, ["ab"]),
    (r"(?=(\w+))\w", 0, ["abc"]),
    (r"\w+(?<=ing)\b", 0, ["singing king"]),
    # flags
    (r"hello", I, ["HeLLo", "HELLO world"]),
    (r"[a-z]+", I, ["ABC", "Straße"]),
    (r"ſ", I, ["s", "S", "ſ"]),
    (r"ß", I, ["\u1e9e", "ß", "ss"]),
    (r"[ß-ß]", I, ["\u1e9e"]),
    (r"[k]", I, ["K", "\u212a"]),
    (r"(?i)stra\u00dfe", 0, ["STRASSE", "STRAßE", "strasse"]),
    (r"(?i:a)b", 0, ["Ab", "AB"]),
    (r"a(?-i:b)", I, ["AB", "Ab"]),
    (r"(?x) a b  # comment\n c", 0, ["abc", "a b c"]),
    (r"a b", X, ["ab"]),
    (r"[ ]", X, [" "]),
    (r"(?s:.)(.)", 0, ["\n\n", "\nx"]),
    (r"(?m)^\w+$", 0, ["one\ntwo"]),
    (r"(?a)\w+", 0, ["é1"]),
    (r"\u00e9|\x41|\101|\0", 0, ["é", "A", "\0"]),
    (r"\t\n\\", 0, ["\t\n\\"]),
    # empty matches and iteration
    (r"", 0, ["", "ab"]),
    (r"x*", 0, ["axxb"]),
    (r"\b", 0, ["ab cd", ""]),
    (r"(?=a)|b", 0, ["ab"]),
    (r"a|", 0, ["ba"]),
    # errors
    (r"(", 0, []),
    (r"a)", 0, []),
    (r"*a", 0, []),
    (r"a**", 0, []),
    (r"a{3,1}", 0, []),
    (r"[b-a]", 0, []),
    (r"[a", 0, []),
    (r"(?<x)", 0, []),
    (r"(?P<1a>x)", 0, []),
    (r"(?P<n>a)(?P<n>b)", 0, []),
    (r"(?P=nope)", 0, []),
    (r"\1", 0, []),
    (r"(a\1)", 0, []),
    (r"(?<=a+)b", 0, []),
    (r"(?<=a|bc)", 0, []),
    (r"\q", 0, []),
    (r"[\q]", 0, []),
    (r"\x4", 0, []),
    (r"abc\\", 0, []),
    ("abc\\", 0, []),
    (r"(?z)", 0, []),
    (r"(?i", 0, []),
    (r"a(?i)b", 0, []),
    (r"(?-a:x)", 0, []),
    (r"(?#comment", 0, []),
    (r"(?(2)a|b)(c)", 0, []),
    (r"(?(x)a)", 0, []),
    (r"(a)(?(1)b|c|d)", 0, []),
    (r"a{99999999999}", 0, []),
    (r"\777", 0, []),
    ("(\n(\n", 0, []),
    (r"x", A | re.U, []),
    (r"^*", 0, []),
    (r"(?P<n", 0, []),
    (r"(?P", 0, []),
    (r"(?Px)", 0, []),
]


def outcome(m):
    if m is None:
        return None
    return {"spans": [list(m.span(g)) for g in range(m.re.groups + 1)], "lastindex": m.lastindex}


def main():
    rows = []
    for pattern, flags, subjects in CASES:
        row = {"pattern": pattern, "flags": int(flags), "subjects": subjects}
        try:
            p = re.compile(pattern, flags)
        except Exception as e:
            row["error"] = "%s: %s" % (type(e).__name__, e)
            rows.append(row)
            continue
        row["results"] = [{
            "match": outcome(p.match(s)),
            "fullmatch": outcome(p.fullmatch(s)),
            "search": outcome(p.search(s)),
            "iter": [[list(m.span(g)) for g in range(p.groups + 1)] for m in p.finditer(s)],
        } for s in subjects]
        rows.append(row)
    json.dump(rows, sys.stdout, indent=1, ensure_ascii=True)
    sys.stdout.write("\n")


main()
