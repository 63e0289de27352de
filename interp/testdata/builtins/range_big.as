# Ranges whose bounds or length pass int64 (interp/range_big.go): repr,
# attributes, len, slicing, indexing, membership, count/index, equality and
# hashing across both kinds, iteration and reversal, and the errors.
r = range(10**20)
print(r)
print(10**18 in r, -1 in r)
print(r[5], r[-1], r[10**19])
print(r[::10**19])
print(r.index(10**19), r.count(3))
try:
    print(len(r))
except OverflowError as e:
    print("OverflowError", e)
print(range(2**63 - 2, 2**63 + 2)[1:], list(range(2**63 - 2, 2**63 + 2)))
print(bool(r), r == range(0, 10**20, 1), hash(range(0)) == hash(range(0)))
print(reversed(range(2**64, 2**64 + 3)).__next__())
for i in range(2**64, 2**64 + 2):
    print(i)
print(range(0, 2**70, 2**68)[-1])
print(sum(range(2**63 - 3, 2**63 + 3)))
for args in [(5, 7), (2**64,), (2**64, 2**64 + 3), (-2**63, 2**63 - 1), (10**20, 0, -3), (2**64, 2**64)]:
    r = range(*args)
    print(r, bool(r), r.start, r.stop, r.step, type(iter(r)).__name__, type(reversed(r)).__name__)
    try:
        print(len(r))
    except OverflowError as e:
        print("OverflowError", e)
    print(r[:3], r[-2:], r[::-1][:2], r[1::2][:2])
    print(list(r[:3]), list(reversed(r[:3])), r[0] if r else None, r[-1] if r else None)
    print(r == range(*args), hash(r) == hash(range(*args)), r != range(3))
    for x in [True, False, 0, 5, 2**64, 2**64 + 1, 10**20 - 2, -1]:
        try:
            print(x, x in r, r.count(x), r.index(x))
        except ValueError as e:
            print(x, x in r, r.count(x), "ValueError", e)
for bad in [lambda: range(2**64)["a"], lambda: range(5)[10**20], lambda: range(2**64)[2**64], lambda: range(2**64)[-2**64 - 1],
            lambda: range(1.5), lambda: range(0, 2**64, 0), lambda: range(2**64)[::0], lambda: range(2**64)["a":],
            lambda: range(1, 2, 3, 4), lambda: range(), lambda: range(x=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class I:
    def __index__(self):
        return 2**65
print(range(I()), range(I())[I():], range(0, I(), I()), range(10)[I()::-1])
print(range(2**64)[2**63], range(2**64)[-1], range(2**64)[-2**64])
print(2.0 in range(2**64), float(2**64) in range(2**64, 2**65), range(2**64).index(4.0), range(2**64, 0, -1).index(float(2**64 - 1)))
print({range(2**64): 1}[range(0, 2**64)], range(5, 2**64, 2**64) == range(5, 6), range(5, 6) == range(5, 2**64, 2**64))
print(sum(range(2**64, 2**64 + 10**4)), max(range(2**64, 2**64 + 5)), sorted(range(2**64 + 3, 2**64, -1)))
it = iter(range(2**64 - 1, 2**64 + 1))
print(next(it), next(it), next(it, "end"))
print(list(zip(range(2**70, 2**70 + 2), "ab")), dict.fromkeys(range(2**64, 2**64 + 2)))
print(range(0, -2**64, -2**62)[::-1], range(0, 10**30, 7)[10**28:10**29:10**27])
