def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e))

def one_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("x")

def naked():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("from clause")

def two_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
    except* ValueError:
        raise KeyError("a")
    except* OSError:
        raise KeyError("b")

def new_and_kept():
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
    except* ValueError:
        raise KeyError("a")

for f in (one_new, naked, two_new, new_and_kept):
    show(f)
