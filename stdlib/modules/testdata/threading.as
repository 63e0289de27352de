import threading, time, asyncio

print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
lock = threading.Lock()
counter = 0
def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
threads = [threading.Thread(target=work, args=(1000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, [t.name for t in threads], threads[0].is_alive())
results = []
def sleeper(i, delay):
    time.sleep(delay)
    results.append((i, threading.current_thread().name))
ts = [threading.Thread(target=sleeper, args=(i, 0.1 * (3 - i)), name=f"w{i}") for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(results)
ev = threading.Event()
def waiter():
    print("waiting", ev.is_set())
    ev.wait()
    print("event seen")
t = threading.Thread(target=waiter); t.start()
time.sleep(0.05); ev.set(); t.join()
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
class Worker(threading.Thread):
    def __init__(self, x):
        super().__init__(name="custom")
        self.x = x
        self.out = None
    def run(self):
        self.out = self.x * 2
w = Worker(21); w.start(); w.join(); print(w.out, w.name)
cond = threading.Condition()
items = []
def consumer():
    with cond:
        cond.wait_for(lambda: items)
        print("consumed", items.pop())
c = threading.Thread(target=consumer); c.start()
time.sleep(0.02)
with cond:
    items.append("x")
    cond.notify()
c.join()
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
def boom():
    raise ValueError("thread failure")
b = threading.Thread(target=boom, name="bad"); b.start(); b.join()
async def main():
    def blocking():
        return threading.current_thread().name
    print(await asyncio.to_thread(blocking), threading.current_thread().name)
asyncio.run(main())
print(repr(threading.Lock())[:16], lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
tm = threading.Timer(0.01, print, args=["timer fired"]); tm.start(); tm.join()
loc = threading.local()
loc.v = 1
def show():
    print(hasattr(loc, "v"))
t = threading.Thread(target=show); t.start(); t.join()
print(loc.v)
