### NameError: name 'undefined_name' is not defined
##= 1
# Runtime errors, one small program each, separated by lines "---". The
# expectation lines (##> stdout, ### last stderr line, ##= exit status) are
# recorded from CPython 3.11 by internal/golden/record_chunks.py; never edit
# them by hand.
print(undefined_name)
---
### UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
##= 1
def f():
    print(x)
    x = 1
f()
---
### TypeError: f() missing 1 required positional argument: 'b'
##= 1
def f(a, b):
    pass
f(1)
---
### TypeError: f() takes 2 positional arguments but 3 were given
##= 1
def f(a, b):
    pass
f(1, 2, 3)
---
### TypeError: f() takes 1 positional argument but 2 were given
##= 1
def f(a, *, key):
    pass
f(1, 2)
---
### TypeError: f() got an unexpected keyword argument 'b'
##= 1
def f(a):
    pass
f(1, b=2)
---
### TypeError: f() got multiple values for argument 'a'
##= 1
def f(a):
    pass
f(1, a=2)
---
### ZeroDivisionError: division by zero
##= 1
print(1 / 0)
---
### ZeroDivisionError: integer modulo by zero
##= 1
print(7 % 0)
---
### ZeroDivisionError: float floor division by zero
##= 1
print(1.5 // 0)
---
### ValueError: invalid literal for int() with base 10: 'x1'
##= 1
int("x1")
---
### ValueError: could not convert string to float: 'abc'
##= 1
float("abc")
---
### AttributeError: 'C' object has no attribute 'missing'
##= 1
class C:
    pass
C().missing
---
### AttributeError: module 'math' has no attribute 'nope'
##= 1
import math
math.nope
---
### KeyError: 'b'
##= 1
d = {"a": 1}
print(d["b"])
---
### IndexError: tuple index out of range
##= 1
t = (1, 2)
t[2]
---
### TypeError: 'tuple' object does not support item assignment
##= 1
t = (1, 2)
t[0] = 5
---
### StopIteration
##= 1
next(iter([]))
---
### AssertionError: arithmetic is broken
##= 1
assert 1 + 1 == 3, "arithmetic is broken"
---
### AssertionError
##= 1
assert False
---
### AppError: ('custom', 42)
##= 1
class AppError(Exception):
    pass
raise AppError("custom", 42)
---
### RuntimeError: lookup failed
##= 1
try:
    {}["k"]
except KeyError as e:
    raise RuntimeError("lookup failed") from e
---
### NameError: name 'undefined_in_handler' is not defined
##= 1
try:
    1 / 0
except ZeroDivisionError:
    undefined_in_handler
---
### TypeError: 'int' object is not callable
##= 1
x = 5
x()
---
### ValueError: too many values to unpack (expected 2)
##= 1
a, b = [1, 2, 3]
---
### ValueError: not enough values to unpack (expected 3, got 2)
##= 1
a, b, c = (1, 2)
---
### TypeError: 'int' object is not iterable
##= 1
for x in 5:
    pass
---
### TypeError: unhashable type: 'list'
##= 1
s = {[1, 2]}
---
### TypeError: can't multiply sequence by non-int of type 'str'
##= 1
print("a" * "b")
---
### TypeError: '<' not supported between instances of 'list' and 'str'
##= 1
print([1] < "a")
---
### OverflowError: (34, 'Numerical result out of range')
##= 1
print(2.0 ** 10000)
---
### ValueError: math domain error
##= 1
import math
math.sqrt(-1)
---
### TypeError: 'NoneType' object is not subscriptable
##= 1
x = None
x[0]
---
### TypeError: object of type 'int' has no len()
##= 1
len(5)
---
### TypeError: %d format: a real number is required, not str
##= 1
print("%d" % "x")
---
### IndexError: Replacement index 1 out of range for positional args tuple
##= 1
"{0} {1}".format(1)
---
##> leaving
### fatal: giving up
##= 1
import sys
print("leaving")
sys.exit("fatal: giving up")
---
##= 3
import sys
sys.exit(3)
---
raise SystemExit(0)
---
### ValueError: 5 is not in list
##= 1
[1, 2].index(5)
---
### ValueError: substring not found
##= 1
"abc".index("z")
---
### ValueError: int() base must be >= 2 and <= 36, or 0
##= 1
int("10", 99)
---
### ValueError: chr() arg not in range(0x110000)
##= 1
chr(-1)
---
##> 1
### ValueError: in generator
##= 1
def gen():
    yield 1
    raise ValueError("in generator")
for v in gen():
    print(v)
---
### AttributeError: 'int' object has no attribute 'x'
##= 1
class C:
    __slots__ = ()
object.__setattr__(1, "x", 2)
---
### ValueError: inside main
##= 1
import asyncio
async def main():
    raise ValueError("inside main")
asyncio.run(main())
---
### KeyError: 'task'
##= 1
import asyncio
async def boom():
    await asyncio.sleep(0)
    raise KeyError("task")
async def main():
    t = asyncio.create_task(boom())
    await t
asyncio.run(main())
---
### TimeoutError
##= 1
import asyncio
async def main():
    await asyncio.wait_for(asyncio.sleep(10), 0.01)
asyncio.run(main())
---
### TypeError: object int can't be used in 'await' expression
##= 1
import asyncio
async def main():
    await 5
asyncio.run(main())
---
### ValueError: a coroutine was expected, got 5
##= 1
import asyncio
asyncio.run(5)
---
### RuntimeError: no running event loop
##= 1
import asyncio
asyncio.get_running_loop()
---
### ValueError: 1
##= 1
import asyncio
async def bad(n):
    raise ValueError(n)
async def main():
    await asyncio.gather(bad(1), bad(2))
asyncio.run(main())
---
### +------------------------------------
##= 1
import asyncio
async def bad(n):
    raise ValueError(n)
async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad(1))
asyncio.run(main())
---
### asyncio.queues.QueueEmpty
##= 1
import asyncio
async def main():
    q = asyncio.Queue()
    q.get_nowait()
asyncio.run(main())
---
### asyncio.exceptions.InvalidStateError: Result is not set.
##= 1
import asyncio
async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.result()
asyncio.run(main())
