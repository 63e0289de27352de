# Which stdlib classes a program may change, as in CPython: the C types
# (deque, Future, Pattern...) are immutable and shared by every VM; those
# CPython writes in Python (random.Random, asyncio.Lock...) belong to the
# program's VM and take new attributes.
import collections, asyncio, re, itertools, functools, sys, random, time
for c in (collections.deque, asyncio.Future, asyncio.Task, re.Pattern, re.Match, itertools.count, functools.partial, type(sys.version_info), collections.defaultdict, collections.OrderedDict, type(sys.stdout)):
    try:
        c.x = 1
        print(c.__name__, 'mutable')
    except TypeError as e:
        print(e)
    try:
        del c.x
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
for c in (random.Random, asyncio.Lock, asyncio.Queue, asyncio.Event, asyncio.Handle, asyncio.TaskGroup, asyncio.Semaphore):
    c.x = 1
    print(c.__name__, c.x)
    del c.x
    print(hasattr(c, "x"))
class D(collections.deque):
    pass
D.y = 2
print(D.y, D([1]).y)
P = collections.namedtuple("P", "a b")
P.z = 3
print(P(1, 2).z, P(1, 2))
r = random.Random(5)
print(type(r).__name__, r.randint(1, 100))
