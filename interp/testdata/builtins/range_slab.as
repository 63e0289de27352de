# range(n) objects come from a per-VM slab (range.go's rangeSlab): each
# is its own object, its first iterator its own, whatever is kept.
rs = [range(n) for n in range(40)]
print(len(rs), rs[3], rs[39], rs[0] == range(0), rs[5] is rs[5], rs[5] is range(5))
print(len({id(r) for r in rs}))
its = [iter(r) for r in rs]
print([next(it, None) for it in its[:6]], [list(it) for it in its[1:5]])
print([list(r) for r in rs[:4]], [sum(r) for r in rs[30:]])
r = range(7)
a, b = iter(r), iter(r)
print(next(a), next(a), next(b), list(a), list(b))
total = 0
for i in range(300):
    for k in range(i % 4):
        total += k
print(total)
keep = []
for i in range(100):
    r = range(i)
    if i % 17 == 0:
        keep.append((r, iter(r)))
print([(len(r), next(it, "empty")) for r, it in keep])
print(range(-3), range(5)[::-1], range(2**62)[-1], hash(range(4)) == hash(range(0, 4)))
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range()
except TypeError as e:
    print("TypeError:", e)
# range(n) in a function is CALL_GLOBAL_1's rangeGlobal1: n a local or a
# constant, the iterator pushed straight when GET_ITER follows
def loops(n):
    out = []
    for k in range(n):
        out.append(k)
    for k in range(3):
        out.append(-k)
    r = range(n)
    it = iter(range(n))
    out.append((r, next(it, None), list(it), len(range(n)), sum(range(n))))
    return out
print(loops(4), loops(0), loops(-2))
def odd_args():
    res = []
    for n in (True, False, 2**70, 2.0, "3", None):
        try:
            res.append(list(range(n))[:3])
        except TypeError as e:
            res.append("TypeError: " + str(e))
        except OverflowError as e:
            res.append("OverflowError: " + str(e))
    return res
print(odd_args())
def unbound():
    try:
        for k in range(m):
            pass
        m = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
unbound()
def shadowed(n):
    return [k for k in range(n)], list(range(n))
def fake_range(n):
    return ["fake", n]
print(shadowed(2))
range = fake_range
print(shadowed(2))
del range
print(shadowed(2))
print(shadowed(3))
def nested(n):
    t = 0
    for i in range(n):
        for j in range(i):
            t += j
    return t
print(nested(50), [nested(k) for k in range(5)])
def gen(n):
    for k in range(n):
        yield k * k
print(list(gen(5)))
def big(n):
    for k in range(n):
        if k > 3:
            return k
print(big(2**62), big(9223372036854775807))
# iterators of `for k in range(n)` held by suspended generators, many at
# once (more than one slab's worth), each stepping on its own
def counter(n):
    for k in range(n):
        yield k
gens = [counter(i + 2) for i in range(40)]
for g in gens:
    next(g)
print([next(g) for g in gens][:5], sum(sum(g) for g in gens))
def neg(n):
    out = []
    for k in range(n):
        out.append(k)
    return out, [k for k in range(-n)]
print(neg(-3), neg(3), neg(0))
