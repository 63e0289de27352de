# The dispatch loop's int fast paths (BINARY_OP, FOR_ITER over range,
# list subscripts): results at the edges of the preboxed range and of the
# VM's int slab, overflow to big ints, Python's floor semantics, bools.
edges = [-1026, -1025, -1024, -1023, -1, 0, 1, 16382, 16383, 16384, 16385]
for a in edges:
    print(a, a + 1, a - 1, a * 2, a % 7, a // 7, a ^ 5, a & 1023, a | 1, a << 3, a >> 2)

# many results outside the preboxed range: they stay distinct values
kept = []
for i in range(200):
    kept.append(i * 100_000 + 7)
print(sum(kept), kept[0], kept[31], kept[32], kept[33], kept[-1])
acc = 0
for i in range(1000):
    acc = (acc + i * 99_991) % 1_000_003
    if i % 7 == 0:
        acc ^= i
print(acc)

# overflow to big ints and back
big = 2**62
print(big + big, big * 4, -big - big - big, big * -3, (big + big) - big)
print(9223372036854775807 + 1, -9223372036854775808 - 1, -9223372036854775808 * -1)
print(3037000500 * 3037000500, -3037000500 * 3037000500, 2**31 * 2**31)
print(1 << 62, 1 << 63, 1 << 64, -1 << 63, 3 << 61, 5 << 100, 0 << 1000)
print(-1 >> 1, -7 >> 1, 7 >> 1, 1 >> 63, -1 >> 63, -1 >> 64, 12345 >> 1000, -12345 >> 1000)
for bad in (lambda: 1 << -1, lambda: 1 >> -1, lambda: 5 % 0, lambda: 5 // 0):
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

# floor division and modulo with negative operands
for a in (-7, 7, -1, 0, -9223372036854775808):
    for b in (3, -3, 1, -1):
        print(a, b, a // b, a % b, divmod(a, b))

# bools: True ^ 1 is an int, True ^ False a bool
print(True ^ 1, True ^ False, True & True, True | 0, False + False, True * 5, True << 2, True >> 1)
print(type(True ^ 1).__name__, type(True ^ False).__name__, type(True & 1).__name__, type(False | False).__name__)

# range iteration at the edges
print(list(range(16380, 16390, 3)), list(range(-1020, -1030, -4)))
print(sum(range(0, 2_000_000, 9_999)), len(range(10**18, 10**18 + 5)))
for k in range(9223372036854775805, 9223372036854775807):
    print(k, k + 1)

# list subscripts with int and bool indexes
flags = [True] * 11
flags[0] = flags[1] = False
for i in range(2, 11):
    if flags[i]:
        for k in range(i * i, 11, i):
            flags[k] = False
print(flags, flags[-1], flags[True], flags[False])
flags[-2] = 7
flags[True] = "t"
print(flags)
for bad in (lambda: flags[11], lambda: flags[-12], lambda: flags.__setitem__(11, 0), lambda: flags[2**70]):
    try:
        bad()
    except IndexError as e:
        print("IndexError", e)

# sequence repetition
print([1, 2] * 3, [None] * 0, [0] * -2, (1,) * 5, [[]] * 2, len([True] * 100_001))
r = [1, 2, 3]
r *= 4
print(r)
r *= 0
print(r)
