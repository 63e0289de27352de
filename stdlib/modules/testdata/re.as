import re

# module functions
print(re.match(r"(\d+)-(\d+)", "10-20 rest"))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
print(re.search(r"o+", "foo boo"), re.search("x", "abc"))
print(re.findall(r"\d+", "a1 b22 c333"))
print(re.findall(r"(\w)=(\d)?", "a=1 b= c=3"))
print(re.findall(r"(\w+)@", "x@ y@"))
print([m.group() for m in re.finditer(r"\w+", "one two  three")])
print(re.sub(r"\s+", " ", "a   b \t c"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>:\g<k> [\g<0>]", "a=1, b=2"))
print(re.sub(r"a", r"\n\t\\", "xax"))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"))
print(re.sub(r"x", lambda m: None, "axbxc"))
print(re.sub("a", "-", "aaaa", count=2), re.sub("a", "-", "aaaa", 0))
print(re.subn(r"o", "0", "foo boo"))
print(re.sub("", "-", "abc"), re.sub("x*", "-", "abxd"))
print(re.split(r"\s*,\s*", "a , b,c ,d"))
print(re.split(r"(\s)*,", "a ,b"), re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r",", "a,b,c,d", maxsplit=2), re.split(r"x*", "axbc"))
print(re.split(r"\b", "hi there"), re.split("z", ""))
print(re.escape("1.5*[x]+(y)? a-b ^$ \\ |{}#&~"), re.escape("plain_text123"))
re.purge()

# flags
print(re.I, re.IGNORECASE, re.M | re.S, re.X | re.I | re.A, re.NOFLAG)
print(repr(re.U), int(re.I), re.I == 2, re.I | 0, 2 | re.M, re.I & re.I, re.I & re.M)
print(f"{re.DOTALL}", "%d" % re.VERBOSE, re.VERBOSE + 1, hash(re.I) == hash(2))
print(re.findall("abc", "ABC aBc", re.I), re.findall("^x", "x\nx", re.M))
print(re.match(".", "\n", re.S), re.match(".", "\n"), re.findall(r"\w+", "é_1 x", re.A))
print(re.match(r"""
    (\d+)   # number
    \s*     # spaces
    ([a-z]+) # unit
""", "12 kg", re.VERBOSE).groups())

# Pattern objects
p = re.compile(r"(?P<key>\w+)\s*=\s*(?P<val>\d+)?", re.I)
print(p, p.pattern, p.flags, p.groups, dict(p.groupindex))
print(re.compile("a+"), re.compile("(?i)a"), re.compile("a", re.M | re.S | re.A), re.compile("x" * 250))
print(re.compile("it's"), re.compile('say "hi"'), re.compile("\\d\n"))
print(p.match("x = 1"), p.search("  y=22"), p.fullmatch("z =3"), p.fullmatch("z = 3 "))
q = re.compile(r"\d")
print(q.match("a1b2", 1), q.match("a1b2", 2), q.search("a1b2", 2), q.search("a1b2", 0, 1))
print(q.findall("1a2b3c", 1, 5), [m.span() for m in q.finditer("1a2b3c", 2)])
print(q.sub("#", "a1b22"), q.subn("#", "a1b22", 1), q.split("a1b2c"), q.split("a1b2c", 1))
print(re.compile("^b").search("ab", 1), re.compile("b$").search("abc", 0, 2))
print(re.compile(r"(?<=a)b").search("ab", 1), re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I))
print(re.compile(p) is p, re.search(p, "k=5").group("val"))

# Match objects
m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?P<extra> \w+)?", "Isaac Newton, physicist")
print(m, m.group(), m.group(0), m.group(1), m.group(2, 1), m.group("first", 2))
print(m[0], m[1], m["last"], m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0))
print(m.span(), m.span(1), m.start(2), m.end("first"), m.start(3), m.span("extra"))
print(m.string, m.re, m.pos, m.endpos, m.lastindex, m.lastgroup, m.regs)
print(m.expand(r"\2, \1 (\g<first>)"), m.expand(r"[\3]"))
m2 = re.match(r"(a)(b)?", "a")
print(m2.lastindex, m2.lastgroup, m2.groups(), m2.group(2), m2.span(2))
m3 = re.search(r"(a)(b)|(c)", "xc")
print(m3.lastindex, m3.groups(), re.match("x", "x").lastindex, re.match("(x)", "x").lastgroup)
print(re.match(r"((a)b)", "ab").lastindex, re.match(r"(?P<o>(?P<i>a)b)", "ab").lastgroup)
print(bool(re.match("", "")), re.match("", ""), re.search("$", "abc"))
print(re.match("a", "a" * 100), re.search(r"é+", "café!"))

