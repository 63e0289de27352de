import sys, types, queue, threading, glob, os, tempfile, time
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), repr(sys.exception()))
print(sys.exception())
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]))
def f(): pass
async def co(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), types.CoroutineType.__name__, types.GeneratorType.__name__, type(sys) is types.ModuleType, types.NoneType)
q = queue.Queue()
results = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * 2)
        q.task_done()
t = threading.Thread(target=worker); t.start()
for i in range(5):
    q.put(i)
q.put(None)
q.join(); t.join()
print(results, q.empty(), q.qsize())
pq = queue.PriorityQueue()
for x in [5, 1, 3]:
    pq.put((x, f"job{x}"))
print([pq.get() for _ in range(3)])
lq = queue.LifoQueue(); lq.put(1); lq.put(2); print(lq.get(), lq.get())
bq = queue.Queue(maxsize=1); bq.put("a")
try:
    bq.put("b", block=False)
except queue.Full:
    print("Full", bq.full())
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("Empty")
sq = queue.SimpleQueue(); sq.put(3); print(sq.get(), sq.empty())
d = tempfile.mkdtemp()
for name in ("a.txt", "b.txt", "c.py", "sub/d.txt"):
    os.makedirs(os.path.join(d, os.path.dirname(name)), exist_ok=True)
    open(os.path.join(d, name), "w").close()
print(sorted(os.path.relpath(p, d) for p in glob.glob(os.path.join(d, "*.txt"))))
print(sorted(glob.glob("*.txt", root_dir=d)), sorted(glob.glob("**/*.txt", root_dir=d, recursive=True)), glob.escape("a*b?"))
