from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
import enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return f"{self.name.lower()} is #{self.value}"

    @classmethod
    def default(cls):
        return cls.GREEN

    @property
    def warm(self):
        return self is Color.RED


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED), Color)
print(list(Color), len(Color), Color(2), Color["BLUE"], Color.RED in Color, Color.RED is Color(1))
print(Color.RED.describe(), Color.default(), Color.RED.warm, Color.BLUE.warm)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, isinstance(Color.RED, Color))
print(f"{Color.RED}", format(Color.GREEN), str(Color.BLUE), "%s" % Color.RED)
print({Color.RED: "r", Color.GREEN: "g"}[Color.GREEN], sorted(Color, key=lambda c: -c.value))
print(list(reversed(Color)), list(Color.__members__), [m.value for m in Color])
for bad in (lambda: Color(7), lambda: Color["PURPLE"]):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError")


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape), Shape.__members__["ALIAS_FOR_SQUARE"])
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print("ValueError:", e)


class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()


print(list(Ordinal), Ordinal.THIRD.value)


class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Number.ONE, repr(Number.TWO), Number.ONE + 1, Number.TWO * 3, Number.ONE == 1, Number.TWO > Number.ONE)
print(Number.THREE < 5, sorted([Number.THREE, Number.ONE]), f"{Number.TWO}", format(Number.TWO, "03d"), str(Number.ONE))
print(Number(3), [n for n in Number], int(Number.TWO), hash(Number.ONE) == hash(1), ["a", "b", "c"][Number.ONE])


class Method(StrEnum):
    GET = auto()
    POST = "post"


print(Method.GET, repr(Method.GET), Method.POST == "post", f"{Method.POST}", Method("get"), Method.GET.upper())


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), repr(Perm(0)), ~Perm.R)
print(Perm.R & Perm.W, repr(Perm.R & rw), Perm(7), len(rw))


class Auto(Flag):
    A = auto()
    B = auto()
    C = auto()


print([m.value for m in Auto])


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.67300E-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Status("ACTIVE"), Status("Inactive"))
try:
    Status(3)
except ValueError as e:
    print("ValueError:", e)
print(isinstance(Color, enum.EnumMeta), issubclass(Number, int) == isinstance(Number.ONE, int))
