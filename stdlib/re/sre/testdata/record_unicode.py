# Records CPython 3.11's character classes for str patterns (\w, \d, \s),
# sre's cased predicate and lowercase mapping and the code points unassigned in its Unicode
# database, into unicode.json, which unicode_test.go compares with the
# engine's predicates. Regenerate with
#     python3 record_unicode.py > unicode.json
import json
import re
import sys
import unicodedata

import _sre


def ranges(pred):
    out, start = [], None
    for i in range(sys.maxunicode + 1):
        if pred(i):
            if start is None:
                start = i
        elif start is not None:
            out.append([start, i - 1])
            start = None
    if start is not None:
        out.append([start, sys.maxunicode])
    return out


def cls(pattern):
    p = re.compile(pattern)
    return lambda i: p.match(chr(i)) is not None


data = {
    "unidata_version": unicodedata.unidata_version,
    "word": ranges(cls(r"\w")),
    "digit": ranges(cls(r"\d")),
    "space": ranges(cls(r"\s")),
    "cased": ranges(_sre.unicode_iscased),
    "unassigned": ranges(lambda i: unicodedata.category(chr(i)) == "Cn"),
    "lower": [[i, _sre.unicode_tolower(i)] for i in range(sys.maxunicode + 1) if _sre.unicode_tolower(i) != i],
}
json.dump(data, sys.stdout, separators=(",", ":"))
sys.stdout.write("\n")
