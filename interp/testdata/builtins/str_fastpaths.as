# The fast paths of str methods, builtin calls and string building
# (call_builtin.go, str_box.go): subclasses, errors, unicode.
import sys, string
# ---- t1
class S(str): pass
class L(list): pass
s = S("a b c")
print(s.split(), "x y".split(S(" ")), L([1]).__class__.__name__)
l = L(); l.append(3); print(l)
try: "a".split(1)
except TypeError as e: print(e)
try: [].append()
except TypeError as e: print(e)
try: [].append(1, 2)
except TypeError as e: print(e)
try: {}.get()
except TypeError as e: print(e)
try: str.upper(3)
except TypeError as e: print(e)
try: list.append("x", 3)
except TypeError as e: print(e)
print(str.split("a  b"), list.__len__([1,2]), dict.get({1:2}, 1))
print("a\u3000b\u2003c".split(), "ü ö".upper())
d = {}
for w in "x y x".split(): d[w] = d.get(w, 0) + 1
print(d, (1).bit_length(), (2.5).is_integer(), {1}.union([2]), frozenset([1]).union([3]))
print(" ".join(x for x in "abc"), ",".join(["1", S("2")]))
def rec(n): return [].append(rec(n-1)) if n else 0
try: rec(100000)
except RecursionError as e: print("rec", e)
# ---- t2
cases = ["", "   ", "a", " a ", "a  b\tc\nd\x0be\x0cf\rg\x1ch\x1di\x1ej\x1fk", "ü ö\u3000x\u2003y\u00a0z\u0085w", "\u3000\u3000", "a\u200bb", "x y z  "]
for c in cases:
    print(repr(c.split()), repr(c.rsplit()))
    for m in (-1, 0, 1, 2, 5):
        print(m, repr(c.split(None, m)), repr(c.split(maxsplit=m)), repr(c.rsplit(None, m)))
    print(repr(c.split(" ")), repr(c.split("a")))
w = ""
for i in range(100):
    w += "xyzé"[i % 4]
    if i % 7 == 0: print(w, len(w))
a = "ab"; b = a + "cd"; c = a + "ef"; print(a, b, c, b + c, (b + c) * 2, len(b + c + b + c + b + c + b + c))
s = ""
for i in range(20): s = s + str(i)
print(s, s == "012345678910111213141516171819", hash(s) == hash("012345678910111213141516171819"), {s: 1}["012345678910111213141516171819"])
parts = "a b c".split(); parts[0] = "z"; print(parts, "a b c".split())
class S(str): pass
print(S(" a b ").split(), type(S("a b").split()[0]).__name__)
# ---- t3
print(ord("a"), ord("é"), ord("€"), ord("😀"), ord(b"a"), len("x"*20000), len([1]*300))
for bad in ["", "ab", "éé", b"ab", 3]:
    try: ord(bad)
    except TypeError as e: print(e)
s = "hé€😀 x"
print([ord(c) for c in s], len(s))
print("  a b  ".strip(), "|" + "\t x \u3000".strip() + "|", "xxaxx".strip("x"), "abc".strip(), " a".lstrip(), "a ".rstrip())
class S(str): pass
print(type(S(" a ").strip()).__name__, type(S("a").strip()).__name__, S("ab").strip() == "ab")
x = "abc"; print(x.strip() is x)
print(f"{3:3d} {'w':>10} {7:6d} {7 / 1000:.3f}", f"{1}:{'w'}", f"{'é'}{2}{'😀'}", f"{''}{''}" == "")
print("ab".upper(), (5).bit_length(), [3,1].index(1), (1,2).count(1), {1:2}.keys(), "a,b".split(","))
try: "a".nosuch
except AttributeError as e: print(e)
try: "a".nosuch()
except AttributeError as e: print(e)
l=[]; m = l.append; m(1); print(l)
# ---- t4
a = "".join(chr(i) for i in range(128))
print(a.upper() == "".join(c.upper() for c in a), a.lower() == "".join(c.lower() for c in a))
for s in ["", "a", "abcdefgh", "abcdefghi", "Hello, World! @[`{ zZaA", "héllo wörld ß", a * 3]:
    print(repr(s.upper()), repr(s.lower()))
for s in ["", " ", "  a  ", "\t\n a b \x1c\x1f", "\u3000x\u3000", " é ", "abc", "\x85a\xa0", "a\u200b"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(None)), repr(s.strip(" a")))
x = "abc"; print(x.strip() is x, x.lstrip() is x, x.rstrip() is x)
class S(str): pass
y = S(" q "); print(type(y.strip()).__name__, repr(y.strip()), type(S("q").strip()).__name__)
try: "a".strip(1)
except TypeError as e: print(e)
try: "a".strip(" ", 2)
except TypeError as e: print(e)
try: "a".ljust()
except TypeError as e: print(e)
print("a".ljust(3, "*"), "a".center(5), "a".rjust(3))
# ---- t5
print(len("abc"), len([1,2]), min(3, 1, 2), max([4, 5]), min((), default=7), sorted([3, 1, 2]), sum([1, 2]), abs(-3))
print(isinstance(1, int), issubclass(bool, int), repr("x"), divmod(7, 2), pow(2, 10), round(2.5), any([0, 1]), all([]))
it = iter([1, 2, 3]); print(next(it), next(it, None), list(it), next(it, "end"))
class C:
    def __len__(self): return 5
    def __lt__(self, o): return False
print(len(C()), hash(1), chr(65), hex(255), oct(8), bin(5), callable(len), format(3.14159, ".2f"))
for bad in [lambda: len(), lambda: len(1, 2), lambda: len(3), lambda: min(), lambda: ord(), lambda: len(x=1), lambda: chr(-1)]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
def deep(n): return len([deep(n-1)]) if n else 0
try: deep(5000)
except RecursionError: print("rec")
l = [3, 1]; s = sorted(l); s.append(9); print(l, s)
print(*[1, 2], sep="-")
print(getattr(1, "bit_length")(), getattr(C(), "zz", 4), hasattr(1, "x"), max("abc", key=lambda c: -ord(c)))
# ---- t6
for i in [0, 7, 123456789, -5]:
    for w in ["", "é", "word", "x" * 40, "y" * 60]:
        s = f"{i}:{w}"
        print(s, len(s), f"{w}", f"{w}{w}" == w + w, f"{i:3d} {w:>10} {i:6d} {i / 1000:.3f}")
print(f"{''}" == "", len(f"{'a' * 8}{'b' * 8}"), f"{'😀'}{1}")
a = "x" * 30; b = a + "y" * 18; c = a + "y" * 19; print(len(b), len(c), b[-1], c[-2:])
