e = ValueError("x", 1)
print(repr(e), str(e), e.args)
print(repr(KeyError("k")), str(KeyError("k")))
o = OSError(2, "No such file or directory", "x.txt")
print(type(o).__name__, o.errno, o.strerror, o.filename, str(o))
try:
    open("/nonexistent/file.txt")
except FileNotFoundError as err:
    print("caught", err, err.errno, err.filename)
try:
    {}["missing"]
except KeyError as err:
    print("key", err, repr(err))
class AppError(Exception):
    def __init__(self, msg, code=1):
        Exception.__init__(self, msg)
        self.code = code
try:
    raise AppError("bad", code=7)
except AppError as err:
    print(err, err.code, err.args, repr(err))
class Custom(Exception):
    def __str__(self):
        return "custom!"
print(str(Custom()), repr(Custom(1)))
eg = ExceptionGroup("group", [ValueError(1), TypeError(2), ValueError(3)])
print(eg, repr(eg))
m, r = eg.split(ValueError)
print(m, r, m.exceptions, r.message)
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
try:
    raise ExceptionGroup("eg", [ValueError("a"), KeyError("b")])
except* ValueError as g:
    print("got values", g.exceptions)
except* KeyError as g:
    print("got keys", g.exceptions)
e = RuntimeError("r")
e.add_note("hello")
print(e.__notes__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("t")
except TypeError as t:
    print(repr(t.__context__), t.__cause__, t.__suppress_context__)
print(StopIteration(5).value, SystemExit(3).code)
try:
    exit(2)
except SystemExit as s:
    print("exit code", s.code)
try:
    int("x")
except ValueError as v:
    print(v)
def gen():
    yield 1
    return 5
g = gen()
next(g)
try:
    next(g)
except StopIteration as s:
    print("stop", s.value)
