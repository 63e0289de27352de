# int's data attributes (CPython's getset descriptors): real, imag,
# numerator, denominator, on ints, bools, big ints and int subclasses,
# and the error for assigning one
class I(int):
    pass

for v in [0, 7, -3, True, False, 2**80, -(2**70), I(5)]:
    print(repr(v), v.real, v.imag, v.numerator, v.denominator,
          type(v.real).__name__, type(v.imag).__name__)
print(getattr(1, "real"), hasattr(1, "imag"), hasattr(1, "nope"))
print(sum(x.numerator for x in range(10)))
for target in [1, True, I(2)]:
    for name in ["real", "imag", "numerator", "denominator"]:
        try:
            setattr(target, name, 9)
        except AttributeError as e:
            print(type(target).__name__, e)
x = 4
try:
    x.bit_length = 3
except AttributeError as e:
    print(e)
class F(float):
    pass

for v in [2.5, -0.0, float("inf"), 1e300, F(1.5)]:
    print(repr(v), v.real, v.imag, type(v.real).__name__, type(v.imag).__name__)
try:
    (1.5).real = 2.0
except AttributeError as e:
    print(e)
try:
    F(2.0).imag = 1.0
except AttributeError as e:
    print(e)
