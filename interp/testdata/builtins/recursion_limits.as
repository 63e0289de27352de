# RecursionError where runtime recursion follows the input: CPython's
# messages (and suffixes) for calls, generators, awaits, containers, json.
import asyncio
import json
import sys


def show(what, fn):
    try:
        fn()
        print(what, "no error")
    except RecursionError as e:
        print(what, type(e).__name__, e)


def f():
    return f()


show("call", f)


def gen(n):
    if n == 0:
        yield 1
        return
    yield from gen(n - 1)


show("yield from", lambda: list(gen(1000000)))


class Eq:
    def __eq__(self, other):
        return self == other


class Lt:
    def __lt__(self, other):
        return self < other


class Str:
    def __str__(self):
        return str(self)


class Getattr:
    def __getattr__(self, name):
        return self.missing


show("__eq__", lambda: Eq() == Eq())
show("__lt__", lambda: Lt() < Lt())
show("__str__", lambda: str(Str()))
show("__getattr__", lambda: Getattr().x)

deep = []
for i in range(100000):
    deep = [deep]
other = []
for i in range(100000):
    other = [other]
show("repr list", lambda: repr(deep))
show("str list", lambda: str(deep))
show("print", lambda: print(deep))
show("f-string", lambda: f"{deep}")
show("== lists", lambda: deep == other)
show("< lists", lambda: deep < other)
show("in", lambda: deep in [other])
d = {}
for i in range(100000):
    d = {"k": d}
show("repr dict", lambda: repr(d))
show("json.dumps", lambda: json.dumps(deep))
show("json.dumps indent", lambda: json.dumps(deep, indent=2))
show("json.dumps dict", lambda: json.dumps(d))
show("json.loads array", lambda: json.loads("[" * 3000000 + "]" * 3000000))
show("json.loads object", lambda: json.loads('{"a":' * 100000 + "1" + "}" * 100000))
print(len(json.dumps(json.loads("[" * 500 + "]" * 500))))

l = [1]
l.append(l)
d2 = {}
d2[1] = d2
print(l, d2)


# the suffix depends on which of CPython's counted steps overflows first
class R:
    def __repr__(self):
        return repr(self)


class H:
    def __hash__(self):
        return hash(self)


class RL:
    def __repr__(self):
        return repr([self])


def at(depth, fn):
    if depth:
        return at(depth - 1, fn)
    try:
        fn()
    except RecursionError as e:
        return str(e)


for depth in range(6):
    print(depth, at(depth, lambda: repr(R())), "|", at(depth, lambda: hash(H())), "|", at(depth, lambda: repr(RL())))


async def leaf():
    return 1


async def wrap(c):
    return await c


async def await_chain():
    async def down(n):
        if n == 0:
            return 0
        return await down(n - 1)
    try:
        await down(100000)
    except RecursionError as e:
        print("await chain", e)


asyncio.run(await_chain())
import collections

N = 20000
fs = frozenset()
dq = collections.deque()
od = collections.OrderedDict()
exc = ValueError(0)
dd = {}
for i in range(N):
    fs = frozenset([fs])
    dq = collections.deque([dq])
    od = collections.OrderedDict(a=od)
    exc = ValueError(exc)
    dd = {1: dd}
show("frozenset repr", lambda: repr(fs))
show("frozenset ==", lambda: fs == frozenset([fs]))
show("deque repr", lambda: repr(dq))
show("deque ==", lambda: dq == collections.deque([dq]))
show("OrderedDict repr", lambda: repr(od))
show("exception repr", lambda: repr(exc))
show("exception str", lambda: str(exc))
show("dict ==", lambda: dd == {1: dd})
show("dict values repr", lambda: repr(dd.values()))
sys.setrecursionlimit(100)
show("limit 100", lambda: json.loads("[" * 200 + "]" * 200))
print(len(json.dumps(json.loads("[" * 50 + "]" * 50))))
print("done")
