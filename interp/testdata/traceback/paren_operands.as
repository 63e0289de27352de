import traceback
def t(f):
    try:
        f()
    except Exception:
        traceback.print_exc()
x = "s"
t(lambda: -(x))
t(lambda: (x) < (1))
t(lambda: (1) and (x) - 1)
t(lambda: not (x) - 1)
t(lambda: ((x)) ** (2))
t(lambda: (x)  *  (None) + 1)
t(lambda: 1 + (x) + 2)
t(lambda: (1 < 2) + (x))
t(lambda: [1][(0)] + x)
t(lambda: (x).foo + 1)
t(lambda: (
    x
    ) + 1)
