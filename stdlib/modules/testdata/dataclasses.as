from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass, FrozenInstanceError, InitVar
import dataclasses
from typing import List, ClassVar


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(p.__eq__(3), Point.__hash__, is_dataclass(p), is_dataclass(Point), is_dataclass(3))


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    tags: dict = field(default_factory=dict, compare=False)
    kind: ClassVar[str] = "inv"


a = Inventory("a")
b = Inventory("b")
a.items.append("apple")
print(a, b, a.count, Inventory.kind, hasattr(Inventory, "items"), Inventory.count)
print([f.name for f in fields(a)], [f.type for f in fields(Inventory)][:1])
print(asdict(a), astuple(a))
print(Inventory("x", tags={"t": 1}) == Inventory("x"))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


vs = [Version(1, 2), Version(0, 9, 9), Version(1, 0, 5), Version(1, 2, 1)]
print(sorted(vs))
print(Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 9), max(vs))
try:
    Version(1) < 3
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int

    def hex(self):
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"


red = Color(255, 0, 0)
print(red, red.hex(), hash(red) == hash(Color(255, 0, 0)), {red, Color(255, 0, 0)})
try:
    red.r = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
print(replace(red, g=128))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: "Node" = None


root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
print(asdict(root))


@dataclass
class WithPost:
    a: int
    b: int = 2
    total: int = field(init=False)
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.total = (self.a + self.b) * scale


print(WithPost(1), WithPost(1, 3, 10), [f.name for f in fields(WithPost)])


@dataclass
class Employee(Point):
    name: str = "anon"


e = Employee(1, 2, "bob")
print(e, [f.name for f in fields(e)], isinstance(e, Point))


@dataclass(eq=False)
class Plain:
    v: int


print(Plain(1) == Plain(1), Plain(1))


@dataclass(repr=False)
class NoRepr:
    v: int


print(type(repr(NoRepr(1))).__name__, NoRepr(1).v)


@dataclass(unsafe_hash=True)
class Hashed:
    v: int


print(hash(Hashed(1)) == hash(Hashed(1)))
try:
    hash(Point(1, 2))
except TypeError as e:
    print("TypeError:", e)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3))

for bad in (lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2),
            lambda: Inventory(), lambda: Options(), lambda: Color(1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    fields(3)
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(Point)
except TypeError as e:
    print("TypeError:", e)
print(Point.__match_args__, Options.__match_args__)
