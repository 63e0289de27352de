##> call maximum recursion depth exceeded
# Each way a frame is entered (doc.go's frame-entry table): the recursion
# limit, __init__'s result and exceptions crossing it. One small program
# each, separated by lines "---". The expectation lines (##> stdout, ###
# last stderr line, ##= exit status) are recorded from CPython 3.11 by
# internal/golden/record_chunks.py; never edit them by hand.
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("call", e)
---
##> init maximum recursion depth exceeded
class C:
    def __init__(self):
        C()
try:
    C()
except RecursionError as e:
    print("init", e)
---
##> generator maximum recursion depth exceeded
def g():
    yield next(g())
try:
    next(g())
except RecursionError as e:
    print("generator", e)
---
##> await maximum recursion depth exceeded
import asyncio
async def a():
    await a()
async def main():
    try:
        await a()
    except RecursionError as e:
        print("await", e)
asyncio.run(main())
---
##> native maximum recursion depth exceeded
def f(n):
    return list(map(f, [n]))
try:
    f(0)
except RecursionError as e:
    print("native", e)
---
##> direct __init__() should return None, not 'int'
##> via map __init__() should return None, not 'int'
##> C
class C:
    def __init__(self, x):
        return x
try:
    C(1)
except TypeError as e:
    print("direct", e)
try:
    list(map(C, [2]))
except TypeError as e:
    print("via map", e)
print(type(C(None)).__name__)
---
### TypeError: __init__() should return None, not 'int'
##= 1
class C:
    def __init__(self):
        return 5
C()
---
##> unwound deep
##> 20
def f(n):
    if n == 0:
        raise ValueError("deep")
    return f(n - 1)
def g():
    yield f(3)
try:
    next(g())
except ValueError as e:
    print("unwound", e)
print(sum(f2 for f2 in map(lambda n: n * 2, range(5))))
