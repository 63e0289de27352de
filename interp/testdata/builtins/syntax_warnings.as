# SyntaxWarnings of the compiler (CPython 3.11 compile.c: check_compare, check_caller,
# check_subscripter, check_index, compiler_assert), issued before the program runs,
# in the order the compiler meets them; and the code that warns nothing.
import warnings

x = 1
print(x is 1)
print(x is 1, x is 1)
print(x is not "a")
print(x is None, x is ..., x is True)
print(1 is x)
print(x is x is 1)
print(x is (1, 2))
print(x is (1, x))
print(x is -1)
print(x is 1+2)
print(x is ())
print(x is [])
print(x is f"a")
print(x is b"a")
def f():
    return x is 2
if x is 3 < 4:
    pass
if (x and
      x is 5 is 6):
    pass
def g(a, x, f, i):
    try: (1)(2)
    except TypeError as e: print(e)
    try: [1, 2] (3, 4)
    except TypeError as e: print(e)
    try: [(1, 2) (3, 4)]
    except TypeError as e: print(e)
    try: "abc" "x"()
    except TypeError as e: print(e)
    try: None()
    except TypeError as e: print(e)
    try: ...()
    except TypeError as e: print(e)
    try: (-1)()
    except TypeError as e: print(e)
    try: (1+2)()
    except TypeError as e: print(e)
    try: (1.5*2)()
    except TypeError as e: print(e)
    try: ("a"+"b")()
    except TypeError as e: print(e)
    try: (not 1)()
    except TypeError as e: print(e)
    try: {}()
    except TypeError as e: print(e)
    try: {1}()
    except TypeError as e: print(e)
    try: {1: 2}()
    except TypeError as e: print(e)
    try: [x for x in a]()
    except TypeError as e: print(e)
    try: {x for x in a}()
    except TypeError as e: print(e)
    try: {x: 1 for x in a}()
    except TypeError as e: print(e)
    try: (x for x in a)()
    except TypeError as e: print(e)
    try: f"{x}"()
    except TypeError as e: print(e)
    try: (x, a)()
    except TypeError as e: print(e)
    try: (lambda: 0)()
    except TypeError as e: print(e)
    f()
    try: 1[0]
    except TypeError as e: print(e)
    try: None[0]
    except TypeError as e: print(e)
    try: True[0]
    except TypeError as e: print(e)
    try: 1.5[0]
    except TypeError as e: print(e)
    try: ...[0]
    except TypeError as e: print(e)
    try: {1}[0]
    except TypeError as e: print(e)
    try: {x for x in a}[0]
    except TypeError as e: print(e)
    try: (x for x in a)[0]
    except TypeError as e: print(e)
    try: (lambda: 0)[0]
    except TypeError as e: print(e)
    try: "abc"["x"]
    except TypeError as e: print(e)
    try: "abc"[1.5]
    except TypeError as e: print(e)
    try: b"abc"["x"]
    except TypeError as e: print(e)
    try: (1, 2)["x"]
    except TypeError as e: print(e)
    try: (1, x)["x"]
    except TypeError as e: print(e)
    try: [1, 2][None]
    except TypeError as e: print(e)
    try: [1, 2][()]
    except TypeError as e: print(e)
    try: [1, 2][(1, 2)]
    except TypeError as e: print(e)
    try: [x for x in a][1.0]
    except TypeError as e: print(e)
    try: f"{x}"["a"]
    except TypeError as e: print(e)
    try: [1, 2][f"{x}"]
    except TypeError as e: print(e)
    try: [1, 2][[1]]
    except TypeError as e: print(e)
    try: [1, 2][1, 2]
    except TypeError as e: print(e)
    try: {"a": 1}["b"]
    except KeyError as e: print(e)
    print([1, 2][True], (1,)[0], a[i], "%s" % x, "abc"[0], [1, 2][0:1], "abc"[-1])
    assert (x, "msg")
    assert (x)
    assert x, ("a", "b")
    print(x is None, x is ..., x is True, x is not False)
    print((1, [])[0])
g([1, 2], 5, lambda: 0, 1)


# compiled, in CPython's order (defaults and decorators before bodies), never run
if x is None:
    def order(a=(1)(), *, b=[1][1.5]):
        @(2)()
        def inner():
            return [x is 3 for x in (4)()]
        return x is 5


    class C((6)()):
        y = 7 is x
        def m(self):
            return self is 8


    lam = lambda: 9 is x
if x is 10:
    pass
while x is not 11:
    break
print(x if x is 12 else 0, not (x is 13), x is 14 or x is 15 and x is 16)
print(x is x, x is (), (), [] is x, x is (1, (2, 3)), x is (1, [2]), x is -(1), x is ~1, x is +1.5, x is not (not 1))
print(x is 1 - 2, x is 1.5 * 2, x is "a" + "b", x is (1,) + (2,), x is True & False)
# warnings.warn_explicit without a registry shows every time; warn() once per location
for i in range(2):
    warnings.warn_explicit("explicit", UserWarning, "f.as", 3)
    warnings.warn("once here")
