import functools, string
from functools import cached_property, singledispatch, partial, wraps
@singledispatch
def show(x):
    return f"object {x!r}"
@show.register(int)
def _(x):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True), show.dispatch(bool).__name__ == "_")
t = string.Template("$who likes $$${what}")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"), t.get_identifiers())
try:
    t.substitute(who="a")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("$ bad").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.ascii_lowercase[:5], partial(int, base=2)("101"))
import logging, sys
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("$levelname $name: $message", style="$"))
lg = logging.getLogger("tmpl"); lg.addHandler(h); lg.warning("dollar style")
