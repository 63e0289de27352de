class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("a", 1, sep=", ", end="!", file=w)
print(w.parts)
print("flushed", flush=True)
class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return self.n < o.n
    def __repr__(self):
        return f"V({self.n})"
print(sorted([V(3), V(1)]), min(V(2), V(1)), max([V(5), V(9)]))
print(max((x * x for x in range(4)), default=0))
tests = [
    ('len(5)', lambda: len(5)),
    ('len()', lambda: len()),
    ("abs('a')", lambda: abs('a')),
    ('sum(1)', lambda: sum(1)),
    ('min()', lambda: min()),
    ('max(1)', lambda: max(1)),
    ('sorted(1, 2)', lambda: sorted(1, 2)),
    ("round('a')", lambda: round('a')),
    ("int('z')", lambda: int('z')),
    ("chr('a')", lambda: chr('a')),
    ("ord('ab')", lambda: ord('ab')),
    ("getattr(1, 'nope')", lambda: getattr(1, 'nope')),
    ('next(iter([]))', lambda: next(iter([]))),
    ('iter(5)', lambda: iter(5)),
    ('divmod(1, 0)', lambda: divmod(1, 0)),
    ('pow(0, -1)', lambda: pow(0, -1)),
    ("isinstance(1, 'x')", lambda: isinstance(1, 'x')),
    ("open('/no/such')", lambda: open('/no/such')),
    ('print(sep=5)', lambda: print(sep=5)),
    ('print(foo=1)', lambda: print(foo=1)),
    ('hash([])', lambda: hash([])),
    ("float('abc')", lambda: float('abc')),
    ('ValueError(x=1)', lambda: ValueError(x=1)),
    ('range(1.5)', lambda: range(1.5)),
    ('list(1)', lambda: list(1)),
    ('dict(1)', lambda: dict(1)),
    ('map(len)', lambda: map(len)),
    ('filter(None)', lambda: filter(None)),
    ('reversed(5)', lambda: reversed(5)),
    ('input(1, 2)', lambda: input(1, 2)),
    ('exit(1, 2, 3)', lambda: exit(1, 2, 3)),
    ("format(1, 'q')", lambda: format(1, 'q')),
    ("setattr(1, 'a', 2)", lambda: setattr(1, 'a', 2)),
    ('vars(1)', lambda: vars(1)),
    ("ExceptionGroup('x', [])", lambda: ExceptionGroup('x', [])),
]
for t, fn in tests:
    try:
        fn()
        print(t, 'no error')
    except Exception as e:
        print(t, '->', type(e).__name__, e)
