##> [0, 1, 2, "__init__() should return None, not 'int'", "__init__() should return None, not 'int'"]
##> 1 2 3
##> 1275
##> raised no
##> [7, 0]
# The fast paths of objects (interp/exec_construct.go, interp/attrcache.go,
# exec's LOAD_FAST_LOAD_ATTR): __init__ returning through RETURN_VALUE's
# fast return, attribute loads fused with the local load they follow, and
# the cases that must leave them. One small program each, separated by
# lines "---"; expectation lines recorded from CPython 3.11 by
# internal/golden/record_chunks.py; never edit them by hand.
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        return None
class W:
    def __init__(self, x):
        self.x = x
        if x > 2:
            return x
def make(n):
    out = []
    for i in range(n):
        try:
            out.append(W(i).x)
        except TypeError as e:
            out.append(str(e))
    return out
print(make(5))
v = V(1, V(2, 3))
print(v.x, v.y.x, v.y.y)
class R:
    def __init__(self, n):
        self.n = n
        self.child = R(n - 1) if n else None
r = R(50)
k = 0
while r:
    k += r.n
    r = r.child
print(k)
class E:
    def __init__(self):
        raise ValueError("no")
try:
    E()
except ValueError as e:
    print("raised", e)
def gen():
    yield V(7, 8).x
    yield W(9).x if False else 0
print(list(gen()))
