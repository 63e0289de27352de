def f():
    raise KeyError(("a", 1))
try:
    f()
finally:
    print("cleanup")
