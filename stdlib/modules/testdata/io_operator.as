import io, operator, sys
from operator import itemgetter, attrgetter, methodcaller
s = io.StringIO()
print("hello", 42, file=s)
s.write("line2\n")
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read()), list(io.StringIO("a\nb\nc")))
with io.StringIO("x") as f:
    print(f.read(), f.closed)
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
old = sys.stdout
sys.stdout = buf = io.StringIO()
print("captured")
sys.stdout = old
print(repr(buf.getvalue()))
from contextlib import redirect_stdout
with redirect_stdout(io.StringIO()) as out:
    print("redirected")
print(repr(out.getvalue()))
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), itemgetter(0, 1)(rows[0]), itemgetter(1)([5, 6]), itemgetter(0))
class P:
    def __init__(self, n): self.name = n; self.inner = self
print(attrgetter("name")(P("x")), attrgetter("inner.name", "name")(P("y")), attrgetter("name"))
print(methodcaller("upper")("abc"), methodcaller("split", ",", maxsplit=1)("a,b,c"), methodcaller("split", ","))
import functools
print(functools.reduce(operator.add, [1, 2, 3]), operator.mul(3, 4), operator.truediv(1, 4), operator.neg(5), operator.contains([1], 1))
print(operator.eq(1, 1), operator.lt(1, 2), operator.not_(0), operator.getitem({"a": 1}, "a"), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
l = [1]; operator.iadd(l, [2]); print(l, operator.index(5), operator.concat([1], [2]), operator.length_hint([1, 2, 3]), operator.length_hint(5, 7))
