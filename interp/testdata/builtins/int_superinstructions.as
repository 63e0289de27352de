# The int superinstructions of compile.fuseIntOps, inside functions where
# they are written: `x = y op k` (LOAD_FAST_CONST_OP_STORE), `a op b` on
# two locals (LOAD_FAST_PAIR_BINARY_OP), `x = (...) op k`
# (LOAD_CONST_OP_STORE) and a while loop's back edge onto `j < k`
# (JUMP_BACK_COMPARE). Each must give what the generic instruction gives
# for every operand: slab and preboxed edges, overflow to big ints, bools,
# floats, strings, errors, unbound locals.


def local_const(y):
    out = []
    x = y + 1
    out.append(x)
    x = y - 1
    out.append(x)
    x = y * 3
    out.append(x)
    x = y % 7
    out.append(x)
    x = y // 7
    out.append(x)
    x = y ^ 5
    out.append(x)
    x = y << 3
    out.append(x)
    x = y >> 1
    out.append(x)
    x = y % -7
    out.append(x)
    x = y * 3037000500
    out.append(x)
    x = y - 9223372036854775807
    out.append(x)
    return out


def pair(a, b):
    out = []
    out.append(a * b)
    out.append(a + b)
    out.append(a - b)
    out.append(a & b)
    out.append(a | b)
    out.append(a ^ b)
    return out


def top_const(a, b):
    x = (a + b) % 1_000_003
    y = (a - b) % -13
    z = (a * b) * 3
    w = (a + b) ^ 6
    return x, y, z, w


def loop(n):
    acc = 0
    for i in range(n):
        j = 0
        while j < 100:
            acc = (acc + i * j) % 1_000_003
            j += 1
        if i % 7 == 0:
            acc ^= i
    return acc


def count_down(k):
    steps = 0
    while k > -3:
        k -= 1
        steps += 1
    return steps, k


edges = [-1026, -1025, -1024, -1023, -1, 0, 1, 16382, 16383, 16384, 16385,
         3037000499, 3037000500, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
         9223372036854775807, -9223372036854775808, 2**70, -2**70]
for v in edges:
    print(v, local_const(v))
for v in (True, False):
    print(v, local_const(v))


def floats(y, z):
    x = y + 1
    w = y % 7
    v = (y * z) % 3
    return x, w, v, y * z, y - z


print(floats(2.5, 4), floats(-0.0, -1), floats(7, 0.5), floats(True, 1.25))
for a in (-7, 7, 0, 3037000500, 9223372036854775807, -9223372036854775808, 2**64, True):
    for b in (3, -3, 1, -1, 0, 2**31, False):
        print(a, b, pair(a, b), top_const(a, b))
print(pair(True, True), type(pair(True, False)[5]).__name__, type(pair(True, 1)[5]).__name__)
print(loop(300), count_down(10), count_down(-5), count_down(2.5))

# errors raised by the generic paths the superinstructions fall back to
def mod_zero(y):
    x = y % 0
    return x


def floordiv_zero(y):
    x = y // 0
    return x


def top_zero(a, b):
    x = (a + b) % 0
    return x


def bad_types(a, b):
    return a * b - a


def unbound(flag):
    if flag:
        y = 1
    x = y + 1
    return x


def unbound_pair(flag):
    if flag:
        b = 2
    a = 3
    return a * b


for bad in (lambda: mod_zero(5), lambda: floordiv_zero(-5), lambda: top_zero(1, 2),
            lambda: bad_types("x", "y"), lambda: bad_types([1], 2), lambda: local_const("s"),
            lambda: unbound(False), lambda: unbound_pair(False), lambda: count_down("a"),
            lambda: mod_zero(2**80), lambda: local_const(None)):
    try:
        print(bad())
    except (ZeroDivisionError, TypeError, UnboundLocalError) as e:
        print(type(e).__name__, e)
print(unbound(True), unbound_pair(True), bad_types(2, 3))
