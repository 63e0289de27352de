import random

random.seed(42)
print([random.randint(1, 100) for _ in range(10)])
print(random.random())
random.seed("course")
print(random.choice(["a", "b", "c"]), random.randrange(0, 100, 5))
xs = list(range(10))
random.shuffle(xs)
print(xs)
print(random.sample(range(50), 5))
print(random.choices("xyz", weights=[1, 2, 3], k=8))
print(round(random.uniform(1, 2), 6))
r = random.Random(7)
print(r.randint(1, 6), r.randint(1, 6))
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
# float seeds go through hash(), cast to an unsigned size_t as CPython does
for s in [1.5, -1.0, 0.1, 1e300, float("inf"), -0.5]:
    random.seed(s)
    print(s, random.random())
