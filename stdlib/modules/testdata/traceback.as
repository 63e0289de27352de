import sys
import traceback


def show(text):
    # the script's path as each interpreter spells it
    print(text.replace(__file__, "FILE"), end="")


def bad(x):
    return 1 / x


def outer():
    try:
        bad(0)
    except ZeroDivisionError:
        s = traceback.format_exc()
        show(s)
        print(len(s.splitlines()))


outer()
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    show("".join(traceback.format_exception(e)))
    print("".join(traceback.format_exception_only(e)), end="")
    print(traceback.format_exception(type(e), e, e.__traceback__)[-1], end="")
    show("".join(traceback.format_exception(e, chain=False)))
try:
    try:
        [][0]
    except IndexError:
        raise RuntimeError("during")
except RuntimeError as e:
    show("".join(traceback.format_exception(e)))
print(repr(traceback.format_exc()))


def f():
    show("".join(traceback.format_stack()))


f()


class MyError(Exception):
    def __str__(self):
        return "custom text"


try:
    raise MyError()
except MyError as e:
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
try:
    raise OSError(2, "No such file")
except OSError:
    traceback.print_exc(file=sys.stdout) if False else None
    print(traceback.format_exc().splitlines()[-1])
try:
    bad(0)
except Exception:
    traceback.print_exc()
