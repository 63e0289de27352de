##> 1
##> inner got hi
##> 2
##> inner got there
##> result done
##> stop ()
# Generators and PEP 380 delegation (yield from): send, throw and close
# forwarded to the inner iterator, its return value as the result. One
# small program each, separated by lines "---". The expectation lines
# (##> stdout, ### last stderr line, ##= exit status) are recorded from
# CPython 3.11 by internal/golden/record_chunks.py; never edit them by hand.
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "done"
def outer():
    r = yield from inner()
    print("result", r)
g = outer()
print(next(g))
print(g.send("hi"))
try:
    g.send("there")
except StopIteration as e:
    print("stop", e.args)
---
##> 1
##> inner caught ValueError('boom')
##> 2
##> result 3
##> 3
def inner():
    try:
        yield 1
    except ValueError as e:
        print("inner caught", repr(e))
        yield 2
    return 3
def outer():
    r = yield from inner()
    print("result", r)
    yield r
g = outer()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
---
##> inner finally
##> outer finally
##> closed
def inner():
    try:
        yield 1
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")
g = outer()
next(g)
g.close()
print("closed")
---
##> leaf saw GeneratorExit
##> outer saw GeneratorExit
##> ok
def inner():
    try:
        yield 1
    except GeneratorExit:
        print("leaf saw GeneratorExit")
        raise
def middle():
    yield from inner()
def outer():
    try:
        yield from middle()
    except GeneratorExit:
        print("outer saw GeneratorExit")
        raise
g = outer()
next(g)
g.close()
print("ok")
---
##> RuntimeError generator ignored GeneratorExit
def inner():
    try:
        yield 1
    except GeneratorExit:
        pass
    yield 2
def outer():
    yield from inner()
g = outer()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
---
##> KeyError ('k',)
##> []
def inner():
    yield 1
def outer():
    yield from inner()
g = outer()
next(g)
try:
    g.throw(KeyError, "k")
except KeyError as e:
    print("KeyError", e.args)
print(list(g))
---
##> result it-result
##> [1, 2, 3]
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("it-result")
        return self.n
def outer():
    r = yield from It()
    print("result", r)
print(list(outer()))
---
##> 1
##> 2
##> result None
##> result None
##> [3, 'a', 'b']
def outer():
    r = yield from [1, 2, 3]
    print("result", r)
    r = yield from "ab"
    print("result", r)
g = outer()
print(next(g))
print(g.send(None))
print(list(g))
---
##> AttributeError 'list_iterator' object has no attribute 'send'
def outer():
    yield from [1, 2, 3]
g = outer()
next(g)
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError", e)
---
##> n
##> s
##> t
##> result duck-done
##> after
##> ['next', ('send', 1), ('throw', 'ValueError'), ('send', 'stop')]
##> close
class Duck:
    def __init__(self):
        self.log = []
    def __iter__(self):
        return self
    def __next__(self):
        self.log.append("next")
        return "n"
    def send(self, v):
        self.log.append(("send", v))
        if v == "stop":
            raise StopIteration("duck-done")
        return "s"
    def throw(self, typ, val=None, tb=None):
        self.log.append(("throw", typ.__name__ if isinstance(typ, type) else type(typ).__name__))
        return "t"
    def close(self):
        self.log.append("close")
d = Duck()
def outer():
    r = yield from d
    print("result", r)
    yield "after"
g = outer()
print(next(g))
print(g.send(1))
print(g.throw(ValueError))
print(g.send("stop"))
print(d.log)
g2 = outer()
next(g2)
g2.close()
print(d.log[-1])
---
##> outer caught v
##> recovered
class NoThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
def outer():
    try:
        yield from NoThrow()
    except ValueError as e:
        print("outer caught", e)
        yield "recovered"
g = outer()
next(g)
print(g.throw(ValueError("v")))
g.close()
---
##> KeyError 'from close'
class BadClose:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
    def close(self):
        raise KeyError("from close")
def outer():
    yield from BadClose()
g = outer()
next(g)
try:
    g.close()
except KeyError as e:
    print("KeyError", e)
---
##> RuntimeError generator raised StopIteration StopIteration bad
def gen():
    yield 1
    raise StopIteration("bad")
g = gen()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
---
##> RuntimeError generator raised StopIteration
def gen():
    yield 1
g = gen()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print(type(e).__name__, e)
---
##> outer generator raised StopIteration
##> ['x']
def inner():
    raise StopIteration("inner")
    yield
def outer():
    try:
        yield from inner()
    except RuntimeError as e:
        print("outer", e)
    yield "x"
print(list(outer()))
---
##> None
##> caught ()
##> [1, 2]
def it():
    return iter([1])
