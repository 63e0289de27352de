import time

t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.05)
print(time.monotonic() - m0 >= 0.04, time.perf_counter() - p0 >= 0.04, time.time() >= t0)
st = time.gmtime(1700000000)
print(st)
print(st.tm_year, st[1], len(st), tuple(st)[:3])
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", st))
print(time.asctime(st))
print(type(time.time_ns()).__name__, type(time.localtime()).__name__)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
