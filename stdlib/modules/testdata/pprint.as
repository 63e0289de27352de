import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass, field
data = {"name": "asyncscript", "version": (1, 2, 3), "tags": ["async", "interpreter", "go", "python", "tutorial", "course"],
        "nested": {"a": [1, 2, {"x": "y" * 30, "z": list(range(15))}], "b": {"deep": {"deeper": {"deepest": [None, True, 3.14]}}}},
        "empty": {}, "numbers": list(range(30)), "set": {3, 1, 2}, "text": "lorem ipsum dolor sit amet " * 5}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=60)
pprint.pprint(data, indent=4, width=50, sort_dicts=False)
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat([1, 2]), repr(pprint.pformat("short")))
pprint.pp({"z": 1, "a": [1] * 40})
lst = [1, 2]; lst.append(lst)
print(pprint.pformat(lst).replace(str(id(lst)), "ID")); print(pprint.saferepr(lst).replace(str(id(lst)), "ID"), pprint.isrecursive(lst), pprint.isreadable([1, 2]))
pprint.pprint(OrderedDict((str(i), i * 100) for i in range(12)), width=30)
dd = defaultdict(list); dd["k"].extend(range(20)); pprint.pprint(dd, width=40)
pprint.pprint(Counter("mississippi missouri alabama"), width=40)
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint(deque(range(25)), width=40)
@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)
pprint.pprint(Point(1, 2, ["alpha", "beta", "gamma", "delta", "epsilon"]), width=30)
pprint.pprint([Point(i, i * i) for i in range(3)], width=40)
pprint.pprint(("a" * 20, "b" * 20, "c" * 20), width=30)
pprint.pprint(("single",), width=5)
pprint.pprint(frozenset(range(20)), width=30)
pprint.pprint({"k": "a long string that will certainly need to be wrapped over several lines " * 2}, width=50)
pprint.pprint([{"id": i, "name": f"user{i}", "roles": ["admin", "dev"] if i % 2 else ["guest"]} for i in range(4)])
pp = pprint.PrettyPrinter(indent=2, width=30)
pp.pprint({"x": list(range(12))})
print(pp.pformat([[1, 2, 3], [4, 5, 6]]))
