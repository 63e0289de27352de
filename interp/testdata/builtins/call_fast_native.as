class L(list):
    def append(self, x):
        print("L.append", x)
        super().append(x)
class S(str):
    def __len__(self):
        return 42
l = L()
l.append(1)
print(l, len(l), len(S("ab")), len("日本"), len((1, 2)), len({1: 2}))
a = []
ap = a.append
ap(3)
list.append(a, 4)
print(a)
try:
    list.append(5, 6)
except TypeError as e:
    print(e)
try:
    a.append()
except TypeError as e:
    print(e)
try:
    a.append(1, 2)
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    len([], [])
except TypeError as e:
    print(e)
try:
    a.append(x=1)
except TypeError as e:
    print(e)
len = lambda x: -1
print(len([1, 2]))
del len
print(len([1, 2]), len(range(5)), len(b"abc"), len({1, 2}), len(frozenset()))
def raises(k):
    try:
        if k == 0:
            raise ValueError("v")
        if k == 1:
            raise ValueError from KeyError("c")
        if k == 2:
            raise ValueError("x") from None
        if k == 3:
            raise 5
        if k == 4:
            raise ValueError from 5
        if k == 5:
            raise
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
for k in range(6):
    raises(k)
