from abc import ABC, abstractmethod
class Shape(ABC):
    def __init__(self, name):
        self.name = name
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{self.name}: {self.area()}"
class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side
    def area(self):
        return self.side ** 2
    def perimeter(self):
        return 4 * self.side
class Half(Shape):
    def area(self):
        return 0
for make in (lambda: Shape("s"), lambda: Half("h")):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
s = Square(3)
print(s.describe(), s.perimeter(), isinstance(s, Shape), Shape.__abstractmethods__ == frozenset({"area", "perimeter"}), Square.__abstractmethods__)
from collections.abc import Mapping
class Empty(Mapping):
    def __getitem__(self, k): raise KeyError(k)
    def __iter__(self): return iter(())
    def __len__(self): return 0
print(len(Empty()), dict(Empty()))