def outer():
    x = yield from it()
    print(x)
    try:
        next(iter([]))
    except StopIteration as e:
        print("caught", e.args)
    yield 2
print(list(outer()))
---
##> gen () None
##> again () None
##> send () None
##> gen2 (5,) 5
##> again () None
##> send () None
##> gen3 () None
##> again () None
##> send () None
def gen():
    return
    yield
def gen2():
    return 5
    yield
def gen3():
    return None
    yield
for f in (gen, gen2, gen3):
    g = f()
    try:
        next(g)
    except StopIteration as e:
        print(f.__name__, e.args, e.value)
    try:
        next(g)
    except StopIteration as e:
        print("again", e.args, e.value)
    try:
        g.send(None)
    except StopIteration as e:
        print("send", e.args, e.value)
---
##> ((1, 2),) (1, 2)
def gen():
    return (1, 2)
    yield
g = gen()
try:
    g.send(None)
except StopIteration as e:
    print(e.args, e.value)
---
##> 1 ValueError('x')
##> 2 ValueError('a', 'b')
##> 3 ValueError()
##> 4 instance exception may not have a separate value
##> 5 exceptions must be classes or instances deriving from BaseException, not int
##> 6 throw() third argument must be a traceback object
def gen():
    yield 1
g = gen()
try:
    g.throw(ValueError, ValueError("x"), None)
except ValueError as e:
    print("1", repr(e))
g = gen()
try:
    g.throw(ValueError, ("a", "b"))
except ValueError as e:
    print("2", repr(e))
g = gen()
try:
    g.throw(ValueError, None)
except ValueError as e:
    print("3", repr(e))
g = gen()
try:
    g.throw(ValueError("i"), "extra")
except TypeError as e:
    print("4", e)
g = gen()
try:
    g.throw(1)
except TypeError as e:
    print("5", e)
g = gen()
try:
    g.throw(ValueError, 1, 2)
except TypeError as e:
    print("6", e)
---
### ValueError: uncaught
##= 1
def gen():
    yield 1
def outer():
    yield from gen()
g = outer()
next(g)
g.throw(ValueError, "uncaught")
---
##> first
##> got 1
##> got [2]
##> got None
def inner():
    v = yield "first"
    while True:
        v = yield "got %r" % (v,)
def outer():
    yield from inner()
g = outer()
print(g.send(None))
print(g.send(1))
print(g.send([2]))
print(next(g))
---
##> 1
##> stop ()
##> stop ()
##> finished generator re-raises after
def gen():
    yield 1
g = gen()
print(next(g))
for i in range(2):
    try:
        next(g)
    except StopIteration as e:
        print("stop", e.args)
g.close()
try:
    g.throw(ValueError("after"))
except ValueError as e:
    print("finished generator re-raises", e)
---
##> ValueError generator already executing
def g():
    yield from g2
g2 = None
def inner():
    yield from outer_gen
def make():
    yield 1
outer_gen = None
def a():
    yield from b_gen
def b():
    x = yield from a_gen
a_gen = a()
b_gen = b()
try:
    next(a_gen)
except ValueError as e:
    print("ValueError", e)
---
##> 1
##> 2
##> stop ()
def inner():
    yield 1
    yield 2
def outer():
    yield from inner()
g = outer()
print(g.__next__())
print(g.send(5))
try:
    g.send(6)
except StopIteration as e:
    print("stop", e.args)
---
##> cannot 'yield from' a coroutine object in a non-coroutine generator
async def c():
    return 1
co = c()
def g():
    yield from co
try:
    next(g())
except TypeError as e:
    print(e)
co.close()
---
##> none () None
##> five (5,) 5
async def none():
    return None
async def five():
    return 5
for c in (none, five):
    co = c()
    try:
        co.send(None)
    except StopIteration as e:
        print(c.__name__, e.args, e.value)
---
##> None
##> x a
##> 5
##> (6, 7)
##> [   'b'|c]
##> inner
##> yield from inner()='dd'
##> done
# yield expressions as f-string fields (a field is parsed as a group,
# "(" yield_expr ")" included)
def g():
    x = f"{yield}"
    print("x", x)
    y = f"[{(yield 5)!r:>6}|{yield 6, 7}]"
    print(y)
    z = f"{yield from inner()=}"
    print(z)
def inner():
    got = yield "inner"
    return got * 2
it = g()
print(next(it))
print(it.send("a"))
print(it.send("b"))
print(it.send("c"))
try:
    it.send("d")
except StopIteration:
    print("done")
---
### SyntaxError: 'yield' outside function
##= 1
def h():
    return f"{yield}"
print(h)
f"{yield}"
