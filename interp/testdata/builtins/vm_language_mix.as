def gen():
    x = yield 1
    print("got", x)
    try:
        y = yield 2
    except ValueError as e:
        print("caught", e)
        y = yield 3
    return y * 2

g = gen()
print(next(g), g.send("hi"), g.throw(ValueError("boom")))
try:
    g.send(21)
except StopIteration as s:
    print("stop", s.value)

def counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc
c = counter(); c(); c(5); print(c())

class P:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x * 10
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def s(a, b=2): return a + b
p = P.make(); p.v = 4; print(p.v, P.s(1), p.s(1, b=5))

def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())

def g2():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
g2()

class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None); return True
with CM() as m:
    raise KeyError("x")
print("after with")
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1], reverse=True))
print("{:>8}|{:<6}|{:^7}|{:+.3e}".format("r", "l", "c", 12345.678))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 / 2, 2 ** -1, 10 ** 20, round(2.5), round(3.5), round(-0.5))
print(list(zip("abc", range(10), [1.5, 2.5])), dict(zip("ab", "xy")))
print(any(x > 3 for x in range(5)), all([]), sum([0.1] * 10), max("apple", "pear", key=len))
a = [3, 1, 2]; a.sort(reverse=True); print(a, a[::-1], a[1:], a[-2:], "abcdef"[1:5:2])
s = {1, 2, 3} ^ {2, 5}; print(s, {1, 2} <= {1, 2, 3}, frozenset([1]) | {2})
print(f"{3.14159:.2f} {42:08b} {255:#x} {1e21} {1/3} {-0.0} {float('inf')} {12345678.9:,.2f}")
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), str("y"))
x = 5
print(1 < x < 10, x if x > 3 else -x, [i for i in range(10) if i % 3 == 0], (lambda *a, **k: (a, k))(1, b=2))
print(isinstance(True, int), type(3.0).__name__, int("0x1f", 16), int("  42 "), float("1e-3"), hex(-255), bin(5), oct(8))
print("%s %r %d %5.1f %-4s| %x %o %%" % ("s", "r", 42, 3.14159, "ab", 255, 8))
print(" a b  c ".split(), "a,b,,c".split(","), "x".join(["1", "2"]), "Hello World".swapcase(), "abc".center(9, "*"))
print(chr(9731), ord("é"), "naïve".upper(), len("日本語"), "日本語"[1], ascii("é"))
