from collections import deque, defaultdict, Counter, namedtuple, OrderedDict

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.rotate(1)
print(d)
d.extend([7, 8])
d.extendleft([9])
print(d, list(d), 7 in d)
q = deque(maxlen=3)
for i in range(5):
    q.append(i)
print(q, q.maxlen)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)

dd = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[word[0]].append(word)
print(dd)
print(dict(dd), len(dd), "a" in dd, sorted(dd.keys()))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts["z"], counts.get("q"))

c = Counter("abracadabra")
print(c)
print(c.most_common(2), c["z"])
c.update("aaa")
print(c.most_common(1), sum(c.values()))
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3) - Counter(a=1, b=2))
print(sorted(Counter([1, 1, 2]).elements()))

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], len(p), p == (1, 2))
x, y = p
print(x, y, p._asdict(), p._replace(x=10), Point._fields)
print(Point._make([5, 6]))
Q = namedtuple("Q", ["a", "b", "c"], defaults=[0])
print(Q(1, 2), sorted([Point(2, 1), Point(1, 5)]))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)

o = OrderedDict()
o["b"] = 1
o["a"] = 2
o.move_to_end("b")
print(o, list(o))
