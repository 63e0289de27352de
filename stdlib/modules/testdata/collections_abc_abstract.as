import collections.abc as cabc
from abc import ABC, abstractmethod
for cls in (cabc.Mapping, cabc.MutableMapping, cabc.Sequence, cabc.MutableSequence, cabc.Set, cabc.MutableSet,
            cabc.Iterator, cabc.Iterable, cabc.Coroutine, cabc.AsyncIterator, cabc.AsyncGenerator, cabc.Generator,
            cabc.Awaitable, cabc.Collection, cabc.Sized, cabc.Container, cabc.Hashable, cabc.Callable,
            cabc.Reversible, cabc.KeysView, cabc.ValuesView, cabc.ItemsView, cabc.MappingView, cabc.AsyncIterable):
    try:
        cls()
        print(cls.__name__, "ok")
    except TypeError as e:
        print(e)
    print(cls.__name__, sorted(getattr(cls, "__abstractmethods__", ())))
class M(cabc.Mapping):
    def __getitem__(self, k): return 1
try:
    M()
except TypeError as e:
    print(e)
class M2(M):
    def __iter__(self): return iter([1])
    def __len__(self): return 1
m = M2()
print(dict(m), m.get(1), 1 in m, list(m.keys()), M2.__abstractmethods__)
class A(ABC):
    @abstractmethod
    def f(self): ...
    @abstractmethod
    def g(self): ...
class B(A):
    def f(self): return 1
class C(B, cabc.Sized): pass
try:
    C()
except TypeError as e:
    print(e)
print(sorted(C.__abstractmethods__))
