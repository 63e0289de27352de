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