# backtracking features
print(re.match(r"(a+)+b", "aaab").groups(), re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.match(r"(?:(a)|b)+", "ab").groups(), re.match(r"(a)*", "aaa").span(1))
print(re.search(r"(\w+)\s+\1", "this is is fine"), re.search(r"(?P<c>.)(?P=c)", "abccd"))
print(re.findall(r"\b\w+(?=ing\b)", "singing ringing rings"), re.findall(r"(?<!\d)\d{2}(?!\d)", "1 22 333 44"))
print(re.match(r"(?(1)a|b)", "b") if False else "", re.match(r"(<)?(\w+)(?(1)>|$)", "<tag>").groups(), re.match(r"(<)?(\w+)(?(1)>|$)", "tag").groups())
print(re.match(r"a*?", "aaa"), re.match(r"a+?", "aaa"), re.match(r"a{2,}?", "aaaa"), re.match(r"(ab)*?c", "ababc").group(1))
print(re.match(r"(?>a+)a", "aaa"), re.match(r"a*+a", "aaa"), re.match(r"(?>a|ab)c", "abc"))
print(re.findall("(?i)straße", "STRASSE straße STRAßE"), re.match(r"(?i)[^a]", "A"), re.match("(?i)ǆ", "ǅ"))
print(re.match(r"(?s)a.b(?-s:.)?", "a\nb\n"), re.match(r"(?i:A)a", "aa"), re.match(r"(?i:A)a", "aA"))

# errors
for bad in ["(", "a)", "*", "a**", "[z-a]", "(?<x>a)", "(?P<a>x)(?P<a>y)", r"\2(a)", "(?<=x*)y", "x{2,1}", "[", "\\", "(?i)(?s", "a\n(b"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == bad)
for call in [lambda: re.compile(5), lambda: re.match("a", 5), lambda: re.compile(re.compile("a"), re.I),
             lambda: re.sub("(a)", r"\2", "a"), lambda: re.sub("(a)", r"\g<nope>", "a"),
             lambda: re.sub("a", lambda m: 3, "xax"), lambda: re.match("(a)", "a").group(5),
             lambda: re.match("(a)", "a")["zz"], lambda: re.compile("a{99999999999}"),
             lambda: re.compile("x", re.A | re.U), lambda: re.sub("a", r"\q", "a")]:
    try:
        print(call())
    except (re.error, TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
print(issubclass(re.error, Exception), re.error.__name__)
# sre's own quirk: a nested possessive repeat can leave a group ending
# before it starts, which CPython reports as a SystemError
try:
    re.findall(r"(([^b-c]*+\W+?)*){,2}?(b*(.\B)+x|(?>c++.{2}b|\d{1,2})*\b|[^b-c]*?|$)++", "é a1 _x")
except SystemError as e:
    print("SystemError", e)
print(re.compile("(" * 400 + ")" * 400).groups)
try:
    re.compile("(" * 600 + ")" * 600)
except RecursionError as e:
    print("RecursionError", e)

e = re.error("bad thing", "ab\ncd", 4)
print(e, e.msg, e.pos, e.lineno, e.colno, e.pattern, e.args)
e = re.error("plain")
print(e, e.msg, e.pos, e.lineno, e.args)
try:
    raise re.error("boom", pattern="xyz", pos=1)
except re.error as x:
    print(repr(x), x)
print(isinstance(re.compile('a'), re.Pattern), isinstance(re.match('a', 'a'), re.Match))
m = re.match('(a)(b)', 'ab')
print(list(m.groups()), *m.groups(), m.group(True))
print(re.sub('(?P<x>a)', r'\g<x>\g<1>', 'a'), re.compile(r'\w+').sub(lambda m: m[0][::-1], 'abc def'))
it = re.finditer('a', 'aa')
print(next(it), next(it), next(it, 'end'))
print(re.compile('a').findall('aaa', endpos=2), re.compile('a').search(string='xa', pos=1))
print(re.compile("x").split("axbxc", maxsplit=1))
print("flags:", re.I in (re.I|re.M), re.S in re.I, list(re.I|re.M|re.A), list(re.NOFLAG), re.I.name, (re.I|re.M).name, re.NOFLAG.name, re.I.value, (re.I|1024).name, list(re.I|1024))
try: print(2 in re.I)
except TypeError as e: print('TypeError', e)
print(re.RegexFlag.IGNORECASE, re.RegexFlag(2), re.RegexFlag(10), re.RegexFlag.I if hasattr(re.RegexFlag, "I") else "")
for fl in re.M | re.S:
    print(fl, fl.value)
