import copy
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple


class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []

    def __repr__(self):
        return f"Node({self.value}, {self.children})"


a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(a, b, c, b is a, b[1] is a[1], c[1] is a[1])
n = Node(1, [Node(2), Node(3)])
m = copy.deepcopy(n)
s = copy.copy(n)
n.children[0].value = 20
print(n, m, s, s.children is n.children, m.children is n.children, type(m).__name__)
shared = [1, 2]
pair = [shared, shared]
dup = copy.deepcopy(pair)
print(dup, dup[0] is dup[1], dup[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[0])
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
t3 = copy.deepcopy(t2)
print(t3, t3 is t2, t3[1] is t2[1])
dq = deque([1, [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
dq[1].append(3)
print(dq, dq2)
dd = defaultdict(list, {"a": [1]})
dd2 = copy.deepcopy(dd)
dd["a"].append(2)
dd2["b"].append(0)
print(dict(dd), dict(dd2), dd2.default_factory)
cnt = Counter("hello")
print(copy.copy(cnt) == cnt, copy.deepcopy(cnt))
od = OrderedDict(a=1, b=[2])
print(copy.deepcopy(od))
P = namedtuple("P", "x y")
p = P(1, [2])
q = copy.deepcopy(p)
p.y.append(3)
print(p, q, type(q).__name__)
st = {1, 2, 3}
print(copy.copy(st) == st, copy.copy(st) is st, copy.deepcopy(frozenset([1, 2])))
print(copy.copy(5), copy.copy("s"), copy.copy(None), copy.copy(len) is len, copy.deepcopy(Node) is Node)


class Custom:
    def __init__(self):
        self.log = []

    def __copy__(self):
        print("__copy__ called")
        return "shallow"

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return "deep"


print(copy.copy(Custom()), copy.deepcopy([Custom()]))
d = {"x": [1, 2], "y": {"z": 3}}
d2 = copy.deepcopy(d)
d["x"].append(3)
print(d, d2)
print(copy.Error.__name__, issubclass(copy.error, Exception))
