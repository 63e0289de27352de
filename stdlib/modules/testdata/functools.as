import functools
from functools import partial, reduce, wraps, lru_cache

def power(base, exp):
    return base ** exp

square = partial(power, exp=2)
print(square(5), square.func is power, square.args, square.keywords)
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10))

def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    "Add two numbers."
    return a + b

print(add(2, 3), add.__name__, add.__doc__)

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())

@functools.cache
def sq(n):
    print("computing", n)
    return n * n

print(sq(4), sq(4))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
