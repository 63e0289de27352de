import dataclasses, functools
from dataclasses import dataclass, make_dataclass, field, FrozenInstanceError
from typing import TypedDict
P = make_dataclass('P', ['x', ('y', int), ('z', int, field(default=5))])
p = P(1, 2)
print(p, P.__name__, [f.name for f in dataclasses.fields(p)], dataclasses.asdict(p))
Q = make_dataclass('Q', [('a', int)], bases=(object,), namespace={'double': lambda self: self.a * 2}, frozen=True)
q = Q(4)
print(q, q.double(), hash(q) == hash(Q(4)))
try:
    q.a = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del q.a
except FrozenInstanceError as e:
    print(type(e).__name__, e)
@dataclass(frozen=True)
class Pt:
    x: int
    y: int = 0
pt = Pt(1)
try:
    del pt.x
except AttributeError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
Movie = TypedDict('Movie', {'name': str, 'year': int})
m = Movie(name='Blade Runner', year=1982)
print(m, type(m), Movie.__annotations__, Movie.__total__)
Part = TypedDict('Part', {'a': int}, total=False)
print(Part.__total__, Part(a=1))
class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print("computing")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, c.__dict__)
del c.area
print(c.area)
print(type(Circle.__dict__['area']).__name__, Circle.area.attrname)
class Base(TypedDict):
    name: str
class Ext(Base, total=False):
    year: int
print(Ext.__annotations__, sorted(Ext.__required_keys__), sorted(Ext.__optional_keys__), Ext.__total__, Ext(name="x"))
print(Movie.__module__, Movie.__name__, sorted(Movie.__required_keys__))
K = TypedDict('K', x=int, y=str)
print(K.__annotations__, K(x=1, y="a"))
