# range iterators: the first iterator of a range lives inside the range
# object; later ones are separate. Each must walk independently.
r = range(5)
a = iter(r)
b = iter(r)
print(next(a), next(a), next(b), list(a), list(b), list(r))
for x in r:
    for y in r:
        if y > 1:
            break
        print(x, y, end="; ")
print()
print(list(range(10, -3, -4)), list(range(3, 3)), list(range(5, 0)), list(range(0)))
print(list(range(-2, -10, -3)), list(range(2**62, 2**62 + 3)), list(range(-2**63, -2**63 + 2)))
big = range(2**63 - 2, 2**63 - 1)
print(list(big), len(big))
rr = range(1, 20, 3)
it = iter(rr)
print(next(it), list(reversed(rr)), list(it), list(rr), sum(rr))
print(list(zip(rr, rr)), [k for k in rr if k % 2])
def gen(n):
    for k in range(n):
        yield k * k
print(list(gen(4)), [list(range(n)) for n in range(4)])
it = iter(range(2))
print(type(it).__name__, next(it), next(it), next(it, "done"))
print(list(range(-3)), list(range(True)), list(range(False)), range(7), len(range(2**40)))
class I:
    def __index__(self):
        return 3
print(list(range(I())), list(range(1, I())))
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    range(n=3)
except TypeError as e:
    print("TypeError", e)
