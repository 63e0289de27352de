import math

print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sqrt(16), math.sqrt(2), math.floor(3.7), math.ceil(3.2), math.trunc(-3.7))
print(math.floor(-0.5), math.ceil(-0.5), type(math.floor(2.5)).__name__)
print(math.factorial(20), math.factorial(25))
print(math.gcd(12, 18), math.gcd(0, 0), math.lcm(4, 6), math.isqrt(99))
print(math.comb(10, 3), math.perm(5, 2), math.perm(4))
print(math.fabs(-2), math.pow(2, 10), math.hypot(3, 4), math.copysign(3, -0.0))
print(math.log(1), math.log(8, 2), math.log2(1024), math.log10(1000))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.modf(3.5), math.fmod(7, 3), math.degrees(math.pi), math.radians(180))
for fn, arg in [(math.sqrt, -1), (math.log, 0), (math.factorial, -1), (math.floor, float("inf"))]:
    try:
        fn(arg)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
