def f(kind):
    a = [1]
    d = {}
    s = "x"
    if kind == 0:
        foo()
    if kind == 1:
        foo()   
    if kind == 2:
        foo()  # comment
    if kind == 3:
        x = foo()
    if kind == 4:
        foo(1,
            2)
    if kind == 5:
        x = foo(1,
            2)
    if kind == 6:
        a + s
    if kind == 7:
        x = a[5]
    if kind == 8:
        a[5]
    if kind == 9:
        x = "日本" + 1
    if kind == 10:
        x = (a) +  s
    if kind == 11:
        x = a*(s)
    if kind == 12:
        x = 1 // 0
    if kind == 13:
        x = d["k"]["j"]
    if kind == 14:
        x = d[ "k" ]
    if kind == 15:
        x = -s
    if kind == 16:
        x = 1 + 2 * (3 / 0)
    if kind == 17:
        x = a.b
    if kind == 18:
        x = a.append(1, 2)
    if kind == 19:
        x = 1 + (2 ** 3) % 0
    if kind == 20:
	    x = a + s
    if kind == 21:
        raise ValueError("boom")
    if kind == 22:
        assert kind == 0, "no"
    if kind == 23:
        d["k"]
    if kind == 24:
        x = d[1:2]
    if kind == 25:
        x = 1 / 0 if kind else 2
    if kind == 26:
        x = s < 1
    if kind == 27:
        x = [1 / 0]
    if kind == 28:
        x = d[(1)]
def foo(*a): raise ValueError("v")
def foo(*a): raise ValueError('v')
f(21)
