from collections.abc import *
import collections.abc as cabc
for v in [[], (), "s", {}, set(), 1, None, iter([]), len, lambda: 0, range(3), {}.keys(), frozenset()]:
    print(type(v).__name__, [c.__name__ for c in (Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Collection, Reversible) if isinstance(v, c)])
class Bag:
    def __iter__(self): return iter([1])
    def __len__(self): return 1
print(isinstance(Bag(), Iterable), isinstance(Bag(), Sized), isinstance(Bag(), Collection), issubclass(Bag, Iterator))
class M(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M({"a": 1, "b": 2})
print(m.get("a"), m.get("z", 0), "a" in m, list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2}, isinstance(m, Mapping), isinstance(m, Sized))
async def co(): pass
c = co(); print(isinstance(c, Awaitable), isinstance(c, Coroutine)); c.close()
async def ag(): yield
print(isinstance(ag(), AsyncIterator), isinstance(ag(), AsyncGenerator))
class S(Sequence):
    def __getitem__(self, i): return [1, 2, 3][i]
    def __len__(self): return 3
s = S(); print(list(s), 2 in s, list(reversed(s)), s.index(3), s.count(1))
class Greeter:
    def __call__(self):
        return "hi"


class NoHash:
    __hash__ = None


print(isinstance(Greeter(), Callable), isinstance(NoHash(), Hashable), issubclass(Greeter, Hashable))
print(issubclass(list, Sequence), issubclass(dict, Sequence), issubclass(tuple, MutableSequence))


class Registered:
    pass


Sequence.register(Registered)
print(issubclass(Registered, Sequence), isinstance(Registered(), Sequence), isinstance(Registered(), Mapping))


class Stack(MutableSequence):
    def __init__(self):
        self.data = []

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, v):
        self.data[i] = v

    def __delitem__(self, i):
        del self.data[i]

    def __len__(self):
        return len(self.data)

    def insert(self, i, v):
        self.data.insert(i, v)


st = Stack()
st.append(1)
st.extend([2, 3])
st += [4]
print(st.data, st.pop(), st.data, 2 in st, st.index(2))
st.reverse()
st.remove(1)
print(st.data)
print(cabc.__name__, Iterable)
