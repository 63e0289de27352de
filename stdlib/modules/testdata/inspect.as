import inspect, asyncio, functools
async def co(x, y=2): pass
def gen(): yield 1
async def agen(): yield 1
def plain(a, b=2, *args, d, e=5, **kw): "Doc\n    indented."
class K:
    """Class doc."""
    def __init__(self, name, size=3): pass
    def meth(self, x, *, flag=False): pass
    async def ameth(self): pass
    def __call__(self, q): pass
for fn in (co, gen, agen, plain, K, K(1).meth, K(1).ameth, len, functools.partial(co, 1), lambda: 0):
    print(inspect.iscoroutinefunction(fn), inspect.isgeneratorfunction(fn), inspect.isasyncgenfunction(fn), inspect.isfunction(fn), inspect.ismethod(fn), inspect.isclass(fn), inspect.isbuiltin(fn), inspect.isroutine(fn))
c = co(1)
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isawaitable(1), inspect.isgenerator(gen()), inspect.isasyncgen(agen()))
c.close()
for fn in (co, plain, K, K(1).meth, K(1), functools.partial(plain, 1, e=9), lambda a, *, b: 0):
    s = inspect.signature(fn)
    print(s, list(s.parameters), repr(s))
p = inspect.signature(plain).parameters["e"]
print(p, p.name, p.default, p.kind, p.kind.description, repr(p), p.annotation is inspect.Parameter.empty)
b = inspect.signature(plain).bind(1, 2, 3, d=4, z=0)
print(b.arguments, b.args, b.kwargs)
b = inspect.signature(co).bind(1)
b.apply_defaults()
print(b, b.args)
try:
    inspect.signature(co).bind()
except TypeError as e:
    print("TypeError:", e)
print(inspect.getdoc(plain), inspect.getdoc(K), inspect.cleandoc("  a\n    b\n  c\n"))
async def main():
    t = asyncio.ensure_future(asyncio.sleep(0))
    print(inspect.isawaitable(t), inspect.iscoroutine(t))
    await t
asyncio.run(main())
print([n for n, v in inspect.getmembers(K, inspect.isfunction)])
@functools.wraps(co)
def wrapper(*a, **k): pass
print(inspect.signature(wrapper), inspect.unwrap(wrapper) is co)
