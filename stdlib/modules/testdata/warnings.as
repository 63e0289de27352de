import sys
sys.stderr = sys.stdout  # what warnings print on stderr is compared in full
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    # the script's path as each interpreter spells it
    text = warnings.formatwarning(message, category, filename, lineno, line)
    print(text.replace(__file__, "FILE"), end="")


warnings.showwarning = show

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1


def noisy():
    warnings.warn("something odd")


old_api()
noisy()
noisy()
for i in range(3):
    warnings.warn("in a loop")
warnings.warn("runtime", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
warnings.warn("pending", PendingDeprecationWarning)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    noisy()
    noisy()
    warnings.warn("dep", DeprecationWarning)
print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
print(caught[0].lineno, caught[0].filename == __file__)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised", repr(e))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip me")
    warnings.warn("show me")
with warnings.catch_warnings():
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.simplefilter("sometimes")
except AssertionError as e:
    print("AssertionError:", e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "code()"), end="")
