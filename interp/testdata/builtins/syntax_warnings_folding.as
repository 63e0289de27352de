# SyntaxWarnings about operands CPython's AST optimizer folds into constants
# first (arithmetic, repetition), within its limits on what folding may build
x = 1
if x is None:  # compiled, not run (some operations fail)
    print(x is 2 ** 3, x is 1 / 2, x is 1 / 0, x is 2 ** 200, x is 2 ** 127, x is 2 ** 128, x is 3 ** 80, x is 3 ** 81)
if x is None:  # compiled, not run (some operations fail)
    print(x is 0 ** -1, x is 2 ** -1, x is (-8) ** 0.5, x is 10.0 ** 400, x is 10.0 ** 300, x is 1 << 200, x is 1 << 127, x is 1 << -1, x is 0 << 1000)
if x is None:  # compiled, not run (some operations fail)
    print(x is 5 // 0, x is 5 % 0, x is 5.0 % 0.0, x is 5 // 2, x is -7 % 3, x is 2 ** 64 * 2 ** 64, x is 2 ** 63 * 2 ** 65, x is 1 >> 1000, x is 1 >> -1)
if x is None:  # compiled, not run (some operations fail)
    print(x is not (not 0), x is (not "a"), x is ~True, x is -True, x is True + True, x is True & False, x is 1 @ 2 if 0 else 0)
if x is None:  # compiled, not run (some operations fail)
    print(x is "ab" * 2, x is "a" + "b", x is b"a" + b"b", x is (1,) + (2,), x is (1,) * 2, x is "a" % 2 if 0 else 0, x is 10 ** 9 + 7)
if x is None:  # compiled, not run (some operations fail)
    print(x is 1e308 * 10, x is 1e308 / 0.1, x is 2.0 ** 0.5, x is 7.5 // 2, not not not (x is 1))
try:
    (10 / 4)()
except TypeError as e:
    print(e)
if x is None:  # asyncscript has no complex numbers to run this with
    ((-8) ** 0.5)()
try:
    (2 ** 200)()
except TypeError as e:
    print(e)
try:
    (2 ** 8)[0]
except TypeError as e:
    print(e)
try:
    [1][2 ** 0.5]
except TypeError as e:
    print(e)
if x is None:  # compiled, not run (some operations fail)
    print(x is "ab" * 2048, x is "ab" * 2049, x is 2049 * "ab", x is "" * -5, x is "a" * -1, x is b"ab" * 3, x is (1, 2) * 128, x is (1, 2) * 129)
if x is None:  # compiled, not run (some operations fail)
    print(x is ((1, 2, 3),) * 256, x is ((1, 2, 3),) * 255, x is ((1, 2, 3),) * 257, x is ("a",) * True, x is "ab" * 2.0 if 0 else 0, x is (1, (2, (3, 4))) * 100)
if x is None:  # compiled, not run (some operations fail)
    print(x is (1, "a" * 2) * 2, x is ("a" + "b") * 3, x is (1,) + (2,) * 2, x is "a" * 2 ** 70, x is "a" * (2 ** 12), x is "a" * (2 ** 12 + 1))
if x is None:  # compiled, not run (some operations fail)
    print(x is (1, 2) * 0, x is ((1, 2, 3, 4, 5),) * 200)
# indexing constants folds too
if x is None:
    print(x is "abc"[0], x is "abc"[5], x is "abc"[-1], x is "abc"[-4], x is b"ab"[1], x is (1, "a")[1], x is (1, y)[0], x is (1, 2)[True])
    print(x is "abc"[0][0], x is ((1, 2), 3)[0], x is ((1, 2), 3)[0][1], x is "abc"[1:2], x is "abc"[x], x is ("a" * 3)[1], x is ((1,) * 3)[0])
    print([1, 2]["abc"[0]], [1]["ab"[1]](), "abc"[0](), (1, 2)[0](), b"ab"[0][0], (1, "s")[1][0], (1, [2])[0](), "é"[0](), "abc"[1 + 1](), (1, 2)[-3]())
    print(x is b"ab"[0] + 1, x is (1, 2.5)[1] * 2, x is "abc"[True])
