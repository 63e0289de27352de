import weakref

class Node:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "hi " + self.name

n = Node("a")
r = weakref.ref(n)
print(r() is n, r().name, r == weakref.ref(n))
cache = weakref.WeakValueDictionary()
cache["a"] = n
print(cache["a"].name, "a" in cache, len(cache), list(cache.keys()))
kd = weakref.WeakKeyDictionary()
kd[n] = 1
print(kd[n], len(kd))
ws = weakref.WeakSet()
ws.add(n)
print(len(ws), n in ws)
m = weakref.WeakMethod(n.greet)
print(m()())
f = weakref.finalize(n, print, "finalized", n.name)
print(f.alive)
g = weakref.finalize(n, print, "called early")
g()
print(g.alive, g())
try:
    weakref.ref(5)
except TypeError as e:
    print("TypeError:", e)
p = weakref.proxy(n)
print(p.name)
print("end")
