# CALL_GLOBAL_1, a call of a global with one simple argument (`g(x)`,
# `g(1)`, `g(n - 1)`): its fast path and each way it falls back to the
# plain call.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(15))


def one(x):
    return x * 2


def two(a, b=5):
    return a + b


def star(*a):
    return a


def kwonly(a, *, k=1):
    return a + k


x = 3
print(one(x), one(4), one(x + 1), one(x - 1), one(x * 2), one(x // 2))
# not one positional parameter, or not a plain one
print(two(x), two(1), two(x - 1), star(x), star(7), star(x + 1), kwonly(x), kwonly(x - 1))
# arguments that are not small ints
print(one(1.5), one(x + 0.5), one("ab"), one(-x), one(True))
big = 4611686018427387904
print(one(big), one(big + 4611686018427387904), one(big - 9223372036854775807))
print(one(x - 9223372036854775807 - 9223372036854775807))


# int64 edges of `local + const` and `local - const`, and results outside
# the preboxed ints
def edges(m, k, n):
    print(one(m - 1), one(m + 1), one(k + 1), one(k - 1), one(m - -1), one(k + -1))
    print(one(n + 20000), one(n - 20000), one(n + 0), one(n - 0), one(k - k))
    print(one(m + True), one(n + 1.5), one(n - 2.5))


edges(9223372036854775807, -9223372036854775808, 17)
edges(9223372036854775807 * 2, -9223372036854775808 * 2, -17)
# keyword arguments are not this shape
print(two(a=x), one(x=x))
# builtins, and a global that shadows one, then is deleted
print(len("abc"), abs(-3), abs(x - 10), str(x))


def len(s):
    return 42


print(len("abc"))
del len
print(len("abc"))


# the global rebound between calls
def g(n):
    return n + 1


for i in range(3):
    print(g(i))

    def g(n):
        return n * 100


g = one
print(g(x))
g = lambda n: n - 1
print(g(x))
g = abs
print(g(x - 10))
g = 5
try:
    g(x)
except TypeError as e:
    print("TypeError:", e)
del g
try:
    g(x)
except NameError as e:
    print("NameError:", e)


# a global that is a class, a bound method, a callable instance
class C:
    def __init__(self, v):
        self.v = v

    def __call__(self, y):
        return self.v + y


print(C(1).v, C(x).v)
c = C(10)
print(c(5), c(x - 1))
m = c.__call__
print(m(6))


# an unbound local, and an argument whose operator raises
def unbound():
    try:
        return one(z)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    try:
        return one(z + 1)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    z = 1


unbound()


def bad(s):
    try:
        return one(s - 1)
    except TypeError as e:
        return "TypeError: " + str(e)


print(bad("s"), bad(5))
try:
    one(x // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


# wrong argument counts
def zero():
    return 0


try:
    zero(x)
except TypeError as e:
    print("TypeError:", e)
try:
    two(x)
    print(two(x - 2))
    kwonly(x, x)
except TypeError as e:
    print("TypeError:", e)


# generators, coroutines and closures are not plain calls
def gen(n):
    yield n
    yield n + 1


print(list(gen(x)), list(gen(x - 1)))


async def co(n):
    return n


k = co(x)
print(type(k).__name__)
k.close()


def outer():
    k = 5

    def inner(n):
        return n + k

    return inner


inner = outer()
print(inner(x), inner(x + 1))


def cellf(n):
    def q():
        return n

    return q()


print(cellf(x))
# many calls, through the poll tick
s = 0
for i in range(100000):
    s += one(i)
print(s)


# the recursion limit, met through the fused call
def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


print(depth(500))
sys.setrecursionlimit(200)
try:
    depth(500)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(150))
