import enum, json
from enum import Enum, IntEnum, IntFlag, StrEnum, auto
class Color(IntEnum):
    RED = 1
    GREEN = 2
print(isinstance(Color.RED, int), Color.RED + 1, Color.GREEN * 3, "%d" % Color.RED, json.dumps(Color.GREEN))
print(type(Color.RED), Color.RED == 1, Color.RED < Color.GREEN, int(Color.RED), hash(Color.RED) == hash(1))
print(repr(Color.RED), str(Color.RED), f"{Color.RED}", format(Color.RED, "03d"), [1,2,3][Color.RED])
print(Color(2), Color["RED"], list(Color), sorted([Color.GREEN, Color.RED]))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(isinstance(Perm.R, int), Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.R + 1, "%d" % (Perm.R|Perm.X), json.dumps(Perm.W))
print(Perm.R | 1, repr(Perm(7)), Perm(0), repr(Perm(0)), Perm.W in Perm(6), str(Perm.R))
class S(StrEnum):
    A = auto()
    B = "bee"
print(isinstance(S.A, str), S.A, repr(S.B), S.B.upper(), S.A + "x", json.dumps(S.B), "%s" % S.B, S.B == "bee", len(S.B))
print(type(S.B), S.B.startswith("b"), f"{S.B:>5}|")
Animal = Enum('Animal', 'ANT BEE CAT')
print(Animal.ANT, repr(Animal.BEE), list(Animal), Animal(3))
Shape = Enum('Shape', ['SQUARE', 'CIRCLE'])
print(list(Shape), Shape.CIRCLE.value)
Dir = Enum('Dir', [('N', 'n'), ('S', 's')])
print(repr(Dir.N), Dir('s'))
Num = IntEnum('Num', 'ONE TWO')
print(Num.TWO + 1, repr(Num.ONE))
Sz = Enum('Sz', {'SMALL': 1, 'BIG': 10})
print(Sz.BIG, Sz(1), Sz.__name__)
Colors = Enum('Colors', 'RED, GREEN')
print(list(Colors))
class Planet(Enum):
    EARTH = (5.97, 6.37)
    MARS = (0.642, 3.39)
    def __new__(cls, mass, radius):
        obj = object.__new__(cls)
        obj._value_ = mass
        obj.radius = radius
        return obj
print(Planet(0.642), Planet.MARS.radius, Planet.EARTH.value)
class Code(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Code(404).name, Code.OK // 3, Code.OK.bit_length(), max(Code), {Code.OK: "x"}[200], Code.OK in [200])
print(str(Code.OK), "{}".format(Code.NOT_FOUND), "%s %r" % (Code.OK, Code.OK))
try:
    Code(500)
except ValueError as e:
    print("ValueError", e)
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print("TypeError", e)
print(json.dumps({"c": Code.OK, "s": S.A, "p": Perm.R}), json.loads(json.dumps([Code.OK])))
Pl = Enum('Pl', 'A B', start=10)
print(repr(Pl.B), Pl.__module__, Pl.__qualname__)
Q = Enum('Q', 'X Y', module='mymod', qualname='Outer.Q')
print(Q.__module__, Q.__qualname__, Q.X)
T = Enum('T', 'U V', type=int)
print(T.U + 1, isinstance(T.V, int), repr(T.V))
try:
    Color('Sub', 'A B')
except TypeError as e:
    print("TypeError", e)
from enum import Enum
class C(Enum):
    A=1
try:
    class D(C):
        B=2
except TypeError as e: print(e)
from enum import Flag
class Perm2(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(Perm2.R | 1), repr(1 | Perm2.R), repr(Perm2.R & 6), repr(~Perm2.R), repr(Perm2.R ^ Perm2.W), repr(Perm2(8)))
class CF(Flag):
    A = auto()
    B = auto()
print(repr(CF.A | CF.B), repr(~CF.A), list(CF.A | CF.B), CF.A in (CF.A | CF.B))
print(repr(Perm2(12)), str(Perm2(12)), repr(Perm2(8)), Perm2(12) | Perm2.X, repr(Perm2.R | 8))
