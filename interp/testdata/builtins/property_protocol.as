class D:
    x = property(lambda s: 1)
    def g(self): return 2
    y = property(g)
D.z = property(lambda s: 3)
d = D()
for n in "xyz":
    try:
        setattr(d, n, 5)
    except AttributeError as e:
        print(e)
    try:
        delattr(d, n)
    except AttributeError as e:
        print(e)
p = property(lambda s: 1)
for call in (lambda: p.__set__(d, 5), lambda: p.__delete__(d), lambda: property().__get__(d), lambda: property().__get__(d, D)):
    try:
        call()
    except AttributeError as e:
        print(e)
print(p.__get__(d), p.__get__(None, D) is p, D.__dict__['x'].__get__(d, D))
p.__set_name__(D, 'w')
try:
    p.__set__(d, 1)
except AttributeError as e:
    print(e)
class E:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val
    @v.deleter
    def v(self): print("deleted")
e = E()
E.v.__set__(e, 7); print(E.v.__get__(e), e.v)
E.v.__delete__(e)
q = E.__dict__['v']
try:
    q.__set__(e)
except TypeError as ex:
    print(ex)
try:
    q.__get__()
except TypeError as ex:
    print(ex)
try:
    q.__get__(None, None)
except TypeError as ex:
    print(ex)
def make():
    class Inner:
        ro = property(lambda s: 1)
    return Inner
try:
    make()().ro = 2
except AttributeError as ex:
    print(ex)
r = property()
r.__set_name__(D, 42)
try:
    r.__get__(d)
except AttributeError as ex:
    print(ex)
s = r.setter(lambda o, v: print("set", v))
s.__set__(d, 9)
try:
    s.__delete__(d)
except AttributeError as ex:
    print(ex)
